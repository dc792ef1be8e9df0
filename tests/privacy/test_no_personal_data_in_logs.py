"""Personal data through every path (web chat, Telegram and WhatsApp webhooks, the consultant's
reply and note, the review room, forget me) and not one fragment of it in the application's logs."""

from __future__ import annotations

import logging

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE, HELPLINE, OUTBOX
from bot.logs import JsonFormatter, quiet_libraries
from handoff.staff import StaffStore
from tests.channels.conftest import SECRET, telegram_settings, whatsapp_settings
from tests.conftest import AppClient
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates
from tests.emulators.whatsapp import GraphApiEmulator, Webhooks, encode, sign
from tests.handoff.conftest import PASSWORD, fake_understand

WORDS = "They took my passport AB1234567, I am Oksana Melnyk, tel +48 600 700 800, ul. Kwiatowa 12"
FRAGMENTS = (
    "AB1234567",
    "Oksana",
    "Melnyk",
    "600 700 800",
    "Kwiatowa",
    "oksana.m@ukr.net",
    "took my passport",
)


@pytest.fixture(autouse=True)
def production_logging() -> None:
    quiet_libraries()  # what `helpline serve` sets up


async def staff_session(client: TestClient, username: str, role: str) -> tuple[ClientSession, str]:
    await StaffStore(client.app[ENGINE]).add(username, PASSWORD, role=role, languages=["uk", "pl", "en"])
    session = ClientSession(cookie_jar=CookieJar(unsafe=True))
    async with session.post(
        str(client.make_url("/api/auth/login")), json={"username": username, "password": PASSWORD}
    ) as resp:
        assert resp.status == 200
        csrf = (await resp.json())["csrf_token"]
    return session, csrf


async def test_personal_data_never_reaches_the_logs(
    make_client: AppClient,
    bot_api: BotApiEmulator,
    graph_api: GraphApiEmulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    client = await make_client(
        session_cookie_secure=False,
        **{**telegram_settings(bot_api), **whatsapp_settings(graph_api)},
    )
    client.app[HELPLINE].understand = fake_understand  # "passport": a critical case for a consultant

    # the web chat
    resp = await client.post("/chat/api/conversations", json={"language": "uk"})
    web = await resp.json()
    auth = {"Authorization": f"Bearer {web['token']}"}
    base = f"/chat/api/conversations/{web['conversation_id']}/messages"
    for body in ({"button": "lang:uk"}, {"text": WORDS}, {"text": "mail oksana.m@ukr.net"}):
        assert (await client.post(base, json=body, headers=auth)).status == 200

    # Telegram and WhatsApp webhooks, the profile names included
    chat = Updates(9101, language_code="uk", first_name="Oksana")
    for update in (chat.text("/start"), chat.text(WORDS), chat.text("/hide")):
        resp = await client.post(
            "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert resp.status == 200
    wa = Webhooks("48600700800", name="Oksana Melnyk")
    for data in (wa.text(WORDS), wa.text("ukryj czat")):
        body = encode(data)
        resp = await client.post(
            "/webhooks/whatsapp",
            data=body,
            headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(body)},
        )
        assert resp.status == 200
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= 2, what="telegram replies")
    await client.app[OUTBOX].drain()

    # a consultant claims the web chat's case, replies and writes a note
    carl, carl_csrf = await staff_session(client, "carl", "consultant")
    mona, mona_csrf = await staff_session(client, "mona", "moderator")
    ada, _ada_csrf = await staff_session(client, "ada", "admin")
    try:
        async with carl.get(str(client.make_url("/api/queue"))) as resp:
            cases = (await resp.json())["cases"]
        assert cases
        for case in cases:
            cid = case["id"]
            h = {"X-CSRF-Token": carl_csrf}
            async with carl.post(str(client.make_url(f"/api/cases/{cid}/claim")), json={}, headers=h) as resp:
                if resp.status != 200:
                    continue
            for path, body in (
                (f"/api/cases/{cid}/messages", {"text": f"Oksana, is {WORDS} right?"}),
                (f"/api/cases/{cid}/notes", {"text": f"note: {WORDS}"}),
            ):
                async with carl.post(str(client.make_url(path)), json=body, headers=h) as resp:
                    assert resp.status in (200, 201), await resp.text()
            async with carl.get(str(client.make_url(f"/api/cases/{cid}"))) as resp:
                assert resp.status == 200

        # the review room: open, reveal, note, correct, export
        h = {"X-CSRF-Token": mona_csrf}
        async with mona.get(str(client.make_url("/api/review/conversations"))) as resp:
            conversations = (await resp.json())["conversations"]
        for conv in conversations:
            path = f"/api/review/conversations/{conv['id']}"
            async with mona.get(str(client.make_url(path))) as resp:
                messages = (await resp.json())["messages"]
            async with mona.post(
                str(client.make_url(path + "/reveal")), json={"reason": f"check {WORDS}"}, headers=h
            ) as resp:
                assert resp.status == 200
            async with mona.post(
                str(client.make_url(path + "/notes")), json={"text": WORDS}, headers=h
            ) as resp:
                assert resp.status == 201
            for m in messages:
                if m["direction"] == "in":
                    async with mona.post(
                        str(client.make_url(f"/api/review/messages/{m['id']}/correction")),
                        json={"intent": "report_situation"},
                        headers=h,
                    ) as resp:
                        assert resp.status == 201
        async with mona.get(str(client.make_url("/api/review/corrections.yml"))) as resp:
            assert resp.status == 200
        async with ada.get(str(client.make_url("/api/review/export?format=csv"))) as resp:
            assert resp.status == 200
        # a bad request with personal data in it
        async with mona.post(
            str(client.make_url("/api/review/conversations/x/flags")), json={"flags": [WORDS]}, headers=h
        ) as resp:
            assert resp.status in (400, 404)
    finally:
        for session in (carl, mona, ada):
            await session.close()

    # forget me on the web chat
    assert (await client.post(base, json={"text": "забудь мене"}, headers=auth)).status == 200
    assert (await client.post(base, json={"button": "privacy:forget:yes"}, headers=auth)).status == 200

    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    assert len(lines) > 20  # the paths were logged, as facts
    everything = "\n".join(lines)
    for fragment in FRAGMENTS:
        assert fragment not in everything, fragment
