"""Statistics on a seeded data set, on SQLite and PostgreSQL: aggregates only, small counts hidden."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import sessionmaker_for
from bot.models import Conversation
from campaigns import CampaignStore
from campaigns.models import ConversationEvent
from campaigns.stats import CampaignStats, Period, report_csv, shown
from handoff.models import Case

DAY1 = datetime(2026, 5, 10, 9, 30, tzinfo=UTC)
DAY2 = datetime(2026, 5, 11, 23, 59, tzinfo=UTC)


async def seed(engine: AsyncEngine) -> None:
    store = CampaignStore(engine)
    await store.create("FAIR-2026", "Job fair Kraków")
    await store.create("SCHOOL-7", "Vocational school 7")
    await store.create("QUIET-1", "A poster nobody scanned")
    convs: list[Conversation] = []
    n = 0

    def conv(campaign: str | None, channel: str, language: str | None, when: datetime) -> Conversation:
        nonlocal n
        n += 1
        row = Conversation(
            id=f"{n:032x}",
            channel=channel,
            language=language,
            campaign=campaign,
            state={},
            created_at=when,
            last_activity_at=when,
        )
        convs.append(row)
        return row

    fair = [conv("FAIR-2026", "web", "pl", DAY1 + timedelta(minutes=i)) for i in range(6)]
    fair += [conv("FAIR-2026", "telegram", "uk", DAY1) for _ in range(2)]
    fair.append(conv("fair-2026", "whatsapp", None, DAY2))  # the code as a user typed it
    school = [conv("SCHOOL-7", "web", "en", DAY1) for _ in range(3)]
    for _ in range(4):
        conv(None, "web", "pl", DAY1)
    for _ in range(2):
        conv("NOPE-9", "telegram", "ru", DAY1)  # a payload no campaign has

    def event(c: Conversation, type_: str, flow: str | None = None, level: str | None = None) -> Any:
        return ConversationEvent(conversation_id=c.id, type=type_, flow=flow, level=level, created_at=DAY1)

    events = [
        event(fair[0], "flow_result", "offer", "high"),
        event(fair[0], "flow_result", "offer", "high"),  # checked twice: two checks, one conversation
        event(fair[0], "menu"),
        event(fair[1], "flow_result", "offer", None),
        event(fair[2], "flow_result", "signs", "low"),
        event(fair[2], "handoff", "situation", "high"),
        event(fair[3], "media"),
        event(school[0], "flow_result", "offer", "low"),
    ]

    def case(c: Conversation, level: str, status: str = "queued", outcome: str | None = None) -> Case:
        return Case(
            conversation_id=c.id,
            status=status,
            level=level,
            reason="test",
            language=c.language,
            channel=c.channel,
            campaign=c.campaign,
            risk={},
            created_at=DAY1,
            queued_at=DAY1,
            closed_at=DAY2 if status == "closed" else None,
            outcome=outcome,
        )

    cases = [
        case(fair[0], "critical", "closed", "referred"),
        case(fair[1], "critical"),
        case(fair[2], "requested", "closed", "advice"),
        case(school[0], "high"),
    ]
    async with sessionmaker_for(engine).begin() as session:
        session.add_all(convs)
        await session.flush()
        session.add_all(events + cases)


async def test_a_campaign_report_counts_what_its_conversations_did(engine: AsyncEngine) -> None:
    await seed(engine)
    report = await CampaignStats(engine).report("fair-2026")
    assert report is not None
    assert (report.code, report.name, report.conversations) == ("FAIR-2026", "Job fair Kraków", 9)
    s = report.sections
    assert s["conversations_by_day"] == [("2026-05-10", 8), ("2026-05-11", 1)]
    assert s["conversations_by_language"] == [("pl", 6), ("uk", 2), ("unknown", 1)]
    assert s["conversations_by_channel"] == [("telegram", 2), ("web", 6), ("whatsapp", 1)]
    assert s["flows_used"] == [("offer", 2), ("signs", 1), ("situation", 1)]
    assert s["offers_checked"] == [("high", 2), ("none", 1)]
    assert s["handoffs_by_level"] == [("critical", 2), ("requested", 1)]
    assert s["handoff_outcomes"] == [("advice", 1), ("referred", 1)]


async def test_a_period_keeps_only_conversations_that_began_in_it(engine: AsyncEngine) -> None:
    await seed(engine)
    stats = CampaignStats(engine)
    later = await stats.report("FAIR-2026", Period(since=date(2026, 5, 11)))
    assert later is not None and later.conversations == 1
    assert later.sections["conversations_by_channel"] == [("whatsapp", 1)]
    assert later.sections["handoffs_by_level"] == []
    first_day = await stats.report("FAIR-2026", Period(since=date(2026, 5, 10), until=date(2026, 5, 10)))
    assert first_day is not None and first_day.conversations == 8
    assert await stats.report("NOPE-9") is None  # not a campaign: nothing to report


async def test_the_overview_lists_every_campaign_with_zero_for_none(engine: AsyncEngine) -> None:
    await seed(engine)
    overview = await CampaignStats(engine).overview()
    assert [(code, n) for code, _name, _active, n in overview] == [
        ("FAIR-2026", 9),
        ("SCHOOL-7", 3),
        ("QUIET-1", 0),
    ]


async def test_an_empty_database_reports_zeros(engine: AsyncEngine) -> None:
    await CampaignStore(engine).create("QUIET-1", "nobody")
    report = await CampaignStats(engine).report("QUIET-1")
    assert report is not None and report.conversations == 0
    assert all(rows == [] for rows in report.sections.values())


async def test_the_csv_shows_small_counts_as_under_five(engine: AsyncEngine) -> None:
    await seed(engine)
    stats = CampaignStats(engine)
    reports = [r for r in [await stats.report("FAIR-2026"), await stats.report("SCHOOL-7")] if r]
    rows = list(csv.reader(io.StringIO(report_csv(reports))))
    assert rows[0] == ["campaign", "section", "key", "count"]
    table = {(c, s, k): n for c, s, k, n in rows[1:]}
    assert table[("FAIR-2026", "conversations", "total")] == "9"
    assert table[("FAIR-2026", "conversations_by_day", "2026-05-10")] == "8"
    assert table[("FAIR-2026", "conversations_by_day", "2026-05-11")] == "<5"
    assert table[("FAIR-2026", "conversations_by_language", "pl")] == "6"
    assert table[("FAIR-2026", "conversations_by_language", "uk")] == "<5"
    assert table[("FAIR-2026", "handoffs_by_level", "critical")] == "<5"
    assert table[("SCHOOL-7", "conversations", "total")] == "<5"
    counts = [n for *_, n in rows[1:]]
    assert all(n == "<5" or int(n) >= 5 for n in counts)


@pytest.mark.parametrize(("count", "text"), [(0, "<5"), (1, "<5"), (4, "<5"), (5, "5"), (123, "123")])
def test_shown(count: int, text: str) -> None:
    assert shown(count) == text
