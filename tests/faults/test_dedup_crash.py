"""Found by the kill -9 test: with Redis, a worker killed after committing an update's replies but
before marking it done in Redis had that update processed again once its lease ran out. The done
mark now also commits with the replies, in SQL, and a key new to Redis is looked up there."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.db import create_engine
from bot.dedup import Claim, RedisDedup
from bot.sessions import KeyBuilder
from tests.conftest import REDIS_URL


async def test_an_update_committed_by_a_killed_worker_is_not_processed_again(
    database_url: str, redis_prefix: str
) -> None:
    engine = create_engine(database_url)
    redis = Redis.from_url(REDIS_URL)
    try:
        dead = RedisDedup(redis, KeyBuilder(redis_prefix), 3600, 60, engine=engine)
        assert await dead.claim("telegram:update:1") is Claim.NEW
        statement = dead.done_statement("telegram:update:1")
        assert statement is not None
        async with engine.begin() as conn:  # the replies' transaction
            await statement.run(conn)
        # kill -9 here: no Redis mark; then the lease runs out
        await redis.delete(f"{redis_prefix}:inbound:telegram:update:1")

        restarted = RedisDedup(redis, KeyBuilder(redis_prefix), 3600, 60, engine=engine)
        assert await restarted.claim("telegram:update:1") is Claim.DONE
        assert await restarted.claim("telegram:update:1") is Claim.DONE  # from Redis now
        assert await restarted.claim("telegram:update:2") is Claim.NEW
    finally:
        await redis.aclose()
        await engine.dispose()
