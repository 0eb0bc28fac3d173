"""What visitors asked and what they thought of the answers, for the staff console: the question
log, its activity per day, the answers rated 👎 and the ratings per document (admin)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from starlette.concurrency import run_in_threadpool

from assistant.services.questions import questions_csv
from assistant.web.deps import FeedbackDep, QuestionLogDep, require_admin
from assistant.web.errors import ADMIN_ERRORS
from assistant.web.schemas import Activity, Deleted, FeedbackSummary, QuestionList

router = APIRouter(
    prefix="/v1/admin", tags=["admin"], responses=ADMIN_ERRORS, dependencies=[Depends(require_admin)]
)

SinceDays = Annotated[int | None, Query(ge=1, le=3650, description="Only the last N days; all when absent.")]


def since(days: int | None) -> dt.datetime | None:
    return None if days is None else dt.datetime.now(dt.UTC) - dt.timedelta(days=days)


def csv_response(text: str, name: str) -> Response:
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/questions", response_model=QuestionList)
def list_questions(
    log: QuestionLogDep,
    since_days: SinceDays = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 200,
) -> QuestionList:
    """The logged questions, newest first: text, language, answered, mode, cited documents,
    evidence, latency, surface. No IP address or client id is ever logged."""
    return QuestionList(questions=log.questions(since(since_days), limit))


@router.get("/questions.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_questions(log: QuestionLogDep, since_days: SinceDays = None) -> Response:
    """The question log as CSV, newest first."""
    return csv_response(questions_csv(log.questions(since(since_days))), "questions.csv")


@router.delete("/questions", response_model=Deleted)
async def erase_questions(log: QuestionLogDep) -> Deleted:
    """Erase the whole question log (feedback on answers is kept)."""
    return Deleted(deleted=await run_in_threadpool(log.clear))


@router.get("/activity", response_model=Activity)
def activity(log: QuestionLogDep, days: Annotated[int, Query(ge=1, le=366)] = 30) -> Activity:
    """Questions per day and how many were answered, over the last `days` days (UTC)."""
    return Activity(days=log.activity(days))


@router.get("/feedback", response_model=FeedbackSummary)
def feedback(store: FeedbackDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> FeedbackSummary:
    """The answers rated 👎 (question, answer, sources, comment) and 👍/👎 per cited document."""
    return FeedbackSummary.model_validate(
        {"disliked": store.disliked(limit), "documents": store.ratings_by_document()}
    )
