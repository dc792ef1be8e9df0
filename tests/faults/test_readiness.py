"""/readyz names every dependency and goes 503 when one fails: Redis, the outbox's loops, a channel."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from bot.appkeys import OUTBOX
from tests.channels.conftest import telegram_settings, whatsapp_settings
from tests.emulators.telegram import BotApiEmulator
from tests.emulators.whatsapp import GraphApiEmulator

from .servers import PrivateRedis


async def ready(client: TestClient) -> tuple[int, dict[str, str]]:
    resp = await client.get("/readyz")
    return resp.status, (await resp.json())["checks"]


async def test_every_dependency_is_checked(
    make_client: Any, bot_api: BotApiEmulator, graph_api: GraphApiEmulator, private_redis: PrivateRedis
) -> None:
    client: TestClient = await make_client(
        redis_url=private_redis.url, **{**telegram_settings(bot_api), **whatsapp_settings(graph_api)}
    )
    assert await ready(client) == (
        200,
        {"database": "ok", "redis": "ok", "outbox": "ok", "telegram": "ok", "whatsapp": "ok"},
    )

    private_redis.kill()
    status, checks = await ready(client)
    assert (status, checks["redis"]) == (503, "unreachable")
    private_redis.start()
    assert (await ready(client))[0] == 200  # back by itself

    await client.app[OUTBOX].stop()  # the delivery loops are gone: replies would pile up unsent
    status, checks = await ready(client)
    assert (status, checks["outbox"]) == (503, "stopped")


async def test_without_channels_only_the_database(client: TestClient) -> None:
    assert await ready(client) == (200, {"database": "ok"})
