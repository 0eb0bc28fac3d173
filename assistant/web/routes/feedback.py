"""A visitor's verdict on a streamed answer."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from assistant.services.feedback import UnknownAnswerError
from assistant.web.deps import PUBLIC, FeedbackDep
from assistant.web.errors import TOO_MANY
from assistant.web.schemas import FeedbackRequest, FeedbackResponse

router = APIRouter(tags=["assistant"], dependencies=PUBLIC)


@router.post(
    "/v1/feedback",
    response_model=FeedbackResponse,
    status_code=201,
    responses={404: {"description": "Unknown answer_id."}, **TOO_MANY},
)
def feedback(body: FeedbackRequest, store: FeedbackDep) -> FeedbackResponse:
    """Record whether a streamed answer helped (and an optional comment). No personal data is kept."""
    try:
        return FeedbackResponse(id=store.add_feedback(body.answer_id, body.helpful, body.comment))
    except UnknownAnswerError as exc:
        raise HTTPException(status_code=404, detail=f"unknown answer_id {body.answer_id!r}") from exc
