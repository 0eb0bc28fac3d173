"""The question log: what each endpoint logs, the off switch, retention, erasing, a failing
database, and a question never waiting for the log."""

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import create_engine, text

from api import create_app
from assistant.domain import Asked
from assistant.embeddings import Embedder
from assistant.services.questions import QuestionLog
from assistant.settings import Settings
from tests.utils.questions import logged

TOKEN = "log-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ANSWERABLE = "Who signs international partnership agreements?"
UNANSWERABLE = "What is the capital of Australia?"


def app_client(settings: Settings, embedder: Embedder, tmp_path: Path, **changes: object) -> TestClient:
    configured = settings.model_copy(
        update={"admin_token": SecretStr(TOKEN), "database_url": f"sqlite:///{tmp_path}/log.db", **changes}
    )
    return TestClient(create_app(configured, embedder))


@pytest.fixture
def client(settings: Settings, embedder: Embedder, tmp_path: Path) -> Iterator[TestClient]:
    with app_client(settings, embedder, tmp_path) as test_client:
        yield test_client


def questions(client: TestClient) -> list[dict]:
    client.app.state.services.questions.flush()
    response = client.get("/v1/admin/questions", headers=AUTH)
    assert response.status_code == 200
    return response.json()["questions"]


def entry(question: str, asked_at: dt.datetime, answered: bool = False) -> Asked:
    return logged(question, asked_at.isoformat(), answered)


def test_each_endpoint_logs_its_questions_with_their_surface(client: TestClient) -> None:
    assert client.post("/v1/ask", json={"question": ANSWERABLE}).status_code == 200
    assert client.post("/v1/ask", json={"question": "Où est la cafétéria ?"}).status_code == 200
    with client.stream(
        "POST", "/v1/ask/stream", json={"question": UNANSWERABLE}, headers={"X-Assistant-Surface": "widget"}
    ) as stream:
        done = [json.loads(line[6:]) for line in stream.iter_lines() if line.startswith("data: ")][-1]
    chat = {"model": "um", "messages": [{"role": "user", "content": ANSWERABLE}]}
    assert client.post("/v1/chat/completions", json=chat).status_code == 200
    assert client.post("/v1/chat/completions", json={**chat, "stream": True}).status_code == 200

    rows = {(r["question"], r["surface"]): r for r in questions(client)}
    assert len(rows) == 4 and len(questions(client)) == 5
    answered = rows[(ANSWERABLE, "api")]
    assert answered["answered"] is True and answered["mode"] == "extractive" and answered["language"] == "en"
    assert answered["documents"] == ["05-partnership-procedure-and-contacts.md"]
    assert answered["evidence"] >= 0.6 and answered["latency_ms"] > 0 and answered["answer_id"] is None
    assert rows[("Où est la cafétéria ?", "api")]["language"] == "fr"
    streamed = rows[(UNANSWERABLE, "widget")]
    assert streamed["answered"] is False and streamed["documents"] == []
    assert streamed["answer_id"] == done["answer_id"]
    assert (ANSWERABLE, "openai") in rows
    # Nothing that identifies the person asking is kept.
    assert set(answered) == {
        "id", "asked_at", "question", "language", "answered", "mode", "documents", "evidence",
        "latency_ms", "answer_id", "surface",
    }  # fmt: skip


def test_the_log_can_be_turned_off(settings: Settings, embedder: Embedder, tmp_path: Path) -> None:
    with app_client(settings, embedder, tmp_path, question_log=False) as client:
        assert client.post("/v1/ask", json={"question": ANSWERABLE}).status_code == 200
        assert questions(client) == []


def test_the_environment_turns_the_log_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANT_QUESTION_LOG", "off")
    monkeypatch.setenv("ASSISTANT_LOG_RETENTION_DAYS", "30")
    settings = Settings()
    assert settings.question_log is False and settings.log_retention_days == 30


