"""The whole path: a risky message -> a case in the queue -> a consultant claims and replies -> the
user reads it -> close -> back to the bot. Web chat over real HTTP; push channels through their pusher."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient

from bot.appkeys import HELPLINE
from bot.messages import InboundMessage, OutboundMessage
from bot.store import ConversationRecord

from .conftest import Login, NewUser

KCIK = "+48 22 628 01 20"


def texts(rows: list[dict[str, Any]]) -> str:
    return "\n".join(r["text"] for r in rows)


async def test_risky_web_message_reaches_a_consultant_and_the_reply_reaches_the_user(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk,pl")
    user = await new_user("uk")

    replies = await user.say("They took my passport and I cannot leave")
    said = texts(replies)
    assert "112" in said and KCIK in said  # the emergency message comes first
    assert "Ваше місце в черзі: 1." in said  # then the place in the queue, in Ukrainian
    assert replies[-1]["buttons"] == [{"id": "handoff:cancel", "title": "Назад до бота"}]

    queue = await ala.get("/api/queue")
    [case] = queue["cases"]
    assert case["level"] == "critical" and case["language"] == "uk" and case["channel"] == "web"
    assert case["indicators"] == [{"id": "document_retention", "evidence": "took my passport"}]
    assert case["offered"] and case["position"] == 1

    # A page open on the user's side receives what the consultant writes, live.
    async with hclient.ws_connect(
        f"/chat/api/conversations/{user.conversation_id}/ws?token={user.token}&after=999999"
    ) as ws:
        await ala.post(f"/api/cases/{case['id']}/claim")
        joined = await asyncio.wait_for(ws.receive_json(), 10)
        assert joined["sender"] == "system" and "Консультант приєднався" in joined["text"]

        # While the consultant has the case, the bot is quiet and the message reaches the case.
        assert await user.say("I am in Gdansk, at the farm") == []
        view = await ala.get(f"/api/cases/{case['id']}")
        assert view["transcript"][-1]["text"] == "I am in Gdansk, at the farm"
        [chose] = [r for r in view["transcript"] if r.get("button") == "lang:uk"]
        assert chose["button_title"] == "Українська"  # what the user saw on the button they pressed
        assert view["nlu"]["level"] == "critical"
        assert {"id": "document_retention", "evidence": "took my passport"} in view["nlu"]["indicators"]
        assert any("+48 22 628 01 20" in c["text"] and "KCIK" in c["text"] for c in view["canned"])
        assert "Ви зараз у безпечному місці?" in [c["text"] for c in view["canned"]]

        sent = await ala.post(
            f"/api/cases/{case['id']}/messages", {"text": "Hello, I am Ala. Are you safe?"}, 201
        )
        live = await asyncio.wait_for(ws.receive_json(), 10)
        assert live["text"] == "Hello, I am Ala. Are you safe?" and live["sender"] == "consultant"
        assert live["id"] == sent["message"]["id"]

    # Only the emergency words still get an answer from the bot.
    emergency = await user.say("help 112")
    assert len(emergency) == 1 and "112" in emergency[0]["text"]
    for words in ("cứu tôi", "salvați-mă", "SOS"):  # the dialogue's own list, in every language
        answer = await user.say(words)
        assert len(answer) == 1 and "112" in answer[0]["text"], words
    assert await user.say("can you help me read my contract later") == []  # a question, not danger
    # "I'm in danger now" under an earlier concern message (Telegram keeps old buttons tappable)
    pressed = await user.say(button="f:concern:high:danger")
    assert len(pressed) == 1 and "112" in pressed[0]["text"]

    await ala.post(f"/api/cases/{case['id']}/close", {"outcome": "presumed_victim_identified"})
    rows = await user.messages()
    assert rows[-1]["sender"] == "system" and KCIK in rows[-1]["text"] and "info@kcik.pl" in rows[-1]["text"]
    # Back with the bot: it answers again.
    assert await user.say("hello") != []
    assert (await ala.get("/api/queue"))["cases"] == []


async def test_push_channels_get_the_consultant_reply_through_their_pusher(
    hclient: TestClient, login: Login
) -> None:
    helpline = hclient.app[HELPLINE]
    ola = await login("ola", languages="ro,es")
    for channel, language in (("telegram", "ro"), ("whatsapp", "es")):
        delivered: list[OutboundMessage] = []

        async def pusher(
            conv: ConversationRecord, messages: list[OutboundMessage], box: Any = delivered
        ) -> None:
            box.extend(messages)

        helpline.register_pusher(channel, pusher)
        conv, _ = await helpline.start(channel, external_id=f"chat-{channel}", language_hint=language)
        handled = await helpline.handle(
            conv,
            InboundMessage(
                channel, conv.id, text="I was not paid for two months, unpaid", language_hint=language
            ),
        )
        assert any("{position}" not in r.text and "1" in r.text for r in handled.replies)
        [case] = (await ola.get("/api/queue"))["cases"]
        assert case["channel"] == channel and case["level"] == "high"
        await ola.post(f"/api/cases/{case['id']}/claim")
        await ola.post(
            f"/api/cases/{case['id']}/messages", {"text": f"Hola from the console ({channel})"}, 201
        )
        assert [m.sender for m in delivered] == ["system", "consultant"]
        assert delivered[-1].text == f"Hola from the console ({channel})"
        await ola.post(f"/api/cases/{case['id']}/close", {"outcome": "information_given"})
        assert delivered[-1].sender == "system" and KCIK in delivered[-1].text
