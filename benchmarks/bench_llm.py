"""Generative answers with the local model: time to the first ``delta`` over SSE, and the
assistant's own overhead (total time minus the time spent waiting for the model), p50 and p95.

Run from the repository root: ``python -m benchmarks.bench_llm``. It starts llama-cpp-python's
server with SmolLM2-135M-Instruct on loopback and `assistant serve` against it. As a baseline
measured in the same run, the same prompts go straight to the model server: its time to the
first token and to the whole reply. A delta is a checked sentence, so the first delta comes after
the model's first sentence, not its first token.
"""

from __future__ import annotations

import json
import time
from typing import Any

from openai import OpenAI

from assistant.llm.prompts import answer_messages
from assistant.llm.responder import LLM_SOURCES
from assistant.query.engine import Assistant
from assistant.settings import Settings
from benchmarks.common import median, percentile, report, served_corpus
from tests.utils.llm import llama_server

ROUNDS = 2


def main() -> None:
    with llama_server() as llm:
        env = {
            "ASSISTANT_LLM_PROVIDER": "openai",
            "ASSISTANT_LLM_BASE_URL": llm.url,
            "ASSISTANT_LLM_MODEL": "smollm2",
            "ASSISTANT_LLM_TIMEOUT_S": "60",
            "ASSISTANT_LLM_MAX_TOKENS": "120",
        }
        with served_corpus(env) as served:
            assistant = Assistant.load(Settings(index_dir=served.index_dir), served.embedder)
            direct = OpenAI(base_url=llm.url, api_key="not-needed", max_retries=0)
            questions = [q for q in served.questions if q["answerable"] and not q.get("history")]
            roles = {"system": "system", "human": "user", "ai": "assistant"}

            def through_assistant(question: str) -> dict[str, Any]:
                started = time.perf_counter()
                first, done = None, None
                with served.http.stream("POST", "/v1/ask/stream", json={"question": question}) as response:
                    response.raise_for_status()
                    event = None
                    for line in response.iter_lines():
                        if line.startswith("event: "):
                            event = line[7:]
                            if event == "delta" and first is None:
                                first = (time.perf_counter() - started) * 1000
                        elif line.startswith("data: ") and event == "done":
                            done = json.loads(line[6:])
                total = (time.perf_counter() - started) * 1000
                assert done is not None and first is not None
                model_ms = done["model_ms"] or 0.0
                return {"first": first, "total": total, "model": model_ms, "mode": done["mode"]}

            def flush(question: str) -> None:
                """One token on another prompt, so that the next call finds only the shared
                system prompt in llama.cpp's prefix cache, not its own sources."""
                prompt = answer_messages(question, assistant.draft(question, sources=LLM_SOURCES).sources)
                messages: Any = [{"role": roles[m.type], "content": m.text} for m in prompt]
                direct.chat.completions.create(model="smollm2", messages=messages, max_tokens=1)

            def straight_to_model(question: str) -> dict[str, float]:
                draft = assistant.draft(question, sources=LLM_SOURCES)
                prompt = answer_messages(question, draft.sources)
                messages: Any = [{"role": roles[m.type], "content": m.text} for m in prompt]
                started = time.perf_counter()
                first = None
                for chunk in direct.chat.completions.create(
                    model="smollm2", messages=messages, stream=True, temperature=0, max_tokens=120
                ):
                    if first is None and chunk.choices and chunk.choices[0].delta.content:
                        first = (time.perf_counter() - started) * 1000
                total = (time.perf_counter() - started) * 1000
                return {"first": first or total, "total": total}

            for q in questions[:3]:  # warm-up: the model's first prompts are slower
                through_assistant(q["question"])
            ours: list[dict[str, Any]] = []
            model: list[dict[str, float]] = []
            for _ in range(ROUNDS):
                for i, q in enumerate(questions):
                    other = questions[i - 1]["question"]
                    flush(other)
                    ours.append(through_assistant(q["question"]))
                    flush(other)
                    model.append(straight_to_model(q["question"]))
    written = [r for r in ours if r["mode"] == "llm"]
    overhead = [r["total"] - r["model"] for r in written]
    share = [(r["total"] - r["model"]) / r["total"] for r in written]
    first = [r["first"] for r in written]
    report(
        {
            "benchmark": "llm_answers",
            "model": "SmolLM2-135M-Instruct Q4_1 (llama-cpp-python server, loopback)",
            "requests": len(ours),
            "written_by_model": len(written),
            "first_delta_p50_ms": round(median(first), 1),
            "first_delta_p95_ms": round(percentile(first, 0.95), 1),
            "overhead_p50_ms": round(median(overhead), 1),
            "overhead_p95_ms": round(percentile(overhead, 0.95), 1),
            "baseline_model_first_token_p50_ms": round(median([m["first"] for m in model]), 1),
            "baseline_model_reply_p50_ms": round(median([m["total"] for m in model]), 1),
            "overhead_share_of_total_p50": round(median(share), 3),
            "ratio_first_delta_to_model_first_token_p50": round(
                median(first) / median([m["first"] for m in model]), 3
            ),
        }
    )


if __name__ == "__main__":
    main()
