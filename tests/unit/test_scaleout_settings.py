"""The scale-out settings and the parts of the scale-out mode that need no server: a limiter
failing open, the choice of limiter, schema migrations on SQLite."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import create_engine, inspect, text

from assistant.services.feedback import FeedbackStore
from assistant.services.migrations import migrate
from assistant.settings import Settings
from assistant.web.rate_limit import RateLimiter
from assistant.web.redis_limit import RedisRateLimiter, limiter
from tests.utils.server import free_port


def test_server_urls_are_optional_and_checked() -> None:
    assert Settings(chroma_url="", redis_url=" ").chroma_url is None
    assert Settings(chroma_url=" http://chroma:8000 ").chroma_url == "http://chroma:8000"
    assert Settings(redis_url="redis://redis:6379/0").redis_url == "redis://redis:6379/0"
    with pytest.raises(ValidationError, match="http or https URL"):
        Settings(chroma_url="chroma:8000")
    with pytest.raises(ValidationError, match="redis or rediss URL"):
        Settings(redis_url="http://redis:6379")


def test_the_limit_is_counted_in_redis_only_when_a_url_is_set() -> None:
    assert isinstance(limiter(5, "public", None), RateLimiter)
    assert isinstance(limiter(5, "public", "redis://127.0.0.1:6379/0"), RedisRateLimiter)


def test_with_redis_unreachable_requests_are_let_through(caplog: pytest.LogCaptureFixture) -> None:
    down = RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/0", per_minute=1, scope="test")
    assert [down.check("client") for _ in range(3)] == [None, None, None]
    assert down.wait("client") is None
    warnings = [r for r in caplog.records if "let through" in r.getMessage()]
    assert len(warnings) == 1  # once per period, not once per request


def test_a_fresh_database_is_created_at_the_newest_revision(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path}/fresh.db")
    tables = set(inspect(store.engine).get_table_names())
    assert {"answers", "feedback", "questions", "gap_marks", "alembic_version"} <= tables
    migrate(store.engine)  # already there: nothing to do
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"


def test_a_database_from_before_migrations_is_upgraded_in_place(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as connection:  # as create_all made it before the question log existed
        connection.execute(text("CREATE TABLE answers (id VARCHAR(32) PRIMARY KEY, question TEXT)"))
        connection.execute(text("INSERT INTO answers VALUES ('a1', 'kept?')"))
    migrate(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT question FROM answers")).scalar() == "kept?"
    assert {"feedback", "questions", "gap_marks"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def _migrate_at(url: str, start: float) -> str:
    while time.time() < start:  # every process upgrades at the same moment
        pass
    try:
        migrate(create_engine(url))
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_workers_starting_at_once_on_one_sqlite_file_all_upgrade_it(tmp_path: Path) -> None:
    # Forked workers open the question log together: without taking turns, two of them both
    # created Alembic's version table and one failed, every time.
    url = f"sqlite:///{tmp_path}/answers.db"
    with multiprocessing.get_context("fork").Pool(4) as pool:
        results = pool.starmap(_migrate_at, [(url, time.time() + 0.5)] * 4)
    assert results == ["ok"] * 4
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"alembic_version", "feedback", "questions"} <= tables
