"""Conversations and their transcript in SQL: the durable truth."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from .clock import as_utc, utcnow
from .db import sessionmaker_for
from .models import Conversation, Message
from .privacy import FORGET
from .retention import forget

__all__ = ["ConversationRecord", "ConversationStore", "TranscriptRow", "hash_token", "new_token"]


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ConversationRecord:
    id: str
    channel: str
    external_id: str | None
    token_hash: str | None
    language: str | None
    campaign: str | None
    state: dict[str, Any]
    created_at: datetime
    last_activity_at: datetime

    @classmethod
    def of(cls, row: Conversation) -> ConversationRecord:
        return cls(
            id=row.id,
            channel=row.channel,
            external_id=row.external_id,
            token_hash=row.token_hash,
            language=row.language,
            campaign=row.campaign,
            state=dict(row.state or {}),
            created_at=as_utc(row.created_at),
            last_activity_at=as_utc(row.last_activity_at),
        )

    def token_matches(self, token: str) -> bool:
        return self.token_hash is not None and secrets.compare_digest(self.token_hash, hash_token(token))


@dataclass(frozen=True, slots=True)
class TranscriptRow:
    id: int
    direction: str
    sender: str
    text: str
    payload: dict[str, Any]
    created_at: datetime


LEVELS = ("none", "low", "high", "critical")


def higher_level(a: str | None, b: str | None) -> str | None:
    if a not in LEVELS:
        return b if b in LEVELS else None
    if b not in LEVELS:
        return a
    return a if LEVELS.index(a) >= LEVELS.index(b) else b


def search_metadata(payload: dict[str, Any] | None) -> dict[str, Any]:
    """Plain columns from an NLU summary: language, intent, level, indicator ids (never evidence)."""
    nlu = (payload or {}).get("nlu")
    if not isinstance(nlu, dict):
        return {}
    risk: dict[str, Any] = nlu["risk"] if isinstance(nlu.get("risk"), dict) else {}
    ids = sorted(
        {str(i.get("id"))[:40] for i in risk.get("indicators", []) if isinstance(i, dict) and i.get("id")}
    )
    level = risk.get("level")
    return {
        "language": str(nlu.get("language"))[:8] if nlu.get("language") else None,
        "intent": str(nlu.get("intent"))[:32] if nlu.get("intent") else None,
        "risk_level": level if level in LEVELS else None,
        "indicators": f" {' '.join(ids)} " if ids else None,
    }


class ConversationStore:
    """Reads and writes conversations; the engine is passed in."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = sessionmaker_for(engine)

    async def create(
        self,
        channel: str,
        *,
        external_id: str | None = None,
        token_hash: str | None = None,
        language: str | None = None,
        campaign: str | None = None,
        state: dict[str, Any] | None = None,
    ) -> ConversationRecord:
        now = utcnow()
        row = Conversation(
            id=uuid.uuid4().hex,
            channel=channel,
            external_id=external_id,
            token_hash=token_hash,
            language=language,
            campaign=campaign,
            state=state or {},
            created_at=now,
            last_activity_at=now,
        )
        async with self._sessions.begin() as session:
            session.add(row)
        return ConversationRecord.of(row)

    async def get(self, conversation_id: str) -> ConversationRecord | None:
        async with self._sessions() as session:
            row = await session.get(Conversation, conversation_id)
            return ConversationRecord.of(row) if row else None

    async def get_by_external(self, channel: str, external_id: str) -> ConversationRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(Conversation).where(
                        Conversation.channel == channel, Conversation.external_id == external_id
                    )
                )
            ).scalar_one_or_none()
            return ConversationRecord.of(row) if row else None

    async def get_or_create_external(
        self, channel: str, external_id: str, **fields: Any
    ) -> tuple[ConversationRecord, bool]:
        """The conversation of a chat on a platform; ``True`` when it was just created."""
        found = await self.get_by_external(channel, external_id)
        if found:
            return found, False
        try:
            return await self.create(channel, external_id=external_id, **fields), True
        except IntegrityError:  # another worker created it a moment ago
            found = await self.get_by_external(channel, external_id)
            assert found is not None
            return found, False

    async def set_campaign(self, conversation_id: str, campaign: str) -> None:
        """Keep a campaign code (a deep link's payload) on a conversation that has none yet.

        A conversation keeps at most one campaign, the first: a later link never overwrites it.
        """
        async with self._sessions.begin() as session:
            await session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.campaign.is_(None))
                .values(campaign=campaign)
            )

    async def set_profile_name(self, conversation_id: str, name: str) -> None:
        """The user's name on the platform, kept (encrypted) so reviewers see it masked."""
        name = name.strip()[:200]
        async with self._sessions.begin() as session:
            row = await session.get(Conversation, conversation_id)
            if row is not None and name and row.profile_name != name:
                row.profile_name = name

    async def profile_name(self, conversation_id: str) -> str | None:
        async with self._sessions() as session:
            row = await session.get(Conversation, conversation_id)
            return row.profile_name if row else None

    async def append(
        self,
        conversation_id: str,
        direction: str,
        sender: str,
        text: str,
        payload: dict[str, Any] | None = None,
    ) -> int:
        """Write one transcript row now, in its own transaction; returns its id."""
        meta = search_metadata(payload)
        async with self._sessions.begin() as session:
            row = Message(
                conversation_id=conversation_id,
                direction=direction,
                sender=sender,
                text=text,
                payload=payload or {},
                created_at=utcnow(),
                **meta,
            )
            session.add(row)
            await session.flush()
            values: dict[str, Any] = {"last_activity_at": row.created_at}
            if meta.get("risk_level") or meta.get("indicators"):
                conv = await session.get(Conversation, conversation_id)
                if conv is not None:
                    values["risk_level"] = higher_level(conv.risk_level, meta.get("risk_level"))
                    seen = set((conv.indicators or "").split()) | set((meta.get("indicators") or "").split())
                    values["indicators"] = f" {' '.join(sorted(seen))} " if seen else None
            await session.execute(
                update(Conversation).where(Conversation.id == conversation_id).values(**values)
            )
            return row.id

    async def finish_turn(
        self,
        conversation_id: str,
        *,
        outbound: Sequence[tuple[str, str, dict[str, Any]]],
        state: dict[str, Any],
        language: str | None,
        campaign: str | None = None,
    ) -> list[int]:
        """Write the replies (sender, text, payload) and the new state in one transaction."""
        now = utcnow()
        ids: list[int] = []
        async with self._sessions.begin() as session:
            for sender, text, payload in outbound:
                row = Message(
                    conversation_id=conversation_id,
                    direction="out",
                    sender=sender,
                    text=text,
                    payload=payload,
                    created_at=now,
                )
                session.add(row)
                await session.flush()
                ids.append(row.id)
            values: dict[str, Any] = {"state": state, "language": language, "last_activity_at": now}
            if campaign is not None:
                values["campaign"] = campaign
            await session.execute(
                update(Conversation).where(Conversation.id == conversation_id).values(**values)
            )
            if state.get(FORGET):  # the user confirmed "forget me" (bot/privacy.py)
                await forget(await session.connection(), conversation_id, now=now)
        return ids

    async def transcript(
        self, conversation_id: str, *, after_id: int = 0, limit: int = 1000
    ) -> list[TranscriptRow]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(Message)
                    .where(Message.conversation_id == conversation_id, Message.id > after_id)
                    .order_by(Message.id)
                    .limit(limit)
                )
            ).scalars()
            return [
                TranscriptRow(
                    r.id, r.direction, r.sender, r.text, dict(r.payload or {}), as_utc(r.created_at)
                )
                for r in rows
            ]
