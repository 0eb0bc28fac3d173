"""Building and opening the persisted indexes: Chroma (dense), BM25 (lexical), per-sentence data.

Each build writes a new *generation* folder under the index folder and then switches the
``CURRENT`` pointer to it with an atomic rename, so a reader always opens a complete index and a
build that dies halfway leaves the previous one serving.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import bm25s
import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings
from numpy.typing import NDArray

from assistant.chunking import Chunk, chunk_document
from assistant.corpus import load_corpus
from assistant.embeddings import Embedder
from assistant.text import index_terms

FORMAT_VERSION = 2  # bump when a generation's files change shape: older ones are rebuilt
COLLECTION = "passages"
POINTER = "CURRENT"
LOCK = ".ingest.lock"
PROGRESS_BATCHES = 8  # encoding batches between two progress reports


class IndexNotFoundError(RuntimeError):
    """No built index in the folder: run ``assistant ingest`` first."""


class IngestBusyError(RuntimeError):
    """Another ingest holds the index folder's lock."""


@dataclass
class IngestReport:
    """What one ingest run did; printed by the CLI."""

    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    generation: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "embedded": self.embedded,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "generation": self.generation,
        }


def chroma_client(path: Path) -> ClientAPI:
    """An embedded Chroma client with telemetry off."""
    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )


def current_generation(index_dir: Path) -> Path | None:
    """The folder of the generation that serves, or None when no build has completed."""
    pointer = index_dir / POINTER
    if not pointer.is_file():
        return None
    folder = index_dir / pointer.read_text().strip()
    return folder if (folder / "meta.json").is_file() else None


@contextlib.contextmanager
def writer_lock(index_dir: Path) -> Iterator[None]:
    """Hold the single-writer lock of ``index_dir`` or fail at once with IngestBusyError."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IngestBusyError(
                f"another 'assistant ingest' is writing {index_dir}; wait for it to finish"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _chunk_record(chunk: Chunk) -> dict[str, Any]:
    return {
        "id": chunk.id,
        "document": chunk.document,
        "title": chunk.title,
        "section": chunk.section,
        "url": chunk.url,
        "position": chunk.position,
        "text": chunk.text,
        "sentences": [list(span) for span in chunk.sentences],
    }


def _chunk_from_record(record: dict[str, Any]) -> Chunk:
    return Chunk(
        id=record["id"],
        document=record["document"],
        title=record["title"],
        section=record["section"],
        url=record["url"],
        position=record["position"],
        text=record["text"],
        sentences=tuple((a, b) for a, b in record["sentences"]),
    )


def _lexical_text(chunk: Chunk) -> str:
    # Headings carry the topic ("Coimbra Group") that the chunk's sentences often leave implicit.
    return f"{chunk.title} {chunk.section or ''} {chunk.text}"


class Index:
    """A read-only, fully loaded generation: chunks, vectors, BM25 and the Chroma collection."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.meta: dict[str, Any] = json.loads((folder / "meta.json").read_text())
        if self.meta.get("format") != FORMAT_VERSION:
            raise IndexNotFoundError(
                f"the index in {folder.parent} has an older format: run 'assistant ingest' to rebuild it"
            )
        with open(folder / "chunks.jsonl") as handle:
            self.chunks = [_chunk_from_record(json.loads(line)) for line in handle]
        vectors = np.load(folder / "vectors.npz")
        self.chunk_vectors: NDArray[np.float32] = vectors["chunk_vectors"]
        self.sentence_vectors: NDArray[np.float32] = vectors["sentence_vectors"]
        # Row of each chunk's first sentence in sentence_vectors.
        self.sentence_start: NDArray[np.int64] = vectors["sentence_start"]
        lexical = json.loads((folder / "lexical.json").read_text())
        self.sentence_terms: list[list[list[str]]] = lexical["sentence_terms"]
        self.context_terms: list[list[str]] = lexical["context_terms"]
        self.heading_terms: list[list[str]] = lexical["heading_terms"]
        self.document_frequency: dict[str, int] = lexical["document_frequency"]
        self.bm25 = bm25s.BM25.load(str(folder / "bm25"), load_corpus=False)
        self.collection = chroma_client(folder / "chroma").get_collection(COLLECTION)
        self.position = {chunk.id: i for i, chunk in enumerate(self.chunks)}

    @classmethod
    def open(cls, index_dir: Path) -> Index:
        folder = current_generation(index_dir)
        if folder is None:
            raise IndexNotFoundError(
                f"no index in {index_dir}: run 'assistant ingest' to build it from the corpus"
            )
        return cls(folder)

    @property
    def generation(self) -> str:
        return self.folder.name

    @property
    def model(self) -> str:
        return str(self.meta["model"])

    @property
    def document_count(self) -> int:
        return int(self.meta["documents"])

    def idf(self, term: str) -> float:
        """Smoothed inverse chunk frequency; a term the corpus never uses weighs the most."""
        n = len(self.chunks)
        return math.log(1 + (n + 1) / (self.document_frequency.get(term, 0) + 0.5))

    def sentence_vectors_of(self, chunk_index: int) -> NDArray[np.float32]:
        start = int(self.sentence_start[chunk_index])
        return self.sentence_vectors[start : start + len(self.chunks[chunk_index].sentences)]

    def dense_search(self, vector: NDArray[np.float32], k: int) -> list[tuple[int, float]]:
        """Chunks nearest to ``vector`` in the Chroma collection, as (chunk index, cosine)."""
        k = min(k, len(self.chunks))
        if k == 0:
            return []
        result = self.collection.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
        ids = result["ids"][0]
        distances = (result["distances"] or [[]])[0]
        return [
            (self.position[i], 1.0 - float(d))
            for i, d in zip(ids, distances, strict=True)
            if i in self.position
        ]

    def lexical_search(self, terms: list[str], k: int) -> list[tuple[int, float]]:
        """Chunks by BM25 score for already-stemmed ``terms``; chunks scoring zero are left out."""
        k = min(k, len(self.chunks))
        if k == 0 or not terms:
            return []
        docs, scores = self.bm25.retrieve([terms], k=k, show_progress=False, n_threads=1)
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]


