"""The whole path on the push channels, through their real webhooks, the real NLU and the dialogue:
a risky message -> a case with its indicators -> a consultant's reply -> the platform's API delivers it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE
from handoff.staff import StaffStore
from tests.channels.conftest import SECRET, telegram_settings, whatsapp_settings
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates
from tests.emulators.whatsapp import GraphApiEmulator, Webhooks, encode, sign

from .conftest import PASSWORD, Staffer

KCIK = "+48 22 628 01 20"


async def consultant(client: TestClient, languages: list[str]) -> Staffer:
    await StaffStore(client.app[ENGINE]).add("ala", PASSWORD, role="consultant", languages=languages)
    session = ClientSession(cookie_jar=CookieJar(unsafe=True))
    async with session.post(
        str(client.make_url("/api/auth/login")), json={"username": "ala", "password": PASSWORD}
    ) as resp:
        data = await resp.json()
    return Staffer(client, session, data["user"], data["csrf_token"])


async def take_and_answer(ala: Staffer, language: str, channel: str) -> int:
    [case] = (await ala.get("/api/queue"))["cases"]
    assert case["channel"] == channel and case["language"] == language
    assert case["level"] in ("high", "critical")
    assert {i["id"] for i in case["indicators"]} >= {"document_retention", "restriction_of_movement"}
    await ala.post(f"/api/cases/{case['id']}/claim")
    await ala.post(f"/api/cases/{case['id']}/messages", {"text": f"Consultant here, on {channel}."}, 201)
    case_id: int = case["id"]
    return case_id


async def test_telegram_risky_message_to_consultant_and_back(
    make_client: Callable[..., Awaitable[TestClient]], bot_api: BotApiEmulator
) -> None:
    client = await make_client(session_cookie_secure=False, **telegram_settings(bot_api))
    ala = await consultant(client, ["uk"])
    try:
        chat = Updates(4242, language_code="uk")

        async def send(update: dict[str, Any]) -> None:
            resp = await client.post(
                "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
            assert resp.status == 200

        await send(chat.text("Вони забрали мій паспорт і не випускають мене"))
        await wait_until(
            lambda: any("Ваше місце в черзі: 1." in t for t in bot_api.texts(4242)), what="queue"
        )
        case_id = await take_and_answer(ala, "uk", "telegram")
        await wait_until(lambda: "Consultant here, on telegram." in bot_api.texts(4242), what="the reply")
        await ala.post(f"/api/cases/{case_id}/close", {"outcome": "referred_kcik_phone"})
        await wait_until(
            lambda: any(KCIK in t and "завершив" in t for t in bot_api.texts(4242)), what="close"
        )
    finally:
        await ala.session.close()


async def test_whatsapp_risky_message_to_consultant_and_back(
    make_client: Callable[..., Awaitable[TestClient]], graph_api: GraphApiEmulator
) -> None:
    client = await make_client(session_cookie_secure=False, **whatsapp_settings(graph_api))
    ala = await consultant(client, ["es"])
    try:
        user = Webhooks("48500100200")

        async def send(data: dict[str, Any]) -> None:
            body = encode(data)
            headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body)}
            resp = await client.post("/webhooks/whatsapp", data=body, headers=headers)
            assert resp.status == 200

        await send(user.text("Mi jefe me quitó el pasaporte y no me deja salir"))
        await wait_until(
            lambda: any("Tu lugar en la fila: 1." in t for t in graph_api.texts(user.wa_id)), what="queue"
        )
        await take_and_answer(ala, "es", "whatsapp")
        await wait_until(lambda: "Consultant here, on whatsapp." in graph_api.texts(user.wa_id), what="reply")
    finally:
        await ala.session.close()
