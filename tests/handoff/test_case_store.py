"""The case store on SQLite and PostgreSQL: one open case per conversation, exclusive claims."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import create_engine
from bot.store import ConversationStore
from handoff.staff import StaffStore
from handoff.store import CaseStore


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


async def staff(engine: AsyncEngine, *names: str) -> list[int]:
    store = StaffStore(engine)
    return [(await store.add(n, "a long password", role="consultant", languages=["pl"])).id for n in names]


async def new_conversation(engine: AsyncEngine) -> str:
    return (await ConversationStore(engine).create("web", language="uk")).id


async def test_a_conversation_has_one_open_case_raised_to_the_highest_level(engine: AsyncEngine) -> None:
    cases = CaseStore(engine)
    conv = await new_conversation(engine)
    first, created = await cases.open(conv, level="requested", reason="requested", channel="web")
    assert created
    again, created = await cases.open(conv, level="critical", reason="risk", channel="web")
    assert not created and again.id == first.id and again.level == "critical"
    lower, _ = await cases.open(conv, level="high", reason="risk", channel="web")
    assert lower.level == "critical"
    assert await cases.close(first.id, "not_relevant")
    fresh, created = await cases.open(conv, level="high", reason="risk", channel="web")
    assert created and fresh.id != first.id


async def test_concurrent_claims_have_exactly_one_winner(database_url: str) -> None:
    # Two engines stand for two workers; each sends several claims at once.
    engines = [create_engine(database_url), create_engine(database_url)]
    try:
        stores = [CaseStore(e) for e in engines]
        users = await staff(engines[0], "ala", "ola", "ewa", "iza")
        for _round in range(3):
            case, _ = await stores[0].open(
                await new_conversation(engines[0]), level="high", reason="risk", channel="web"
            )
            results = await asyncio.gather(*(stores[i % 2].claim(case.id, users[i % 4]) for i in range(8)))
            assert sum(results) == 1
            claimed = await stores[1].get(case.id)
            assert claimed is not None and claimed.status == "active"
            assert await stores[0].close(case.id, "information_given")
    finally:
        for e in engines:
            await e.dispose()


async def test_release_transfer_and_close_follow_the_owner(engine: AsyncEngine) -> None:
    cases = CaseStore(engine)
    ala, ola = await staff(engine, "ala", "ola")
    case, _ = await cases.open(await new_conversation(engine), level="high", reason="risk", channel="web")
    assert await cases.claim(case.id, ala)
    assert not await cases.claim(case.id, ola)
    assert not await cases.release(case.id, ola)  # not hers
    assert await cases.transfer(case.id, ala, ola)
    assert not await cases.transfer(case.id, ala, ala)  # ala no longer has it
    assert await cases.active_count(ola) == 1 and await cases.active_count(ala) == 0
    assert await cases.release(case.id, ola)
    back = await cases.get(case.id)
    assert back is not None and back.status == "queued" and back.assigned_to is None
    assert back.queued_at == case.queued_at  # it keeps its place
    assert await cases.claim(case.id, ala)
    assert await cases.first_reply(case.id) and not await cases.first_reply(case.id)
    assert not await cases.close(case.id, "user_left", by_user=ola)
    assert await cases.close(case.id, "presumed_victim_identified", by_user=ala)
    closed = await cases.get(case.id)
    assert closed is not None and closed.status == "closed" and closed.outcome == "presumed_victim_identified"
    await cases.add_note(case.id, ala, "called back tomorrow")
    assert [n.text for n in await cases.notes(case.id)] == ["called back tomorrow"]
