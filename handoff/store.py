"""Cases, notes and the audit trail in SQL. Every change of a case's owner is one conditional UPDATE,
so two consultants (or two workers) racing for a case get exactly one winner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Row, Table, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import as_utc, utcnow
from bot.db import sessionmaker_for

from .models import AuditEntry, Case, CaseNote
from .queue import BASE

__all__ = ["AuditRow", "CaseRecord", "CaseStore", "NoteRecord", "QueuedTime"]

CASES = cast(Table, Case.__table__)
# A conversation's case that is not closed; built once, as every message asks.
OPEN_CASE = select(CASES).where(CASES.c.conversation_id == bindparam("conv_id"), CASES.c.status != "closed")
# A waiting user's update notice, at most one per interval: set when the last one is old enough.
TAKE_NOTICE_TURN = (
    update(CASES)
    .where(
        CASES.c.id == bindparam("case_id"),
        CASES.c.status == "queued",
        or_(CASES.c.notified_at.is_(None), CASES.c.notified_at <= bindparam("notified_before")),
    )
    .values(notified_at=bindparam("notice_at"))
)


class QueuedTime(NamedTuple):
    level: str
    queued_at: datetime


def _utc(value: datetime | None) -> datetime | None:
    return as_utc(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: int
    conversation_id: str
    status: str
    level: str
    reason: str
    language: str | None
    channel: str
    campaign: str | None
    risk: dict[str, Any]
    assigned_to: int | None
    created_at: datetime
    queued_at: datetime
    claimed_at: datetime | None
    first_reply_at: datetime | None
    closed_at: datetime | None
    outcome: str | None

    @classmethod
    def of(cls, row: Case | Row[Any]) -> CaseRecord:  # an ORM object or a Core row of the same table
        return cls(
            id=row.id,
            conversation_id=row.conversation_id,
            status=row.status,
            level=row.level,
            reason=row.reason,
            language=row.language,
            channel=row.channel,
            campaign=row.campaign,
            risk=dict(row.risk or {}),
            assigned_to=row.assigned_to,
            created_at=as_utc(row.created_at),
            queued_at=as_utc(row.queued_at),
            claimed_at=_utc(row.claimed_at),
            first_reply_at=_utc(row.first_reply_at),
            closed_at=_utc(row.closed_at),
            outcome=row.outcome,
        )


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: int
    case_id: int
    author_id: int | None
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    user_id: int | None
    action: str
    case_id: int | None
    detail: dict[str, Any]
    created_at: datetime


class CaseStore:
    """Reads and writes cases; the engine is passed in."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sessions = sessionmaker_for(engine)

    # -- opening ---------------------------------------------------------------------------------

    async def open(
        self,
        conversation_id: str,
        *,
        level: str,
        reason: str,
        channel: str,
        language: str | None = None,
        campaign: str | None = None,
        risk: dict[str, Any] | None = None,
        now: datetime | None = None,
    ) -> tuple[CaseRecord, bool]:
        """Open a case, or return the conversation's open one (raised to ``level`` if that is higher).

        ``True`` when a new case was created."""
        now = now or utcnow()
        row = Case(
            conversation_id=conversation_id,
            status="queued",
            level=level,
            reason=reason,
            language=language,
            channel=channel,
            campaign=campaign,
            risk=risk or {},
            created_at=now,
            queued_at=now,
            staff_notified=False,
        )
        try:
            async with self._sessions.begin() as session:
                session.add(row)
            return CaseRecord.of(row), True
        except IntegrityError:  # one open case per conversation: this one exists already
            pass
        existing = await self.open_for(conversation_id)
        if existing is None:  # closed in between: try once more
            return await self.open(
                conversation_id, level=level, reason=reason, channel=channel, language=language,
                campaign=campaign, risk=risk, now=now,
            )  # fmt: skip
        if BASE.get(level, 0) > BASE.get(existing.level, 0):
            values: dict[str, Any] = {"level": level, "reason": reason}
            if risk:
                values["risk"] = risk
            await self._update(existing.id, values, Case.status != "closed")
            existing = await self.get(existing.id) or existing
        return existing, False

    # -- reading ---------------------------------------------------------------------------------

    async def get(self, case_id: int) -> CaseRecord | None:
        async with self._sessions() as session:
            row = await session.get(Case, case_id)
            return CaseRecord.of(row) if row else None

    async def open_for(self, conversation_id: str) -> CaseRecord | None:
        """The conversation's case that is not closed. Core, not the ORM: every message asks."""
        async with self._engine.connect() as conn:
            row = (await conn.execute(OPEN_CASE, {"conv_id": conversation_id})).one_or_none()
            return CaseRecord.of(row) if row else None

    async def with_status(self, *statuses: str) -> list[CaseRecord]:
        async with self._sessions() as session:
            rows = (
                await session.execute(select(Case).where(Case.status.in_(statuses)).order_by(Case.id))
            ).scalars()
            return [CaseRecord.of(r) for r in rows]

    async def assigned(self, user_id: int) -> list[CaseRecord]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(Case).where(Case.assigned_to == user_id, Case.status == "active").order_by(Case.id)
                )
            ).scalars()
            return [CaseRecord.of(r) for r in rows]

    async def active_count(self, user_id: int) -> int:
        async with self._sessions() as session:
            count = await session.execute(
                select(func.count())
                .select_from(Case)
                .where(Case.assigned_to == user_id, Case.status == "active")
            )
            return int(count.scalar_one())

    # -- the queue at scale: only the rows and columns a question needs ---------------------------

    async def queue_head(
        self, level: str, *, limit: int, languages: Sequence[str] | None = None
    ) -> list[CaseRecord]:
        """The longest-waiting queued cases of one level (optionally only in ``languages`` or in none).
        Within a level the longest wait is the highest priority, so the queue's top N is always
        among the top N of each level."""
        query = select(Case).where(Case.status == "queued", Case.level == level)
        if languages is not None:
            query = query.where(or_(Case.language.in_(list(languages)), Case.language.is_(None)))
        async with self._sessions() as session:
            rows = (await session.execute(query.order_by(Case.queued_at, Case.id).limit(limit))).scalars()
            return [CaseRecord.of(r) for r in rows]

    async def count_queued_before(self, level: str, before: datetime) -> int:
        async with self._sessions() as session:
            count = await session.execute(
                select(func.count())
                .select_from(Case)
                .where(Case.status == "queued", Case.level == level, Case.queued_at < before)
            )
            return int(count.scalar_one())

    async def queued_times(self) -> list[QueuedTime]:
        """Level and waiting-since of every queued case: for counts and percentiles, nothing decrypted."""
        async with self._sessions() as session:
            rows = await session.execute(select(Case.level, Case.queued_at).where(Case.status == "queued"))
            return [QueuedTime(level, as_utc(at)) for level, at in rows]

    async def count_status(self, status: str) -> int:
        async with self._sessions() as session:
            count = await session.execute(select(func.count()).select_from(Case).where(Case.status == status))
            return int(count.scalar_one())

    async def due_for_update(self, before: datetime, limit: int = 500) -> list[CaseRecord]:
        """Queued cases whose user has heard nothing since ``before``, longest waiting first."""
        query = (
            select(Case)
            .where(Case.status == "queued", or_(Case.notified_at.is_(None), Case.notified_at <= before))
            .order_by(Case.queued_at)
            .limit(limit)
        )
        async with self._sessions() as session:
            return [CaseRecord.of(r) for r in (await session.execute(query)).scalars()]

    async def staff_not_notified(self, levels: Sequence[str], limit: int = 500) -> list[CaseRecord]:
        query = (
            select(Case)
            .where(Case.status == "queued", Case.staff_notified.is_(False), Case.level.in_(list(levels)))
            .limit(limit)
        )
        async with self._sessions() as session:
            return [CaseRecord.of(r) for r in (await session.execute(query)).scalars()]

    async def claim_waits_since(self, since: datetime) -> list[float]:
        """Seconds from queued to claimed for cases claimed after ``since`` (columns only)."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(Case.queued_at, Case.claimed_at).where(Case.claimed_at >= since)
            )
            return [(as_utc(c) - as_utc(q)).total_seconds() for q, c in rows]

    async def claimed_since(self, since: datetime) -> list[CaseRecord]:
        """Cases claimed (at least once) after ``since``: for wait estimates and the dashboard."""
        async with self._sessions() as session:
            rows = (
                await session.execute(select(Case).where(Case.claimed_at >= since).order_by(Case.id))
            ).scalars()
            return [CaseRecord.of(r) for r in rows]

    # -- changing owner: one conditional UPDATE each ---------------------------------------------

    async def _update(self, case_id: int, values: dict[str, Any], *conditions: Any) -> bool:
        async with self._engine.begin() as conn:  # Core, not the ORM: a waiting user's every turn
            result = await conn.execute(update(Case).where(Case.id == case_id, *conditions).values(**values))
            return bool(result.rowcount == 1)

    async def claim(self, case_id: int, user_id: int, *, now: datetime | None = None) -> bool:
        """Take a queued case. Exactly one of several concurrent claims returns True."""
        return await self._update(
            case_id,
            {"status": "active", "assigned_to": user_id, "claimed_at": now or utcnow()},
            Case.status == "queued",
        )

    async def release(self, case_id: int, user_id: int | None) -> bool:
        """Back to the queue, keeping its place (its waiting time counts from when it first queued)."""
        conditions: list[Any] = [Case.status == "active"]
        if user_id is not None:
            conditions.append(Case.assigned_to == user_id)
        return await self._update(case_id, {"status": "queued", "assigned_to": None}, *conditions)

    async def transfer(self, case_id: int, from_user: int | None, to_user: int) -> bool:
        conditions: list[Any] = [Case.status == "active"]
        if from_user is not None:
            conditions.append(Case.assigned_to == from_user)
        return await self._update(case_id, {"assigned_to": to_user}, *conditions)

    async def close(
        self, case_id: int, outcome: str, *, by_user: int | None = None, now: datetime | None = None
    ) -> bool:
        conditions: list[Any] = [Case.status != "closed"]
        if by_user is not None:
            conditions.append(or_(Case.assigned_to == by_user, Case.status == "queued"))
        return await self._update(
            case_id, {"status": "closed", "outcome": outcome, "closed_at": now or utcnow()}, *conditions
        )

    async def first_reply(self, case_id: int, *, now: datetime | None = None) -> bool:
        """Note the first human reply; True only the first time."""
        return await self._update(case_id, {"first_reply_at": now or utcnow()}, Case.first_reply_at.is_(None))

    async def take_notice_turn(self, case_id: int, *, interval_seconds: float, now: datetime) -> bool:
        """May the waiting user get an update now? At most one per interval, across all workers."""
        from datetime import timedelta

        before = now - timedelta(seconds=interval_seconds)
        async with self._engine.begin() as conn:  # prebuilt: a waiting user's every turn asks
            params = {"case_id": case_id, "notice_at": now, "notified_before": before}
            return bool((await conn.execute(TAKE_NOTICE_TURN, params)).rowcount == 1)

    async def take_staff_notice(self, case_id: int) -> bool:
        """Staff are told of a case once, by one worker."""
        return await self._update(case_id, {"staff_notified": True}, Case.staff_notified.is_(False))

    # -- notes and audit -------------------------------------------------------------------------

    async def add_note(self, case_id: int, author_id: int | None, text: str) -> NoteRecord:
        async with self._sessions.begin() as session:
            row = CaseNote(case_id=case_id, author_id=author_id, text=text, created_at=utcnow())
            session.add(row)
            await session.flush()
            return NoteRecord(row.id, case_id, author_id, text, as_utc(row.created_at))

    async def notes(self, case_id: int) -> list[NoteRecord]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id)
                )
            ).scalars()
            return [NoteRecord(r.id, r.case_id, r.author_id, r.text, as_utc(r.created_at)) for r in rows]

    async def audit(
        self, user_id: int | None, action: str, case_id: int | None = None, **detail: Any
    ) -> None:
        async with self._sessions.begin() as session:
            session.add(
                AuditEntry(
                    user_id=user_id, action=action, case_id=case_id, detail=detail, created_at=utcnow()
                )
            )

    async def audited_since(self, user_id: int, action: str, case_id: int, since: datetime) -> bool:
        async with self._sessions() as session:
            found = await session.execute(
                select(AuditEntry.id)
                .where(
                    AuditEntry.user_id == user_id,
                    AuditEntry.action == action,
                    AuditEntry.case_id == case_id,
                    AuditEntry.created_at >= since,
                )
                .limit(1)
            )
            return found.first() is not None

    async def audit_log(self, *, limit: int = 200) -> list[AuditRow]:
        async with self._sessions() as session:
            rows = (
                await session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            ).scalars()
            return [
                AuditRow(r.id, r.user_id, r.action, r.case_id, dict(r.detail or {}), as_utc(r.created_at))
                for r in rows
            ]
