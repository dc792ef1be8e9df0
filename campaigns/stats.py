"""Campaign statistics from SQL aggregates only: counts of conversations, flows, offers, handoffs.

Nothing here reads a message's text or returns a row about one person. Sources written by other rooms
count zero while they are missing: ``conversation_events`` (a turn's flow results and handoff requests
as plain labels, campaigns/events.py) and the ``handoff_cases`` table (handoff/). Days are UTC days.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, DateTime, TextClause, and_, bindparam, cast, func, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql.elements import ColumnElement

from bot.models import Conversation

from .codes import code_key
from .models import Campaign, CampaignCount, ConversationEvent

__all__ = [
    "SECTIONS",
    "SMALL",
    "Breakdown",
    "CampaignReport",
    "CampaignStats",
    "Period",
    "report_csv",
    "shown",
]

SMALL = 5  # counts under this are shown as "<5" in exports
OFFER_FLOW_MARK = "offer"  # a flow whose name contains this checks a job offer (flows/data)
SECTIONS = (
    "conversations_by_day",
    "conversations_by_language",
    "conversations_by_channel",
    "flows_used",
    "offers_checked",
    "handoffs_by_level",
    "handoff_outcomes",
)

Breakdown = list[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class Period:
    """Whole UTC days, both ends included; None: no limit."""

    since: date | None = None
    until: date | None = None

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        start = datetime.combine(self.since, time.min, UTC) if self.since else None
        end = datetime.combine(self.until + timedelta(days=1), time.min, UTC) if self.until else None
        return start, end


@dataclass(slots=True)
class CampaignReport:
    code: str
    name: str
    period: Period
    conversations: int = 0
    sections: dict[str, Breakdown] = field(default_factory=lambda: {s: [] for s in SECTIONS})

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "since": self.period.since.isoformat() if self.period.since else None,
            "until": self.period.until.isoformat() if self.period.until else None,
            "conversations": self.conversations,
            **{name: [{"key": k, "count": n} for k, n in rows] for name, rows in self.sections.items()},
        }


def shown(count: int) -> str:
    """A count as an export shows it: under 5 only as "<5", so nobody is singled out."""
    return "<5" if count < SMALL else str(count)


def report_csv(reports: list[CampaignReport]) -> str:
    """One CSV for one or more campaigns: campaign, section, key, count (small counts as "<5")."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["campaign", "section", "key", "count"])
    for report in reports:
        writer.writerow([report.code, "conversations", "total", shown(report.conversations)])
        for section in SECTIONS:
            for key, count in report.sections[section]:
                writer.writerow([report.code, section, _safe_cell(key), shown(count)])
    return out.getvalue()


def _safe_cell(value: str) -> str:
    """No spreadsheet formulas from data (a flow or outcome id starting with = + - @)."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


class CampaignStats:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def report(self, code: str, period: Period = Period()) -> CampaignReport | None:
        """The numbers for one campaign, or None when no campaign has this code."""
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(
                    select(Campaign.code, Campaign.name).where(Campaign.code_key == code_key(code))
                )
            ).first()
            if row is None:
                return None
            report = CampaignReport(row.code, row.name, period)
            await conn.run_sync(_fill, report)
        return report

    async def overview(self, period: Period = Period()) -> list[tuple[str, str, bool, int]]:
        """Every campaign with its number of new conversations in the period: (code, name, active, n)."""
        start, end = period.bounds()
        joined = and_(func.lower(Conversation.campaign) == Campaign.code_key, *_window(start, end))
        query = (
            select(Campaign.code, Campaign.name, Campaign.active, func.count(Conversation.id))
            .select_from(Campaign)
            .outerjoin(Conversation, joined)
            .group_by(Campaign.id, Campaign.code, Campaign.name, Campaign.active)
            .order_by(Campaign.created_at, Campaign.id)
        )
        async with self._engine.connect() as conn:
            live = [(c, n, bool(a), int(k)) for c, n, a, k in (await conn.execute(query)).all()]
            kept = await conn.run_sync(_kept_totals, period)
        return [(c, n, a, k + kept.get(code_key(c), 0)) for c, n, a, k in live]


def day_of(dialect: str) -> Any:
    """A conversation's creation day (UTC) as SQL, for SQLite or PostgreSQL."""
    if dialect == "sqlite":
        return func.date(Conversation.created_at)
    return cast(func.timezone("UTC", Conversation.created_at), Date)


def _window(start: datetime | None, end: datetime | None) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if start is not None:
        where.append(Conversation.created_at >= start)
    if end is not None:
        where.append(Conversation.created_at < end)
    return where


