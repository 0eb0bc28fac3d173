"""How a quote is chosen in tables and lists: figures given by region answer for a country the
page never names; a row is found by the question's figure, in digits or in words, and a figure
beyond every band is not answered; only a list's lead-in brings its items."""

from dataclasses import replace

from assistant.domain import Chunk, Passage
from assistant.query.extractive import (
    _as_figure,
    _beyond_bands,
    _Candidate,
    _figures,
    _in_band,
    _in_units,
    _Question,
)
from assistant.query.questions import AnswerType, states
from assistant.query.regions import is_place, place_terms, regions_of


def _asked(unit_wanted: bool) -> _Question:
    """A question that asks for a whole list or procedure, or not, and nothing else."""
    return _Question({}, frozenset(), [], unit_wanted)


def test_a_country_is_held_by_its_regions() -> None:
    assert ("rest", "world") in regions_of({"japan"})
    assert ("europ",) in regions_of({"spain"})
    assert ("rest", "world") not in regions_of({"spain"})
    assert regions_of({"state", "unit"}) == ()  # not one country
    assert regions_of({"erasmus"}) == ()


def test_a_rule_for_outside_the_eu_holds_a_country_outside_it_in_europe_or_beyond() -> None:
    # "a parcel from outside the EU" is the rule for Georgia, Norway and Japan, not for Spain.
    for country in ("georgia", "norway", "britain", "japan"):
        assert ("outsid", "eu") in regions_of({country}) and ("eu",) not in regions_of({country})
    assert ("eu",) in regions_of({"spain"}) and ("outsid", "eu") not in regions_of({"spain"})
    assert is_place({"tbilisi|georgia"}) and is_place({"russia"})


def test_countries_and_cities_are_places_but_france_and_languages_are_not() -> None:
    # A page naming none of these gives one rule wherever the asker lives or goes.
    assert is_place({"brazil"}) and is_place({"madrid|spain|spanish"}) and is_place({"canada"})
    assert not is_place({"spanish"})  # "teach in Spanish" names a language
    assert not is_place({"erasmus"}) and not is_place({"brazil", "canada"})
    assert not {"franc", "french", "montpelli"} & place_terms()
    assert not {"rest", "world", "unit", "kingdom"} & place_terms()


def test_a_figure_in_words_finds_its_band() -> None:
    assert _figures("How much for a five-month exchange in Japan?") == [5.0]
    assert _figures("What is one of the options?") == []
    # Thousands set apart by a space, as French writes them; a year is no figure.
    assert _figures("Quelle indemnité pour une distance de 20 000 km en 2027 ?") == [20000.0]
    key = "More than 1 month and up to 6 months"
    assert _in_band(key, 5) and _in_band(key, 6)
    assert not _in_band(key, 1) and not _in_band(key, 8)


def test_a_count_in_words_is_covered_by_its_figure() -> None:
    from assistant.text import Words, index_terms

    row = Words(index_terms("beginners' lessons: walk, trot and first canter, 10 lessons | €180"))
    assert row.covers(_as_figure("ten")) and not row.covers(_as_figure("twelv"))
    # "one" is mostly no count, and a figure stays as it is.
    assert _as_figure("one") == "one" and _as_figure("10") == "10"


def _table_row(rows: list[str]) -> _Candidate:
    text = "\n".join(rows)
    spans, start = [], 0
    for row in rows:
        spans.append((start, start + len(row)))
        start += len(row) + 1
    chunk = Chunk("t", "d.md", "T", None, None, 0, text, tuple(spans), kind="table", lead=1)
    return _Candidate(Passage(0, chunk, 1.0, 1.0, None), 1, 1.0, 1.0)


