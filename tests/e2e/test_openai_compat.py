"""The OpenAI-compatible endpoints, spoken to by the official `openai` package over real HTTP."""

from collections.abc import Iterator

import pytest
from openai import OpenAI

from assistant.settings import Settings
from tests.utils.server import running_server


@pytest.fixture(scope="module")
def openai_client(settings: Settings) -> Iterator[OpenAI]:
    env = {"ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    # Our server needs no key; the client insists on one. Closed at the end: a connection left
    # open is a ResourceWarning whenever the collector finds it, which fails whatever runs then.
    with (
        running_server(env) as base,
        OpenAI(base_url=f"{base}/v1", api_key="not-needed", max_retries=0) as client,
    ):
        yield client


def test_models_lists_the_assistant(openai_client: OpenAI) -> None:
    assert [m.id for m in openai_client.models.list()] == ["um-partnerships-assistant"]


def test_completion_is_a_cited_answer_with_sources(openai_client: OpenAI) -> None:
    reply = openai_client.chat.completions.create(
        model="um-partnerships-assistant",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "Who signs international partnership agreements?"},
        ],
    )
    content = reply.choices[0].message.content or ""
    assert "President" in content and "[1]" in content
    assert "\n\nSources:\n[1] Procedure for establishing an international partnership" in content
    extra = reply.model_extra or {}
    assert extra["citations"][0]["document"] == "05-partnership-procedure-and-contacts.md"
    assert extra["answered"] is True and reply.choices[0].finish_reason == "stop"


def test_streamed_completion_equals_the_plain_one(openai_client: OpenAI) -> None:
    messages = [
        {"role": "user", "content": "Tell me about the Coimbra Group."},
        {"role": "assistant", "content": "The Coimbra Group is a university network founded in 1985 [1]."},
        {"role": "user", "content": "What is its aim?"},
    ]
    plain = openai_client.chat.completions.create(model="um-partnerships-assistant", messages=messages)
    stream = openai_client.chat.completions.create(
        model="um-partnerships-assistant", messages=messages, stream=True
    )
    chunks = list(stream)
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == plain.choices[0].message.content
    assert "multidisciplinary" in streamed
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {})["citations"]


def test_unanswerable_question_abstains_without_sources(openai_client: OpenAI) -> None:
    reply = openai_client.chat.completions.create(
        model="um-partnerships-assistant",
        messages=[{"role": "user", "content": "What is the capital of Australia?"}],
    )
    content = reply.choices[0].message.content or ""
    assert "could not find" in content and "Sources" not in content
    assert (reply.model_extra or {})["answered"] is False
