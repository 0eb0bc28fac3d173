"""Per-client request limits counted in Redis, so that every worker shares them (a sliding window
of 60 s, like the in-process ``RateLimiter``). Redis down or slow: the request is let through and
the outage logged, since a limit is never worth refusing every visitor (fail open)."""

from __future__ import annotations

import logging
import math
import time
import uuid

import redis

from assistant.web.rate_limit import Limiter, RateLimiter

log = logging.getLogger("assistant.web.redis_limit")

# Short timeouts: a Redis that hangs costs each request this much at most, not a stalled worker.
TIMEOUT_S = 0.5
WARN_EVERY_S = 30.0
# One round trip, atomic: forget hits older than the window, refuse when the window is full (the
# milliseconds until its oldest hit leaves it), else count the hit. Redis's clock, not the
# workers', so machines whose clocks differ still share one window.
SCRIPT = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
if ARGV[3] == '1' then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
end
return -1
"""


class RedisRateLimiter(Limiter):
    """The window in Redis, shared by every worker."""

    def __init__(self, url: str, per_minute: int, scope: str) -> None:
        super().__init__(per_minute)
        self.url = url
        self._client = redis.Redis.from_url(url, socket_timeout=TIMEOUT_S, socket_connect_timeout=TIMEOUT_S)
        self._script = self._client.register_script(SCRIPT)
        self._prefix = f"assistant:rate:{scope}:"
        self._warned = -math.inf

    def _visit(self, key: str, count: bool) -> int | None:
        try:
            args: list[int | str] = [self.per_minute, int(self.WINDOW * 1000), int(count), uuid.uuid4().hex]
            waited = int(self._script(keys=[self._prefix + key], args=args))
        except redis.RedisError as exc:
            self._warn(exc)
            return None  # fail open
        return None if waited < 0 else max(1, math.ceil(waited / 1000))

    def _warn(self, exc: redis.RedisError) -> None:
        now = time.monotonic()
        if now - self._warned >= WARN_EVERY_S:  # once per period, not once per request
            self._warned = now
            log.warning(
                "rate limit not counted: Redis at %s failed (%s); requests are let through", self.url, exc
            )


def limiter(per_minute: int, scope: str, redis_url: str | None) -> Limiter:
    """The limit for ``scope``: in Redis when ``redis_url`` is set, else in this process."""
    if redis_url is None:
        return RateLimiter(per_minute)
    return RedisRateLimiter(redis_url, per_minute, scope)