def test_erasing_the_log(client: TestClient) -> None:
    for _ in range(3):
        client.post("/v1/ask", json={"question": UNANSWERABLE})
    assert client.delete("/v1/admin/questions").status_code == 401
    response = client.delete("/v1/admin/questions", headers=AUTH)
    assert response.status_code == 200 and response.json() == {"deleted": 3}
    assert questions(client) == []


def test_expired_questions_are_deleted_when_the_log_opens(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/retention.db")
    writer = QuestionLog(engine, retention_days=180)
    now = dt.datetime.now(dt.UTC)
    writer.record(entry("kept", now - dt.timedelta(days=179)))
    writer.record(entry("expired", now - dt.timedelta(days=181)))
    writer.close()
    assert [q.question for q in QuestionLog(engine, 180, enabled=False).questions()] == ["kept", "expired"]

    reopened = QuestionLog(engine, retention_days=180)
    reopened.flush()
    deadline = time.monotonic() + 10
    while len(reopened.questions()) > 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [q.question for q in reopened.questions()] == ["kept"]
    assert reopened.purge(now + dt.timedelta(days=2)) == 1
    reopened.close()


def test_activity_counts_questions_per_day(tmp_path: Path) -> None:
    log = QuestionLog(create_engine(f"sqlite:///{tmp_path}/activity.db"), retention_days=180)
    today = dt.datetime.now(dt.UTC).replace(hour=12)
    for days, answered in ((0, True), (0, False), (2, True)):
        log.record(entry("q", today - dt.timedelta(days=days), answered))
    log.flush()
    days = log.activity(3)
    assert [(d.questions, d.answered) for d in days] == [(1, 1), (0, 0), (2, 1)]
    assert days[-1].date == today.date().isoformat()
    log.close()


def test_a_failing_database_never_stops_an_answer(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    log = client.app.state.services.questions
    with log.engine.begin() as connection:
        connection.execute(text("DROP TABLE questions"))
    with caplog.at_level(logging.ERROR, logger="assistant.questions"):
        response = client.post("/v1/ask", json={"question": ANSWERABLE})
        log.flush()
    assert response.status_code == 200 and response.json()["answered"] is True
    assert "the database refused a write" in caplog.text
    # The writer is still alive: once the table is back, questions are logged again.
    log.engine.dispose()
    from assistant.services.feedback import Base

    Base.metadata.create_all(log.engine)
    client.post("/v1/ask", json={"question": UNANSWERABLE})
    assert [q["question"] for q in questions(client)] == [UNANSWERABLE]


def test_a_question_never_waits_for_the_log(client: TestClient) -> None:
    """With the database locked by another writer, answers still come at once."""
    log = client.app.state.services.questions
    locked = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with log.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN EXCLUSIVE")
            locked.set()
            release.wait(10)
            connection.exec_driver_sql("COMMIT")

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    assert locked.wait(10)
    try:
        started = time.perf_counter()
        for _ in range(5):
            assert client.post("/v1/ask", json={"question": UNANSWERABLE}).status_code == 200
        assert time.perf_counter() - started < 3
    finally:
        release.set()
        holder.join()
    assert len(questions(client)) == 5


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/admin/gaps?since_days=0", 422),
        ("GET", "/v1/admin/gaps?since_days=many", 422),
        ("GET", "/v1/admin/activity?days=1000", 422),
        ("GET", "/v1/admin/questions?limit=0", 422),
        ("GET", "/v1/admin/questions.csv?since_days=-1", 422),
        ("POST", "/v1/admin/gaps/not-an-id!/handled", 422),
        ("POST", "/v1/admin/gaps/abc123/handled", 404),
        ("DELETE", "/v1/admin/gaps/abc123/handled", 404),
    ],
)
def test_bad_admin_requests_get_a_clear_4xx(client: TestClient, method: str, path: str, status: int) -> None:
    response = client.request(method, path, headers=AUTH)
    assert response.status_code == status
    assert response.json().get("message") or response.json().get("detail")
