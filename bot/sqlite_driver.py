"""SQLite for SQLAlchemy's async engine, run on the event loop's own thread.

SQLAlchemy's ``sqlite+aiosqlite`` dialect talks to aiosqlite, which runs every call (each ``execute``,
``fetchall``, cursor close and commit) on a thread of its own and hands the result back through the
event loop: about 50 hand-offs for one webhook turn, which cost more CPU than the SQL itself
(bench/README.md). A statement on a local SQLite file in WAL mode takes microseconds, so this module
runs it directly, behind the same small connection and cursor API the dialect expects from aiosqlite.

The one thing that may not block the loop is waiting for a lock. Connections are opened with a busy
timeout of zero: a write that meets another connection's write lock gets SQLITE_BUSY at once, and is
tried again after an ``asyncio.sleep`` (0.5 ms, doubling up to 50 ms, for at most ``BUSY_SECONDS``), so
the task holding the lock, in this process or another, can finish meanwhile. That is what SQLite's own
busy handler does, without stopping every other conversation while it sleeps.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

__all__ = ["BUSY_SECONDS", "InlineConnection", "connector"]

BUSY_SECONDS = 30.0  # as long as the busy timeout aiosqlite's connections had
_FIRST_PAUSE = 0.0005
_LONGEST_PAUSE = 0.05
_SQLITE_BUSY = 5
_SQLITE_BUSY_SNAPSHOT = 517  # a stale read snapshot: waiting cannot help, fail at once as SQLite does

_T = TypeVar("_T")


def _busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # Python < 3.11
        return "database is locked" in str(error)
    return code & 0xFF == _SQLITE_BUSY and code != _SQLITE_BUSY_SNAPSHOT


async def _patiently(call: Callable[..., _T], *args: Any) -> _T:
    """call(*args), tried again while another connection holds the lock; the loop keeps running."""
    pause = _FIRST_PAUSE
    deadline: float | None = None
    while True:
        try:
            return call(*args)
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            now = time.monotonic()
            if deadline is None:
                deadline = now + BUSY_SECONDS
            elif now >= deadline:
                raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE)


class _Cursor:
    """aiosqlite's Cursor, as far as SQLAlchemy uses it."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __await__(self) -> Generator[Any, None, _Cursor]:  # `await connection.cursor()`
        return self._itself().__await__()

    async def _itself(self) -> _Cursor:
        return self

    async def __aenter__(self) -> _Cursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()

    async def execute(self, sql: str, parameters: Any = ()) -> _Cursor:
        await _patiently(self._cursor.execute, sql, parameters)
        return self

    async def executemany(self, sql: str, seq_of_parameters: Any) -> _Cursor:
        await _patiently(self._cursor.executemany, sql, seq_of_parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _RunNow:
    """Stands in for aiosqlite's queue of calls for its thread: SQLAlchemy puts (future, function)
    there to set the isolation level; the function runs at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as error:
            future.set_exception(error)


class InlineConnection:
    """aiosqlite's Connection, as far as SQLAlchemy's aiosqlite dialect uses it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection
        self._connection: sqlite3.Connection | None = connection  # None once closed, as in aiosqlite
        self._tx = _RunNow()

    def cursor(self) -> _Cursor:
        return _Cursor(self._conn.cursor())

    async def execute(self, sql: str, parameters: Any = ()) -> _Cursor:
        cursor = _Cursor(self._conn.cursor())
        return await cursor.execute(sql, parameters)

    async def commit(self) -> None:
        await _patiently(self._conn.commit)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """aiosqlite's forced close (SQLAlchemy's terminate); close() does the same, awaitable."""
        if self._connection is not None:
            self._connection = None
            self._conn.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: Any) -> None:  # "DEFERRED", "IMMEDIATE", "EXCLUSIVE", "" or None
        self._conn.isolation_level = value


def connector(database: str) -> Callable[[], Awaitable[InlineConnection]]:
    """``create_async_engine(..., async_creator=connector(path))``: connections to one SQLite file."""

    async def connect() -> InlineConnection:
        # timeout=0: no busy handler sleeping on the loop's thread; _patiently waits instead.
        # check_same_thread=False: the pool may close a connection from the garbage collector's thread.
        return InlineConnection(sqlite3.connect(database, timeout=0, check_same_thread=False))

    return connect
