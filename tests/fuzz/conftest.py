"""A real server in a thread for the fuzz tests (hypothesis drives it synchronously with requests):
the app with Telegram and WhatsApp on, against the emulators, on a fresh SQLite file."""

from __future__ import annotations

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
from tests.servers import LoopThread, free_port, loop_thread


@dataclass
class Running:
    url: str
    bot_api: BotApiEmulator
    graph_api: GraphApiEmulator
    thread: LoopThread

    def call(self, coro: Any) -> Any:
        return self.thread.call(coro, timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    compile_catalogs()
    db = tmp_path_factory.mktemp("fuzz") / "h.sqlite3"
    port = free_port()

    async def start() -> tuple[web.AppRunner, BotApiEmulator, GraphApiEmulator]:
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
        return runner, bot_api, graph_api

    async def stop(runner: web.AppRunner, bot_api: BotApiEmulator, graph_api: GraphApiEmulator) -> None:
        await runner.cleanup()
        await bot_api.close()
        await graph_api.close()

    with loop_thread() as thread:
        runner, bot_api, graph_api = thread.call(start())
        yield Running(f"http://127.0.0.1:{port}", bot_api, graph_api, thread)
        thread.call(stop(runner, bot_api, graph_api), timeout=30)
