"""Questions per second of `assistant serve --workers 2` against `--workers 1` on the same index.

Run from the repository root: ``python -m benchmarks.bench_workers``. Each server gets the load of
``bench_load`` (16 clients asking /v1/ask for 60 s, ``LOAD_SECONDS`` and ``LOAD_CLIENTS`` change
the bounds) after an unmeasured warm-up that lets every worker finish starting. The load generator
runs in this process, on the same machine as the workers: it takes CPU from them. Bar: two workers
serve at least 1.6 x the questions per second of one, with no errors.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import Any

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from benchmarks import bench_load
from benchmarks.common import ROOT, dev_questions, report
from benchmarks.serving import serve_index

WARMUP_SECONDS = float(os.environ.get("WARMUP_SECONDS", "15"))
BAR = 1.6


def run(index_dir: Path, workers: int, questions: list[str]) -> dict[str, Any]:
    with serve_index(index_dir, ROOT / "corpus", workers) as server:
        asyncio.run(bench_load.load(server.base, questions, WARMUP_SECONDS))
        latencies, errors, elapsed = asyncio.run(bench_load.load(server.base, questions))
    return {"workers": workers, **bench_load.figures(latencies, errors, elapsed)}


def main() -> None:
    settings = Settings()
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    questions = [q["question"] for q in dev_questions() if not q.get("history")]
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
        index_dir = Path(tmp) / "index"
        build_index(ROOT / "corpus", index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        del embedder  # the servers need the cores, not this process's copy of the model
        one = run(index_dir, 1, questions)
        two = run(index_dir, 2, questions)
    ratio = two["requests_per_s"] / one["requests_per_s"]
    report(
        {
            "benchmark": "workers_throughput",
            "clients": bench_load.CLIENTS,
            "cpus": os.cpu_count(),
            "one_worker": one,
            "two_workers": two,
            "ratio": round(ratio, 3),
            "bar_ratio_min": BAR,
            "meets_bar": ratio >= BAR and one["errors"] == two["errors"] == 0,
        }
    )


if __name__ == "__main__":
    main()
