"""Document administration over HTTP: bearer token, upload, list, delete, re-index, bad uploads."""

import json
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api import create_app
from assistant.embeddings import Embedder
from assistant.ingest.build import build_index, writer_lock
from assistant.settings import Settings
from assistant.store.generations import current_generation
from tests.utils.documents import doc, write_pdf
from tests.utils.paths import CORPUS

TOKEN = "s3cret-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NOTE = doc(
    "Language centre",
    "# Language centre\n\nThe language centre offers free French courses to exchange students.",
)


@pytest.fixture
def admin_settings(tmp_path: Path, embedder: Embedder) -> Settings:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(
        corpus_dir=corpus, index_dir=tmp_path / "index", admin_token=SecretStr(TOKEN), max_file_mb=0.05
    )
    build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return settings


@pytest.fixture
def admin_client(admin_settings: Settings, embedder: Embedder) -> Iterator[TestClient]:
    with TestClient(create_app(admin_settings, embedder)) as client:
        yield client


def upload(client: TestClient, name: str, content: bytes, headers: dict[str, str] | None = AUTH):
    return client.post("/v1/admin/documents", files={"file": (name, content)}, headers=headers or {})


def test_admin_is_off_without_a_configured_token(settings: Settings, embedder: Embedder) -> None:
    assert settings.admin_token is None
    with TestClient(create_app(settings, embedder)) as client:
        assert client.get("/v1/admin/documents", headers=AUTH).status_code == 404
        assert client.post("/v1/admin/reindex", headers=AUTH).status_code == 404


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_a_missing_or_wrong_token_is_401(admin_client: TestClient, headers: dict[str, str]) -> None:
    response = admin_client.get("/v1/admin/documents", headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert upload(admin_client, "x.md", NOTE.encode(), headers=headers).status_code == 401


def test_list_documents(admin_client: TestClient) -> None:
    documents = admin_client.get("/v1/admin/documents", headers=AUTH).json()["documents"]
    assert len(documents) == 6
    first = documents[0]
    assert set(first) == {
        "id",
        "title",
        "format",
        "size",
        "chunks",
        "status",
        "error",
        "updated_at",
        "valid_until",
    }
    assert first["status"] == "indexed" and first["format"] == "markdown" and first["chunks"] > 0
    assert first["size"] > 0 and first["updated_at"]


def test_upload_indexes_the_document_and_delete_removes_it(admin_client: TestClient, admin_settings) -> None:
    question = {"question": "Does the language centre offer French courses to exchange students?"}
    assert not admin_client.post("/v1/ask", json=question).json()["answered"]

    created = upload(admin_client, "language-centre.md", NOTE.encode())
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["document"]["id"] == "language-centre.md" and body["document"]["status"] == "indexed"
    assert body["ingest"]["added"] == 1 and body["ingest"]["chunks_embedded"] >= 1
    assert (admin_settings.corpus_dir / "language-centre.md").read_text() == NOTE
    answer = admin_client.post("/v1/ask", json=question).json()
    assert answer["answered"] and answer["citations"][0]["document"] == "language-centre.md"

    replaced = upload(admin_client, "language-centre.md", NOTE.replace("free", "weekly").encode())
    assert replaced.status_code == 200 and replaced.json()["ingest"]["updated"] == 1

    deleted = admin_client.delete("/v1/admin/documents/language-centre.md", headers=AUTH)
    assert deleted.status_code == 200 and deleted.json()["removed"] == 1
    assert not (admin_settings.corpus_dir / "language-centre.md").exists()
    assert not admin_client.post("/v1/ask", json=question).json()["answered"]
    assert admin_client.delete("/v1/admin/documents/language-centre.md", headers=AUTH).status_code == 404
    assert admin_client.delete("/v1/admin/documents/../api.py", headers=AUTH).status_code == 404


def test_upload_pdf_answers_with_its_page(admin_client: TestClient, tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "g.pdf", ["Introduction.", "The monthly Erasmus+ grant for Germany is 540 euros."]
    )
    assert upload(admin_client, "grants.pdf", pdf.read_bytes()).status_code == 201
    body = admin_client.post(
        "/v1/ask", json={"question": "How much is the monthly Erasmus+ grant for Germany?"}
    )
    citation = body.json()["citations"][0]
    assert citation["document"] == "grants.pdf" and citation["page"] == 2


def test_reindex_answers_with_the_ingest_summary(admin_client: TestClient, admin_settings: Settings) -> None:
    (admin_settings.corpus_dir / "06-international-networks.md").unlink()
    summary = admin_client.post("/v1/admin/reindex", headers=AUTH).json()
    assert summary["removed"] == 1 and summary["unchanged"] == 5 and summary["chunks_embedded"] == 0
    assert {
        "added",
        "updated",
        "removed",
        "unchanged",
        "expired",
        "failed",
        "chunks_embedded",
        "seconds",
    } <= set(summary)


@pytest.mark.parametrize(
    ("name", "content", "status", "says"),
    [
        ("../x.md", NOTE.encode(), 400, "plain file name"),
        ("sub/x.md", NOTE.encode(), 400, "plain file name"),
        (".hidden.md", NOTE.encode(), 400, "plain file name"),
        ("tool.exe", b"MZ\x90\x00", 415, "unsupported file type"),
        ("big.md", b"# Big\n\n" + b"word " * 20_000, 413, "larger than"),
        ("empty.md", b"", 422, "empty"),
        ("corrupt.pdf", b"%PDF-1.4 nothing else", 422, "PDF"),
        ("binary.txt", bytes(range(256)) * 8, 422, "binary"),
    ],
)
def test_bad_uploads_are_refused_and_change_nothing(
    admin_client: TestClient, admin_settings: Settings, name: str, content: bytes, status: int, says: str
) -> None:
    before = admin_client.get("/ready").json()
    response = upload(admin_client, name, content)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]
    assert sorted(p.name for p in admin_settings.corpus_dir.iterdir()) == sorted(
        p.name for p in CORPUS.iterdir()
    )
    assert not (admin_settings.corpus_dir.parent / "x.md").exists()
    assert admin_client.get("/ready").json() == before


