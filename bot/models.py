"""Durable tables. Every change to them goes through an Alembic migration in bot/migrations."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .clock import utcnow
from .crypto import EncryptedJSON, EncryptedText, SearchableText

__all__ = ["Base", "Conversation", "InboundSeen", "Message", "OutboxMessage"]

BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("channel", "external_id", name="uq_conversations_channel_external"),
        Index("ix_conversations_last_activity_at", "last_activity_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str | None] = mapped_column(SearchableText)  # chat id, encrypted (bot/crypto.py)
    token_hash: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    campaign: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    # plain, non-personal metadata for the review room's filters (filled as messages are written)
    risk_level: Mapped[str | None] = mapped_column(String(8))  # highest NLU level seen
    indicators: Mapped[str | None] = mapped_column(Text)  # " id id " of every indicator seen
    profile_name: Mapped[str | None] = mapped_column(EncryptedText)  # the platform's name, for masking


class Message(Base):
    """The transcript: one row for every message in or out, written before any reply leaves."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_id_id", "conversation_id", "id"),
        # A platform's redelivery of a message already stored is the same row (NULLs never clash).
        Index("uq_messages_conversation_external", "conversation_id", "external_id", unique=True),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(128))  # the platform's update/message id
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    sender: Mapped[str] = mapped_column(String(16))  # user, bot, consultant, system
    text: Mapped[str] = mapped_column(EncryptedText, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)  # buttons, NLU summary
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # plain, non-personal NLU metadata of an inbound message, for search
    language: Mapped[str | None] = mapped_column(String(8))
    intent: Mapped[str | None] = mapped_column(String(32))
    risk_level: Mapped[str | None] = mapped_column(String(8))
    indicators: Mapped[str | None] = mapped_column(Text)  # " id id "


class OutboxMessage(Base):
    """One message for a push channel (Telegram, WhatsApp), written before it is sent.

    ``status``: queued (due at ``next_attempt_at``), sending (claimed until ``next_attempt_at``; a row
    still "sending" after that is taken again), sent, held (waiting for the user to write: WhatsApp's
    24-hour window), failed (given up; ``last_error`` says why).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_next_attempt", "status", "next_attempt_at"),
        Index("ix_outbox_channel_chat_id", "channel", "chat_id", "id"),
        Index("ix_outbox_sent_at", "sent_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(SearchableText)  # encrypted, still found by equality
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)  # text, buttons, language
    platform_message_id: Mapped[str | None] = mapped_column(String(64))  # to delete it later (Telegram)
    status: Mapped[str] = mapped_column(String(8), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()


class InboundSeen(Base):
    """Inbound de-duplication without Redis: one row per platform update or message id."""

    __tablename__ = "inbound_seen"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    done: Mapped[bool] = mapped_column(default=False)
    expires_at: Mapped[datetime] = mapped_column()
