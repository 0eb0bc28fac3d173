"""Questions per second of `assistant serve --workers 2` against `--workers 1` on the same index.

Run from the repository root: ``python -m benchmarks.bench_workers``. Both servers run on one
index; after an unmeasured warm-up that lets every worker finish starting, each gets the load of
``bench_load`` (16 clients asking /v1/ask back to back, 60 s in all, ``LOAD_SECONDS`` and
``LOAD_CLIENTS`` change the bounds) in blocks that alternate between the two. The load generator
runs in this process, on the same machine as the workers: it takes CPU from them. Bar: two workers
serve at least 1.6 x the questions per second of one, with no errors.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from benchmarks import bench_load
from benchmarks.common import ROOT, dev_questions, report
from benchmarks.serving import Server, serve_index

WARMUP_SECONDS = float(os.environ.get("WARMUP_SECONDS", "15"))
BAR = 1.6
ROUNDS = 2  # blocks per server, alternating; each lasts LOAD_SECONDS / ROUNDS


def blocks(servers: list[Server], questions: list[str]) -> list[dict[str, Any]]:
    """Load each server in turn, ``ROUNDS`` blocks each, so both see the same moments of a shared
    machine; returns each one's figures over all its blocks."""
    for server in servers:
        asyncio.run(bench_load.load(server.base, questions, WARMUP_SECONDS))
    found: list[tuple[list[float], Counter[str], float]] = [([], Counter(), 0.0) for _ in servers]
    for _ in range(ROUNDS):
        for n, server in enumerate(servers):
            latencies, errors, elapsed = asyncio.run(
                bench_load.load(server.base, questions, bench_load.SECONDS / ROUNDS)
            )
            total = found[n]
            found[n] = (total[0] + latencies, total[1] + errors, total[2] + elapsed)
    return [bench_load.figures(*figures) for figures in found]


def main() -> None:
    settings = Settings()
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    questions = [q["question"] for q in dev_questions() if not q.get("history")]
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        index_dir = Path(tmp) / "index"
        build_index(ROOT / "corpus", index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        del embedder  # the servers need the memory and the cores, not this process's model
        with (
            serve_index(index_dir, ROOT / "corpus", 1) as one,
            serve_index(index_dir, ROOT / "corpus", 2) as two,
        ):
            single, double = blocks([one, two], questions)
    ratio = double["requests_per_s"] / single["requests_per_s"]
    report(
        {
            "benchmark": "workers_throughput",
            "clients": bench_load.CLIENTS,
            "cpus": os.cpu_count(),
            "one_worker": single,
            "two_workers": double,
            "ratio": round(ratio, 3),
            "bar_ratio_min": BAR,
            "meets_bar": ratio >= BAR and single["errors"] == double["errors"] == 0,
        }
    )


if __name__ == "__main__":
    main()
