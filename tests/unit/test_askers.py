"""Who the asker says they are, and whether a sentence states the rule for them."""

from __future__ import annotations

import pytest

from assistant.query.askers import asker_names, broader_names, gives_an_age, restricts, rule_for
from assistant.query.questions import is_yes_no_fr


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("I'm here on Erasmus for the year. Can I stand?", "Exchange students cannot stand as candidates."),
        ("One of our exchange students wants to drive. Could they?", "Incoming students may not drive."),
        ("I'm a first-year PhD student. Could I sign up?", "Doctoral candidates are not covered."),
        ("I'm a visiting researcher. Is parking free for me?", "Visitors can park for free."),
        ("I'm 17 and in my first year. Can I volunteer?", "Volunteers must be 18 or over."),
        ("Je suis en échange, je peux prendre un job ?", "Exchange students can work 10 hours a week."),
        ("J'ai 16 ans, je peux venir ?", "Minors can only come with an adult."),
        ("My cousin is 17 and just started at UM. Can he paint?", "To paint, you must be 18 or over."),
        ("Can a 15-year-old sign up?", "The workshops are open from the age of 16."),
        ("Mon frère a 14 ans, il peut venir ?", "Children aged 12 and over come with an adult."),
        # An age at the end of a sentence, and a door opened at an age, are age rules too.
        ("I'm 17. Could I join the counts?", "A parent signs for volunteers under 18."),
        ("I'm 15. Could I join the counts?", "Every activity is open from 16, with a parent's consent."),
        (
            "I work in the finance office. Can staff join the patrols?",
            "Students, researchers and staff included.",
        ),
        ("Can staff go on the evening rounds?", "Staff cannot take part in the rounds."),
        # A job of the university's own staff says the asker is staff.
        ("I'm a lab technician at UM. Could I help out?", "UM students, researchers and staff included."),
        ("I'm on the staff here. Can I join?", "Staff cannot take part in the rounds."),
    ],
)
def test_a_rule_for_who_the_asker_says_they_are(question: str, sentence: str) -> None:
    assert rule_for(sentence, asker_names(question))


def test_an_opening_hour_or_a_distance_is_no_age_rule() -> None:
    names = asker_names("I'm 17. Could I join the counts?")
    assert not rule_for("The office is open from 9 to 17.", names)
    assert not rule_for("The walk is under 18.5 km.", names)


def test_no_kind_of_asker_when_the_question_says_none() -> None:
    assert asker_names("Can I run for a seat on my faculty council?") == []
    assert asker_names("Who teaches the course for exchange coordinators?") == []


def test_a_sentence_that_names_them_as_those_it_is_not_for_is_no_rule_for_them() -> None:
    names = asker_names("I'm an Erasmus student. Do I pay for French classes?")
    assert not rule_for("Fees apply to students who are not exchange students.", names)
    # A sentence that names them without a rule says nothing for them, unless it is a table row.
    assert not rule_for("Exchange students arrive in September.", names)
    assert rule_for("Exchange students (Erasmus+) | free", names, row=True)


def test_a_rule_for_every_student_holds_for_an_exchange_student() -> None:
    students = broader_names("I'm on exchange here. Can I drive?")
    assert rule_for("Only staff can drive, never students.", students)
    assert not rule_for("Staff drive the minibus.", students)
    assert broader_names("I'm a PhD student. Can I drive?") == []


def test_a_restriction_comes_before_a_permission() -> None:
    assert restricts("They cannot stand as candidates.")
    assert not restricts("Exchange students included.")


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Est-ce que je peux être candidat ?", True),
        ("Je suis en échange. Je peux prendre un job à la bibliothèque ?", True),
        ("Quand est-ce que les inscriptions ferment ?", False),
        ("What time does it open?", False),
    ],
)
def test_a_french_yes_no_question(question: str, yes_no: bool) -> None:
    assert is_yes_no_fr(question) is yes_no


@pytest.mark.parametrize(
    ("question", "gives"),
    [
        ("My little sister is 14 and she's visiting in May. Could she come?", True),
        ("Can my brother, who is 15, take the course?", True),
        ("Est-ce que mon frère, qui a 15 ans, peut venir ?", True),
        ("J'ai 17 ans, je peux venir aux soirées ?", True),
        # An adult's age is the asker's story; a distance or a duration is no age.
        ("J'ai 27 ans, je peux venir ?", False),
        ("I'm 20 minutes away by tram. Can I come?", False),
        ("Is it 10 km from the campus?", False),
    ],
)
def test_a_question_gives_a_minor_s_age(question: str, gives: bool) -> None:
    assert gives_an_age(question) is gives
