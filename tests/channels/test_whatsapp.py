"""WhatsApp over the real webhook endpoint, replies checked at the Graph API emulator."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import select

from bot.appkeys import ENGINE, HELPLINE, OUTBOX
from bot.channels.base import CHANNELS
from bot.channels.whatsapp import WhatsAppAdapter
from bot.clock import utcnow
from bot.db import sessionmaker_for
from bot.i18n import Catalogs
from bot.languages import LANGUAGES
from bot.messages import Button
from bot.models import Conversation, Message, OutboxMessage
from tests.emulators.server import wait_until
from tests.emulators.whatsapp import VERIFY_TOKEN, GraphApiEmulator, Webhooks, encode, sign

from .conftest import whatsapp_settings


async def post(client: TestClient, data: dict[str, Any], signature: str | None = None) -> int:
    body = encode(data)
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature or sign(body)}
    resp = await client.post("/webhooks/whatsapp", data=body, headers=headers)
    await resp.read()
    return resp.status


async def delivered(graph_api: GraphApiEmulator, user: Webhooks, count: int) -> list[dict[str, Any]]:
    await wait_until(lambda: len(graph_api.delivered(user.wa_id)) >= count, what=f"{count} messages")
    return graph_api.delivered(user.wa_id)


async def rows(client: TestClient, model: Any, **where: Any) -> list[Any]:
    async with sessionmaker_for(client.app[ENGINE])() as session:
        return list((await session.execute(select(model).filter_by(**where))).scalars())


async def outbox_statuses(client: TestClient, user: Webhooks) -> list[tuple[str, str | None]]:
    await client.app[OUTBOX].drain()
    return [(r.status, r.last_error) for r in await rows(client, OutboxMessage, chat_id=user.wa_id)]


def adapter(client: TestClient) -> WhatsAppAdapter:
    found = client.app[CHANNELS]["whatsapp"]
    assert isinstance(found, WhatsAppAdapter)
    return found


async def test_verification_handshake(whatsapp: TestClient) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    resp = await whatsapp.get("/webhooks/whatsapp", params=query)
    assert resp.status == 200 and await resp.text() == "1158201444"
    resp = await whatsapp.get("/webhooks/whatsapp", params={**query, "hub.verify_token": "guess"})
    assert resp.status == 403
    assert "1158201444" not in await resp.text()


async def test_bad_or_missing_signature_is_refused_and_nothing_is_processed(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("48600100200")
    data = user.text("hello")
    assert await post(whatsapp, data, signature="sha256=" + "0" * 64) == 401
    assert await post(whatsapp, data, signature=sign(encode(data), "another-secret")) == 401
    resp = await whatsapp.post("/webhooks/whatsapp", data=encode(data))
    assert resp.status == 401
    await asyncio.sleep(0.2)
    assert await rows(whatsapp, Conversation) == []
    assert await rows(whatsapp, Message) == []
    assert graph_api.calls == []


def assert_rendered(stored: Message, sent: dict[str, Any]) -> None:
    """The adapter's choice: text, up to 3 reply buttons, or a list; links as text lines."""
    choices = [b for b in stored.payload.get("buttons", []) if not b.get("url")]
    if not choices:
        assert sent["type"] == "text" and sent["text"]["body"].startswith(stored.text)
        return
    interactive = sent["interactive"]
    assert interactive["body"]["text"].startswith(stored.text)
    if len(choices) <= 3 and all(len(b["title"]) <= 20 for b in choices):
        assert interactive["type"] == "button"
        assert [b["reply"]["id"] for b in interactive["action"]["buttons"]] == [b["id"] for b in choices]
    else:
        assert interactive["type"] == "list"
        rows_ = interactive["action"]["sections"][0]["rows"]
        assert [r["id"] for r in rows_] == [b["id"] for b in choices][:10]
        assert all(len(r["title"]) <= 24 for r in rows_)


async def assert_transcript_delivered(
    client: TestClient, graph_api: GraphApiEmulator, user: Webhooks
) -> None:
    [conv] = await rows(client, Conversation, channel="whatsapp", external_id=user.wa_id)
    stored = [m for m in await rows(client, Message, conversation_id=conv.id) if m.direction == "out"]
    sent = await delivered(graph_api, user, len(stored))
    assert len(sent) == len(stored)
    for row, message in zip(stored, sent, strict=True):
        assert_rendered(row, message)


