"""End to end: the real `assistant serve` (uvicorn) on loopback, spoken to over real HTTP."""

import shutil
from pathlib import Path

import httpx

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from tests.utils.documents import doc, write
from tests.utils.paths import CORPUS
from tests.utils.server import running_server


def env_for(settings: Settings) -> dict[str, str]:
    return {"ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir)}


def test_server_answers_with_citations_over_http(settings: Settings) -> None:
    with running_server(env_for(settings)) as base, httpx.Client(base_url=base, timeout=30) as http:
        ready = http.get("/ready").json()
        assert ready["status"] == "ready" and ready["documents"] == 6
        body = http.post("/v1/ask", json={"question": "Who is authorized to sign the agreement?"}).json()
        assert body["answered"] and "President" in body["answer"] and body["citations"]
        assert http.post("/v1/search", json={"query": "EUA members", "k": 2}).json()["results"]
        bad = http.post("/v1/ask", json={"question": ""})
        assert bad.status_code == 422 and bad.json()["message"].startswith("question")


def test_server_picks_up_a_new_index_without_restart(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    with running_server(env_for(settings)) as base, httpx.Client(base_url=base, timeout=30) as http:
        assert http.get("/ready").status_code == 503
        assert "assistant ingest" in http.post("/v1/ask", json={"question": "Who signs?"}).json()["detail"]

        build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        first = http.get("/ready").json()
        assert first["documents"] == 6

        write(
            corpus / "07-language-courses.md",
            doc(
                "French language courses",
                "# French language courses\n\nExchange students can take free French language courses "
                "at the Institute of French Studies during their first semester.",
            ),
        )
        build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
        second = http.get("/ready").json()
        assert second["documents"] == 7 and second["generation"] != first["generation"]
        body = http.post("/v1/ask", json={"question": "Can exchange students take French courses?"}).json()
        assert body["answered"] and body["citations"][0]["document"] == "07-language-courses.md"


def test_forwarded_for_is_believed_only_from_a_configured_proxy(settings: Settings) -> None:
    """uvicorn trusts X-Forwarded-For from loopback by default: 40 invented addresses were 40 clients."""
    limited = {**env_for(settings), "ASSISTANT_RATE_LIMIT_PER_MINUTE": "3"}
    with running_server(limited) as base, httpx.Client(base_url=base, timeout=30) as http:
        statuses = [
            http.post("/v1/search", json={"query": "UNIMED"}, headers={"X-Forwarded-For": f"198.51.100.{i}"})
            for i in range(6)
        ]
        assert [r.status_code for r in statuses] == [200, 200, 200, 429, 429, 429]
    proxied = {**limited, "ASSISTANT_TRUSTED_PROXIES": "127.0.0.1"}
    with running_server(proxied) as base, httpx.Client(base_url=base, timeout=30) as http:
        statuses = [
            http.post("/v1/search", json={"query": "UNIMED"}, headers={"X-Forwarded-For": f"198.51.100.{i}"})
            for i in range(6)
        ]
        assert [r.status_code for r in statuses] == [200] * 6
