"""Helpers are in tests/utils, free of side effects; only pytest loads the conftest files.

tests/conftest.py sets the tests' environment when it is imported; a benchmark or a test module
importing it would inherit that environment, so nothing imports it, and tests/utils (which the
benchmarks use) changes nothing when imported.
"""

import ast
import os
import subprocess
import sys

from tests.utils.paths import ROOT, TESTS


def imported_modules(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return names


def test_no_test_helper_or_benchmark_imports_a_conftest() -> None:
    offending = [
        str(path.relative_to(ROOT))
        for path in [*TESTS.rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]
        if any(
            name.split(".")[-1] == "conftest"
            for name in imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        )
    ]
    assert offending == []


def test_importing_the_helpers_changes_no_environment() -> None:
    helpers = sorted(f"tests.utils.{p.stem}" for p in (TESTS / "utils").glob("*.py"))
    code = (
        "import importlib, os, sys\n"
        "before = dict(os.environ)\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        "print(dict(os.environ) == before, 'tests.conftest' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    result = subprocess.run(
        [sys.executable, "-c", code, *helpers], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    assert result.stdout.split() == ["True", "False"]
