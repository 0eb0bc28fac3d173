"""What the question log costs an answer: p50 of /v1/ask with the log on against the log off.

Run from the repository root: ``python -m benchmarks.bench_log``. Two servers on one index, one
with ``ASSISTANT_QUESTION_LOG=on`` and one with ``off``, are asked the same questions in
alternating blocks (the order flipped each round), so that both see the same machine.
Bar: p50(log on) <= 1.1 x p50(log off).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import httpx

from benchmarks.common import (
    ROUNDS,
    WARMUP,
    Served,
    ask_over_http,
    median,
    percentile,
    report,
    served_corpus,
)
from tests.utils.server import running_server


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, served_corpus({"ASSISTANT_QUESTION_LOG": "on"}) as on:
        off_env = {
            "ASSISTANT_INDEX_DIR": str(on.index_dir),
            "ASSISTANT_QUESTION_LOG": "off",
            "ASSISTANT_DATABASE_URL": f"sqlite:///{Path(tmp)}/off.db",
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        }
        with running_server(off_env) as base, httpx.Client(base_url=base, timeout=120) as http:
            off = Served(http, on.embedder, index_dir=on.index_dir)
            asks = {"on": ask_over_http(on), "off": ask_over_http(off)}
            for question in on.questions[:WARMUP]:
                for ask in asks.values():
                    ask(question)
            measured: dict[str, list[float]] = {"on": [], "off": []}
            for number in range(ROUNDS):
                for name in ("on", "off") if number % 2 == 0 else ("off", "on"):
                    measured[name].extend(asks[name](q) for q in on.questions)
    on_p50, off_p50 = median(measured["on"]), median(measured["off"])
    report(
        {
            "benchmark": "question_log_cost",
            "requests_each": len(measured["on"]),
            "ask_p50_ms_log_on": round(on_p50, 2),
            "ask_p50_ms_log_off": round(off_p50, 2),
            "ask_p95_ms_log_on": round(percentile(measured["on"], 0.95), 2),
            "ask_p95_ms_log_off": round(percentile(measured["off"], 0.95), 2),
            "ratio_p50_on_to_off": round(on_p50 / off_p50, 3),
            "bar_ratio_max": 1.1,
            "meets_bar": on_p50 <= 1.1 * off_p50,
        }
    )


if __name__ == "__main__":
    main()
