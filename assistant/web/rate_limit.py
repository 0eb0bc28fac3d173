"""Per-client request limits (a sliding window, in memory; ``redis_limit`` counts them in Redis)."""

from __future__ import annotations

import math
import threading
import time
from abc import ABC, abstractmethod
from collections import deque


class Limiter(ABC):
    """At most ``per_minute`` requests per client key in any 60-second window, wherever counted."""

    WINDOW = 60.0

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute

    def check(self, key: str) -> int | None:
        """Count a request; None when allowed, else the seconds to wait (for ``Retry-After``)."""
        return None if self.per_minute <= 0 else self._visit(key, count=True)

    def wait(self, key: str) -> int | None:
        """Like ``check`` without counting: whether ``key`` is over its limit now."""
        return None if self.per_minute <= 0 else self._visit(key, count=False)

    @abstractmethod
    def _visit(self, key: str, count: bool) -> int | None: ...


class RateLimiter(Limiter):
    """The window in this process's memory."""

    def __init__(self, per_minute: int) -> None:
        super().__init__(per_minute)
        self._clock = time.monotonic
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _visit(self, key: str, count: bool) -> int | None:
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.WINDOW:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(1, math.ceil(hits[0] + self.WINDOW - now))
            if count:
                hits.append(now)
            if len(self._hits) > 10_000:  # forget idle clients so memory stays bounded
                for idle in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.WINDOW]:
                    del self._hits[idle]
            return None
