"""kill -9 during an ingest, questions during a re-index: the served index is never half-built."""

import fcntl
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import LOCK, build_index
from assistant.query.engine import Assistant
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index
from tests.utils.corpora import project_corpus_with_variants
from tests.utils.paths import CORPUS
from tests.utils.server import ASSISTANT, running_server

pytestmark = pytest.mark.slow

QUESTIONS = [
    "Who is authorized to sign an international partnership agreement?",
    "When was the Coimbra Group founded?",
    "What is the MUSE project?",
]


def answers(settings: Settings, embedder: Embedder) -> list[str]:
    assistant = Assistant.load(settings, embedder)
    return [assistant.ask(q).text for q in QUESTIONS]


def lock_is_held(index_dir: Path) -> bool:
    with open(index_dir / LOCK, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def start_ingest(settings: Settings) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            str(ASSISTANT),
            "ingest",
            "--json",
            "--corpus",
            str(settings.corpus_dir),
            "--index",
            str(settings.index_dir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition, timeout: float = 120.0, step: float = 0.005) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(step)


def test_sigkill_midway_leaves_the_served_index_intact(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    serving = current_generation(settings.index_dir)
    assert serving is not None
    before = answers(settings, embedder)
    project_corpus_with_variants(corpus, 60)  # ~1,800 chunks: several seconds of embedding

    # Killed while embedding: once it holds the lock, give it two seconds of work.
    process = start_ingest(settings)
    wait_for(lambda: lock_is_held(settings.index_dir))
    time.sleep(2.0)
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert current_generation(settings.index_dir) == serving
    assert answers(settings, embedder) == before

    # Killed while writing the new generation: as soon as its folder appears.
    process = start_ingest(settings)
    wait_for(lambda: any(p != serving for p in settings.index_dir.glob("gen-*")))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert current_generation(settings.index_dir) == serving
    assert answers(settings, embedder) == before

    # The next run completes the work: the same counts as a clean build of the same corpus.
    final = build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    clean = build_index(corpus, tmp_path / "clean", embedder, chunk_max_chars=settings.chunk_max_chars)
    assert (final.documents, final.chunks) == (clean.documents, clean.chunks) == (366, clean.chunks)
    index = Index.open(settings.index_dir)
    assert len(index.chunks) == index.collection.count() == clean.chunks
    # Leftovers of the killed runs are gone: only the new generation and the one before remain.
    assert sorted(p.name for p in settings.index_dir.glob("gen-*")) == sorted(
        [serving.name, final.generation]
    )


def test_questions_during_a_reindex_are_all_answered(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    env = {"ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    problems: list[str] = []
    done = threading.Event()
    asked = []
    with running_server(env) as base:
        first = httpx.get(f"{base}/ready").json()["generation"]

        def keep_asking() -> None:
            with httpx.Client(base_url=base, timeout=60) as http:
                while not done.is_set():
                    for question in QUESTIONS:
                        response = http.post("/v1/ask", json={"question": question})
                        asked.append(question)
                        body = response.json() if response.status_code == 200 else {}
                        if response.status_code != 200 or not body.get("answered") or not body.get("answer"):
                            problems.append(f"{response.status_code}: {response.text[:200]}")

        worker = threading.Thread(target=keep_asking)
        worker.start()
        try:
            project_corpus_with_variants(corpus, 15)
            report = build_index(
                corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars
            )
            time.sleep(1.0)  # a few more questions against the new generation
        finally:
            done.set()
            worker.join()
        ready = httpx.get(f"{base}/ready").json()
    assert problems == []
    assert len(asked) >= 10
    assert report.added == 90 and ready["generation"] == report.generation != first
