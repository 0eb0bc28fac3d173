"""Load on the real server: 16 clients asking /v1/ask over loopback for 60 s, each sending its next
question as soon as the last one is answered (asyncio, one HTTP connection per client).

Run from the repository root: ``python -m benchmarks.bench_load`` (``LOAD_SECONDS`` and
``LOAD_CLIENTS`` change the bounds). Prints requests per second, latency percentiles and errors.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections import Counter
from typing import Any

import httpx

from benchmarks.common import median, percentile, report, served_corpus

SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
CLIENTS = int(os.environ.get("LOAD_CLIENTS", "16"))


async def client(
    base: str, questions: list[str], offset: int, until: float
) -> tuple[list[float], Counter[str]]:
    """One client's latencies, and its failed requests by kind (HTTP status or exception name)."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        n = offset
        while time.monotonic() < until:
            question = questions[n % len(questions)]
            n += 1
            started = time.perf_counter()
            try:
                response = await http.post("/v1/ask", json={"question": question})
                failure = None if response.status_code == 200 else str(response.status_code)
            except httpx.HTTPError as exc:
                failure = type(exc).__name__
            latencies.append((time.perf_counter() - started) * 1000)
            if failure is not None:
                errors[failure] += 1
    return latencies, errors


async def load(
    base: str, questions: list[str], seconds: float = SECONDS
) -> tuple[list[float], Counter[str], float]:
    began = time.monotonic()
    results = await asyncio.gather(*(client(base, questions, i * 3, began + seconds) for i in range(CLIENTS)))
    elapsed = time.monotonic() - began
    return (
        [ms for latencies, _ in results for ms in latencies],
        sum((e for _, e in results), Counter()),
        elapsed,
    )


def figures(latencies: list[float], errors: Counter[str], elapsed: float) -> dict[str, Any]:
    """Requests per second, errors (and their kinds) and latency percentiles of one load run."""
    return {
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "requests_per_s": round(len(latencies) / elapsed, 2),
        "p50_ms": round(median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
    }


def main() -> None:
    with served_corpus() as served:
        questions = [q["question"] for q in served.questions if not q.get("history")]
        latencies, errors, elapsed = asyncio.run(load(str(served.http.base_url), questions))
    report({"benchmark": "load_ask", "clients": CLIENTS, **figures(latencies, errors, elapsed)})


if __name__ == "__main__":
    main()
