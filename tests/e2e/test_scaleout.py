"""Scale-out mode for real: two `assistant serve` workers over a Chroma server, PostgreSQL and
Redis on loopback (tests/fixtures/servers.py). Same answers as the embedded mode, a document
uploaded through one worker answered by the other, one rate limit, feedback in PostgreSQL, the
single writer, and what happens when Chroma or Redis goes down."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import chromadb
import httpx
import pytest
from chromadb.config import Settings as ChromaSettings
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from assistant.services.evaluation import load_cases
from assistant.store.chroma import close_client
from tests.fixtures.servers import ADMIN_TOKEN, GRACE_S, RATE_LIMIT, ScaleOut
from tests.utils.paths import ROOT
from tests.utils.server import ASSISTANT

pytestmark = [pytest.mark.scaleout, pytest.mark.slow]

ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
_clients = iter(range(1, 1_000_000))


def client_headers() -> dict[str, str]:
    """A client of its own (the workers trust loopback's X-Forwarded-For), so that only the
    rate-limit test meets the limit."""
    n = next(_clients)
    return {"X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"}


def ask(base: str, question: str, history: list[dict[str, str]] | None = None) -> httpx.Response:
    body = {"question": question, "history": history or []}
    return httpx.post(f"{base}/v1/ask", json=body, headers=client_headers(), timeout=60)


def summary(body: dict[str, Any]) -> tuple[str, bool, list[tuple[str, str | None]]]:
    return body["answer"], body["answered"], [(c["document"], c["section"]) for c in body["citations"]]


def collections(url: str) -> set[str]:
    host, port = url.removeprefix("http://").split(":")
    client = chromadb.HttpClient(
        host=host, port=int(port), settings=ChromaSettings(anonymized_telemetry=False)
    )
    try:
        return {c.name for c in client.list_collections()}
    finally:
        close_client(client)


def generation(base: str) -> str:
    return str(httpx.get(f"{base}/ready", timeout=30).json()["generation"])


@pytest.fixture
def document(scaleout: ScaleOut) -> Iterator[tuple[str, bytes]]:
    """A document no other states (a made-up programme), removed from the corpus afterwards."""
    name = "zorblat-exchange.md"
    content = (
        b"---\ntitle: The Zorblat exchange\n---\n\n# The Zorblat exchange\n\nThe Zorblat exchange "
        b"programme links the University of Montpellier with Kestrel Polytechnic. The coordinator of "
        b"the Zorblat exchange programme is Dr. Quentin Farrow.\n"
    )
    yield name, content
    if (scaleout.corpus / name).exists():
        response = httpx.delete(
            f"{scaleout.workers[1]}/v1/admin/documents/{name}", headers=ADMIN, timeout=300
        )
        assert response.status_code == 200, response.text


def wait_for(check: Any, within: float) -> float:
    """Seconds until ``check()`` is true; fails past ``within``."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < within, f"not within {within} s"
        time.sleep(0.1)
    return time.monotonic() - started


def test_same_answers_as_the_embedded_mode(scaleout: ScaleOut, client: TestClient) -> None:
    """Every question of eval/dev.jsonl, asked of both workers in turn, gets the answer the
    embedded mode (the in-process app over an embedded index of the same corpus) gives."""
    different = []
    cases = load_cases(ROOT / "eval" / "dev.jsonl")
    for i, case in enumerate(cases):
        history = [vars(t) for t in case.history]
        embedded = client.post("/v1/ask", json={"question": case.question, "history": history})
        served = ask(scaleout.workers[i % 2], case.question, history)
        assert embedded.status_code == served.status_code == 200, served.text
        if summary(embedded.json()) != summary(served.json()):
            different.append((case.question, summary(embedded.json()), summary(served.json())))
    assert len(cases) >= 30
    assert not different, different


def test_a_document_uploaded_through_a_is_answered_by_b_within_5_s(
    scaleout: ScaleOut, document: tuple[str, bytes]
) -> None:
    a, b = scaleout.workers
    question = "Who is the coordinator of the Zorblat exchange programme?"
    assert "Farrow" not in ask(b, question).json()["answer"]
    failures: list[str] = []
    stop = threading.Event()

    def keep_asking() -> None:  # B answers all along, before, during and after the switch
        while not stop.is_set():
            response = ask(b, "Who signs international partnership agreements?")
            if response.status_code != 200:
                failures.append(f"{response.status_code} {response.text}")

    asker = threading.Thread(target=keep_asking)
    asker.start()
    try:
        name, content = document
        upload = httpx.post(
            f"{a}/v1/admin/documents", headers=ADMIN, files={"file": (name, content)}, timeout=300
        )
        assert upload.status_code == 201, upload.text
        waited = wait_for(lambda: "Farrow" in ask(b, question).json()["answer"], within=5.0)
    finally:
        stop.set()
        asker.join()
    assert not failures, failures[:3]
    assert generation(a) == generation(b) == upload.json()["ingest"]["generation"]
    print(f"answered by B {waited:.2f} s after the upload through A returned")


def test_replaced_collections_are_dropped_after_the_grace_period(
    scaleout: ScaleOut, document: tuple[str, bytes]
) -> None:
    a, b = scaleout.workers
    name, content = document
    served = []
    for change in ("upload", "delete", "upload"):
        if change == "upload":
            response = httpx.post(
                f"{a}/v1/admin/documents", headers=ADMIN, files={"file": (name, content)}, timeout=300
            )
        else:
            response = httpx.delete(f"{b}/v1/admin/documents/{name}", headers=ADMIN, timeout=300)
        assert response.status_code in (200, 201), response.text
        served.append(generation(a))
        assert generation(b) == served[-1]  # both have switched: neither reads the older ones
        time.sleep(GRACE_S + 0.5)
    # The serving generation and the one before it stay; the older ones are gone from the server.
    kept = {c for c in collections(scaleout.chroma_url) if c.startswith("passages-")}
    assert kept == {f"passages-{served[-1]}", f"passages-{served[-2]}"}, kept


def test_the_rate_limit_is_shared_by_both_workers(scaleout: ScaleOut) -> None:
    one_client = {"X-Forwarded-For": "203.0.113.7"}
    statuses = []
    for i in range(RATE_LIMIT + 2):
        base = scaleout.workers[i % 2]
        response = httpx.post(f"{base}/v1/search", json={"query": "Erasmus"}, headers=one_client, timeout=60)
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) >= 1
    assert statuses == [200] * RATE_LIMIT + [429, 429], statuses


