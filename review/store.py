"""Reading and marking transcripts for review. Search uses plain, non-personal columns only (dates,
channel, language, level, indicator ids, outcome, campaign, flags); texts are decrypted only when
one conversation is opened."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import as_utc, utcnow
from bot.db import sessionmaker_for
from bot.models import Conversation, Message
from bot.store import LEVELS
from handoff.models import Case

from .models import NluCorrection, ReviewMark, ReviewNote

__all__ = ["FLAGS", "Filters", "ReviewStore"]

FLAGS = (
    "wrong_language",
    "wrong_intent",
    "missed_risk",
    "false_alarm",
    "bad_reply",
    "training_example",
    "follow_up",
)


@dataclass(frozen=True, slots=True)
class Filters:
    since: datetime | None = None
    until: datetime | None = None
    channel: str | None = None
    language: str | None = None
    level: str | None = None  # this level or higher
    indicator: str | None = None
    outcome: str | None = None
    campaign: str | None = None
    flag: str | None = None
    reviewed: bool | None = None
    limit: int = 50
    offset: int = 0


@dataclass(slots=True)
class Summary:
    id: str
    channel: str
    language: str | None
    campaign: str | None
    risk_level: str | None
    indicators: list[str]
    created_at: datetime
    last_activity_at: datetime
    messages: int = 0
    outcome: str | None = None
    flags: list[str] = field(default_factory=list)
    reviewed_at: datetime | None = None
    profile_name: str | None = None  # for masking only; never in to_dict()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "language": self.language,
            "campaign": self.campaign,
            "risk_level": self.risk_level or "none",
            "indicators": self.indicators,
            "created_at": self.created_at.isoformat(),
            "last_activity_at": self.last_activity_at.isoformat(),
            "messages": self.messages,
            "outcome": self.outcome,
            "flags": self.flags,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
        }


def _words(value: str | None) -> list[str]:
    return (value or "").split()


def _spaced(values: list[str]) -> str:
    return f" {' '.join(sorted(set(values)))} " if values else ""


class ReviewStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = sessionmaker_for(engine)

    async def search(self, f: Filters) -> list[Summary]:
        c = Conversation
        query = select(c, ReviewMark).outerjoin(ReviewMark, ReviewMark.conversation_id == c.id)
        if f.since is not None:
            query = query.where(c.last_activity_at >= f.since)
        if f.until is not None:
            query = query.where(c.created_at < f.until)
        if f.channel:
            query = query.where(c.channel == f.channel)
        if f.language:
            query = query.where(c.language == f.language)
        if f.level and f.level in LEVELS:
            query = query.where(c.risk_level.in_(LEVELS[LEVELS.index(f.level) :]))
        if f.indicator:
            query = query.where(c.indicators.contains(f" {f.indicator} "))
        if f.campaign:
            query = query.where(c.campaign == f.campaign)
        if f.flag:
            query = query.where(ReviewMark.flags.contains(f" {f.flag} "))
        if f.reviewed is True:
            query = query.where(ReviewMark.reviewed_at.is_not(None))
        elif f.reviewed is False:
            query = query.where(ReviewMark.reviewed_at.is_(None))
        if f.outcome:
            query = query.where(exists().where(and_(Case.conversation_id == c.id, Case.outcome == f.outcome)))
        query = query.order_by(c.last_activity_at.desc(), c.id).limit(min(f.limit, 500)).offset(f.offset)
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
            ids = [conv.id for conv, _ in rows]
            counts: dict[str, int] = {}
            outcomes: dict[str, str] = {}
            if ids:
                for cid, n in await session.execute(
                    select(Message.conversation_id, func.count())
                    .where(Message.conversation_id.in_(ids))
                    .group_by(Message.conversation_id)
                ):
                    counts[cid] = int(n)
                for cid, outcome in await session.execute(
                    select(Case.conversation_id, Case.outcome)
                    .where(Case.conversation_id.in_(ids), Case.outcome.is_not(None))
                    .order_by(Case.id)
                ):
                    outcomes[cid] = outcome
        return [
            Summary(
                conv.id,
                conv.channel,
                conv.language,
                conv.campaign,
                conv.risk_level,
                _words(conv.indicators),
                as_utc(conv.created_at),
                as_utc(conv.last_activity_at),
                counts.get(conv.id, 0),
                outcomes.get(conv.id),
                _words(mark.flags) if mark else [],
                as_utc(mark.reviewed_at) if mark and mark.reviewed_at else None,
                conv.profile_name,
            )
            for conv, mark in rows
        ]

    async def summary(self, conversation_id: str) -> Summary | None:
        async with self._sessions() as session:
            conv = await session.get(Conversation, conversation_id)
            if conv is None:
                return None
            mark = await session.get(ReviewMark, conversation_id)
            n = (
                await session.execute(
                    select(func.count()).select_from(Message).where(Message.conversation_id == conv.id)
                )
            ).scalar_one()
            outcome = (
                await session.execute(
                    select(Case.outcome)
                    .where(Case.conversation_id == conv.id, Case.outcome.is_not(None))
                    .order_by(Case.id.desc())
                    .limit(1)
                )
            ).scalar_one_or_none()
            return Summary(
                conv.id,
                conv.channel,
                conv.language,
                conv.campaign,
                conv.risk_level,
                _words(conv.indicators),
                as_utc(conv.created_at),
                as_utc(conv.last_activity_at),
                int(n),
                outcome,
                _words(mark.flags) if mark else [],
                as_utc(mark.reviewed_at) if mark and mark.reviewed_at else None,
                conv.profile_name,
            )

    async def messages(self, conversation_id: str) -> list[dict[str, Any]]:
        """Every message, decrypted, with its NLU metadata and the latest correction."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
                )
            ).scalars()
            out = []
            for m in rows:
                out.append(
                    {
                        "id": m.id,
                        "direction": m.direction,
                        "sender": m.sender,
                        "text": m.text,
                        "payload": dict(m.payload or {}),
                        "language": m.language,
                        "intent": m.intent,
                        "risk_level": m.risk_level,
                        "indicators": _words(m.indicators),
                        "created_at": as_utc(m.created_at).isoformat(),
                    }
                )
            ids = [m["id"] for m in out]
            corrections: dict[int, dict[str, Any]] = {}
            if ids:
                for c in (
                    await session.execute(
                        select(NluCorrection)
                        .where(NluCorrection.message_id.in_(ids))
                        .order_by(NluCorrection.id)
                    )
                ).scalars():
                    corrections[c.message_id] = _correction(c)
            for m in out:
                m["correction"] = corrections.get(m["id"])
            return out

    async def notes(self, conversation_id: str) -> list[dict[str, Any]]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(ReviewNote)
                    .where(ReviewNote.conversation_id == conversation_id)
                    .order_by(ReviewNote.id)
                )
            ).scalars()
            return [
                {
                    "id": n.id,
                    "author_id": n.author_id,
                    "text": n.text,
                    "created_at": as_utc(n.created_at).isoformat(),
                }
                for n in rows
            ]

    async def _mark(self, conversation_id: str, **values: Any) -> None:
        async with self._sessions.begin() as session:
            mark = await session.get(ReviewMark, conversation_id)
            if mark is None:
                mark = ReviewMark(conversation_id=conversation_id, flags="", updated_at=utcnow())
                session.add(mark)
            for key, value in values.items():
                setattr(mark, key, value)
            mark.updated_at = utcnow()

    async def set_flags(self, conversation_id: str, flags: list[str]) -> None:
        await self._mark(conversation_id, flags=_spaced(flags))

    async def mark_reviewed(self, conversation_id: str, user_id: int) -> None:
        await self._mark(conversation_id, reviewed_at=utcnow(), reviewed_by=user_id)

    async def add_note(self, conversation_id: str, user_id: int, text: str) -> int:
        async with self._sessions.begin() as session:
            note = ReviewNote(
                conversation_id=conversation_id, author_id=user_id, text=text, created_at=utcnow()
            )
            session.add(note)
            await session.flush()
            return int(note.id)

    async def message_conversation(self, message_id: int) -> tuple[str, str] | None:
        """(conversation id, direction) of a transcript row."""
        async with self._sessions() as session:
            row = await session.get(Message, message_id)
            return (row.conversation_id, row.direction) if row else None

    async def correct(
        self,
        message_id: int,
        user_id: int | None,
        *,
        language: str | None,
        intent: str | None,
        level: str | None,
        indicators: list[str] | None,
    ) -> dict[str, Any]:
        async with self._sessions.begin() as session:
            row = NluCorrection(
                message_id=message_id,
                author_id=user_id,
                language=language,
                intent=intent,
                risk_level=level,
                indicators=_spaced(indicators) if indicators is not None else None,
                created_at=utcnow(),
            )
            session.add(row)
            await session.flush()
            return _correction(row)

    async def corrections(self) -> list[tuple[dict[str, Any], str, dict[str, Any]]]:
        """(latest correction, message text, message NLU metadata) of every corrected inbound message."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(NluCorrection, Message)
                    .join(Message, Message.id == NluCorrection.message_id)
                    .order_by(NluCorrection.id)
                )
            ).all()
        latest: dict[int, tuple[dict[str, Any], str, dict[str, Any]]] = {}
        for c, m in rows:
            meta = {"language": m.language, "intent": m.intent, "risk_level": m.risk_level}
            latest[m.id] = (_correction(c), m.text, meta)
        return list(latest.values())


def _correction(c: NluCorrection) -> dict[str, Any]:
    return {
        "language": c.language,
        "intent": c.intent,
        "risk_level": c.risk_level,
        "indicators": _words(c.indicators) if c.indicators is not None else None,
        "author_id": c.author_id,
        "created_at": as_utc(c.created_at).isoformat(),
    }
