"""The servers of the scale-out mode, started for real on loopback: a Chroma server (`chroma run`),
Debian's redis-server and PostgreSQL (as the `postgres` user when the tests run as root, since it
refuses to run as root), each a child process that a test can kill and start again."""

from __future__ import annotations

import glob
import os
import pwd
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests.utils.server import free_port

CHROMA = Path(sys.executable).with_name("chroma")
REDIS_SERVER = "/usr/bin/redis-server"


def postgres_bin() -> Path:
    """The newest installed PostgreSQL's bin folder (make test installs Debian's postgresql)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run 'make servers' (apt-get install postgresql)")
    return Path(found[-1]).parent


def _as_postgres(argv: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; CI runs the tests as root.
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else argv


class Service:
    """A server in a child process: ``start`` waits until ``ready``; ``kill`` is kill -9."""

    def __init__(
        self, name: str, argv: list[str], ready: Callable[[], bool], env: dict[str, str] | None = None
    ):
        self.name = name
        self.argv = argv
        self.ready = ready
        self.env = {**os.environ, **(env or {})}
        self.log = Path(tempfile.mkdtemp(prefix=f"scaleout-{name}-")) / "server.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.data: Path | None = None  # a folder of its own to remove once it is stopped for good

    def start(self, timeout: float = 60.0) -> None:
        with open(self.log, "ab") as log:
            # Its own process group: kill reaches runuser's child (postgres) too.
            self.process = subprocess.Popen(
                self.argv, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while not self.ready():
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early: {self.log.read_text()[-3000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{self.name} did not come up within {timeout} s: {self.log.read_text()[-3000:]}"
                )
            time.sleep(0.2)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def stop(self) -> None:
        self._signal(signal.SIGTERM)

    def _signal(self, sig: signal.Signals) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, sig)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def chroma_server(path: Path) -> tuple[Service, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            return httpx.get(f"{url}/api/v2/heartbeat", timeout=1.0).status_code == 200
        except httpx.TransportError:
            return False

    argv = [str(CHROMA), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)]
    return Service("chroma", argv, ready, {"ANONYMIZED_TELEMETRY": "False"}), url


def redis_server() -> tuple[Service, str]:
    import redis

    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"

    def ready() -> bool:
        try:
            with redis.Redis.from_url(url, socket_timeout=1) as client:
                return bool(client.ping())
        except redis.RedisError:
            return False

    argv = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    return Service("redis", argv, ready), url


def postgres_server() -> tuple[Service, str]:
    """A fresh cluster in a temporary folder (``Service.data``), its database ``assistant``; returns
    its SQLAlchemy URL. The folder is not under pytest's own, which the postgres user cannot enter."""
    import psycopg

    binaries = postgres_bin()
    data = Path(tempfile.mkdtemp(prefix="scaleout-pg-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(data, user.pw_uid, user.pw_gid)
    initdb = [str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]
    subprocess.run(_as_postgres(initdb), check=True, capture_output=True)
    port = free_port()
    dsn = f"host=127.0.0.1 port={port} user=postgres dbname=postgres connect_timeout=2"

    def ready() -> bool:
        try:
            with psycopg.connect(dsn, autocommit=True) as connection:
                if not connection.execute("SELECT 1 FROM pg_database WHERE datname = 'assistant'").fetchone():
                    connection.execute("CREATE DATABASE assistant")
            return True
        except psycopg.OperationalError:
            return False

    argv = _as_postgres(
        [
            str(binaries / "postgres"),
            "-D", str(data),
            "-p", str(port),
            "-k", str(data),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
        ]
    )  # fmt: skip
    service = Service("postgres", argv, ready)
    service.data = data
    return service, f"postgresql+psycopg://postgres@127.0.0.1:{port}/assistant"
