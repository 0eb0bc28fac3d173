"""The HTTP API: ``create_app(settings)`` builds the FastAPI app; endpoints stay thin."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from assistant import __version__
from assistant.embeddings import Embedder
from assistant.index import IndexNotFoundError
from assistant.pipeline import Assistant, AssistantProvider
from assistant.schemas import (
    AskRequest,
    AskResponse,
    Health,
    Ready,
    SearchRequest,
    SearchResponse,
    SearchResult,
)
from assistant.settings import Settings, get_settings

log = logging.getLogger("assistant.api")

NOT_READY: dict[int | str, dict[str, Any]] = {
    503: {"description": "No index has been built yet: run `assistant ingest`."}
}


def _validation_message(error: dict[str, Any]) -> str:
    field = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
    return f"{field}: {error.get('msg', 'invalid value')}"


def current_assistant(request: Request) -> Assistant:
    """The Assistant of the serving index generation (503 through the handler when there is none)."""
    provider: AssistantProvider = request.app.state.provider
    return provider.get()


AssistantDep = Annotated[Assistant, Depends(current_assistant)]


def create_app(settings: Settings | None = None, embedder: Embedder | None = None) -> FastAPI:
    """Build the app; the model and the index are opened once, in the lifespan."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        provider = AssistantProvider(settings, embedder or Embedder(settings.embedding_model))
        try:
            provider.get()
        except IndexNotFoundError as exc:
            log.warning("%s", exc)
        app.state.provider = provider
        yield

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
    def ready(assistant: AssistantDep) -> Ready:
        """200 with the index's counts once an index is loaded; 503 with what to do otherwise."""
        index = assistant.index
        return Ready(
            documents=index.document_count,
            chunks=len(index.chunks),
            model=index.model,
            generation=index.generation,
        )

    @app.post("/v1/ask", response_model=AskResponse, responses=NOT_READY, tags=["assistant"])
    def ask(body: AskRequest, assistant: AssistantDep) -> AskResponse:
        """Answer a question with citations, or abstain (`answered: false`) with a contact."""
        return AskResponse.from_answer(assistant.ask(body.question, body.turns()))

    @app.post("/v1/search", response_model=SearchResponse, responses=NOT_READY, tags=["assistant"])
    def search(body: SearchRequest, assistant: AssistantDep) -> SearchResponse:
        """The passages hybrid retrieval ranks highest for a query."""
        passages = assistant.search(body.query, body.k, body.turns())
        return SearchResponse(results=[SearchResult.from_passage(i + 1, p) for i, p in enumerate(passages)])

    return app


def jsonable_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without the parts that do not serialise (exceptions in ``ctx``)."""
    kept = [{k: v for k, v in e.items() if k in ("type", "loc", "msg", "input")} for e in errors]
    return list(jsonable_encoder(kept))


def app_factory() -> FastAPI:
    """Entry point for ``uvicorn --factory api:app_factory``."""
    return create_app()
