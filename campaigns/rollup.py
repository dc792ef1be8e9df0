"""Campaign numbers that outlive erased conversations.

Retention (bot/retention.py) erases old conversations and keeps only anonymous counts. Just before
the rows go, ``keep_campaign_counts`` adds these conversations' campaign numbers to
``campaign_counts`` in the same transaction, so nothing is lost or counted twice; the statistics add
those counts to what is still live. Each number is filed under the conversation's creation day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, bindparam, func, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.models import Conversation

from .models import CampaignCount, ConversationEvent
from .stats import OFFER_FLOW_MARK, day_of

__all__ = ["keep_campaign_counts"]

_UPSERT = text(
    "INSERT INTO campaign_counts (campaign_key, day, section, key, count) "
    "VALUES (:campaign_key, :day, :section, :key, :count) "
    "ON CONFLICT (campaign_key, day, section, key) "
    "DO UPDATE SET count = campaign_counts.count + excluded.count"
).bindparams(bindparam("day", type_=Date))
_CASES = (
    "SELECT lower(c.campaign), {day}, {key}, count(*) FROM handoff_cases h "
    "JOIN conversations c ON c.id = h.conversation_id "
    "WHERE c.id IN :ids AND c.campaign IS NOT NULL {more} GROUP BY 1, 2, 3"
)
_SQL_DAY = {"sqlite": "date(c.created_at)", "postgresql": "CAST(timezone('UTC', c.created_at) AS DATE)"}


async def keep_campaign_counts(conn: AsyncConnection, conversation_ids: Sequence[str]) -> None:
    """Add the campaign numbers of these conversations (about to be erased) to ``campaign_counts``."""
    if conversation_ids:
        await conn.run_sync(_keep, list(conversation_ids))


def _keep(conn: Connection, ids: list[str]) -> None:
    tables = set(inspect(conn).get_table_names())
    if CampaignCount.__tablename__ not in tables:
        return
    campaign, day = func.lower(Conversation.campaign), day_of(conn.dialect.name)
    mine = [Conversation.id.in_(ids), Conversation.campaign.is_not(None)]
    queries: list[tuple[str, Any]] = [
        (
            "conversations_by_day",
            select(campaign, day, day, func.count()).where(*mine).group_by(campaign, day),
        ),
    ]
    for section, column in (
        ("conversations_by_language", Conversation.language),
        ("conversations_by_channel", Conversation.channel),
    ):
        queries.append(
            (
                section,
                select(campaign, day, column, func.count()).where(*mine).group_by(campaign, day, column),
            )
        )
    if ConversationEvent.__tablename__ in tables:
        joined = [*mine, ConversationEvent.conversation_id == Conversation.id]
        flow, level = ConversationEvent.flow, func.coalesce(ConversationEvent.level, "none")
        used = func.count(func.distinct(ConversationEvent.conversation_id))
        queries.append(
            (
                "flows_used",
                select(campaign, day, flow, used)
                .where(*joined, flow.is_not(None))
                .group_by(campaign, day, flow),
            )
        )
        offers = [ConversationEvent.type == "flow_result", flow.like(f"%{OFFER_FLOW_MARK}%")]
        queries.append(
            (
                "offers_checked",
                select(campaign, day, level, func.count())
                .where(*joined, *offers)
                .group_by(campaign, day, level),
            )
        )
    if "handoff_cases" in tables and conn.dialect.name in _SQL_DAY:
        sql_day = _SQL_DAY[conn.dialect.name]
        for section, key, more in (
            ("handoffs_by_level", "h.level", ""),
            ("handoff_outcomes", "coalesce(h.outcome, 'none')", "AND h.status = 'closed'"),
        ):
            statement = text(_CASES.format(day=sql_day, key=key, more=more))
            queries.append((section, statement.bindparams(bindparam("ids", value=ids, expanding=True))))

    for section, query in queries:
        for camp, d, key, n in conn.execute(query).all():
            label = (
                "unknown"
                if key is None
                else (_as_date(key).isoformat() if section.endswith("_day") else str(key))
            )
            conn.execute(
                _UPSERT,
                {
                    "campaign_key": camp,
                    "day": _as_date(d),
                    "section": section,
                    "key": label[:64],
                    "count": int(n),
                },
            )


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
