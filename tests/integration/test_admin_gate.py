"""The gate in front of the app: admin token, admin limits and body sizes, checked before a body is
read, on every route."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api import create_app
from assistant.embeddings import Embedder
from assistant.settings import Settings
from tests.utils.asgi import call

TOKEN = "gate-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MB = 1024 * 1024
MULTIPART = {"content-type": "multipart/form-data; boundary=xyz"}


@pytest.fixture
def gated(settings: Settings, embedder: Embedder) -> Iterator[TestClient]:
    configured = settings.model_copy(
        update={
            "admin_token": SecretStr(TOKEN),
            "max_file_mb": 1,
            "max_body_kb": 4,
            "admin_rate_limit_per_minute": 4,
            "admin_failed_tokens_per_minute": 2,
        }
    )
    with TestClient(create_app(configured, embedder)) as client:
        yield client


def test_an_upload_without_the_token_is_refused_before_its_body_is_read(gated: TestClient) -> None:
    headers = {**MULTIPART, "content-length": str(300 * MB)}
    exchange = call(gated.app, "POST", "/v1/admin/documents", headers, [b"x" * MB] * 3)
    assert exchange.status == 401 and exchange.reads == 0
    assert exchange.headers["www-authenticate"] == "Bearer"


def test_an_upload_over_the_file_limit_is_413_before_its_body_is_read(gated: TestClient) -> None:
    headers = {**MULTIPART, **AUTH, "content-length": str(300 * MB)}
    exchange = call(gated.app, "POST", "/v1/admin/documents", headers, [b"x" * MB] * 3)
    assert exchange.status == 413 and exchange.reads == 0
    assert "larger than 1 MB" in exchange.json()["detail"]


def test_a_chunked_upload_over_the_limit_is_413_once_it_goes_over(gated: TestClient) -> None:
    headers = {**MULTIPART, **AUTH, "transfer-encoding": "chunked"}
    part = b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\n'
    exchange = call(gated.app, "POST", "/v1/admin/documents", headers, [part] + [b"x" * (MB // 2)] * 6)
    assert exchange.status == 413 and exchange.reads <= 4


@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream", "/v1/search", "/v1/chat/completions"])
def test_a_chunked_body_over_the_cap_is_413_not_400(gated: TestClient, path: str) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"question": "'
        yield b"x" * 5000
        yield b'"}'

    response = gated.post(path, content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 413, response.text
    assert "larger than 4 KB" in response.json()["detail"]


def test_admin_requests_are_rate_limited(gated: TestClient) -> None:
    statuses = [gated.get("/v1/admin/documents", headers=AUTH).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]


def test_wrong_tokens_are_throttled_the_right_one_included(gated: TestClient) -> None:
    wrong = {"Authorization": "Bearer guess"}
    assert [gated.get("/v1/admin/documents", headers=wrong).status_code for _ in range(2)] == [401, 401]
    throttled = gated.get("/v1/admin/documents", headers=AUTH)
    assert throttled.status_code == 429 and int(throttled.headers["retry-after"]) >= 1
    assert gated.post("/v1/search", json={"query": "UNIMED"}).status_code == 200  # public routes unaffected
