"""The SQL engine: SQLite (embedded default) or PostgreSQL, and its Alembic migrations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from .sqlite_driver import connector

__all__ = ["alembic_config", "create_engine", "migrate", "ping", "sessionmaker_for"]

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def create_engine(url: str) -> AsyncEngine:
    """An async engine. For a SQLite file: its folder is created, WAL mode switched on, and statements run
    on the event loop's thread (`bot/sqlite_driver.py`) instead of aiosqlite's; waiting for another
    connection's lock still lets the loop run."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        inline = bool(database) and database != ":memory:" and not database.startswith("file:")
        if inline:
            database = str(Path(database).expanduser())
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            # Connections are cheap (no thread each) and opening one costs its PRAGMAs: keep enough.
            engine = create_async_engine(
                url, async_creator=connector(database), pool_size=20, max_overflow=20
            )
        else:
            engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            if not inline:  # aiosqlite sleeps on its own thread; the inline driver waits on the loop
                cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_async_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)


def sessionmaker_for(engine: AsyncEngine) -> async_sessionmaker:
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _upgrade(connection: Connection, revision: str) -> None:
    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; safe to run on every start."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
