"""Cheap, for every layer: the tests' environment, the audit of reads outside the repository, each
test's layer marker. The model and index fixtures are a plugin (tests/fixtures/index.py) that loads
nothing until an integration or e2e test asks for it."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator

import pytest

from tests.utils.paths import ROOT, TESTS

pytest_plugins = ["tests.fixtures.index", "tests.fixtures.servers"]

# Every app and server the tests start (child processes inherit this) keeps its answer and
# feedback store in a temporary folder, and has no rate limit; the limiter has its own test.
os.environ.setdefault(
    "ASSISTANT_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='assistant-db-')}/test.db"
)
os.environ.setdefault("ASSISTANT_RATE_LIMIT_PER_MINUTE", "0")

# The repository must carry everything its tests read: a folder beside the clone (such as the
# shared/ folder CI has) is not there for a user. Every file or folder a test opens next to the repository,
# outside it, is recorded here and fails that test. The Python installation running the tests is
# not test data: a virtualenv shared by several worktrees of one clone sits beside each of them.
_OUTSIDE: list[str] = []
_PREFIXES = {os.path.join(os.path.abspath(p), "") for p in (sys.prefix, sys.exec_prefix, sys.base_prefix)}
_PYTHON = tuple(p for p in _PREFIXES if not os.path.join(str(ROOT), "").startswith(p))


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    target = args[0]
    if not isinstance(target, str | bytes | os.PathLike):
        return
    path = os.path.abspath(os.fsdecode(target))
    inside = path == str(ROOT) or path.startswith(str(ROOT) + os.sep)
    # A clone may itself sit in the temporary folder, beside the tests' own temporary files; a
    # folder named shared/ beside it is still outside.
    scratch = path.startswith(_TEMP) and not path.startswith(_SHARED)
    if path.startswith(str(ROOT.parent) + os.sep) and not (inside or scratch or path.startswith(_PYTHON)):
        _OUTSIDE.append(path)


_TEMP = os.path.realpath(tempfile.gettempdir()) + os.sep
_SHARED = str(ROOT.parent.joinpath("shared")) + os.sep
sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _reads_only_the_repository() -> Iterator[None]:
    yield
    outside, _OUTSIDE[:] = list(_OUTSIDE), []
    assert not outside, f"a test read files outside the repository: {sorted(set(outside))[:5]}"


# Each test lives in the folder of its layer, and is marked with it; the fast layers run first.
LAYERS = ("unit", "integration", "e2e")


@pytest.hookimpl(tryfirst=True)  # before -m deselects by these markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def layer(item: pytest.Item) -> str:
        folder = item.path.relative_to(TESTS).parts[0] if item.path.is_relative_to(TESTS) else ""
        if folder not in LAYERS:
            raise pytest.UsageError(
                f"{item.nodeid}: a test lives in tests/unit, tests/integration or tests/e2e"
            )
        return folder

    for item in items:
        item.add_marker(layer(item))
    items.sort(key=lambda item: LAYERS.index(layer(item)))
