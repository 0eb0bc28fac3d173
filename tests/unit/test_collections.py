"""Every evaluation collection checks out against its own documents (its ``check.py``, thin over
``eval/collections/collection_tools.py``, with its ``checks.json``): evidence strings in their
documents, ``must_not`` values absent from the current ones, the schema of each question. And the
shared writer rebuilds each collection's PDF and DOCX files byte for byte from the text kept in its
``make_files.py``."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from eval.collections.collection_tools import load_binaries
from tests.utils.paths import ROOT

COLLECTIONS_DIR = ROOT / "eval" / "collections"
COLLECTIONS = sorted(p.parent.name for p in COLLECTIONS_DIR.glob("*/check.py"))


def test_the_collections_are_all_here() -> None:
    blind = {
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
        "blind42",
        "blind43",
        "blind44",
        "blind45",
        "blind46",
        "blind47",
        "blind48",
        "blind49",
        "blind50",
    }
    assert {"plus", "heldout", "train", *blind} <= set(COLLECTIONS)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_a_collection_checks_out_against_its_documents(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(COLLECTIONS_DIR / name / "check.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.parametrize("name", COLLECTIONS)
def test_the_shared_writer_rebuilds_a_collections_files_byte_for_byte(name: str, tmp_path: Path) -> None:
    # fpdf2 and python-docx are dependencies; `make test` installs DejaVu Sans (fonts-dejavu-core).
    files = load_binaries(COLLECTIONS_DIR / name)
    dataclasses.replace(files, corpus=tmp_path).write_all()
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written, name
    for file_name in written:
        assert (tmp_path / file_name).read_bytes() == (
            COLLECTIONS_DIR / name / "corpus" / file_name
        ).read_bytes(), f"{name}/corpus/{file_name} differs from what make_files.py builds"
