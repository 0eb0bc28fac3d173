"""Question (+ conversation) → ranked passages, by fusing dense (Chroma) and BM25 rankings."""

from __future__ import annotations

from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever
from numpy.typing import NDArray
from pydantic import ConfigDict

from assistant.domain import Passage
from assistant.embeddings import SentenceEncoder
from assistant.query.paraphrase import extra_terms
from assistant.store.index import Index
from assistant.text import index_terms, spellings

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60  # the constant of Cormack et al. (2009); rank fusion is insensitive to it
# Each ranking is read this deep before fusing, so a chunk ranked well by only one side survives.
CANDIDATES = 20


class Retriever:
    """Hybrid search over an Index; the question is embedded once and the vector is reusable."""

    def __init__(self, index: Index, embedder: SentenceEncoder, fusion: str = "rrf") -> None:
        self.index = index
        self.embedder = embedder
        self.fusion = fusion

    def embed(self, text: str) -> NDArray[np.float32]:
        return self.embedder.encode_query(text)

    def terms(self, query: str) -> list[str]:
        """The stemmed terms BM25 searches for, with the texts' words for everyday phrases."""
        terms = index_terms(query) + extra_terms(query)
        # The other spelling of a word, once ("organisation" finds "organization").
        return terms + sorted({form for t in terms for form in spellings(t)} - set(terms))

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        vector: NDArray[np.float32] | None = None,
        mode: Mode = "hybrid",
    ) -> list[Passage]:
        """The ``k`` best passages for ``query`` (an already contextualised query)."""
        dense: list[tuple[int, float]] = []
        lexical: list[tuple[int, float]] = []
        if mode in ("hybrid", "dense"):
            dense = self.index.dense_search(self.embed(query) if vector is None else vector, CANDIDATES)
        if mode in ("hybrid", "bm25"):
            lexical = self.index.lexical_search(self.terms(query), CANDIDATES)
        dense_of = dict(dense)
        lexical_of = dict(lexical)
        if mode == "dense":
            fused = dense
        elif mode == "bm25":
            fused = lexical
        elif self.fusion == "weighted":
            top = max((s for _, s in lexical), default=1.0) or 1.0
            scores = {i: 0.5 * s for i, s in dense}
            for i, s in lexical:
                scores[i] = scores.get(i, 0.0) + 0.5 * s / top
            fused = sorted(scores.items(), key=lambda item: -item[1])
        else:
            scores = {}
            for ranking in (dense, lexical):
                for rank, (i, _) in enumerate(ranking):
                    scores[i] = scores.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
            fused = sorted(scores.items(), key=lambda item: -item[1])
        return [
            Passage(
                index=i,
                chunk=self.index.chunks[i],
                score=float(score),
                dense=dense_of.get(i),
                lexical=lexical_of.get(i),
            )
            for i, score in fused[:k]
        ]


class PassageRetriever(BaseRetriever):
    """The hybrid retriever as a LangChain ``BaseRetriever`` (for chains and agents); ``k`` per
    retriever, or per call: ``invoke(query, k=1)``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None
    ) -> list[LCDocument]:
        return [
            LCDocument(
                page_content=p.chunk.text,
                metadata={
                    "chunk_id": p.chunk.id,
                    "document": p.chunk.document,
                    "title": p.chunk.title,
                    "section": p.chunk.section,
                    "url": p.chunk.url,
                    "score": p.score,
                },
            )
            for p in self.retriever.search(query, self.k if k is None else k)
        ]
