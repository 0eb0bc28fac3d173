"""The language model, through LangChain: any OpenAI-compatible server, or Ollama.

The model is only ever asked two things: to turn a follow-up into a standalone question, and to
write an answer from numbered sources (``prompts``). Whatever it writes is checked by
``grounding`` before anyone sees it; any failure here makes the caller fall back to quoting.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Sequence
from functools import cache

import httpx
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.domain import Citation, Turn
from assistant.llm import prompts
from assistant.settings import Settings
from assistant.text import index_terms

OLLAMA_URL = "http://localhost:11434"


@cache
def model_failures() -> tuple[type[Exception], ...]:
    """How a model server's failure reaches us: the network, HTTP, the OpenAI client's and Ollama's
    errors, and the deadline. The responder falls back to quoting on these only; any other
    exception is a bug of ours and must surface in the logs and the tests.

    Imported on first call (a ``Writer`` makes it): the OpenAI client takes about a second and
    18 MB of every server process to import, and a server without a language model never needs it.
    """
    import ollama
    import openai

    return (httpx.HTTPError, openai.OpenAIError, ollama.ResponseError, TimeoutError, ConnectionError)


# A rewritten question longer than this is the model rambling, not a question.
_MAX_REWRITE_CHARS = 300


def chat_model(settings: Settings, http: httpx.AsyncClient | None = None) -> BaseChatModel | None:
    """The configured chat model, or None for the extractive assistant.

    ``http`` is the async HTTP client of an OpenAI-compatible model: one per app, closed with it,
    because LangChain's shared default stays tied to the first event loop that used it.
    """
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    if settings.llm_provider == "openai":
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            # Local servers need no key, but the client insists on one.
            api_key=key or "not-needed",
            temperature=0,
            max_tokens=settings.llm_max_tokens,
            timeout=settings.llm_timeout_s,
            # A retry would blow the deadline; the extractive answer is the retry.
            max_retries=0,
            http_async_client=http or httpx.AsyncClient(timeout=settings.llm_timeout_s),
        )
    if settings.llm_provider == "ollama":
        from langchain_ollama import ChatOllama

        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return ChatOllama(
            model=settings.llm_model,
            base_url=settings.llm_base_url or OLLAMA_URL,
            temperature=0,
            num_predict=settings.llm_max_tokens,
            client_kwargs={"timeout": settings.llm_timeout_s, "headers": headers},
        )
    return None


class Writer:
    """Asks the chat model for answers and standalone questions."""

    def __init__(self, model: BaseChatModel, name: str, http: httpx.AsyncClient | None = None) -> None:
        self.model = model
        self.name = name
        self._http = http
        model_failures()  # imported now, at start, rather than on the first failure

    @classmethod
    def from_settings(cls, settings: Settings) -> Writer | None:
        http = (
            httpx.AsyncClient(timeout=settings.llm_timeout_s) if settings.llm_provider == "openai" else None
        )
        model = chat_model(settings, http)
        return None if model is None else cls(model, f"{settings.llm_provider}:{settings.llm_model}", http)

    async def aclose(self) -> None:
        """Close the connections to the model server (call it on the loop that used them)."""
        if self._http is not None:
            await self._http.aclose()

    async def stream(self, messages: Sequence[BaseMessage]) -> AsyncIterator[str]:
        """The model's reply, piece by piece as it is generated."""
        async for chunk in self.model.astream(list(messages)):
            if chunk.text:
                yield chunk.text

    async def answer(self, question: str, sources: Sequence[Citation]) -> AsyncIterator[str]:
        async for piece in self.stream(prompts.answer_messages(question, sources)):
            yield piece

    async def standalone(self, question: str, history: Sequence[Turn]) -> str | None:
        """The follow-up ``question`` rewritten to stand alone, or None if the rewrite is unusable."""
        reply = await self.model.ainvoke(prompts.rewrite_messages(question, history))
        return usable_rewrite(reply.text, question, history)


def usable_rewrite(text: str, question: str, history: Sequence[Turn]) -> str | None:
    """The rewrite's first line, if it is a plausible question about this conversation."""
    line = next((ln.strip() for ln in text.strip().splitlines() if ln.strip()), "")
    line = re.sub(r"^(rewritten question|question)\s*:\s*", "", line, flags=re.IGNORECASE).strip("\"' ")
    # Small models tend to answer instead of rewriting: only a question is a rewrite.
    if not line.endswith("?") or len(line) > _MAX_REWRITE_CHARS:
        return None
    # It must keep the question's own terms and bring in the conversation's: otherwise it is
    # not the same question, or it adds nothing that the plain follow-up lacked.
    own = set(index_terms(question))
    earlier = {t for turn in history for t in index_terms(turn.content)} - own
    terms = set(index_terms(line))
    if len(own & terms) * 2 < len(own) or not terms & earlier:
        return None
    return line
