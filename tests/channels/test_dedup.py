"""Inbound de-duplication contract: in memory, in the database (SQLite, PostgreSQL) and in Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis

from bot.db import create_engine
from bot.dedup import Claim, DatabaseDedup, Dedup, MemoryDedup, RedisDedup
from bot.sessions import KeyBuilder
from tests.conftest import REDIS_URL


@pytest.fixture(params=["memory", "database", "redis"])
async def make(request: pytest.FixtureRequest, database_url: str, redis_prefix: str) -> AsyncIterator[Any]:
    """A factory ``make(ttl, lease)`` for one backend (the database one on SQLite and PostgreSQL)."""
    closers = []
    if request.param == "memory":

        def build(ttl: int = 3600, lease: int = 60) -> Dedup:
            return MemoryDedup(ttl, lease)

    elif request.param == "database":
        engine = create_engine(database_url)
        closers.append(engine.dispose)

        def build(ttl: int = 3600, lease: int = 60) -> Dedup:
            return DatabaseDedup(engine, ttl, lease)

    else:
        prefix = redis_prefix
        redis = Redis.from_url(REDIS_URL)
        closers.append(redis.aclose)

        def build(ttl: int = 3600, lease: int = 60) -> Dedup:
            return RedisDedup(redis, KeyBuilder(prefix), ttl, lease)

    yield build
    for close in closers:
        await close()


async def test_a_key_is_new_once_then_in_flight_then_done(make: Any) -> None:
    dedup = make()
    assert await dedup.claim("telegram:1") is Claim.NEW
    assert await dedup.claim("telegram:1") is Claim.IN_FLIGHT
    assert await dedup.claim("telegram:2") is Claim.NEW
    await dedup.done("telegram:1")
    assert await dedup.claim("telegram:1") is Claim.DONE


async def test_a_released_key_is_new_again(make: Any) -> None:
    dedup = make()
    assert await dedup.claim("whatsapp:wamid.1") is Claim.NEW
    await dedup.release("whatsapp:wamid.1")
    assert await dedup.claim("whatsapp:wamid.1") is Claim.NEW


async def test_a_lease_that_ran_out_is_new_again(make: Any) -> None:
    dedup = make(lease=1)
    assert await dedup.claim("telegram:9") is Claim.NEW
    await asyncio.sleep(1.2)  # the process that claimed it died
    assert await dedup.claim("telegram:9") is Claim.NEW


async def test_concurrent_claims_let_one_through(make: Any) -> None:
    dedup = make()
    results = await asyncio.gather(*(dedup.claim("telegram:77") for _ in range(8)))
    assert results.count(Claim.NEW) == 1
