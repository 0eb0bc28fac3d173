"""The repository carries what its tests and benchmarks read (nothing from a folder beside it)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.utils.paths import ROOT

# Paths built beside the repository: ROOT.parent / ..., a relative path up to shared/, parents[2].
_OUTSIDE = re.compile(
    r"ROOT\.parent\s*/|\.parent\.parent\.parent|parents\[[2-9]\]|\.\./shared|[\"']shared[\"']\s*/"
)


def _sources() -> list[Path]:
    files = [*ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/**/*.py"), ROOT / "Makefile"]
    # This file and conftest's audit hook name such paths on purpose, to catch them.
    return [f for f in files if f.name not in ("test_self_contained.py", "conftest.py")]


def test_no_test_or_benchmark_names_a_path_outside_the_repository() -> None:
    offending = [
        f"{f.relative_to(ROOT)}:{n}"
        for f in _sources()
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1)
        if _OUTSIDE.search(line)
    ]
    assert offending == []


def test_a_read_beside_the_repository_is_caught() -> None:
    """The audit hook in conftest sees an open() outside the repository (checked in a child, so
    that this test's own read does not fail it)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import tests.conftest as c\n"
        "try:\n    open(c.ROOT.parent.joinpath('shared', 'no-such-file'))\n"
        "except OSError:\n    pass\n"
        "print(len(c._OUTSIDE))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "1"


@pytest.mark.parametrize("name", ["dev.jsonl", "collections/plus/questions.jsonl"])
def test_evaluation_sets_are_in_the_repository(name: str) -> None:
    assert (ROOT / "eval" / name).is_file()
