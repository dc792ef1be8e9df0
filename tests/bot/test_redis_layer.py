"""With REDIS_URL set: state is shared between workers, and a Redis that goes away loses nothing."""

from __future__ import annotations

from redis.asyncio import Redis

from tests.bot.test_webchat import say, start
from tests.conftest import REDIS_URL, AppClient


async def test_two_workers_share_one_conversation(make_client: AppClient, redis_prefix: str) -> None:
    one = await make_client(redis_url=REDIS_URL, redis_prefix=redis_prefix)
    two = await make_client(redis_url=REDIS_URL, redis_prefix=redis_prefix)
    assert (await (await one.get("/readyz")).json())["checks"] == {"database": "ok", "redis": "ok"}
    conv = await start(one)
    await say(one, conv, button="lang:ro")
    client = Redis.from_url(REDIS_URL)
    try:
        cached = await client.get(f"{redis_prefix}:session:{conv['conversation_id']}")
        assert cached is not None and b'"ro"' in cached
    finally:
        await client.aclose()
    # The next message lands on the other worker: it remembers the language.
    reply = await say(two, conv, text="salut")
    assert reply["language"] == "ro"
    assert reply["replies"]


async def test_redis_down_means_not_ready_but_the_chat_still_answers(make_client: AppClient) -> None:
    client = await make_client(redis_url="redis://127.0.0.1:1/0")
    resp = await client.get("/readyz")
    assert resp.status == 503
    assert (await resp.json())["checks"]["redis"] == "unreachable"
    conv = await start(client)
    reply = await say(client, conv, button="lang:pl")
    assert reply["replies"][0]["text"].startswith("Język: Polski")
    reply = await say(client, conv, text="cześć")  # state comes from SQL when the cache is gone
    assert reply["language"] == "pl"
