"""`assistant serve --workers N`: one process imports the app, then forks the N workers.

uvicorn's own workers are spawned: each is a fresh interpreter that imports FastAPI, Chroma,
SQLAlchemy, LangChain and numpy again, some 120 MB of objects per worker. Forked once the
imports are done, with the collector's objects frozen (so that a collection does not write to
every page it walks), the workers share those pages with the parent until they write to them.
Each worker opens its own services (the index, its Chroma client, the database engines, the
model threads) in the app's lifespan, after the fork: threads and open connections do not
survive one.

Each worker listens on its own socket bound with SO_REUSEPORT, so the kernel spreads new
connections over the workers: on one shared socket, the worker that wakes first accepts every
connection of a burst (16 clients kept one worker busy and left the other idle). The parent holds
the port bound, without listening, so that it stays ours between a worker's death and its
replacement. It only supervises: it forwards SIGTERM and SIGINT to the workers, waits for them to
finish their requests, and replaces a worker that dies while the server runs.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import socket
import time
from types import FrameType

import uvicorn
from uvicorn.importer import import_from_string

log = logging.getLogger("assistant.workers")

RESTART_PAUSE_S = 1.0  # between a worker's death and its replacement, so a crash cannot spin
STOP_TIMEOUT_S = 30.0  # for the workers to finish their requests once asked to stop
POLL_S = 0.2


def serve_forked(app: str, *, host: str, port: int, workers: int) -> None:
    """Serve the app factory ``app`` ("module:function") on ``host:port`` with ``workers``
    forked processes; returns once they have all stopped."""
    config = uvicorn.Config(app, factory=True, host=host, port=port, proxy_headers=False)
    sock = _socket(host, port)  # the port, held; a worker's socket is its own
    import_from_string(app)  # every module the app uses, imported once, here
    gc.collect()
    gc.freeze()
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for pid in running:
            _signal(pid, signal.SIGTERM)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    running: set[int] = set()
    try:
        for _ in range(workers):
            running.add(_fork(config, sock))
        while running:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                time.sleep(POLL_S)
                continue
            running.discard(pid)
            if not stopping:
                log.error("worker %d stopped (status %d): starting another", pid, status)
                time.sleep(RESTART_PAUSE_S)
                running.add(_fork(config, sock))
    except ChildProcessError:
        pass  # every worker is gone
    finally:
        _stop(running)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sock.close()


def _socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _fork(config: uvicorn.Config, held: socket.socket) -> int:
    pid = os.fork()
    if pid:
        return pid
    held.close()
    # The worker: uvicorn installs its own handlers (SIGTERM, SIGINT: finish, then stop).
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)
    code = 0
    try:
        uvicorn.Server(config).run(sockets=[_socket(config.host, config.port)])
    except BaseException:
        log.exception("worker %d failed", os.getpid())
        code = 1
    finally:
        logging.shutdown()
        os._exit(code)  # never the parent's exit handlers, nor its loop


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)


def _stop(running: set[int]) -> None:
    """Ask the workers to stop, wait for them, and kill those still there after the timeout."""
    for pid in running:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while running and time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid:
            running.discard(pid)
        else:
            time.sleep(POLL_S)
    for pid in running:
        _signal(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
