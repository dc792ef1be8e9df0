"""The staff API against its OpenAPI description (handoff/openapi.yaml), fuzzed by schemathesis on a
real server with a logged-in consultant (session cookie + CSRF header)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import requests
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, given, settings

from bot.app import create_app
from bot.appkeys import ENGINE
from bot.config import Settings
from bot.i18n import Catalogs
from bot.i18n_tools import compile_catalogs
from handoff.staff import StaffStore
from tests.servers import free_port, loop_thread

PASSWORD = "correct horse battery"
NOT_FUZZED = {"/api/auth/login", "/api/auth/logout"}  # logging out or failing logins would end the run


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    compile_catalogs()
    db = tmp_path_factory.mktemp("staff-api") / "h.sqlite3"
    port = free_port()
    config = replace(
        Settings.from_env({}, dotenv=None),
        database_url=f"sqlite+aiosqlite:///{db}",
        port=port,
        session_cookie_secure=False,
        staff_totp_required=False,
    )
    app = create_app(config, catalogs=Catalogs.load())
    runner = web.AppRunner(app, access_log=None)

    async def start() -> None:
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        store = StaffStore(app[ENGINE])
        await store.add("ala", PASSWORD, role="consultant", languages=["uk", "pl", "en"])
        await store.add("ola", PASSWORD, role="consultant", languages=["pl"])

    with loop_thread() as thread:
        thread.call(start())
        base = f"http://127.0.0.1:{port}"
        for language in ("uk", "pl", "en"):  # a few cases to act on: users who asked for a human
            new = requests.post(f"{base}/chat/api/conversations", json={"language": language}, timeout=30)
            conv = new.json()
            resp = requests.post(
                f"{base}/chat/api/conversations/{conv['conversation_id']}/messages",
                json={"button": "handoff:yes"},
                headers={"Authorization": f"Bearer {conv['token']}"},
                timeout=30,
            )
            assert resp.status_code == 200
        yield base
        thread.call(runner.cleanup(), timeout=30)


def logged_in(base: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    resp = session.post(f"{base}/api/auth/login", json={"username": "ala", "password": PASSWORD}, timeout=30)
    assert resp.status_code == 200, resp.text
    csrf: str = resp.json()["csrf_token"]
    return session, csrf


def test_staff_api_conforms_to_its_description(server: str) -> None:
    """No 5xx, every status and body as described, whatever the input, as a logged-in consultant."""
    session, csrf = logged_in(server)
    schema = schemathesis.openapi.from_url(f"{server}/api/openapi.json")
    operations = [r.ok() for r in schema.get_all_operations()]
    fuzzed = [op for op in operations if op.path not in NOT_FUZZED]
    assert len(fuzzed) >= 12

    for operation in fuzzed:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(base_url=server, session=session, headers={"X-CSRF-Token": csrf})

        check()
    assert session.get(f"{server}/api/me", timeout=30).status_code == 200  # still logged in


def test_without_a_session_every_operation_is_refused(server: str) -> None:
    spec: dict[str, Any] = requests.get(f"{server}/api/openapi.json", timeout=30).json()
    for path, item in spec["paths"].items():
        if path in NOT_FUZZED:
            continue
        for method in item:
            if method not in {"get", "post"}:
                continue
            url = server + path.replace("{case_id}", "1")
            resp = requests.request(method, url, json={}, timeout=30)
            assert resp.status_code == 401, (method, path, resp.status_code)