def test_a_band_of_amounts_or_one_stated_in_a_later_cell_holds_the_figure() -> None:
    from assistant.query.extractive import _banded

    assert _in_band("up to €12,000", 12000) and not _in_band("up to €12,000", 15000)
    assert _in_band("from €12,001 to €20,000", 15000)
    income = [_table_row(["Income | Grant", "up to €12,000 | €320", "from €12,001 to €20,000 | €220"])]
    found = _banded(income, "My income is around €15,000. How much would I get each month?")
    assert found is not None and found[1].passage.chunk.sentence(found[1].sentence).endswith("€220")
    load = [
        _table_row(
            [
                "Load | What it covers | Fee",
                "Light | courses worth up to 12 ECTS credits | €950",
                "Standard | courses worth 13 to 30 ECTS credits | €1,900",
            ]
        )
    ]
    found = _banded(load, "How much for a full semester, say 30 credits?")
    assert found is not None and found[1].passage.chunk.sentence(found[1].sentence).endswith("€1,900")
    # A figure in another unit than the bands' is not looked up in them.
    assert _banded(load, "How much for 30 students?") is None


def test_a_steps_question_is_about_the_page_most_passages_come_from() -> None:
    from assistant.query.extractive import _topic_document

    def passage(index: int, document: str, score: float) -> _Candidate:
        chunk = Chunk(str(index), document, "T", None, None, 0, "A sentence.", ((0, 11),))
        return _Candidate(Passage(index, chunk, score, score, None), 0, 1.0, 1.0)

    conditions = passage(0, "visiting-students.md", 0.5)
    exchange = [passage(i, "uk-exchange.md", 0.6) for i in range(1, 5)]
    assert _topic_document([conditions, *exchange], "visiting-students.md") == "uk-exchange.md"
    # A page close behind the best quote's does not take the question from it.
    assert _topic_document([conditions, *exchange[:1]], "visiting-students.md") == "visiting-students.md"


def test_a_city_is_read_as_its_country() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "kingdom" in extra_terms("a semester in Edinburgh") and "scotland" in extra_terms("Edinburgh")
    assert "switzerland" in extra_terms("Can I go to Lausanne?")
    assert extra_terms("a semester in Montpellier") == []


def test_a_figure_beyond_every_band_is_not_answered_by_a_neighbouring_one() -> None:
    table = [
        _table_row(
            ["Distance | Grant", "10 to 499 km | €190", "500 to 1,999 km | €290", "2,000 to 3,999 km | €370"]
        )
    ]
    assert _beyond_bands(table, "What is the grant if my host city is more than 4,000 km away?")
    assert not _beyond_bands(table, "What is the grant for 1,500 km?")
    assert not _beyond_bands(table, "What is the grant for 3 students?")  # another unit


def test_only_the_lead_in_of_a_list_brings_its_items() -> None:
    from assistant.query.extractive import _leads_in

    sentences = [
        "Courses are now taught in English.",
        "The programme is open to:",
        "lecturers;",
        "doctoral candidates.",
    ]
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    chunk = Chunk("l", "d.md", "T", None, None, 0, text, tuple(spans), kind="list", lead=2)
    assert _leads_in(chunk, 1)
    assert not _leads_in(chunk, 0)  # a sentence of the paragraph before, with a meaning of its own
    assert not _leads_in(chunk, 2)  # an item


def test_the_members_of_a_set_are_quoted_from_its_list_not_from_the_table_of_figures_beside_it() -> None:
    from assistant.query.extractive import _as_unit

    table = _table_row(["Distance | Green travel grant", "10 to 99 km | €60"])
    lead, item = "The following means of transport count as green travel:", "train;"
    text = f"{lead} {item}"
    spans = ((0, len(lead)), (len(lead) + 1, len(text)))
    chunk = Chunk("l", "d.md", "T", None, None, 0, text, spans, kind="list", lead=1)
    listed = _Candidate(Passage(1, chunk, 0.9, 0.9, None), 0, 1.0, 1.0)
    # "Which ways of travelling qualify?" asks for no figure: the list.
    assert _as_unit([table, listed], _asked(True), False, figures=False).passage.chunk.kind == "list"
    # "How much is the green travel grant?" does: the better retrieved table.
    assert _as_unit([table, listed], _asked(True), False, figures=True).passage.chunk.kind == "table"


