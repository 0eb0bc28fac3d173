"""Where a generation's chunk vectors are searched: the embedded Chroma store inside the generation
folder (the default), or one collection per generation on a Chroma server (``ASSISTANT_CHROMA_URL``),
shared by every worker and dropped only once no worker can still be reading it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import chromadb
import httpx
import numpy as np
from chromadb.api.client import Client
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError, NotFoundError
from numpy.typing import NDArray

from assistant.store.layout import CHROMA, COLLECTION, chroma_client

log = logging.getLogger("assistant.store.chroma")

SERVER_PREFIX = f"{COLLECTION}-"  # a server collection is passages-<generation folder name>
RETIRED_AT = "retired_at"  # collection metadata: when its generation stopped serving (epoch seconds)
BATCH = 1000
# What a Chroma server that is down or failing raises: a refused or cut connection (httpx), the
# client's own "Could not connect" (ValueError, at creation), a server error (ChromaError).
UNREACHABLE = (httpx.HTTPError, ValueError, ChromaError)


class VectorStoreUnavailableError(RuntimeError):
    """The Chroma server cannot be reached or cannot serve the generation: 503 until it can."""


def collection_name(generation: str) -> str:
    return f"{SERVER_PREFIX}{generation}"


def server_client(url: str) -> Client:
    """A client of the Chroma server at ``url`` (http or https), telemetry off."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"ASSISTANT_CHROMA_URL must be an http(s) URL like http://chroma:8000, not {url!r}")
    secure = parts.scheme == "https"
    try:
        client = chromadb.HttpClient(
            host=parts.hostname,
            port=parts.port or (443 if secure else 80),
            ssl=secure,
            settings=ChromaSettings(anonymized_telemetry=False),
        )
    except UNREACHABLE as exc:
        raise unavailable(url, exc) from exc
    return cast(Client, client)


def close_client(client: Client) -> None:
    """Close a client; a server's HTTP connections too, which Chroma's own close leaves open."""
    # The client and its internal admin client each hold an httpx session of their own.
    owners = (client, getattr(client, "_admin_client", None))
    sessions = [getattr(getattr(owner, "_server", None), "_session", None) for owner in owners]
    client.close()
    for session in sessions:
        if isinstance(session, httpx.Client):
            session.close()


def unavailable(url: str, exc: BaseException) -> VectorStoreUnavailableError:
    return VectorStoreUnavailableError(
        f"the vector store (Chroma server at {url}) is unavailable ({type(exc).__name__}); retry in a moment"
    )


def has_vectors(folder: Path, url: str | None) -> bool:
    """Whether the generation in ``folder`` can be searched where ``url`` says: its embedded store,
    or its collection on the Chroma server."""
    if url is None:
        return (folder / CHROMA).is_dir()
    client = server_client(url)
    try:
        client.get_collection(collection_name(folder.name))
    except NotFoundError:
        return False
    except UNREACHABLE as exc:
        raise unavailable(url, exc) from exc
    finally:
        close_client(client)
    return True


class DenseStore:
    """The opened collection of one generation, embedded or on the server."""

    def __init__(self, folder: Path, url: str | None) -> None:
        self.url = url
        if url is None:
            if not (folder / CHROMA).is_dir():
                raise VectorStoreUnavailableError(
                    f"generation {folder.name} keeps its vectors on a Chroma server: set "
                    "ASSISTANT_CHROMA_URL, or run 'assistant ingest' to build it embedded"
                )
            self.client = chroma_client(folder / CHROMA)
            self.collection: Collection = self.client.get_collection(COLLECTION)
            return
        self.client = server_client(url)
        try:
            self.collection = self.client.get_collection(collection_name(folder.name))
        except NotFoundError as exc:
            close_client(self.client)
            raise VectorStoreUnavailableError(
                f"the Chroma server at {url} has no collection for generation {folder.name}: run "
                "'assistant migrate-index' (or 'assistant ingest' after a corpus change) to put it there"
            ) from exc
        except UNREACHABLE as exc:
            close_client(self.client)
            raise unavailable(url, exc) from exc

    def query(self, vector: NDArray[np.float32], k: int) -> tuple[list[str], list[float]]:
        """Ids of the ``k`` nearest chunks and their cosine distances."""
        try:
            result = self.collection.query(
                query_embeddings=[vector.tolist()], n_results=k, include=["distances"]
            )
        except UNREACHABLE as exc:
            if self.url is None:
                raise
            raise unavailable(self.url, exc) from exc
        return list(result["ids"][0]), [float(d) for d in (result["distances"] or [[]])[0]]

    def close(self) -> None:
        close_client(self.client)


def add_vectors(
    collection: Collection,
    ids: Sequence[str],
    matrix: NDArray[np.float32],
    metadatas: Sequence[Mapping[str, str | int]],
) -> None:
    """Add rows in batches (Chroma caps the size of one add)."""
    for begin in range(0, len(ids), BATCH):
        end = begin + BATCH
        collection.add(
            ids=list(ids[begin:end]),
            embeddings=matrix[begin:end],
            metadatas=[dict(m) for m in metadatas[begin:end]],
        )


def new_server_collection(client: Client, generation: str) -> Collection:
    """An empty collection for ``generation``; a leftover of a failed build of the same name goes."""
    name = collection_name(generation)
    with contextlib.suppress(NotFoundError):
        client.delete_collection(name)
    return client.create_collection(
        name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
    )


def copy_to_server(folder: Path, url: str) -> int:
    """Copy the embedded collection of the generation in ``folder`` to the Chroma server at ``url``
    (``assistant migrate-index``); returns the number of vectors copied."""
    source = chroma_client(folder / CHROMA)
    target = server_client(url)
    try:
        embedded = source.get_collection(COLLECTION)
        collection = new_server_collection(target, folder.name)
        total = embedded.count()
        for offset in range(0, total, BATCH):
            rows = embedded.get(limit=BATCH, offset=offset, include=["embeddings", "metadatas"])
            vectors = np.asarray(rows["embeddings"], dtype=np.float32)
            metadatas: list[Mapping[str, Any]] = [dict(m or {}) for m in rows["metadatas"] or []]
            add_vectors(collection, rows["ids"], vectors, metadatas)
        return total
    finally:
        source.close()
        close_client(target)


def retire_collections(
    url: str, index_dir: Path, *, serving: str, replaced: str | None, grace_s: float
) -> list[str]:
    """After ``serving`` was published in place of ``replaced``: mark ``replaced`` as retired now, and
    drop the collections retired more than ``grace_s`` ago whose generation folder is gone (a folder
    goes only once no reader on this machine holds it; the grace covers readers elsewhere, which
    switch within a request of the publish). Returns the dropped names."""
    client = server_client(url)
    now = time.time()
    dropped = []
    try:
        for collection in client.list_collections():
            name = collection.name
            if not name.startswith(SERVER_PREFIX):
                continue
            generation = name.removeprefix(SERVER_PREFIX)
            if generation == serving:
                continue
            metadata = dict(collection.metadata or {})
            retired = metadata.get(RETIRED_AT)
            if retired is None:
                # The generation just replaced, or one never marked (a failed build's leftover).
                collection.modify(metadata={**metadata, RETIRED_AT: now})
                continue
            gone = not (index_dir / generation).exists()
            if generation != replaced and gone and now - float(retired) >= grace_s:
                client.delete_collection(name)
                dropped.append(name)
    finally:
        close_client(client)
    if dropped:
        log.info("dropped retired Chroma collections: %s", ", ".join(dropped))
    return dropped
