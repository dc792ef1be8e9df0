"""Conversations and their transcript in SQL: the durable truth."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, case, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .clock import as_utc, utcnow
from .db import sessionmaker_for
from .models import Conversation, Message
from .privacy import FORGET
from .retention import forget

__all__ = ["ConversationRecord", "ConversationStore", "TranscriptRow", "hash_token", "new_token"]

CONVERSATIONS = cast(Table, Conversation.__table__)
MESSAGES = cast(Table, Message.__table__)
# Every message's statements, built once: SQLAlchemy keeps a built statement's cache key, so each
# execution skips building it and computing its key (the compiled form is cached either way).
INSERT_MESSAGE = insert(MESSAGES).returning(MESSAGES.c.id)
# Sets the columns named by the parameters given with it; "conv_id" is the conversation.
UPDATE_CONVERSATION = update(CONVERSATIONS).where(CONVERSATIONS.c.id == bindparam("conv_id"))
# A new chat's first message reads, creates and names its conversation: Core too (bench/README.md).
_RECORD_COLUMNS = (
    CONVERSATIONS.c.id,
    CONVERSATIONS.c.channel,
    CONVERSATIONS.c.external_id,
    CONVERSATIONS.c.token_hash,
    CONVERSATIONS.c.language,
    CONVERSATIONS.c.campaign,
    CONVERSATIONS.c.state,
    CONVERSATIONS.c.created_at,
    CONVERSATIONS.c.last_activity_at,
)
SELECT_CONVERSATION = select(*_RECORD_COLUMNS).where(CONVERSATIONS.c.id == bindparam("conv_id"))
SELECT_EXTERNAL = select(*_RECORD_COLUMNS).where(
    CONVERSATIONS.c.channel == bindparam("channel"), CONVERSATIONS.c.external_id == bindparam("external_id")
)
INSERT_CONVERSATION = insert(CONVERSATIONS)


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
    def of(cls, row: Conversation | Row[*tuple[Any, ...]]) -> ConversationRecord:
        """From an ORM object or a row of SELECT_CONVERSATION's columns."""
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