@pytest.fixture
def one_document(tmp_path: Path, embedder: Embedder) -> Iterator[tuple[TestClient, Settings]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "language-centre.md").write_text(NOTE)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", admin_token=SecretStr(TOKEN))
    build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    with TestClient(create_app(settings, embedder)) as client:
        yield client, settings


def test_deleting_the_last_document_leaves_an_empty_index_that_abstains(one_document) -> None:
    client, _ = one_document
    question = {"question": "Does the language centre offer French courses to exchange students?"}
    assert client.post("/v1/ask", json=question).json()["answered"]
    deleted = client.delete("/v1/admin/documents/language-centre.md", headers=AUTH)
    assert deleted.status_code == 200, deleted.text
    assert deleted.json()["removed"] == 1 and deleted.json()["documents"] == 0
    answer = client.post("/v1/ask", json=question)
    assert answer.status_code == 200 and not answer.json()["answered"] and answer.json()["fallback"]
    assert client.post("/v1/search", json={"query": "language centre"}).json()["results"] == []
    assert client.get("/v1/admin/documents", headers=AUTH).json()["documents"] == []
    assert client.post("/v1/admin/reindex", headers=AUTH).status_code == 200


def test_a_delete_waits_for_the_running_ingest(one_document) -> None:
    """A delete used to run outside the writer lock: a re-index then failed on the vanished file."""
    client, settings = one_document
    with ThreadPoolExecutor(1) as pool:
        with writer_lock(settings.index_dir):
            pending = pool.submit(client.delete, "/v1/admin/documents/language-centre.md", headers=AUTH)
            time.sleep(1.0)
            assert (settings.corpus_dir / "language-centre.md").exists() and not pending.done()
        assert pending.result(timeout=60).status_code == 200
    assert not (settings.corpus_dir / "language-centre.md").exists()


@pytest.mark.parametrize("document_id", ["a%00b.md", "x" * 300 + ".md", "a/" * 600 + "b.md"])
def test_a_document_id_that_cannot_name_a_file_is_400(admin_client: TestClient, document_id: str) -> None:
    response = admin_client.delete(f"/v1/admin/documents/{document_id}", headers=AUTH)
    assert response.status_code == 400 and "not the id of a corpus document" in response.json()["detail"]


def test_an_index_of_another_model_is_503_with_what_to_do(one_document) -> None:
    client, settings = one_document
    serving = current_generation(settings.index_dir)
    assert serving is not None
    meta = json.loads((serving / "meta.json").read_text())
    other = settings.index_dir / "gen-29990101T000000-1-000000"
    shutil.copytree(serving, other)
    (other / "meta.json").write_text(json.dumps({**meta, "model": "another-model"}))
    (settings.index_dir / "CURRENT").write_text(other.name)
    response = client.post("/v1/ask", json={"question": "Who signs?"})
    assert response.status_code == 503
    assert "another-model" in response.json()["detail"] and "assistant ingest" in response.json()["detail"]
