"""The checks every generated sentence passes before it is shown, fed as a model streams it."""

import pytest

from assistant.domain import Citation
from assistant.llm.grounding import Grounder
from assistant.llm.prompts import SYSTEM_PROMPT, secret_texts
from assistant.query.engine import Assistant

SOURCES = [
    Citation(
        n=1,
        document="05-partnership-procedure-and-contacts.md",
        title="Procedure for establishing an international partnership",
        section=None,
        url=None,
        snippet="At the UM, only the President is authorized to sign it.",
        text="This document is binding on both parties. "
        "At the UM, only the President is authorized to sign it.",
        score=1.0,
    ),
    Citation(
        n=2,
        document="06-international-networks.md",
        title="International networks",
        section="UNIMED",
        url=None,
        snippet="The UM has been a member of the UNIMED network since 2019.",
        text="The UM has been a member of the UNIMED network since 2019.",
        score=0.9,
    ),
]


def grounded(
    assistant: Assistant, reply: str, step: int = 3, question: str = "Who signs agreements?"
) -> tuple[list[str], Grounder]:
    """Feed ``reply`` in pieces of ``step`` characters, as a model streams; return what was shown."""
    grounder = Grounder(question, SOURCES, assistant.index.idf, secret_texts())
    shown = [grounder.feed(reply[i : i + step]) for i in range(0, len(reply), step)]
    shown.append(grounder.finish())
    return [s for s in shown if s], grounder


def test_cited_sentences_stream_once_whole_and_join_to_the_answer(assistant: Assistant) -> None:
    shown, grounder = grounded(assistant, "Only the President signs it [1]. UM joined UNIMED in 2019. [2] ")
    assert shown == ["Only the President signs it. [1]", " UM joined UNIMED in 2019. [2]"]
    assert "".join(shown) == grounder.answer and grounder.cited == [1, 2]


def test_feeding_piece_by_piece_gives_what_feeding_whole_gives(assistant: Assistant) -> None:
    reply = "The President signs agreements [1].\n- UNIMED membership dates from 2019 [2, 9]"
    whole, _ = grounded(assistant, reply, step=len(reply))
    by_char, _ = grounded(assistant, reply, step=1)
    assert "".join(whole) == "".join(by_char)
    assert "[9]" not in "".join(whole)  # no source 9: the marker goes, the sentence stays


def test_markers_to_missing_sources_are_removed_and_the_sentence_attributed(assistant: Assistant) -> None:
    shown, grounder = grounded(assistant, "Only the President is authorized to sign it [7].")
    assert shown == ["Only the President is authorized to sign it. [1]"]
    assert grounder.cited == [1]


def test_an_uncited_sentence_the_sources_support_gets_their_citation(assistant: Assistant) -> None:
    shown, _ = grounded(assistant, "The President is authorized to sign partnership agreements.")
    assert shown == ["The President is authorized to sign partnership agreements. [1]"]


def test_a_sentence_blending_two_sources_cites_both(assistant: Assistant) -> None:
    shown, _ = grounded(assistant, "Only the President signs agreements, and UM joined UNIMED in 2019 [1].")
    assert shown == ["Only the President signs agreements, and UM joined UNIMED in 2019. [1][2]"]


def test_words_repeated_from_the_question_need_no_second_source(assistant: Assistant) -> None:
    question = "Who signs agreements for the UNIMED network members?"
    reply = "Only the President signs agreements for the UNIMED network members [1]."
    assert grounded(assistant, reply, question=question)[0] == [
        "Only the President signs agreements for the UNIMED network members. [1]"
    ]
    assert grounded(assistant, reply)[0][0].endswith("[1][2]")  # asked otherwise, they are new


def test_unsupported_and_invented_sentences_are_never_shown(assistant: Assistant) -> None:
    shown, grounder = grounded(
        assistant,
        "The President signs it [1]. Bananas grow on the Triolet campus. UNIMED was founded in 2013 [2].",
    )
    assert shown == ["The President signs it. [1]"]
    reasons = [v.reason for v in grounder.verdicts]
    assert reasons == ["kept", "unsupported", "invented-number"]


@pytest.mark.parametrize(
    "reply",
    [
        "I don't know. The President signs it [1].",
        "The sources do not contain this information.",
        "Je ne sais pas.",
        "Bananas are yellow.",
    ],
)
def test_a_reply_that_declines_or_is_ungrounded_shows_nothing(assistant: Assistant, reply: str) -> None:
    shown, grounder = grounded(assistant, reply)
    assert shown == [] and grounder.answer == "" and grounder.cited == []


def test_a_reply_that_repeats_the_prompt_is_not_shown(assistant: Assistant) -> None:
    shown, grounder = grounded(assistant, SYSTEM_PROMPT + " [1]")
    assert shown == []
    assert "leak" in {v.reason for v in grounder.verdicts}
