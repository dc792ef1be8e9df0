"""Fixtures of the campaigns room: a migrated engine on each SQL backend, links of a test helpline."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import ClientResponse, ClientSession, CookieJar
from aiohttp.test_utils import TestClient
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.appkeys import ENGINE
from bot.db import create_engine
from campaigns import CampaignStore, LinkBuilder
from handoff.staff import StaffStore

BOT = "KcikHelpBot"
NUMBER = "48500600700"
BASE = "https://chat.example.org"


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def store(engine: AsyncEngine) -> CampaignStore:
    return CampaignStore(engine)


@pytest.fixture
def links() -> LinkBuilder:
    return LinkBuilder(BOT, NUMBER, BASE)


PASSWORD = "correct horse battery"
LINK_SETTINGS = {
    "session_cookie_secure": False,  # plain http in tests
    "telegram_bot_username": BOT,
    "whatsapp_public_number": "+" + NUMBER,
    "public_base_url": BASE,
}


@dataclass
class Staff:
    """A logged-in staff member with their own cookie jar, as a browser would be."""

    client: TestClient
    session: ClientSession
    csrf: str

    def url(self, path: str) -> str:
        return str(self.client.make_url(path))

    async def get(self, path: str, status: int = 200) -> ClientResponse:
        resp = await self.session.get(self.url(path))
        await resp.read()
        assert resp.status == status, (path, resp.status, await resp.text())
        return resp

    async def json(self, path: str, status: int = 200) -> dict[str, Any]:
        data: dict[str, Any] = await (await self.get(path, status)).json()
        return data

    async def post(
        self, path: str, body: dict[str, Any], status: int = 200, csrf: bool = True
    ) -> dict[str, Any]:
        headers = {"X-CSRF-Token": self.csrf} if csrf else {}
        async with self.session.post(self.url(path), json=body, headers=headers) as resp:
            data: dict[str, Any] = await resp.json()
            assert resp.status == status, data
            return data


@pytest.fixture
async def console(make_client: Callable[..., Awaitable[TestClient]]) -> TestClient:
    """The real app with campaign links configured."""
    return await make_client(**LINK_SETTINGS)


@pytest.fixture
async def staff(console: TestClient) -> AsyncIterator[Callable[[str], Awaitable[Staff]]]:
    sessions: list[ClientSession] = []

    async def log_in(role: str) -> Staff:
        name = f"{role}{len(sessions)}"
        await StaffStore(console.app[ENGINE]).add(name, PASSWORD, role=role, languages=["pl"])
        session = ClientSession(cookie_jar=CookieJar(unsafe=True))
        sessions.append(session)
        async with session.post(
            str(console.make_url("/api/auth/login")), json={"username": name, "password": PASSWORD}
        ) as resp:
            data = await resp.json()
            assert resp.status == 200, data
        return Staff(console, session, data["csrf_token"])

    yield log_in
    for session in sessions:
        await session.close()
