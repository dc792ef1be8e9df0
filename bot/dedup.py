"""Inbound de-duplication: a platform that redelivers a webhook gets it processed once.

A key (``telegram:update:123``, ``whatsapp:msg:wamid...``) is first *claimed* for a short lease while
its message is processed, then marked *done* for a long time. A redelivery of a done key is
answered 200 and dropped; a redelivery while the first delivery is still in flight is told to come
back later (``InFlight``), so a process that dies mid-message loses nothing: its lease runs out and
the platform's next redelivery is processed. ``release`` gives a key back after a failure.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any

from redis.asyncio import Redis
from sqlalchemy import Executable, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .clock import as_utc, utcnow
from .db import sessionmaker_for
from .models import InboundSeen
from .sessions import KeyBuilder

__all__ = ["Claim", "DatabaseDedup", "Dedup", "DoneMark", "MemoryDedup", "RedisDedup"]

LEASE_SECONDS = 60
INSERT_SEEN = insert(InboundSeen)  # built once: every update's claim
# Built once too: every update's done mark, written with its replies.
MARK_DONE = (
    update(InboundSeen)
    .where(InboundSeen.key == bindparam("seen_key"))
    .values(done=True, expires_at=bindparam("seen_expires"))
)


@dataclass(frozen=True, slots=True)
class DoneMark:
    """A prebuilt statement and its parameters that mark a key done inside another transaction."""

    statement: Executable
    params: dict[str, Any]

    async def run(self, conn: AsyncConnection) -> None:
        await conn.execute(self.statement, self.params)


class Claim(Enum):
    NEW = "new"  # process it
    DONE = "done"  # seen and processed: answer 200, do nothing
    IN_FLIGHT = "in_flight"  # being processed right now elsewhere: ask the platform to retry


class Dedup(ABC):
    """Subclasses must make ``claim`` atomic across every worker that shares the backend."""

    cached = False  # True: ``done`` is still needed after a ``done_statement`` commits

    def __init__(self, ttl_seconds: int, lease_seconds: int = LEASE_SECONDS) -> None:
        self.ttl = ttl_seconds
        self.lease = lease_seconds

    @abstractmethod
    async def claim(self, key: str) -> Claim: ...

    @abstractmethod
    async def done(self, key: str) -> None: ...

    @abstractmethod
    async def release(self, key: str) -> None: ...

    def done_statement(self, key: str) -> DoneMark | None:
        """A statement marking ``key`` done inside the caller's transaction (the outbox's), so that
        "replies queued" and "update done" commit together; None when the backend is not SQL."""
        return None


class MemoryDedup(Dedup):
    """One process alone (tests, development)."""

    def __init__(self, ttl_seconds: int, lease_seconds: int = LEASE_SECONDS, max_items: int = 100_000):
        super().__init__(ttl_seconds, lease_seconds)
        self._items: OrderedDict[str, tuple[bool, float]] = OrderedDict()
        self._max = max_items

    async def claim(self, key: str) -> Claim:
        now = time.monotonic()
        found = self._items.get(key)
        if found is not None and found[1] > now:
            return Claim.DONE if found[0] else Claim.IN_FLIGHT
        self._items[key] = (False, now + self.lease)
        self._items.move_to_end(key)
        while len(self._items) > self._max:
            self._items.popitem(last=False)
        return Claim.NEW

    async def done(self, key: str) -> None:
        self._items[key] = (True, time.monotonic() + self.ttl)

    async def release(self, key: str) -> None:
        self._items.pop(key, None)


class RedisDedup(Dedup):
    """``SET NX EX``: "p" while in flight (lease), "d" once processed (TTL).

    With an engine, the done mark is also written to ``inbound_seen`` in the caller's transaction
    (the outbox's), and a key new to Redis is looked up there: a worker killed between its commit and
    its Redis mark would otherwise have its update processed a second time when the lease runs out.
    """

    cached = True

    def __init__(
        self,
        redis: Redis,
        keys: KeyBuilder,
        ttl_seconds: int,
        lease_seconds: int = LEASE_SECONDS,
        engine: AsyncEngine | None = None,
    ):
        super().__init__(ttl_seconds, lease_seconds)
        self._redis = redis
        self._keys = keys
        self._sessions = sessionmaker_for(engine) if engine is not None else None

    async def claim(self, key: str) -> Claim:
        name = self._keys("inbound", key)
        if await self._redis.set(name, "p", nx=True, ex=self.lease):
            return await self._unless_done_in_sql(key)
        value = await self._redis.get(name)
        if value is None:  # expired between the two calls
            if await self._redis.set(name, "p", nx=True, ex=self.lease):
                return await self._unless_done_in_sql(key)
            return Claim.IN_FLIGHT
        return Claim.DONE if value == b"d" else Claim.IN_FLIGHT

    async def _unless_done_in_sql(self, key: str) -> Claim:
        if self._sessions is None:
            return Claim.NEW
        async with self._sessions.begin() as session:
            row = await session.get(InboundSeen, key)
            if row is not None and row.done and as_utc(row.expires_at) > utcnow():
                await self.done(key)
                return Claim.DONE
            if row is not None:  # a mark whose time is over: forget it
                await session.delete(row)
        return Claim.NEW

    def done_statement(self, key: str) -> DoneMark | None:
        if self._sessions is None:
            return None
        expires = utcnow() + timedelta(seconds=self.ttl)
        return DoneMark(INSERT_SEEN, {"key": key, "done": True, "expires_at": expires})

    async def done(self, key: str) -> None:
        await self._redis.set(self._keys("inbound", key), "d", ex=self.ttl)

    async def release(self, key: str) -> None:
        await self._redis.delete(self._keys("inbound", key))


class DatabaseDedup(Dedup):
    """A row per key in ``inbound_seen``; the primary key makes the claim atomic."""

    def __init__(self, engine: AsyncEngine, ttl_seconds: int, lease_seconds: int = LEASE_SECONDS) -> None:
        super().__init__(ttl_seconds, lease_seconds)
        self._engine = engine
        self._sessions = sessionmaker_for(engine)

    async def claim(self, key: str) -> Claim:
        now = utcnow()
        try:  # a Core insert (every update's path): a key already there is an IntegrityError
            async with self._engine.begin() as conn:
                expires = now + timedelta(seconds=self.lease)
                await conn.execute(INSERT_SEEN, {"key": key, "done": False, "expires_at": expires})
            return Claim.NEW
        except IntegrityError:
            pass
        async with self._sessions.begin() as session:
            row = (await session.execute(select(InboundSeen).where(InboundSeen.key == key))).scalar_one()
            if as_utc(row.expires_at) > now:
                return Claim.DONE if row.done else Claim.IN_FLIGHT
            taken = await session.execute(
                update(InboundSeen)
                .where(InboundSeen.key == key, InboundSeen.expires_at == row.expires_at)
                .values(done=False, expires_at=now + timedelta(seconds=self.lease))
            )
            return Claim.NEW if taken.rowcount == 1 else Claim.IN_FLIGHT

    def done_statement(self, key: str) -> DoneMark:
        expires = utcnow() + timedelta(seconds=self.ttl)
        return DoneMark(MARK_DONE, {"seen_key": key, "seen_expires": expires})

    async def done(self, key: str) -> None:
        async with self._engine.begin() as conn:
            await self.done_statement(key).run(conn)

    async def release(self, key: str) -> None:
        async with self._sessions.begin() as session:
            await session.execute(delete(InboundSeen).where(InboundSeen.key == key))

    async def purge(self) -> int:
        """Forget keys whose time is over; returns how many."""
        async with self._sessions.begin() as session:
            result = await session.execute(delete(InboundSeen).where(InboundSeen.expires_at < utcnow()))
            return int(result.rowcount)
