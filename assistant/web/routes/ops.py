"""Operations: is the process up, is an index being served."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.web.deps import AssistantDep, ResponderDep
from assistant.web.errors import NOT_READY
from assistant.web.schemas import Health, Ready

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=Health)
def health() -> Health:
    """The process is up (it may not have an index yet: see `/ready`)."""
    return Health()


@router.get("/ready", response_model=Ready, responses=NOT_READY)
def ready(assistant: AssistantDep, responder: ResponderDep) -> Ready:
    """200 with the index's counts once an index is loaded; 503 with what to do otherwise."""
    index = assistant.index
    return Ready(
        documents=index.document_count,
        chunks=len(index.chunks),
        model=index.model,
        generation=index.generation,
        llm=responder.writer.name if responder.writer else None,
    )
