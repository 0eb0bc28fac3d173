"""The first schema: answers, feedback, the question log and the gap marks.

Revision ID: 0001
Revises:
Create Date: 2026-11-30

Databases created before migrations (by ``create_all``) already hold some of these tables: only
the missing ones are created, so such a database is upgraded in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "answers" not in existing:
        op.create_table(
            "answers",
            sa.Column("id", sa.String(32), primary_key=True),
            sa.Column("question", sa.Text(), nullable=False),
            sa.Column("answer", sa.Text(), nullable=False),
            sa.Column("answered", sa.Boolean(), nullable=False),
            sa.Column("citations", sa.Text(), nullable=False),
            sa.Column("mode", sa.String(16), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    if "feedback" not in existing:
        op.create_table(
            "feedback",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("answer_id", sa.String(32), sa.ForeignKey("answers.id"), nullable=False),
            sa.Column("helpful", sa.Boolean(), nullable=False),
            sa.Column("comment", sa.Text(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
        op.create_index("ix_feedback_answer_id", "feedback", ["answer_id"])
    if "questions" not in existing:
        op.create_table(
            "questions",
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("question", sa.Text(), nullable=False),
            sa.Column("language", sa.String(8), nullable=False),
            sa.Column("answered", sa.Boolean(), nullable=False),
            sa.Column("mode", sa.String(16), nullable=False),
            sa.Column("documents", sa.Text(), nullable=False),
            sa.Column("evidence", sa.Float(), nullable=False),
            sa.Column("latency_ms", sa.Float(), nullable=False),
            sa.Column("answer_id", sa.String(32), nullable=True),
            sa.Column("surface", sa.String(16), nullable=False),
        )
        op.create_index("ix_questions_asked_at", "questions", ["asked_at"])
        op.create_index("ix_questions_answer_id", "questions", ["answer_id"])
    if "gap_marks" not in existing:
        op.create_table(
            "gap_marks",
            sa.Column("gap_id", sa.String(32), primary_key=True),
            sa.Column("label", sa.Text(), nullable=False),
            sa.Column("questions", sa.Text(), nullable=False),
            sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
        )


def downgrade() -> None:
    for table in ("gap_marks", "questions", "feedback", "answers"):
        op.drop_table(table)
