"""The questions the documents do not answer, grouped by topic, for the people who write them (admin)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response

from assistant.domain import Gap
from assistant.services.gaps import GapFinder, UnknownGapError, gaps_csv
from assistant.web.deps import GapsDep, ResponderDep, require_admin
from assistant.web.errors import ADMIN_ERRORS, NOT_READY
from assistant.web.routes.questions import csv_response, since
from assistant.web.schemas import GapList

router = APIRouter(
    prefix="/v1/admin",
    tags=["admin"],
    responses={**ADMIN_ERRORS, **NOT_READY},
    dependencies=[Depends(require_admin)],
)

SinceDays = Annotated[int, Query(ge=1, le=3650, description="Questions of the last N days.")]
GapId = Annotated[str, Path(min_length=1, max_length=32, pattern="^[0-9a-f]+$")]


async def find(finder: GapFinder, responder: ResponderDep, since_days: int) -> list[Gap]:
    # On the inference thread: the questions are embedded with the model that answers them.
    return await responder.run(lambda a: finder.find(a.embedder, a.index, since(since_days)))


@router.get("/gaps", response_model=GapList)
async def list_gaps(finder: GapsDep, responder: ResponderDep, since_days: SinceDays = 30) -> GapList:
    """Unanswered questions, and answered ones rated 👎, grouped by topic, most asked first: each
    group's label and terms, count, examples, first and last time asked, closest document, and
    whether staff marked it handled."""
    return GapList(groups=await find(finder, responder, since_days))


@router.get("/gaps.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
async def export_gaps(finder: GapsDep, responder: ResponderDep, since_days: SinceDays = 30) -> Response:
    """The gaps as CSV, one row per group."""
    return csv_response(gaps_csv(await find(finder, responder, since_days)), "gaps.csv")


@router.post("/gaps/{gap_id}/handled", response_model=Gap, responses={404: {"description": "No such group."}})
async def mark_handled(gap_id: GapId, finder: GapsDep, responder: ResponderDep) -> Gap:
    """Mark a group handled: it stays listed, with `handled: true` (the console hides it by default)."""
    return await _mark(gap_id, True, finder, responder)


@router.delete(
    "/gaps/{gap_id}/handled", response_model=Gap, responses={404: {"description": "No such group."}}
)
async def unmark_handled(gap_id: GapId, finder: GapsDep, responder: ResponderDep) -> Gap:
    """Take the "handled" mark off a group."""
    return await _mark(gap_id, False, finder, responder)


async def _mark(gap_id: str, handled: bool, finder: GapFinder, responder: ResponderDep) -> Gap:
    try:
        return await responder.run(lambda a: finder.mark(gap_id, handled, a.embedder, a.index))
    except UnknownGapError as exc:
        raise HTTPException(
            status_code=404, detail=f"no gap group {gap_id!r}: list /v1/admin/gaps again"
        ) from exc
