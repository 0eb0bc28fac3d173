"""One question's encode: the numpy MiniLM that serves questions against sentence-transformers.

Run from the repository root: ``python -m benchmarks.bench_query_encode``. Each of the dev set's
questions is encoded one at a time, ``ROUNDS`` passes after a warm-up, by ``Embedder.encode_query``
(numpy, one BLAS thread) and by the sentence-transformers model (torch, with its threads as
configured, then with one); prints the median and p95 in milliseconds of each, their ratios, and
the lowest cosine between the two vectors of a question.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import torch

from assistant.embeddings import Embedder
from assistant.settings import DEFAULT_MODEL
from benchmarks.common import dev_questions, median, percentile, report

ROUNDS = 5


def timings(encode: Callable[[str], object], questions: list[str]) -> list[float]:
    for question in questions[:5]:
        encode(question)
    found = []
    for _ in range(ROUNDS):
        for question in questions:
            started = time.perf_counter()
            encode(question)
            found.append((time.perf_counter() - started) * 1000)
    return found


def main() -> None:
    embedder = Embedder(DEFAULT_MODEL, multilingual="off")
    model = embedder.model
    questions = [q["question"] for q in dev_questions()]
    numpy_ms = timings(embedder.encode_query, questions)  # one BLAS thread: NumpyBert sees to it

    def torch_encode(text: str) -> object:
        return model.encode(text, normalize_embeddings=True, convert_to_numpy=True)

    torch_ms = timings(torch_encode, questions)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # as `assistant serve --workers 2` on two cores would run it
    torch_one_thread_ms = timings(torch_encode, questions)
    torch.set_num_threads(threads)
    cosines = [float(embedder.encode_query(q) @ np.asarray(torch_encode(q))) for q in questions]
    report(
        {
            "benchmark": "query_encode",
            "questions": len(questions),
            "numpy_p50_ms": round(median(numpy_ms), 2),
            "numpy_p95_ms": round(percentile(numpy_ms, 0.95), 2),
            "sentence_transformers_p50_ms": round(median(torch_ms), 2),
            "sentence_transformers_p95_ms": round(percentile(torch_ms, 0.95), 2),
            "sentence_transformers_threads": threads,
            "sentence_transformers_1_thread_p50_ms": round(median(torch_one_thread_ms), 2),
            "sentence_transformers_1_thread_p95_ms": round(percentile(torch_one_thread_ms, 0.95), 2),
            "numpy_vs_sentence_transformers": round(median(numpy_ms) / median(torch_ms), 3),
            "numpy_vs_sentence_transformers_1_thread": round(
                median(numpy_ms) / median(torch_one_thread_ms), 3
            ),
            "min_cosine": round(min(cosines), 6),
        }
    )


if __name__ == "__main__":
    main()
