"""Attribution on Telegram and WhatsApp, over their real webhooks (the channel tests' emulators)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE, HELPLINE
from bot.i18n import Catalogs
from campaigns import CampaignStore, prefilled_text
from tests.channels.conftest import SECRET, telegram_settings, whatsapp_settings
from tests.emulators.server import wait_until
from tests.emulators.telegram import BotApiEmulator, Updates
from tests.emulators.whatsapp import GraphApiEmulator, Webhooks, encode, sign

CODE = "KRK-FAIR-2026"
MakeClient = Callable[..., Awaitable[TestClient]]


async def campaign_of(client: TestClient, channel: str, chat_id: str) -> str | None:
    conv = await client.app[HELPLINE].store.get_by_external(channel, chat_id)
    assert conv is not None
    return conv.campaign


@pytest.fixture
async def telegram(make_client: MakeClient, bot_api: BotApiEmulator) -> TestClient:
    client = await make_client(**telegram_settings(bot_api))
    await CampaignStore(client.app[ENGINE]).create(CODE, "Job fair Kraków")
    await CampaignStore(client.app[ENGINE]).create("RADIO-7", "Radio spot")
    return client


async def tg(client: TestClient, update: dict[str, Any]) -> None:
    resp = await client.post(
        "/webhooks/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert resp.status == 200


async def test_telegram_start_payload_then_never_another(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    chat = Updates(8101, language_code="pl")
    await tg(telegram, chat.text(f"/start {CODE}"))
    await wait_until(lambda: bot_api.sent(chat.chat_id), what="greeting")
    assert await campaign_of(telegram, "telegram", "8101") == CODE
    await tg(telegram, chat.text("/start RADIO-7"))  # a second poster later: the first one keeps it
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= 2, what="menu")
    assert await campaign_of(telegram, "telegram", "8101") == CODE


async def test_telegram_desktop_dropped_the_payload_so_the_user_types_the_code(
    telegram: TestClient, bot_api: BotApiEmulator
) -> None:
    chat = Updates(8102, language_code="uk")
    await tg(telegram, chat.text("/start"))
    await wait_until(lambda: bot_api.sent(chat.chat_id), what="greeting")
    assert await campaign_of(telegram, "telegram", "8102") is None
    await tg(telegram, chat.text("код з плаката krk-fair-2026"))
    await wait_until(lambda: len(bot_api.sent(chat.chat_id)) >= 2, what="a reply")
    assert await campaign_of(telegram, "telegram", "8102") == CODE


async def test_whatsapp_prefilled_text_carries_the_code(
    make_client: MakeClient, graph_api: GraphApiEmulator, catalogs: Catalogs
) -> None:
    client = await make_client(**whatsapp_settings(graph_api))
    await CampaignStore(client.app[ENGINE]).create(CODE, "Job fair Kraków", language="ro")
    user = Webhooks("48600100200")
    body = encode(user.text(prefilled_text(catalogs, "ro", CODE)))
    resp = await client.post(
        "/webhooks/whatsapp",
        data=body,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(body)},
    )
    assert resp.status == 200
    await wait_until(lambda: graph_api.delivered(user.wa_id), what="a reply")
    assert await campaign_of(client, "whatsapp", user.wa_id) == CODE
