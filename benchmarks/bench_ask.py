"""Latency of /v1/ask over HTTP on a warm server, against one bare encode of the question.

Run from the repository root: ``python -m benchmarks.bench_ask``. The server holds the seed corpus
and the ``plus`` collection's documents and is asked that collection's English questions; the
bare encode is the English model's, as the server runs it. Both are measured in the same run
(see ``common.against_encode``). Bar: p50(/v1/ask) <= 2 x median(encode).
"""

from __future__ import annotations

from benchmarks.common import against_encode, ask_over_http, median, percentile, report, served_corpus


def main() -> None:
    with served_corpus(collection="plus") as served:
        ask = ask_over_http(served)
        ask_ms, encode_ms = against_encode(served, ask)
    encode, p50 = median(encode_ms), median(ask_ms)
    report(
        {
            "benchmark": "ask_latency",
            "collection": "plus",
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
