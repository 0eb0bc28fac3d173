"""The assistant's own protocol: an answer with citations, at once or streamed, and search."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import asdict

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from assistant.domain import Delta, Event, Started
from assistant.web.deps import PUBLIC, FeedbackDep, QuestionLogDep, ResponderDep, SurfaceDep
from assistant.web.errors import NOT_READY, TOO_MANY
from assistant.web.schemas import AskRequest, AskResponse, SearchRequest, SearchResponse, SearchResult
from assistant.web.sse import FAILED, relay, sse

router = APIRouter(tags=["assistant"], dependencies=PUBLIC)


@router.post("/v1/ask", response_model=AskResponse, responses={**NOT_READY, **TOO_MANY})
async def ask(
    body: AskRequest, responder: ResponderDep, questions: QuestionLogDep, surface: SurfaceDep
) -> AskResponse:
    """Answer a question with citations, or abstain (`answered: false`) with a contact."""
    started = time.perf_counter()
    answer = await responder.answer(body.question, body.turns())
    questions.answered(body.question, answer, started=started, surface=surface)
    return AskResponse.from_answer(answer)


@router.post("/v1/search", response_model=SearchResponse, responses={**NOT_READY, **TOO_MANY})
async def search(body: SearchRequest, responder: ResponderDep) -> SearchResponse:
    """The passages that best answer a query: those its answer quotes first, then hybrid retrieval's order."""
    passages = await responder.run(lambda a: a.search(body.query, body.k, body.turns()))
    return SearchResponse(results=[SearchResult.from_passage(i + 1, p) for i, p in enumerate(passages)])


@router.post(
    "/v1/ask/stream",
    response_class=StreamingResponse,
    responses={
        **NOT_READY,
        **TOO_MANY,
        200: {"description": "text/event-stream: `meta`, `delta`…, `done` (or `error`)."},
    },
)
async def ask_stream(
    body: AskRequest,
    responder: ResponderDep,
    store: FeedbackDep,
    questions: QuestionLogDep,
    surface: SurfaceDep,
) -> StreamingResponse:
    """The answer as Server-Sent Events.

    `meta` carries the citations (with a language model, every numbered source it was given;
    `done` keeps those the answer cites), `delta` events the answer text in order (joined,
    they equal `done.answer`; with a model, one checked sentence each), `done` the full
    `/v1/ask` response plus an `answer_id` for `/v1/feedback`, `error` a message if
    something fails once streaming has begun.
    """
    started = time.perf_counter()
    stream = responder.events(body.question, body.turns())
    # The first event is awaited here, so a missing index still gets its 503 status.
    first = await anext(stream)

    async def render(event: Event) -> AsyncIterator[str]:
        if isinstance(event, Started):
            citations = [asdict(c) for c in event.citations]
            yield sse("meta", {"citations": citations, "answered": event.answered})
        elif isinstance(event, Delta):
            yield sse("delta", {"text": event.text})
        else:
            cited = [asdict(c) for c in event.answer.citations]
            answer_id = await run_in_threadpool(store.record_answer, body.question, event.answer, cited)
            questions.answered(
                body.question, event.answer, started=started, surface=surface, answer_id=answer_id
            )
            yield sse("done", {**AskResponse.from_answer(event.answer).model_dump(), "answer_id": answer_id})

    def failed(exc: Exception) -> str:
        return sse("error", {"message": FAILED})

    return StreamingResponse(
        relay(stream, first, render, failed),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
