"""The Bot's HTTP backend over aiohttp: what PTB sees when the Bot API answers, stalls or is away."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import InputFile
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.channels.aiohttp_request import AiohttpRequest

param = RequestParameter.from_input


@pytest.fixture
async def api() -> AsyncIterator[TestServer]:
    async def echo(request: web.Request) -> web.Response:
        form = await request.post()
        fields = {
            k: v if isinstance(v, str) else v.file.read().decode()
            for k, v in form.items()
            if isinstance(v, str | web.FileField)
        }
        return web.json_response({"ok": True, "result": fields})

    async def slow(_request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_post("/echo", echo)
    app.router.add_post("/slow", slow)
    server = TestServer(app)
    await server.start_server()
    yield server
    await server.close()


async def test_parameters_and_files_reach_the_api(api: TestServer) -> None:
    request = AiohttpRequest(connection_pool_size=2)
    await request.initialize()
    try:
        plain = RequestData([param("chat_id", 42), param("text", "Cześć")])
        assert await request.post(str(api.make_url("/echo")), plain) == {"chat_id": "42", "text": "Cześć"}
        upload = InputFile(b"hello", filename="note.txt")
        files = RequestData([param("chat_id", 7), param("document", upload)])
        result = await request.post(str(api.make_url("/echo")), files)
        assert isinstance(result, dict)
        assert result["chat_id"] == "7"
        assert "hello" in result.values()
    finally:
        await request.shutdown()


async def test_a_stalled_api_is_timed_out_and_an_absent_one_a_network_error(api: TestServer) -> None:
    request = AiohttpRequest(read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(str(api.make_url("/slow")))
        with pytest.raises(NetworkError):
            await request.post("http://127.0.0.1:9/nothing")
    finally:
        await request.shutdown()
