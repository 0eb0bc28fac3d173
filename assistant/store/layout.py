"""The files of an index generation folder, and how each one is read and written.

The ingest writes them and the ``Index`` reads them, both through these functions only. Vectors,
terms and the chunk lookups are numpy files opened memory-mapped (``chunk_table``, ``terms``), so
opening a generation reads almost nothing and workers on one machine share its pages.
"""

from __future__ import annotations

import json
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
from assistant.store.chunk_table import ChunkTable, write_chunk_table
from assistant.store.terms import TermTable, write_terms

# Bumped when a generation's files change shape, or its words are cut into terms or its documents
# read otherwise (8: dashes part words; 9: PDF tables with justified cells, a PDF question over a
# list heads it; 10: a plain text title in capitals over its first lines; 11: plain text
# paragraphs opening with a label, after a lead-in, are a list; 12: PDF tables whose justified
# cells close the gap between columns; 13: "University Choir" in a title is a service of ours,
# not another university; 14: plain text items without markers up to 240 characters; 15: "œ"
# and "æ" fold to "oe" and "ae"; 16: PDF table rows centred, a cell's lines kept together; 17:
# plain text items one a line, parted from their lead-in by a blank line; 18: a curly apostrophe
# parts words as a straight one does, and what a contraction leaves ("re", "don") is no term; 19:
# a compound echoing itself, "flip-flops", is one term): older generations are rebuilt.
FORMAT_VERSION = 19
COLLECTION = "passages"
META = "meta.json"  # written last: a generation folder without it is incomplete
# Prefix of the vector files: .chunk.npy, .sentence.npy and .sentence-start.npy.
VECTORS = "vectors"
# The multilingual encoder's vectors (French questions), same rows as VECTORS; absent when it is off.
MULTILINGUAL_VECTORS = "vectors-multilingual"
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


def chroma_client(path: Path) -> Client:
    """An embedded Chroma client with telemetry off; ``close()`` it to release its files and threads."""
    client = chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )
    return cast(Client, client)


def read_generation_meta(folder: Path) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((folder / META).read_text())
    return meta


def write_generation_meta(folder: Path, meta: dict[str, Any]) -> None:
    (folder / META).write_text(json.dumps(meta, indent=2))


def read_chunks(folder: Path) -> ChunkTable:
    return ChunkTable(folder)


def write_chunks(folder: Path, chunks: Sequence[Chunk]) -> None:
    write_chunk_table(folder, chunks)


def _vector_file(folder: Path, name: str, part: str) -> Path:
    return folder / f"{name}.{part}.npy"


def read_vectors(folder: Path, name: str = VECTORS) -> VectorTable:
    """The vectors memory-mapped, read-only: pages are read when used and shared between workers."""
    return VectorTable(
        *(
            np.asarray(np.load(_vector_file(folder, name, part), mmap_mode="r"))
            for part in ("chunk", "sentence", "sentence-start")
        )
    )


def write_vectors(
    folder: Path, rows: Sequence[Vectors], dimension: int, name: str = VECTORS
) -> NDArray[np.float32]:
    """Store each chunk's vectors in order; returns the chunk matrix (Chroma takes it too)."""
    if rows:
        chunk_matrix = np.vstack([chunk for chunk, _ in rows]).astype(np.float32)
        sentences = np.vstack([sentences for _, sentences in rows]).astype(np.float32)
    else:
        chunk_matrix = sentences = np.zeros((0, dimension), dtype=np.float32)
    np.save(_vector_file(folder, name, "chunk"), chunk_matrix)
    np.save(_vector_file(folder, name, "sentence"), sentences)
    starts = np.cumsum([0] + [len(s) for _, s in rows[:-1]]) if rows else np.zeros(0)
    np.save(_vector_file(folder, name, "sentence-start"), starts.astype(np.int64))
    return chunk_matrix


def read_lexical(folder: Path) -> TermTable:
    return TermTable(folder)


def write_lexical(folder: Path, entries: Sequence[IndexedChunk]) -> None:
    write_terms(
        folder,
        [e.context_terms for e in entries],
        [e.heading_terms for e in entries],
        [e.sentence_terms for e in entries],
    )


def read_indexed_chunks(folder: Path) -> tuple[list[IndexedChunk], VectorTable]:
    """A generation's chunks with their terms, and its vectors, for a build to reuse."""
    lexical = read_lexical(folder)
    sentences = lexical.sentence_terms.all()
    context = lexical.context_terms.all()
    heading = lexical.heading_terms.all()
    chunks = [
        IndexedChunk(c, sentences[i], context[i], heading[i]) for i, c in enumerate(read_chunks(folder))
    ]
    return chunks, read_vectors(folder)


def read_manifest_json(folder: Path) -> dict[str, dict[str, Any]]:
    """The generation's document manifest as stored; ``assistant.ingest.manifest`` gives it types."""
    manifest: dict[str, dict[str, Any]] = json.loads((folder / MANIFEST).read_text())
    return manifest


def write_manifest_json(folder: Path, manifest: dict[str, dict[str, Any]]) -> None:
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
