"""Writing one generation folder: vectors, chunks, terms, manifest, BM25, Chroma, and meta last."""

from __future__ import annotations

import shutil
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import bm25s
import numpy as np
from chromadb.api.client import Client
from chromadb.api.models.Collection import Collection as ChromaCollection
from numpy.typing import NDArray

from assistant.domain import Chunk
from assistant.store.chroma import BATCH, add_vectors, close_client, new_server_collection, server_client
from assistant.store.layout import (
    BM25,
    CHROMA,
    COLLECTION,
    FORMAT_VERSION,
    MULTILINGUAL_VECTORS,
    IndexedChunk,
    Vectors,
    chroma_client,
    write_chunks,
    write_generation_meta,
    write_lexical,
    write_manifest_json,
    write_vectors,
)


@dataclass(frozen=True)
class Multilingual:
    """The multilingual encoder's vectors of every chunk, by chunk id, and the encoder's name."""

    model: str
    dimension: int
    vectors: Mapping[str, Vectors]


@dataclass(frozen=True)
class Base:
    """The generation a new one is patched from: its folder and the chunk ids it holds."""

    folder: Path
    chunk_ids: Collection[str]


def write_generation(
    folder: Path,
    entries: Sequence[IndexedChunk],
    vectors: Mapping[str, Vectors],
    *,
    manifest: dict[str, dict[str, Any]],
    model: str,
    dimension: int,
    documents: int,
    base: Base | None,
    multilingual: Multilingual | None = None,
    chroma_url: str | None = None,
) -> None:
    """Fill ``folder`` with the generation of ``entries``; complete only once this returns. With
    ``chroma_url``, the chunk vectors go to a new collection on that Chroma server instead of an
    embedded store in the folder."""
    matrix = write_vectors(folder, [vectors[e.chunk.id] for e in entries], dimension)
    if multilingual is not None:
        rows = [multilingual.vectors[e.chunk.id] for e in entries]
        write_vectors(folder, rows, multilingual.dimension, MULTILINGUAL_VECTORS)
    write_chunks(folder, [e.chunk for e in entries])
    write_lexical(folder, entries)
    write_manifest_json(folder, manifest)
    corpus = [e.context_terms for e in entries]
    if any(corpus):  # bm25s cannot index an empty vocabulary; the Index reads no folder as no terms
        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        bm25.save(str(folder / BM25), show_progress=False)
    if chroma_url is None:
        _write_chroma(folder / CHROMA, entries, matrix, base)
    else:
        _write_server_collection(chroma_url, folder.name, entries, matrix)
    meta = {
        "format": FORMAT_VERSION,
        "model": model,
        "dimension": dimension,
        "multilingual_model": multilingual.model if multilingual else None,
        "documents": documents,
        "chunks": len(entries),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    # meta.json is written last: a generation without it is incomplete and never served.
    write_generation_meta(folder, meta)


def _write_chroma(
    target: Path, entries: Sequence[IndexedChunk], matrix: NDArray[np.float32], base: Base | None
) -> None:
    """The new generation's collection: the base one copied and patched, or built afresh."""
    if base is not None and not (base.folder / CHROMA).is_dir():
        base = None  # the base generation's vectors are on a Chroma server: build afresh
    if base is not None:
        shutil.copytree(base.folder / CHROMA, target)
    client = chroma_client(target)
    try:
        _fill_chroma(client, entries, matrix, base)
    finally:
        client.close()  # its system (files, threads) would otherwise live as long as the process


def _fill_chroma(
    client: Client, entries: Sequence[IndexedChunk], matrix: NDArray[np.float32], base: Base | None
) -> None:
    wanted = {e.chunk.id: i for i, e in enumerate(entries)}
    if base is not None:
        collection = client.get_collection(COLLECTION)
        stale = [i for i in base.chunk_ids if i not in wanted]
        for begin in range(0, len(stale), BATCH):
            collection.delete(ids=stale[begin : begin + BATCH])
        missing = [i for i in wanted if i not in base.chunk_ids]
    else:
        collection = client.create_collection(
            COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        missing = list(wanted)
    _add(collection, [entries[wanted[i]].chunk for i in missing], matrix[[wanted[i] for i in missing]])


def _write_server_collection(
    url: str, generation: str, entries: Sequence[IndexedChunk], matrix: NDArray[np.float32]
) -> None:
    # A server collection cannot be copied, so it is filled whole: the matrix holds every vector.
    client = server_client(url)
    try:
        _add(new_server_collection(client, generation), [e.chunk for e in entries], matrix)
    finally:
        close_client(client)


def _add(collection: ChromaCollection, chunks: Sequence[Chunk], matrix: NDArray[np.float32]) -> None:
    # Chunk text lives in chunks.jsonl; storing it in Chroma too would double the cost of an
    # add (its full-text index) for no query of ours.
    metadatas = [
        {"document": c.document, "title": c.title, "section": c.section or "", "url": c.url or ""}
        | ({"page": c.page} if c.page is not None else {})
        for c in chunks
    ]
    add_vectors(collection, [c.id for c in chunks], matrix, metadatas)
