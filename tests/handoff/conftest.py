"""Fixtures for the handoff: staff accounts, logged-in consultants with their own cookie jars, a web
chat user, and an NLU stand-in that reads risk from a few fixed phrases (the real NLU has its own tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE, HELPLINE
from bot.service import Understanding
from handoff.keys import HANDOFF
from handoff.staff import StaffStore

PASSWORD = "correct horse battery"

RISKS: dict[str, dict[str, Any]] = {
    "passport": {
        "level": "critical",
        "score": 0.95,
        "indicators": [{"id": "document_retention", "evidence": "took my passport"}],
    },
    "unpaid": {
        "level": "high",
        "score": 0.7,
        "indicators": [{"id": "wage_withholding", "evidence": "not paid for two months"}],
    },
}


async def fake_understand(text: str, hint: str | None) -> Understanding | None:
    language = hint[:2] if hint else "en"
    risk: dict[str, Any] = {"level": "none", "score": 0.0, "indicators": []}
    intent = "out_of_scope"
    for word, found in RISKS.items():
        if word in text.lower():
            risk, intent = found, "report_situation"
    if "help 112" in text.lower():
        intent = "emergency"
    summary = {"language": language, "intent": intent, "intent_confidence": 0.9, "risk": risk}
    return Understanding(language, summary)


@dataclass
class Staffer:
    """A logged-in staff member with their own cookies, as a browser would be."""

    client: TestClient
    session: ClientSession
    user: dict[str, Any]
    csrf: str

    def url(self, path: str) -> str:
        return str(self.client.make_url(path))

    async def get(self, path: str, status: int = 200) -> dict[str, Any]:
        async with self.session.get(self.url(path)) as resp:
            data: dict[str, Any] = await resp.json()
            assert resp.status == status, data
            return data

    async def post(self, path: str, body: dict[str, Any] | None = None, status: int = 200) -> dict[str, Any]:
        async with self.session.post(
            self.url(path), json=body or {}, headers={"X-CSRF-Token": self.csrf}
        ) as resp:
            data: dict[str, Any] = await resp.json()
            assert resp.status == status, data
            return data


@dataclass
class WebUser:
    client: TestClient
    conversation_id: str
    token: str
    language: str

    async def say(self, text: str | None = None, button: str | None = None) -> list[dict[str, Any]]:
        body = {"text": text} if text is not None else {"button": button}
        resp = await self.client.post(
            f"/chat/api/conversations/{self.conversation_id}/messages",
            json=body,
            headers={"Authorization": f"Bearer {self.token}", "Accept-Language": self.language},
        )
        data = await resp.json()
        assert resp.status == 200, data
        replies: list[dict[str, Any]] = data["replies"]
        return replies

    async def messages(self) -> list[dict[str, Any]]:
        resp = await self.client.get(
            f"/chat/api/conversations/{self.conversation_id}/messages",
            headers={"Authorization": f"Bearer {self.token}"},
        )
        assert resp.status == 200
        rows: list[dict[str, Any]] = (await resp.json())["messages"]
        return rows


AddStaff = Callable[..., Awaitable[dict[str, Any]]]
Login = Callable[..., Awaitable[Staffer]]
NewUser = Callable[..., Awaitable[WebUser]]


@pytest.fixture
async def hclient(make_client: Callable[..., Awaitable[TestClient]]) -> TestClient:
    """The real app over HTTP with cookies allowed on plain http and the NLU stand-in."""
    client = await make_client(session_cookie_secure=False)
    client.app[HELPLINE].understand = fake_understand
    return client


@pytest.fixture
def add_staff(hclient: TestClient) -> AddStaff:
    async def add(
        username: str, role: str = "consultant", languages: str = "pl,en", **kw: Any
    ) -> dict[str, Any]:
        store = StaffStore(hclient.app[ENGINE])
        user = await store.add(username, PASSWORD, role=role, languages=languages.split(","), **kw)
        return user.to_dict()

    return add


@pytest.fixture
async def login(hclient: TestClient, add_staff: AddStaff) -> AsyncIterator[Login]:
    sessions: list[ClientSession] = []

    async def log_in(username: str, role: str = "consultant", languages: str = "pl,en", **kw: Any) -> Staffer:
        await add_staff(username, role, languages, **kw)
        session = ClientSession(cookie_jar=CookieJar(unsafe=True))
        sessions.append(session)
        async with session.post(
            str(hclient.make_url("/api/auth/login")), json={"username": username, "password": PASSWORD}
        ) as resp:
            data = await resp.json()
            assert resp.status == 200, data
        return Staffer(hclient, session, data["user"], data["csrf_token"])

    yield log_in
    for session in sessions:
        await session.close()


@pytest.fixture
def new_user(hclient: TestClient) -> NewUser:
    async def start(language: str = "uk", channel_campaign: str | None = None) -> WebUser:
        body: dict[str, Any] = {"language": language}
        if channel_campaign:
            body["campaign"] = channel_campaign
        resp = await hclient.post("/chat/api/conversations", json=body)
        data = await resp.json()
        assert resp.status == 201, data
        user = WebUser(hclient, data["conversation_id"], data["token"], language)
        await user.say(button=f"lang:{language}")
        return user

    return start


@pytest.fixture
def handoff(hclient: TestClient) -> Any:
    return hclient.app[HANDOFF]
