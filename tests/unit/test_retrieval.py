"""Follow-up questions: telling them apart and carrying the conversation into the query."""

import pytest

from assistant.domain import Turn
from assistant.query.followup import asked_types, contextual_query, is_follow_up


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("And who signs it?", True),
        ("What is its aim?", True),
        ("When?", True),
        ("Who is authorized to sign a partnership agreement?", False),
        ("What does Campus France do?", False),
        # A French demonstrative points back as "this" does; "est-ce que" and "ce que" do not.
        ("Et ce cours, c'est combien d'heures par semaine ?", True),
        ("Est-ce que je peux enseigner pendant ma thèse ?", False),
        ("Ce que je veux savoir, c'est la date limite d'inscription.", False),
    ],
)
def test_follow_up_detection(question: str, follow_up: bool) -> None:
    assert is_follow_up(question) is follow_up


def test_follow_up_query_carries_the_previous_question() -> None:
    history = [
        Turn("user", "Do I need an agreement to set up an international partnership?"),
        Turn("assistant", "Yes [1]."),
    ]
    assert contextual_query("And who signs it?", history).startswith("Do I need an agreement")
    assert contextual_query("What does Campus France do?", history) == "What does Campus France do?"
    assert contextual_query("And who signs it?", []) == "And who signs it?"


def test_a_follow_up_of_a_follow_up_reads_the_turn_before_too() -> None:
    history = [
        Turn("user", "Does the orchestra lend instruments?"),
        Turn("assistant", "Yes, 12 of them."),
        Turn("user", "Is there a deposit?"),
        Turn("assistant", "Yes, €200."),
    ]
    query = contextual_query("And what if it gets damaged?", history)
    assert query.startswith("Does the orchestra lend instruments?\nIs there a deposit?")
    # A last turn that stands alone is all the context.
    history[2] = Turn("user", "What does the orchestra's deposit cost?")
    assert contextual_query("And what if it gets damaged?", history).startswith("What does the orchestra")


def test_everyday_wording_is_read_in_the_texts_words() -> None:
    from assistant.query.paraphrase import extra_terms, paraphrases

    # "last day" is one phrase, covered by the texts' "deadline".
    assert (["last", "day"], ["deadlin"]) in paraphrases("What's the last day to register?")
    assert "doctor" in extra_terms("Who helps PhD students settle in?")
    assert extra_terms("What does the agreement set out?") == []
    assert "close" in extra_terms("What is the deadline?")  # "Closing of applications: ..."
    # Everyday wording against the office's: missing a session is an absence, the winners get
    # the first prize, who is in charge is the coordinator, a number to text takes text messages.
    assert "absenc" in extra_terms("What happens if I miss some rehearsals?")
    assert "first" in extra_terms("How much does the winning team get?")
    assert "coordin" in extra_terms("Who is in charge of the volunteers?")
    assert "sms" in extra_terms("Is there a number I can text?")
    assert "correct" in extra_terms("How many questions do I have to get right?")
    # The weather as a forecast says it, against the rules' wind, rain and cancellations.
    assert "wind" in extra_terms("It'll be really windy on Saturday. Is the swim still on?")
    assert {"rain", "cancel"} <= set(extra_terms("When it's pouring down, do they call it off?"))
    # Changing one's mind: switching is a change, pulling out a withdrawal.
    assert "chang" in extra_terms("Can I still switch to Spain?")
    # A doctor's note is a medical certificate; a boat that flips over capsizes; who owns a text
    # holds its rights; a graduate is a former student.
    assert "certif" in extra_terms("Do I need a doctor's note?")
    assert "capsiz" in extra_terms("What if the boat flips over?")
    # A public holiday is the date the texts give for it; an outing is a walk or a trip.
    assert {"14", "juli"} <= set(extra_terms("Is Bastille Day paid double?"))
    assert "walk" in extra_terms("How do I get onto the counting outings?")
    # What is handed out is lent or given; a doctor who listens to the chest sees the lungs; the
    # marshes are the texts' wetlands and wet meadows.
    assert {"lent", "equip"} <= set(extra_terms("What gear do they hand out?"))
    assert "lung" in extra_terms("Can someone listen to my chest?")
    assert "wetland" in extra_terms("Is it realistic out in the marshes?")
    # …and is what a page headed "If a sand yacht tips over" says, in its own words.
    assert "tip" in extra_terms("What if the thing flips over with me in it?")
    assert "right" in extra_terms("Does the university own my story?")
    assert "former" in extra_terms("I graduated four years ago.")
    # What one gets for a fee or for volunteering is what it covers, what one receives.
    assert {"receiv", "cover"} <= set(extra_terms("What am I actually getting for the summer school fee?"))
    assert "receiv" in extra_terms("What's in it for me?")
    # Losing one's money is a refund asked about; a new one of a lost thing is its replacement.
    assert "refund" in extra_terms("If it's too windy, do I just lose my money?")
    assert "replac" in extra_terms("If the diploma gets lost, can they print me a new one?")
    assert "gluten" in extra_terms("I'm coeliac. Could I buy bread there?")
    assert "dairi" in extra_terms("Do they collect unsold yoghurts?")
    assert "withdraw" in extra_terms("What if I pull out in June?")
    assert "reloc" in extra_terms("Is there any money to help with the move?")
    # An irregular past the stemmer cannot join: a lesson one loses is a lost lesson.
    assert "lost" in extra_terms("Do I just lose that lesson?")
    # The winners' prize is the first one: "first" alone, or every prize would cover "winning".
    assert extra_terms("What does the winning team get?") == ["first"]
    # Everyday words of a student's life against the texts' words.
    assert {"medicin", "famili"} <= set(extra_terms("Can my mum post me my pills?"))
    assert "worship" in extra_terms("Is there somewhere I can pray?")
    assert "consecut" in extra_terms("How many days in a row can I take off?")
    assert "extend" in extra_terms("Can I stay on for the spring semester?")
    assert "devic" in extra_terms("Can I borrow one of the laptops?")  # a word in the plural too
    assert "pet" in extra_terms("Could I bring my cat if I live with a host family?")  # the kind it is
    assert "offer" in extra_terms("Who organises the workshops?")  # a service offers what it organises
    assert "bring" in extra_terms("What should I pack for a day on the dig?")  # "what to bring" lists
    # How many people a class takes is its places; a day a place opens to all, its open doors.
    assert "place" in extra_terms("How many people can get into the beginners' class?")
    assert "place" in extra_terms("How many people can sign up for the March edit-a-thon?")
    # How many a hall holds is its seats, the spectators it welcomes.
    assert {"welcom", "spectat"} <= set(extra_terms("How many people can the hall hold?"))
    assert "seat" not in extra_terms("Will they hold a ceremony in June?")  # holding an event
    assert "event" in extra_terms("Roughly how many gigs does the band play in a year?")  # a gig
    assert "door" in extra_terms("When is the open day at the shelter?")
    # How old one must be is the age a page gives ("aged 18 or over").
    assert "age" in extra_terms("How old do I have to be to record for the library?")
    # A child's age asks the rules for children: "my nephew is 10", "a 9-year-old", not "15 minutes".
    assert "children" in extra_terms("My nephew is 10. Could he come along to the bird walk?")
    assert "children" in extra_terms("Can I bring my 9-year-old to the garden?")
    assert "children" not in extra_terms("The class is 15 minutes long; can I join late?")
    # A clipped word ("veg") and a brand ("my PS4") in the texts' words.
    assert "veget" in extra_terms("Is there a phone number for the veg basket scheme?")
    assert "consol" in extra_terms("Can I bring my PS4 from home?")
    # Everyday phrases of a timetable: bad weather is rain, to pick up is to collect.
    assert "rain" in extra_terms("And if the weather's bad on one of those Saturdays?")
    assert "collect" in extra_terms("Which day do I pick mine up?")
    assert "advanc" in extra_terms("How far ahead must I book?")
    # An Erasmus student is an exchange student; to do a course is to take part in it.
    assert "exchang" in extra_terms("I'm an Erasmus student. Can I do the coding bootcamp?")
    assert "part" in extra_terms("Can I do the coding bootcamp?")
    assert "belong" in extra_terms("How do I put my stuff in storage?")
    assert "companion" in extra_terms("My brother will need to come with me. What can UM pay?")
    assert "advanc" in extra_terms("What's the most UM can lend me for the deposit?")
    assert "repay" in extra_terms("When do I have to pay back the advance?")
    assert "drop" in extra_terms("What if the call keeps cutting out?")
    assert "supplement" in extra_terms("How much extra would UM give me?")
    assert "fine" in extra_terms("If we get a parking ticket over there, who pays it?")


