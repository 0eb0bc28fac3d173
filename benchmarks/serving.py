"""`assistant serve` on an existing index, timed from process start to `/ready`, and its memory.

Memory is read from ``/proc/<pid>/smaps_rollup``: ``rss`` is resident memory, ``private`` the pages
no other process maps (what a process adds when another one already serves the same generation:
its own heap and model weights, not the memory-mapped index files nor the shared libraries).
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.utils.server import server_process

MB = 1024 * 1024


@dataclass(frozen=True)
class Server:
    """A served index: its base URL, its process, and how long it took to be ready."""

    base: str
    process: subprocess.Popen[str]
    cold_start_s: float

    def workers(self) -> list[int]:
        """The processes that answer requests: the workers the server forked, or the server itself."""
        children = []
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            children += [int(pid) for pid in (task / "children").read_text().split()]
        return sorted(children) or [self.process.pid]


def memory_mb(pid: int) -> dict[str, float]:
    """Resident, proportional and private memory of one process, in MB."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value) * 1024
    return {
        "rss": fields["Rss"] / MB,
        "pss": fields["Pss"] / MB,
        "private": (fields["Private_Clean"] + fields["Private_Dirty"]) / MB,
    }


@contextmanager
def serve_index(
    index_dir: Path, corpus_dir: Path, workers: int = 1, timeout: float = 600.0
) -> Iterator[Server]:
    """Start ``assistant serve`` on ``index_dir`` and yield it once ``/ready`` answers 200."""
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        env = {
            "ASSISTANT_INDEX_DIR": str(index_dir),
            "ASSISTANT_CORPUS_DIR": str(corpus_dir),
            "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp}/bench.db",
            "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
        }
        started = time.perf_counter()
        with server_process(env, ["--workers", str(workers)], "/ready", timeout) as (base, process):
            yield Server(base, process, time.perf_counter() - started)
