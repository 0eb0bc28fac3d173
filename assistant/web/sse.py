"""Server-Sent Events framing, for both streaming protocols: the assistant's named events
(``meta``, ``delta``…, ``done`` or ``error``) and OpenAI's unnamed ``data:`` chunks."""

from __future__ import annotations

import json
from typing import Any


def sse(event: str | None, data: dict[str, Any] | str) -> str:
    """One event in the text/event-stream format (data on one line); no name for OpenAI's chunks."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"
