"""Scoring the assistant on question sets (the format of ``eval/dev.jsonl``)."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.text import normalize_for_match

# ask(question, history) -> the /v1/ask response as a dict; search(query, history) -> chunk texts.
AskFn = Callable[[str, list[dict[str, str]]], dict[str, Any]]
SearchFn = Callable[[str, list[dict[str, str]]], list[str]]


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    answerable: bool
    evidence: str | None
    answer_any: list[list[str]]
    history: list[dict[str, str]] = field(default_factory=list)


def load_cases(path: Path) -> list[Case]:
    """Read a JSONL question set; a malformed line raises ValueError naming its line number."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            cases.append(
                Case(
                    id=str(row.get("id", number)),
                    question=row["question"],
                    answerable=bool(row["answerable"]),
                    evidence=row.get("evidence"),
                    answer_any=row.get("answer_any") or [],
                    history=row.get("history") or [],
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a valid question record ({exc})") from exc
    return cases


def contains(haystack: str, needle: str) -> bool:
    return normalize_for_match(needle) in normalize_for_match(haystack)


def is_correct(case: Case, response: dict[str, Any]) -> bool:
    """Answered, and every group of ``answer_any`` has one alternative in the answer."""
    return bool(response["answered"]) and all(
        any(contains(response["answer"], alternative) for alternative in group) for group in case.answer_any
    )


def is_supported(case: Case, response: dict[str, Any]) -> bool:
    """The evidence sits in the text of a citation of the answer."""
    return case.evidence is not None and any(
        contains(c["text"], case.evidence) for c in response["citations"]
    )


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def evaluate(cases: Sequence[Case], ask: AskFn, search: SearchFn, k: int = 5) -> dict[str, Any]:
    """Retrieval and answer metrics over ``cases``, with the ids of the cases that failed."""
    answerable = [c for c in cases if c.answerable]
    unanswerable = [c for c in cases if not c.answerable]
    latencies: list[float] = []
    recalled = correct = supported = abstained = falsely_abstained = 0
    failures: dict[str, list[str]] = {"recall": [], "accuracy": [], "support": [], "abstention": []}
    for case in cases:
        started = time.perf_counter()
        response = ask(case.question, case.history)
        latencies.append((time.perf_counter() - started) * 1000)
        if case.answerable:
            if case.evidence is not None:
                texts = search(case.question, case.history)[:k]
                if any(contains(t, case.evidence) for t in texts):
                    recalled += 1
                else:
                    failures["recall"].append(case.id)
            if not response["answered"]:
                falsely_abstained += 1
            if is_correct(case, response):
                correct += 1
                if is_supported(case, response):
                    supported += 1
                else:
                    failures["support"].append(case.id)
            else:
                failures["accuracy"].append(case.id)
        elif not response["answered"]:
            abstained += 1
        else:
            failures["abstention"].append(case.id)
    with_evidence = sum(1 for c in answerable if c.evidence is not None)
    ordered = sorted(latencies)
    return {
        "questions": len(cases),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        f"recall@{k}": _ratio(recalled, with_evidence),
        "answer_accuracy": _ratio(correct, len(answerable)),
        "cited_support": _ratio(supported, correct),
        "abstention": _ratio(abstained, len(unanswerable)),
        "false_abstention": _ratio(falsely_abstained, len(answerable)),
        "latency_ms_p50": round(statistics.median(ordered), 2) if ordered else None,
        "latency_ms_p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2)
        if ordered
        else None,
        "failures": failures,
    }
