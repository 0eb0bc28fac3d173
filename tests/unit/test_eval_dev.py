"""The evaluation sets and their loader, without asking anything (the bars are in tests/integration)."""

from pathlib import Path

import pytest

from assistant.services.evaluation import load_cases
from tests.utils.paths import ROOT


def test_dev_set_is_complete() -> None:
    local = load_cases(ROOT / "eval" / "dev.jsonl")
    assert len(local) >= 30
    assert {c.answerable for c in local} == {True, False}


def test_load_cases_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"question": "x", "answerable": true}\n{broken\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        load_cases(path)
