"""The files of an index generation folder, and how each one is read and written.

The ingest writes them and the ``Index`` reads them, both through these functions only.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import chromadb
import numpy as np
from chromadb.api.client import Client
from chromadb.config import Settings as ChromaSettings
from numpy.typing import NDArray

from assistant.domain import Chunk

FORMAT_VERSION = 6  # bump when a generation's files change shape: older ones are rebuilt
COLLECTION = "passages"
META = "meta.json"  # written last: a generation folder without it is incomplete
CHUNKS = "chunks.jsonl"
VECTORS = "vectors.npz"
# The multilingual encoder's vectors (French questions), same rows as VECTORS; absent when it is off.
MULTILINGUAL_VECTORS = "vectors-multilingual.npz"
LEXICAL = "lexical.json"
MANIFEST = "manifest.json"
BM25 = "bm25"
CHROMA = "chroma"

Vectors = tuple[NDArray[np.float32], NDArray[np.float32]]  # a chunk's vector, its sentences' vectors


@dataclass(frozen=True)
class IndexedChunk:
    """A chunk with the terms the lexical side matches it by, as one generation stores it."""

    chunk: Chunk
    sentence_terms: list[list[str]]
    context_terms: list[str]
    heading_terms: list[str]


@dataclass(frozen=True)
class VectorTable:
    """Every vector of a generation: one row per chunk, and one per sentence in chunk order."""

    chunk_vectors: NDArray[np.float32]
    sentence_vectors: NDArray[np.float32]
    sentence_start: NDArray[np.int64]  # row of each chunk's first sentence in sentence_vectors

    def of(self, position: int) -> Vectors:
        start = int(self.sentence_start[position])
        end = (
            int(self.sentence_start[position + 1])
            if position + 1 < len(self.sentence_start)
            else len(self.sentence_vectors)
        )
        return self.chunk_vectors[position], self.sentence_vectors[start:end]


@dataclass(frozen=True)
class Lexical:
    """Per-chunk terms in chunk order, and in how many chunks each context term occurs."""

    sentence_terms: list[list[list[str]]]
    context_terms: list[list[str]]
    heading_terms: list[list[str]]
    document_frequency: dict[str, int]


def chroma_client(path: Path) -> Client:
    """An embedded Chroma client with telemetry off; ``close()`` it to release its files and threads."""
    client = chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )
    return cast(Client, client)


def chunk_record(chunk: Chunk) -> dict[str, Any]:
    return dataclasses.asdict(chunk)


def chunk_from_record(record: dict[str, Any]) -> Chunk:
    return Chunk(**{**record, "sentences": tuple((a, b) for a, b in record["sentences"])})


def read_generation_meta(folder: Path) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((folder / META).read_text())
    return meta


def write_generation_meta(folder: Path, meta: dict[str, Any]) -> None:
    (folder / META).write_text(json.dumps(meta, indent=2))


def read_chunks(folder: Path) -> list[Chunk]:
    with open(folder / CHUNKS) as handle:
        return [chunk_from_record(json.loads(line)) for line in handle]


def write_chunks(folder: Path, chunks: Sequence[Chunk]) -> None:
    with open(folder / CHUNKS, "w") as handle:
        for chunk in chunks:
            handle.write(json.dumps(chunk_record(chunk), ensure_ascii=False) + "\n")


def read_vectors(folder: Path, name: str = VECTORS) -> VectorTable:
    with np.load(folder / name) as data:  # each key access re-reads the file: read once
        return VectorTable(data["chunk_vectors"], data["sentence_vectors"], data["sentence_start"])


def write_vectors(
    folder: Path, rows: Sequence[Vectors], dimension: int, name: str = VECTORS
) -> NDArray[np.float32]:
    """Store each chunk's vectors in order; returns the chunk matrix (Chroma takes it too)."""
    if not rows:
        empty = np.zeros((0, dimension), dtype=np.float32)
        np.savez(
            folder / name,
            chunk_vectors=empty,
            sentence_vectors=empty,
            sentence_start=np.zeros(0, dtype=np.int64),
        )
        return empty
    chunk_matrix = np.vstack([chunk for chunk, _ in rows]).astype(np.float32)
    np.savez(
        folder / name,
        chunk_vectors=chunk_matrix,
        sentence_vectors=np.vstack([sentences for _, sentences in rows]).astype(np.float32),
        sentence_start=np.cumsum([0] + [len(s) for _, s in rows[:-1]]).astype(np.int64),
    )
    return chunk_matrix


def read_lexical(folder: Path) -> Lexical:
    data = json.loads((folder / LEXICAL).read_text())
    return Lexical(
        data["sentence_terms"], data["context_terms"], data["heading_terms"], data["document_frequency"]
    )


def write_lexical(folder: Path, entries: Sequence[IndexedChunk]) -> None:
    frequency: Counter[str] = Counter()
    for entry in entries:
        frequency.update(set(entry.context_terms))
    lexical = {
        "sentence_terms": [e.sentence_terms for e in entries],
        "context_terms": [e.context_terms for e in entries],
        "heading_terms": [e.heading_terms for e in entries],
        "document_frequency": dict(frequency),
    }
    (folder / LEXICAL).write_text(json.dumps(lexical))


def read_indexed_chunks(folder: Path) -> tuple[list[IndexedChunk], VectorTable]:
    """A generation's chunks with their terms, and its vectors, for a build to reuse."""
    lexical = read_lexical(folder)
    chunks = [
        IndexedChunk(c, lexical.sentence_terms[i], lexical.context_terms[i], lexical.heading_terms[i])
        for i, c in enumerate(read_chunks(folder))
    ]
    return chunks, read_vectors(folder)


def read_manifest_json(folder: Path) -> dict[str, dict[str, Any]]:
    """The generation's document manifest as stored; ``assistant.ingest.manifest`` gives it types."""
    manifest: dict[str, dict[str, Any]] = json.loads((folder / MANIFEST).read_text())
    return manifest


def write_manifest_json(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
