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


def test_evidence_written_as_a_table_row_is_held_by_the_row_read_with_its_headers() -> None:
    from assistant.services.evaluation import holds

    row = "Language of instruction at the host university: English; Minimum level required by UM: B2"
    assert holds(row, "| English | B2 |")
    assert not holds(row, "| English | B1 |")
    assert not holds(row, "| B2 | English |")  # the cells in their order
    assert holds("The fee is €150 per participant.", "€150 per participant")
