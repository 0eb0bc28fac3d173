"""Incremental re-index after changing 1 document of a 1,000-document corpus, against a full build.

Run from the repository root: ``python -m benchmarks.bench_incremental``. Both builds run in this
process with the model already loaded. Bar: the incremental run costs at most 5 % of the full one.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from benchmarks.common import report
from tests.utils.corpora import numbered_corpus
from tests.utils.documents import doc, write

DOCUMENTS = 1000


def main() -> None:
    settings = Settings()
    embedder = Embedder(settings.embedding_model, settings.multilingual_model)
    embedder.encode_query("warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = numbered_corpus(Path(tmp) / "corpus", DOCUMENTS)
        index_dir = Path(tmp) / "index"
        started = time.perf_counter()
        full = build_index(corpus, index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        full_seconds = time.perf_counter() - started
        # Three single-document changes, each timed; the median is reported.
        times = []
        for number in (100, 500, 900):
            write(
                corpus / f"partner-{number:04d}.md",
                doc(
                    f"Partner {number}",
                    f"# Partner {number}\n\nAgreement number {number} was renewed in 2026.",
                ),
            )
            started = time.perf_counter()
            incremental = build_index(corpus, index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
            times.append(time.perf_counter() - started)
        incremental_seconds = sorted(times)[1]
        started = time.perf_counter()
        unchanged = build_index(corpus, index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        unchanged_seconds = time.perf_counter() - started
    report(
        {
            "benchmark": "incremental_reindex",
            "documents": full.documents,
            "chunks": full.chunks,
            "full_build_seconds": round(full_seconds, 3),
            "incremental_seconds": round(incremental_seconds, 3),
            "incremental_chunks_embedded": incremental.chunks_embedded,
            "incremental_to_full_ratio": round(incremental_seconds / full_seconds, 4),
            "bar_ratio_max": 0.05,
            "meets_bar": incremental_seconds <= 0.05 * full_seconds,
            "unchanged_seconds": round(unchanged_seconds, 3),
            "unchanged_chunks_embedded": unchanged.chunks_embedded,
        }
    )


if __name__ == "__main__":
    main()
