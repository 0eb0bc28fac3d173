"""Questions that tell a story before they ask, answered from a small collection written here: what
to do when something happened, somewhere else to learn what a club requires, and a club's rules
asked after what a cousin says holds at another university."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant
from assistant.settings import Settings

FELT = """# Felt-making workshop of the Culture Department, 2027-2028

The felt-making workshop meets on Saturday mornings in building 29, room 0.12. Members make
slippers, hats and bags from raw wool.

## Safety

Felting needles are sharp and brittle. If a needle breaks and a piece stays under the skin, do not
try to dig it out: cover the finger and go to the nurses of the Student Health Service,
+33 4 67 14 00 52. If the hot soapy water scalds you, cool the burn under running water for
20 minutes.

## Rules of the workshop room

Wear the apron of the workshop whenever you handle wet wool, and keep the felting needles in their
cork block when you are not using them. Never leave a needle on a table or on a chair: the next
person may sit on it. Pour the soapy water only into the big sink, never into the small one, which
blocks. Take off your rings and bracelets before you roll the felt, since they catch the fibres. No
food and no drinks near the wool. At the end of the session, every tool goes back into its box, and
the wet felt is hung on the rack by the window. The room closes at 12:30 sharp.

## Activities

The workshop has three activities:

- beginners' course: slippers, on Saturdays from 9:30 to 12:00, from 2 October 2027
- open workshop: your own project, on Saturdays from 9:30 to 12:00, from 8 January 2028
- advanced course: a hat or a bag, from March 2028

## The advanced course

To join the advanced course, follow these steps:

1. Finish your pair of slippers by the last session of the beginners' course, on 14 December 2027.
2. Send a sketch of your project to the artist through the "Culture" tile by 4 February 2028.
3. Register in the same tile by 18 February 2028 and pay the price of the course, €85.
"""

SAILING = """# Bordée: the sailing club of UM, 2027-2028

Bordée is the sailing club of the Sports Department. It sails dinghies on the Thau lagoon on
Wednesday afternoons, from the harbour of Mèze.

## Who can join?

UM students, exchange students included, and staff, aged 18 or over. Every member must be able to
swim 50 metres without help; the instructors check it at the first session in the pool.

Membership costs €35 for the academic year and includes the loan of a life jacket.

| Activity | When | Price |
|---|---|---|
| first course, for beginners: rigging, tacking and capsizing | Wednesdays in September | €60 |

## What to bring

Closed shoes with a good grip, a swimsuit, a towel, sun cream and a warm jumper for the way back.

## Rules on the water

- wear your life jacket, fastened, from the pontoon until you are back on it;
- never sail beyond the yellow buoys without an instructor in sight;
- capsize drills only in the harbour, with the rescue boat out.

## What if the boom hits someone?

It happens mostly when a boom swings round as a beginner turns with the wind behind. If the head is
hit, sit the sailor down in the boat and sail back to the harbour at once. If they feel dizzy or
sick afterwards, call 15. The instructor fills in an accident form the same day.

## The regatta crew

To sail in the crew of the spring regatta, follow these steps:

1. Sail with the club on at least 10 Wednesdays by 31 January 2028.
2. Pass the capsize test in the harbour of Mèze on 9 February 2028.
"""

DIRECTORY = """# Student services directory

- Sports equipment library: the Sports Department lends students sports equipment free of charge
  for up to 3 weeks: tents, snowshoes and sleeping bags. sport-library@umontpellier.fr.
- Swimming lessons for adults: the Sports Department teaches students and staff who never learnt to
  swim, in groups of 8, free of charge, on Tuesdays and Thursdays at 12:15 in the pool of building 44.
- Student Health Service: nurses and doctors, free of charge, by appointment. +33 4 67 14 00 50.

## Useful to know

Eyes: the eye doctor of the Student Health Service sees students and staff free of charge, by
appointment, for a sight test of 20 minutes. It is meant for anyone whose eyes tire on screens or
who needs new glasses. Bring your old glasses and the prescription you have. Book by e-mail or
phone: eyes@umontpellier.fr, +33 4 67 14 00 58.
"""

KORFBALL = """# Korfeo: the korfball association of the Student House

