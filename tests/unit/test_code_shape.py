"""The shape of the code: no function in the package or the API over 80 lines, create_app under 60."""

import ast
from pathlib import Path

from tests.utils.paths import ROOT

MAX_LINES = 80
MAX_LINES_OF = {"create_app": 60}


def sources() -> list[Path]:
    return sorted([*(ROOT / "assistant").rglob("*.py"), ROOT / "api.py"])


def too_long() -> list[str]:
    """Every function and method, nested ones too, longer than its limit: ``path:line name (n > limit)``."""
    found = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                limit = MAX_LINES_OF.get(node.name, MAX_LINES)
                if lines > limit:
                    found.append(
                        f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({lines} > {limit} lines)"
                    )
    return found


def test_the_check_sees_every_module() -> None:
    assert ROOT / "api.py" in sources() and ROOT / "assistant" / "ingest" / "build.py" in sources()


def test_no_function_is_too_long() -> None:
    offenders = too_long()
    assert not offenders, "functions over their limit:\n" + "\n".join(offenders)
