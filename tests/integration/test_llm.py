"""The Ollama provider through LangChain's real ChatOllama, against a port nobody serves: the app,
in-process, falls back to quoting in time. The real model's tests are in tests/e2e/test_llm.py."""

from __future__ import annotations

import time

from assistant.embeddings import Embedder
from assistant.settings import Settings


def test_ollama_provider_that_cannot_be_reached_falls_back(settings: Settings, embedder: Embedder) -> None:
    """The Ollama path, through LangChain's real ChatOllama client, against a port nobody serves
    (no Ollama server can be installed here; the OpenAI path above runs against a real model)."""
    from fastapi.testclient import TestClient

    from api import create_app
    from tests.utils.server import free_port

    down = settings.model_copy(
        update={
            "llm_provider": "ollama",
            "llm_base_url": f"http://127.0.0.1:{free_port()}",
            "llm_model": "llama3.2",
            "llm_timeout_s": 3.0,
        }
    )
    with TestClient(create_app(down, embedder)) as client:
        assert client.get("/ready").json()["llm"] == "ollama:llama3.2"
        began = time.monotonic()
        question = "Which universities are UM's strategic partners?"
        body = client.post("/v1/ask", json={"question": question}).json()
        assert time.monotonic() - began < 3 + 1
    assert body["mode"] == "extractive" and body["answered"] and "Barcelona" in body["answer"]


def test_a_bug_of_ours_is_not_hidden_by_the_fallback_nor_shown_to_the_client(
    settings: Settings, embedder: Embedder, monkeypatch
) -> None:
    """The responder used to catch every exception: a bug in grounding became a quiet quote, and
    the stream's error event carried the exception's text."""
    from fastapi.testclient import TestClient

    from api import create_app
    from assistant.llm.grounding import Grounder
    from tests.utils.llm import scripted_model

    def broken(self, piece: str) -> str:
        raise RuntimeError("grounding bug in /srv/secret/path")

    monkeypatch.setattr(Grounder, "feed", broken)
    question = {"question": "Who is authorized to sign an international partnership agreement?"}
    with scripted_model("Only the President is authorized to sign it [1].") as url:
        configured = settings.model_copy(
            update={"llm_provider": "openai", "llm_base_url": url, "llm_model": "scripted"}
        )
        with TestClient(create_app(configured, embedder), raise_server_exceptions=False) as client:
            with client.stream("POST", "/v1/ask/stream", json=question) as response:
                body = "".join(response.iter_text())
            plain = client.post("/v1/ask", json=question)
    assert "event: error" in body and "event: done" not in body
    assert "please ask again" in body and "secret" not in body and "RuntimeError" not in body
    assert plain.status_code == 500 and "secret" not in plain.text
