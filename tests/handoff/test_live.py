"""One contract for both live hubs (in process, and through Redis between two hubs = two workers)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.live import LiveHub, RedisLiveHub
from tests.conftest import REDIS_URL


@pytest.fixture(params=["memory", "redis"])
async def hubs(request: pytest.FixtureRequest, redis_prefix: str) -> AsyncIterator[tuple[LiveHub, LiveHub]]:
    """A publishing hub and a listening hub: the same one in process, two over Redis."""
    if request.param == "memory":
        hub = LiveHub()
        yield hub, hub
        return
    clients = [Redis.from_url(REDIS_URL), Redis.from_url(REDIS_URL)]
    pair = [RedisLiveHub(c, redis_prefix) for c in clients]
    for hub in pair:
        await hub.start()
    yield pair[0], pair[1]
    for hub, client in zip(pair, clients, strict=True):
        await hub.close()
        await client.aclose()


async def test_listeners_get_what_is_published_for_their_key_in_order(hubs: tuple[LiveHub, LiveHub]) -> None:
    publisher, listener = hubs
    async with listener.listen("conv-a") as queue_a, listener.listen("conv-b") as queue_b:
        for i in range(5):
            publisher.publish("conv-a", {"n": i})
        publisher.publish("conv-b", {"n": "b"})
        got = [await asyncio.wait_for(queue_a.get(), 5) for _ in range(5)]
        assert got == [{"n": i} for i in range(5)]
        assert await asyncio.wait_for(queue_b.get(), 5) == {"n": "b"}
        assert queue_a.empty()


async def test_nobody_listening_loses_nothing_that_matters(hubs: tuple[LiveHub, LiveHub]) -> None:
    publisher, listener = hubs
    publisher.publish("nobody", {"n": 1})  # no error, and no backlog for later listeners
    await asyncio.sleep(0.3)
    async with listener.listen("nobody") as queue:
        await asyncio.sleep(0.2)
        assert queue.empty()
