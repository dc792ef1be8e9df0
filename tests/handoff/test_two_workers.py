"""Two `helpline serve` processes sharing PostgreSQL and Redis serve one helpline: the user on one,
consultants on the other; messages relay both ways live, claims stay exclusive, and a killed worker
loses no case and no message."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pyotp
import pytest
from aiohttp import ClientSession, ClientTimeout, CookieJar

from bot.crypto import generate_key, keyring_from, using_keyring
from bot.db import create_engine
from handoff.staff import StaffStore
from tests.conftest import REDIS_URL
from tests.faults.servers import ServeProcess

from .conftest import PASSWORD

TIMEOUT = ClientTimeout(total=20)


SECRETS: dict[str, str] = {}
USED: dict[str, int] = {}


def fresh_code(username: str) -> str:
    """A code of a time step this account has not used yet (the server takes each step once and
    allows one step of clock drift), as a person's app would show a moment later."""
    totp = pyotp.TOTP(SECRETS[username])
    step = max(int(totp.timecode(datetime.now(UTC))), USED.get(username, -1) + 1)
    USED[username] = step
    return totp.generate_otp(step)


@pytest.fixture
async def workers(postgres_url: str, redis_prefix: str) -> AsyncIterator[list[ServeProcess]]:
    env = {
        **os.environ,
        "DATABASE_URL": postgres_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_KEY_PREFIX": redis_prefix,
        "SESSION_COOKIE_SECURE": "false",
        "HELPLINE_LOG_LEVEL": "warning",
        "TELEGRAM_MODE": "off",
        "HELPLINE_DATA_KEYS": generate_key(),  # the workers' key, and the one the accounts are sealed with
    }
    engine = create_engine(postgres_url)
    try:
        with using_keyring(keyring_from(env["HELPLINE_DATA_KEYS"], "unused")):
            store = StaffStore(engine)
            for name in ("ala", "ola"):
                user = await store.add(name, PASSWORD, role="consultant", languages=["uk", "pl"])
                SECRETS[name] = await store.enrol_totp(user.id)  # two-factor login, as in production
    finally:
        await engine.dispose()
    started = [ServeProcess(env), ServeProcess(env)]
    try:
        async with ClientSession(timeout=TIMEOUT) as http:
            for worker in started:
                await worker.ready(http)
        yield started
    finally:
        for worker in started:
            worker.close()


async def login(base: str, username: str) -> tuple[ClientSession, str]:
    session = ClientSession(cookie_jar=CookieJar(unsafe=True), timeout=TIMEOUT)
    async with session.post(
        base + "/api/auth/login",
        json={"username": username, "password": PASSWORD, "totp": fresh_code(username)},
    ) as resp:
        assert resp.status == 200
        csrf: str = (await resp.json())["csrf_token"]
    return session, csrf


async def post(session: ClientSession, csrf: str, url: str, body: dict[str, Any] | None = None) -> Any:
    async with session.post(url, json=body or {}, headers={"X-CSRF-Token": csrf}) as resp:
        return resp.status, await resp.json()


async def next_event(ws: Any, wanted: str) -> dict[str, Any]:
    while True:
        event: dict[str, Any] = await asyncio.wait_for(ws.receive_json(), 15)
        if event.get("event") == wanted or event.get("sender") == wanted:
            return event


async def test_user_on_one_worker_consultants_on_the_other(workers: list[ServeProcess]) -> None:
    one, two = workers
    ala, ala_csrf = await login(two.base, "ala")
    ola, ola_csrf = await login(one.base, "ola")
    user = ClientSession(timeout=TIMEOUT)
    try:
        # The consultants' live feed is on worker two; the user talks to worker one.
        async with ala.ws_connect(two.base.replace("http", "ws") + "/api/events") as staff_ws:
            assert (await staff_ws.receive_json())["type"] == "hello"
            async with user.post(one.base + "/chat/api/conversations", json={"language": "uk"}) as resp:
                conv = await resp.json()
            auth = {"Authorization": f"Bearer {conv['token']}"}
            messages = f"{one.base}/chat/api/conversations/{conv['conversation_id']}/messages"
            async with user.post(messages, json={"button": "handoff:yes"}, headers=auth) as resp:
                assert resp.status == 200
                assert "Ваше місце в черзі: 1." in (await resp.json())["replies"][0]["text"]
            opened = await next_event(staff_ws, "opened")

            # Claims from both workers at once: exactly one wins.
            url = f"/api/cases/{opened['case_id']}/claim"
            results = await asyncio.gather(
                post(ala, ala_csrf, two.base + url), post(ola, ola_csrf, one.base + url)
            )
            assert sorted(status for status, _ in results) == [200, 409]
            winner, winner_csrf, winner_base = (
                (ala, ala_csrf, two.base) if results[0][0] == 200 else (ola, ola_csrf, one.base)
            )

            # A consultant's reply made on one worker reaches the user's page on the other, live.
            user_ws_url = (
                one.base.replace("http", "ws")
                + f"/chat/api/conversations/{conv['conversation_id']}/ws?token={conv['token']}&after=999999"
            )
            async with user.ws_connect(user_ws_url) as user_ws:
                other_base = one.base if winner_base == two.base else two.base
                status, _ = await post(
                    winner,
                    winner_csrf,
                    other_base + f"/api/cases/{opened['case_id']}/messages",
                    {"text": "Привіт"},
                )
                assert status == 201
                live = await next_event(user_ws, "consultant")
                assert live["text"] == "Привіт"

            # The user's message on worker one reaches the console feed on worker two.
            async with user.post(messages, json={"text": "Я в Гданську"}, headers=auth) as resp:
                assert (await resp.json())["replies"] == []  # the bot is quiet
            relayed = await next_event(staff_ws, "message")
            assert relayed["case_id"] == opened["case_id"]

        # Worker two dies; nothing is lost: the case and every message are on worker one.
        two.kill()
        if winner_base == two.base:
            winner, winner_csrf = await login(one.base, "ala")
        async with winner.get(one.base + f"/api/cases/{opened['case_id']}") as resp:
            view = await resp.json()
        assert view["case"]["status"] == "active"
        assert [r["text"] for r in view["transcript"]][-2:] == ["Привіт", "Я в Гданську"]
        status, _ = await post(
            winner, winner_csrf, one.base + f"/api/cases/{opened['case_id']}/messages", {"text": "Я тут"}
        )
        assert status == 201
        async with user.get(messages, headers=auth) as resp:
            assert (await resp.json())["messages"][-1]["text"] == "Я тут"
    finally:
        for session in (ala, ola, user):
            await session.close()
