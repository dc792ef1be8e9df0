"""Fixtures of the channel tests: the emulators, and the real app pointed at them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from tests.emulators.telegram import TOKEN, BotApiEmulator
from tests.emulators.whatsapp import (
    ACCESS_TOKEN,
    APP_SECRET,
    PHONE_NUMBER_ID,
    VERIFY_TOKEN,
    GraphApiEmulator,
)

SECRET = "webhook-secret-0123456789"
FAST = {"outbox_chat_interval": 0.02, "outbox_sweep_seconds": 0.05, "outbox_max_backoff": 0.2}


def telegram_settings(bot_api: BotApiEmulator, **changes: Any) -> dict[str, Any]:
    return {
        "telegram_mode": "webhook",
        "telegram_token": TOKEN,
        "telegram_webhook_secret": SECRET,
        "telegram_api_base_url": bot_api.url,
        **FAST,
        **changes,
    }


def whatsapp_settings(graph_api: GraphApiEmulator, **changes: Any) -> dict[str, Any]:
    return {
        "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_app_secret": APP_SECRET,
        "whatsapp_access_token": ACCESS_TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_api_base_url": graph_api.base_url,
        **FAST,
        **changes,
    }


@pytest.fixture
async def telegram(make_client: Callable[..., Awaitable[TestClient]], bot_api: BotApiEmulator) -> TestClient:
    """The app with Telegram in webhook mode against the emulator."""
    return await make_client(**telegram_settings(bot_api))


@pytest.fixture
async def whatsapp(
    make_client: Callable[..., Awaitable[TestClient]], graph_api: GraphApiEmulator
) -> TestClient:
    """The app with WhatsApp against the emulator."""
    return await make_client(**whatsapp_settings(graph_api))
