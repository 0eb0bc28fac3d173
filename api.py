"""The HTTP API: ``create_app(settings)`` builds the FastAPI app; endpoints stay thin."""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from assistant import __version__
from assistant.domain import Delta, Event, Finished, Started
from assistant.embeddings import Embedder
from assistant.ingest.build import IngestBusyError
from assistant.llm.client import Writer
from assistant.llm.responder import Responder
from assistant.query.engine import Assistant, AssistantProvider
from assistant.services import documents as admin
from assistant.services.feedback import FeedbackStore, UnknownAnswerError
from assistant.settings import Settings, get_settings
from assistant.store.index import IndexNotFoundError
from assistant.web import openai as openai_compat
from assistant.web.body_size import BodySizeLimit
from assistant.web.rate_limit import RateLimiter
from assistant.web.schemas import (
    AskRequest,
    AskResponse,
    DocumentList,
    DocumentOut,
    FeedbackRequest,
    FeedbackResponse,
    Health,
    IngestSummary,
    Ready,
    SearchRequest,
    SearchResponse,
    SearchResult,
    UploadResult,
)
from assistant.web.sse import sse

log = logging.getLogger("assistant.api")

NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"description": "No index has been built yet: run `assistant ingest`."}
}
ADMIN_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing or wrong bearer token."},
    404: {"description": "Administration is off (no ASSISTANT_ADMIN_TOKEN), or no such document."},
}
_ADMIN_STATUS = {"bad_name": 400, "not_found": 404, "too_large": 413, "unsupported": 415, "unreadable": 422}
# Read uploads in pieces so that an oversized one is refused without holding it all in memory.
_UPLOAD_PIECE = 1024 * 1024
WIDGET_DIR = Path(__file__).resolve().parent / "assistant" / "widget"
_STATIC_TYPES = {"widget.js": "text/javascript; charset=utf-8", "widget.css": "text/css; charset=utf-8"}


def _validation_message(error: dict[str, Any]) -> str:
    field = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
    return f"{field}: {error.get('msg', 'invalid value')}"


def current_assistant(request: Request) -> Assistant:
    """The Assistant of the serving index generation (503 through the handler when there is none)."""
    provider: AssistantProvider = request.app.state.provider
    return provider.get()


AssistantDep = Annotated[Assistant, Depends(current_assistant)]


