"""The single writer of an index: a file lock in the index folder (processes of one machine) and,
when the workers share servers, a lock every machine sees: a PostgreSQL advisory lock when the
database is PostgreSQL, else a Redis lock with an expiry. Whoever holds both may ingest, upload,
delete or re-index; anyone else waits or gets ``IngestBusyError``.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import redis
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

log = logging.getLogger("assistant.ingest.lock")

LOCK = ".ingest.lock"
# The advisory lock's key: any fixed 64-bit number no other application on the database uses.
ADVISORY_KEY = 0x6173_7369_7374_616E  # "assistan"
REDIS_KEY = "assistant:index-writer"
# A Redis lock outlives a writer that dies by this much at most; a live writer renews it every third.
REDIS_EXPIRY_S = 60.0
POLL_S = 0.1


class IngestBusyError(RuntimeError):
    """Another ingest holds the writer lock (or the shared lock cannot be reached)."""


def busy(index_dir: Path) -> IngestBusyError:
    return IngestBusyError(f"another 'assistant ingest' is writing {index_dir}; wait for it to finish")


@contextlib.contextmanager
def writer_lock(
    index_dir: Path, wait: float = 0.0, *, database_url: str | None = None, redis_url: str | None = None
) -> Iterator[None]:
    """Hold the single-writer lock of ``index_dir`` (and the shared one, when ``database_url`` is
    PostgreSQL or ``redis_url`` is set); wait up to ``wait`` seconds, then IngestBusyError."""
    deadline = time.monotonic() + wait
    with _file_lock(index_dir, deadline):
        if database_url is not None and database_url.startswith("postgresql"):
            with _advisory_lock(database_url, index_dir, deadline):
                yield
        elif redis_url is not None:
            with _redis_lock(redis_url, index_dir, deadline):
                yield
        else:
            yield


def _waited(index_dir: Path, deadline: float) -> None:
    """Sleep a little before trying again, or give up at the deadline."""
    if time.monotonic() >= deadline:
        raise busy(index_dir)
    time.sleep(POLL_S)


@contextlib.contextmanager
def _file_lock(index_dir: Path, deadline: float) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "w") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                _waited(index_dir, deadline)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _advisory_lock(url: str, index_dir: Path, deadline: float) -> Iterator[None]:
    # A session-level advisory lock on a connection of its own: PostgreSQL releases it when the
    # connection ends, so a writer killed with -9 frees it too.
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            take = text("SELECT pg_try_advisory_lock(:key)")
            while not connection.execute(take, {"key": ADVISORY_KEY}).scalar():
                connection.rollback()
                _waited(index_dir, deadline)
            # The lock belongs to the session, not the transaction: end the transaction, so the
            # connection is not left idle in one for the length of the build.
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                connection.commit()
    except SQLAlchemyError as exc:
        raise IngestBusyError(f"the writer lock in the database cannot be taken: {exc}") from exc
    finally:
        engine.dispose()


@contextlib.contextmanager
def _redis_lock(url: str, index_dir: Path, deadline: float) -> Iterator[None]:
    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
    lock = client.lock(REDIS_KEY, timeout=REDIS_EXPIRY_S, thread_local=False)
    try:
        while not lock.acquire(blocking=False):
            _waited(index_dir, deadline)
    except redis.RedisError as exc:
        client.close()
        raise IngestBusyError(f"the writer lock in Redis cannot be taken: {exc}") from exc
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(REDIS_EXPIRY_S / 3):
            try:
                lock.reacquire()
            except redis.RedisError:
                log.warning("the writer lock in Redis could not be renewed", exc_info=True)

    renewer = threading.Thread(target=renew, name="writer-lock-renewal", daemon=True)
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join()
        try:
            lock.release()
        except redis.RedisError:
            log.warning("the writer lock in Redis could not be released; it expires by itself")
        client.close()
