"""The campaigns table. It lives on ``bot.models.Base`` so Alembic sees one schema (migration 0004)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.clock import utcnow
from bot.models import Base, BigId

__all__ = ["Campaign", "CampaignCount", "ConversationEvent"]


class Campaign(Base):
    """One outreach campaign (a job fair, a labour office, a school visit).

    ``code`` is shown and printed as the staff wrote it; ``code_key`` is its lower-case form, unique,
    so "Fair-2026" and "FAIR-2026" are the same campaign wherever a user types it.
    """

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64))
    code_key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ConversationEvent(Base):
    """What a turn did, as plain non-personal labels for aggregate counts (migration 0006).

    One row per event of a turn (a flow's result, a request for a person...): its type, the flow and
    the level. Never the user's words or answers: those stay in the (encrypted) transcript.
    """

    __tablename__ = "conversation_events"
    __table_args__ = (Index("ix_conversation_events_conversation_id", "conversation_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(32))
    flow: Mapped[str | None] = mapped_column(String(64))
    level: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CampaignCount(Base):
    """Counts of erased conversations, per campaign, creation day, section and key (migration 0007).

    Retention erases old conversations (bot/retention.py); just before, their campaign numbers are
    added here, so a campaign's statistics keep them. Aggregates only: no conversation id.
    """

    __tablename__ = "campaign_counts"

    campaign_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    section: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