def test_the_row_of_a_superlative_is_read_from_its_figures() -> None:
    from assistant.query.extractive import _row_amount

    assert _row_amount(["Résidence Rabelais", "Studio of 18 m²", "€395"]) == 395.0
    assert _row_amount(["Group 3", "Croatia, Czechia", "€1,570"]) == 1570.0
    assert _row_amount(["No figure here"]) is None


def test_a_figure_of_the_question_picks_the_row_whose_band_holds_it() -> None:
    from assistant.query.extractive import _figures, _in_band

    assert _figures("Montpellier to Bogotá is about 8,600 km. What does ICM pay?") == [8600.0]
    assert _figures("And a 7 from a Spanish university in 2027?") == [7.0]  # a year is no figure
    assert _in_band("8,000 km or more | €1,500", 8600)
    assert _in_band("4,000 to 7,999 km | €820", 4100)
    assert not _in_band("4,000 to 7,999 km | €820", 8600)
    assert _in_band("7 (Notable) | 13", 7)
    assert not _in_band("7.5 | 13.75", 7)
    assert _in_band("less than 10 | none", 3)


def test_a_follow_up_swapping_the_subject_asks_what_the_question_before_asked() -> None:
    previous = "How much is the research visit grant for a stay in Spain?"
    money = asked_types(previous, None)
    assert money
    assert asked_types("What about the same kind of stay in Brazil?", previous) == money
    assert asked_types("And in Sweden?", previous) == money
    assert asked_types("Et pour le Brésil ?", previous) == money
    # A follow-up that asks its own question is read alone.
    assert asked_types("And if I have a CROUS grant, can I still go?", previous) == frozenset()
    assert asked_types("What about Brazil?", None) == frozenset()


def test_what_it_costs_to_join_is_the_membership() -> None:
    from assistant.query.paraphrase import paraphrases

    for question in ("How much is it to join the club?", "What does it cost to join?", "Do I pay to join?"):
        assert any("membership" in words for _, words in paraphrases(question)), question


def test_going_on_one_s_own_is_going_alone() -> None:
    from assistant.query.paraphrase import paraphrases

    found = [words for _, words in paraphrases("Am I allowed to go on my own?")]
    assert any("alon" in words and "pair" in words for words in found)
