"""Generation folders under the index folder, and the ``CURRENT`` pointer that picks the served one.

A build writes a new folder and then switches the pointer with an atomic rename, so a reader always
opens a complete generation and a build that dies halfway leaves the previous one serving. A reader
holds a shared lock on the generation it reads (``Readers``), in whatever process it runs, and a
generation is deleted only once nobody holds it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import weakref
from pathlib import Path

from assistant.store.layout import META

POINTER = "CURRENT"
PREFIX = "gen-"
READERS = ".readers"  # the lock file readers share; flock locks go when their process does


class Readers:
    """A shared hold on a generation folder: while any is open, the folder is not deleted."""

    def __init__(self, folder: Path) -> None:
        descriptor = os.open(folder / READERS, os.O_RDONLY | os.O_CREAT, 0o644)
        fcntl.flock(descriptor, fcntl.LOCK_SH)
        # An index dropped without close() still lets its generation go when it is collected.
        self._release = weakref.finalize(self, os.close, descriptor)

    def release(self) -> None:
        self._release()  # closing the descriptor drops its lock; a second call does nothing


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
    # Keep the generation a running server may have just read the name of; older ones go once no
    # reader holds them.
    prune(index_dir, keep={folder.name, previous.name if previous else ""})


def drop_incomplete(index_dir: Path) -> None:
    """Delete the folders of builds that failed or were killed before their ``meta.json``. Only the
    writer calls this, under its lock, so no build is writing them."""
    for folder in index_dir.glob(f"{PREFIX}*"):
        if folder.is_dir() and not (folder / META).is_file():
            shutil.rmtree(folder, ignore_errors=True)


def prune(index_dir: Path, keep: set[str]) -> None:
    """Delete the generation folders not in ``keep`` that no reader holds: older generations, and
    the incomplete ones of builds that failed or were killed. Only the writer calls this."""
    for stale in index_dir.glob(f"{PREFIX}*"):
        if stale.name in keep or not stale.is_dir():
            continue
        try:
            descriptor = os.open(stale / READERS, os.O_RDONLY | os.O_CREAT, 0o644)
        except OSError:
            shutil.rmtree(stale, ignore_errors=True)
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # a request still reads it: the next publish tries again
        else:
            shutil.rmtree(stale, ignore_errors=True)
        finally:
            os.close(descriptor)
