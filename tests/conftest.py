"""Shared fixtures: the real embedding model, a real index built from the real corpus in a temp folder."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.embeddings import Embedder
from assistant.ingest.build import IngestReport, build_index
from assistant.query.engine import Assistant
from assistant.settings import DEFAULT_MODEL, Settings
from tests.utils.paths import CORPUS, ROOT

# Every app and server the tests start (child processes inherit this) keeps its answer and
# feedback store in a temporary folder, and has no rate limit; the limiter has its own test.
os.environ.setdefault(
    "ASSISTANT_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='assistant-db-')}/test.db"
)
os.environ.setdefault("ASSISTANT_RATE_LIMIT_PER_MINUTE", "0")

# The repository must carry everything its tests read: a folder beside the clone (such as CI's
# ../shared) is not there for a user. Every file or folder a test opens next to the repository,
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
    if path.startswith(str(ROOT.parent) + os.sep) and not inside and not path.startswith(_PYTHON):
        _OUTSIDE.append(path)


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _reads_only_the_repository() -> Iterator[None]:
    yield
    outside, _OUTSIDE[:] = list(_OUTSIDE), []
    assert not outside, f"a test read files outside the repository: {sorted(set(outside))[:5]}"


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    return Embedder(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> tuple[Settings, IngestReport]:
    """The project corpus, copied and indexed into a session temp folder."""
    base = tmp_path_factory.mktemp("built")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    report = build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return settings, report


@pytest.fixture(scope="session")
def settings(built: tuple[Settings, IngestReport]) -> Settings:
    return built[0]


@pytest.fixture(scope="session")
def assistant(settings: Settings, embedder: Embedder) -> Assistant:
    return Assistant.load(settings, embedder)


@pytest.fixture(scope="session")
def client(settings: Settings, embedder: Embedder) -> Iterator[TestClient]:
    with TestClient(create_app(settings, embedder)) as test_client:
        yield test_client
