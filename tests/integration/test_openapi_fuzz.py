"""The OpenAPI document against the app, by schemathesis: every route (admin included, with the
token) called in-process with generated requests on a temporary copy of the corpus. Any server
error, undocumented status code or response that breaks its schema fails. A schema-valid request
may still get its documented 422 (the last chat message must be the user's question: no JSON
schema says that), so schemathesis' check that valid data gets a 2xx is left out."""

import shutil
from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from pydantic import SecretStr
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api import create_app
from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.settings import Settings
from tests.utils.paths import CORPUS

TOKEN = "fuzz-admin-token"
# Examples per operation: the bound that keeps the run to a few minutes on 2 cores.
EXAMPLES = 100


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[object]:
    base = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(CORPUS, base / "corpus")
    configured = Settings(
        corpus_dir=base / "corpus",
        index_dir=base / "index",
        database_url=f"sqlite:///{base}/feedback.db",
        admin_token=SecretStr(TOKEN),
        admin_rate_limit_per_minute=0,
        # schemathesis probes each admin route without and with a wrong token: no throttling here.
        admin_failed_tokens_per_minute=10_000,
        max_file_mb=0.5,
    )
    build_index(configured.corpus_dir, configured.index_dir, embedder, chunk_max_chars=250)
    app = create_app(configured, embedder)
    with TestClient(app):  # the lifespan opens the services once, for every generated call
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def fuzz(operation, tally: dict[str, int], failures: list[str]) -> None:
    """Up to EXAMPLES generated calls of one operation, each checked by every default check."""

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,  # the same requests every run: a failure here is reproducible
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    def run(case: schemathesis.Case) -> None:
        tally["calls"] += 1
        try:
            # On the case, not the call: schemathesis' auth check sends it again without the token.
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
            case.call_and_validate(excluded_checks=[positive_data_acceptance])
        except FailureGroup as exc:
            failures.append(f"{operation.label}: {str(exc)[:1500]}")

    run()


def test_the_app_does_what_its_openapi_says(api_schema) -> None:
    tally, failures = {"calls": 0}, []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    for operation in operations:
        fuzz(operation, tally, failures)
    print(f"schemathesis: {len(operations)} operations, {tally['calls']} calls, {len(failures)} failures")
    assert len(operations) >= 11
    assert failures == []
