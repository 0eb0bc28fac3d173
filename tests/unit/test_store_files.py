"""The memory-mapped files of a generation read back exactly what was written (no model needed)."""

import datetime as dt
from collections import Counter
from pathlib import Path

from assistant.domain import Chunk
from assistant.store.chunk_table import (
    ChunkPositions,
    ChunkTable,
    DocumentChunks,
    expiry_dates,
    write_chunk_table,
)
from assistant.store.terms import TermTable, write_terms

CONTEXT = [["erasmus", "mobil", "erasmus"], [], ["réseau", "coimbra"]]
HEADING = [["erasmus"], ["vide"], ["coimbra", "réseau"]]
SENTENCES = [[["erasmus", "mobil"], ["erasmus"]], [], [["réseau"], [], ["coimbra"]]]


def chunk(n: int, document: str, valid_until: str | None = None) -> Chunk:
    return Chunk(
        f"id-{9 - n}", document, "T", None, None, n, f"Text {n}.", ((0, 7),), valid_until=valid_until
    )


def test_terms_round_trip(tmp_path: Path) -> None:
    write_terms(tmp_path, CONTEXT, HEADING, SENTENCES)
    table = TermTable(tmp_path)
    assert list(table.context_terms) == CONTEXT and table.context_terms.all() == CONTEXT
    assert list(table.heading_terms) == HEADING and table.heading_terms[-1] == HEADING[-1]
    assert list(table.sentence_terms) == SENTENCES and table.sentence_terms.all() == SENTENCES
    expected = Counter(t for terms in CONTEXT for t in set(terms))
    assert dict(table.document_frequency) == expected
    assert table.document_frequency.get("vide") is None and table.document_frequency.get("nothing") is None


def test_terms_of_an_empty_generation(tmp_path: Path) -> None:
    write_terms(tmp_path, [], [], [])
    table = TermTable(tmp_path)
    assert len(table.context_terms) == len(table.sentence_terms) == len(table.document_frequency) == 0


def test_chunks_round_trip_with_their_lookups(tmp_path: Path) -> None:
    chunks = [chunk(0, "a.md"), chunk(1, "b.md", "2030-01-31"), chunk(2, "a.md")]
    write_chunk_table(tmp_path, chunks)
    table = ChunkTable(tmp_path)
    assert len(table) == 3 and list(table) == chunks and table[1] == chunks[1] and table[-1] == chunks[2]
    positions = ChunkPositions(tmp_path)
    assert {c.id: positions[c.id] for c in chunks} == {"id-9": 0, "id-8": 1, "id-7": 2}
    assert "id-0" not in positions and len(positions) == 3
    # Many at once, as a dense search's hits are read: an id of another generation is None.
    assert positions.found(["id-7", "id-0", "id-9", "zz"]) == [2, None, 0, None]
    assert positions.found([]) == []
    assert DocumentChunks(tmp_path).of("a.md") == [0, 2] and DocumentChunks(tmp_path).of("c.md") == []
    assert expiry_dates(tmp_path) == {1: dt.date(2030, 1, 31)}


def test_an_empty_chunk_table(tmp_path: Path) -> None:
    write_chunk_table(tmp_path, [])
    assert len(ChunkTable(tmp_path)) == 0 and expiry_dates(tmp_path) == {}
    assert ChunkPositions(tmp_path).found(["id-1"]) == [None]
