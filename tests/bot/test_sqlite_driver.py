"""The embedded SQLite driver (bot/sqlite_driver.py): statements on the loop's thread, and a lock held
elsewhere waited for without stopping the loop."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from bot import sqlite_driver
from bot.db import create_engine


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path}/driver.sqlite3"


async def test_rows_rowcount_and_constraint_errors(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"))
            await conn.execute(text("INSERT INTO t (name) VALUES (:n)"), [{"n": "a"}, {"n": "b"}])
        async with engine.begin() as conn:
            assert (await conn.execute(text("UPDATE t SET name = name || '!'"))).rowcount == 2
            rows = (await conn.execute(text("SELECT id, name FROM t ORDER BY id"))).all()
            assert [tuple(r) for r in rows] == [(1, "a!"), (2, "b!")]
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        with pytest.raises(IntegrityError):
            async with engine.begin() as conn:
                await conn.execute(text("INSERT INTO t (name) VALUES ('a!')"))
        async with engine.connect() as conn:  # the failed transaction left nothing behind
            assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 2
    finally:
        await engine.dispose()


async def test_a_held_lock_is_waited_for_while_the_loop_keeps_running(url: str) -> None:
    # Two engines stand for two processes (or two connections of one pool) writing at once.
    first, second = create_engine(url), create_engine(url)
    try:
        async with first.begin() as conn:
            await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"))
        ticks = 0

        async def heartbeat() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.005)
                ticks += 1

        beat = asyncio.create_task(heartbeat())
        holding = asyncio.Event()

        async def holder() -> None:
            async with first.begin() as conn:
                await conn.execute(text("INSERT INTO t (v) VALUES ('first')"))  # takes the write lock
                holding.set()
                await asyncio.sleep(0.3)  # other work while the transaction is open

        async def waiter() -> float:
            await holding.wait()
            started = time.monotonic()
            async with second.begin() as conn:
                await conn.execute(text("INSERT INTO t (v) VALUES ('second')"))
            return time.monotonic() - started

        _, waited = await asyncio.gather(holder(), waiter())
        beat.cancel()
        assert waited >= 0.2  # it did wait for the lock ...
        assert ticks >= 20  # ... and the loop went on meanwhile (a blocking wait would allow none)
        async with second.connect() as conn:
            rows = (await conn.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all()
        assert rows == ["first", "second"]  # both writes kept, in order
    finally:
        await first.dispose()
        await second.dispose()


async def test_a_lock_never_released_ends_in_a_clear_error(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_driver, "BUSY_SECONDS", 0.2)
    first, second = create_engine(url), create_engine(url)
    try:
        async with first.begin() as conn:
            await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
        async with first.begin() as held:
            await held.execute(text("INSERT INTO t DEFAULT VALUES"))
            with pytest.raises(OperationalError, match="locked"):
                async with second.begin() as conn:
                    await conn.execute(text("INSERT INTO t DEFAULT VALUES"))
        async with second.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 1
    finally:
        await first.dispose()
        await second.dispose()
