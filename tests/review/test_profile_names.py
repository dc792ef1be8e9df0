"""The user's profile name on Telegram and WhatsApp is kept encrypted and masked in the review room,
also when they write it themselves, in another grammatical case."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import text

from bot.appkeys import ENGINE, OUTBOX
from handoff.staff import StaffStore
from tests.channels.conftest import SECRET, telegram_settings, whatsapp_settings
from tests.conftest import AppClient
from tests.emulators.telegram import BotApiEmulator, Updates
from tests.emulators.whatsapp import GraphApiEmulator, Webhooks, encode, sign

from .conftest import log_in_as


async def test_profile_names_are_masked(
    make_client: AppClient, bot_api: BotApiEmulator, graph_api: GraphApiEmulator
) -> None:
    client: TestClient = await make_client(
        session_cookie_secure=False, **{**telegram_settings(bot_api), **whatsapp_settings(graph_api)}
    )
    chat = Updates(9201, language_code="pl", first_name="Bożena")
    for update in (chat.text("/start"), chat.text("Tu Bożena, szef mówi do mnie Bożenko")):
        resp = await client.post(
            "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert resp.status == 200
    wa = Webhooks("380671234567", name="Oksana Melnyk")
    body = encode(wa.text("Мене звати Оксана? Ні, Oksana Melnyk"))
    resp = await client.post(
        "/webhooks/whatsapp",
        data=body,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(body)},
    )
    assert resp.status == 200
    await client.app[OUTBOX].drain()

    async with client.app[ENGINE].connect() as conn:
        raw = [r[0] for r in await conn.execute(text("SELECT profile_name FROM conversations"))]
    assert len(raw) == 2 and all(r.startswith("enc1:") for r in raw)  # encrypted at rest

    await StaffStore(client.app[ENGINE]).add("mona", "correct horse battery", role="moderator", languages=[])
    mona = await log_in_as(client, "mona", "correct horse battery")
    try:
        found = (await mona.get("/api/review/conversations"))["conversations"]
        said: list[str] = []
        for conv in found:
            assert "profile_name" not in conv
            opened: dict[str, Any] = await mona.get(f"/api/review/conversations/{conv['id']}")
            said += [m["text"] for m in opened["messages"] if m["direction"] == "in" and m["text"]]
    finally:
        await mona.session.close()
    assert "Tu [name], szef mówi do mnie [name]" in said
    assert "Мене звати [name]? Ні, [name] [name]" in said  # also in the other script
