"""Time to the first ``delta`` event of /v1/ask/stream over HTTP, against a bare ``model.encode``.

Run from the repository root: ``python -m benchmarks.bench_stream``. Both are measured in the
same run, in alternating blocks over the dev questions. Bar: p50(first delta) <= 2.5 x
median(encode).
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


def first_delta_ms(http: httpx.Client, question: dict[str, object]) -> float:
    body = {"question": question["question"], "history": question.get("history", [])}
    started = time.perf_counter()
    with http.stream("POST", "/v1/ask/stream", json=body) as response:
        response.raise_for_status()
        lines = response.iter_lines()
        for line in lines:
            if line == "event: delta":
                elapsed = (time.perf_counter() - started) * 1000
                for _ in lines:
                    pass  # read the stream to its end, as a client would
                return elapsed
    raise RuntimeError(f"no delta event for {question['question']!r}")


def main() -> None:
    questions = [json.loads(line) for line in (ROOT / "eval" / "dev.jsonl").read_text().splitlines()]
    settings = Settings()
    embedder = Embedder(settings.embedding_model)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = Path(tmp) / "index"
        build_index(ROOT / "corpus", index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        env = {
            "ASSISTANT_INDEX_DIR": str(index_dir),
            "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp}/bench.db",
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        }
        with running_server(env) as base, httpx.Client(base_url=base, timeout=30) as http:
            for q in questions[:20]:
                first_delta_ms(http, q)
                embedder.model.encode(q["question"])
            ttfd: list[float] = []
            encode: list[float] = []
            for _ in range(ROUNDS):
                for q in questions:
                    started = time.perf_counter()
                    embedder.model.encode(q["question"])
                    encode.append((time.perf_counter() - started) * 1000)
                for q in questions:
                    ttfd.append(first_delta_ms(http, q))
    p50, encode_median = median(ttfd), median(encode)
    report(
        {
            "benchmark": "stream_first_delta",
            "requests": len(ttfd),
            "first_delta_p50_ms": round(p50, 2),
            "first_delta_p95_ms": round(percentile(ttfd, 0.95), 2),
            "encode_median_ms": round(encode_median, 2),
            "ratio_p50_to_encode": round(p50 / encode_median, 3),
            "bar_ratio_max": 2.5,
            "meets_bar": p50 <= 2.5 * encode_median,
        }
    )


if __name__ == "__main__":
    main()
