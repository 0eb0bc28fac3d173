"""The pieces of the numpy MiniLM that need no model: erf and the memory-mapped safetensors reader.
(The encoder against sentence-transformers: tests/integration/test_numpy_bert.py.)"""

import math
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file

from assistant.mapped_weights import read_safetensors
from assistant.numpy_bert import erf, gelu


def test_erf_is_within_float32_rounding_of_the_true_value() -> None:
    x = np.linspace(-8.0, 8.0, 200_001)
    exact = np.array([math.erf(v) for v in x])
    assert np.abs(erf(x.astype(np.float32)) - exact).max() < 5e-7
    # The rational function itself, evaluated in float64, is within 1e-7.
    assert np.abs(erf(x) - exact).max() < 1e-7


def test_gelu_is_the_exact_erf_form() -> None:
    x = np.linspace(-6.0, 6.0, 1001).astype(np.float32)
    exact = np.array([0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0))) for v in x.tolist()])
    assert gelu(x).dtype == np.float32
    assert np.abs(gelu(x) - exact).max() < 1e-6


def test_safetensors_are_read_as_read_only_views_of_the_mapped_file(tmp_path: Path) -> None:
    written = {
        "weight": np.arange(12, dtype=np.float32).reshape(3, 4),
        "bias": np.array([0.5, -1.5], dtype=np.float32),
        "ids": np.arange(5, dtype=np.int64)[None, :],
    }
    save_file(written, str(tmp_path / "model.safetensors"), metadata={"format": "pt"})
    read = read_safetensors(tmp_path / "model.safetensors")
    assert set(read) == set(written)
    for name, array in written.items():
        assert read[name].dtype == array.dtype and np.array_equal(read[name], array)
        # A view of the file's pages, not a copy in the heap: shared by every process mapping it.
        assert not read[name].flags.writeable and not read[name].flags.owndata
