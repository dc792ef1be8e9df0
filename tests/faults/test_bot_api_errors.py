"""The Bot API answers 5xx and then 429 for a while: delivery resumes by itself, in order per chat,
each reply once. (A single 429 and a refused connection are in tests/channels/test_telegram.py.)"""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.appkeys import ENGINE, OUTBOX
from bot.db import sessionmaker_for
from bot.models import Conversation, Message
from tests.channels.conftest import SECRET, telegram_settings
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates


async def stored_replies(client: TestClient, chat: Updates) -> list[str]:
    async with sessionmaker_for(client.app[ENGINE])() as session:
        query = select(Conversation).filter_by(channel="telegram", external_id=str(chat.chat_id))
        conv = (await session.execute(query)).scalar_one()
        rows = await session.execute(select(Message).filter_by(conversation_id=conv.id).order_by(Message.id))
        return [m.text for m in rows.scalars() if m.direction == "out"]


async def test_5xx_then_429_for_a_while_then_every_reply_in_order(
    make_client: Any, bot_api: BotApiEmulator
) -> None:
    client: TestClient = await make_client(**telegram_settings(bot_api))
    bot_api.fail("sendMessage", 502, times=3)
    bot_api.fail("sendMessage", 500, times=2)
    bot_api.fail("sendMessage", 429, times=2, retry_after=1)
    ana, ben = Updates(9201, "pl"), Updates(9202, "en")
    for text in ("hello", "how do I check a job offer", "thank you"):
        for chat in (ana, ben):
            resp = await client.post("/webhooks/telegram", json=chat.text(text), headers={
                "X-Telegram-Bot-Api-Secret-Token": SECRET
            })  # fmt: skip
            assert resp.status == 200
    for chat in (ana, ben):
        stored = await stored_replies(client, chat)
        count, chat_id = len(stored), chat.chat_id
        await wait_until(lambda: len(bot_api.sent(chat_id)) >= count, within=30, what="every reply")  # noqa: B023
        sent = bot_api.texts(chat.chat_id)
        assert len(sent) == len(stored)  # once each
        assert all(text.startswith(row) for text, row in zip(sent, stored, strict=True))  # in order
    statuses = [c.params.get("_ok") for c in bot_api.attempts("sendMessage")]
    assert statuses.count(False) + statuses.count(None) >= 7  # the failures really happened
    await client.app[OUTBOX].drain()
