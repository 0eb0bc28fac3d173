"""French questions: /v1/ask latency against one bare MiniLM encode, and the server's memory.

Run from the repository root: ``python -m benchmarks.bench_french``. The French questions of
``eval/dev_fr.jsonl`` are asked over HTTP on a warm server, alternating with bare
``model.encode`` calls of the English model in this process (``common.against_encode``). Bar:
p50(/v1/ask, French) <= 3 x median(encode). The resident memory of the server process is read
after at least 100 questions, with both encoders loaded and with the multilingual one off.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, against_encode, ask_over_http, median, percentile, report, served_corpus

QUESTIONS = 100


def french_questions() -> list[dict[str, Any]]:
    lines = (ROOT / "eval" / "dev_fr.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def server_rss_mb(base: str) -> float:
    """Resident memory of the `assistant serve` process listening on ``base``'s port, in MB."""
    port = base.rsplit(":", 1)[1]
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            argv = (proc / "cmdline").read_bytes().split(b"\0")
            if b"serve" in argv and port.encode() in argv:
                status = (proc / "status").read_text()
        except OSError:
            continue
        else:
            if b"serve" in argv and port.encode() in argv:
                kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
                return int(kb) / 1024
    raise RuntimeError(f"no server process on port {port}")


def run(extra_env: dict[str, str] | None = None) -> dict[str, float]:
    with served_corpus(extra_env) as served:
        served.questions = french_questions()

        ask = ask_over_http(served)
        ask_ms, encode_ms = against_encode(served, ask)
        asked = len(ask_ms) + min(len(served.questions), 20)
        while asked < QUESTIONS:
            asked += 1
            ask(served.questions[asked % len(served.questions)])
        rss = server_rss_mb(str(served.http.base_url).rstrip("/"))
    return {
        "p50": median(ask_ms),
        "p95": percentile(ask_ms, 0.95),
        "encode": median(encode_ms),
        "asked": asked,
        "rss": rss,
    }


def main() -> None:
    both = run()
    english_only = run({"ASSISTANT_MULTILINGUAL_MODEL": "off"})
    report(
        {
            "benchmark": "french_ask_latency_and_memory",
            "questions": len(french_questions()),
            "ask_http_p50_ms": round(both["p50"], 2),
            "ask_http_p95_ms": round(both["p95"], 2),
            "encode_median_ms": round(both["encode"], 2),
            "ratio_p50_to_encode": round(both["p50"] / both["encode"], 3),
            "bar_ratio_max": 3.0,
            "meets_bar": both["p50"] <= 3 * both["encode"],
            "server_rss_mb_both_encoders": round(both["rss"], 1),
            "server_rss_mb_multilingual_off": round(english_only["rss"], 1),
            "questions_before_rss": both["asked"],
        }
    )


if __name__ == "__main__":
    main()
