"""RasaClient and analyse() against a local emulator of Rasa's `POST /model/parse` (real HTTP)."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from nlu import Analyzer
from nlu.rasa import RasaClient, analyse

Handler = Callable[[web.Request], Any]


async def _serve(handler: Handler) -> tuple[web.AppRunner, str]:
    app = web.Application()
    app.router.add_post("/model/parse", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"


def _answer(name: str, confidence: float = 0.9) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        body = await request.json()
        assert set(body) == {"text"}
        intent = {"name": name, "confidence": confidence}
        return web.json_response({"text": body["text"], "intent": intent, "entities": [],
                                  "intent_ranking": [intent]})
    return handler


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def test_intent_from_rasa(session: aiohttp.ClientSession, analyzer: Analyzer) -> None:
    runner, url = await _serve(_answer("safe_job_abroad", 0.77))
    try:
        client = RasaClient(session, url, timeout=2.0)
        assert await client.intent("jak bezpiecznie wyjechać") == ("safe_job_abroad", 0.77)
        res = await analyse(analyzer, "jak bezpiecznie wyjechać do pracy", rasa=client)
        assert (res.intent, res.intent_confidence, res.language) == ("safe_job_abroad", 0.77, "pl")
    finally:
        await runner.cleanup()


async def test_risk_never_depends_on_rasa(session: aiohttp.ClientSession, analyzer: Analyzer) -> None:
    runner, url = await _serve(_answer("greet", 0.99))
    try:
        client = RasaClient(session, url, timeout=2.0)
        res = await analyse(analyzer, "szef zabrał nam paszporty", rasa=client)
        assert res.risk.level == "high" and res.intent == "report_situation"
        low = await analyse(analyzer, "the agency wants 500 euro for the visa", rasa=client)
        assert low.intent == "greet" and low.risk.level == "low"
    finally:
        await runner.cleanup()


async def test_slow_rasa_falls_back(session: aiohttp.ClientSession, analyzer: Analyzer,
                                    caplog: pytest.LogCaptureFixture) -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return await _answer("greet")(request)

    runner, url = await _serve(slow)
    try:
        client = RasaClient(session, url, timeout=0.2)
        with caplog.at_level(logging.WARNING, logger="nlu.rasa"):
            assert await client.intent("secret words 123") is None
        assert "timed out" in caplog.text
        assert "secret words" not in caplog.text
        res = await analyse(analyzer, "how to find a safe job abroad", rasa=client)
        assert res.intent == analyzer.parse("how to find a safe job abroad").intent
    finally:
        await runner.cleanup()


async def test_down_rasa_falls_back(session: aiohttp.ClientSession, analyzer: Analyzer,
                                    caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = RasaClient(session, f"http://127.0.0.1:{port}", timeout=1.0)
    with caplog.at_level(logging.WARNING, logger="nlu.rasa"):
        assert await client.intent("my private message") is None
    assert "my private message" not in caplog.text
    res = await analyse(analyzer, "hello", rasa=client)
    assert res.intent == analyzer.parse("hello").intent


@pytest.mark.parametrize("payload", [
    "not json at all",
    '{"intent": null}',
    '{"intent": {"name": "book_flight", "confidence": 0.9}}',
    '{"intent": {"name": "greet", "confidence": "high"}}',
    "[]",
])
async def test_bad_answers_fall_back(session: aiohttp.ClientSession, payload: str) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(text=payload, content_type="application/json")

    runner, url = await _serve(handler)
    try:
        assert await RasaClient(session, url, timeout=2.0).intent("hi") is None
    finally:
        await runner.cleanup()


async def test_http_error_falls_back(session: aiohttp.ClientSession) -> None:
    async def handler(request: web.Request) -> web.Response:
        return web.Response(status=500)

    runner, url = await _serve(handler)
    try:
        assert await RasaClient(session, url, timeout=2.0).intent("hi") is None
    finally:
        await runner.cleanup()
