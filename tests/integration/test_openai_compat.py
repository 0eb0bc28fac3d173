"""The OpenAI-compatible endpoint's validation, through the app in-process."""

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    "messages",
    [[], [{"role": "assistant", "content": "hi"}], [{"role": "user", "content": "  "}]],
)
def test_a_request_without_a_question_is_422(client: TestClient, messages: list) -> None:
    response = client.post("/v1/chat/completions", json={"model": "x", "messages": messages})
    assert response.status_code == 422