def test_with_redis_down_answers_go_out_anyway(scaleout: ScaleOut) -> None:
    scaleout.redis.kill()
    try:
        for base in scaleout.workers:
            response = ask(base, "When was the Coimbra Group founded?")
            assert response.status_code == 200, response.text
            assert response.json()["answered"]
            admin = httpx.get(f"{base}/v1/admin/documents", headers=ADMIN, timeout=60)
            assert admin.status_code == 200, admin.text
    finally:
        scaleout.redis.start()
    # Back: limits are counted again.
    assert ask(scaleout.workers[0], "When was the Coimbra Group founded?").status_code == 200


def test_with_chroma_down_503_with_a_clear_message_then_recovery(scaleout: ScaleOut) -> None:
    question = "When was the Coimbra Group founded?"
    scaleout.chroma.kill()
    try:
        for base in scaleout.workers:
            response = ask(base, question)
            assert response.status_code == 503, response.text
            detail = response.json()["detail"]
            assert "Chroma server" in detail and "unavailable" in detail and "retry" in detail, detail
            assert response.headers["Retry-After"]
            search = httpx.post(
                f"{base}/v1/search", json={"query": "Coimbra"}, headers=client_headers(), timeout=60
            )
            assert search.status_code == 503, search.text
            stream = httpx.post(
                f"{base}/v1/ask/stream", json={"question": question}, headers=client_headers(), timeout=60
            )
            assert stream.status_code == 503, stream.text
    finally:
        scaleout.chroma.start()
    for base in scaleout.workers:
        wait_for(lambda base=base: ask(base, question).status_code == 200, within=30.0)
        assert ask(base, question).json()["answered"]


def test_feedback_through_both_workers_is_all_in_postgresql(scaleout: ScaleOut) -> None:
    comments = []
    for i in range(6):
        asked_at, rated_at = scaleout.workers[i % 2], scaleout.workers[(i + 1) % 2]
        with httpx.stream(
            "POST",
            f"{asked_at}/v1/ask/stream",
            json={"question": "Who signs international partnership agreements?"},
            headers=client_headers(),
            timeout=60,
        ) as response:
            assert response.status_code == 200
            lines = [line for line in response.iter_lines() if line.startswith("data: ")]
        answer_id = json.loads(lines[-1].removeprefix("data: "))["answer_id"]
        comments.append(f"scaleout feedback {i}")
        rated = httpx.post(
            f"{rated_at}/v1/feedback",
            json={"answer_id": answer_id, "helpful": i % 2 == 0, "comment": comments[-1]},
            headers=client_headers(),
            timeout=60,
        )
        assert rated.status_code == 201, rated.text
    engine = create_engine(scaleout.database_url)
    try:
        with engine.connect() as connection:
            stored = connection.execute(
                text("SELECT comment FROM feedback WHERE comment LIKE 'scaleout feedback %' ORDER BY id")
            ).scalars()
            assert list(stored) == comments
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == "0001"

            def logged() -> bool:  # the question log is written by each worker's background thread
                count = connection.execute(text("SELECT count(*) FROM questions WHERE answer_id IS NOT NULL"))
                connection.commit()
                return int(count.scalar() or 0) >= 6

            wait_for(logged, within=10.0)
    finally:
        engine.dispose()
    # The staff console reads the same rows through either worker.
    for path in ("questions", "activity", "feedback", "gaps"):
        response = httpx.get(f"{scaleout.workers[1]}/v1/admin/{path}", headers=ADMIN, timeout=120)
        assert response.status_code == 200, response.text
    disliked = httpx.get(f"{scaleout.workers[0]}/v1/admin/feedback", headers=ADMIN, timeout=60).json()[
        "disliked"
    ]
    assert {d["comment"] for d in disliked} >= {c for i, c in enumerate(comments) if i % 2}


