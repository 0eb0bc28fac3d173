"""The scale benchmark at a small size: real ingest, real servers (the measured one with two
workers, so `assistant serve --workers` is exercised too), every figure it promises."""

import json
import subprocess
import sys

from tests.utils.paths import ROOT

BENCH = [sys.executable, "-m", "benchmarks.bench_scale"]
KEYS = {
    "passages",
    "build_s",
    "build_vs_encode",
    "disk_mb",
    "rss_mb",
    "second_worker_rss_mb",
    "cold_start_s",
    "ask_p50_ms",
    "ask_p95_ms",
    "search_p50_ms",
    "incremental_s",
    "incremental_vs_full",
    "ask_p50_ms_1k",
    "ask_p50_vs_1k",
}


def test_bench_scale_reports_every_figure() -> None:
    result = subprocess.run(
        [*BENCH, "--passages", "120", "--workers", "2", "--baseline-passages", "60", "--questions", "8"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
        check=True,
    )
    figures = json.loads(result.stdout)
    assert figures.keys() >= KEYS
    assert 100 <= figures["passages"] <= 140 and figures["baseline_passages"] < figures["passages"]
    assert figures["build_s"] > figures["incremental_s"] > 0
    assert figures["build_vs_encode"] > 0 and 0 < figures["incremental_vs_full"] < 1
    assert 0 < figures["disk_mb"] < 100
    assert 0 < figures["second_worker_rss_mb"] < figures["rss_mb"] < 8000
    assert 0 < figures["cold_start_s"] < 600
    assert figures["search_p50_ms"] > 0 and 0 < figures["ask_p50_ms"] <= figures["ask_p95_ms"]
    assert figures["workers"] == 2
    assert figures["ask_p50_ms_1k"] > 0 and figures["ask_p50_vs_1k"] > 0