def test_a_sentence_that_states_the_bound_answers_the_maximum_before_a_table_is_read() -> None:
    from assistant.query.extractive import _extreme

    table = _table_row(["Destination | Maximum per trip", "Europe | €4,000", "Outside Europe | €7,500"])
    said = "Students pay at most €150 per trip towards the costs."
    chunk = Chunk("s", "d.md", "T", None, None, 0, said, ((0, len(said)),))
    sentence = _Candidate(Passage(2, chunk, 1.0, 1.0, None), 0, 1.0, 1.0)
    question = "What's the maximum a student has to pay for a field trip?"
    assert _extreme([sentence, table], question) is None
    found = _extreme([table, sentence], question)  # the table first: its largest row
    assert found is not None and "7,500" in found[1].passage.chunk.sentence(found[1].sentence)


def test_a_follow_up_is_not_answered_by_the_sentence_the_previous_answer_quoted() -> None:
    from assistant.query.extractive import _unsaid

    sentences = ["For a workshop, UM gives €3,000.", "Funds that are not spent must be given back."]
    text = " ".join(sentences)
    spans = ((0, len(sentences[0])), (len(sentences[0]) + 1, len(text)))
    chunk = Chunk("w", "d.md", "T", None, None, 0, text, spans)
    grant, refund = (_Candidate(Passage(0, chunk, 1.0, 1.0, None), i, 1.0, 1.0) for i in (0, 1))
    said = "For a workshop,  UM gives €3,000. [1]"
    assert _unsaid([grant, refund], said) == [refund]
    assert _unsaid([grant], said) == [grant]  # nothing new: the ranking stays
    assert _unsaid([grant, refund], "") == [grant, refund]


def _chunk_candidate(index: int, kind: str, sentences: list[str], lead: int = 0) -> _Candidate:
    text = "\n".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    chunk = Chunk(f"c{index}", "d.pdf", "T", None, None, 0, text, tuple(spans), kind=kind, lead=lead)
    return _Candidate(Passage(index, chunk, 1.0, 1.0, None), 0 if kind != "steps" else 1, 1.0, 1.0)


def test_a_quote_pointing_to_the_list_below_is_answered_by_that_list() -> None:
    from assistant.query.extractive import _as_unit

    steps = _chunk_candidate(
        3, "steps", ["Fill in the request.", "The laboratory uploads the documents listed below."]
    )
    other = _chunk_candidate(1, "list", ["Conditions:", "a contract;", "a grant."], lead=1)
    documents = _chunk_candidate(4, "list", ["Documents to upload:", "a passport;", "a CV."], lead=1)
    chosen = _as_unit([steps, other, documents], asked=_asked(True), steps=False)
    assert chosen.passage.index == 4 and chosen.whole
    # A procedure asked for stays the procedure.
    assert _as_unit([steps, other, documents], asked=_asked(True), steps=True).passage.index == 3


def test_a_pointer_close_to_the_best_quote_brings_its_list_to_a_list_question() -> None:
    from assistant.query.extractive import _as_unit

    table = _chunk_candidate(1, "table", ["Region | Rent", "Spain | €400"], lead=1)
    steps = _chunk_candidate(2, "steps", ["Apply early.", "Check every private offer with the list below."])
    checks = _chunk_candidate(3, "list", ["who the landlord is;", "that the address exists."])
    table, steps, checks = (replace(c, dense=s) for c, s in ((table, 1.0), (steps, 0.95), (checks, 0.5)))
    chosen = _as_unit([table, steps, checks], asked=_asked(True), steps=False)
    assert chosen.passage.index == 3 and chosen.whole
    # A pointer far below the best quote is not read.
    far = replace(steps, dense=0.5)
    assert _as_unit([table, far, checks], asked=_asked(True), steps=False).passage.index == 1


def test_a_quote_pointing_to_the_list_above_is_answered_by_that_list() -> None:
    from assistant.query.extractive import _as_unit

    details = _chunk_candidate(
        2, "list", ["The desk needs:", "the list of the items;", "their value."], lead=1
    )
    steps = _chunk_candidate(3, "steps", ["Check the route.", "Send the form and the information above."])
    chosen = _as_unit([steps, details], asked=_asked(True), steps=False)
    assert chosen.passage.index == 2 and chosen.whole


