"""The OpenAI chat-completions protocol on top of the assistant, for Open WebUI, LibreChat or
any OpenAI client: the last user message is the question, earlier turns are the history, and
the reply is the answer followed by its sources (structured citations travel in ``citations``).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.domain import Answer, Citation, Delta, Event, Started, Turn
from assistant.text import pieces
from assistant.web.schemas import MAX_QUESTION_CHARS, Text, encodable

MODEL_ID = "um-partnerships-assistant"


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict[str, Any]] | None = None

    @field_validator("content")
    @classmethod
    def _encodable(cls, content: str | list[dict[str, Any]] | None) -> str | list[dict[str, Any]] | None:
        parts = content if isinstance(content, list) else [{"text": content or ""}]
        for part in parts:
            encodable(str(part.get("text", "")))
        return content

    def text(self) -> str:
        """The message's text; OpenAI clients may send a list of content parts."""
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """OpenAI's request body; sampling parameters are accepted and ignored."""

    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "model": MODEL_ID,
                    "messages": [{"role": "user", "content": "Who signs partnership agreements?"}],
                }
            ]
        },
    )

    model: Text = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1, max_length=41)
    # Strict: a client sending 0 or "false" has a bug; lax pydantic would read either as False.
    stream: bool = Field(False, strict=True)

    @model_validator(mode="after")
    def _ends_with_a_question(self) -> ChatCompletionRequest:
        last = self.messages[-1]
        if last.role != "user" or not last.text().strip():
            raise ValueError("the last message must be a non-empty user message: the question")
        if len(last.text()) > MAX_QUESTION_CHARS:
            raise ValueError(f"the question is over {MAX_QUESTION_CHARS} characters")
        return self

    def question(self) -> str:
        return self.messages[-1].text().strip()

    def history(self) -> list[Turn]:
        return [
            Turn(role=m.role, content=m.text())
            for m in self.messages[:-1]
            if m.role in ("user", "assistant") and m.text().strip()
        ]


def sources_block(citations: Sequence[Citation]) -> str:
    """The "Sources" list appended to the answer, one line per citation."""
    if not citations:
        return ""
    lines = ["", "", "Sources:"]
    for c in citations:
        where = c.title + (f" — {c.section}" if c.section and c.section != c.title else "")
        place = c.document + (f", p. {c.page}" if c.page is not None else "")
        lines.append(f"[{c.n}] {where} ({c.url or place})")
    return "\n".join(lines)


def completion(answer: Answer, model: str) -> dict[str, Any]:
    """A ``chat.completion`` object for an answer."""
    return {
        "id": new_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer.text + sources_block(answer.citations)},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        **_extras(answer),
    }


def chunk(
    completion_id: str, model: str, delta: dict[str, Any], finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    """One ``chat.completion.chunk`` of a streamed completion."""
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def event_chunks(event: Event, completion_id: str, model: str) -> Iterator[dict[str, Any]]:
    """The chunks of one event of the answer: the role first, the text as it comes, then the
    sources and a last chunk that carries the structured citations."""
    if isinstance(event, Started):
        yield chunk(completion_id, model, {"role": "assistant", "content": ""})
    elif isinstance(event, Delta):
        yield chunk(completion_id, model, {"content": event.text})
    else:
        for piece in pieces(sources_block(event.answer.citations)):
            yield chunk(completion_id, model, {"content": piece})
        yield chunk(completion_id, model, {}, "stop", **_extras(event.answer))


def new_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def _extras(answer: Answer) -> dict[str, Any]:
    """What OpenAI's format has no place for, in extra fields."""
    return {
        "citations": [asdict(c) for c in answer.citations],
        "answered": answer.answered,
        "mode": answer.mode,
    }


def models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "university-of-montpellier"}],
    }
