"""The database's schema, brought up to date with Alembic (``alembic/``): when a store opens it,
and by ``assistant migrate``. A database made before migrations existed is taken as it is: the
first revision creates only the tables it lacks.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Engine

SCRIPTS = Path(__file__).with_name("alembic")
# Two workers starting at once against PostgreSQL would both upgrade: they take turns on this
# transaction-level advisory lock (a fixed number, distinct from the writer lock's).
MIGRATION_KEY = 0x6173_7369_6D69_6772


def alembic_config() -> Config:
    """Alembic's configuration: the scripts; the connection is handed over by ``migrate``."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


@contextmanager
def _sqlite_turn(engine: Engine) -> Iterator[None]:
    """Workers starting at once against one SQLite file take turns too, on a lock file beside it:
    SQLite has no advisory lock, and two upgrades at once both create Alembic's version table
    (one then fails on its unique row, and its worker with it)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        yield
        return
    with open(f"{database}.migrate-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def migrate(engine: Engine) -> None:
    """Upgrade the database of ``engine`` to the newest revision (nothing to do when it is there)."""
    config = alembic_config()
    with _sqlite_turn(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
