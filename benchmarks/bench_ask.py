"""Latency of /v1/ask over HTTP on a warm server, against a bare ``model.encode(question)``.

Run from the repository root: ``python -m benchmarks.bench_ask``. Both are measured in the
same run, in alternating blocks over the dev questions, so that machine noise hits them alike.
Bar: p50(/v1/ask) <= 2 x median(encode).
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import httpx

from assistant.embeddings import Embedder
from assistant.ingest import build_index
from assistant.settings import Settings
from benchmarks.common import ROOT, median, percentile, report
from tests.utils.server import running_server

ROUNDS = 5
WARMUP = 20


def main() -> None:
    questions = [json.loads(line) for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines()]
    settings = Settings()
    embedder = Embedder(settings.embedding_model)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        build_index(ROOT / "corpus", index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        env = {
            "ASSISTANT_INDEX_DIR": str(index_dir),
            "ASSISTANT_CORPUS_DIR": str(ROOT / "corpus"),
            "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp}/bench.db",
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        }
        with running_server(env) as base, httpx.Client(base_url=base, timeout=30) as http:
            for q in questions[:WARMUP]:
                http.post("/v1/ask", json={"question": q["question"], "history": q.get("history", [])})
                embedder.encode_query(q["question"])
            ask_ms: list[float] = []
            encode_ms: list[float] = []
            # Rounds alternate a block of bare encodes with a block of requests, so that both
            # see the same machine, yet one process's idle threads never spin against the other's.
            for _ in range(ROUNDS):
                for q in questions:
                    started = time.perf_counter()
                    embedder.model.encode(q["question"])
                    encode_ms.append((time.perf_counter() - started) * 1000)
                for q in questions:
                    body = {"question": q["question"], "history": q.get("history", [])}
                    started = time.perf_counter()
                    response = http.post("/v1/ask", json=body)
                    ask_ms.append((time.perf_counter() - started) * 1000)
                    response.raise_for_status()
    encode = median(encode_ms)
    p50 = median(ask_ms)
    report(
        {
            "benchmark": "ask_latency",
            "requests": len(ask_ms),
            "ask_http_p50_ms": round(p50, 2),
            "ask_http_p95_ms": round(percentile(ask_ms, 0.95), 2),
            "encode_median_ms": round(encode, 2),
            "ratio_p50_to_encode": round(p50 / encode, 3),
            "bar_ratio_max": 2.0,
            "meets_bar": p50 <= 2 * encode,
        }
    )


if __name__ == "__main__":
    main()
