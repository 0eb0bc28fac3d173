"""The question log (SQLAlchemy, in the feedback store's database): every answered or abstained
question, for the staff console's activity, gaps and exports.

Nothing that identifies the person is kept: no IP address, no client id, no conversation. Rows are
written by one background thread, so an answer never waits for the database and a database error
never reaches the person asking: it is logged, and the answer has already gone out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, Integer, String, Text, delete, insert, or_, select
from sqlalchemy.engine import CursorResult, Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from assistant.domain import Answer, Asked, Surface
from assistant.services.feedback import Base, FeedbackRecord
from assistant.services.migrations import migrate
from assistant.text import language

log = logging.getLogger("assistant.questions")

DAY = 86_400.0
# Rows written in one transaction at the most: under load the writer catches up in few commits.
_BATCH = 256
_GATHER_S = 0.25
_STOP = object()


class QuestionRecord(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    asked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    question: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    answered: Mapped[bool] = mapped_column(Boolean)
    mode: Mapped[str] = mapped_column(String(16))
    documents: Mapped[str] = mapped_column(Text)  # JSON list of the cited documents
    evidence: Mapped[float] = mapped_column(Float)
    latency_ms: Mapped[float] = mapped_column(Float)
    answer_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    surface: Mapped[str] = mapped_column(String(16))

    def to_asked(self) -> Asked:
        return Asked(
            id=self.id,
            asked_at=iso(self.asked_at),
            question=self.question,
            language=self.language,
            answered=self.answered,
            mode=self.mode,
            documents=tuple(json.loads(self.documents)),
            evidence=self.evidence,
            latency_ms=self.latency_ms,
            answer_id=self.answer_id,
            surface=self.surface,  # type: ignore[arg-type]  # only Surface values are written
        )


def utc(moment: dt.datetime) -> dt.datetime:
    """``moment`` as an aware UTC time (SQLite hands back naive ones)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def iso(moment: dt.datetime) -> str:
    return utc(moment).isoformat(timespec="seconds")


def asked(
    question: str, answer: Answer, *, latency_s: float, surface: Surface, answer_id: str | None = None
) -> Asked:
    """The log entry of one answered or abstained question."""
    documents = tuple(dict.fromkeys(c.document for c in answer.citations))
    return Asked(
        question=question,
        answered=answer.answered,
        mode=answer.mode,
        documents=documents,
        evidence=round(answer.evidence.score, 4),
        latency_ms=round(latency_s * 1000, 1),
        surface=surface,
        language=language(question),
        answer_id=answer_id,
        asked_at=dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
    )


@dataclass(frozen=True)
class Day:
    """Questions asked on one day (UTC), and how many of them were answered."""

    date: str
    questions: int
    answered: int