ProgressCallback = Callable[[int, int], None]


def _previous_vectors(
    folder: Path | None, model: str
) -> dict[str, tuple[NDArray[np.float32], NDArray[np.float32]]]:
    """Vectors of the serving generation, by chunk id, when they came from the same model."""
    if folder is None:
        return {}
    meta = json.loads((folder / "meta.json").read_text())
    if meta.get("model") != model or meta.get("format") != FORMAT_VERSION:
        return {}
    with open(folder / "chunks.jsonl") as handle:
        ids = [json.loads(line)["id"] for line in handle]
    with np.load(folder / "vectors.npz") as data:  # each key access re-reads the file: read once
        chunk_vectors = data["chunk_vectors"]
        sentence_vectors = data["sentence_vectors"]
        starts = data["sentence_start"]
    ends = [*starts[1:], len(sentence_vectors)]
    return {
        chunk_id: (chunk_vectors[i], sentence_vectors[starts[i] : ends[i]]) for i, chunk_id in enumerate(ids)
    }


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    chunk_max_chars: int,
    batch_size: int = 64,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read, chunk, embed what is new and publish a new generation; see the module docstring."""
    started = time.perf_counter()
    report = IngestReport()
    with writer_lock(index_dir):
        corpus = load_corpus(corpus_dir)
        report.failed = [{"path": p, "error": e} for p, e in corpus.failures]
        report.documents = len(corpus.documents)
        chunks = [c for doc in corpus.documents for c in chunk_document(doc, chunk_max_chars)]
        report.chunks = len(chunks)

        serving = current_generation(index_dir)
        previous = _previous_vectors(serving, embedder.name)
        report.removed = len(set(previous) - {c.id for c in chunks})
        if serving is not None and previous.keys() == {c.id for c in chunks} and chunks:
            meta = json.loads((serving / "meta.json").read_text())
            if meta.get("documents") == report.documents:
                report.unchanged = len(chunks)
                report.generation = serving.name
                report.seconds = time.perf_counter() - started
                return report

        # Longest first, as sentence-transformers orders a batch itself: similar lengths share a
        # batch and little compute goes to padding.
        fresh = sorted((c for c in chunks if c.id not in previous), key=lambda c: -len(c.embedding_text))
        report.unchanged = len(chunks) - len(fresh)
        report.embedded = len(fresh)
        vectors = dict(previous)
        step = batch_size * PROGRESS_BATCHES
        for begin in range(0, len(fresh), step):
            batch = fresh[begin : begin + step]
            encodings = embedder.encode_chunks(
                [c.embedding_text for c in batch],
                [_shift(c.sentences, len(c.context_prefix)) for c in batch],
                batch_size=batch_size,
            )
            for chunk, encoding in zip(batch, encodings, strict=True):
                vectors[chunk.id] = (encoding.chunk, encoding.sentences)
            if progress:
                progress(min(begin + step, len(fresh)), len(fresh))

        folder = _write_generation(index_dir, chunks, vectors, embedder, report.documents)
        _publish(index_dir, folder)
        report.generation = folder.name
    report.seconds = time.perf_counter() - started
    return report


def _shift(spans: tuple[tuple[int, int], ...], offset: int) -> list[tuple[int, int]]:
    return [(a + offset, b + offset) for a, b in spans]


def _write_generation(
    index_dir: Path,
    chunks: list[Chunk],
    vectors: dict[str, tuple[NDArray[np.float32], NDArray[np.float32]]],
    embedder: Embedder,
    documents: int,
) -> Path:
    folder = index_dir / f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.time_ns() % 10**6:06d}"
    folder.mkdir(parents=True)
    dim = embedder.dimension
    chunk_matrix: NDArray[np.float32] = (
        np.vstack([vectors[c.id][0] for c in chunks]).astype(np.float32)
        if chunks
        else np.zeros((0, dim), dtype=np.float32)
    )
    sentence_rows = [vectors[c.id][1] for c in chunks]
    sentence_matrix = np.vstack(sentence_rows) if sentence_rows else np.zeros((0, dim))
    starts = np.cumsum([0] + [len(rows) for rows in sentence_rows[:-1]]) if chunks else np.zeros(0)
    np.savez(
        folder / "vectors.npz",
        chunk_vectors=chunk_matrix,
        sentence_vectors=sentence_matrix.astype(np.float32),
        sentence_start=np.asarray(starts, dtype=np.int64),
    )
    with open(folder / "chunks.jsonl", "w") as handle:
        for chunk in chunks:
            handle.write(json.dumps(_chunk_record(chunk), ensure_ascii=False) + "\n")

    context_terms = [index_terms(_lexical_text(c)) for c in chunks]
    frequency: Counter[str] = Counter()
    for terms in context_terms:
        frequency.update(set(terms))
    lexical = {
        "sentence_terms": [[index_terms(c.sentence(i)) for i in range(len(c.sentences))] for c in chunks],
        "context_terms": [sorted(set(t)) for t in context_terms],
        "heading_terms": [sorted(set(index_terms(f"{c.title} {c.section or ''}"))) for c in chunks],
        "document_frequency": dict(frequency),
    }
    (folder / "lexical.json").write_text(json.dumps(lexical))

    bm25 = bm25s.BM25()
    bm25.index(context_terms or [[]], show_progress=False)
    bm25.save(str(folder / "bm25"), show_progress=False)

    client = chroma_client(folder / "chroma")
    collection = client.create_collection(
        COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )
    for begin in range(0, len(chunks), 1000):
        batch = chunks[begin : begin + 1000]
        collection.add(
            ids=[c.id for c in batch],
            embeddings=chunk_matrix[begin : begin + len(batch)],
            documents=[c.text for c in batch],
            metadatas=[
                {
                    "document": c.document,
                    "title": c.title,
                    "section": c.section or "",
                    "url": c.url or "",
                    "position": c.position,
                }
                for c in batch
            ],
        )
    meta = {
        "format": FORMAT_VERSION,
        "model": embedder.name,
        "dimension": embedder.dimension,
        "documents": documents,
        "chunks": len(chunks),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    # meta.json is written last: a generation without it is incomplete and never served.
    (folder / "meta.json").write_text(json.dumps(meta, indent=2))
    return folder


def _publish(index_dir: Path, folder: Path) -> None:
    """Point CURRENT at ``folder`` atomically, then drop generations older than the previous one."""
    previous = current_generation(index_dir)
    tmp = index_dir / f".{POINTER}.tmp"
    tmp.write_text(folder.name)
    with open(tmp) as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, index_dir / POINTER)
    # Keep the generation a running server may still have open; anything older can go.
    keep = {folder.name, previous.name if previous else ""}
    for stale in index_dir.glob("gen-*"):
        if stale.name not in keep:
            shutil.rmtree(stale, ignore_errors=True)
