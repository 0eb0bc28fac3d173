"""Server-Sent Events for streamed answers: ``meta``, then ``delta``s, then ``done`` (or ``error``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

_PIECE = re.compile(r"\s*\S+")
WORDS_PER_DELTA = 3


def sse(event: str, data: dict[str, Any]) -> str:
    """One event in the text/event-stream format (data on one line)."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(text: str, words: int = WORDS_PER_DELTA) -> Iterator[str]:
    """The text in runs of a few words, whitespace kept, so that the runs joined give it back."""
    tokens = _PIECE.findall(text)
    trailing = text[len("".join(tokens)) :]
    for begin in range(0, len(tokens), words):
        run = "".join(tokens[begin : begin + words])
        yield run + trailing if begin + words >= len(tokens) else run
    if not tokens and text:
        yield text
