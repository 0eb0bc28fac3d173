"""Model weights read straight from their file, memory-mapped and read-only.

Arrays that view a read-only ``mmap`` of the file stay in the OS page cache: every process that
maps the same file shares one copy of the pages it touches, and none of them copies the weights
into its own heap. That is what lets a second server worker add little memory.
"""

from __future__ import annotations

import json
import mmap
import struct
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

# safetensors' dtype names; the models served here hold float32 weights (and int64 position ids).
SAFETENSORS_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def _mapped(path: Path) -> mmap.mmap:
    with path.open("rb") as file:
        return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)


def read_safetensors(path: Path) -> dict[str, NDArray[np.generic]]:
    """Every tensor of a ``.safetensors`` file as a read-only array over the mapped file.

    The format: an 8-byte little-endian header length, a JSON header giving each tensor's dtype,
    shape and byte range relative to the end of the header, then the raw little-endian data.
    """
    buffer = _mapped(path)
    (header_length,) = struct.unpack("<Q", buffer[:8])
    header = json.loads(buffer[8 : 8 + header_length])
    start = 8 + header_length
    tensors: dict[str, NDArray[np.generic]] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        dtype = np.dtype(SAFETENSORS_DTYPES[entry["dtype"]]).newbyteorder("<")
        begin, end = entry["data_offsets"]
        count = (end - begin) // dtype.itemsize
        array = np.frombuffer(buffer, dtype=dtype, count=count, offset=start + begin)
        tensors[name] = array.reshape(entry["shape"])
    return tensors
