"""A generation's chunks, read one at a time from a memory-mapped file, and the arrays that find them.

Opening a generation builds no ``Chunk``: a chunk is parsed from its line of ``chunks.jsonl`` when a
question reaches it (a few recent ones are kept), and the lookups every request needs (a chunk id's
position, a document's chunks, the chunks that expire) are numpy arrays the OS pages in and shares.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import mmap
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from assistant.domain import Chunk

CHUNKS = "chunks.jsonl"
OFFSETS = "chunks.offsets.npy"  # byte offset of each chunk's line, and the file's length
IDS = "chunks.ids.npy"  # chunk ids, sorted, and the position of each in ORDER
ORDER = "chunks.order.npy"
DOCUMENTS = "chunks.documents.json"  # the documents' paths, in order of first chunk
DOCUMENT_OF = "chunks.document.npy"  # each chunk's document, as a number into DOCUMENTS
EXPIRING = "chunks.expiring.npy"  # (position, date ordinal) of each chunk with a valid_until
CACHED = 4096  # parsed chunks kept: a question reads a few dozen


def chunk_record(chunk: Chunk) -> dict[str, Any]:
    return dataclasses.asdict(chunk)


def chunk_from_record(record: dict[str, Any]) -> Chunk:
    return Chunk(**{**record, "sentences": tuple((a, b) for a, b in record["sentences"])})


def write_chunk_table(folder: Path, chunks: Sequence[Chunk]) -> None:
    """Store the chunks in order, with the arrays ``ChunkTable`` looks them up by."""
    offsets = [0]
    documents: dict[str, int] = {}
    expiring = []
    with open(folder / CHUNKS, "wb") as handle:
        for position, chunk in enumerate(chunks):
            line = json.dumps(chunk_record(chunk), ensure_ascii=False).encode() + b"\n"
            handle.write(line)
            offsets.append(offsets[-1] + len(line))
            documents.setdefault(chunk.document, len(documents))
            if chunk.valid_until:
                expiring.append((position, dt.date.fromisoformat(chunk.valid_until).toordinal()))
    np.save(folder / OFFSETS, np.array(offsets, dtype=np.int64))
    ids = np.array([c.id for c in chunks], dtype=f"<U{max((len(c.id) for c in chunks), default=1)}")
    order = np.argsort(ids, kind="stable")
    np.save(folder / IDS, ids[order])
    np.save(folder / ORDER, order.astype(np.int64))
    (folder / DOCUMENTS).write_text(json.dumps(list(documents), ensure_ascii=False))
    np.save(folder / DOCUMENT_OF, np.array([documents[c.document] for c in chunks], dtype=np.int32))
    np.save(folder / EXPIRING, np.array(expiring, dtype=np.int64).reshape(-1, 2))


class ChunkTable(Sequence[Chunk]):
    """The chunks of a generation in order, each parsed from the mapped file on first use."""

    def __init__(self, folder: Path) -> None:
        self.offsets: NDArray[np.int64] = np.asarray(np.load(folder / OFFSETS, mmap_mode="r"))
        with open(folder / CHUNKS, "rb") as handle:
            # An empty file cannot be mapped; a generation without chunks reads nothing from it.
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if len(self) else b""
        self._parsed: OrderedDict[int, Chunk] = OrderedDict()
        self._lock = threading.Lock()  # requests run on the inference thread and the event loop

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, position: int) -> Chunk:  # type: ignore[override]  # chunks by number only
        if not -len(self) <= position < len(self):
            raise IndexError(position)
        position %= len(self)
        with self._lock:
            chunk = self._parsed.get(position)
            if chunk is not None:
                self._parsed.move_to_end(position)
                return chunk
        chunk = self._parse(position)
        with self._lock:
            self._parsed[position] = chunk
            if len(self._parsed) > CACHED:
                self._parsed.popitem(last=False)
        return chunk

    def __iter__(self) -> Iterator[Chunk]:
        """Every chunk, parsed afresh (a full pass would only churn the cache)."""
        return (self._parse(position) for position in range(len(self)))

    def _parse(self, position: int) -> Chunk:
        line = self._data[int(self.offsets[position]) : int(self.offsets[position + 1])]
        return chunk_from_record(json.loads(line))


class ChunkPositions(Mapping[str, int]):
    """Chunk id → position in the generation, by binary search over the sorted ids."""

    def __init__(self, folder: Path) -> None:
        self.ids: NDArray[np.str_] = np.asarray(np.load(folder / IDS, mmap_mode="r"))
        self.order: NDArray[np.int64] = np.asarray(np.load(folder / ORDER, mmap_mode="r"))

    def __getitem__(self, chunk_id: str) -> int:
        found = int(np.searchsorted(self.ids, chunk_id))
        if found >= len(self.ids) or self.ids[found] != chunk_id:
            raise KeyError(chunk_id)
        return int(self.order[found])

    def __iter__(self) -> Iterator[str]:
        return (str(i) for i in self.ids)

    def found(self, chunk_ids: Sequence[str]) -> list[int | None]:
        """The positions of many ids at once (one search), None for an id the generation lacks."""
        if not chunk_ids or not len(self.ids):
            return [None] * len(chunk_ids)
        wanted = np.asarray(chunk_ids)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        hit = self.ids[at] == wanted
        return [int(self.order[a]) if h else None for a, h in zip(at, hit, strict=True)]

    def __len__(self) -> int:
        return len(self.ids)


class DocumentChunks:
    """A document's chunk positions, found in the per-chunk document numbers and kept once found."""

    def __init__(self, folder: Path) -> None:
        names: list[str] = json.loads((folder / DOCUMENTS).read_text())
        self.number = {name: n for n, name in enumerate(names)}
        self.document_of: NDArray[np.int32] = np.asarray(np.load(folder / DOCUMENT_OF, mmap_mode="r"))
        self._found: dict[str, list[int]] = {}

    def of(self, document: str) -> list[int]:
        found = self._found.get(document)
        if found is None:
            number = self.number.get(document)
            found = [] if number is None else np.flatnonzero(self.document_of == number).tolist()
            self._found[document] = found
        return found


def expiry_dates(folder: Path) -> dict[int, dt.date]:
    """The positions of the chunks that have a ``valid_until``, with that date (few chunks do)."""
    rows = np.load(folder / EXPIRING)
    return {int(position): dt.date.fromordinal(int(day)) for position, day in rows}
