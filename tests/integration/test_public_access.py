"""Streaming (SSE), feedback, CORS, rate limits and request size limits of the public API."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.embeddings import Embedder
from assistant.services.feedback import FeedbackStore
from assistant.settings import Settings


def events(body: str) -> list[tuple[str, dict]]:
    parsed = []
    for block in body.strip().split("\n\n"):
        lines = block.split("\n")
        name = next(line[6:].strip() for line in lines if line.startswith("event:"))
        data = json.loads("".join(line[5:].strip() for line in lines if line.startswith("data:")))
        parsed.append((name, data))
    return parsed


@pytest.fixture
def public(tmp_path: Path, settings: Settings, embedder: Embedder) -> Iterator[tuple[TestClient, Settings]]:
    configured = settings.model_copy(
        update={
            "database_url": f"sqlite:///{tmp_path}/feedback.db",
            "allowed_origins": "https://www.umontpellier.fr, https://intranet.example.org",
            "rate_limit_per_minute": 3,
            "max_body_kb": 4,
        }
    )
    with TestClient(create_app(configured, embedder)) as client:
        yield client, configured


def test_stream_sends_meta_then_deltas_then_done(client: TestClient) -> None:
    question = {"question": "Who is authorized to sign an international partnership agreement?"}
    with client.stream("POST", "/v1/ask/stream", json=question) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    stream = events(body)
    names = [name for name, _ in stream]
    assert names[0] == "meta" and names[-1] == "done" and "error" not in names
    assert names.index("meta") < names.index("delta")
    assert set(names[1:-1]) == {"delta"} and len(names) > 3
    done = stream[-1][1]
    assert "".join(data["text"] for name, data in stream if name == "delta") == done["answer"]
    assert done["answered"] and "President" in done["answer"] and done["answer_id"]
    assert stream[0][1]["citations"] == done["citations"]
    assert done == {**client.post("/v1/ask", json=question).json(), "answer_id": done["answer_id"]}


def test_stream_of_an_abstention_carries_the_fallback(client: TestClient) -> None:
    with client.stream("POST", "/v1/ask/stream", json={"question": "What is the capital of Australia?"}) as r:
        stream = events("".join(r.iter_text()))
    done = stream[-1][1]
    assert stream[0] == ("meta", {"citations": [], "answered": False})
    assert done["answered"] is False and "cooperation department" in done["fallback"]


def test_stream_validates_like_ask(client: TestClient) -> None:
    response = client.post("/v1/ask/stream", json={"question": " "})
    assert response.status_code == 422 and response.json()["message"].startswith("question")


def test_feedback_is_stored_with_the_answer_and_no_personal_data(public) -> None:
    client, settings = public
    with client.stream(
        "POST", "/v1/ask/stream", json={"question": "When was the Coimbra Group founded?"}
    ) as r:
        done = events("".join(r.iter_text()))[-1][1]
    response = client.post(
        "/v1/feedback", json={"answer_id": done["answer_id"], "helpful": True, "comment": "Clear"}
    )
    assert response.status_code == 201 and response.json()["status"] == "recorded"
    rows = FeedbackStore(settings.database_url).feedback_rows()
    assert len(rows) == 1
    row = rows[0]
    assert row["helpful"] is True and row["comment"] == "Clear"
    assert row["question"] == "When was the Coimbra Group founded?" and "1985" in row["answer"]
    assert row["citations"][0]["document"] == "06-international-networks.md"
    assert row["created_at"] is not None
    database = Path(settings.database_url.removeprefix("sqlite:///")).read_bytes()
    assert b"testclient" not in database and b"127.0.0.1" not in database  # no client address kept


def test_feedback_errors(public) -> None:
    client, _ = public
    assert client.post("/v1/feedback", json={"answer_id": "nope", "helpful": False}).status_code == 404
    response = client.post("/v1/feedback", json={"answer_id": "x", "helpful": True, "comment": "x" * 1001})
    assert response.status_code == 422 and response.json()["message"].startswith("comment")


def test_cors_allows_only_listed_origins(public) -> None:
    client, _ = public
    allowed = client.post(
        "/v1/ask", json={"question": "What is the AUF?"}, headers={"Origin": "https://www.umontpellier.fr"}
    )
    assert allowed.headers["access-control-allow-origin"] == "https://www.umontpellier.fr"
    assert "access-control-allow-credentials" not in allowed.headers
    other = client.post("/v1/search", json={"query": "AUF"}, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/v1/ask/stream",
        headers={"Origin": "https://intranet.example.org", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://intranet.example.org"
    refused = client.options(
        "/v1/ask/stream", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in refused.headers


def test_rate_limit_answers_429_with_retry_after(public) -> None:
    client, _ = public
    for _ in range(3):
        assert client.post("/v1/search", json={"query": "UNIMED"}).status_code == 200
    limited = client.post("/v1/ask", json={"question": "What is the AUF?"})
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert "too many requests" in limited.json()["detail"]
    assert client.get("/health").status_code == 200  # operations endpoints are not limited


def test_request_bodies_are_capped(public) -> None:
    client, _ = public
    history = [{"role": "user", "content": "x" * 3000}, {"role": "assistant", "content": "y" * 3000}]
    response = client.post("/v1/ask", json={"question": "Who signs?", "history": history})
    assert response.status_code == 413 and "larger than 4 KB" in response.json()["detail"]


def test_widget_files_and_demo_page_are_served(client: TestClient) -> None:
    script = client.get("/widget.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "attachShadow" in script.text and "customElements.define" in script.text
    assert client.get("/widget.css").headers["content-type"].startswith("text/css")
    page = client.get("/")
    assert page.status_code == 200 and '<script src="/widget.js"' in page.text