def test_an_open_question_answered_by_a_pointer_gets_the_list_a_typed_one_the_sentence() -> None:
    from assistant.query.extractive import _as_unit

    pointer = _chunk_candidate(
        1, "text", ["Come to the Welcome desk in building 9 with the documents listed below."]
    )
    documents = _chunk_candidate(2, "list", ["your passport;", "2 photos."])
    # "What should I bring?" asks no typed fact: the list is the answer.
    assert _as_unit([pointer, documents], asked=_asked(False), steps=False, untyped=True).passage.index == 2
    # "Where is the desk?" is answered by the sentence itself.
    assert _as_unit([pointer, documents], asked=_asked(False), steps=False, untyped=False).passage.index == 1


def test_a_lead_in_that_says_the_following_is_its_own_lists_not_a_pointer() -> None:
    from assistant.query.extractive import _pointed_to

    own = _chunk_candidate(1, "list", ["The following means of transport count:", "train;", "bus."], lead=1)
    table = _chunk_candidate(2, "table", ["Distance | Grant", "10 km | €30"], lead=1)
    assert _pointed_to(own, [own, table]) is None


def test_a_superlative_that_names_a_column_picks_no_row() -> None:
    from assistant.query.extractive import _extreme

    table = _table_row(
        ["Stay | Usual load | Minimum | Maximum", "one semester | 30 | 20 | 36", "a year | 60 | 40 | 72"]
    )
    # "The minimum for a full year" is the Minimum column of the year's row, not the least row.
    assert _extreme([table], "What is the minimum number of credits for a full year?") is None


def test_whether_there_is_a_minimum_picks_no_row() -> None:
    from assistant.query.extractive import _extreme

    table = _table_row(
        ["Arrangement | What it means", "training | 2 paid days", "guaranteed days | at least 8 paid days"]
    )
    # "a minimum of paid days" asks whether there is a bound; "the minimum" asks for the least row.
    assert _extreme([table], "Do they guarantee a minimum of paid days if there is no snow?") is None
    assert _extreme([table], "Ils garantissent un minimum de jours payés ?") is None
    assert _extreme([table], "What is the minimum of paid days?") is not None


def test_an_answer_under_its_faq_question_heading_is_quoted_whole() -> None:
    from assistant.query.extractive import _span, _with_faq_answer

    text = "Only folding bikes, at any time. Other bikes are not allowed on trams."
    spans = ((0, 32), (33, len(text)))
    faq = Chunk("f", "d.md", "T", "Can I take my bike on the tram?", None, 0, text, spans)
    second = _Candidate(Passage(0, faq, 1.0, 1.0, None), 1, 1.0, 1.0)
    assert _span(_with_faq_answer(second)) == (0, 1)
    # Under a heading that asks nothing, a sentence is quoted alone.
    plain = Chunk("p", "d.md", "T", "Bikes and trams", None, 0, text, spans)
    assert _span(_with_faq_answer(_Candidate(Passage(0, plain, 1.0, 1.0, None), 1, 1.0, 1.0))) == (1, 1)


def test_everyday_words_for_a_bicycle_and_a_toddler_are_the_texts_words() -> None:
    from assistant.query.paraphrase import extra_terms

    assert "bike" in extra_terms("Can I bring my bicycle onto the tram?")
    assert "child" in extra_terms("And if I have a toddler at home?")
    assert "instal" in extra_terms("Do I get it all in one go?")  # stemmed
    assert "universiti" in extra_terms("Who can I e-mail at the uni about passes?")
    assert "place" in extra_terms("How long do I have to pay before I lose my spot?")
    assert "candid" in extra_terms("Am I allowed to run for a seat on the council?")  # stand as a candidate
    assert "partner" in extra_terms("Could the writer bring his wife along?")
    assert {"lent", "free"} <= set(extra_terms("Do we pay anything to borrow a laptop?"))
    assert "refund" in extra_terms("If I can't make it, do I get my money back?")
    assert "cancel" in extra_terms("And if I sign up and then can't go?")
    assert "alcohol" in extra_terms("Can we have a glass of wine with the meal?")
    assert {"saturday", "sunday"} <= set(extra_terms("Are there workshops at the weekend?"))
    assert "absenc" in extra_terms("How long can staff be away from work to donate?")


