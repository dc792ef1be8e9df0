"""Redis dies and comes back empty while a case waits: no case is lost (SQL holds them) and the live
relay between two workers resumes by itself."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE
from handoff.staff import StaffStore
from tests.handoff.conftest import PASSWORD

from .servers import PrivateRedis


async def test_redis_restart_loses_no_case_and_the_relay_resumes(
    make_client: Any, private_redis: PrivateRedis
) -> None:
    shared = {
        "redis_url": private_redis.url,
        "redis_prefix": "faults",
        "session_cookie_secure": False,
        "staff_totp_required": False,
    }
    user_side: TestClient = await make_client(**shared)
    staff_side: TestClient = await make_client(**shared)  # a second worker on the same database
    await StaffStore(user_side.app[ENGINE]).add("ala", PASSWORD, role="consultant", languages=["uk", "pl"])

    resp = await user_side.post("/chat/api/conversations", json={"language": "uk"})
    conv = await resp.json()
    auth = {"Authorization": f"Bearer {conv['token']}"}
    messages = f"/chat/api/conversations/{conv['conversation_id']}/messages"
    resp = await user_side.post(messages, json={"button": "handoff:yes"}, headers=auth)
    assert resp.status == 200

    private_redis.kill()
    private_redis.start()  # empty: no persistence

    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as ala:
        base = str(staff_side.make_url(""))
        async with ala.post(base + "/api/auth/login", json={"username": "ala", "password": PASSWORD}) as r:
            assert r.status == 200, await r.text()
            csrf = (await r.json())["csrf_token"]
        async with ala.get(base + "/api/queue") as r:
            cases = (await r.json())["cases"]
        assert [c["channel"] for c in cases] == ["web"]  # the case is still there
        async with ala.post(
            base + f"/api/cases/{cases[0]['id']}/claim", json={}, headers={"X-CSRF-Token": csrf}
        ) as r:
            assert r.status == 200

        ws_url = f"/chat/api/conversations/{conv['conversation_id']}/ws?token={conv['token']}&after=999999"
        async with user_side.ws_connect(ws_url) as ws:
            text, deadline = "Привіт, я з вами", asyncio.get_running_loop().time() + 20
            while True:  # the subscriber reconnects by itself; until then a message may go by
                async with ala.post(
                    base + f"/api/cases/{cases[0]['id']}/messages",
                    json={"text": text},
                    headers={"X-CSRF-Token": csrf},
                ) as r:
                    assert r.status == 201
                try:
                    event = await asyncio.wait_for(ws.receive_json(), 1.5)
                except TimeoutError:
                    assert asyncio.get_running_loop().time() < deadline, "the relay never resumed"
                    continue
                if event.get("text") == text:
                    break
    resp = await user_side.get(messages, headers=auth)
    assert (await resp.json())["messages"][-1]["text"] == text  # and it is in the transcript