# A user's message without indicators touches its conversation and keeps the higher of the stored
# risk level and its own, in the UPDATE itself (no read first): one statement per level, built once.
TOUCH_CONVERSATION = {
    level: update(CONVERSATIONS)
    .where(CONVERSATIONS.c.id == bindparam("conv_id"))
    .values(
        risk_level=case(
            (CONVERSATIONS.c.risk_level.in_(LEVELS[LEVELS.index(level) :]), CONVERSATIONS.c.risk_level),
            else_=level,
        )
    )
    for level in LEVELS
}


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

    def __init__(self, engine: AsyncEngine, names_cached: int = 10_000) -> None:
        self._engine = engine
        self._sessions = sessionmaker_for(engine)
        # The profile name last kept per conversation by this process: a chat's every message
        # carries the name, which rarely changes, so most need no read or write for it.
        self._names: OrderedDict[str, str] = OrderedDict()
        self._names_cached = names_cached

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
        record = ConversationRecord(
            id=uuid.uuid4().hex,
            channel=channel,
            external_id=external_id,
            token_hash=token_hash,
            language=language,
            campaign=campaign,
            state=dict(state or {}),
            created_at=now,
            last_activity_at=now,
        )
        row = {column.name: getattr(record, column.name) for column in _RECORD_COLUMNS}
        async with self._engine.begin() as conn:
            await conn.execute(INSERT_CONVERSATION, row)
        return record

    async def get(self, conversation_id: str) -> ConversationRecord | None:
        async with self._engine.connect() as conn:
            row = (await conn.execute(SELECT_CONVERSATION, {"conv_id": conversation_id})).first()
            return ConversationRecord.of(row) if row else None

    async def get_by_external(self, channel: str, external_id: str) -> ConversationRecord | None:
        async with self._engine.connect() as conn:
            found = await conn.execute(SELECT_EXTERNAL, {"channel": channel, "external_id": external_id})
            row = found.first()
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
        if not name or self._names.get(conversation_id) == name:
            return
        async with self._engine.begin() as conn:  # written again when this process has not seen it yet
            await conn.execute(UPDATE_CONVERSATION, {"conv_id": conversation_id, "profile_name": name})
        self._names[conversation_id] = name
        self._names.move_to_end(conversation_id)
        while len(self._names) > self._names_cached:
            self._names.popitem(last=False)

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
        *,
        external_id: str | None = None,
    ) -> int:
        """Write one transcript row now, in its own transaction; returns its id. A message a
        platform delivers again (``external_id`` already stored: a worker died before its turn
        committed) is not written twice: the stored row's id is returned."""
        if external_id is not None:
            # Only a digest is kept: a WhatsApp message id carries the sender's phone number.
            external_id = hashlib.sha256(external_id.encode("utf-8")).hexdigest()[:40]
        meta = search_metadata(payload)
        now = utcnow()
        row = {
            "external_id": external_id,
            "conversation_id": conversation_id,
            "direction": direction,
            "sender": sender,
            "text": text,
            "payload": payload or {},
            "created_at": now,
            **meta,
        }
        try:  # written first, looked up only when the unique index says it is there already
            return await self._insert(conversation_id, row, meta, now)
        except IntegrityError:
            if external_id is None:
                raise
            stored = await self._stored_external(conversation_id, external_id)  # a redelivery
            assert stored is not None
            return stored

    async def _stored_external(self, conversation_id: str, external_id: str) -> int | None:
        async with self._engine.connect() as conn:
            found = await conn.execute(
                select(MESSAGES.c.id).where(
                    MESSAGES.c.conversation_id == conversation_id, MESSAGES.c.external_id == external_id
                )
            )
            value = found.scalar_one_or_none()
            return int(value) if value is not None else None

    async def _insert(
        self, conversation_id: str, row: dict[str, Any], meta: dict[str, Any], now: datetime
    ) -> int:
        async with self._engine.begin() as conn:  # Core, not the ORM: this is every message's path
            message_id = int(
                (await conn.execute(INSERT_MESSAGE, row)).scalar_one()
            )
            values: dict[str, Any] = {"last_activity_at": now}
            level = meta.get("risk_level")
            if not meta.get("indicators"):  # every message without indicators: a prebuilt statement
                touch = TOUCH_CONVERSATION[level] if level else UPDATE_CONVERSATION
                await conn.execute(touch, {"conv_id": conversation_id, "last_activity_at": now})
                return message_id
            # Indicators: merged with the stored ones, which needs a read (rare: risky messages only).
            found = (
                await conn.execute(
                    select(CONVERSATIONS.c.risk_level, CONVERSATIONS.c.indicators).where(
                        CONVERSATIONS.c.id == conversation_id
                    )
                )
            ).first()
            if found is not None:
                values["risk_level"] = higher_level(found.risk_level, level)
                seen = set((found.indicators or "").split()) | set(meta["indicators"].split())
                values["indicators"] = f" {' '.join(sorted(seen))} " if seen else None
            await conn.execute(
                update(CONVERSATIONS).where(CONVERSATIONS.c.id == conversation_id).values(**values)
            )
            return message_id

    async def finish_turn(
        self,
        conversation_id: str,
        *,
        outbound: Sequence[tuple[str, str, dict[str, Any]]],
        state: dict[str, Any],
        language: str | None,
        campaign: str | None = None,
        then: Callable[[AsyncConnection, list[int]], Awaitable[None]] | None = None,
    ) -> list[int]:
        """Write the replies (sender, text, payload) and the new state in one transaction; ``then``
        (given the replies' ids) writes more in it before the commit (the channel's outbox rows)."""
        now = utcnow()
        ids: list[int] = []
        async with self._engine.begin() as conn:  # Core, not the ORM: this is every message's path
            for sender, text, payload in outbound:
                row = {
                    "conversation_id": conversation_id,
                    "direction": "out",
                    "sender": sender,
                    "text": text,
                    "payload": payload,
                    "created_at": now,
                }
                ids.append(
                    int((await conn.execute(INSERT_MESSAGE, row)).scalar_one())
                )
            values: dict[str, Any] = {"state": state, "language": language, "last_activity_at": now}
            if campaign is not None:
                values["campaign"] = campaign
            await conn.execute(UPDATE_CONVERSATION, {"conv_id": conversation_id, **values})
            if state.get(FORGET):  # the user confirmed "forget me" (bot/privacy.py)
                self._names.pop(conversation_id, None)
                await forget(conn, conversation_id, now=now)
            if then is not None:  # after forget: what it writes belongs to the emptied conversation
                await then(conn, ids)
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
