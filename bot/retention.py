"""Retention and erasure: what is past its period goes, leaving only anonymous counts.

- A conversation is erased ``transcript_days`` after its last case closed, or after its last message
  when it never had a case (an open case keeps it). Erasing deletes the conversation and, by
  cascade, its messages, outbox rows, cases, notes, review marks and corrections; before that one
  anonymous count per (day, event, channel, language, level) is added, nothing else is kept.
- Staff audit rows older than ``audit_days`` are deleted. The audit table rejects UPDATE and DELETE
  (migration 0005); this module is the documented privileged path: it opens the gate inside its own
  transaction only (PostgreSQL ``SET LOCAL helpline.audit_purge``, SQLite a row in
  ``audit_purge_gate``), so nothing else can delete an audit row through the application.

``purge(engine, policy, now=...)`` takes the time as a parameter, so tests move the clock freely;
``helpline purge --dry-run`` prints the plan; the service runs ``purge_forever`` in the background.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .clock import utcnow

__all__ = ["Policy", "PurgePlan", "count_event", "erase", "forget", "plan", "purge", "purge_forever"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Policy:
    transcript_days: int = 90
    audit_days: int = 730


@dataclass(slots=True)
class PurgePlan:
    conversations: list[str] = field(default_factory=list)
    audit_rows: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        channels = ", ".join(f"{k}: {v}" for k, v in sorted(self.by_channel.items())) or "none"
        return (
            f"conversations to erase: {len(self.conversations)} ({channels})\n"
            f"audit rows to delete: {self.audit_rows}"
        )


_DUE = text(
    """
    SELECT c.id, c.channel FROM conversations c
    WHERE c.last_activity_at < :cutoff
      AND NOT EXISTS (SELECT 1 FROM handoff_cases h WHERE h.conversation_id = c.id AND h.status != 'closed')
      AND NOT EXISTS (
        SELECT 1 FROM handoff_cases h WHERE h.conversation_id = c.id AND h.closed_at >= :cutoff
      )
    ORDER BY c.last_activity_at
    """
)


async def plan(engine: AsyncEngine, policy: Policy, *, now: datetime | None = None) -> PurgePlan:
    now = now or utcnow()
    found = PurgePlan()
    async with engine.connect() as conn:
        for conv_id, channel in (
            await conn.execute(_DUE, {"cutoff": now - timedelta(days=policy.transcript_days)})
        ).all():
            found.conversations.append(conv_id)
            found.by_channel[channel] = found.by_channel.get(channel, 0) + 1
        found.audit_rows = int(
            (
                await conn.execute(
                    text("SELECT count(*) FROM staff_audit WHERE created_at < :cutoff"),
                    {"cutoff": now - timedelta(days=policy.audit_days)},
                )
            ).scalar_one()
        )
    return found


async def count_event(conn: AsyncConnection, day: date, event: str, conversation_ids: Sequence[str]) -> None:
    """Anonymous counts of these conversations (channel, language, highest level) under ``event``."""
    if not conversation_ids:
        return
    rows = (
        await conn.execute(
            text(
                "SELECT channel, coalesce(language, '-'), coalesce(risk_level, 'none'), count(*) "
                "FROM conversations WHERE id IN :ids GROUP BY 1, 2, 3"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(conversation_ids)},
        )
    ).all()
    for channel, language, level, n in rows:
        await conn.execute(
            text(
                "INSERT INTO anonymous_counts (day, event, channel, language, risk_level, count) "
                "VALUES (:day, :event, :channel, :language, :level, :n) "
                "ON CONFLICT (day, event, channel, language, risk_level) "
                "DO UPDATE SET count = anonymous_counts.count + excluded.count"
            ),
            {"day": day, "event": event, "channel": channel, "language": language, "level": level, "n": n},
        )
    from campaigns.rollup import keep_campaign_counts  # per-campaign numbers outlive the rows too

    await keep_campaign_counts(conn, conversation_ids)


async def erase(
    engine: AsyncEngine, conversation_ids: Sequence[str], *, event: str, now: datetime | None = None
) -> int:
    """Delete conversations and everything hanging on them, counting them first; returns how many."""
    now = now or utcnow()
    done = 0
    for start in range(0, len(conversation_ids), 200):
        batch = list(conversation_ids[start : start + 200])
        async with engine.begin() as conn:
            await count_event(conn, now.date(), event, batch)
            result = await conn.execute(
                text("DELETE FROM conversations WHERE id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": batch},
            )
            done += int(result.rowcount or 0)
    return done


async def forget(conn: AsyncConnection, conversation_id: str, *, now: datetime | None = None) -> None:
    """The user asked to be forgotten: everything about them goes, inside the caller's transaction.

    The conversation row is deleted (its messages, outbox rows, cases, notes, review data and any
    other row hanging on it go by cascade) and put back empty under the same id, with only what
    reaching the chat needs (channel, the encrypted chat id, the web page's token hash), so the
    confirmation still arrives and the next message starts afresh. One anonymous count stays.
    """
    now = now or utcnow()
    row = (
        await conn.execute(
            text("SELECT channel, external_id, token_hash FROM conversations WHERE id = :id"),
            {"id": conversation_id},
        )
    ).first()
    if row is None:
        return
    await count_event(conn, now.date(), "forgotten", [conversation_id])
    await conn.execute(text("DELETE FROM conversations WHERE id = :id"), {"id": conversation_id})
    await conn.execute(
        text(
            "INSERT INTO conversations (id, channel, external_id, token_hash, state, created_at, "
            "last_activity_at) VALUES (:id, :channel, :external_id, :token_hash, '{}', :now, :now)"
        ),
        {
            "id": conversation_id,
            "channel": row[0],
            "external_id": row[1],
            "token_hash": row[2],
            "now": now,
        },
    )


async def _delete_audit(engine: AsyncEngine, cutoff: datetime) -> int:
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            await conn.execute(text("SET LOCAL helpline.audit_purge = 'on'"))
        else:
            await conn.execute(text("INSERT INTO audit_purge_gate (opened) VALUES (1)"))
        result = await conn.execute(
            text("DELETE FROM staff_audit WHERE created_at < :cutoff"), {"cutoff": cutoff}
        )
        if conn.dialect.name != "postgresql":
            await conn.execute(text("DELETE FROM audit_purge_gate"))
        return int(result.rowcount or 0)


async def purge(
    engine: AsyncEngine, policy: Policy, *, now: datetime | None = None, dry_run: bool = False
) -> PurgePlan:
    """Erase what is past its period (or, with ``dry_run``, only say what would go)."""
    now = now or utcnow()
    found = await plan(engine, policy, now=now)
    if dry_run:
        return found
    await erase(engine, found.conversations, event="expired", now=now)
    found.audit_rows = await _delete_audit(engine, now - timedelta(days=policy.audit_days))
    async with engine.begin() as conn:
        await conn.execute(
            text("DELETE FROM staff_login_failures WHERE created_at < :cutoff"),
            {"cutoff": now - timedelta(days=1)},
        )
        # De-duplication marks outlive every platform's redelivery window, then go.
        await conn.execute(text("DELETE FROM inbound_seen WHERE expires_at < :now"), {"now": now})
    if found.conversations or found.audit_rows:  # the purge itself goes on the record
        from handoff.models import AuditEntry

        from .db import sessionmaker_for

        async with sessionmaker_for(engine).begin() as session:
            session.add(
                AuditEntry(
                    user_id=None,
                    action="delete",
                    detail={
                        "reason": "retention",
                        "conversations": len(found.conversations),
                        "audit_rows": found.audit_rows,
                    },
                    created_at=now,
                )
            )
    return found


async def purge_forever(engine: AsyncEngine, policy: Policy, every: float) -> None:
    """The scheduled purge inside the service: once at start-up, then every ``every`` seconds."""
    while True:
        try:
            done = await purge(engine, policy)
            if done.conversations or done.audit_rows:
                log.info(
                    "retention purge: %d conversations, %d audit rows",
                    len(done.conversations),
                    done.audit_rows,
                )
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("retention purge failed; trying again later")
        await asyncio.sleep(every)
