"""The HTTP API's composition root: ``create_app(settings)`` opens the services in a lifespan,
adds the middleware and the error handlers, and includes one router per concern."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from assistant import __version__
from assistant.embeddings import Embedder
from assistant.llm.client import Writer
from assistant.llm.responder import Responder
from assistant.query.engine import AssistantProvider
from assistant.services.feedback import FeedbackStore
from assistant.services.gaps import GapFinder
from assistant.services.questions import QuestionLog
from assistant.settings import Settings, get_settings
from assistant.store.chroma import VectorStoreUnavailableError
from assistant.store.index import IndexNotFoundError
from assistant.web import admin_gate, deps, errors
from assistant.web.admin_gate import AdminGate
from assistant.web.body_size import BodySizeLimit
from assistant.web.redis_limit import limiter
from assistant.web.routes import admin, ask, console, feedback, gaps, openai, ops, questions, widget

log = logging.getLogger("assistant.api")
# Bytes of a multipart upload besides the file: boundaries and part headers.
UPLOAD_FRAMING = 64 * 1024

DESCRIPTION = (
    "Answers questions about the University of Montpellier's international partnerships "
    "and procedures with numbered citations to the institutional texts, or says that the "
    "documents do not hold the answer and whom to contact."
)


@asynccontextmanager
async def open_services(settings: Settings, embedder: Embedder | None = None) -> AsyncIterator[deps.Services]:
    """The embedding model, the index, the language model and the stores, for the app's lifetime."""
    inference = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inference")

    def load() -> AssistantProvider:
        provider = AssistantProvider(
            settings, embedder or Embedder(settings.embedding_model, settings.multilingual_model)
        )
        try:
            provider.get()
        except (IndexNotFoundError, VectorStoreUnavailableError) as exc:
            # Served anyway: requests get 503 until there is an index, or the Chroma server is up.
            log.warning("%s", exc)
        return provider

    # The model is loaded on the thread that will run it (see `Responder.run`).
    provider = await asyncio.get_running_loop().run_in_executor(inference, load)
    writer = Writer.from_settings(settings)
    if writer is not None:
        log.info("answers are written by %s (fallback: extractive)", writer.name)
    answers = FeedbackStore(settings.database_url)
    asked = QuestionLog(answers.engine, settings.log_retention_days, enabled=settings.question_log)
    yield deps.Services(
        settings=settings,
        provider=provider,
        responder=Responder(provider, inference, writer),
        feedback=answers,
        limiter=limiter(settings.rate_limit_per_minute, "public", settings.redis_url),
        inference=inference,
        questions=asked,
        gaps=GapFinder(asked),
    )
    asked.close()
    if writer is not None:
        await writer.aclose()
    inference.shutdown(wait=True)
    provider.close()


def create_app(settings: Settings | None = None, embedder: Embedder | None = None) -> FastAPI:
    """Build the app; the model and the index are opened once, in the lifespan."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_services(settings, embedder) as services:
            deps.attach(app, services)
            yield

    app = FastAPI(
        title="UM International Partnerships Assistant",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    # Uploads have their own limit: the largest file plus room for the multipart framing.
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_kb * 1024,
        upload_prefix=admin_gate.PREFIX,
        upload_bytes=settings.max_file_bytes + UPLOAD_FRAMING,
    )
    # Only listed origins get Access-Control-Allow-Origin; credentials are never allowed.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.origins,
        allow_credentials=False,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "X-Assistant-Surface"],
        max_age=600,
    )
    # Added last, so outermost: an admin request without the token never reaches the body limit.
    app.add_middleware(AdminGate, settings=settings)
    errors.install_handlers(app)
    for router in (ops.router, ask.router, feedback.router, openai.router, widget.router, admin.router):
        app.include_router(router)
    for router in (questions.router, gaps.router, console.router):  # the staff console's
        app.include_router(router)
    return app


def app_factory() -> FastAPI:
    """Entry point for ``uvicorn --factory api:app_factory``."""
    return create_app()
