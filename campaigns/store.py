"""Campaigns in SQL: create, read, list, edit. The engine is passed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import as_utc, utcnow
from bot.db import sessionmaker_for
from bot.languages import LANGUAGES
from bot.models import Conversation, Message

from .codes import InvalidCampaign, check_code, code_key
from .models import Campaign

__all__ = ["CampaignExists", "CampaignRecord", "CampaignStore", "UnknownCampaign"]

MAX_NAME = 200
_UNSET = object()


class CampaignExists(InvalidCampaign):
    """Another campaign already has this code (codes are compared without regard to case)."""


class UnknownCampaign(LookupError):
    """No campaign has this code."""


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    id: int
    code: str
    name: str
    language: str | None
    active: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: Campaign) -> CampaignRecord:
        return cls(
            row.id,
            row.code,
            row.name,
            row.language,
            row.active,
            as_utc(row.created_at),
            as_utc(row.updated_at),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "language": self.language,
            "active": self.active,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


def _name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InvalidCampaign(f"a campaign name is 1 to {MAX_NAME} characters")
    return name


def _language(language: str | None) -> str | None:
    if language in (None, ""):
        return None
    if language not in LANGUAGES:
        raise InvalidCampaign(f"language {language!r}: use one of {', '.join(LANGUAGES)} or none")
    return language


class CampaignStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._sessions = sessionmaker_for(engine)

    async def create(
        self, code: str, name: str, *, language: str | None = None, active: bool = True
    ) -> CampaignRecord:
        code = check_code(code)
        now = utcnow()
        row = Campaign(
            code=code,
            code_key=code_key(code),
            name=_name(name),
            language=_language(language),
            active=active,
            created_at=now,
            updated_at=now,
        )
        try:
            async with self._sessions.begin() as session:
                session.add(row)
        except IntegrityError:
            raise CampaignExists(f"a campaign with the code {code!r} already exists") from None
        return CampaignRecord.of(row)

    async def get(self, code: str) -> CampaignRecord | None:
        async with self._sessions() as session:
            row = (
                await session.execute(select(Campaign).where(Campaign.code_key == code_key(code)))
            ).scalar_one_or_none()
            return CampaignRecord.of(row) if row else None

    async def require(self, code: str) -> CampaignRecord:
        found = await self.get(code)
        if found is None:
            raise UnknownCampaign(f"no campaign has the code {code!r}")
        return found

    async def list(self) -> list[CampaignRecord]:
        async with self._sessions() as session:
            rows = (
                await session.execute(select(Campaign).order_by(Campaign.created_at, Campaign.id))
            ).scalars()
            return [CampaignRecord.of(r) for r in rows]

    async def edit(
        self,
        code: str,
        *,
        name: str | None = None,
        language: str | object | None = _UNSET,
        active: bool | None = None,
    ) -> CampaignRecord:
        """Change a campaign's name, language (None or "" clears it) or active flag.

        The code itself never changes: conversations already counted for it keep pointing at it.
        """
        values: dict[str, object] = {"updated_at": utcnow()}
        if name is not None:
            values["name"] = _name(name)
        if language is not _UNSET:
            values["language"] = _language(language if isinstance(language, str) else None)
        if active is not None:
            values["active"] = active
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Campaign).where(Campaign.code_key == code_key(code)).values(**values)
            )
            if result.rowcount == 0:
                raise UnknownCampaign(f"no campaign has the code {code!r}")
        return await self.require(code)

    async def find_active(self, keys: Sequence[str]) -> str | None:
        """The code of the first active campaign among these lower-case keys, or None."""
        if not keys:
            return None
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(Campaign.code_key, Campaign.code).where(
                        Campaign.code_key.in_(list(keys)), Campaign.active.is_(True)
                    )
                )
            ).all()
        codes = {key: code for key, code in rows}
        return next((codes[k] for k in keys if k in codes), None)

    async def inbound_count(self, conversation_id: str) -> int:
        """How many messages the user has written in this conversation."""
        async with self._sessions() as session:
            count = await session.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.conversation_id == conversation_id, Message.direction == "in")
            )
            return int(count or 0)

    async def claim_conversation(self, conversation_id: str, code: str) -> bool:
        """Give a conversation its campaign, unless it already has one (never overwritten)."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.campaign.is_(None))
                .values(campaign=code)
            )
            return bool(result.rowcount)
