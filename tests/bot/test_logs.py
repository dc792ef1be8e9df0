"""Logs carry request ids and facts, never what a user wrote or a conversation's token."""

from __future__ import annotations

import json
import logging

import pytest
from aiohttp.test_utils import TestClient

from bot.logs import JsonFormatter, quiet_libraries
from tests.bot.test_webchat import say, start


@pytest.fixture(autouse=True)
def production_logging() -> None:
    quiet_libraries()  # what `helpline serve` sets up


SECRET_WORDS = "Mój paszport AB1234567 zabrał szef, tel. +48 600 700 800, jan.kowalski@example.com"


async def test_no_user_words_or_tokens_in_logs(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    conv = await start(client)
    await say(client, conv, button="lang:pl")
    await say(client, conv, text=SECRET_WORDS)
    await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json={"text": SECRET_WORDS + "x" * 5000},
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    ws = await client.ws_connect(
        f"/chat/api/conversations/{conv['conversation_id']}/ws?token={conv['token']}"
    )
    await ws.close()
    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    assert any('"route": "/chat/api/conversations/{conversation_id}/messages"' in line for line in lines)
    everything = "\n".join(lines)
    for secret in ("AB1234567", "600 700 800", "jan.kowalski", conv["token"], "paszport"):
        assert secret not in everything


async def test_every_response_names_its_request_id(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    resp = await client.get("/healthz", headers={"X-Request-Id": "req-12345678"})
    assert resp.headers["X-Request-Id"] == "req-12345678"
    resp = await client.post("/chat/api/conversations", data=b"{bad")
    assert len(resp.headers["X-Request-Id"]) == 32
    access = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "helpline.access"]
    assert (access[0]["request_id"], access[0]["status"], access[0]["route"]) == (
        "req-12345678",
        200,
        "/healthz",
    )
    assert access[-1]["status"] == 400