Korfeo plays korfball, a team sport of mixed teams that shoot a ball into a basket on a pole.

## Membership

Membership costs €14 for the academic year for students and €24 for staff; it includes insurance.
The licence of the French korfball federation, €21, is needed only to play in the national student
championship and is taken through the association.

## Beginners

The beginners' course costs €10: four evenings of rules and passing for students who never played.

## Kit

Buy the team shirt, €19, in the association's online shop. Every member brings indoor shoes.
"""


TALKS = """# Short talks contest of the doctoral school, 2027-2028

Doctoral candidates present their thesis in a talk of at most 3 minutes.

## Rules

- the jury marks clarity and the talk's link with the thesis
- the talk is spoken: no song, rap or poem

## Languages

Candidates can speak in French or in English.
"""

OLIVES = """# Students at the olive harvest, autumn 2028

An agreement between UM and an estate of the Hérault valley hires students to pick olives.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €12.50 gross an hour, paid on the 5th of the following month; Saturday shifts are paid 20% more |
| days and hours | Monday to Friday, from 8:00 to 12:00 and from 13:30 to 16:30; at most 40 hours a week |
| lodging | a bed in the estate's dormitory, €4 a night |

## FAQ

What if it rains? The nets are not spread in the rain, because wet olives rot; the pickers sort
olives in the mill, paid as usual.

Will I have to carry the crates? No: the estate's own staff carry the crates to the mill. Pickers
work with nets and rakes.

## Oil

The mill of the estate is open to visitors on Sunday mornings.
"""

FOOTBAG = """# Pied Léger: the footbag association of UM

Pied Léger plays footbag in the multi-purpose room of the Student House.

## Who can join?

UM students and staff, aged 16 or over.

## Membership

Membership costs €6 for the academic year for students; it includes insurance.

## Activities

| Activity | When | Price |
|---|---|---|
| footbag net evenings: singles and doubles over the net | Wednesday, 19:00–21:00 | in the membership |
| beginners' course: stalls and kicks | Monday, 18:00–19:30, 5 sessions | €12 |

The footbag net evenings start again on 6 October 2027, after the summer break.

Pied Léger, Sports Department: piedleger@umontpellier.fr, +33 4 67 14 52 70.
"""

FOOTBAG_ABROAD = """# University of Innsbruck: the footbag club

The footbag club of the University of Innsbruck plays in the sports hall by the river Inn.

