"""Calling an ASGI app directly, to see what it reads of a request and what it answers."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Exchange:
    """One request's fate: how many body messages the app asked for, and its answer."""

    reads: int = 0
    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    app: Any,
    method: str,
    path: str,
    headers: dict[str, str],
    pieces: list[bytes],
    client: tuple[str, int] = ("203.0.113.9", 5000),
) -> Exchange:
    """Send ``pieces`` as the body, one ``http.request`` message each, only when the app reads."""
    exchange = Exchange()
    queue = list(pieces)

    async def receive() -> dict[str, Any]:
        exchange.reads += 1
        if not queue:
            return {"type": "http.disconnect"}
        piece = queue.pop(0)
        return {"type": "http.request", "body": piece, "more_body": bool(queue)}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            exchange.status = message["status"]
            exchange.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            exchange.body += message.get("body", b"")

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": client,
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    return exchange
