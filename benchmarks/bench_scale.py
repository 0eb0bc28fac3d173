"""One machine at N passages: build, disk, memory, cold start, latency and incremental re-index.

Run from the repository root: ``python -m benchmarks.bench_scale --passages N [--workers W]``.
A synthetic collection of N passages (``synthetic``) is built with the real ingest and served by
``assistant serve``; so is a 1k-passage one in the same run, and requests alternate between the
two servers, so ``ask_p50_vs_1k`` compares them on the same machine at the same moments.

- ``build_vs_encode``: build throughput over raw encode throughput, raw encode being the bare
  encoders on a sample of the same passages (MiniLM's ``model.encode`` of the chunk texts, and the
  multilingual encoder's chunk encoding when it is on), in passages per second. Both encoders are
  loaded before either is timed.
- ``rss_mb``: resident memory of a serving worker after the requests; ``second_worker_rss_mb``:
  the private memory (resident, mapped by no other process) of the second worker of
  ``assistant serve --workers 2`` on the same generation, warmed the same way: what it adds to
  the machine. The workers are forked from a parent that imported the app (its own private
  memory is ``workers_parent_mb``), so they share what the imports built until they write to it.
- ``incremental_s``: re-index after one document changed, against ``build_s``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index
from benchmarks.common import ROOT, percentile, report
from benchmarks.serving import Server, memory_mb, serve_index
from benchmarks.synthetic import write_collection

BASELINE = 1000  # passages of the comparison build
ENCODE_SAMPLE = 1000  # passages encoded bare to measure raw encode throughput
ROUNDS = 2  # passes over the questions on each server
WARMUP = 10
BARS = {
    "ask_p50_vs_1k": 2.0,
    "cold_start_s": 10.0,
    "second_worker_share": 0.4,
    "build_vs_encode_min": 0.8,
    "incremental_vs_full": 0.02,
}


@dataclass(frozen=True)
class Built:
    """A synthetic collection, its index, and how long its build took."""

    corpus: Path
    index: Path
    documents: int
    passages: int
    seconds: float


def build(root: Path, passages: int, embedder: Embedder, settings: Settings) -> Built:
    corpus, index = root / "corpus", root / "index"
    write_collection(corpus, passages, settings.chunk_max_chars)
    started = time.perf_counter()
    result = build_index(corpus, index, embedder, chunk_max_chars=settings.chunk_max_chars)
    return Built(corpus, index, result.documents, result.chunks, time.perf_counter() - started)


def encode_seconds_per_passage(built: Built, embedder: Embedder) -> float:
    """Seconds per passage of the bare encoders on a seeded sample of the built passages."""
    index = Index.open(built.index)
    try:
        sample = random.Random(0).sample(range(len(index.chunks)), min(ENCODE_SAMPLE, len(index.chunks)))
        chunks = [index.chunks[i] for i in sample]
    finally:
        index.close()
    texts = [c.embedding_text for c in chunks]
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=64)
    if embedder.multilingual is not None:
        spans = [
            [(a + len(c.context_prefix), b + len(c.context_prefix)) for a, b in c.sentences] for c in chunks
        ]
        embedder.multilingual.encode_chunks(texts, spans)
    return (time.perf_counter() - started) / len(chunks)


def questions(count: int | None) -> list[str]:
    """The plus collection's questions (English and French), the first ``count`` of them."""
    lines = (ROOT / "eval" / "collections" / "plus" / "questions.jsonl").read_text().splitlines()
    return [q["question"] for q in map(json.loads, lines) if not q.get("history")][:count]


def open_seconds(built: Built) -> float:
    """Seconds to open the generation in this process (models apart: the read side's own cost)."""
    started = time.perf_counter()
    Index.open(built.index).close()
    return time.perf_counter() - started


def timed(http: httpx.Client, path: str, body: dict[str, Any]) -> float:
    started = time.perf_counter()
    http.post(path, json=body).raise_for_status()
    return (time.perf_counter() - started) * 1000


def latencies(servers: list[Server], asked: list[str]) -> list[dict[str, list[float]]]:
    """Milliseconds of /v1/ask and /v1/search per server, question by question in turn on each."""
    clients = [httpx.Client(base_url=s.base, timeout=300) for s in servers]
    found: list[dict[str, list[float]]] = [{"ask": [], "search": []} for _ in servers]
    try:
        for question in asked[:WARMUP]:
            for http in clients:
                timed(http, "/v1/ask", {"question": question})
        for _ in range(ROUNDS):
            for question in asked:
                for http, figures in zip(clients, found, strict=True):
                    figures["ask"].append(timed(http, "/v1/ask", {"question": question}))
                    figures["search"].append(timed(http, "/v1/search", {"query": question, "k": 5}))
    finally:
        for http in clients:
            http.close()
    return found


