"""Where the repository and its corpus are, for the tests and the benchmarks."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
CORPUS = ROOT / "corpus"
