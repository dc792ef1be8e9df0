"""Retention erases old conversations; a campaign's numbers stay the same, kept as aggregates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import sessionmaker_for
from bot.models import Conversation
from bot.retention import erase, forget
from campaigns.stats import CampaignStats, Period

from .test_stats import seed


async def conversation_count(engine: AsyncEngine) -> int:
    async with sessionmaker_for(engine)() as session:
        return int(await session.scalar(select(func.count()).select_from(Conversation)) or 0)


async def test_erased_conversations_still_count_for_their_campaign(engine: AsyncEngine) -> None:
    await seed(engine)
    stats = CampaignStats(engine)
    before = {code: await stats.report(code) for code in ("FAIR-2026", "SCHOOL-7")}
    overview = await stats.overview()
    second_day = await stats.report("FAIR-2026", Period(since=date(2026, 5, 11)))

    async with sessionmaker_for(engine)() as session:
        ids = list((await session.execute(select(Conversation.id).order_by(Conversation.id))).scalars())
    assert await erase(engine, ids[:10], event="expired") == 10  # in two parts, as retention does
    async with engine.begin() as conn:
        await forget(conn, ids[10])
    assert await erase(engine, ids[11:], event="expired") == len(ids) - 11
    assert await conversation_count(engine) == 1  # only the forgotten one, empty, without a campaign

    for code, report in before.items():
        after = await stats.report(code)
        assert after is not None and report is not None
        assert (after.conversations, after.sections) == (report.conversations, report.sections), code
    assert await stats.overview() == overview
    kept = await stats.report("FAIR-2026", Period(since=date(2026, 5, 11)))
    assert kept is not None and second_day is not None
    assert kept.sections == second_day.sections
