"""500 questions asked at once by 10 clients of a real `assistant serve`: every one is logged, once."""

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from assistant.settings import Settings
from tests.utils.server import running_server

TOKEN = "load-token"
CLIENTS = 10
EACH = 50
TOPICS = [
    "Who signs international partnership agreements",
    "What is the capital of Australia",
    "When was the Coimbra Group founded",
    "Where can I find student accommodation",
    "Quels sont les partenaires stratégiques de l'UM",
]


def ask_all(base: str, client_number: int) -> list[int]:
    with httpx.Client(base_url=base, timeout=120) as http:
        return [
            http.post(
                "/v1/ask", json={"question": f"{TOPICS[i % len(TOPICS)]}? (client {client_number}, #{i})"}
            ).status_code
            for i in range(EACH)
        ]


def test_every_question_asked_concurrently_is_logged_exactly_once(settings: Settings, tmp_path: Path) -> None:
    env = {
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_DATABASE_URL": f"sqlite:///{tmp_path}/load.db",
        "ASSISTANT_ADMIN_TOKEN": TOKEN,
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0",
    }
    with running_server(env) as base:
        with ThreadPoolExecutor(CLIENTS) as pool:
            statuses = [s for batch in pool.map(lambda n: ask_all(base, n), range(CLIENTS)) for s in batch]
        assert statuses == [200] * CLIENTS * EACH

        def logged() -> list[dict]:
            response = httpx.get(
                f"{base}/v1/admin/questions",
                params={"limit": 10_000},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            return response.json()["questions"]

        deadline = time.monotonic() + 30
        while len(rows := logged()) < CLIENTS * EACH and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)  # anything written twice would arrive now
        rows = logged()
    counts = Counter(r["question"] for r in rows)
    assert len(rows) == CLIENTS * EACH
    assert len(counts) == CLIENTS * EACH and set(counts.values()) == {1}
    assert {r["surface"] for r in rows} == {"api"}
