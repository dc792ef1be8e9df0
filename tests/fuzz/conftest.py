"""A real server in a thread for the fuzz tests (hypothesis drives it synchronously with requests):
the app with Telegram and WhatsApp on, against the emulators, on a fresh SQLite file."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from aiohttp import web

from bot.app import create_app
from bot.config import Settings
from bot.crypto import generate_key
from bot.i18n import Catalogs
from bot.i18n_tools import compile_catalogs
from tests.channels.conftest import telegram_settings, whatsapp_settings
from tests.emulators.telegram import BotApiEmulator
from tests.emulators.whatsapp import GraphApiEmulator


@dataclass
class Running:
    url: str
    bot_api: BotApiEmulator
    graph_api: GraphApiEmulator
    loop: asyncio.AbstractEventLoop

    def call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    compile_catalogs()
    db = tmp_path_factory.mktemp("fuzz") / "h.sqlite3"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    loop = asyncio.new_event_loop()
    started = threading.Event()
    box: dict[str, Any] = {}

    async def start() -> None:
        bot_api = await BotApiEmulator().start()
        graph_api = await GraphApiEmulator().start()
        config = replace(
            Settings.from_env({}, dotenv=None),
            database_url=f"sqlite+aiosqlite:///{db}",
            port=port,
            data_keys=generate_key(),
            **{**telegram_settings(bot_api), **whatsapp_settings(graph_api)},
        )
        runner = web.AppRunner(create_app(config, catalogs=Catalogs.load()), access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        box.update(runner=runner, bot_api=bot_api, graph_api=graph_api)

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(start())
        except BaseException as exc:
            box["error"] = exc
            raise
        finally:
            started.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(60)
    assert "error" not in box, box.get("error")
    yield Running(f"http://127.0.0.1:{port}", box["bot_api"], box["graph_api"], loop)

    async def stop() -> None:
        await box["runner"].cleanup()
        await box["bot_api"].close()
        await box["graph_api"].close()

    asyncio.run_coroutine_threadsafe(stop(), loop).result(30)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
