"""Latency of /v1/ask over HTTP on a warm server, against a bare ``model.encode(question)``.

Run from the repository root: ``python -m benchmarks.bench_ask``. Both are measured in the
same run (see ``common.against_encode``). Bar: p50(/v1/ask) <= 2 x median(encode).
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import against_encode, median, percentile, report, served_corpus


def main() -> None:
    with served_corpus() as served:

        def ask(question: dict[str, Any]) -> float:
            body = {"question": question["question"], "history": question.get("history", [])}
            started = time.perf_counter()
            served.http.post("/v1/ask", json=body).raise_for_status()
            return (time.perf_counter() - started) * 1000

        ask_ms, encode_ms = against_encode(served, ask)
    encode, p50 = median(encode_ms), median(ask_ms)
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
