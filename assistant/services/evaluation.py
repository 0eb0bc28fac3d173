"""Scoring the assistant on question sets (JSONL: ``eval/dev.jsonl``, ``eval/collections/*/questions.jsonl``).

A case is correct when the assistant answers, every ``answer_any`` group has one alternative in
the answer, and no ``must_not`` value (an expired or another institution's figure) appears in it.
Scores are given overall, by kind of question and by language.
"""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.domain import Answer, Turn
from assistant.embeddings import Embedder
from assistant.ingest.build import ingest_corpus
from assistant.settings import Settings
from assistant.text import normalize_for_match

AskFn = Callable[[str, list[Turn]], Answer]
SearchFn = Callable[[str, list[Turn]], list[str]]  # (query, history) -> passage texts, best first


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    answerable: bool
    evidence: tuple[str, ...]  # substrings of the source sentence(s); all must be retrieved
    answer_any: list[list[str]]
    history: list[Turn] = field(default_factory=list)
    must_not: tuple[str, ...] = ()
    lang: str = "en"
    kind: str = ""
    document: str | None = None


def _evidence(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _case(number: int, row: dict[str, Any]) -> Case:
    answerable = bool(row["answerable"])
    return Case(
        id=str(row.get("id", number)),
        question=row["question"],
        answerable=answerable,
        evidence=_evidence(row.get("evidence")),
        answer_any=row.get("answer_any") or [],
        history=[Turn(role=t["role"], content=t["content"]) for t in row.get("history") or []],
        must_not=tuple(row.get("must_not") or ()),
        lang=str(row.get("lang") or "en"),
        kind=str(row.get("kind") or ("answerable" if answerable else "unanswerable")),
        document=row.get("document"),
    )


def load_cases(path: Path) -> list[Case]:
    """Read a JSONL question set; a malformed line raises ValueError naming its line number."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(_case(number, json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: not a valid question record ({exc})") from exc
    return cases


def contains(haystack: str, needle: str) -> bool:
    return normalize_for_match(needle) in normalize_for_match(haystack)


def holds(text: str, evidence: str) -> bool:
    """Whether ``text`` holds an evidence string; one written as a Markdown table row
    ("| English | B2 |") is held when its cells are, in order: the index reads a row with its
    headers ("Language: English; Minimum level: B2"), never with pipes."""
    if "|" not in evidence:
        return contains(text, evidence)
    folded = normalize_for_match(text)
    at = 0
    for cell in (normalize_for_match(c) for c in evidence.split("|")):
        found = folded.find(cell, at)
        if found < 0:
            return False
        at = found + len(cell)
    return True


def violations(case: Case, answer: Answer) -> list[str]:
    """The ``must_not`` values an answer states (wrong whatever else it says)."""
    return [value for value in case.must_not if answer.answered and contains(answer.text, value)]


def is_correct(case: Case, answer: Answer) -> bool:
    """Answered, every group of ``answer_any`` has one alternative in the answer, no ``must_not``."""
    return (
        answer.answered
        and all(any(contains(answer.text, alt) for alt in group) for group in case.answer_any)
        and not violations(case, answer)
    )


def is_supported(case: Case, answer: Answer) -> bool:
    """Some evidence of the case sits in the text of a citation of the answer."""
    return any(holds(c.text, e) for e in case.evidence for c in answer.citations)


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


@dataclass
class _Tally:
    answerable: int = 0
    unanswerable: int = 0
    correct: int = 0
    abstained: int = 0

    def scores(self) -> dict[str, Any]:
        return {
            "answerable": self.answerable,
            "correct": self.correct,
            "accuracy": _ratio(self.correct, self.answerable),
            "unanswerable": self.unanswerable,
            "abstained": self.abstained,
            "abstention": _ratio(self.abstained, self.unanswerable),
        }


@dataclass
class _Run:
    latencies: list[float] = field(default_factory=list)
    recalled: int = 0
    with_evidence: int = 0
    correct: int = 0
    supported: int = 0
    abstained: int = 0
    falsely_abstained: int = 0
    must_not: list[str] = field(default_factory=list)
    failures: dict[str, list[str]] = field(
        default_factory=lambda: {"recall": [], "accuracy": [], "support": [], "abstention": []}
    )
    by_kind: dict[str, _Tally] = field(default_factory=dict)
    by_lang: dict[str, _Tally] = field(default_factory=dict)

    def score(self, case: Case, answer: Answer, texts: list[str] | None) -> None:
        tallies = [self.by_kind.setdefault(case.kind, _Tally()), self.by_lang.setdefault(case.lang, _Tally())]
        self.must_not += [f"{case.id}: {value}" for value in violations(case, answer)]
        if not case.answerable:
            for tally in tallies:
                tally.unanswerable += 1
                tally.abstained += not answer.answered
            self.abstained += not answer.answered
            if answer.answered:
                self.failures["abstention"].append(case.id)
            return
        for tally in tallies:
            tally.answerable += 1
        if texts is not None:
            self.with_evidence += 1
            if all(any(holds(t, e) for t in texts) for e in case.evidence):
                self.recalled += 1
            else:
                self.failures["recall"].append(case.id)
        self.falsely_abstained += not answer.answered
        if not is_correct(case, answer):
            self.failures["accuracy"].append(case.id)
            return
        self.correct += 1
        for tally in tallies:
            tally.correct += 1
        if is_supported(case, answer):
            self.supported += 1
        else:
            self.failures["support"].append(case.id)


def evaluate(cases: Sequence[Case], ask: AskFn, search: SearchFn, k: int = 5) -> dict[str, Any]:
    """Retrieval and answer metrics over ``cases``, by kind and language, with the failed ids."""
    run = _Run()
    for case in cases:
        started = time.perf_counter()
        answer = ask(case.question, case.history)
        run.latencies.append((time.perf_counter() - started) * 1000)
        texts = search(case.question, case.history)[:k] if case.answerable and case.evidence else None
        run.score(case, answer, texts)
    answerable = sum(c.answerable for c in cases)
    ordered = sorted(run.latencies)
    return {
        "questions": len(cases),
        "answerable": answerable,
        "unanswerable": len(cases) - answerable,
        f"recall@{k}": _ratio(run.recalled, run.with_evidence),
        "answer_accuracy": _ratio(run.correct, answerable),
        "cited_support": _ratio(run.supported, run.correct),
        "abstention": _ratio(run.abstained, len(cases) - answerable),
        "false_abstention": _ratio(run.falsely_abstained, answerable),
        "must_not_violations": len(run.must_not),
        "latency_ms_p50": round(statistics.median(ordered), 2) if ordered else None,
        "latency_ms_p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2)
        if ordered
        else None,
        "by_kind": {kind: tally.scores() for kind, tally in sorted(run.by_kind.items())},
        "by_lang": {lang: tally.scores() for lang, tally in sorted(run.by_lang.items())},
        "failures": {**run.failures, "must_not": run.must_not},
    }


def temporary_index(settings: Settings, corpora: Sequence[Path], folder: Path) -> Settings:
    """Settings for an index of ``corpora`` (their files side by side) built under ``folder``."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    for source in corpora:
        for path in source.iterdir():
            if path.is_file():
                shutil.copy2(path, corpus / path.name)
    scoped = settings.model_copy(update={"corpus_dir": corpus, "index_dir": folder / "index"})
    ingest_corpus(scoped, Embedder(scoped.embedding_model, scoped.multilingual_model))
    return scoped