def _fill(conn: Connection, report: CampaignReport) -> None:
    """All sections, on one connection (a sync one: run through ``run_sync``)."""
    start, end = report.period.bounds()
    where = [func.lower(Conversation.campaign) == code_key(report.code), *_window(start, end)]
    dialect = conn.dialect.name

    def grouped(column: Any, label: str = "-") -> Breakdown:
        query = (
            select(column, func.count())
            .select_from(Conversation)
            .where(*where)
            .group_by(column)
            .order_by(column)
        )
        return sorted((_key(k, label), int(n)) for k, n in conn.execute(query).all())

    day = day_of(dialect)
    report.conversations = int(
        conn.execute(select(func.count()).select_from(Conversation).where(*where)).scalar_one()
    )
    s = report.sections
    s["conversations_by_day"] = grouped(day)
    s["conversations_by_language"] = grouped(Conversation.language, "unknown")
    s["conversations_by_channel"] = grouped(Conversation.channel)
    s["flows_used"], s["offers_checked"] = _flow_counts(conn, report, start, end)
    s["handoffs_by_level"], s["handoff_outcomes"] = _handoff_counts(conn, report, start, end)
    _add_kept(conn, report)


def _kept_totals(conn: Connection, period: Period) -> dict[str, int]:
    if not inspect(conn).has_table(CampaignCount.__tablename__):
        return {}
    rows = conn.execute(
        select(CampaignCount.campaign_key, func.sum(CampaignCount.count))
        .where(CampaignCount.section == "conversations_by_day", *_kept_where(period))
        .group_by(CampaignCount.campaign_key)
    ).all()
    return {key: int(n) for key, n in rows}


def _kept_where(period: Period) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if period.since is not None:
        where.append(CampaignCount.day >= period.since)
    if period.until is not None:
        where.append(CampaignCount.day <= period.until)
    return where


def _add_kept(conn: Connection, report: CampaignReport) -> None:
    """Add the counts kept from erased conversations (campaigns/rollup.py) to the live ones."""
    if not inspect(conn).has_table(CampaignCount.__tablename__):
        return
    kept = conn.execute(
        select(CampaignCount.section, CampaignCount.key, func.sum(CampaignCount.count))
        .where(CampaignCount.campaign_key == code_key(report.code), *_kept_where(report.period))
        .group_by(CampaignCount.section, CampaignCount.key)
    ).all()
    for section, key, n in kept:
        if section not in report.sections:
            continue
        merged = dict(report.sections[section])
        merged[key] = merged.get(key, 0) + int(n)
        report.sections[section] = sorted(merged.items())
        if section == "conversations_by_day":
            report.conversations += int(n)


def _key(value: object, empty: str) -> str:
    if value is None or value == "":
        return empty
    return value.isoformat() if isinstance(value, date) else str(value)


def _params(report: CampaignReport, start: datetime | None, end: datetime | None) -> dict[str, object]:
    return {
        "key": code_key(report.code),
        "start": start or datetime(1970, 1, 1, tzinfo=UTC),
        "end": end or datetime(9999, 1, 1, tzinfo=UTC),
    }


def _sql(statement: str) -> TextClause:
    """A statement whose :start and :end are bound as the same datetimes the ORM writes."""
    return text(statement).bindparams(
        bindparam("start", type_=DateTime(timezone=True)), bindparam("end", type_=DateTime(timezone=True))
    )


def _flow_counts(
    conn: Connection, report: CampaignReport, start: datetime | None, end: datetime | None
) -> tuple[Breakdown, Breakdown]:
    """Flows used (conversations per flow) and offers checked (results per level)."""
    if not inspect(conn).has_table(ConversationEvent.__tablename__):
        return [], []
    where = [
        func.lower(Conversation.campaign) == code_key(report.code),
        *_window(start, end),
        ConversationEvent.conversation_id == Conversation.id,
    ]
    flows = conn.execute(
        select(ConversationEvent.flow, func.count(func.distinct(ConversationEvent.conversation_id)))
        .where(*where, ConversationEvent.flow.is_not(None))
        .group_by(ConversationEvent.flow)
    ).all()
    level = func.coalesce(ConversationEvent.level, "none")
    offers = conn.execute(
        select(level, func.count())
        .where(
            *where,
            ConversationEvent.type == "flow_result",
            ConversationEvent.flow.like(f"%{OFFER_FLOW_MARK}%"),
        )
        .group_by(level)
    ).all()
    return sorted((str(f), int(n)) for f, n in flows), sorted((str(lv), int(n)) for lv, n in offers)


def _handoff_counts(
    conn: Connection, report: CampaignReport, start: datetime | None, end: datetime | None
) -> tuple[Breakdown, Breakdown]:
    """Handoff cases by level, and closed cases by outcome (handoff/'s table; none: zero)."""
    if not inspect(conn).has_table("handoff_cases"):
        return [], []
    params = _params(report, start, end)
    base = (
        "FROM handoff_cases h JOIN conversations c ON c.id = h.conversation_id "
        "WHERE lower(c.campaign) = :key AND c.created_at >= :start AND c.created_at < :end"
    )
    levels = conn.execute(
        _sql(f"SELECT h.level, count(*) {base} GROUP BY h.level ORDER BY h.level"), params
    ).all()
    outcomes = conn.execute(
        _sql(
            f"SELECT coalesce(h.outcome, 'none'), count(*) {base} AND h.status = 'closed' "
            "GROUP BY coalesce(h.outcome, 'none') ORDER BY 1"
        ),
        params,
    ).all()
    return sorted((str(lv), int(n)) for lv, n in levels), sorted((str(o), int(n)) for o, n in outcomes)
