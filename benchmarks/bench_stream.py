"""Time to the first ``delta`` event of /v1/ask/stream over HTTP, against a bare ``model.encode``.

Run from the repository root: ``python -m benchmarks.bench_stream``. Both are measured in the
same run (see ``common.against_encode``). Bar: p50(first delta) <= 2.5 x median(encode).
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import against_encode, median, percentile, report, served_corpus


def main() -> None:
    with served_corpus() as served:

        def first_delta(question: dict[str, Any]) -> float:
            body = {"question": question["question"], "history": question.get("history", [])}
            started = time.perf_counter()
            with served.http.stream("POST", "/v1/ask/stream", json=body) as response:
                response.raise_for_status()
                lines = response.iter_lines()
                for line in lines:
                    if line == "event: delta":
                        elapsed = (time.perf_counter() - started) * 1000
                        for _ in lines:
                            pass  # read the stream to its end, as a client would
                        return elapsed
            raise RuntimeError(f"no delta event for {question['question']!r}")

        ttfd, encode_ms = against_encode(served, first_delta)
    p50, encode = median(ttfd), median(encode_ms)
    report(
        {
            "benchmark": "stream_first_delta",
            "requests": len(ttfd),
            "first_delta_p50_ms": round(p50, 2),
            "first_delta_p95_ms": round(percentile(ttfd, 0.95), 2),
            "encode_median_ms": round(encode, 2),
            "ratio_p50_to_encode": round(p50 / encode, 3),
            "bar_ratio_max": 2.5,
            "meets_bar": p50 <= 2.5 * encode,
        }
    )


if __name__ == "__main__":
    main()