Membership costs €15 for the academic year for students. Footbag net is played on Thursday evenings.
"""


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    base = tmp_path_factory.mktemp("stories")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "felt-making.md").write_text(FELT)
    (corpus / "sailing-club.md").write_text(SAILING)
    (corpus / "directory.md").write_text(DIRECTORY)
    (corpus / "korfball.md").write_text(KORFBALL)
    (corpus / "talks.md").write_text(TALKS)
    (corpus / "olives.md").write_text(OLIVES)
    (corpus / "footbag.md").write_text(FOOTBAG)
    (corpus / "innsbruck-footbag.md").write_text(FOOTBAG_ABROAD)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    build_index(Path(corpus), settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return Assistant.load(settings, embedder)


def test_what_to_do_after_an_accident_is_what_the_page_says_to_do_if_it_happens(stories: Assistant) -> None:
    # The page's only procedure is for joining the advanced course, which the question never names;
    # and the nurses' number in the quote is whom to call, not another page's contact line.
    answer = stories.ask(
        "At my second session I jabbed my finger and I think the tip of the needle snapped off "
        "inside. What am I supposed to do, and who do I call?"
    )
    assert answer.answered
    assert "do not try to dig it out" in answer.text and "+33 4 67 14 00 52" in answer.text
    assert "advanced course" not in answer.text
    assert "+33 4 67 14 00 50" not in answer.text
    # Asked as a request for first aid steps, and whose number to ring.
    answer = stories.ask(
        "At my second session I jabbed my finger and the tip of the needle snapped off inside. "
        "First aid steps, and whose number should I ring?"
    )
    assert "do not try to dig it out" in answer.text and "advanced course" not in answer.text


def test_somewhere_else_to_learn_is_read_from_another_page_than_the_clubs(stories: Assistant) -> None:
    answer = stories.ask(
        "I'd really like to join the sailing club, but honestly I can't swim at all: I never "
        "learnt. Can I still join? And if not, is there anywhere at the university where I could learn?"
    )
    assert answer.answered
    assert "swim 50 metres" in answer.text
    assert "Swimming lessons for adults" in answer.text
    assert {c.document for c in answer.citations} == {"sailing-club.md", "directory.md"}


def test_what_a_cousin_says_of_another_university_is_not_what_the_quote_must_cover(
    stories: Assistant,
) -> None:
    answer = stories.ask(
        "My cousin plays korfball at a university in Norway and says every member there has to buy "
        "the federation licence. At UM's korfball association, how much is membership for a "
        "student, and is the licence compulsory for everyone?"
    )
    assert answer.answered
    assert "€14" in answer.text and "needed only to play" in answer.text


def test_a_story_about_another_university_is_not_in_the_meaning_matched(
    stories: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real encoder embeds what is asked of UM alone: the story's meaning is the other
    # university's rule, which would pull its sentence (the licence) above the one asked for.
    from assistant.query.questions import told_elsewhere

    question = (
        "My cousin plays korfball at a university in Norway and says every member there has to buy "
        "the federation licence. At UM's korfball association, how much is membership for a student?"
    )
    assert told_elsewhere(question)
    assert not told_elsewhere("My cousin plays korfball in Norway. How much is membership?")
    retriever = stories._space(question)[1]
    embedded: list[str] = []
    embed = retriever.embed

    def spy(text: str) -> object:
        embedded.append(text)
        return embed(text)

    monkeypatch.setattr(retriever, "embed", spy)
    answer = stories.ask(question)
    assert embedded and all("cousin" not in text for text in embedded)
    assert "€14" in answer.text


def test_the_second_part_asks_of_the_first_parts_page(stories: Assistant) -> None:
    # "How much is the beginners' course?" alone is the korfball association's (its words match
    # best); read after the first part, it asks of the sailing club.
    answer = stories.ask(
        "Quick question about the sailing club, since a friend elsewhere told me other things: from "
        "what age can you join, and how much is the beginners' course?"
    )
    assert answer.answered
    assert "€60" in answer.text and "€10" not in answer.text


def test_giving_the_talk_is_what_the_texts_call_speaking(stories: Assistant) -> None:
    # The rules name "the talk" but not the language; the sentence that answers says "speak".
    answer = stories.ask("Can I give the talk in English at the short talks contest?")
    assert answer.answered
    assert answer.text.startswith("Candidates can speak in French or in English")


def test_what_to_bring_is_what_the_page_lists_under_its_heading(stories: Assistant) -> None:
    # The items share no word with the story (shorts, flip-flops, the heat); the heading says
    # they are the kit.
    answer = stories.ask(
        "Première sortie de voile samedi, et j'avais prévu short et tongs vu la chaleur… "
        "Je prends quoi en vrai ?"
    )
    assert answer.answered
    assert "Closed shoes with a good grip" in answer.text


def test_a_quote_of_what_the_asker_gave_as_known_answers_no_also(stories: Assistant) -> None:
    # The sentence that says the loan of a jacket names no dinghy: it repeats the statement. One
    # that names the asked thing apart from the told one answers it.
    told_again = stories.ask(
        "Bordée's membership includes the loan of a jacket, but does it also include the loan of a "
        "dinghy? I have no boat."
    )
    assert not told_again.answered
    answer = stories.ask("Bordée's membership costs €35, but does it also include the loan of a life jacket?")
    assert answer.answered
    assert "loan of a life jacket" in answer.text


def test_a_phones_curly_apostrophes_ask_what_straight_ones_do(stories: Assistant) -> None:
    question = "Bordée, c'est quoi l'adhésion, et elle comprend quoi ? J'ai jamais fait de voile."
    straight = stories.ask(question)
    assert straight.answered
    assert stories.ask(question.replace("'", "\u2019")).text == straight.text


def test_a_page_the_story_names_is_the_one_its_question_asks_of(stories: Assistant) -> None:
    # The felt-making page's steps to join its advanced course share the most words with the
    # question, story included; the story names the sailing club, whose page is the one asked of.
    answer = stories.ask(
        "Back home I made felt slippers and hats every winter, and since October I've been going to "
        "Bordée's sessions. What do I need to do to join the advanced course?"
    )
    assert answer.answered
    assert "10 Wednesdays" in answer.text and "slippers" not in answer.text


def test_what_else_the_doer_is_asked_to_do_must_be_said_done(stories: Assistant) -> None:
    # The page names the dinghies but never says the club rents them out: neither yes nor no.
    assert not stories.ask("Does Bordée also rent dinghies to its members?").answered
    answer = stories.ask("Do the instructors also check that members can swim?")
    assert answer.answered
    assert "the instructors check it" in answer.text


def test_over_there_asks_of_the_first_parts_page(stories: Assistant) -> None:
    # Korfeo's page has a licence; the sailing club's has none, so "over there" is not answered
    # from another club's page.
    answer = stories.ask(
        "I'd love to learn to sail with Bordée. When is the first course, and what does the licence "
        "cost over there?"
    )
    assert answer.answered
    assert "Wednesdays in September" in answer.text and "korfball" not in answer.text


def test_the_askers_story_after_the_question_names_no_heading(stories: Assistant) -> None:
    # "I'm bringing my cousin" shares its verb with "What to bring"; the rules are what is asked.
    answer = stories.ask(
        "What are the rules during a Bordée outing? I'm bringing my cousin to watch from the "
        "harbour and I don't want us to be the ones who get told off."
    )
    assert answer.answered
    assert "life jacket, fastened" in answer.text and "Closed shoes" not in answer.text


def test_what_should_have_been_done_is_the_whole_answer_of_what_if_it_happens(stories: Assistant) -> None:
    # The answer under "What if…?" opens on how it happens and goes on past its first chunk; the
    # regatta crew's steps are no answer to what to do then.
    answer = stories.ask(
        "On Wednesday's outing at Bordée the boom swung round and hit my friend on the head, and we "
        "had no idea what to do. What should we have done?"
    )
    assert answer.answered
    assert "sit the sailor down" in answer.text and "call 15" in answer.text
    assert "capsize test" not in answer.text


def test_a_yes_no_question_in_a_case_is_answered_by_the_rule_for_that_case(stories: Assistant) -> None:
    # The pay row says how much every hour is paid, neither yes nor no for a week of rain.
    answer = stories.ask("If it pours down for a week, do I just lose my wages at the olive harvest?")
    assert answer.answered
    assert answer.text.startswith("The nets are not spread in the rain")


def test_what_the_asker_adds_after_the_question_weighs_half_unless_it_still_asks(stories: Assistant) -> None:
    composer, idf = stories._space("What?")[2], stories.index.idf
    # "…? A friend says the wool stinks.": why they ask, seldom what.
    told = composer.term_weights(
        "What are the safety rules at the felt workshop? A friend says the wool stinks."
    )
    assert told["stink"] == pytest.approx(0.5 * idf("stink"))
    assert told["safeti"] == pytest.approx(idf("safeti"))
    # "…? I'd rather go with my flatmate.", "I need to know which weekend": still asked, in full.
    for after in ("I'd rather go with my flatmate.", "I need to know which weekend my flatmate can come."):
        kept = composer.term_weights(f"When is the felt workshop? {after}")
        assert kept["flatmat"] == pytest.approx(idf("flatmat"))


def test_a_contact_line_that_names_nobody_is_quoted_with_the_entry_it_ends(stories: Assistant) -> None:
    # "Can somebody at UM…?" asks whom to reach: the line, and whose line it is.
    answer = stories.ask("My eyes hurt after long days on screens. Can somebody at UM test my sight?")
    assert answer.answered
    assert (
        "eyes@umontpellier.fr" in answer.text
        and "the eye doctor of the Student Health Service" in answer.text
    )


def test_what_to_do_right_away_in_each_case_told_is_quoted_for_each(stories: Assistant) -> None:
    # Two cases told ("if the hot water scalds my hand, or a needle breaks…"): what to do in both.
    answer = stories.ask(
        "Quick one before my first felt-making session: if the hot water scalds my hand, or a needle "
        "breaks in my finger, what do I do right away?"
    )
    assert answer.answered
    assert "cool the burn" in answer.text and "do not try to dig it out" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What are the rules in the felt-making workshop room?",
        "Qu'est-ce qu'il faut respecter à l'atelier de feutre ?",
    ],
)
def test_rules_asked_are_the_whole_paragraph_under_the_rules_heading(
    stories: Assistant, question: str
) -> None:
    # The rules are a paragraph, not the list of activities next to it; every rule is quoted,
    # from its first sentence to its last, whatever chunk it fell in.
    answer = stories.ask(question)
    assert answer.answered
    assert "Wear the apron" in answer.text and "The room closes at 12:30" in answer.text
    assert "beginners' course: slippers" not in answer.text


def test_the_second_part_of_a_question_asked_at_um_is_not_answered_from_another_university(
    stories: Assistant,
) -> None:
    # The story names Innsbruck as where a friend heard otherwise: both parts are asked of UM.
    answer = stories.ask(
        "At UM's footbag association, what's the student membership and which evening is footbag net? "
        "A mate who did a semester in Innsbruck says their club charged 15 euros and played net another "
        "night, so I'd rather check."
    )
    assert "€6" in answer.text and "Wednesday" in answer.text
    assert "Thursday" not in answer.text and "€15" not in answer.text


def test_each_part_of_a_second_part_keeps_to_the_page_the_first_was_answered_from(stories: Assistant) -> None:
    # "…from what age can I join, and what does the beginners' course cost and when is it?": the
    # footbag page's course, not the korfball association's beginners' course.
    answer = stories.ask(
        "Footbag at UM: from what age can I join, and what does the beginners' course cost and when is it?"
    )
    assert "16" in answer.text and "€12" in answer.text
    assert "€10" not in answer.text


def test_words_that_name_nothing_are_not_weighed_and_a_phrase_may_repeat_a_word(stories: Assistant) -> None:
    weights = stories.composer.term_weights(
        "Is there anything planned somewhere? I'd like someone to explain it face to face."
    )
    assert not {"somewher", "someon"} & set(weights)
    assert "anyth" in weights  # "Is there anything like that?" may point at the thing told
    assert any("face" in term.split("|") and "meet" in term.split("|") for term in weights)


def test_rules_asked_in_french_of_a_list_of_rules_are_the_whole_list(stories: Assistant) -> None:
    answer = stories.ask("Sur l'eau, avec Bordée, il faut respecter quoi ?")
    assert "life jacket" in answer.text and "yellow buoys" in answer.text and "capsize drills" in answer.text


def test_an_faq_reply_says_no_to_its_own_question_not_to_another(stories: Assistant) -> None:
    # "No: the estate's own staff carry the crates" names the staff and the estate, not the oil
    # asked about, which the page names elsewhere: it answers whether pickers carry crates.
    answer = stories.ask("Do the pickers get cheap or free olive oil from the estate, like its own staff?")
    assert "No: the estate's own staff" not in answer.text


def test_an_age_told_after_a_request_is_answered_by_the_pages_age_rule(stories: Assistant) -> None:
    # "…until October": the page's October date names the month, but says nothing of the age told;
    # the age rule is what may answer it.
    answer = stories.ask(
        "footbag club contact? need email + phone. also i'm only 15 until october, is that a problem?"
    )
    assert "piedleger@umontpellier.fr" in answer.text
    assert "6 October" not in answer.text
