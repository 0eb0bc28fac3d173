from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.embeddings import Embedder
from assistant.settings import Settings


def test_health(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}


def test_ready_reports_counts_and_model(client: TestClient) -> None:
    body = client.get("/ready").json()
    assert body["status"] == "ready"
    assert body["documents"] == 6 and body["chunks"] > 20
    assert body["model"] == "bundled:all-MiniLM-L6-v2"
    assert body["llm"] is None  # extractive: no language model configured


def test_ask_contract(client: TestClient) -> None:
    response = client.post("/v1/ask", json={"question": "When was the Coimbra Group founded?"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"answer", "answered", "citations", "fallback", "mode", "model_ms"}
    assert body["model_ms"] is None  # no language model is configured
    assert body["answered"] and "1985" in body["answer"] and body["mode"] == "extractive"
    assert body["fallback"] is None
    citation = body["citations"][0]
    assert set(citation) == {"n", "document", "title", "section", "url", "snippet", "text", "score", "page"}
    assert citation["n"] == 1 and "[1]" in body["answer"]
    assert citation["document"] == "06-international-networks.md"
    assert citation["section"] == "Coimbra Group"


def test_ask_with_history(client: TestClient) -> None:
    history = [
        {"role": "user", "content": "Tell me about the Coimbra Group."},
        {"role": "assistant", "content": "The Coimbra Group is a university network founded in 1985 [1]."},
    ]
    body = client.post("/v1/ask", json={"question": "What is its aim?", "history": history}).json()
    assert body["answered"] and "multidisciplinary" in body["answer"]


def test_abstention_contract(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": "Who won the football world cup in 2018?"}).json()
    assert body["answered"] is False and body["citations"] == []
    assert "cooperation department" in body["fallback"]


def test_search_contract(client: TestClient) -> None:
    response = client.post("/v1/search", json={"query": "UNIMED", "k": 3})
    results = response.json()["results"]
    assert [r["rank"] for r in results] == [1, 2, 3]
    assert set(results[0]) == {"rank", "chunk_id", "document", "title", "section", "text", "score", "page"}
    assert "UNIMED" in results[0]["text"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"question": ""}, "question"),
        ({"question": "   \n "}, "question"),
        ({"question": "x" * 2001}, "question"),
        ({}, "question"),
        ({"question": 42}, "question"),
        ({"question": "ok?", "history": "not a list"}, "history"),
        ({"question": "ok?", "history": [{"role": "system", "content": "x"}]}, "history.0.role"),
        ({"question": "ok?", "history": [{"role": "user"}]}, "history.0.content"),
        ({"question": "ok?", "unknown": 1}, "unknown"),
    ],
)
def test_bad_ask_input_is_422_naming_the_field(client: TestClient, body: dict, field: str) -> None:
    response = client.post("/v1/ask", json=body)
    assert response.status_code == 422
    assert response.json()["message"].startswith(field)


@pytest.mark.parametrize(("body", "field"), [({"query": "x", "k": 0}, "k"), ({"query": " "}, "query")])
def test_bad_search_input_is_422(client: TestClient, body: dict, field: str) -> None:
    response = client.post("/v1/search", json=body)
    assert response.status_code == 422 and response.json()["message"].startswith(field)


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422


# JSON's escape of half a UTF-16 pair decodes to a lone surrogate: text no encoder can carry.
LONE = "\\ud800"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/ask", f'{{"question": "{LONE}"}}', "question"),
        (
            "/v1/ask",
            f'{{"question": "ok?", "history": [{{"role": "user", "content": "a{LONE}"}}]}}',
            "history",
        ),
        ("/v1/ask/stream", f'{{"question": "Who signs {LONE}?"}}', "question"),
        ("/v1/search", f'{{"query": "{LONE}"}}', "query"),
        ("/v1/feedback", f'{{"answer_id": "{LONE}", "helpful": true}}', "answer_id"),
        ("/v1/feedback", f'{{"answer_id": "a", "helpful": true, "comment": "{LONE}"}}', "comment"),
        ("/v1/chat/completions", f'{{"messages": [{{"role": "user", "content": "{LONE}"}}]}}', "messages"),
        (
            "/v1/chat/completions",
            f'{{"messages": [{{"role": "user", "content": [{{"type": "text", "text": "{LONE}"}}]}}]}}',
            "messages",
        ),
        (
            "/v1/chat/completions",
            f'{{"model": "{LONE}", "messages": [{{"role": "user", "content": "a"}}]}}',
            "model",
        ),
    ],
)
def test_a_lone_surrogate_is_a_clear_422_everywhere(
    client: TestClient, path: str, body: str, field: str
) -> None:
    response = client.post(path, content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["message"].startswith(field)
    assert "\\ud800" not in response.text and "\ud800" not in response.text


def test_a_body_that_is_not_utf8_is_400(client: TestClient) -> None:
    response = client.post(
        "/v1/ask", content=b'{"question": "\xff"}', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


def test_without_an_index_ready_and_ask_answer_503(tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index")
    with TestClient(create_app(settings, embedder)) as client:
        assert client.get("/health").status_code == 200
        for response in (
            client.get("/ready"),
            client.post("/v1/ask", json={"question": "Who signs?"}),
            client.post("/v1/search", json={"query": "x"}),
        ):
            assert response.status_code == 503
            assert "assistant ingest" in response.json()["detail"]


def test_openapi_documents_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["AskRequest"]["examples"] and schemas["AskResponse"]["examples"]
    assert "/v1/ask" in spec["paths"] and "/v1/search" in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_the_openapi_says_what_the_app_checks(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["AskRequest"]["properties"]["question"]["minLength"] == 1
    assert schemas["SearchRequest"]["properties"]["query"]["minLength"] == 1
    upload = spec["paths"]["/v1/admin/documents"]["post"]["responses"]
    assert {"200", "201", "400", "409", "413", "422"} <= set(upload)
    ask = spec["paths"]["/v1/ask"]["post"]["responses"]
    assert {"400", "413", "422", "429", "503"} <= set(ask)


@pytest.mark.parametrize("stream", [0, "false", None])
def test_chat_stream_must_be_a_boolean(client: TestClient, stream) -> None:
    body = {"messages": [{"role": "user", "content": "Who signs?"}], "stream": stream}
    assert client.post("/v1/chat/completions", json=body).status_code == 422


def test_a_wrong_method_names_every_method_of_the_path(client: TestClient) -> None:
    # Starlette's 405 names the methods of the first route of a path only.
    assert client.get("/v1/ask").headers["allow"] == "OPTIONS, POST"
    options = client.options("/health")
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, OPTIONS"
    assert client.get("/no-such-path").status_code == 404
