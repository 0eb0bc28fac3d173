"""Answers as a stream of events: the extractive draft, then, when a language model is
configured, the model's answer checked sentence by sentence (``grounding``), or the draft again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import aclosing
from dataclasses import replace
from typing import TypeVar

from assistant.domain import Answer, Delta, Draft, Event, Finished, Started, Turn
from assistant.llm.client import Writer, model_failures
from assistant.llm.grounding import Grounder
from assistant.llm.prompts import secret_texts
from assistant.query.engine import Assistant, AssistantProvider
from assistant.query.followup import contextual_query, is_follow_up
from assistant.text import language, pieces

log = logging.getLogger("assistant.llm.responder")
T = TypeVar("T")
# Sources a language model writes from: the extractive answer's sentences first, then the next
# best distinct sentences, so the model can combine facts that the quote alone would miss.
LLM_SOURCES = 5


def _spoken(answer: Answer) -> Iterator[Event]:
    """A whole answer as the events that end a stream: its text in pieces, then ``Finished``."""
    for piece in pieces(answer.text):
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
    the assistant abstains. Only a model's failures (``model_failures()``) fall back: an error of
    our own, in grounding say, propagates.
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

        def leased() -> T:
            with self.provider.lease() as assistant:
                return work(assistant)

        return await loop.run_in_executor(self.executor, leased)

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
        standalone, waited = await _standalone(writer, question, history, deadline)

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
        grounder = _grounder(assistant, question, asked, draft)
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
        except model_failures() as exc:
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
                text=grounder.answer,
                answered=True,
                citations=[s for s in draft.sources if s.n in cited],
                evidence=draft.answer.evidence,
                mode="llm",
                model_seconds=waited,
            )
        )


def _grounder(assistant: Assistant, question: str, asked: str, draft: Draft) -> Grounder:
    # A French question is answered in French: its sentences are checked across the languages.
    french = assistant.french is not None and language(question) == "fr"
    encoder = assistant.embedder.multilingual if french else None
    return Grounder(asked, draft.sources, assistant.index.idf, secret_texts(), encoder=encoder)


async def _standalone(
    writer: Writer, question: str, history: Sequence[Turn], deadline: float
) -> tuple[str | None, float]:
    """A follow-up rewritten to stand alone (None if it is not one, or on failure), and the seconds
    waited for it."""
    if not (history and is_follow_up(question)):
        return None, 0.0
    began = time.perf_counter()
    try:
        standalone = await asyncio.wait_for(
            writer.standalone(question, history), max(deadline - asyncio.get_running_loop().time(), 0.001)
        )
    except model_failures() as exc:
        log.warning("follow-up not rewritten, the conversation is used instead: %s", _describe(exc))
        standalone = None
    return standalone, time.perf_counter() - began


async def _close(stream: AsyncIterator[str]) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception as exc:  # closing a broken stream must not hide the answer
            log.debug("closing the model stream: %s", _describe(exc))