def test_one_writer_across_machines(scaleout: ScaleOut, tmp_path: Path) -> None:
    """Two index folders stand for two machines: the file lock cannot see the other, the
    PostgreSQL advisory lock and the Redis lock can."""
    from assistant.ingest.lock import IngestBusyError, writer_lock

    for shared in ({"database_url": scaleout.database_url}, {"redis_url": scaleout.redis_url}):
        with writer_lock(tmp_path / "machine-a", **shared):
            started = time.monotonic()
            with pytest.raises(IngestBusyError), writer_lock(tmp_path / "machine-b", wait=0.5, **shared):
                pass
            assert time.monotonic() - started >= 0.5
        with writer_lock(tmp_path / "machine-b", **shared):  # released: the other machine may write
            pass


def test_two_admins_reindexing_at_once_take_turns(scaleout: ScaleOut) -> None:
    a, b = scaleout.workers
    added = scaleout.corpus / "kestrel-note.md"
    added.write_text("# Kestrel note\n\nThe Kestrel note is kept by the office of mobility in room K12.\n")
    try:
        with ThreadPoolExecutor(2) as pool:
            reports = list(
                pool.map(
                    lambda base: httpx.post(f"{base}/v1/admin/reindex", headers=ADMIN, timeout=300), (a, b)
                )
            )
        assert [r.status_code for r in reports] == [200, 200], [r.text for r in reports]
        # One of them indexed the new file; the other, waiting for the lock, found nothing left to do.
        assert sorted(r.json()["added"] for r in reports) == [0, 1]
        assert len({r.json()["generation"] for r in reports}) == 1
    finally:
        added.unlink()
        response = httpx.post(f"{a}/v1/admin/reindex", headers=ADMIN, timeout=300)
        assert response.status_code == 200, response.text


def test_migrate_and_migrate_index(scaleout: ScaleOut, settings: Any, tmp_path: Path) -> None:
    """`assistant migrate` on PostgreSQL, and `assistant migrate-index` moving an embedded index
    (the integration tests' one, copied) to the Chroma server, where it finds the same neighbours."""
    env = {**scaleout.env, "ASSISTANT_INDEX_DIR": str(tmp_path / "index")}
    shutil.copytree(settings.index_dir, tmp_path / "index")
    for command in (["migrate"], ["migrate-index"]):
        done = subprocess.run(
            [str(ASSISTANT), *command], env={**os.environ, **env}, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
    assert_same_neighbours(tmp_path / "index", tmp_path / "index", scaleout.chroma_url)


def test_a_re_ingest_moves_an_embedded_index_to_the_server(
    scaleout: ScaleOut, settings: Any, embedder: Any, tmp_path: Path
) -> None:
    """The other way: an ingest with the server set builds the unchanged corpus anew there,
    embedding nothing again."""
    from assistant.ingest.build import build_index
    from assistant.store.chroma import collection_name, server_client

    shutil.copytree(settings.index_dir, tmp_path / "index")
    embedded_generation = (settings.index_dir / "CURRENT").read_text().strip()
    client = server_client(scaleout.chroma_url)
    try:  # migrate-index may have put this very generation there already
        if collection_name(embedded_generation) in {c.name for c in client.list_collections()}:
            client.delete_collection(collection_name(embedded_generation))
    finally:
        close_client(client)
    report = build_index(
        settings.corpus_dir,
        tmp_path / "index",
        embedder,
        chunk_max_chars=settings.chunk_max_chars,
        chroma_url=scaleout.chroma_url,
    )
    assert report.chunks_embedded == 0
    assert report.generation != embedded_generation
    assert_same_neighbours(settings.index_dir, tmp_path / "index", scaleout.chroma_url)


def assert_same_neighbours(embedded_index: Path, served_index: Path, chroma_url: str) -> None:
    import numpy as np

    from assistant.store.index import Index

    embedded = Index.open(embedded_index)
    served = Index.open(served_index, chroma_url)
    try:
        for row in (0, 3, len(embedded.chunks) - 1):
            vector = embedded.chunk_vectors[row].astype(np.float32)
            nearest = [i for i, _ in embedded.dense_search(vector, 5)]
            assert nearest == [i for i, _ in served.dense_search(vector, 5)]
    finally:
        embedded.close()
        served.close()
