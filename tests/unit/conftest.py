"""Unit tests are fast: no embedding model, no index, no server."""

from __future__ import annotations

import pytest

from tests.fixtures.index import MODEL_FIXTURES


@pytest.fixture(autouse=True)
def _no_model_in_unit_tests(request: pytest.FixtureRequest) -> None:
    asked = sorted(MODEL_FIXTURES & set(request.fixturenames))
    assert not asked, (
        f"a unit test may not use the model or the index ({', '.join(asked)}): move it to integration"
    )
