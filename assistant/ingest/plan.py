"""Planning a build: the scanned corpus compared with the serving generation, file by file.

Unchanged files keep their chunks, vectors and terms; added and changed ones are parsed and
chunked, and only chunks never embedded before are left to encode.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.domain import Chunk
from assistant.ingest.chunking import READER_VERSION, chunk_document, spelled_out
from assistant.ingest.corpus import CorpusScan, Document, DocumentError, SourceFile, read_document
from assistant.ingest.manifest import DocumentStatus, Manifest, ManifestEntry, read_manifest
from assistant.ingest.report import IngestReport
from assistant.store.layout import (
    FORMAT_VERSION,
    MULTILINGUAL_VECTORS,
    IndexedChunk,
    Vectors,
    read_generation_meta,
    read_indexed_chunks,
    read_vectors,
)
from assistant.text import index_terms


@dataclass(frozen=True)
class Previous:
    """The serving generation, as far as a new build can reuse it."""

    folder: Path
    manifest: Manifest
    entries: dict[str, IndexedChunk]
    vectors: dict[str, Vectors]
    # The multilingual vectors, when they are the configured encoder's (else none: all re-encoded).
    multilingual: dict[str, Vectors] = field(default_factory=dict)
    multilingual_model: str | None = None

    @classmethod
    def load(cls, folder: Path | None, model: str, multilingual_model: str | None = None) -> Previous | None:
        if folder is None:
            return None
        meta = read_generation_meta(folder)
        if meta.get("model") != model or meta.get("format") != FORMAT_VERSION:
            return None  # vectors of another model or layout cannot be reused
        chunks, vectors = read_indexed_chunks(folder)
        stored = meta.get("multilingual_model")
        multilingual: dict[str, Vectors] = {}
        if stored is not None and stored == multilingual_model:
            table = read_vectors(folder, MULTILINGUAL_VECTORS)
            multilingual = {e.chunk.id: table.of(i) for i, e in enumerate(chunks)}
        return cls(
            folder,
            read_manifest(folder),
            {e.chunk.id: e for e in chunks},
            {e.chunk.id: vectors.of(i) for i, e in enumerate(chunks)},
            multilingual,
            stored,
        )


@dataclass
class Plan:
    """The next generation: its manifest, its chunks in order, and those that need vectors."""

    manifest: Manifest = field(default_factory=dict)
    entries: list[IndexedChunk] = field(default_factory=list)
    fresh: list[IndexedChunk] = field(default_factory=list)
    report: IngestReport = field(default_factory=IngestReport)


def plan_build(scan: CorpusScan, previous: Previous | None, chunk_max_chars: int) -> Plan:
    """What the next generation holds, and the report of how it differs from the serving one."""
    planner = _Planner(previous, chunk_max_chars)
    for path, error in scan.failures:
        planner.fail(path, error)
    for source in scan.sources:
        planner.add(source)
    return planner.finish()


def index_chunk(chunk: Chunk) -> IndexedChunk:
    """A chunk with the terms the lexical side matches it by."""
    # Headings carry the topic ("Coimbra Group") that the chunk's sentences often leave implicit.
    return IndexedChunk(
        chunk=chunk,
        sentence_terms=[index_terms(chunk.sentence(i)) for i in range(len(chunk.sentences))],
        context_terms=index_terms(f"{chunk.title} {chunk.section or ''} {chunk.text}"),
        heading_terms=sorted(set(index_terms(f"{chunk.title} {chunk.section or ''}"))),
    )


class _Planner:
    def __init__(self, previous: Previous | None, chunk_max_chars: int) -> None:
        self.previous = previous
        self.old: Manifest = previous.manifest if previous else {}
        self.chunk_max_chars = chunk_max_chars
        self.plan = Plan()

    def add(self, source: SourceFile) -> None:
        old = self.old.get(source.path)
        # A file read by older parsers is read again; only the chunks that changed are embedded.
        same = old is not None and old.sha256 == source.sha256 and old.reader == READER_VERSION
        if old is not None and same and old.status == DocumentStatus.INDEXED:
            self._unchanged(source.path, old)
            return
        try:
            document = read_document(source)
        except (DocumentError, OSError) as exc:
            self.fail(source.path, str(exc), source)
            return
        self._read(source, document, old)

    def fail(self, path: str, error: str, source: SourceFile | None = None) -> None:
        """A file that cannot be read: its last good version keeps serving, if it had one."""
        kept = self._keep_previous(path)
        self.plan.report.failed.append({"path": path, "error": error})
        old = self.old.get(path) or ManifestEntry(DocumentStatus.FAILED)
        self.plan.manifest[path] = old.failed(error, kept, source)

    def finish(self) -> Plan:
        plan, report = self.plan, self.plan.report
        report.removed = sum(1 for p, e in self.old.items() if p not in plan.manifest and e.serves)
        report.documents = sum(1 for e in plan.manifest.values() if e.serves)
        report.chunks = len(plan.entries)
        return plan

    def _unchanged(self, path: str, old: ManifestEntry) -> None:
        if old.expired():
            self.plan.report.expired.append(path)
            self.plan.manifest[path] = replace(old, status=DocumentStatus.EXPIRED, chunk_ids=(), initials=())
        else:
            self._keep_previous(path)
            self.plan.report.unchanged += 1
            self.plan.manifest[path] = old

    def _read(self, source: SourceFile, document: Document, old: ManifestEntry | None) -> None:
        """A file added or changed: its new chunks, or none when it has expired."""
        plan = self.plan
        if document.expired():
            plan.report.expired.append(source.path)
            plan.manifest[source.path] = ManifestEntry.of(source, document, DocumentStatus.EXPIRED)
            return
        chunks = chunk_document(document, self.chunk_max_chars)
        for chunk in chunks:
            entry = index_chunk(chunk)
            plan.entries.append(entry)
            if self.previous is None or chunk.id not in self.previous.vectors:
                plan.fresh.append(entry)
        if old is None or old.status != DocumentStatus.INDEXED:
            plan.report.added += 1
        else:
            plan.report.updated += 1
        ids = tuple(c.id for c in chunks)
        plan.manifest[source.path] = ManifestEntry.of(
            source, document, DocumentStatus.INDEXED, ids, spelled_out(chunks)
        )

    def _keep_previous(self, path: str) -> bool:
        """Serve the chunks a file had before; False when it had none."""
        old = self.old.get(path)
        if self.previous is None or old is None or not old.serves:
            return False
        self.plan.entries.extend(self.previous.entries[i] for i in old.chunk_ids)
        return True