class QuestionLog:
    """Writes questions in the background; reads them back for the console, the CLI and exports."""

    def __init__(self, engine: Engine, retention_days: int, enabled: bool = True) -> None:
        self.engine = engine
        self.retention = dt.timedelta(days=retention_days)
        self.enabled = enabled
        migrate(engine)
        self._queue: queue.Queue[object] = queue.Queue()
        self._writer: threading.Thread | None = None
        if enabled:
            self._writer = threading.Thread(target=self._run, name="question-log", daemon=True)
            self._writer.start()

    def record(self, entry: Asked) -> None:
        """Queue ``entry`` for writing; returns at once and never raises."""
        if self.enabled:
            self._queue.put(entry)

    def answered(
        self, question: str, answer: Answer, *, started: float, surface: Surface, answer_id: str | None = None
    ) -> None:
        """Log a question answered (or abstained on) since ``started`` (``time.perf_counter()``)."""
        if not self.enabled:
            return
        try:
            latency = time.perf_counter() - started
            self.record(asked(question, answer, latency_s=latency, surface=surface, answer_id=answer_id))
        except Exception:  # a log entry is never worth an answer
            log.exception("question log: the question could not be logged")

    def flush(self) -> None:
        """Wait until every queued entry is written (or its failure logged)."""
        if self._writer is not None and self._writer.is_alive():
            self._queue.join()

    def close(self) -> None:
        """Write what is queued, then stop the writer."""
        if self._writer is not None and self._writer.is_alive():
            self._queue.put(_STOP)
            self._writer.join(timeout=30)

    def _run(self) -> None:
        next_purge = 0.0
        while True:
            if time.monotonic() >= next_purge:
                self._guarded(self.purge)
                next_purge = time.monotonic() + DAY
            try:
                batch = [self._queue.get(timeout=max(next_purge - time.monotonic(), 0.001))]
            except queue.Empty:
                continue
            # Gather what comes in the next moments and write it in one transaction: a commit per
            # question would take the interpreter's lock from the answers about to be computed.
            until = time.monotonic() + _GATHER_S
            while len(batch) < _BATCH and batch[-1] is not _STOP:
                try:
                    batch.append(self._queue.get(timeout=max(until - time.monotonic(), 0)))
                except queue.Empty:
                    break
            entries = [e for e in batch if isinstance(e, Asked)]
            if entries:
                self._guarded(self._write, entries)
            for _ in batch:
                self._queue.task_done()
            if batch[-1] is _STOP:
                return

    @staticmethod
    def _guarded(work: Callable[..., object], *args: object) -> None:
        try:
            work(*args)
        except Exception:  # the log must never stop, whatever the database does
            log.exception("question log: the database refused a write; the questions are not logged")

    def _write(self, entries: Sequence[Asked]) -> None:
        rows = [
            {
                "asked_at": dt.datetime.fromisoformat(e.asked_at),
                "question": e.question,
                "language": e.language,
                "answered": e.answered,
                "mode": e.mode,
                "documents": json.dumps(list(e.documents), ensure_ascii=False),
                "evidence": e.evidence,
                "latency_ms": e.latency_ms,
                "answer_id": e.answer_id,
                "surface": e.surface,
            }
            for e in entries
        ]
        # A Core insert of many rows: a fraction of what the ORM would spend on each.
        with self.engine.begin() as connection:
            connection.execute(insert(QuestionRecord), rows)

    def purge(self, now: dt.datetime | None = None) -> int:
        """Delete the rows older than the retention period; returns how many went."""
        cutoff = (now or dt.datetime.now(dt.UTC)) - self.retention
        return self._delete(QuestionRecord.asked_at < cutoff)

    def clear(self) -> int:
        """Delete the whole log (after writing what is queued); returns how many rows went."""
        self.flush()
        return self._delete(True)

    def _delete(self, condition: Any) -> int:
        with Session(self.engine) as session, session.begin():
            result: CursorResult[Any] = session.execute(delete(QuestionRecord).where(condition))  # type: ignore[assignment]
            return int(result.rowcount)

    def questions(self, since: dt.datetime | None = None, limit: int | None = None) -> list[Asked]:
        """Logged questions, newest first."""
        query = select(QuestionRecord).order_by(QuestionRecord.asked_at.desc(), QuestionRecord.id.desc())
        if since is not None:
            query = query.where(QuestionRecord.asked_at >= since)
        with Session(self.engine) as session:
            return [r.to_asked() for r in session.scalars(query.limit(limit))]

    def gap_questions(self, since: dt.datetime | None = None) -> list[Asked]:
        """The questions the documents did not answer, and the answered ones rated 👎, newest first."""
        disliked = select(FeedbackRecord.answer_id).where(FeedbackRecord.helpful.is_(False))
        query = select(QuestionRecord).where(
            or_(QuestionRecord.answered.is_(False), QuestionRecord.answer_id.in_(disliked))
        )
        if since is not None:
            query = query.where(QuestionRecord.asked_at >= since)
        query = query.order_by(QuestionRecord.asked_at.desc(), QuestionRecord.id.desc())
        with Session(self.engine) as session:
            return [r.to_asked() for r in session.scalars(query)]

    def activity(self, days: int, today: dt.date | None = None) -> list[Day]:
        """Questions per day over the last ``days`` days (UTC), oldest first, days without any too."""
        today = today or dt.datetime.now(dt.UTC).date()
        first = today - dt.timedelta(days=days - 1)
        since = dt.datetime.combine(first, dt.time(), dt.UTC)
        counts = {first + dt.timedelta(days=i): [0, 0] for i in range(days)}
        with Session(self.engine) as session:
            rows = session.execute(
                select(QuestionRecord.asked_at, QuestionRecord.answered).where(
                    QuestionRecord.asked_at >= since
                )
            )
            for moment, answered in rows:
                day = counts.get(utc(moment).date())
                if day is not None:
                    day[0] += 1
                    day[1] += bool(answered)
        return [Day(d.isoformat(), n, a) for d, (n, a) in counts.items()]


QUESTION_COLUMNS = (
    "asked_at",
    "question",
    "language",
    "answered",
    "mode",
    "documents",
    "evidence",
    "latency_ms",
    "surface",
    "answer_id",
)


def to_csv(items: Iterable[object], columns: Sequence[str], joiner: str = " ") -> str:
    """CSV text of ``items``' attributes named by ``columns``; a tuple's parts are joined by
    ``joiner``, and a cell a spreadsheet would run as a formula is prefixed with a quote."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for item in items:
        writer.writerow([_cell(getattr(item, c), joiner) for c in columns])
    return out.getvalue()


def _cell(value: object, joiner: str) -> object:
    if isinstance(value, tuple):
        value = joiner.join(map(str, value))
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def questions_csv(entries: Iterable[Asked]) -> str:
    """The log as CSV, one row per question."""
    return to_csv(entries, QUESTION_COLUMNS)
