"""Server-Sent Events for both streaming protocols (the assistant's named ``meta``, ``delta``…,
``done`` or ``error`` events; OpenAI's unnamed ``data:`` chunks): framing, and relaying an answer."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Any

from assistant.domain import Event, Finished

log = logging.getLogger("assistant.api")
# What a client is told when an answer breaks off: the exception itself goes to the log only, as
# its text may hold paths, addresses or a library's internals.
FAILED = "the answer could not be completed; please ask again"


def sse(event: str | None, data: dict[str, Any] | str) -> str:
    """One event in the text/event-stream format (data on one line); no name for OpenAI's chunks."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"


async def relay(
    stream: AsyncGenerator[Event, None],
    first: Event,
    render: Callable[[Event], AsyncIterator[str]],
    failed: Callable[[Exception], str],
) -> AsyncIterator[str]:
    """The answer's events, from ``first`` (already awaited, so that a missing index still got
    its 503) to ``Finished``, each rendered in the endpoint's wire format; a failure once the
    status line is sent can only be reported in-band, with ``failed``."""
    try:
        event = first
        while True:
            async for text in render(event):
                yield text
            if isinstance(event, Finished):
                return
            event = await anext(stream)
    except Exception as exc:
        log.exception("streaming failed")
        yield failed(exc)
    finally:
        await stream.aclose()
