"""One contract suite for the session cache, in process and in Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.sessions import KeyBuilder, MemorySessionCache, RedisSessionCache, SessionCache
from tests.conftest import REDIS_URL


@pytest.fixture(params=["memory", "redis"])
async def cache(request: pytest.FixtureRequest, redis_prefix: str) -> AsyncIterator[SessionCache]:
    if request.param == "memory":
        yield MemorySessionCache(max_items=3)
        return
    client = Redis.from_url(REDIS_URL)
    yield RedisSessionCache(client, KeyBuilder(redis_prefix), ttl_seconds=60)
    await client.aclose()


async def test_set_get_delete(cache: SessionCache) -> None:
    assert await cache.get("a") is None
    await cache.set("a", {"language": "ro", "flow": {"node": "start", "answers": [1, 2]}})
    assert await cache.get("a") == {"language": "ro", "flow": {"node": "start", "answers": [1, 2]}}
    await cache.set("a", {"language": "vi"})
    assert await cache.get("a") == {"language": "vi"}
    await cache.delete("a")
    assert await cache.get("a") is None


async def test_redis_keys_have_prefix_and_ttl(redis_prefix: str) -> None:
    client = Redis.from_url(REDIS_URL)
    try:
        cache = RedisSessionCache(client, KeyBuilder(redis_prefix), ttl_seconds=60)
        await cache.set("abc", {"language": "pl"})
        assert 0 < await client.ttl(f"{redis_prefix}:session:abc") <= 60
    finally:
        await client.aclose()


async def test_redis_gone_is_survived_not_raised() -> None:
    client = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    cache = RedisSessionCache(client, KeyBuilder("x"), ttl_seconds=60)
    assert await cache.get("a") is None
    await cache.set("a", {"language": "pl"})
    await cache.delete("a")
    await client.aclose()
