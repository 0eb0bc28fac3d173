"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from tests.utils.server import running_server

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5
WARMUP = 20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(figures: dict[str, Any]) -> None:
    print(json.dumps(figures, indent=2))


def dev_questions() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines()]


@dataclass
class Served:
    """A warm server on the project corpus, an HTTP client to it, and the model in this process."""

    http: httpx.Client
    embedder: Embedder
    index_dir: Path
    questions: list[dict[str, Any]] = field(default_factory=dev_questions)


def collection_questions(name: str, lang: str = "en") -> list[dict[str, Any]]:
    """The questions of ``eval/collections/<name>`` in one language."""
    lines = (ROOT / "eval" / "collections" / name / "questions.jsonl").read_text().splitlines()
    return [q for q in map(json.loads, lines) if q.get("lang", "en") == lang]


@contextmanager
def served_corpus(extra_env: dict[str, str] | None = None, collection: str | None = None) -> Iterator[Served]:
    """Index the project corpus (with the documents of ``eval/collections/<collection>`` beside
    it, and its English questions) in a temporary folder and serve it with `assistant serve`."""
    settings = Settings()
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        corpus = ROOT / "corpus"
        if collection is not None:
            corpus = Path(tmp) / "corpus"
            shutil.copytree(ROOT / "corpus", corpus)
            shutil.copytree(ROOT / "eval" / "collections" / collection / "corpus", corpus, dirs_exist_ok=True)
        build_index(corpus, index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        env = {
            "ASSISTANT_INDEX_DIR": str(index_dir),
            "ASSISTANT_CORPUS_DIR": str(corpus),
            "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp}/bench.db",
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
            **(extra_env or {}),
        }
        with running_server(env) as base, httpx.Client(base_url=base, timeout=120) as http:
            questions = dev_questions() if collection is None else collection_questions(collection)
            yield Served(http, embedder, index_dir=index_dir, questions=questions)


def ask_over_http(served: Served) -> Callable[[dict[str, Any]], float]:
    """A request to ``/v1/ask`` with one question (and its history), timed in milliseconds."""

    def ask(question: dict[str, Any]) -> float:
        body = {"question": question["question"], "history": question.get("history", [])}
        started = time.perf_counter()
        served.http.post("/v1/ask", json=body).raise_for_status()
        return (time.perf_counter() - started) * 1000

    return ask


def against_encode(
    served: Served, request: Callable[[dict[str, Any]], float]
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``request`` per question, and of a bare encode of it by the English model as
    the server runs it (``Embedder.encode_query``), same run.

    After a warm-up, rounds alternate a block of bare encodes with a block of requests, so that
    both see the same machine, yet one process's idle threads never spin against the other's.
    """
    for question in served.questions[:WARMUP]:
        request(question)
        served.embedder.encode_query(question["question"])
    measured: list[float] = []
    encoded: list[float] = []
    for _ in range(ROUNDS):
        for question in served.questions:
            started = time.perf_counter()
            served.embedder.encode_query(question["question"])
            encoded.append((time.perf_counter() - started) * 1000)
        measured.extend(request(question) for question in served.questions)
    return measured, encoded
