"""Fixtures of the campaigns room: a migrated engine on each SQL backend, links of a test helpline."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import create_engine
from campaigns import CampaignStore, LinkBuilder

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