def second_worker_mb(built: Built, asked: list[str]) -> dict[str, float]:
    """Private memory of the second worker of ``assistant serve --workers 2`` on the generation,
    once both are warm, and of the parent that forked them. Each request opens its own
    connection, so the kernel spreads the questions over both workers."""
    with serve_index(built.index, built.corpus, 2) as server:
        for question in asked:
            requests = (("/v1/ask", {"question": question}), ("/v1/search", {"query": question, "k": 5}))
            for path, body in requests:
                with httpx.Client(base_url=server.base, timeout=300) as http:
                    timed(http, path, body)
        workers = server.workers()
        return {
            "second": memory_mb(workers[-1])["private"],
            "parent": memory_mb(server.process.pid)["private"],
        }


def incremental_seconds(built: Built, embedder: Embedder, settings: Settings) -> float:
    """Re-index after one document gained a sentence."""
    changed = sorted(built.corpus.glob("*.md"))[len(list(built.corpus.glob("*.md"))) // 2]
    changed.write_text(changed.read_text() + "\n## Update\n\nThis agreement was renewed in 2026.\n")
    started = time.perf_counter()
    build_index(built.corpus, built.index, embedder, chunk_max_chars=settings.chunk_max_chars)
    return time.perf_counter() - started


def disk_mb(index_dir: Path) -> float:
    folder = current_generation(index_dir)
    assert folder is not None
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def measure(passages: int, workers: int, baseline: int, count: int | None) -> dict[str, Any]:
    settings = Settings()
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    # The encoders the build runs are loaded before its clock starts: a model's load is paid once
    # per process, not per passage (torch's import alone is about 10 s here).
    embedder.encode_query("warm-up")
    embedder.model.encode(["warm-up"])
    if embedder.multilingual is not None:
        embedder.multilingual.encode_query("warm-up")
    asked = questions(count)
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        big = build(Path(tmp) / "big", passages, embedder, settings)
        small = big if passages <= baseline else build(Path(tmp) / "small", baseline, embedder, settings)
        per_passage = encode_seconds_per_passage(big, embedder)
        opening = open_seconds(big)
        with (
            serve_index(big.index, big.corpus, workers) as first,
            serve_index(small.index, small.corpus) as base,
        ):
            measured, reference = latencies([first, base], asked)
            memory = memory_mb(first.workers()[0])
            second = second_worker_mb(big, asked)
            cold = first.cold_start_s
        size = disk_mb(big.index)
        incremental = incremental_seconds(big, embedder, settings)
    ask_p50, ask_1k = statistics.median(measured["ask"]), statistics.median(reference["ask"])
    return {
        "benchmark": "scale",
        "passages": big.passages,
        "documents": big.documents,
        "workers": workers,
        "build_s": round(big.seconds, 2),
        "build_passages_per_s": round(big.passages / big.seconds, 1),
        "encode_passages_per_s": round(1 / per_passage, 1),
        "build_vs_encode": round(per_passage * big.passages / big.seconds, 3),
        "disk_mb": round(size, 1),
        "rss_mb": round(memory["rss"], 1),
        "pss_mb": round(memory["pss"], 1),
        "second_worker_rss_mb": round(second["second"], 1),
        "second_worker_share": round(second["second"] / memory["rss"], 3),
        "workers_parent_mb": round(second["parent"], 1),
        "cold_start_s": round(cold, 2),
        "index_open_s": round(opening, 3),
        "ask_p50_ms": round(ask_p50, 1),
        "ask_p95_ms": round(percentile(measured["ask"], 0.95), 1),
        "search_p50_ms": round(statistics.median(measured["search"]), 1),
        "search_p95_ms": round(percentile(measured["search"], 0.95), 1),
        "incremental_s": round(incremental, 2),
        "incremental_vs_full": round(incremental / big.seconds, 4),
        "baseline_passages": small.passages,
        "ask_p50_ms_1k": round(ask_1k, 1),
        "ask_p50_vs_1k": round(ask_p50 / ask_1k, 3),
        "requests_per_server": len(measured["ask"]),
        "bars": BARS,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_scale", description=__doc__)
    parser.add_argument("--passages", type=int, required=True, help="passages of the synthetic collection")
    parser.add_argument("--workers", type=int, default=1, help="workers of the measured server (default 1)")
    parser.add_argument(
        "--baseline-passages",
        type=int,
        default=BASELINE,
        help="passages of the comparison build (default 1000)",
    )
    parser.add_argument("--questions", type=int, help="ask only the first N questions (default: all)")
    args = parser.parse_args(argv)
    report(measure(args.passages, args.workers, args.baseline_passages, args.questions))


if __name__ == "__main__":
    main()
