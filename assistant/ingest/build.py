"""Building index generations from the corpus, incrementally and crash-safely.

A run scans the corpus and compares each file's content hash (file and sidecar) with the
manifest of the serving generation: unchanged documents keep their chunks, vectors and terms;
added and changed ones are parsed and chunked, and only chunks never embedded before are
encoded; deleted ones are dropped from the dense and the lexical index alike. The result is
written to a new generation folder (Chroma is copied from the serving one and patched), which
``CURRENT`` then points to. A run killed at any point leaves the serving generation untouched;
the next run cleans up and completes the work. One writer at a time holds the folder's lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.domain import Chunk
from assistant.embeddings import Embedder
from assistant.expiry import is_expired
from assistant.ingest.chunking import chunk_document
from assistant.ingest.corpus import DEFAULT_MAX_BYTES, DocumentError, read_document, scan_corpus
from assistant.settings import Settings
from assistant.store.generations import current_generation, new_generation, publish
from assistant.store.layout import (
    FORMAT_VERSION,
    IndexedChunk,
    Vectors,
    read_generation_meta,
    read_indexed_chunks,
    read_manifest_json,
)
from assistant.store.writer import Base, write_generation
from assistant.text import index_terms

LOCK = ".ingest.lock"
PROGRESS_BATCHES = 8  # encoding batches between two progress reports

ProgressCallback = Callable[[int, int], None]


class IngestBusyError(RuntimeError):
    """Another ingest holds the index folder's lock."""


