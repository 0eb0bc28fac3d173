"""The persisted index, read side: a generation folder with Chroma (dense), BM25 (lexical),
vectors, per-sentence terms and the document manifest. ``ingest`` writes generations.

Each build writes a new *generation* folder under the index folder and then switches the
``CURRENT`` pointer to it with an atomic rename, so a reader always opens a complete index and a
build that dies halfway leaves the previous one serving.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import bm25s
import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings
from numpy.typing import NDArray

from assistant.domain import Chunk

FORMAT_VERSION = 5  # bump when a generation's files change shape: older ones are rebuilt
COLLECTION = "passages"
POINTER = "CURRENT"


class IndexNotFoundError(RuntimeError):
    """No usable index in the folder: run ``assistant ingest`` first."""


def chroma_client(path: Path) -> ClientAPI:
    """An embedded Chroma client with telemetry off."""
    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )


def current_generation(index_dir: Path) -> Path | None:
    """The folder of the generation that serves, or None when no build has completed."""
    pointer = index_dir / POINTER
    try:
        name = pointer.read_text().strip()
    except FileNotFoundError:
        return None
    folder = index_dir / name
    return folder if (folder / "meta.json").is_file() else None


def chunk_record(chunk: Chunk) -> dict[str, Any]:
    return {
        "id": chunk.id,
        "document": chunk.document,
        "title": chunk.title,
        "section": chunk.section,
        "url": chunk.url,
        "position": chunk.position,
        "text": chunk.text,
        "sentences": [list(span) for span in chunk.sentences],
        "page": chunk.page,
        "valid_until": chunk.valid_until,
        "kind": chunk.kind,
        "lead": chunk.lead,
        "institution": chunk.institution,
    }


def chunk_from_record(record: dict[str, Any]) -> Chunk:
    return Chunk(
        id=record["id"],
        document=record["document"],
        title=record["title"],
        section=record["section"],
        url=record["url"],
        position=record["position"],
        text=record["text"],
        sentences=tuple((a, b) for a, b in record["sentences"]),
        page=record.get("page"),
        valid_until=record.get("valid_until"),
        kind=record.get("kind", "text"),
        lead=record.get("lead", 0),
        institution=record.get("institution"),
    )


def read_generation_meta(folder: Path) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads((folder / "meta.json").read_text())
    return meta


class Index:
    """A read-only, fully loaded generation: chunks, vectors, BM25, Chroma and the manifest."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.meta = read_generation_meta(folder)
        if self.meta.get("format") != FORMAT_VERSION:
            raise IndexNotFoundError(
                f"the index in {folder.parent} has an older format: run 'assistant ingest' to rebuild it"
            )
        with open(folder / "chunks.jsonl") as handle:
            self.chunks = [chunk_from_record(json.loads(line)) for line in handle]
        with np.load(folder / "vectors.npz") as vectors:
            self.chunk_vectors: NDArray[np.float32] = vectors["chunk_vectors"]
            self.sentence_vectors: NDArray[np.float32] = vectors["sentence_vectors"]
            # Row of each chunk's first sentence in sentence_vectors.
            self.sentence_start: NDArray[np.int64] = vectors["sentence_start"]
        lexical = json.loads((folder / "lexical.json").read_text())
        self.sentence_terms: list[list[list[str]]] = lexical["sentence_terms"]
        self.context_terms: list[list[str]] = lexical["context_terms"]
        self.heading_terms: list[list[str]] = lexical["heading_terms"]
        self.document_frequency: dict[str, int] = lexical["document_frequency"]
        self.manifest: dict[str, dict[str, Any]] = json.loads((folder / "manifest.json").read_text())
        self.bm25 = bm25s.BM25.load(str(folder / "bm25"), load_corpus=False)
        self.collection = chroma_client(folder / "chroma").get_collection(COLLECTION)
        self.position = {chunk.id: i for i, chunk in enumerate(self.chunks)}
        self._by_document: dict[str, list[int]] = {}
        for i, chunk in enumerate(self.chunks):
            self._by_document.setdefault(chunk.document, []).append(i)
        self._valid_until = {
            i: dt.date.fromisoformat(c.valid_until) for i, c in enumerate(self.chunks) if c.valid_until
        }

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

    def live(self, chunk_index: int, today: dt.date | None = None) -> bool:
        """False once the chunk's document is past its ``valid_until`` date."""
        until = self._valid_until.get(chunk_index)
        return until is None or until >= (today or dt.date.today())

    def chunks_of(self, document: str) -> list[int]:
        """Positions of a document's chunks, in order."""
        return self._by_document.get(document, [])

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
        hits = [
            (self.position[i], 1.0 - float(d))
            for i, d in zip(ids, distances, strict=True)
            if i in self.position
        ]
        return [(i, s) for i, s in hits if self.live(i)] if self._valid_until else hits

    def lexical_search(self, terms: list[str], k: int) -> list[tuple[int, float]]:
        """Chunks by BM25 score for already-stemmed ``terms``; chunks scoring zero are left out."""
        k = min(k, len(self.chunks))
        if k == 0 or not terms:
            return []
        # n_threads=0: bm25s would otherwise start and join a thread pool for every query.
        docs, scores = self.bm25.retrieve([terms], k=k, show_progress=False, n_threads=0)
        hits = [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
        return [(i, s) for i, s in hits if self.live(i)] if self._valid_until else hits