def test_an_appointment_is_counted_as_the_texts_sessions() -> None:
    assert states(
        AnswerType.COUNT,
        "Sessions with a psychologist: up to 6 individual sessions of 45 minutes per academic year.",
        "How many free appointments with a psychologist do I get per year?",
    )


def test_a_sentence_is_quoted_with_the_one_that_carries_it_on() -> None:
    from assistant.query.extractive import _span, _with_sequel

    def quoted(text: str) -> tuple[int, int]:
        first = text.index(". ") + 1
        spans = ((0, first), (first + 1, len(text)))
        chunk = Chunk("c", "d.md", "T", "Certificates", None, 0, text, spans)
        return _span(_with_sequel(_Candidate(Passage(0, chunk, 1.0, 1.0, None), 0, 1.0, 1.0)))

    # The case, then what is done about it: the second sentence is the answer.
    assert quoted("Some authorities want the signature certified. The desk then asks Legal Affairs.") == (
        0,
        1,
    )
    assert quoted("The form may be lost. In that case, ask the desk for a copy.") == (0, 1)
    # A sentence that starts a new point is not carried along.
    assert quoted("Some authorities want the signature certified. The desk is open on Mondays.") == (0, 0)
    # A contact line goes on with its office and hours; a second service's line is another quote.
    assert quoted(
        "Station manager: radio@umontpellier.fr, +33 4 65 81 26 14. Triolet campus, building 16, room 003; "
        "Monday to Thursday, 10:00–18:00."
    ) == (0, 1)
    assert quoted("Station manager: radio@umontpellier.fr. Newsroom: gazette@umontpellier.fr, room 2.") == (
        0,
        0,
    )


def test_an_open_band_holds_every_figure_above_its_floor() -> None:
    for key in ("2,000 km and more", "2,000 km or more"):
        assert _in_band(key, 2500) and _in_band(key, 9000)
        assert not _in_band(key, 1999)


def _line(document: str, text: str, score: float) -> _Candidate:
    chunk = Chunk(document, document, "T", None, None, 0, text, ((0, len(text)),))
    return _Candidate(Passage(0, chunk, score, score, None), 0, score, score)


def test_whom_to_reach_is_the_topic_pages_own_service() -> None:
    from assistant.query.extractive import _Question, _topic_contact_first

    question = "To prepare my treatment before I leave on Erasmus, who can I call?"
    asked = _Question({}, frozenset({AnswerType.CONTACT}), [], False, question)
    topic = _line("health.md", "Ask your doctor for a prescription that covers the whole stay.", 0.8)
    own = _line("health.md", "Travel Health desk: travel-health@umontpellier.fr, +33 4 65 81 62 14.", 0.2)
    other = _line("directory.md", "Staff see the occupational physician: +33 4 65 81 62 50.", 0.6)
    assert _topic_contact_first([other, own], [topic, other, own], asked) == [own, other]
    # A question that asks no contact, or a topic page with no line to reach anyone, keeps its order.
    plain = _Question({}, frozenset(), [], False, question)
    assert _topic_contact_first([other, own], [topic, other, own], plain) == [other, own]
    assert _topic_contact_first([other], [topic, other], asked) == [other]


def test_a_yes_no_question_is_not_answered_by_a_procedures_lead_in() -> None:
    from assistant.query.extractive import _whether_not_how

    steps = _chunk_candidate(
        1, "steps", ["To get a tutor, follow these steps:", "Fill in the request."], lead=1
    )
    steps = replace(steps, sentence=0)
    rule = _chunk_candidate(2, "text", ["Doctoral candidates are not covered."])
    assert _whether_not_how([steps, rule], "Could I sign up for tutoring as a PhD student?") == [rule]
    # How to sign up is the procedure; with nothing else retrieved, the lead-in stays.
    assert _whether_not_how([steps, rule], "How do I sign up for tutoring?") == [steps, rule]
    assert _whether_not_how([steps], "Could I sign up for tutoring?") == [steps]
    # Nor by a list's lead-in: "Boxes are in these places:" says where, not whether.
    places = _chunk_candidate(3, "list", ["Boxes for yarn are in these places:", "Student House."], lead=1)
    places = replace(places, sentence=0)
    refused = _chunk_candidate(4, "text", ["Half-finished projects are not accepted."])
    assert _whether_not_how([places, refused], "Can I put my half-knitted things in a box?") == [refused]