@dataclass
class IngestReport:
    """What one ingest run did (documents counted by what happened to them); printed by the CLI."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    expired: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    chunks_embedded: int = 0
    documents: int = 0  # documents indexed (served) after the run
    chunks: int = 0
    seconds: float = 0.0
    generation: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "expired": len(self.expired),
            "expired_documents": self.expired,
            "failed": self.failed,
            "chunks_embedded": self.chunks_embedded,
            "documents": self.documents,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "generation": self.generation,
        }


@contextlib.contextmanager
def writer_lock(index_dir: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the single-writer lock of ``index_dir``; wait up to ``wait`` seconds, then IngestBusyError."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "w") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() >= deadline:
                    raise IngestBusyError(
                        f"another 'assistant ingest' is writing {index_dir}; wait for it to finish"
                    ) from exc
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lexical_text(chunk: Chunk) -> str:
    # Headings carry the topic ("Coimbra Group") that the chunk's sentences often leave implicit.
    return f"{chunk.title} {chunk.section or ''} {chunk.text}"


def _entry(chunk: Chunk) -> IndexedChunk:
    return IndexedChunk(
        chunk=chunk,
        sentence_terms=[index_terms(chunk.sentence(i)) for i in range(len(chunk.sentences))],
        context_terms=index_terms(_lexical_text(chunk)),
        heading_terms=sorted(set(index_terms(f"{chunk.title} {chunk.section or ''}"))),
    )


@dataclass
class _Previous:
    """The serving generation, as far as a new build can reuse it."""

    folder: Path
    manifest: dict[str, dict[str, Any]]
    entries: dict[str, IndexedChunk]
    vectors: dict[str, Vectors]

    @classmethod
    def load(cls, folder: Path | None, model: str) -> _Previous | None:
        if folder is None:
            return None
        meta = read_generation_meta(folder)
        if meta.get("model") != model or meta.get("format") != FORMAT_VERSION:
            return None  # vectors of another model or layout cannot be reused
        chunks, vectors = read_indexed_chunks(folder)
        return cls(
            folder,
            read_manifest_json(folder),
            {e.chunk.id: e for e in chunks},
            {e.chunk.id: vectors.of(i) for i, e in enumerate(chunks)},
        )


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
) -> IngestReport:
    """Bring the index in line with the corpus; see the module docstring."""
    started = time.perf_counter()
    report = IngestReport()
    with writer_lock(index_dir, wait=lock_wait):
        serving = current_generation(index_dir)
        previous = _Previous.load(serving, embedder.name)
        old_manifest = previous.manifest if previous else {}
        scan = scan_corpus(corpus_dir, max_bytes)
        manifest: dict[str, dict[str, Any]] = {}
        entries: list[IndexedChunk] = []
        fresh: list[IndexedChunk] = []

        def keep_previous(path: str) -> bool:
            """Serve the chunks a document had before; False when it had none."""
            old = old_manifest.get(path)
            if previous is None or old is None or not _serves(old):
                return False
            entries.extend(previous.entries[i] for i in old["chunk_ids"])
            return True

        for path, error in scan.failures:
            kept = keep_previous(path)
            report.failed.append({"path": path, "error": error})
            manifest[path] = _manifest_entry(old_manifest.get(path), status="failed", error=error, kept=kept)

        for source in scan.sources:
            old = old_manifest.get(source.path)
            base = {"sha256": source.sha256, "size": source.size, "modified": source.modified}
            if old is not None and old["sha256"] == source.sha256 and old["status"] == "indexed":
                if is_expired(old.get("valid_until")):
                    report.expired.append(source.path)
                    manifest[source.path] = {**old, "status": "expired", "chunk_ids": []}
                else:
                    keep_previous(source.path)
                    report.unchanged += 1
                    manifest[source.path] = old
                continue
            try:
                document = read_document(source)
            except (DocumentError, OSError) as exc:
                kept = keep_previous(source.path)
                report.failed.append({"path": source.path, "error": str(exc)})
                manifest[source.path] = _manifest_entry(
                    old, status="failed", error=str(exc), kept=kept, **base
                )
                continue
            entry = {
                **base,
                "title": document.title,
                "format": document.format,
                "valid_until": document.valid_until.isoformat() if document.valid_until else None,
                "error": None,
            }
            if document.expired():
                report.expired.append(source.path)
                manifest[source.path] = {**entry, "status": "expired", "chunk_ids": []}
                continue
            chunks = chunk_document(document, chunk_max_chars)
            for chunk in chunks:
                item = _entry(chunk)
                entries.append(item)
                if previous is None or chunk.id not in previous.vectors:
                    fresh.append(item)
            if old is None or old["status"] != "indexed":
                report.added += 1
            else:
                report.updated += 1
            manifest[source.path] = {**entry, "status": "indexed", "chunk_ids": [c.id for c in chunks]}

        report.removed = sum(1 for p, e in old_manifest.items() if p not in manifest and _serves(e))
        report.documents = sum(1 for e in manifest.values() if _serves(e))
        report.chunks = len(entries)
        if serving is not None and previous is not None and manifest == old_manifest:
            report.generation = serving.name
            report.seconds = time.perf_counter() - started
            return report

        vectors = _embed(fresh, embedder, batch_size, progress)
        report.chunks_embedded = len(fresh)
        if previous is not None:
            vectors.update(
                {e.chunk.id: previous.vectors[e.chunk.id] for e in entries if e.chunk.id not in vectors}
            )
        folder = new_generation(index_dir)
        write_generation(
            folder,
            entries,
            vectors,
            manifest=manifest,
            model=embedder.name,
            dimension=embedder.dimension,
            documents=report.documents,
            base=Base(previous.folder, previous.entries.keys()) if previous else None,
        )
        publish(index_dir, folder)
        report.generation = folder.name
    report.seconds = time.perf_counter() - started
    return report


def ingest_corpus(
    settings: Settings,
    embedder: Embedder,
    *,
    progress: ProgressCallback | None = None,
    lock_wait: float = 0.0,
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
    )


def _serves(entry: dict[str, Any]) -> bool:
    """Whether a manifest entry's chunks are in the index (indexed, or kept after a failed update)."""
    return entry["status"] == "indexed" or bool(entry.get("kept"))


def _manifest_entry(
    old: dict[str, Any] | None, *, status: str, error: str, kept: bool, **extra: Any
) -> dict[str, Any]:
    entry = {**(old or {"title": None, "format": None, "valid_until": None, "chunk_ids": []}), **extra}
    if not kept:
        entry["chunk_ids"] = []
    return {**entry, "status": status, "error": error, "kept": kept}


def _embed(
    fresh: list[IndexedChunk], embedder: Embedder, batch_size: int, progress: ProgressCallback | None
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
