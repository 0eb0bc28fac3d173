"""The question-answering engine: one embedding, hybrid retrieval, then the extractive draft;
and the provider that hands out the engine of the serving index generation."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.domain import Answer, Draft, Passage, Turn
from assistant.embeddings import Embedder
from assistant.query.extractive import ExtractiveComposer
from assistant.query.followup import contextual_query
from assistant.query.retrieval import Mode, Retriever
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index, IndexNotFoundError


@dataclass
class Assistant:
    """Everything needed to answer, loaded once: the model, the index, retriever and composer."""

    settings: Settings
    embedder: Embedder
    index: Index
    retriever: Retriever
    composer: ExtractiveComposer

    @classmethod
    def load(cls, settings: Settings, embedder: Embedder | None = None) -> Assistant:
        """Open the serving index; raises IndexNotFoundError when there is none."""
        embedder = embedder or Embedder(settings.embedding_model)
        index = Index.open(settings.index_dir)
        if index.model != embedder.name:
            raise ValueError(
                f"the index was built with {index.model!r} but the configured model is "
                f"{embedder.name!r}: run 'assistant ingest' again"
            )
        return cls(
            settings=settings,
            embedder=embedder,
            index=index,
            retriever=Retriever(index, embedder, fusion=settings.fusion),
            composer=ExtractiveComposer(
                index,
                fallback_contact=settings.fallback_contact,
                fallback_contact_fr=settings.fallback_contact_fr,
                min_evidence=settings.min_evidence,
            ),
        )

    def search(
        self, query: str, k: int = 5, history: Sequence[Turn] = (), mode: Mode = "hybrid"
    ) -> list[Passage]:
        return self.retriever.search(contextual_query(query, history), k, mode=mode)

    def draft(
        self,
        question: str,
        history: Sequence[Turn] = (),
        *,
        standalone: str | None = None,
        sources: int = 0,
        mode: Mode = "hybrid",
    ) -> Draft:
        """Retrieve and compose; ``standalone`` is a follow-up already rewritten to stand alone."""
        if standalone:
            query, asked, context = standalone, standalone, None
        else:
            query, asked = contextual_query(question, history), question
            context = query[: -len(question)] if query != question else None
        vector = self.retriever.embed(query)
        passages = self.retriever.search(query, self.settings.retrieval_k, vector=vector, mode=mode)
        return self.composer.draft(asked, passages, vector, context=context, sources=sources)

    def ask(self, question: str, history: Sequence[Turn] = (), mode: Mode = "hybrid") -> Answer:
        return self.draft(question, history, mode=mode).answer


class AssistantProvider:
    """Hands out the Assistant for the serving generation, reloading when ``ingest`` publishes one.

    Each request gets one Assistant and keeps it to the end, so an answer never mixes two
    generations; the switch itself is a pointer read (a few microseconds per request).
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self._current: Assistant | None = None
        self._lock = threading.Lock()

    def get(self) -> Assistant:
        """The Assistant of the serving generation; raises IndexNotFoundError when none is built."""
        folder = current_generation(self.settings.index_dir)
        current = self._current
        if folder is None:
            if current is not None:
                return current
            raise IndexNotFoundError(
                f"no index in {self.settings.index_dir}: run 'assistant ingest' to build it"
            )
        if current is not None and current.index.folder == folder:
            return current
        with self._lock:
            if self._current is None or self._current.index.folder != folder:
                self.embedder = self.embedder or Embedder(self.settings.embedding_model)
                self._current = Assistant.load(self.settings, self.embedder)
            return self._current