def test_the_sentence_after_a_quote_is_quoted_when_it_names_a_rare_word_the_quote_lacks() -> None:
    from assistant.query.extractive import _names_a_rare_word

    # "I brought a couple of H0 locomotives. Can I run them on the layout?": "couple" weighs most,
    # "h0" nearly as much; the rule after "…once checked" says which locomotives run.
    weights = {"coupl": 6.0, "h0": 4.4, "locomot": 4.9, "layout": 3.6, "run": 3.4}
    quote = ["member", "run", "locomot", "layout", "check"]
    after = ["layout", "run", "dcc", "h0", "track", "locomot", "decod"]
    assert _names_a_rare_word(quote, after, weights)
    # A sentence naming only common words of the question, or words the quote has, adds nothing.
    assert not _names_a_rare_word(quote, ["layout", "run", "track"], weights)
    assert not _names_a_rare_word([*quote, "h0"], after, weights)


def test_a_cell_measures_in_a_unit_only_after_a_figure() -> None:
    assert _in_units("500 to 1,999 km", {"km"})
    assert _in_units("courses worth 13 to 30 ECTS credits", {"credit"})
    # "second" as an ordinal is no measure of the asker's "14-second average".
    assert not _in_units("second Friday of each month, from 12 November", {"second"})


def test_a_list_told_in_prose_is_quoted_with_the_sentences_around_its_best_item() -> None:
    from assistant.query.extractive import _span, _with_neighbours

    said = ["Courses run on Mondays.", "Wear loose clothes.", "You train barefoot.", "Bring water."]
    text = " ".join(said)
    spans, start = [], 0
    for sentence in said:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    chunk = Chunk("p", "d.md", "T", None, None, 0, text, tuple(spans))
    passage = Passage(0, chunk, 1.0, 1.0, None)

    def item(i: int, dense: float) -> _Candidate:
        return _Candidate(passage, i, dense, 1.0)

    best = item(3, 1.0)
    shortlist = [best, item(2, 0.95), item(1, 0.9), item(0, 0.4)]
    assert _span(_with_neighbours(best, shortlist)) == (1, 3)
    # A sentence far below the best is no item, and one the shortlist lacks ends the run.
    assert _span(_with_neighbours(best, [best, item(1, 0.95)])) == (3, 3)


def test_a_rule_bounding_the_askers_quantity_is_quoted_first() -> None:
    from assistant.query.extractive import _by_bound

    def quote(i: int, text: str) -> _Candidate:
        chunk = Chunk(str(i), "d.md", "T", None, None, 0, text, ((0, len(text)),))
        return _Candidate(Passage(i, chunk, 1.0, 1.0, None), 0, 1.0, 1.0)

    steps = quote(0, "Log in to your account and open the request form.")
    rule = quote(1, "Former students can ask up to 3 years after they left UM.")
    question = "I graduated four years ago. Can UM still give me a certificate?"
    assert _by_bound([steps, rule], question) == [rule, steps]
    # Without a quantity of the asker's, or with another noun, the order stays.
    assert _by_bound([steps, rule], "Can UM give me a certificate?") == [steps, rule]
    assert _by_bound([steps, rule], "We are four students. Can UM give us a certificate?") == [steps, rule]


def test_what_an_asked_thing_is_of_names_it_too() -> None:
    from assistant.query.extractive import _complement

    question = "I had to repeat a year. Does that mean UM won't give me a letter of good standing?"
    assert _complement("letter", question) == ["good", "stand"]
    assert _complement("letter", "Can I get a letter?") == []


def test_a_word_made_of_two_the_page_uses_is_named_by_them() -> None:
    from assistant.query.extractive import _in_two_words
    from assistant.text import Words

    page = Words(["bee", "wasp", "hive", "beekeep"])
    assert _in_two_words("beehives", page)
    assert not _in_two_words("beehives", Words(["hive"]))
    assert not _in_two_words("hives", page)


