"""The question-answering pipeline: one embedding, hybrid retrieval, then an answer that is either
quoted from the texts or, when a language model is configured, written by it and checked.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import aclosing
from dataclasses import dataclass, replace
from typing import TypeVar

from assistant.answer import Answer, Citation, Draft, ExtractiveComposer
from assistant.embeddings import Embedder
from assistant.generation import Writer
from assistant.grounding import Grounder
from assistant.index import Index, IndexNotFoundError, current_generation
from assistant.prompts import secret_texts
from assistant.retrieval import Mode, Passage, Retriever, Turn, contextual_query, is_follow_up
from assistant.settings import Settings
from assistant.streaming import pieces

log = logging.getLogger("assistant.pipeline")
T = TypeVar("T")
# Sources a language model writes from: the extractive answer's sentences first, then the next
# best distinct sentences, so the model can combine facts that the quote alone would miss.
LLM_SOURCES = 5


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


@dataclass(frozen=True)
class Started:
    """First event: the sources the answer may cite, and whether an answer is on its way."""

    citations: list[Citation]
    answered: bool


@dataclass(frozen=True)
class Delta:
    """More answer text; the deltas joined are the final answer's text."""

    text: str


@dataclass(frozen=True)
class Finished:
    answer: Answer


Event = Started | Delta | Finished


def _spoken(answer: Answer) -> Iterator[Event]:
    """A whole answer as the events that end a stream: its text in pieces, then ``Finished``."""
    for piece in pieces(answer.answer):
        yield Delta(piece)
    yield Finished(answer)


def _quoted(answer: Answer) -> Iterator[Event]:
    yield Started(answer.citations, answer.answered)
    yield from _spoken(answer)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class Responder:
    """Answers as a stream of events, with the language model when one is configured.

    Retrieval runs on ``executor`` (the thread that owns the embedding model); waiting for the
    language model happens on the event loop, so other questions are embedded meanwhile. One
    deadline, ``llm_timeout_s``, covers every call to the model for a question; past it, on any
    error, or when no sentence the model wrote survives ``grounding``, the extractive answer is
    given instead (``mode: "extractive"``). When the model says the sources hold no answer,
    the assistant abstains.
    """

    def __init__(self, provider: AssistantProvider, executor: Executor, writer: Writer | None = None) -> None:
        self.provider = provider
        self.executor = executor
        self.writer = writer
        self.settings = provider.settings

    async def run(self, work: Callable[[Assistant], T]) -> T:
        """Run ``work`` on the serving Assistant in the inference thread.

        PyTorch keeps a pool of compute threads per calling thread: calling it from the many
        threads of a request thread pool would multiply those pools on a small machine and slow
        every question down. Questions queue for the model anyway, which uses all cores.
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, lambda: work(self.provider.get()))

    async def answer(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        """The final answer, without the stream."""
        async with aclosing(self.events(question, history)) as events:
            async for event in events:
                if isinstance(event, Finished):
                    return event.answer
        raise RuntimeError("the answer stream ended without an answer")

    async def events(self, question: str, history: Sequence[Turn] = ()) -> AsyncGenerator[Event, None]:
        """``Started``, then ``Delta``s, then ``Finished``."""
        writer = self.writer
        if writer is None:
            draft = await self.run(lambda a: a.draft(question, history))
            for event in _quoted(draft.answer):
                yield event
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.llm_timeout_s
        waited = 0.0
        standalone = None
        if history and is_follow_up(question):
            began = time.perf_counter()
            try:
                standalone = await asyncio.wait_for(
                    writer.standalone(question, history), max(deadline - loop.time(), 0.001)
                )
            except Exception as exc:
                log.warning("follow-up not rewritten, the conversation is used instead: %s", _describe(exc))
            waited += time.perf_counter() - began

        def prepare(a: Assistant) -> tuple[Assistant, Draft]:
            return a, a.draft(question, history, standalone=standalone, sources=LLM_SOURCES)

        assistant, draft = await self.run(prepare)
        if not draft.answer.answered:
            # Too little evidence: the model is not asked, so it has nothing to invent from.
            for event in _quoted(replace(draft.answer, model_seconds=waited or None)):
                yield event
            return

        yield Started(draft.sources, True)
        asked = standalone or contextual_query(question, history)
        grounder = Grounder(asked, draft.sources, assistant.index.idf, secret_texts())
        failure: BaseException | None = None
        stream = writer.answer(asked, draft.sources)
        began = time.perf_counter()
        try:
            while not grounder.abstained:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise TimeoutError(f"no complete answer within {self.settings.llm_timeout_s} s")
                try:
                    piece = await asyncio.wait_for(anext(stream), remaining)
                except StopAsyncIteration:
                    break
                if shown := grounder.feed(piece):
                    yield Delta(shown)
            if shown := grounder.finish():
                yield Delta(shown)
        except Exception as exc:
            failure = exc
        finally:
            waited += time.perf_counter() - began
            await _close(stream)

        if not grounder.answer and grounder.abstained and failure is None:
            # The model read the sources and found no answer in them: trust that, and abstain.
            abstention = replace(
                assistant.composer.abstain(draft.answer.evidence, question), mode="llm", model_seconds=waited
            )
            for event in _spoken(abstention):
                yield event
            return
        if failure is not None:
            log.warning("language model %s failed: %s", writer.name, _describe(failure))
        if not grounder.answer:
            if failure is None:
                log.info(
                    "no sentence of the model's answer was grounded (%s); quoting instead",
                    "; ".join(f"{v.reason}: {v.text[:60]!r}" for v in grounder.verdicts) or "empty",
                )
            # Nothing was shown yet: the checked quote replaces the model, under the same numbers.
            for event in _spoken(replace(draft.answer, model_seconds=waited)):
                yield event
            return
        # From here on some checked sentences were shown; after a failure they stand, shorter.
        cited = set(grounder.cited)
        yield Finished(
            Answer(
                answer=grounder.answer,
                answered=True,
                citations=[s for s in draft.sources if s.n in cited],
                evidence=draft.answer.evidence,
                mode="llm",
                model_seconds=waited,
            )
        )


async def _close(stream: AsyncIterator[str]) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception as exc:  # closing a broken stream must not hide the answer
            log.debug("closing the model stream: %s", _describe(exc))
