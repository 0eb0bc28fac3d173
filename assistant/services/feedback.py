"""The answer and feedback store (SQLAlchemy; SQLite by default, any SQL database by URL).

Streamed answers are recorded with an id so that a visitor's 👍/👎 can be tied to the question,
the answer and its citations. Nothing that identifies the visitor is stored: no IP address, no
conversation history, no user agent.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

from assistant.domain import Answer
from assistant.services.migrations import migrate


class Base(DeclarativeBase):
    pass


class AnswerRecord(Base):
    __tablename__ = "answers"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    answered: Mapped[bool] = mapped_column(Boolean)
    citations: Mapped[str] = mapped_column(Text)  # JSON list of the citations as sent
    mode: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class FeedbackRecord(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    answer_id: Mapped[str] = mapped_column(ForeignKey("answers.id"), index=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UnknownAnswerError(LookupError):
    """Feedback for an answer id the store never issued."""


IN_MEMORY = ("sqlite://", "sqlite:///:memory:")


class FeedbackStore:
    """Records answers and the feedback given on them."""

    def __init__(self, url: str) -> None:
        if url in IN_MEMORY:
            # One connection shared by every thread: SQLAlchemy would otherwise give each thread
            # its own connection, and so its own empty database, without the tables.
            self.engine: Engine = create_engine(
                url, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(url)
        migrate(self.engine)

    def record_answer(self, question: str, answer: Answer, citations: list[dict[str, Any]]) -> str:
        """Store an answer; returns the id the visitor's feedback will refer to."""
        answer_id = uuid.uuid4().hex
        with Session(self.engine) as session, session.begin():
            session.add(
                AnswerRecord(
                    id=answer_id,
                    question=question,
                    answer=answer.text,
                    answered=answer.answered,
                    citations=json.dumps(citations, ensure_ascii=False),
                    mode=answer.mode,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        return answer_id

    def add_feedback(self, answer_id: str, helpful: bool, comment: str | None) -> int:
        """Store feedback on a recorded answer; raises UnknownAnswerError for an unknown id."""
        with Session(self.engine) as session, session.begin():
            if session.get(AnswerRecord, answer_id) is None:
                raise UnknownAnswerError(answer_id)
            record = FeedbackRecord(
                answer_id=answer_id,
                helpful=helpful,
                comment=comment or None,
                created_at=dt.datetime.now(dt.UTC),
            )
            session.add(record)
            session.flush()
            return record.id

    def feedback_rows(self) -> list[dict[str, Any]]:
        """Every feedback row joined with its answer, oldest first (for reports and tests)."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(FeedbackRecord, AnswerRecord)
                .join(AnswerRecord, FeedbackRecord.answer_id == AnswerRecord.id)
                .order_by(FeedbackRecord.id)
            ).all()
            return [
                {
                    "id": f.id,
                    "answer_id": f.answer_id,
                    "helpful": f.helpful,
                    "comment": f.comment,
                    "created_at": f.created_at,
                    "question": a.question,
                    "answer": a.answer,
                    "citations": json.loads(a.citations),
                }
                for f, a in rows
            ]

    def disliked(self, limit: int = 100) -> list[dict[str, Any]]:
        """The answers rated 👎, newest first, with their question, answer, sources and comment."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(FeedbackRecord, AnswerRecord)
                .join(AnswerRecord, FeedbackRecord.answer_id == AnswerRecord.id)
                .where(FeedbackRecord.helpful.is_(False))
                .order_by(FeedbackRecord.id.desc())
                .limit(limit)
            ).all()
            return [
                {
                    "question": a.question,
                    "answer": a.answer,
                    "answered": a.answered,
                    "citations": json.loads(a.citations),
                    "comment": f.comment,
                    "rated_at": f.created_at.replace(tzinfo=f.created_at.tzinfo or dt.UTC).isoformat(
                        timespec="seconds"
                    ),
                }
                for f, a in rows
            ]

    def ratings_by_document(self) -> list[dict[str, Any]]:
        """👍 and 👎 per cited document (an answer citing two documents counts for both), most 👎 first."""
        counts: dict[str, dict[str, Any]] = {}
        with Session(self.engine) as session:
            rows = session.execute(
                select(FeedbackRecord.helpful, AnswerRecord.citations).join(
                    AnswerRecord, FeedbackRecord.answer_id == AnswerRecord.id
                )
            ).all()
        for helpful, citations in rows:
            cited = {c["document"]: c.get("title") for c in json.loads(citations)}
            for document, title in cited.items():
                entry = counts.setdefault(
                    document, {"document": document, "title": title, "up": 0, "down": 0}
                )
                entry["up" if helpful else "down"] += 1
        return sorted(counts.values(), key=lambda e: (-e["down"], -e["up"], e["document"]))
