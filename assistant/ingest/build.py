"""Building index generations from the corpus, incrementally and crash-safely.

A run plans the next generation against the serving one (``plan``), embeds only the chunks never
embedded before, writes a new generation folder and publishes it by switching ``CURRENT``. A run
killed at any point leaves the serving generation untouched; the next run cleans up and completes
the work. One writer at a time holds the writer lock (``lock``): the folder's, and the one shared by
every machine when the workers share servers. With a Chroma server, the new generation's vectors go
to a collection of their own there, and replaced collections are dropped after a grace period.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from assistant.embeddings import Embedder, SentenceEncoder
from assistant.ingest.corpus import DEFAULT_MAX_BYTES, scan_corpus
from assistant.ingest.lock import LOCK, IngestBusyError, writer_lock
from assistant.ingest.manifest import manifest_to_json
from assistant.ingest.plan import Plan, Previous, plan_build
from assistant.ingest.report import IngestReport
from assistant.settings import Settings
from assistant.store.chroma import UNREACHABLE, VectorStoreUnavailableError, has_vectors, retire_collections
from assistant.store.generations import current_generation, drop_incomplete, new_generation, publish
from assistant.store.layout import IndexedChunk, Vectors
from assistant.store.writer import Base, Multilingual, write_generation

__all__ = ["LOCK", "IngestBusyError", "IngestReport", "build_index", "ingest_corpus", "writer_lock"]

log = logging.getLogger("assistant.ingest.build")
PROGRESS_BATCHES = 8  # encoding batches between two progress reports

ProgressCallback = Callable[[int, int], None]


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    chunk_max_chars: int,
    batch_size: int = 64,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    lock_wait: float = 0.0,
    change: Callable[[], None] | None = None,
    chroma_url: str | None = None,
    chroma_grace_s: float = 120.0,
    database_url: str | None = None,
    redis_url: str | None = None,
) -> IngestReport:
    """Bring the index in line with the corpus; see the module docstring. ``change``, a change to
    the corpus folder (a document stored or deleted), is made first, under the writer lock, so no
    other build scans the folder halfway through it. ``chroma_url``: the Chroma server the vectors
    go to; ``database_url`` (PostgreSQL) or ``redis_url``: where the shared writer lock is taken."""
    started = time.perf_counter()
    with writer_lock(index_dir, wait=lock_wait, database_url=database_url, redis_url=redis_url):
        if change is not None:
            change()
        drop_incomplete(index_dir)
        serving = current_generation(index_dir)
        encoder = embedder.multilingual
        multilingual_model = encoder.name if encoder else None
        previous = Previous.load(serving, embedder.name, multilingual_model)
        plan = plan_build(scan_corpus(corpus_dir, max_bytes), previous, chunk_max_chars)
        report = plan.report
        if (
            serving is not None
            and previous is not None
            and plan.manifest == previous.manifest
            and previous.multilingual_model == multilingual_model
            # A switch between the embedded store and a Chroma server builds the generation anew
            # where its vectors are now searched (nothing is embedded again).
            and has_vectors(serving, chroma_url)
        ):
            report.generation = serving.name  # nothing changed: keep serving it
        else:
            vectors = _embed(plan.fresh, embedder, batch_size, progress)
            report.chunks_embedded = len(plan.fresh)
            multilingual = None
            if encoder is not None:
                known = previous.multilingual if previous else {}
                missing = [e for e in plan.entries if e.chunk.id not in known]
                encoded = _embed(missing, encoder, batch_size, None)
                multilingual = Multilingual(encoder.name, encoder.dimension, {**known, **encoded})
            folder = _write(index_dir, plan, vectors, previous, embedder, multilingual, chroma_url)
            publish(index_dir, folder)
            report.generation = folder.name
            if chroma_url is not None:
                _retire(chroma_url, index_dir, folder.name, serving.name if serving else None, chroma_grace_s)
    report.seconds = time.perf_counter() - started
    return report


def ingest_corpus(
    settings: Settings,
    embedder: Embedder,
    *,
    progress: ProgressCallback | None = None,
    lock_wait: float = 0.0,
    change: Callable[[], None] | None = None,
) -> IngestReport:
    """``build_index`` on the configured corpus and index folders, with the configured limits."""
    return build_index(
        settings.corpus_dir,
        settings.index_dir,
        embedder,
        chunk_max_chars=settings.chunk_max_chars,
        batch_size=settings.embedding_batch_size,
        max_bytes=settings.max_file_bytes,
        progress=progress,
        lock_wait=lock_wait,
        change=change,
        chroma_url=settings.chroma_url,
        chroma_grace_s=settings.chroma_grace_s,
        database_url=settings.database_url,
        redis_url=settings.redis_url,
    )


def _retire(url: str, index_dir: Path, serving: str, replaced: str | None, grace_s: float) -> None:
    # The new generation serves already: a server hiccup here only leaves old collections longer.
    try:
        retire_collections(url, index_dir, serving=serving, replaced=replaced, grace_s=grace_s)
    except (VectorStoreUnavailableError, *UNREACHABLE):
        log.warning("old Chroma collections were not dropped this time", exc_info=True)


def _embed(
    fresh: list[IndexedChunk], embedder: SentenceEncoder, batch_size: int, progress: ProgressCallback | None
) -> dict[str, Vectors]:
    # Longest first, as sentence-transformers orders a batch itself: similar lengths share a
    # batch and little compute goes to padding.
    ordered = sorted(fresh, key=lambda e: -len(e.chunk.embedding_text))
    vectors: dict[str, Vectors] = {}
    step = batch_size * PROGRESS_BATCHES
    for begin in range(0, len(ordered), step):
        batch = [e.chunk for e in ordered[begin : begin + step]]
        encodings = embedder.encode_chunks(
            [c.embedding_text for c in batch],
            [[(a + len(c.context_prefix), b + len(c.context_prefix)) for a, b in c.sentences] for c in batch],
            batch_size=batch_size,
        )
        for chunk, encoding in zip(batch, encodings, strict=True):
            vectors[chunk.id] = (encoding.chunk, encoding.sentences)
        if progress:
            progress(min(begin + step, len(ordered)), len(ordered))
    return vectors


def _write(
    index_dir: Path,
    plan: Plan,
    fresh: dict[str, Vectors],
    previous: Previous | None,
    embedder: Embedder,
    multilingual: Multilingual | None,
    chroma_url: str | None,
) -> Path:
    """The planned generation in a new folder, patched from the previous one where it can be; a
    failed write leaves no folder behind."""
    folder = new_generation(index_dir)
    try:
        write_generation(
            folder,
            plan.entries,
            {**previous.vectors, **fresh} if previous else fresh,
            manifest=manifest_to_json(plan.manifest),
            model=embedder.name,
            dimension=embedder.dimension,
            documents=plan.report.documents,
            base=Base(previous.folder, previous.entries.keys()) if previous else None,
            multilingual=multilingual,
            chroma_url=chroma_url,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder
