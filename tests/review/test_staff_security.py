"""Staff security: two-factor login (TOTP), per-address login limits (database and Redis), idle and
absolute session expiry, CSRF on every review POST, headers that forbid framing."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pyotp
import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import update

from bot.appkeys import ENGINE, SETTINGS
from bot.cli import main
from bot.clock import utcnow
from bot.db import sessionmaker_for
from handoff.models import StaffSession
from handoff.staff import StaffStore
from review.api import ROUTES
from tests.conftest import REDIS_URL, AppClient

from .conftest import PASSWORD, Login, log_in_as


async def login_status(client: TestClient, username: str, password: str = PASSWORD, **extra: Any) -> int:
    resp = await client.post("/api/auth/login", json={"username": username, "password": password, **extra})
    await resp.read()
    return resp.status


async def test_accounts_made_by_an_admin_need_a_totp_code(hclient: TestClient, reviewer: Login) -> None:
    ada = await reviewer("ada", "admin")
    created = await ada.post(
        "/api/staff",
        {"username": "mona", "password": PASSWORD, "role": "moderator", "languages": []},
        status=201,
    )
    totp = pyotp.parse_uri(created["totp_uri"])
    assert created["totp_uri"].startswith("otpauth://totp/") and "mona" in created["totp_uri"]
    assert await login_status(hclient, "mona") == 401
    assert await login_status(hclient, "mona", totp="000000" if totp.now() != "000000" else "111111") == 401
    code = totp.now()
    mona = await log_in_as(hclient, "mona", totp=code)
    try:
        assert (await mona.get("/api/me"))["user"]["role"] == "moderator"
    finally:
        await mona.session.close()
    assert await login_status(hclient, "mona", totp=code) == 401  # a code is good only once


async def test_required_totp_keeps_out_accounts_not_enrolled(make_client: AppClient) -> None:
    client = await make_client(session_cookie_secure=False, staff_totp_required=True)
    store = StaffStore(client.app[ENGINE])
    user = await store.add("ola", PASSWORD, role="moderator", languages=[])
    assert await login_status(client, "ola") == 401
    secret = await store.enrol_totp(user.id)
    assert await login_status(client, "ola", totp=pyotp.TOTP(secret).now()) == 200


def test_totp_reset_on_the_command_line(
    sqlite_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "--username", "ala", "--role", "admin", "--password-stdin"]) == 0
    first = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("otpauth://"))
    assert main(["user", "totp-reset", "--username", "ala"]) == 0
    second = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("otpauth://"))
    assert pyotp.parse_uri(first).secret != pyotp.parse_uri(second).secret
    assert main(["user", "totp-reset", "--username", "nobody"]) == 1


@pytest.mark.parametrize("backend", ["database", "redis"])
async def test_one_address_trying_many_accounts_must_wait(
    make_client: AppClient, redis_prefix: str, backend: str
) -> None:
    extra = {"redis_url": REDIS_URL, "redis_prefix": redis_prefix} if backend == "redis" else {}
    client = await make_client(session_cookie_secure=False, login_max_failures=3, **extra)
    await StaffStore(client.app[ENGINE]).add("ala", PASSWORD, role="admin", languages=[])
    for name in ("ala", "ola", "ula"):
        assert await login_status(client, name, "a wrong password") == 401
    assert await login_status(client, "ala") == 429  # even the right password waits now
    resp = await client.post("/api/auth/login", json={"username": "ala", "password": PASSWORD})
    assert (await resp.json())["error"]["code"] == "too_many_attempts"


async def test_sessions_end_when_idle_and_at_their_absolute_expiry(
    hclient: TestClient, reviewer: Login
) -> None:
    mona = await reviewer("mona", "moderator")
    await mona.get("/api/review/conversations")
    engine = hclient.app[ENGINE]
    assert hclient.app[SETTINGS].staff_idle_minutes == 30
    async with sessionmaker_for(engine).begin() as session:
        await session.execute(update(StaffSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    await mona.get("/api/review/conversations", status=401)
    await mona.get("/api/review/conversations", status=401)  # ended for good, not just for a moment

    ola = await reviewer("ola", "moderator")
    async with sessionmaker_for(engine).begin() as session:
        await session.execute(update(StaffSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    await ola.get("/api/review/conversations", status=401)


async def test_every_review_post_needs_the_csrf_token(
    hclient: TestClient, reviewer: Login, new_user: Any
) -> None:
    user = await new_user("pl")
    mona = await reviewer("mona", "moderator")
    for method, path, _handler in ROUTES:
        if method != "POST":
            continue
        url = path.replace("{conversation_id}", user.conversation_id).replace("{message_id}", "1")
        async with mona.session.post(mona.url(url), json={"reason": "a good reason", "flags": []}) as resp:
            assert resp.status == 403, url
        async with mona.session.post(
            mona.url(url), json={"reason": "a good reason"}, headers={"X-CSRF-Token": "forged"}
        ) as resp:
            assert resp.status == 403, url


async def test_the_review_page_cannot_be_framed(hclient: TestClient) -> None:
    for path in ("/console/review", "/api/review/conversations"):
        resp = await hclient.get(path)
        assert resp.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
        assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
