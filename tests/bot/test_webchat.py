"""The web chat over real HTTP: whole conversations, language changes, and every bad input."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import func, select, update

from bot.appkeys import ENGINE, HELPLINE
from bot.clock import utcnow
from bot.db import sessionmaker_for
from bot.models import Conversation, Message


async def start(client: TestClient, **body: Any) -> dict[str, Any]:
    resp = await client.post("/chat/api/conversations", json=body or None)
    assert resp.status == 201
    data: dict[str, Any] = await resp.json()
    return data


async def say(client: TestClient, conv: dict[str, Any], status: int = 200, **body: Any) -> dict[str, Any]:
    resp = await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json=body,
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    data: dict[str, Any] = await resp.json()
    assert resp.status == status, data
    return data


async def count_messages(client: TestClient) -> int:
    async with sessionmaker_for(client.app[ENGINE])() as session:
        return int((await session.execute(select(func.count()).select_from(Message))).scalar_one())


async def test_first_contact_offers_seven_languages_named_in_their_own_language(client: TestClient) -> None:
    conv = await start(client)
    assert set(conv) >= {"conversation_id", "token", "replies"}
    greeting = conv["replies"][0]
    titles = {b["id"]: b["title"] for b in greeting["buttons"]}
    assert titles == {
        "lang:pl": "Polski",
        "lang:en": "English",
        "lang:uk": "Українська",
        "lang:ru": "Русский",
        "lang:es": "Español",
        "lang:ro": "Română",
        "lang:vi": "Tiếng Việt",
    }
    assert "language" in greeting["text"].lower()


async def test_whole_conversation_in_polish_then_ukrainian(client: TestClient) -> None:
    conv = await start(client)
    reply = await say(client, conv, button="lang:pl")
    assert reply["language"] == "pl"
    assert "Język: Polski" in reply["replies"][0]["text"]
    assert "Menu główne" in reply["replies"][1]["text"]
    assert "+48 22 628 01 20" in reply["replies"][1]["text"]

    reply = await say(client, conv, text="dzień dobry")
    assert "Menu główne" in reply["replies"][0]["text"]  # the choice is remembered

    reply = await say(client, conv, text="Język")  # the word changes it at any time
    assert reply["replies"][0]["text"] == "Wybierz język:"
    assert len(reply["replies"][0]["buttons"]) == 7

    reply = await say(client, conv, button="lang:uk")
    assert reply["language"] == "uk"
    assert "Головне меню" in reply["replies"][1]["text"]

    reply = await say(client, conv, text="мова")
    assert reply["replies"][0]["text"] == "Оберіть мову:"
    reply = await say(client, conv, button="lang")  # the menu's own language button
    assert reply["replies"][0]["text"] == "Оберіть мову:"

    # Every message in and out is in the transcript, in order.
    resp = await client.get(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    rows = (await resp.json())["messages"]
    assert [r["direction"] for r in rows] == [
        "out",
        "in",
        "out",
        "out",
        "in",
        "out",
        "in",
        "out",
        "in",
        "out",
        "out",
        "in",
        "out",
        "in",
        "out",
    ]
    assert rows[1]["text"] == "" and rows[4]["text"] == "dzień dobry"
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)


async def test_language_word_works_in_every_language(client: TestClient) -> None:
    conv = await start(client)
    await say(client, conv, button="lang:en")
    for word, expected in [
        ("language", "Choose your language:"),
        ("JEZYK", "Choose your language:"),
        ("язык", "Choose your language:"),
        ("idioma!", "Choose your language:"),
        ("limba", "Choose your language:"),
        ("ngôn ngữ", "Choose your language:"),
    ]:
        reply = await say(client, conv, text=word)
        assert reply["replies"][0]["text"] == expected, word


async def test_browser_language_is_a_hint_for_the_greeting(client: TestClient) -> None:
    resp = await client.post("/chat/api/conversations", headers={"Accept-Language": "es-MX,es;q=0.9"})
    data = await resp.json()
    assert data["language"] == "es"
    assert data["replies"][0]["text"].startswith("¡Hola!")
    data = await start(client, language="vi")
    assert data["replies"][0]["text"].startswith("Xin chào")


async def test_unknown_button_is_explained_not_dropped(client: TestClient) -> None:
    conv = await start(client)
    await say(client, conv, button="lang:ro")
    reply = await say(client, conv, button="no-such-button")
    assert reply["replies"][0]["text"] == "Butonul acesta nu mai funcționează. Iată meniul."
    assert "Meniul principal" in reply["replies"][1]["text"]


async def test_bad_inputs_get_clear_errors_and_write_nothing(client: TestClient) -> None:
    conv = await start(client)
    cid, token = conv["conversation_id"], conv["token"]
    url = f"/chat/api/conversations/{cid}/messages"
    auth = {"Authorization": f"Bearer {token}"}
    before = await count_messages(client)

    cases: list[tuple[dict[str, Any], int, str]] = [
        ({"data": b"{not json", "headers": auth}, 400, "bad_request"),
        ({"data": b"[1, 2]", "headers": auth}, 400, "bad_request"),
        ({"json": {"text": 5}, "headers": auth}, 400, "bad_request"),
        ({"json": {"button": ["x"]}, "headers": auth}, 400, "bad_request"),
        ({"json": {"text": "a", "button": "b"}, "headers": auth}, 400, "bad_request"),
        ({"json": {}, "headers": auth}, 400, "bad_request"),
        ({"json": {"text": "   "}, "headers": auth}, 400, "bad_request"),
        ({"json": {"text": "hi", "extra": 1}, "headers": auth}, 400, "bad_request"),
        ({"json": {"text": "x" * 4097}, "headers": auth}, 413, "too_large"),
        ({"data": b"x" * (300 * 1024), "headers": auth}, 413, "too_large"),
        ({"json": {"text": "hi"}}, 401, "unauthorized"),
        ({"json": {"text": "hi"}, "headers": {"Authorization": "Bearer wrong"}}, 403, "forbidden"),
        ({"json": {"text": "hi"}, "headers": {"Authorization": token}}, 401, "unauthorized"),
    ]
    for kwargs, status, code in cases:
        resp = await client.post(url, **kwargs)
        body = await resp.json()
        assert resp.status == status, (kwargs.get("json"), body)
        assert body["error"]["code"] == code
        assert body["error"]["message"]

    for path in (
        "/chat/api/conversations/" + "0" * 32 + "/messages",
        "/chat/api/conversations/nope/messages",
    ):
        resp = await client.post(path, json={"text": "hi"}, headers=auth)
        assert resp.status == 404
        assert (await resp.json())["error"]["code"] == "not_found"

    resp = await client.post("/chat/api/conversations", data=b"{oops")
    assert resp.status == 400
    resp = await client.post("/chat/api/conversations", json={"campaign": "bad code!"})
    assert resp.status == 400

    assert await count_messages(client) == before
    await say(client, conv, text="x" * 4096)  # the limit itself is fine


async def test_expired_conversation_is_gone(client: TestClient) -> None:
    conv = await start(client)
    async with sessionmaker_for(client.app[ENGINE]).begin() as session:
        await session.execute(update(Conversation).values(last_activity_at=utcnow() - timedelta(days=30)))
    before = await count_messages(client)
    resp = await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json={"text": "hello"},
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    assert resp.status == 410
    assert (await resp.json())["error"]["code"] == "expired"
    assert await count_messages(client) == before


async def test_websocket_pushes_later_messages(client: TestClient) -> None:
    conv = await start(client)
    cid = conv["conversation_id"]
    helpline = client.app[HELPLINE]
    ws = await client.ws_connect(f"/chat/api/conversations/{cid}/ws?token={conv['token']}")
    # A message produced outside the HTTP reply (as a consultant's will be) reaches the open page.
    for _ in range(50):
        if helpline.live.publish(cid, {"id": 99, "sender": "consultant", "text": "Hello, I am here."}):
            break
        await asyncio.sleep(0.02)
    pushed = await ws.receive_json(timeout=5)
    assert pushed["text"] == "Hello, I am here."
    await ws.close()

    resp = await client.get(f"/chat/api/conversations/{cid}/ws?token=wrong")
    assert resp.status == 403


async def test_page_and_ui_strings(client: TestClient) -> None:
    resp = await client.get("/")
    html = await resp.text()
    assert resp.status == 200
    assert 'name="viewport"' in html and 'role="log"' in html
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
    resp = await client.get("/chat/api/ui/uk")
    assert (await resp.json())["send"] == "Надіслати"
    resp = await client.get("/chat/api/ui/xx")
    assert resp.status == 404


async def test_health_readiness_and_metrics(client: TestClient) -> None:
    assert (await (await client.get("/healthz")).json()) == {"status": "ok"}
    resp = await client.get("/readyz")
    assert resp.status == 200
    assert (await resp.json())["checks"] == {"database": "ok"}
    conv = await start(client)
    await say(client, conv, text="hello")
    await client.post("/chat/api/conversations/nope/messages", json={})
    text = await (await client.get("/metrics")).text()
    assert 'helpline_messages_total{channel="web",direction="in"} 1.0' in text
    assert 'helpline_messages_total{channel="web",direction="out"}' in text
    assert "helpline_turn_seconds_bucket" in text
    assert 'helpline_http_client_errors_total{status="404"} 1.0' in text


async def test_a_pushed_message_reaches_the_open_page_and_the_transcript(client: TestClient) -> None:
    conv = await start(client)
    cid = conv["conversation_id"]
    ws = await client.ws_connect(f"/chat/api/conversations/{cid}/ws?token={conv['token']}")
    await asyncio.sleep(0.05)
    sent = await client.app[HELPLINE].push(cid, "A consultant is here.")
    pushed = await ws.receive_json(timeout=5)
    assert pushed["text"] == "A consultant is here." and pushed["sender"] == "consultant"
    assert pushed["id"] == sent.message_id
    await ws.close()
    # A page that was closed gets it on its way back (after= its last seen id).
    ws = await client.ws_connect(f"/chat/api/conversations/{cid}/ws?token={conv['token']}&after=1")
    again = await ws.receive_json(timeout=5)
    assert again["id"] == sent.message_id
    await ws.close()
