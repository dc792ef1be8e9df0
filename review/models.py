"""The review room's tables (migration 0005): marks (flags, reviewed), notes, NLU corrections, and
the anonymous counts that outlive erased conversations. They live on ``bot.models.Base``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.clock import utcnow
from bot.crypto import EncryptedText
from bot.models import Base, BigId

__all__ = ["AnonymousCount", "NluCorrection", "ReviewMark", "ReviewNote"]


class ReviewMark(Base):
    """A moderator's marks on a conversation: flags (" id id "), and when it was reviewed, by whom."""

    __tablename__ = "review_marks"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    flags: Mapped[str] = mapped_column(Text, default="", server_default="")
    reviewed_at: Mapped[datetime | None] = mapped_column()
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewNote(Base):
    """A moderator's annotation; encrypted, as it may quote the user."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class NluCorrection(Base):
    """What the NLU should have read in one inbound message (None: it was right about that)."""

    __tablename__ = "nlu_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(BigId, ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    language: Mapped[str | None] = mapped_column(String(8))
    intent: Mapped[str | None] = mapped_column(String(32))
    risk_level: Mapped[str | None] = mapped_column(String(8))
    indicators: Mapped[str | None] = mapped_column(Text)  # " id id "
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AnonymousCount(Base):
    """How many conversations an event ended (expired, forgotten), by day, channel, language, level."""

    __tablename__ = "anonymous_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(16), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    risk_level: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