def test_of_two_procedures_the_one_the_question_s_words_pick_is_quoted() -> None:
    from dataclasses import replace

    from assistant.query.extractive import _as_unit

    walk = _chunk_candidate(
        1, "steps", ["To walk with a flock, follow these steps:", "Apply by 20 February."], 1
    )
    derby = _chunk_candidate(2, "steps", ["To take part, proceed as follows:", "Join the club."], 1)
    other_page = replace(derby.passage.chunk, document="e.md")
    walk = replace(walk, passage=replace(walk.passage, score=0.45), dense=0.75, coverage=0.6)
    derby = replace(
        derby, passage=replace(derby.passage, score=0.54, chunk=other_page), dense=0.6, coverage=0.5
    )
    assert walk.score > derby.score
    # Retrieval put the other page's procedure first; the question's words put the walk's.
    assert _as_unit([walk, derby], asked=_asked(True), steps=True).passage.index == 1


def test_a_language_level_the_asker_gives_puts_the_rule_requiring_one_first() -> None:
    from assistant.query.extractive import _by_bound

    about = _chunk_candidate(1, "text", ["Students can be hosts who look after the guests."])
    rule = _chunk_candidate(2, "text", ["You need at least a B1 level in French."])
    question = "My French is about B1. Could I be one of the hosts?"
    assert _by_bound([about, rule], question)[0] is rule
    assert _by_bound([about, rule], "Could I be one of the hosts?")[0] is about


def test_an_answer_under_its_question_heading_goes_on_in_the_next_chunk() -> None:
    from dataclasses import replace

    from assistant.query.extractive import _answer_goes_on

    first = _chunk_candidate(5, "text", ["Stop at once and tell a coach.", "A coach calls 15."])
    rest = _chunk_candidate(6, "text", ["Tell the office within 5 days, for the insurance."])
    first = replace(
        first,
        passage=replace(first.passage, chunk=replace(first.passage.chunk, section="What if I get hurt?")),
    )
    rest = replace(
        rest, passage=replace(rest.passage, chunk=replace(rest.passage.chunk, section="What if I get hurt?"))
    )
    quote = replace(first, sentence=1, since=0)
    assert [c.passage.index for c in _answer_goes_on(quote, [first, rest])] == [6]
    # A quote that stops before its chunk's end, or under a heading that asks nothing, does not.
    assert _answer_goes_on(replace(first, sentence=0), [first, rest]) == []
    plain = replace(
        quote, passage=replace(quote.passage, chunk=replace(quote.passage.chunk, section="Safety"))
    )
    assert _answer_goes_on(plain, [plain, rest]) == []


def test_words_of_how_the_asker_came_to_ask_weigh_little() -> None:
    from assistant.query.extractive import TELLING_SHARE, _told_lightly

    weights = {"cousin": 6.0, "said|say": 5.0, "estonia": 5.0, "buy": 4.0, "membership": 2.7}
    asked = frozenset({"membership", "um", "associ"})
    # Asked of UM after a story about another place: the whole story tells what holds there.
    question = (
        "My cousin in Estonia says every member has to buy the licence. At UM's club, how much is membership?"
    )
    light = _told_lightly(weights, asked, question)
    assert light["cousin"] == 6.0 * TELLING_SHARE and light["estonia"] == 5.0 * TELLING_SHARE
    assert light["buy"] == 4.0 * TELLING_SHARE and light["membership"] == 2.7
    # Asked of no place: only whom they heard it from and that they say so weigh little.
    plain = _told_lightly(
        weights, asked, "My cousin says you have to buy the licence. How much is membership?"
    )
    assert plain["cousin"] == 6.0 * TELLING_SHARE and plain["said|say"] == 5.0 * TELLING_SHARE
    assert plain["buy"] == 4.0 and plain["estonia"] == 5.0


