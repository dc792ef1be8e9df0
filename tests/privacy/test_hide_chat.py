"""'Hide this chat' on Telegram: the bot deletes what it sent in the last 48 hours (deleteMessage at the
Bot API emulator) and explains how to delete the chat; the explanation itself stays."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import text

from bot.appkeys import ENGINE
from bot.i18n import Catalogs
from tests.channels.conftest import SECRET, telegram_settings
from tests.conftest import AppClient
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates


async def post(client: TestClient, update: dict[str, Any]) -> None:
    resp = await client.post(
        "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert resp.status == 200


async def test_hide_deletes_the_bots_messages_and_explains(
    make_client: AppClient, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    client = await make_client(**telegram_settings(bot_api))
    chat = Updates(8101, language_code="uk")
    await post(client, chat.text("/start"))
    await post(client, chat.press("lang:uk"))
    await post(client, chat.text("привіт"))
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= 4, what="four replies")

    async def ids_kept() -> int:
        async with client.app[ENGINE].connect() as conn:
            sql = "SELECT count(*) FROM outbox WHERE platform_message_id IS NOT NULL"
            return int((await conn.execute(text(sql))).scalar_one())

    for _ in range(100):  # each id is written right after its send; wait for the last one
        before = len(bot_api.sent(chat.chat_id))
        if await ids_kept() == before:
            break
        await asyncio.sleep(0.05)
    assert await ids_kept() == before == len(bot_api.sent(chat.chat_id))

    await post(client, chat.text("/hide"))
    explanation = catalogs.text("uk", "privacy.hide.telegram")
    await wait_until(lambda: explanation in bot_api.texts(chat.chat_id), what="the explanation")
    await wait_until(lambda: len(bot_api.attempts("deleteMessage")) >= before, what="deletions")
    deleted = {int(c.params["message_id"]) for c in bot_api.attempts("deleteMessage")}
    assert deleted == set(range(1000, 1000 + before))  # every earlier message, not the explanation
    assert all(str(c.params["chat_id"]) == "8101" for c in bot_api.attempts("deleteMessage"))
    assert "48" in explanation

    # asked again, nothing is deleted twice
    await post(client, chat.press("privacy:hide"))
    await wait_until(lambda: bot_api.texts(chat.chat_id).count(explanation) == 2, what="second explanation")
    await wait_until(
        lambda: len(bot_api.attempts("deleteMessage")) >= before + 1, what="the first explanation"
    )
    deleted_again = [int(c.params["message_id"]) for c in bot_api.attempts("deleteMessage")][before:]
    assert deleted_again == [1000 + before]  # only the first explanation, sent since


async def test_forget_me_on_telegram_confirms_in_the_chat_and_keeps_nothing(
    make_client: AppClient, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    client = await make_client(**telegram_settings(bot_api))
    chat = Updates(8102, language_code="pl", first_name="Bożena")
    await post(client, chat.text("/start"))
    await post(client, chat.press("lang:pl"))
    await post(client, chat.text("szef zabrał mi paszport, mieszkam ul. Kwiatowa 12"))
    await post(client, chat.text("/forget"))
    await wait_until(
        lambda: catalogs.text("pl", "privacy.forget.ask") in bot_api.texts(chat.chat_id), what="ask"
    )
    await post(client, chat.press("privacy:forget:yes"))
    done = catalogs.text("pl", "privacy.forget.done")
    await wait_until(lambda: done in bot_api.texts(chat.chat_id), what="the confirmation")
    async with client.app[ENGINE].connect() as conn:
        messages = (await conn.execute(text("SELECT count(*) FROM messages"))).scalar_one()
        names = (await conn.execute(text("SELECT profile_name FROM conversations"))).scalars().all()
        counts = (await conn.execute(text("SELECT event, channel, count FROM anonymous_counts"))).all()
    assert messages == 0 and names == [None]
    assert [tuple(c) for c in counts] == [("forgotten", "telegram", 1)]
    # the next message starts afresh in the same chat
    await post(client, chat.text("cześć"))
    greeting = catalogs.text("pl", "greeting")
    await wait_until(lambda: bot_api.texts(chat.chat_id)[-1] == greeting, what="a fresh greeting")
