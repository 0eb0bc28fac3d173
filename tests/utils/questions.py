"""Question log entries made by hand, for tests of the log and of the gap analysis."""

from __future__ import annotations

from assistant.domain import Asked


def logged(question: str, asked_at: str, answered: bool = False) -> Asked:
    """An extractive question asked through the API at ``asked_at`` (ISO 8601)."""
    return Asked(
        question=question,
        answered=answered,
        mode="extractive",
        documents=(),
        evidence=0.1,
        latency_ms=12.0,
        surface="api",
        asked_at=asked_at,
    )
