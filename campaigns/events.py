"""A turn's events kept as plain labels (type, flow, level), so statistics can count them in SQL.

The transcript keeps everything, encrypted; these rows keep only what a count needs. The message path
calls ``EventLog.record`` after each turn (bot/service.py, ``Helpline.record_events``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import utcnow
from bot.store import ConversationRecord

from .models import ConversationEvent

__all__ = ["EventLog"]

MAX_EVENTS = 20  # per turn; a turn has one or two
EVENTS = cast(Table, ConversationEvent.__table__)


def _label(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


class EventLog:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def record(self, conversation: ConversationRecord, events: Sequence[Any]) -> None:
        """Keep the type, flow and level of each event that is a dict with a type; ignore the rest."""
        now = utcnow()
        rows = [
            {
                "conversation_id": conversation.id,
                "type": kind,
                "flow": _label(event.get("flow"), 64),
                "level": _label(event.get("level"), 16),
                "created_at": now,
            }
            for event in list(events)[:MAX_EVENTS]
            if isinstance(event, dict) and (kind := _label(event.get("type"), 32))
        ]
        if rows:
            async with self._engine.begin() as conn:  # Core, not the ORM: a turn's path
                await conn.execute(insert(EVENTS), rows)
