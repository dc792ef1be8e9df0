"""Review room fixtures: the handoff's app, staff and web users (tests/handoff/conftest.py), and
a reviewer logged in with their own cookie jar."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from tests.handoff import conftest as handoff_fixtures
from tests.handoff.conftest import PASSWORD, AddStaff, Staffer

# the handoff's fixtures, shared: the app with the NLU stand-in, staff accounts, web chat users
hclient = handoff_fixtures.hclient
add_staff = handoff_fixtures.add_staff
new_user = handoff_fixtures.new_user

Login = Callable[..., Awaitable[Staffer]]


async def log_in_as(hclient: TestClient, username: str, password: str = PASSWORD, **extra: Any) -> Staffer:
    session = ClientSession(cookie_jar=CookieJar(unsafe=True))
    async with session.post(
        str(hclient.make_url("/api/auth/login")), json={"username": username, "password": password, **extra}
    ) as resp:
        data = await resp.json()
        if resp.status != 200:
            await session.close()
            raise AssertionError(data)
    return Staffer(hclient, session, data["user"], data["csrf_token"])


@pytest.fixture
async def reviewer(hclient: TestClient, add_staff: AddStaff) -> AsyncIterator[Login]:
    """``await reviewer("mona", "moderator")``: a staff member added and logged in."""
    sessions: list[ClientSession] = []

    async def make(username: str, role: str = "moderator") -> Staffer:
        await add_staff(username, role)
        staffer = await log_in_as(hclient, username)
        sessions.append(staffer.session)
        return staffer

    yield make
    for session in sessions:
        await session.close()
