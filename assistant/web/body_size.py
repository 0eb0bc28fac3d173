"""An ASGI middleware that refuses request bodies over their limit with 413, on every route, before
the app reads them: a declared Content-Length at once, a chunked body as soon as it goes over."""

from __future__ import annotations

from assistant.web.asgi import ASGIApp, Message, Receive, Scope, Send, header, send_json


class BodySizeLimit:
    """Caps request bodies at ``max_bytes``, and at ``upload_bytes`` under ``upload_prefix``."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_prefix: str, upload_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_prefix = upload_prefix
        self.upload_bytes = upload_bytes

    def _limit(self, path: str) -> tuple[int, str]:
        if path.startswith(self.upload_prefix):
            return self.upload_bytes, f"request body is larger than {self.upload_bytes / 1e6:.0f} MB"
        kb = self.max_bytes // 1024
        return self.max_bytes, f"request body is larger than {kb} KB: send a shorter question or history"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, message = self._limit(str(scope.get("path", "")))
        declared = header(scope, b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await send_json(send, 413, message)
            return
        received = 0
        refused = started = False

        async def capped_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            incoming = await receive()
            if incoming["type"] == "http.request":
                received += len(incoming.get("body", b""))
                if received > limit:
                    # Answer 413 here: an exception raised into the app would reach FastAPI's body
                    # parsing, which turns any failure into 400. The app sees the client leave.
                    refused = True
                    if not started:
                        await send_json(send, 413, message)
                    return {"type": "http.disconnect"}
            return incoming

        async def guarded_send(outgoing: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 is the answer; whatever the app makes of the cut body is dropped
            started = started or outgoing["type"] == "http.response.start"
            await send(outgoing)

        try:
            await self.app(scope, capped_receive, guarded_send)
        except Exception:
            if not refused:
                raise
