"""Opening an index that is not there, without the model."""

from pathlib import Path

import pytest

from assistant.store.index import Index, IndexNotFoundError


def test_missing_index_says_to_run_ingest(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="run 'assistant ingest'"):
        Index.open(tmp_path / "nothing")
