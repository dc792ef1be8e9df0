"""PostgreSQL goes away mid-service and comes back: webhooks get 503 so the platforms retry,
nothing is half-written, /readyz says so, and the service recovers by itself."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.appkeys import ENGINE, OUTBOX
from bot.db import sessionmaker_for
from bot.models import Conversation, Message
from tests.channels.conftest import SECRET, telegram_settings
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates

from .servers import PrivatePostgres

HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def post(client: TestClient, update: dict[str, Any]) -> int:
    resp = await client.post("/webhooks/telegram", json=update, headers={HEADER: SECRET})
    await resp.read()
    return resp.status


async def ready(client: TestClient) -> int:
    resp = await client.get("/readyz")
    await resp.read()
    return resp.status


async def transcript(client: TestClient, chat: Updates) -> list[Message]:
    async with sessionmaker_for(client.app[ENGINE])() as session:
        query = select(Conversation).filter_by(channel="telegram", external_id=str(chat.chat_id))
        conv = (await session.execute(query)).scalar_one()
        rows = await session.execute(select(Message).filter_by(conversation_id=conv.id).order_by(Message.id))
        return list(rows.scalars())


async def test_postgres_down_then_back(
    make_client: Any, bot_api: BotApiEmulator, private_postgres: PrivatePostgres
) -> None:
    client: TestClient = await make_client(database_url=private_postgres.url, **telegram_settings(bot_api))
    chat = Updates(9101, "en")
    assert await post(client, chat.text("hello")) == 200
    await wait_until(lambda: bot_api.sent(chat.chat_id), what="the first reply")
    assert await ready(client) == 200

    private_postgres.stop()  # a crash, as far as the app can tell
    lost = [chat.text("they took my passport"), chat.text("what can I do")]
    for update in lost:
        assert await post(client, update) == 503  # Telegram keeps it and retries
    assert await ready(client) == 503
    web = await client.post("/chat/api/conversations", json={"language": "pl"})
    assert web.status == 503
    assert (await web.json())["error"]["code"] == "unavailable"

    private_postgres.start()
    for _ in range(100):  # the pool notices the restart by itself
        if await ready(client) == 200:
            break
        await asyncio.sleep(0.1)
    assert await ready(client) == 200
    for update in lost:  # the platform's retries
        assert await post(client, update) == 200
    rows = await transcript(client, chat)
    inbound = [m.text for m in rows if m.direction == "in"]
    assert inbound == ["hello", "they took my passport", "what can I do"]  # each once, none half-written
    stored = [m.text for m in rows if m.direction == "out"]
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= len(stored), what="every reply")
    await client.app[OUTBOX].drain()
    sent = bot_api.texts(chat.chat_id)
    assert len(sent) == len(stored)  # each reply once, in order
    assert all(text.startswith(row) for text, row in zip(sent, stored, strict=True))
