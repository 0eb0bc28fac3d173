"""A generation's index terms as numpy files, memory-mapped by every worker that reads them.

Terms are integer ids into one sorted vocabulary; each list of terms (a chunk's context, its
headings, each of its sentences) is a run of ids given by an offsets array. Opening them reads no
term at all: the OS pages in what a question touches, and workers on one machine share the pages.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

VOCABULARY = "terms.vocabulary.npy"  # sorted, so a term's id is a binary search away
FREQUENCY = "terms.frequency.npy"  # in how many chunks each term occurs in the context terms
CONTEXT = "terms.context"  # .ids.npy and .start.npy: a chunk's title, heading and text terms
HEADING = "terms.heading"
SENTENCE = "terms.sentence"  # one run per sentence, sentences in chunk order
CHUNK_SENTENCES = "terms.chunk-sentences.npy"  # each chunk's first sentence run, and the end


def _load(path: Path) -> NDArray[np.generic]:
    # A plain array over the map: slicing an np.memmap builds a memmap object each time, which
    # cost a question about 2 ms over its thousands of slices.
    array: NDArray[np.generic] = np.asarray(np.load(path, mmap_mode="r"))
    return array


class Vocabulary:
    """The sorted terms of a generation: id → term, term → id by binary search."""

    def __init__(self, terms: NDArray[np.str_]) -> None:
        self.terms = terms

    def id_of(self, term: str) -> int | None:
        position = int(np.searchsorted(self.terms, term))
        return position if position < len(self.terms) and self.terms[position] == term else None

    def words(self, ids: NDArray[np.int32]) -> list[str]:
        words: list[str] = self.terms[ids].tolist() if len(ids) else []
        return words


class TermLists(Sequence[list[str]]):
    """One list of terms per row (a chunk's context or headings), decoded when asked for."""

    def __init__(self, vocabulary: Vocabulary, ids: NDArray[np.int32], start: NDArray[np.int64]) -> None:
        self.vocabulary = vocabulary
        self.ids = ids
        self.start = start  # len(rows) + 1 offsets into ids

    def __len__(self) -> int:
        return len(self.start) - 1

    def __getitem__(self, row: int) -> list[str]:  # type: ignore[override]  # by number only
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        row %= len(self)
        return self.vocabulary.words(self.ids[int(self.start[row]) : int(self.start[row + 1])])

    def __iter__(self) -> Iterator[list[str]]:
        return (self[row] for row in range(len(self)))

    def all(self) -> list[list[str]]:
        """Every row at once, decoded in bulk (a build reusing a whole generation)."""
        words = self.vocabulary.terms.tolist()
        flat = [words[i] for i in self.ids.tolist()]
        bounds = self.start.tolist()
        return [flat[a:b] for a, b in itertools.pairwise(bounds)]


class SentenceTermLists(Sequence[list[list[str]]]):
    """Per chunk, the terms of each of its sentences."""

    def __init__(self, sentences: TermLists, chunk_start: NDArray[np.int64]) -> None:
        self.sentences = sentences
        self.chunk_start = chunk_start

    def __len__(self) -> int:
        return len(self.chunk_start) - 1

    def __getitem__(self, chunk: int) -> list[list[str]]:  # type: ignore[override]  # rows by number only
        if not -len(self) <= chunk < len(self):
            raise IndexError(chunk)
        chunk %= len(self)
        return [
            self.sentences[s] for s in range(int(self.chunk_start[chunk]), int(self.chunk_start[chunk + 1]))
        ]

    def __iter__(self) -> Iterator[list[list[str]]]:
        return (self[chunk] for chunk in range(len(self)))

    def all(self) -> list[list[list[str]]]:
        """Every chunk's sentence terms at once, decoded in bulk."""
        sentences = self.sentences.all()
        bounds = self.chunk_start.tolist()
        return [sentences[a:b] for a, b in itertools.pairwise(bounds)]


class DocumentFrequency(Mapping[str, int]):
    """In how many chunks a term occurs; terms of no chunk's context are absent, as in a dict."""

    def __init__(self, vocabulary: Vocabulary, counts: NDArray[np.int32]) -> None:
        self.vocabulary = vocabulary
        self.counts = counts

    def __getitem__(self, term: str) -> int:
        found = self.vocabulary.id_of(term)
        count = 0 if found is None else int(self.counts[found])
        if not count:
            raise KeyError(term)
        return count

    def __iter__(self) -> Iterator[str]:
        return (str(self.vocabulary.terms[i]) for i in np.flatnonzero(self.counts))

    def __len__(self) -> int:
        return int(np.count_nonzero(self.counts))


class TermTable:
    """A generation's terms, memory-mapped: per-chunk context, heading and sentence terms."""

    def __init__(self, folder: Path) -> None:
        self.vocabulary = Vocabulary(np.asarray(np.load(folder / VOCABULARY, mmap_mode="r")))
        self.context_terms = self._lists(folder, CONTEXT)
        self.heading_terms = self._lists(folder, HEADING)
        self.sentence_terms = SentenceTermLists(
            self._lists(folder, SENTENCE), np.asarray(np.load(folder / CHUNK_SENTENCES, mmap_mode="r"))
        )
        self.document_frequency = DocumentFrequency(
            self.vocabulary, np.asarray(np.load(folder / FREQUENCY, mmap_mode="r"))
        )

    def _lists(self, folder: Path, name: str) -> TermLists:
        return TermLists(
            self.vocabulary,
            np.asarray(np.load(folder / f"{name}.ids.npy", mmap_mode="r")),
            np.asarray(np.load(folder / f"{name}.start.npy", mmap_mode="r")),
        )


def write_terms(
    folder: Path,
    context: Sequence[list[str]],
    heading: Sequence[list[str]],
    sentences: Sequence[list[list[str]]],
) -> None:
    """Store each chunk's terms, in chunk order, with the vocabulary they are ids into."""
    vocabulary = sorted(
        {t for terms in context for t in terms}
        | {t for terms in heading for t in terms}
        | {t for chunk in sentences for terms in chunk for t in terms}
    )
    # At least one character wide: numpy cannot store a zero-width string array.
    words = np.array(vocabulary, dtype=f"<U{max((len(t) for t in vocabulary), default=1)}")
    np.save(folder / VOCABULARY, words)
    ids = {t: i for i, t in enumerate(vocabulary)}
    frequency: Counter[int] = Counter(ids[t] for terms in context for t in set(terms))
    counts = np.zeros(len(vocabulary), dtype=np.int32)
    if frequency:
        counts[list(frequency)] = list(frequency.values())
    np.save(folder / FREQUENCY, counts)
    _save_lists(folder, CONTEXT, context, ids)
    _save_lists(folder, HEADING, heading, ids)
    _save_lists(folder, SENTENCE, [terms for chunk in sentences for terms in chunk], ids)
    np.save(folder / CHUNK_SENTENCES, np.cumsum([0, *(len(chunk) for chunk in sentences)], dtype=np.int64))


def _save_lists(folder: Path, name: str, rows: Sequence[list[str]], ids: dict[str, int]) -> None:
    flat = np.fromiter((ids[t] for terms in rows for t in terms), dtype=np.int32)
    np.save(folder / f"{name}.ids.npy", flat)
    np.save(folder / f"{name}.start.npy", np.cumsum([0, *(len(terms) for terms in rows)], dtype=np.int64))
