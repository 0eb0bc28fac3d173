"""The persisted index, read side: a generation opened memory-mapped (see ``layout`` for its files).

``assistant.ingest`` writes generations; ``generations`` says which one serves.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np
from numpy.typing import NDArray

from assistant.expiry import is_expired
from assistant.settings import EXACT_SEARCH_MAX_CHUNKS
from assistant.store.chroma import DenseStore
from assistant.store.chunk_table import ChunkPositions, DocumentChunks, expiry_dates
from assistant.store.generations import Readers, current_generation
from assistant.store.layout import (
    BM25,
    FORMAT_VERSION,
    MULTILINGUAL_VECTORS,
    read_chunks,
    read_generation_meta,
    read_lexical,
    read_manifest_json,
    read_vectors,
)
from assistant.text import Words, index_terms


class IndexNotFoundError(RuntimeError):
    """No usable index in the folder: run ``assistant ingest`` first."""


class IndexMismatchError(IndexNotFoundError):
    """The index was built with another embedding model than the configured one."""


class Index:
    """A read-only generation: chunks, vectors, terms, BM25, Chroma and the manifest.

    Chunks, vectors and terms stay in their memory-mapped files, read as questions reach them, so
    opening costs little at any size and workers on one machine share one copy in the OS cache.
    """

    def __init__(
        self, folder: Path, chroma_url: str | None = None, exact_max_chunks: int = EXACT_SEARCH_MAX_CHUNKS
    ) -> None:
        self.folder = folder
        self.meta = read_generation_meta(folder)
        if self.meta.get("format") != FORMAT_VERSION:
            raise IndexNotFoundError(
                f"the index in {folder.parent} has an older format: run 'assistant ingest' to rebuild it"
            )
        # Held until close(): a build does not delete a generation a reader holds.
        self._readers = Readers(folder)
        self.chunks = read_chunks(folder)
        vectors = read_vectors(folder)
        self.chunk_vectors: NDArray[np.float32] = vectors.chunk_vectors
        self.sentence_vectors: NDArray[np.float32] = vectors.sentence_vectors
        self.sentence_start: NDArray[np.int64] = vectors.sentence_start
        lexical = read_lexical(folder)
        self.sentence_terms = lexical.sentence_terms
        self.context_terms = lexical.context_terms
        self.heading_terms = lexical.heading_terms
        self.document_frequency = lexical.document_frequency
        self._terms = lexical.vocabulary
        self._vocabulary: Words | None = None
        # As stored: ``assistant.ingest.manifest`` reads it into typed entries.
        self.manifest = read_manifest_json(folder)
        # An index without a single term (an empty corpus) has no BM25 model: bm25s cannot build one.
        bm25 = folder / BM25
        self.bm25 = bm25s.BM25.load(str(bm25), load_corpus=False, mmap=True) if bm25.is_dir() else None
        # Embedded in the folder, or the generation's collection on the Chroma server at chroma_url.
        self._dense = DenseStore(folder, chroma_url)
        self.collection = self._dense.collection
        self.position = ChunkPositions(folder)
        # Dense search as a product with this matrix: a small embedded index (see the setting
        # ``exact_search_max_chunks``) and the multilingual view; otherwise Chroma's query.
        small = chroma_url is None and len(self.chunks) <= exact_max_chunks
        self._dense_matrix: NDArray[np.float32] | None = self.chunk_vectors if small else None
        self._by_document = DocumentChunks(folder)
        # Every document of the generation, read once from the chunk table's names.
        self.documents: frozenset[str] = frozenset(self._by_document.number)
        self._document_terms: dict[str, frozenset[str]] = {}
        self._document_vocabulary: dict[str, Words] = {}
        self._document_words: dict[str, frozenset[str]] = {}
        self._document_pairs: dict[str, frozenset[tuple[str, str]]] = {}
        self._titling: dict[str, frozenset[str]] | None = None
        self._institutions: dict[str, str] | None = None
        # Found at ingest (``assistant.ingest.chunking.spelled_out``): a question reads no document.
        self._initials = {
            path: frozenset(str(entry.get("initials") or "").split()) for path, entry in self.manifest.items()
        }
        self._valid_until = expiry_dates(folder)

    def close(self) -> None:
        """Release the Chroma client (its files, threads, database handles) and the hold on the
        generation; only the in-memory parts work afterwards."""
        self._dense.close()
        self._readers.release()

    @classmethod
    def open(
        cls, index_dir: Path, chroma_url: str | None = None, exact_max_chunks: int = EXACT_SEARCH_MAX_CHUNKS
    ) -> Index:
        folder = current_generation(index_dir)
        if folder is None:
            raise IndexNotFoundError(
                f"no index in {index_dir}: run 'assistant ingest' to build it from the corpus"
            )
        return cls(folder, chroma_url, exact_max_chunks)

    @property
    def generation(self) -> str:
        return self.folder.name

    @property
    def model(self) -> str:
        return str(self.meta["model"])

    @property
    def multilingual_model(self) -> str | None:
        """The multilingual encoder the generation holds vectors of, if any."""
        name = self.meta.get("multilingual_model")
        return str(name) if name else None

    def multilingual(self) -> Index:
        """The same generation seen through its multilingual vectors (French questions): chunk and
        sentence vectors swapped, dense search over them in memory; everything else shared."""
        if self.multilingual_model is None:
            raise IndexNotFoundError(f"the index in {self.folder.parent} holds no multilingual vectors")
        view = copy.copy(self)
        table = read_vectors(self.folder, MULTILINGUAL_VECTORS)
        view.chunk_vectors = table.chunk_vectors
        view.sentence_vectors = table.sentence_vectors
        view.sentence_start = table.sentence_start
        view._dense_matrix = table.chunk_vectors
        return view

    @property
    def document_count(self) -> int:
        return int(self.meta["documents"])

    def idf(self, term: str) -> float:
        """Smoothed inverse chunk frequency; a term the corpus never uses weighs the most."""
        n = len(self.chunks)
        return math.log(1 + (n + 1) / (self.document_frequency.get(term, 0) + 0.5))

    def live(self, chunk_index: int, today: dt.date | None = None) -> bool:
        """False once the chunk's document is past its ``valid_until`` date."""
        return not is_expired(self._valid_until.get(chunk_index), today)

    def chunks_of(self, document: str) -> list[int]:
        """Positions of a document's chunks, in order."""
        return self._by_document.of(document)

    def document_terms(self, document: str) -> frozenset[str]:
        """Every index term of a document: its text, headings and title."""
        terms = self._document_terms.get(document)
        if terms is None:
            terms = frozenset(
                t
                for i in self.chunks_of(document)
                for t in (*self.context_terms[i], *(t for s in self.sentence_terms[i] for t in s))
            )
            self._document_terms[document] = terms
        return terms

    def document_words(self, document: str) -> frozenset[str]:
        """Every word of a document's text as written, lowercased: the forms its terms stand for."""
        found = self._document_words.get(document)
        if found is None:
            texts = " ".join(self.chunks[i].text for i in self.chunks_of(document))
            found = self._document_words[document] = frozenset(re.findall(r"[a-z]+", texts.lower()))
        return found

    def document_pairs(self, document: str) -> frozenset[tuple[str, str]]:
        """Every two terms one right after the other in a document's text ("bank", "account")."""
        found = self._document_pairs.get(document)
        if found is None:
            terms = index_terms(" ".join(self.chunks[i].text for i in self.chunks_of(document)))
            found = self._document_pairs[document] = frozenset(itertools.pairwise(terms))
        return found

    def titled(self, terms: Iterable[str]) -> frozenset[str]:
        """The documents whose title holds every term (a term "a|b" by either form)."""
        if self._titling is None:
            titling: dict[str, set[str]] = {}
            titles = {chunk.document: chunk.title for chunk in self.chunks}
            for document, title in titles.items():
                for t in index_terms(title):
                    titling.setdefault(t, set()).add(document)
            self._titling = {t: frozenset(found) for t, found in titling.items()}
        found: frozenset[str] | None = None
        for term in terms:
            holding = frozenset().union(*(self._titling.get(a, frozenset()) for a in term.split("|")))
            found = holding if found is None else found & holding
        return found or frozenset()

    def other_institutions(self) -> dict[str, str]:
        """The documents about another institution than the university, with that institution: read
        once, from each document's first chunk (ingest gives all of a document's chunks the same)."""
        if self._institutions is None:
            firsts = {document: self._by_document.of(document) for document in self.documents}
            self._institutions = {
                document: institution
                for document, positions in firsts.items()
                if positions and (institution := self.chunks[positions[0]].institution) is not None
            }
        return self._institutions

    def document_vocabulary(self, document: str) -> Words:
        """A document's terms ready for ``coverage``, built once per document."""
        vocabulary = self._document_vocabulary.get(document)
        if vocabulary is None:
            vocabulary = self._document_vocabulary[document] = Words(self.document_terms(document))
        return vocabulary

    def vocabulary(self) -> Words:
        """Every term of the generation, in any document, built once."""
        if self._vocabulary is None:
            self._vocabulary = Words(self._terms.terms.tolist())
        return self._vocabulary

    def document_initials(self, document: str) -> frozenset[str]:
        """The acronyms a document spells out ("Human Resources" → hr), as its manifest entry keeps them."""
        return self._initials.get(document, frozenset())

    def sentence_vectors_of(self, chunk_index: int) -> NDArray[np.float32]:
        start = int(self.sentence_start[chunk_index])
        return self.sentence_vectors[start : start + len(self.chunks[chunk_index].sentences)]

    def dense_search(self, vector: NDArray[np.float32], k: int) -> list[tuple[int, float]]:
        """Chunks nearest to ``vector``, as (chunk index, cosine): exactly, in memory, or Chroma's."""
        k = min(k, len(self.chunks))
        if k == 0:
            return []
        if self._dense_matrix is not None:
            cosines = self._dense_matrix @ vector
            # Enough rows that k live ones remain once expired chunks are dropped.
            wanted = min(k + len(self._valid_until), len(cosines))
            top = np.argpartition(-cosines, wanted - 1)[:wanted]
            top = top[np.argsort(-cosines[top], kind="stable")]
            ranked = [(int(i), float(cosines[i])) for i in top]
            return [(i, s) for i, s in ranked if self.live(i)][:k]
        ids, distances = self._dense.query(vector, k)
        hits = [
            (at, 1.0 - d) for at, d in zip(self.position.found(ids), distances, strict=True) if at is not None
        ]
        return [(i, s) for i, s in hits if self.live(i)] if self._valid_until else hits

    def lexical_search(self, terms: list[str], k: int) -> list[tuple[int, float]]:
        """Chunks by BM25 score for already-stemmed ``terms``; chunks scoring zero are left out."""
        k = min(k, len(self.chunks))
        if k == 0 or not terms or self.bm25 is None:
            return []
        # n_threads=0: bm25s would otherwise start and join a thread pool for every query.
        docs, scores = self.bm25.retrieve([terms], k=k, show_progress=False, n_threads=0)
        hits = [(int(d), float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
        return [(i, s) for i, s in hits if self.live(i)] if self._valid_until else hits