async def test_whole_conversation_in_spanish_then_romanian(
    whatsapp: TestClient, graph_api: GraphApiEmulator, catalogs: Catalogs
) -> None:
    user = Webhooks("34600111222")
    first = user.text("hola")
    assert await post(whatsapp, first) == 200
    [greeting] = await delivered(graph_api, user, 1)
    # Seven languages do not fit in three reply buttons: the adapter chose a list.
    assert greeting["interactive"]["type"] == "list"
    assert greeting["interactive"]["body"]["text"] == catalogs.text("es", "greeting")
    rows_ = greeting["interactive"]["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows_] == [f"lang:{c}" for c in ("pl", "en", "uk", "ru", "es", "ro", "vi")]
    assert greeting["interactive"]["action"]["button"] == catalogs.text("es", "whatsapp.list_button")
    await wait_until(lambda: graph_api.reads(), what="mark as read")
    assert graph_api.reads() == [first["entry"][0]["changes"][0]["value"]["messages"][0]["id"]]

    assert await post(whatsapp, user.list_reply("lang:es", "Español")) == 200
    sent = await delivered(graph_api, user, 2)
    assert graph_api.texts(user.wa_id)[1] == catalogs.text("es", "language.set", language="Español")
    await assert_transcript_delivered(whatsapp, graph_api, user)

    assert await post(whatsapp, user.button("lang", "Idioma")) == 200
    sent = await delivered(graph_api, user, len(sent) + 1)
    assert graph_api.texts(user.wa_id)[-1] == catalogs.text("es", "language.choose")
    assert await post(whatsapp, user.list_reply("lang:ro", "Română")) == 200
    sent = await delivered(graph_api, user, len(sent) + 1)
    assert catalogs.text("ro", "language.set", language="Română") in graph_api.texts(user.wa_id)
    [conv] = await rows(whatsapp, Conversation, channel="whatsapp", external_id=user.wa_id)
    assert conv.language == "ro"
    await assert_transcript_delivered(whatsapp, graph_api, user)
    assert {s for s, _ in await outbox_statuses(whatsapp, user)} == {"sent"}


async def test_a_redelivered_message_is_processed_once(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("380501112233")
    data = user.text("привіт")
    assert await post(whatsapp, data) == 200
    assert await post(whatsapp, data) == 200
    await delivered(graph_api, user, 1)
    await asyncio.sleep(0.2)
    assert len(graph_api.delivered(user.wa_id)) == 1
    assert len([m for m in await rows(whatsapp, Message) if m.direction == "in"]) == 1


async def test_status_events_are_accepted_and_answer_nothing(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("48600100201")
    assert await post(whatsapp, user.status("wamid.X", "delivered")) == 200
    assert await post(whatsapp, user.status("wamid.Y", "failed")) == 200
    await asyncio.sleep(0.1)
    assert graph_api.calls == []


async def test_an_image_gets_a_short_answer_and_is_kept(
    whatsapp: TestClient, graph_api: GraphApiEmulator, catalogs: Catalogs
) -> None:
    user = Webhooks("84901234567")
    assert await post(whatsapp, user.text("xin chào")) == 200
    await delivered(graph_api, user, 1)
    assert await post(whatsapp, user.image()) == 200
    await delivered(graph_api, user, 2)
    media_reply = graph_api.texts(user.wa_id)[1]
    assert media_reply in {catalogs.text(lang, "media.unsupported") for lang in LANGUAGES}
    kept = [m.payload.get("attachments") for m in await rows(whatsapp, Message) if m.direction == "in"]
    assert kept[1] == [{"kind": "image", "media_id": "MEDIA-1", "mime_type": "image/jpeg"}]


async def _conversation(whatsapp: TestClient, graph_api: GraphApiEmulator, user: Webhooks) -> str:
    assert await post(whatsapp, user.text("hello")) == 200
    await delivered(graph_api, user, 1)
    await wait_until(lambda: graph_api.reads(), what="mark as read")
    [conv] = await rows(whatsapp, Conversation, external_id=user.wa_id)
    return str(conv.id)


async def test_a_long_message_is_split_to_the_limit(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("48600100202")
    conv = await _conversation(whatsapp, graph_api, user)
    long_text = "\n\n".join(["One sentence of advice here. " * 40] * 5)
    assert len(long_text) > 4096
    call = Button("call", "KCIK", url="tel:+48226280120")
    await whatsapp.app[HELPLINE].push(conv, long_text, buttons=(call,))
    await wait_until(lambda: len(graph_api.delivered(user.wa_id)) >= 3, what="parts")
    await whatsapp.app[OUTBOX].drain()
    parts = graph_api.delivered(user.wa_id)[1:]
    assert all(p["type"] == "text" and len(p["text"]["body"]) <= 4096 for p in parts)
    joined = " ".join(" ".join(p["text"]["body"].split()) for p in parts)
    assert joined.startswith(" ".join(long_text.split()))
    assert "+48226280120" in parts[-1]["text"]["body"]  # a phone link as text: reply buttons cannot dial


async def test_outside_the_24_hour_window_a_reply_is_held_then_delivered_when_the_user_writes(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("48600100203")
    conv = await _conversation(whatsapp, graph_api, user)
    wa = adapter(whatsapp)
    wa.now = lambda: utcnow() + timedelta(hours=25)
    await whatsapp.app[HELPLINE].push(conv, "A consultant answers the next day.")
    await whatsapp.app[OUTBOX].drain()
    statuses = await outbox_statuses(whatsapp, user)
    assert statuses[-1][0] == "held" and (statuses[-1][1] or "").startswith("held_window")
    assert len(graph_api.delivered(user.wa_id)) == 1  # nothing sent: no template configured

    assert await post(whatsapp, user.text("are you there?")) == 200  # the window opens again
    await delivered(graph_api, user, 3)
    texts = graph_api.texts(user.wa_id)
    assert texts[1] == "A consultant answers the next day."  # the held one first, then the reply
    assert {s for s, _ in await outbox_statuses(whatsapp, user)} == {"sent"}


async def test_outside_the_window_a_configured_template_invites_the_user_back(
    make_client: Any, graph_api: GraphApiEmulator
) -> None:
    client = await make_client(
        **whatsapp_settings(graph_api, whatsapp_window_template="helpline_reply_waiting")
    )
    user = Webhooks("48600100204")
    conv = await _conversation(client, graph_api, user)
    adapter(client).now = lambda: utcnow() + timedelta(hours=30)
    await client.app[HELPLINE].push(conv, "First answer.")
    await client.app[HELPLINE].push(conv, "Second answer.")
    await delivered(graph_api, user, 2)
    await client.app[OUTBOX].drain()
    assert graph_api.texts(user.wa_id)[1:] == ["[template helpline_reply_waiting]"]  # once, not per message
    assert [s for s, _ in await outbox_statuses(client, user)][-2:] == ["held", "held"]


async def test_graph_error_codes_become_outbox_outcomes(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    user = Webhooks("48600100205")
    conv = await _conversation(whatsapp, graph_api, user)
    helpline = whatsapp.app[HELPLINE]

    graph_api.fail(130429, status=400, times=2)  # throughput: try again later
    await helpline.push(conv, "after a throughput limit")
    await delivered(graph_api, user, 2)

    graph_api.fail(131047)  # re-engagement: the platform says the window is closed
    await helpline.push(conv, "window closed")
    graph_api.fail(131026)  # undeliverable
    await helpline.push(conv, "undeliverable")
    await asyncio.sleep(0.1)
    statuses = await outbox_statuses(whatsapp, user)
    assert [s for s, _ in statuses] == ["sent", "sent", "held", "failed"]
    assert "131026" in (statuses[-1][1] or "")


async def test_an_expired_token_keeps_the_message_for_later(
    make_client: Any, graph_api: GraphApiEmulator
) -> None:
    client = await make_client(**whatsapp_settings(graph_api, whatsapp_access_token="expired"))
    user = Webhooks("48600100206")
    assert await post(client, user.text("hello")) == 200
    await wait_until(lambda: len(graph_api.calls) >= 2, what="attempts")
    await asyncio.sleep(0.1)
    [row] = [r for r in await rows(client, OutboxMessage) if r.chat_id == user.wa_id]
    assert row.status in ("queued", "sending") and "190" in (row.last_error or "")


async def test_graph_api_down_for_a_while_then_back_loses_nothing(
    whatsapp: TestClient, graph_api: GraphApiEmulator
) -> None:
    await graph_api.server.down()
    user = Webhooks("40712345678")
    for text in ("salut", "am nevoie de ajutor", "limba"):
        assert await post(whatsapp, user.text(text)) == 200
    await asyncio.sleep(0.5)
    assert graph_api.delivered() == []
    await graph_api.server.up()
    await assert_transcript_delivered(whatsapp, graph_api, user)  # all of them, in order
