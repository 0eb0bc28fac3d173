"""Generation folders under the index folder, and the ``CURRENT`` pointer that picks the served one.

A build writes a new folder and then switches the pointer with an atomic rename, so a reader always
opens a complete generation and a build that dies halfway leaves the previous one serving.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from assistant.store.layout import META

POINTER = "CURRENT"
PREFIX = "gen-"


def current_generation(index_dir: Path) -> Path | None:
    """The folder of the generation that serves, or None when no build has completed."""
    pointer = index_dir / POINTER
    try:
        name = pointer.read_text().strip()
    except FileNotFoundError:
        return None
    folder = index_dir / name
    return folder if (folder / META).is_file() else None


def new_generation(index_dir: Path) -> Path:
    """A fresh, empty generation folder; its name never repeats, even within a second."""
    stamp = f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.time_ns() % 10**6:06d}"
    folder = index_dir / f"{PREFIX}{stamp}"
    folder.mkdir(parents=True)
    return folder


def publish(index_dir: Path, folder: Path) -> None:
    """Point CURRENT at ``folder`` atomically, then drop generations older than the previous one."""
    previous = current_generation(index_dir)
    tmp = index_dir / f".{POINTER}.tmp"
    with open(tmp, "w") as handle:
        handle.write(folder.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, index_dir / POINTER)
    directory = os.open(index_dir, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself must reach the disk before anything is deleted
    finally:
        os.close(directory)
    # Keep the generation a running server may still have open; anything older, or left
    # incomplete by a killed run, can go.
    keep = {folder.name, previous.name if previous else ""}
    for stale in index_dir.glob(f"{PREFIX}*"):
        if stale.name not in keep:
            shutil.rmtree(stale, ignore_errors=True)
