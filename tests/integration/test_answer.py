import re

import pytest

from assistant.domain import Turn
from assistant.query.engine import Assistant
from assistant.settings import DEFAULT_CONTACT, DEFAULT_CONTACT_FR


def test_answer_quotes_the_text_with_numbered_citations(assistant: Assistant) -> None:
    answer = assistant.ask("Who is authorized to sign an international partnership agreement?")
    assert answer.answered
    assert "only the President is authorized to sign it" in answer.text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}
    for citation in answer.citations:
        assert citation.snippet in citation.text
        assert citation.snippet in answer.text
    assert answer.citations[0].document == "05-partnership-procedure-and-contacts.md"


@pytest.mark.parametrize(
    "question",
    [
        "What are the tuition fees for a master's degree at UM?",  # asks for an amount: none in the texts
        "What is the phone number of the International Relations Department?",
        "How many students go abroad with Erasmus+ each year?",  # a count the texts lack
        "What is the recipe for a chocolate cake?",  # outside the domain
        "How do I apply for student housing in Montpellier?",  # topic nearby, answer absent
    ],
)
def test_abstains_and_names_the_contact(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered
    assert answer.citations == []
    assert DEFAULT_CONTACT in answer.text and answer.fallback and DEFAULT_CONTACT in answer.fallback


@pytest.mark.parametrize(
    "question",
    [
        "Quels sont les frais de scolarité d'un master à l'UM ?",
        "Où trouver un logement étudiant à Montpellier ?",
    ],
)
def test_a_question_in_french_gets_its_abstention_in_french(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered and answer.fallback
    assert answer.text.startswith("Je n'ai pas trouvé cette information")
    assert answer.fallback == f"Veuillez contacter {DEFAULT_CONTACT_FR}." and answer.text.endswith(
        answer.fallback
    )


@pytest.mark.parametrize(
    "question",
    [
        "Since when is the UM part of UNIMED?",
        "When did UM join the association of Mediterranean universities?",
    ],
)
def test_paraphrase_with_other_words_is_answered(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.answered and "2019" in answer.text


def test_follow_up_uses_the_conversation(assistant: Assistant) -> None:
    history = [
        Turn("user", "Do I need an agreement to set up an international partnership?"),
        Turn("assistant", "Yes, you need to draw up and sign an agreement [1]."),
    ]
    answer = assistant.ask("And who signs it?", history)
    assert answer.answered and "President" in answer.text


def test_a_dangling_sentence_is_quoted_with_the_one_it_refers_to(assistant: Assistant) -> None:
    answer = assistant.ask("Which civilizations' legacy does e-OMED aim to preserve?")
    assert answer.answered
    snippet = answer.citations[0].snippet
    assert "Its aim is to preserve" in snippet
    assert snippet.startswith('The "Open Digital Space for the Mediterranean" project')


def test_typed_question_is_answered_by_a_sentence_holding_that_type(assistant: Assistant) -> None:
    answer = assistant.ask("How many members does the European University Association have?")
    assert answer.answered and "850" in answer.citations[0].snippet


def test_words_of_the_askers_story_that_no_page_uses_do_not_count_against_the_quote(
    assistant: Assistant,
) -> None:
    story = "My supervisor scribbled a note on a napkin at the zorblat yesterday and got grumpy."
    answer = assistant.ask(f"{story} What are the steps to set up an international partnership?")
    assert answer.answered and "draw up and sign an agreement" in answer.text
    # Unknown words of what is asked still do: the story does not make the recipe answerable.
    assert not assistant.ask(f"{story} What is the recipe for a zorblat cake?").answered
