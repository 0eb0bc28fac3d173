import pytest

from assistant.query.questions import AnswerType, expected_types, satisfies, states

T = AnswerType


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("What are the tuition fees for a master's degree?", {T.MONEY}),
        ("How much does an exchange cost?", {T.MONEY}),
        ("When was UNIMED founded?", {T.DATE}),
        ("What is the deadline for applications?", {T.DATE}),
        ("What is the phone number of the office?", {T.PHONE}),
        ("What is the email address of the department?", {T.EMAIL}),
        ("What is the postal address of the office?", {T.ADDRESS}),
        ("How many members does the EUA have?", {T.COUNT}),
        ("How long does a mobility last?", {T.DURATION}),
        ("Who is the president of the university?", {T.PERSON}),
        ("Who signs the agreement?", {T.AGENT}),
        ("What is the MUSE project?", set()),
        ("Is a partnership agreement binding?", set()),
        # A yes/no question is answered by "No. ... does not charge you", not by an amount.
        ("Do I have to pay tuition to my host university?", set()),
        ("What are the dates of the staff week?", {T.DATE}),
        ("What's the last day to register?", {T.DATE}),
        ("Who should I contact to set up a double degree?", {T.AGENT, T.CONTACT}),
    ],
)
def test_expected_types(question: str, kinds: set[AnswerType]) -> None:
    assert expected_types(question) == kinds


@pytest.mark.parametrize(
    ("kind", "sentence", "question", "holds"),
    [
        (T.MONEY, "Tuition is €243 per year.", "", True),
        (T.MONEY, "Tuition depends on the programme.", "", False),
        (T.DATE, "Founded in October 1991.", "", True),
        (T.DATE, "It promotes mobility.", "", False),
        (T.PHONE, "Call +33 4 67 41 74 00.", "", True),
        (T.EMAIL, "Write to dri@umontpellier.fr.", "", True),
        (T.COUNT, "With over 850 members, the EUA...", "How many members does it have?", True),
        (T.COUNT, "It covers 47 European countries.", "How many countries does it cover?", True),
        (T.COUNT, "It covers 47 European countries.", "How many members does it have?", False),
        (T.COUNT, "The MUSE project is one of these winners.", "How many winners?", False),
        (T.PERSON, "At the UM, only the President is authorized to sign it.", "Who is the president?", False),
        (T.PERSON, "The office is led by Marie Curie.", "Who is the head of the office?", True),
        (T.PERSON, "Its head is Professor Marie Curie.", "Who is the head of the office?", True),
        (T.PERSON, 'The "Montpellier Université d\'Excellence" project.', "Who is the president?", False),
        (T.AGENT, "At the UM, only the President is authorized to sign it.", "Who signs?", True),
        (T.AGENT, "You need to draw up and sign an agreement.", "Who signs?", False),
        (
            T.AGENT,
            "Thanks to it, the UM welcomes staff.",
            "Who signs at the University of Montpellier?",
            False,
        ),
    ],
)
def test_states(kind: AnswerType, sentence: str, question: str, holds: bool) -> None:
    assert states(kind, sentence, question) is holds


def test_someone_to_contact_is_named_by_role_or_by_address() -> None:
    question = "Who should I contact to set up a double degree?"
    kinds = expected_types(question)
    assert satisfies(kinds, "Contact your component or the cooperation department.", question)
    assert satisfies(kinds, "E-mail: dri-cooperation@umontpellier.fr", question)
    assert not satisfies(kinds, "a double degree takes two years.", question)
