"""The public web chat API against its OpenAPI description, fuzzed by schemathesis on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, given, settings

from bot.app import create_app
from bot.config import Settings
from bot.i18n import Catalogs
from bot.i18n_tools import compile_catalogs
from tests.servers import free_port, loop_thread


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`helpline serve` in a thread: a real socket, the real app, a fresh SQLite file."""
    compile_catalogs()
    db = tmp_path_factory.mktemp("api") / "h.sqlite3"
    port = free_port()
    config = replace(Settings.from_env({}, dotenv=None), database_url=f"sqlite+aiosqlite:///{db}", port=port)
    runner = web.AppRunner(create_app(config, catalogs=Catalogs.load()), access_log=None)

    async def start() -> None:
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()

    with loop_thread() as thread:
        thread.call(start())
        yield f"http://127.0.0.1:{port}"
        thread.call(runner.cleanup(), timeout=30)


def test_api_conforms_to_its_description(server: str) -> None:
    """No 5xx, every status and body as described, whatever the input, on every operation."""
    schema = schemathesis.openapi.from_url(f"{server}/chat/api/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=server)

        check()


def test_description_is_served_and_complete(server: str) -> None:
    spec = requests.get(f"{server}/chat/api/openapi.json", timeout=10).json()
    assert {"/chat/api/conversations", "/chat/api/conversations/{conversation_id}/messages"} <= set(
        spec["paths"]
    )
    assert Path(__file__).resolve().parents[2].joinpath("bot", "openapi.yaml").exists()
