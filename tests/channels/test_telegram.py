"""Telegram over the real webhook endpoint, replies checked where they land: at the Bot API emulator."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from bot.appkeys import ENGINE, HELPLINE, OUTBOX
from bot.db import sessionmaker_for
from bot.i18n import Catalogs
from bot.messages import Button
from bot.models import Conversation, InboundSeen, Message, OutboxMessage
from tests.emulators.server import wait_until
from tests.emulators.telegram import TOKEN, BotApiEmulator, Updates

from .conftest import SECRET, telegram_settings

HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def post(client: TestClient, update: dict[str, Any], secret: str | None = SECRET) -> int:
    headers = {HEADER: secret} if secret is not None else {}
    resp = await client.post("/webhooks/telegram", json=update, headers=headers)
    await resp.read()
    return resp.status


async def replies(bot_api: BotApiEmulator, chat: Updates, count: int) -> list[dict[str, Any]]:
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= count, what=f"{count} replies")
    return bot_api.sent(chat.chat_id)


async def rows(client: TestClient, model: Any, **where: Any) -> list[Any]:
    async with sessionmaker_for(client.app[ENGINE])() as session:
        query = select(model).filter_by(**where).order_by(*model.__table__.primary_key.columns)  # in id order
        return list((await session.execute(query)).scalars())


def buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in (params.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]


async def assert_transcript_delivered(client: TestClient, bot_api: BotApiEmulator, chat: Updates) -> None:
    """Every stored reply reached Telegram, in order, its choices as inline buttons."""
    [conv] = await rows(client, Conversation, channel="telegram", external_id=str(chat.chat_id))
    stored = [m for m in await rows(client, Message, conversation_id=conv.id) if m.direction == "out"]
    sent = await replies(bot_api, chat, len(stored))
    assert len(sent) == len(stored)
    for row, message in zip(stored, sent, strict=True):
        assert message["text"].startswith(row.text)
        choices = [b["id"] for b in row.payload.get("buttons", []) if not b.get("url")]
        assert [b.get("callback_data") for b in buttons(message) if "callback_data" in b] == choices
        assert all(b["url"].startswith(("http", "tg:")) for b in buttons(message) if "url" in b)
    await client.app[OUTBOX].drain()
    assert {o.status for o in await client.app[OUTBOX].store.for_conversation(conv.id)} == {"sent"}


async def test_whole_conversation_in_ukrainian_then_polish(
    telegram: TestClient, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    chat = Updates(7001, language_code="uk")
    assert await post(telegram, chat.text("/start")) == 200
    [greeting] = await replies(bot_api, chat, 1)
    assert greeting["text"] == catalogs.text("uk", "greeting")
    assert {b["callback_data"] for b in buttons(greeting)} == {
        f"lang:{code}" for code in ("pl", "en", "uk", "ru", "es", "ro", "vi")
    }

    assert await post(telegram, chat.press("lang:uk")) == 200
    sent = await replies(bot_api, chat, 2)
    assert sent[1]["text"] == catalogs.text("uk", "language.set", language="Українська")
    await wait_until(lambda: bot_api.attempts("answerCallbackQuery"), what="callback answered")
    await assert_transcript_delivered(telegram, bot_api, chat)

    count = len(bot_api.sent(chat.chat_id))
    assert await post(telegram, chat.text("/language")) == 200
    sent = await replies(bot_api, chat, count + 1)
    assert sent[count]["text"] == catalogs.text("uk", "language.choose")

    assert await post(telegram, chat.press("lang:pl")) == 200
    sent = await replies(bot_api, chat, count + 2)
    assert sent[count + 1]["text"] == catalogs.text("pl", "language.set", language="Polski")

    assert await post(telegram, chat.text("dzień dobry")) == 200
    assert await post(telegram, chat.text("/help")) == 200
    await assert_transcript_delivered(telegram, bot_api, chat)
    [conv] = await rows(telegram, Conversation, channel="telegram", external_id="7001")
    assert conv.language == "pl"
    inbound = [m for m in await rows(telegram, Message, conversation_id=conv.id) if m.direction == "in"]
    assert [m.payload.get("button") for m in inbound][-4:] == ["lang", "lang:pl", None, "menu"]


async def test_deep_link_keeps_the_campaign_and_preselects_the_language(
    telegram: TestClient, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    chat = Updates(7002, language_code="en")
    assert await post(telegram, chat.text("/start poster-ro_2026")) == 200
    [greeting] = await replies(bot_api, chat, 1)
    assert greeting["text"] == catalogs.text("ro", "greeting")
    [conv] = await rows(telegram, Conversation, external_id="7002")
    assert conv.campaign == "poster-ro_2026"

    other = Updates(7003, language_code="es")
    assert await post(telegram, other.text("/start bad payload!")) == 200
    [greeting] = await replies(bot_api, other, 1)
    assert greeting["text"] == catalogs.text("es", "greeting")  # the user's own language_code
    [conv] = await rows(telegram, Conversation, external_id="7003")
    assert conv.campaign is None

    # A later deep link gives a campaign to a chat that had none, and never overwrites one.
    assert await post(telegram, other.text("/start radio_uk")) == 200
    await replies(bot_api, other, 2)
    assert await post(telegram, other.text("/start tv_pl")) == 200
    await replies(bot_api, other, 3)
    [conv] = await rows(telegram, Conversation, external_id="7003")
    assert conv.campaign == "radio_uk"


async def test_wrong_or_missing_secret_is_refused_and_nothing_is_processed(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    chat = Updates(7004)
    assert await post(telegram, chat.text("hello"), secret="wrong") == 403
    assert await post(telegram, chat.text("hello"), secret=None) == 403
    resp = await telegram.post("/webhooks/telegram", data=b"not json", headers={HEADER: "x"})
    assert resp.status == 403
    await asyncio.sleep(0.2)
    assert await rows(telegram, Conversation) == []
    assert await rows(telegram, Message) == []
    assert bot_api.sent() == []


async def test_a_replayed_update_is_answered_and_processed_once(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    chat = Updates(7005)
    update = chat.text("hello")
    assert await post(telegram, update) == 200
    assert await post(telegram, update) == 200
    await replies(bot_api, chat, 1)
    await asyncio.sleep(0.2)
    assert len(bot_api.sent(chat.chat_id)) == 1
    inbound = [m for m in await rows(telegram, Message) if m.direction == "in"]
    assert len(inbound) == 1


async def test_429_then_success_honours_retry_after(telegram: TestClient, bot_api: BotApiEmulator) -> None:
    bot_api.fail("sendMessage", 429, times=1, retry_after=1)
    chat = Updates(7006)
    assert await post(telegram, chat.text("hello")) == 200
    await replies(bot_api, chat, 1)
    first, second = bot_api.attempts("sendMessage")[:2]
    assert second.at - first.at >= 0.95  # not before Telegram said
    await telegram.app[OUTBOX].drain()
    [row] = await rows(telegram, OutboxMessage)
    assert row.status == "sent" and row.attempts == 2


async def test_api_down_for_a_while_then_back_loses_nothing_and_keeps_order_per_chat(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    await bot_api.server.down()
    ana, ben = Updates(7010, "pl"), Updates(7011, "en")
    for n in range(3):
        assert await post(telegram, ana.text(f"ana {n}")) == 200
        assert await post(telegram, ben.text(f"ben {n}")) == 200
    press = ana.press("lang:pl")
    assert await post(telegram, press) == 200
    await asyncio.sleep(0.6)  # a few failed attempts
    assert bot_api.sent() == []
    await bot_api.server.up()
    for chat in (ana, ben):
        [conv] = await rows(telegram, Conversation, external_id=str(chat.chat_id))
        stored = [
            m.text for m in await rows(telegram, Message, conversation_id=conv.id) if m.direction == "out"
        ]
        assert len(stored) >= 3  # at least one reply to each message
        await replies(bot_api, chat, len(stored))
        assert bot_api.texts(chat.chat_id) == stored  # all of them, in the order they were written


async def test_photo_voice_and_location_get_a_short_answer_and_are_kept(
    telegram: TestClient, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    chat = Updates(7020, "ru")
    assert await post(telegram, chat.text("/start")) == 200
    assert await post(telegram, chat.photo()) == 200
    sent = await replies(bot_api, chat, 3)
    assert sent[1]["text"] == catalogs.text("ru", "media.unsupported")
    assert await post(telegram, chat.voice()) == 200
    assert await post(telegram, chat.location()) == 200
    await replies(bot_api, chat, 7)
    [conv] = await rows(telegram, Conversation, external_id="7020")
    kept = [
        m.payload["attachments"][0]
        for m in await rows(telegram, Message, conversation_id=conv.id)
        if m.direction == "in" and m.payload.get("attachments")
    ]
    assert [a["kind"] for a in kept] == ["photo", "voice", "location"]
    assert kept[0]["file_id"] == "AgAD-big"  # the largest size, for a consultant to fetch


async def test_an_edited_message_is_read_as_a_new_one(telegram: TestClient, bot_api: BotApiEmulator) -> None:
    chat = Updates(7021)
    assert await post(telegram, chat.text("helo")) == 200
    await replies(bot_api, chat, 1)
    assert await post(telegram, chat.edited(1, "hello")) == 200
    await replies(bot_api, chat, 2)
    [conv] = await rows(telegram, Conversation, external_id="7021")
    inbound = [m.text for m in await rows(telegram, Message, conversation_id=conv.id) if m.direction == "in"]
    assert inbound == ["helo", "hello"]


async def test_a_long_message_is_split_and_a_phone_link_becomes_text(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    chat = Updates(7022)
    assert await post(telegram, chat.text("hello")) == 200
    await replies(bot_api, chat, 1)
    [conv] = await rows(telegram, Conversation, external_id="7022")
    paragraph = "A consultant writes a long answer with many sentences. " * 30
    long_text = "\n\n".join([paragraph.strip()] * 6)
    assert len(long_text) > 4096
    call = Button("call", "KCIK 24/7", url="tel:+48226280120")
    await telegram.app[HELPLINE].push(conv.id, long_text, buttons=(call, Button("menu", "Menu")))
    sent = await replies(bot_api, chat, 4)
    parts = sent[1:]
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert " ".join(" ".join(p["text"].split()) for p in parts).startswith(" ".join(long_text.split()))
    assert "+48226280120" in parts[-1]["text"]
    assert [b.get("callback_data") for b in buttons(parts[-1])] == ["menu"]  # no tel: url button


async def test_a_reply_survives_a_restart(make_client: Any, bot_api: BotApiEmulator, settings: Any) -> None:
    first = await make_client(**telegram_settings(bot_api))
    await bot_api.server.down()
    chat = Updates(7030)
    assert await post(first, chat.text("hello")) == 200
    assert await post(first, chat.text("again")) == 200
    await asyncio.sleep(0.3)
    await first.close()  # the process stops with both replies unsent
    await bot_api.server.up()
    second = await make_client(**telegram_settings(bot_api))
    await assert_transcript_delivered(second, bot_api, chat)  # every reply, once, in order


async def test_polling_mode_reads_updates_without_a_webhook(
    make_client: Any, bot_api: BotApiEmulator, catalogs: Catalogs
) -> None:
    await make_client(**telegram_settings(bot_api, telegram_mode="polling", telegram_webhook_secret=""))
    chat = Updates(7040, "vi")
    bot_api.push_update(chat.text("/start"))
    [greeting] = await replies(bot_api, chat, 1)
    assert greeting["text"] == catalogs.text("vi", "greeting")


async def test_cli_sets_the_webhook_with_the_secret(bot_api: BotApiEmulator) -> None:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_MODE": "webhook",
        "TELEGRAM_API_BASE_URL": bot_api.url,
    }
    helpline = os.path.join(os.path.dirname(sys.executable), "helpline")
    proc = await asyncio.create_subprocess_exec(
        helpline,
        "telegram",
        "set-webhook",
        "https://helpline.example.org/webhooks/telegram",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    assert bot_api.webhook["url"] == "https://helpline.example.org/webhooks/telegram"
    assert bot_api.webhook["secret_token"] == SECRET
    assert SECRET not in out.decode()


async def test_nothing_is_left_unsent(telegram: TestClient, bot_api: BotApiEmulator) -> None:
    chat = Updates(7050)
    for n in range(5):
        assert await post(telegram, chat.text(f"message {n}")) == 200
    await replies(bot_api, chat, 5)
    async with sessionmaker_for(telegram.app[ENGINE])() as session:
        await telegram.app[OUTBOX].drain()
        unsent = (
            await session.execute(
                select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status != "sent")
            )
        ).scalar_one()
    assert unsent == 0


async def test_with_redis_a_replayed_update_is_processed_once(
    make_client: Any, bot_api: BotApiEmulator, redis_prefix: str
) -> None:
    from tests.conftest import REDIS_URL

    client = await make_client(**telegram_settings(bot_api, redis_url=REDIS_URL, redis_prefix=redis_prefix))
    chat = Updates(7060)
    update = chat.text("hello")
    assert await post(client, update) == 200
    assert await post(client, update) == 200
    await assert_transcript_delivered(client, bot_api, chat)
    inbound = [m for m in await rows(client, Message) if m.direction == "in"]
    assert len(inbound) == 1
    [seen] = await rows(client, InboundSeen)  # the done mark commits with the replies too (crash-safe)
    assert seen.done
