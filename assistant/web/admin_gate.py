"""The gate of ``/v1/admin``, in front of the app: the bearer token, the admin rate limit and the
throttle on wrong tokens are checked before a byte of the body is read, so an upload without the
token is refused without being received."""

from __future__ import annotations

import hmac

from assistant.settings import Settings
from assistant.web.asgi import ASGIApp, Receive, Scope, Send, header, send_json
from assistant.web.clients import client_address
from assistant.web.redis_limit import limiter

PREFIX = "/v1/admin"


class AdminGate:
    """Lets an admin request through only with the configured token, within the client's limits."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        token = settings.admin_token
        self.token = token.get_secret_value().encode() if token is not None else None
        self.trusted = settings.trusted_networks
        self.requests = limiter(settings.admin_rate_limit_per_minute, "admin", settings.redis_url)
        self.failures = limiter(settings.admin_failed_tokens_per_minute, "admin-token", settings.redis_url)

    def _authorised(self, scope: Scope) -> bool:
        assert self.token is not None
        scheme, _, token = (header(scope, b"authorization") or b"").partition(b" ")
        # Compared in constant time, so the answer's timing tells nothing about the token.
        return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), self.token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not (path == PREFIX or path.startswith(PREFIX + "/")):
            await self.app(scope, receive, send)
            return
        if self.token is None:
            await send_json(send, 404, "Not Found")
            return
        client = client_address(scope, self.trusted)
        wait = self.failures.wait(client)
        if wait is not None:
            await _too_many(send, wait, "too many wrong admin tokens")
            return
        if not self._authorised(scope):
            self.failures.check(client)
            detail = "a valid admin bearer token is required (Authorization: Bearer <token>)"
            await send_json(send, 401, detail, {"WWW-Authenticate": "Bearer"})
            return
        wait = self.requests.check(client)
        if wait is not None:
            limit = self.requests.per_minute
            await _too_many(send, wait, f"too many admin requests: at most {limit} a minute")
            return
        await self.app(scope, receive, send)


async def _too_many(send: Send, wait: int, why: str) -> None:
    await send_json(send, 429, f"{why}; retry in {wait} s", {"Retry-After": str(wait)})
