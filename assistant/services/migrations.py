"""The database's schema, brought up to date with Alembic (``alembic/``): when a store opens it,
and by ``assistant migrate``. A database made before migrations existed is taken as it is: the
first revision creates only the tables it lacks.
"""

from __future__ import annotations

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


def migrate(engine: Engine) -> None:
    """Upgrade the database of ``engine`` to the newest revision (nothing to do when it is there)."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
