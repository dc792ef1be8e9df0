"""The staff API: login and cookies, CSRF, roles on every route, exclusive claims, language routing,
case limits, release, transfer, notes, close, and an audit row for every action."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient
from sqlalchemy import update

from bot.appkeys import ENGINE
from bot.clock import utcnow
from bot.db import sessionmaker_for
from handoff.api import ROUTES
from handoff.keys import HANDOFF
from handoff.models import StaffUser
from handoff.staff import StaffStore

from .conftest import PASSWORD, AddStaff, Login, NewUser


async def open_case(new_user: NewUser, language: str = "uk", text: str = "they took my passport") -> Any:
    user = await new_user(language)
    await user.say(text)
    return user


async def test_login_sets_a_secure_httponly_strict_cookie(make_client: Any) -> None:
    client: TestClient = await make_client()  # the default: Secure cookies
    await StaffStore(client.app[ENGINE]).add("ala", PASSWORD, role="consultant", languages=["pl"])
    resp = await client.post("/api/auth/login", json={"username": "ala", "password": "wrong password!"})
    assert resp.status == 401
    resp = await client.post("/api/auth/login", json={"username": "nobody", "password": PASSWORD})
    assert resp.status == 401
    resp = await client.post("/api/auth/login", json={"username": "ala", "password": PASSWORD})
    assert resp.status == 200
    cookies = {c.key: c for c in resp.cookies.values()}
    session = cookies["helpline_staff"]
    assert session["httponly"] and session["secure"] and session["samesite"] == "Strict"
    assert not cookies["helpline_csrf"]["httponly"] and cookies["helpline_csrf"]["samesite"] == "Strict"
    assert (await resp.json())["csrf_token"] == cookies["helpline_csrf"].value


async def test_every_route_needs_a_login_and_the_right_role(hclient: TestClient, login: Login) -> None:
    for method, path, _handler in ROUTES:
        if path in ("/api/auth/login", "/api/openapi.json"):  # the way in, and a public description
            continue
        url = path.replace("{case_id}", "1")
        resp = await hclient.request(method, url, json={})
        assert resp.status == 401, (method, path)

    consultant = await login("ala")
    await consultant.post("/api/staff", {"username": "x1", "password": PASSWORD, "role": "admin"}, 403)
    await consultant.get("/api/audit", 403)
    moderator = await login("mod", role="moderator")
    await moderator.get("/api/audit")
    await moderator.post("/api/staff", {"username": "x2", "password": PASSWORD, "role": "admin"}, 403)
    admin = await login("boss", role="admin")
    created = await admin.post(
        "/api/staff",
        {"username": "new1", "password": PASSWORD, "role": "consultant", "languages": ["vi"]},
        201,
    )
    assert created["user"]["languages"] == ["vi"]
    await admin.post(
        "/api/staff", {"username": "new2", "password": "short", "role": "consultant", "languages": []}, 400
    )


async def test_posts_need_the_csrf_token_of_the_session(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk")
    await open_case(new_user)
    [case] = (await ala.get("/api/queue"))["cases"]
    url = ala.url(f"/api/cases/{case['id']}/claim")
    async with ala.session.post(url, json={}) as resp:
        assert resp.status == 403
    async with ala.session.post(url, json={}, headers={"X-CSRF-Token": "forged"}) as resp:
        assert resp.status == 403
    # Another staff member's token does not open this session either.
    ola = await login("ola", languages="uk")
    async with ala.session.post(url, json={}, headers={"X-CSRF-Token": ola.csrf}) as resp:
        assert resp.status == 403
    await ala.post(f"/api/cases/{case['id']}/claim")


async def test_two_consultants_claiming_at_once_one_wins(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    staff = [await login(f"c{i}", languages="uk") for i in range(4)]
    await open_case(new_user)
    [case] = (await staff[0].get("/api/queue"))["cases"]

    async def claim(s: Any) -> int:
        async with s.session.post(
            s.url(f"/api/cases/{case['id']}/claim"), json={}, headers={"X-CSRF-Token": s.csrf}
        ) as resp:
            return resp.status

    statuses = await asyncio.gather(*(claim(s) for s in staff))
    assert sorted(statuses) == [200, 409, 409, 409]


async def test_a_case_waits_for_its_language_then_goes_to_anyone(
    make_client: Any, login: Login, new_user: NewUser
) -> None:
    pl_only = await login("pl1", languages="pl")
    uk = await login("uk1", languages="uk")
    await open_case(new_user, "uk")
    [case] = (await pl_only.get("/api/queue"))["cases"]
    assert not case["offered"]
    refused = await pl_only.post(f"/api/cases/{case['id']}/claim", status=409)
    assert refused["error"]["code"] == "not_offered"
    assert (await uk.get("/api/queue"))["cases"][0]["offered"]
    # After the wait (here: none at all), anyone may take it.
    service = pl_only.client.app[HANDOFF]
    service.config = replace(service.config, language_wait_seconds=0)
    await pl_only.post(f"/api/cases/{case['id']}/claim")


async def test_a_consultant_has_a_limit_of_active_cases(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk", max_cases=1)
    await open_case(new_user)
    await open_case(new_user)
    first, second = (await ala.get("/api/queue"))["cases"]
    await ala.post(f"/api/cases/{first['id']}/claim")
    assert (await ala.post(f"/api/cases/{second['id']}/claim", status=409))["error"]["code"] == "case_limit"


async def test_release_transfer_note_close_and_the_audit_trail(
    hclient: TestClient, login: Login, add_staff: AddStaff, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk")
    ola = await login("ola", languages="uk")
    mod = await login("mod", role="moderator", languages="pl")
    user = await open_case(new_user)
    [case] = (await ala.get("/api/queue"))["cases"]
    cid = case["id"]
    await ala.post(f"/api/cases/{cid}/claim")
    # Ola cannot act on Ala's case, nor read it.
    assert (await ola.post(f"/api/cases/{cid}/messages", {"text": "hi"}, 403))["error"][
        "code"
    ] == "not_your_case"
    await ola.get(f"/api/cases/{cid}", 403)
    await ola.post(f"/api/cases/{cid}/close", {"outcome": "not_relevant"}, 403)

    note = await ala.post(f"/api/cases/{cid}/notes", {"text": "works on a farm near Gdansk"}, 201)
    assert note["note"]["author"] == "ala"
    await ala.post(f"/api/cases/{cid}/release")
    rows = await user.messages()
    assert rows[-1]["sender"] == "system" and "1" in rows[-1]["text"]
    [back] = (await ola.get("/api/queue"))["cases"]
    assert back["id"] == cid and back["position"] == 1

    await ola.post(f"/api/cases/{cid}/claim")
    staff = {s["username"]: s["id"] for s in (await ola.get("/api/staff"))["staff"]}
    moved = await ola.post(f"/api/cases/{cid}/transfer", {"to": staff["ala"]})
    assert moved["case"]["assigned_to"] == staff["ala"]
    view = await ala.get(f"/api/cases/{cid}")
    assert [n["text"] for n in view["notes"]] == ["works on a farm near Gdansk"]
    assert view["outcomes"][0] == "information_given"
    await ala.post(f"/api/cases/{cid}/close", {"outcome": "made_up"}, 400)
    # A moderator sees every active case and can close any of them.
    assert [c["id"] for c in (await mod.get("/api/queue"))["active"]] == [cid]
    assert "active" not in await ala.get("/api/queue")
    closed = await mod.post(f"/api/cases/{cid}/close", {"outcome": "referred_police_border_guard"})
    assert closed["case"]["status"] == "closed"
    await ala.post(f"/api/cases/{cid}/messages", {"text": "still there?"}, 409)

    entries = (await mod.get("/api/audit"))["entries"]
    actions = [(e["action"], e["case_id"]) for e in reversed(entries) if e["action"] != "view"]
    assert [a for a, c in actions if c == cid] == ["claim", "note", "release", "claim", "transfer", "close"]
    assert sum(1 for a, _ in actions if a == "login") == 3


async def test_staff_session_ends_at_logout(hclient: TestClient, login: Login) -> None:
    ala = await login("ala")
    await ala.post("/api/auth/logout")
    await ala.get("/api/queue", 401)
    # A stolen cookie value is useless after logout, too.
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as other:
        async with other.get(ala.url("/api/queue")) as resp:
            assert resp.status == 401


async def test_five_wrong_passwords_lock_the_account_for_a_while(
    hclient: TestClient, add_staff: AddStaff
) -> None:
    # The account's own lock, below any per-address limit of the HTTP login.
    await add_staff("ala")
    store = StaffStore(hclient.app[ENGINE])
    for _ in range(5):
        assert await store.login("ala", "guess guess guess", hours=1) is None
    assert await store.login("ala", PASSWORD, hours=1) is None  # locked, even with the right password
    user = (await store.all())[0]
    async with sessionmaker_for(hclient.app[ENGINE]).begin() as session:
        await session.execute(update(StaffUser).where(StaffUser.id == user.id).values(locked_until=utcnow()))
    assert await store.login("ala", PASSWORD, hours=1) is not None


async def test_reading_a_case_is_audited_once_not_on_every_refresh(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk")
    mod = await login("mod", role="moderator")
    await open_case(new_user)
    [case] = (await ala.get("/api/queue"))["cases"]
    for _ in range(3):
        await ala.get(f"/api/cases/{case['id']}")
    await mod.get(f"/api/cases/{case['id']}")
    views = [e for e in (await mod.get("/api/audit"))["entries"] if e["action"] == "view"]
    assert len(views) == 2
