"""Run the real CLI server (`assistant serve`) on loopback in a child process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

ASSISTANT = Path(sys.executable).with_name("assistant")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(process: subprocess.Popen[str], log: IO[str], url: str, timeout: float) -> None:
    """Poll ``url`` until it answers 200; fail with the child's log if it exits or stays silent."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"the server behind {url} exited early: {log.read()[-3000:]}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not come up within {timeout} s")
        time.sleep(0.2)


@contextmanager
def running_server(env: dict[str, str], timeout: float = 90.0) -> Iterator[str]:
    """Start ``assistant serve`` with ``env`` added; yield its base URL once it answers /health."""
    with server_process(env, timeout=timeout) as (base, _):
        yield base


@contextmanager
def server_process(
    env: dict[str, str], args: Sequence[str] = (), ready: str = "/health", timeout: float = 90.0
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """Start ``assistant serve`` with ``env`` added and ``args`` appended; yield its base URL and
    process once ``ready`` answers 200."""
    port = free_port()
    # The log goes to a file, not a pipe: a pipe nobody reads fills up and stalls the server.
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen(
        [str(ASSISTANT), "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, log, f"{base}{ready}", timeout)
        yield base, process
    except BaseException:
        log.seek(0)
        print(f"--- log of the server at {base} ---\n{log.read()[-20000:]}", file=sys.stderr)
        raise
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
