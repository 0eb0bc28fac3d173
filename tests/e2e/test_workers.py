"""`assistant serve --workers 2`: forked workers that share the port, replaced when one dies,
stopped together; real processes on loopback."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx

from assistant.settings import Settings
from tests.utils.server import server_process


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return sorted(found)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ask(base: str, question: str) -> int:
    # A connection per request: the kernel picks a worker for each.
    with httpx.Client(base_url=base, timeout=60) as http:
        return http.post("/v1/ask", json={"question": question}).status_code


def test_two_forked_workers_share_the_port_and_are_replaced_and_stopped(
    settings: Settings, tmp_path: Path
) -> None:
    env = {
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp_path}/workers.db",
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
    }
    with server_process(env, ["--workers", "2"], "/ready", timeout=180) as (base, process):
        workers = children(process.pid)
        assert len(workers) == 2
        # Forked from the server, not spawned: the same program, no multiprocessing bootstrap.
        assert all(b"spawn_main" not in Path(f"/proc/{w}/cmdline").read_bytes() for w in workers)
        # Both answer: each has had questions to encode since it started.
        before = {w: cpu_seconds(w) for w in workers}
        assert all(ask(base, "Who signs a partnership agreement?") == 200 for _ in range(24))
        assert all(cpu_seconds(w) > before[w] + 0.05 for w in workers), "one worker got every connection"

        # A worker that dies is replaced, and questions keep being answered meanwhile.
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            now = children(process.pid)
            if len(now) == 2 and workers[0] not in now:
                break
            time.sleep(0.2)
        replaced = children(process.pid)
        assert len(replaced) == 2 and workers[0] not in replaced and workers[1] in replaced
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and httpx.get(f"{base}/ready", timeout=5).status_code != 200:
            time.sleep(0.2)
        assert all(ask(base, "What is MUSE?") == 200 for _ in range(6))

        # SIGTERM to the server stops every worker, and the server exits cleanly.
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert not any(Path(f"/proc/{w}").exists() for w in replaced)
