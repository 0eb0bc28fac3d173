"""OpenAI-compatible endpoints, so that OpenAI clients can talk to the assistant."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, StreamingResponse

from assistant.domain import Event, Finished
from assistant.web import openai
from assistant.web.deps import PUBLIC, QuestionLogDep, ResponderDep
from assistant.web.errors import NOT_READY, TOO_MANY
from assistant.web.sse import FAILED, relay, sse

router = APIRouter(tags=["openai"])


@router.get("/v1/models")
def list_models() -> dict[str, Any]:
    """The one model this server offers, for OpenAI clients that list models first."""
    return openai.models()


@router.post(
    "/v1/chat/completions",
    responses={
        **NOT_READY,
        **TOO_MANY,
        200: {
            "description": "chat.completion, or SSE chunks with stream: true",
            # Both bodies documented: the streamed one is text/event-stream, not JSON.
            "content": {"application/json": {}, "text/event-stream": {}},
        },
    },
    dependencies=PUBLIC,
)
async def chat_completions(
    body: openai.ChatCompletionRequest, responder: ResponderDep, questions: QuestionLogDep
) -> Any:
    """OpenAI-compatible chat: the last user message is the question, earlier turns the history.

    The reply's content is the answer followed by a "Sources" list; structured citations
    travel in the extra `citations` field (on the last chunk when streaming).
    """
    started = time.perf_counter()
    question, history = body.question(), body.history()
    if not body.stream:
        answer = await responder.answer(question, history)
        questions.answered(question, answer, started=started, surface="openai")
        return JSONResponse(openai.completion(answer, body.model))
    stream = responder.events(question, history)
    first = await anext(stream)  # before the status line: a missing index is still a 503
    completion_id = openai.new_id()

    async def render(event: Event) -> AsyncIterator[str]:
        for chunk in openai.event_chunks(event, completion_id, body.model):
            yield sse(None, chunk)
        if isinstance(event, Finished):
            questions.answered(question, event.answer, started=started, surface="openai")
            yield sse(None, "[DONE]")

    def failed(exc: Exception) -> str:  # in-band, as OpenAI does once the status is sent
        return sse(None, {"error": {"message": FAILED}})

    return StreamingResponse(
        relay(stream, first, render, failed),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )
