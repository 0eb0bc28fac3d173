"""Every evaluation collection checks out against its own documents (``check.py``): evidence strings
in their documents, ``must_not`` values absent from the current ones, the schema of each question."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.utils.paths import ROOT

COLLECTIONS = sorted(p.parent.name for p in (ROOT / "eval" / "collections").glob("*/check.py"))


def test_the_collections_are_all_here() -> None:
    assert {"plus", "heldout", "blind", "blind2", "blind3", "train"} <= set(COLLECTIONS)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_a_collection_checks_out_against_its_documents(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "collections" / name / "check.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