def test_the_kit_under_a_what_to_bring_heading_comes_before_a_rule_that_says_carry() -> None:
    from assistant.query.extractive import _kit_first

    def sentence(index: int, section: str, text: str) -> _Candidate:
        chunk = Chunk(f"k{index}", "d.md", "T", section, None, 0, text, ((0, len(text)),))
        return _Candidate(Passage(index, chunk, 1.0, 1.0, None), 0, 1.0, 1.0)

    rule = sentence(0, "Rules", "Never carry a crayfish alive to another stream.")
    kit = sentence(1, "What to bring", "A hat, sun cream, a bottle of water and a pencil.")
    # Ranked first, the kit stays first: it says what to bring as much as the rule seems to.
    assert _kit_first([kit, rule])[0] is kit
    # A rule elsewhere that says to wear something comes after the kit its page heads so.
    wear = sentence(2, "Ticks", "Wear long trousers tucked into your socks and check your skin.")
    assert _kit_first([wear, kit])[0] is kit


def test_what_should_have_been_done_is_read_under_a_what_if_heading() -> None:
    from assistant.query.extractive import _what_to_do_if

    def chunk_candidate(index: int, kind: str, section: str, text: str, score: float) -> _Candidate:
        chunk = Chunk(
            f"k{index}",
            "d.md",
            "Fléchette: the darts association",
            section,
            None,
            0,
            text,
            ((0, len(text)),),
            kind=kind,
        )
        return _Candidate(Passage(index, chunk, 1.0, 1.0, None), 0, score, 0.0)

    # The FAQ answer opens on how it happens; only its heading says it is what to do if it does.
    case = chunk_candidate(
        0,
        "text",
        "What if a dart hits someone?",
        "It happens rarely, mostly when a dart bounces off the wire.",
        0.9,
    )
    # The championship's steps share only the page's subject with the question.
    steps = chunk_candidate(
        1, "steps", "The championship", "To play in the darts championship, follow these steps:", 0.5
    )
    question = "A dart bounced off and stuck in my mate's foot and we panicked. What should we have done?"
    assert _what_to_do_if([case, steps], question) is case
    assert _what_to_do_if([case, steps], "On aurait dû faire quoi ?") is None  # no story told


def _chunk(index: int, section: str, *sentences: str) -> Chunk:
    text, spans = "", []
    for s in sentences:
        start = len(text) + (1 if text else 0)
        text = f"{text} {s}" if text else s
        spans.append((start, start + len(s)))
    return Chunk(f"c{index}", "gilding.pdf", "Gilding", section, None, index, text, tuple(spans), page=3)


def test_a_contact_line_that_ends_its_chunk_goes_on_with_the_office_that_opens_the_next() -> None:
    from types import SimpleNamespace

    from assistant.query.extractive import ExtractiveComposer

    line = "Contact: Dorure, Culture Department, dorure@umontpellier.fr, +33 4 67 14 53 39."
    office = "Triolet campus, building 29, room 0.27; Monday and Wednesday, 14:00–17:00."
    chunks = [
        _chunk(0, "Credits", "Students can have it recognised as a unit worth 1 ECTS credit.", line),
        _chunk(1, "Credits", office),
        _chunk(2, "Other", office),
    ]
    composer = SimpleNamespace(index=SimpleNamespace(chunks=chunks))
    composer._in_section = lambda i, chunk: ExtractiveComposer._in_section(composer, i, chunk)  # type: ignore[arg-type]
    quote = _Candidate(Passage(0, chunks[0], 1.0, None, None), 1, 0.5, 0.5)
    completed = ExtractiveComposer._office_over_the_page(composer, [quote])  # type: ignore[arg-type]
    assert [(c.passage.index, c.sentence) for c in completed] == [(0, 1), (1, 0)]
    # Not the next section's line, and not after a sentence that is no contact line.
    other = _Candidate(Passage(1, chunks[1], 1.0, None, None), 0, 0.5, 0.5)
    assert ExtractiveComposer._office_over_the_page(composer, [other]) == [other]  # type: ignore[arg-type]
    first = _Candidate(Passage(0, chunks[0], 1.0, None, None), 0, 0.5, 0.5)
    assert ExtractiveComposer._office_over_the_page(composer, [first]) == [first]  # type: ignore[arg-type]