async def relay(
    stream: AsyncGenerator[Event, None],
    first: Event,
    render: Callable[[Event], AsyncIterator[str]],
    failed: Callable[[Exception], str],
) -> AsyncIterator[str]:
    """The answer's events, from ``first`` (already awaited, so that a missing index still got
    its 503) to ``Finished``, each rendered in the endpoint's wire format; a failure once the
    status line is sent can only be reported in-band, with ``failed``."""
    try:
        event = first
        while True:
            async for text in render(event):
                yield text
            if isinstance(event, Finished):
                return
            event = await anext(stream)
    except Exception as exc:
        log.exception("streaming failed")
        yield failed(exc)
    finally:
        await stream.aclose()


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> Settings:
    """Let a request through only with the configured bearer token (compared in constant time)."""
    settings: Settings = request.app.state.settings
    if settings.admin_token is None:
        raise HTTPException(status_code=404, detail="Not Found")
    scheme, _, token = (authorization or "").partition(" ")
    expected = settings.admin_token.get_secret_value().encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected):
        raise HTTPException(
            status_code=401,
            detail="a valid admin bearer token is required (Authorization: Bearer <token>)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return settings


AdminDep = Annotated[Settings, Depends(require_admin)]


async def rate_limited(request: Request) -> None:
    """Count the request against its client's limit; 429 with Retry-After once over it."""
    limiter: RateLimiter = request.app.state.limiter
    client = request.client.host if request.client else "unknown"
    retry_after = limiter.check(client)
    if retry_after is not None:
        raise HTTPException(
            status_code=429,
            detail=f"too many requests: at most {limiter.per_minute} a minute; retry in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )


PUBLIC = [Depends(rate_limited)]
TOO_MANY: dict[int | str, dict[str, Any]] = {
    413: {"description": "Request body over ASSISTANT_MAX_BODY_KB."},
    429: {"description": "Too many requests from this client; see Retry-After."},
}


def _reindex(request: Request, settings: Settings) -> IngestSummary:
    provider: AssistantProvider = request.app.state.provider
    try:
        report = admin.reindex(settings, provider.embedder or Embedder(settings.embedding_model))
    except IngestBusyError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    return IngestSummary.model_validate(report.as_dict())


def create_app(settings: Settings | None = None, embedder: Embedder | None = None) -> FastAPI:
    """Build the app; the model and the index are opened once, in the lifespan."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        inference = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inference")

        def load() -> AssistantProvider:
            provider = AssistantProvider(settings, embedder or Embedder(settings.embedding_model))
            try:
                provider.get()
            except IndexNotFoundError as exc:
                log.warning("%s", exc)
            return provider

        # The model is loaded on the thread that will run it (see `infer`).
        app.state.provider = await asyncio.get_running_loop().run_in_executor(inference, load)
        writer = Writer.from_settings(settings)
        if writer is not None:
            log.info("answers are written by %s (fallback: extractive)", writer.name)
        app.state.responder = Responder(app.state.provider, inference, writer)
        app.state.settings = settings
        app.state.inference = inference
        app.state.feedback = FeedbackStore(settings.database_url)
        app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
        yield
        if writer is not None:
            await writer.aclose()
        inference.shutdown(wait=True)

    app = FastAPI(
        title="UM International Partnerships Assistant",
        version=__version__,
        description=(
            "Answers questions about the University of Montpellier's international partnerships "
            "and procedures with numbered citations to the institutional texts, or says that the "
            "documents do not hold the answer and whom to contact."
        ),
        lifespan=lifespan,
    )

    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_kb * 1024, exempt=("/v1/admin/",))
    # Only listed origins get Access-Control-Allow-Origin; credentials are never allowed.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.origins,
        allow_credentials=False,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
        max_age=600,
    )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        message = "; ".join(_validation_message(e) for e in errors)
        return JSONResponse(
            status_code=422,
            content={"message": message, "detail": jsonable_errors(errors)},
        )

    @app.exception_handler(IndexNotFoundError)
    async def not_ready(request: Request, exc: IndexNotFoundError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    @app.get("/health", response_model=Health, tags=["operations"])
    def health() -> Health:
        """The process is up (it may not have an index yet: see `/ready`)."""
        return Health()

    @app.get("/ready", response_model=Ready, responses=NOT_READY, tags=["operations"])
    def ready(assistant: AssistantDep, request: Request) -> Ready:
        """200 with the index's counts once an index is loaded; 503 with what to do otherwise."""
        responder: Responder = request.app.state.responder
        index = assistant.index
        return Ready(
            documents=index.document_count,
            chunks=len(index.chunks),
            model=index.model,
            generation=index.generation,
            llm=responder.writer.name if responder.writer else None,
        )

    @app.post(
        "/v1/ask",
        response_model=AskResponse,
        responses={**NOT_READY, **TOO_MANY},
        tags=["assistant"],
        dependencies=PUBLIC,
    )
    async def ask(body: AskRequest, request: Request) -> AskResponse:
        """Answer a question with citations, or abstain (`answered: false`) with a contact."""
        responder: Responder = request.app.state.responder
        return AskResponse.from_answer(await responder.answer(body.question, body.turns()))

    @app.post(
        "/v1/search",
        response_model=SearchResponse,
        responses={**NOT_READY, **TOO_MANY},
        tags=["assistant"],
        dependencies=PUBLIC,
    )
    async def search(body: SearchRequest, request: Request) -> SearchResponse:
        """The passages hybrid retrieval ranks highest for a query."""
        responder: Responder = request.app.state.responder
        passages = await responder.run(lambda a: a.search(body.query, body.k, body.turns()))
        return SearchResponse(results=[SearchResult.from_passage(i + 1, p) for i, p in enumerate(passages)])

    @app.post(
        "/v1/ask/stream",
        response_class=StreamingResponse,
        responses={
            **NOT_READY,
            **TOO_MANY,
            200: {"description": "text/event-stream: `meta`, `delta`…, `done` (or `error`)."},
        },
        tags=["assistant"],
        dependencies=PUBLIC,
    )
    async def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        """The answer as Server-Sent Events.

        `meta` carries the citations (with a language model, every numbered source it was given;
        `done` keeps those the answer cites), `delta` events the answer text in order (joined,
        they equal `done.answer`; with a model, one checked sentence each), `done` the full
        `/v1/ask` response plus an `answer_id` for `/v1/feedback`, `error` a message if
        something fails once streaming has begun.
        """
        responder: Responder = request.app.state.responder
        store: FeedbackStore = request.app.state.feedback
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
                response = AskResponse.from_answer(event.answer)
                yield sse("done", {**response.model_dump(), "answer_id": answer_id})

        def failed(exc: Exception) -> str:
            return sse("error", {"message": f"the answer could not be completed: {exc}"})

        return StreamingResponse(
            relay(stream, first, render, failed),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @app.post(
        "/v1/feedback",
        response_model=FeedbackResponse,
        status_code=201,
        responses={404: {"description": "Unknown answer_id."}, **TOO_MANY},
        tags=["assistant"],
        dependencies=PUBLIC,
    )
    def feedback(body: FeedbackRequest, request: Request) -> FeedbackResponse:
        """Record whether a streamed answer helped (and an optional comment). No personal data is kept."""
        store: FeedbackStore = request.app.state.feedback
        try:
            return FeedbackResponse(id=store.add_feedback(body.answer_id, body.helpful, body.comment))
        except UnknownAnswerError as exc:
            raise HTTPException(status_code=404, detail=f"unknown answer_id {body.answer_id!r}") from exc

    @app.get("/v1/models", tags=["openai"])
    def list_models() -> dict[str, Any]:
        """The one model this server offers, for OpenAI clients that list models first."""
        return openai_compat.models()

    @app.post(
        "/v1/chat/completions",
        tags=["openai"],
        responses={
            **NOT_READY,
            **TOO_MANY,
            200: {"description": "chat.completion, or SSE chunks with stream: true"},
        },
        dependencies=PUBLIC,
    )
    async def chat_completions(body: openai_compat.ChatCompletionRequest, request: Request) -> Any:
        """OpenAI-compatible chat: the last user message is the question, earlier turns the history.

        The reply's content is the answer followed by a "Sources" list; structured citations
        travel in the extra `citations` field (on the last chunk when streaming).
        """
        responder: Responder = request.app.state.responder
        question, history = body.question(), body.history()
        if not body.stream:
            return JSONResponse(
                openai_compat.completion(await responder.answer(question, history), body.model)
            )
        stream = responder.events(question, history)
        first = await anext(stream)  # before the status line: a missing index is still a 503
        completion_id = openai_compat.new_id()

        async def render(event: Event) -> AsyncIterator[str]:
            for chunk in openai_compat.event_chunks(event, completion_id, body.model):
                yield sse(None, chunk)
            if isinstance(event, Finished):
                yield sse(None, "[DONE]")

        def failed(exc: Exception) -> str:  # in-band, as OpenAI does once the status is sent
            return sse(None, {"error": {"message": f"the answer could not be completed: {exc}"}})

        return StreamingResponse(
            relay(stream, first, render, failed),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache"},
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def demo_page() -> FileResponse:
        return FileResponse(WIDGET_DIR / "demo.html", media_type="text/html; charset=utf-8")

    @app.get("/widget.js", include_in_schema=False)
    def widget_script() -> FileResponse:
        return _static("widget.js")

    @app.get("/widget.css", include_in_schema=False)
    def widget_styles() -> FileResponse:
        return _static("widget.css")

    @app.exception_handler(admin.AdminError)
    async def admin_error(request: Request, exc: admin.AdminError) -> JSONResponse:
        return JSONResponse(status_code=_ADMIN_STATUS[exc.kind], content={"detail": str(exc)})

    @app.get("/v1/admin/documents", response_model=DocumentList, responses=ADMIN_ERRORS, tags=["admin"])
    def list_documents(request: Request, settings: AdminDep) -> DocumentList:
        """Every document of the serving index: title, format, size, chunks, status, update time."""
        provider: AssistantProvider = request.app.state.provider
        try:
            manifest = provider.get().index.manifest
        except IndexNotFoundError:
            manifest = {}
        return DocumentList(documents=[DocumentOut(**vars(d)) for d in admin.list_documents(manifest)])

    @app.post(
        "/v1/admin/documents",
        response_model=UploadResult,
        status_code=201,
        tags=["admin"],
        responses={
            **ADMIN_ERRORS,
            400: {"description": "The file name has folders in it or is hidden."},
            413: {"description": "The file is over the size limit (ASSISTANT_MAX_FILE_MB)."},
            415: {"description": "The file type is not supported."},
            422: {"description": "The file cannot be read (corrupt, empty, not UTF-8, ...)."},
        },
    )
    async def upload_document(
        request: Request, response: Response, file: UploadFile, settings: AdminDep
    ) -> UploadResult:
        """Add or replace one document (multipart field `file`); it is stored and indexed at once."""
        admin.check_name(file.filename)
        limit = settings.max_file_bytes
        pieces, size = [], 0
        while piece := await file.read(_UPLOAD_PIECE):
            size += len(piece)
            if size > limit:
                raise admin.AdminError("too_large", f"file is larger than the {limit / 1e6:.0f} MB limit")
            pieces.append(piece)
        data = b"".join(pieces)
        name, replaced = await run_in_threadpool(
            admin.store_document, settings.corpus_dir, file.filename, data, limit
        )
        summary = await run_in_threadpool(_reindex, request, settings)
        provider: AssistantProvider = request.app.state.provider
        entry = provider.get().index.manifest.get(name)
        if entry is None:
            raise HTTPException(status_code=500, detail=f"{name} was stored but is not in the new index")
        if replaced:
            response.status_code = 200
        return UploadResult(document=DocumentOut(**vars(admin.document_info(name, entry))), ingest=summary)

    @app.delete(
        "/v1/admin/documents/{document_id:path}",
        response_model=IngestSummary,
        responses=ADMIN_ERRORS,
        tags=["admin"],
    )
    def delete_document(document_id: str, request: Request, settings: AdminDep) -> IngestSummary:
        """Remove a document (and its sidecar) from the corpus and its chunks from the index."""
        admin.delete_document(settings.corpus_dir, document_id)
        return _reindex(request, settings)

    @app.post("/v1/admin/reindex", response_model=IngestSummary, responses=ADMIN_ERRORS, tags=["admin"])
    def reindex(request: Request, settings: AdminDep) -> IngestSummary:
        """Run an incremental re-index of the corpus folder: the summary of `assistant ingest --json`."""
        return _reindex(request, settings)

    return app


def _static(name: str) -> FileResponse:
    return FileResponse(
        WIDGET_DIR / name, media_type=_STATIC_TYPES[name], headers={"Cache-Control": "public, max-age=300"}
    )


def jsonable_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without the parts that do not serialise (exceptions in ``ctx``)."""
    kept = [{k: v for k, v in e.items() if k in ("type", "loc", "msg", "input")} for e in errors]
    return list(jsonable_encoder(kept))


def app_factory() -> FastAPI:
    """Entry point for ``uvicorn --factory api:app_factory``."""
    return create_app()
