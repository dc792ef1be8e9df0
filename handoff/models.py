"""The handoff's durable tables: staff, their sessions, cases, notes and the audit trail.

They live on ``bot.models.Base`` so Alembic sees one schema; migration 0003 creates them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from bot.clock import utcnow
from bot.crypto import EncryptedJSON, EncryptedText
from bot.models import Base, BigId

__all__ = ["AuditEntry", "Case", "CaseNote", "StaffSession", "StaffUser"]


class StaffUser(Base):
    """A consultant, moderator or admin. ``languages`` is the list of codes they speak."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))  # consultant, moderator, admin
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    max_cases: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column()
    totp_secret: Mapped[str | None] = mapped_column(EncryptedText)  # base32, encrypted at rest
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)  # a code is good only once
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column()


class StaffSession(Base):
    """A logged-in browser: the cookie's SHA-256 is the key; ``csrf`` is the double-submit token."""

    __tablename__ = "staff_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    last_seen_at: Mapped[datetime | None] = mapped_column()  # idle expiry


class Case(Base):
    """One request for a human. status: queued -> active -> closed (release puts it back to queued).

    At most one case per conversation is not closed (a partial unique index says so).
    """

    __tablename__ = "handoff_cases"
    __table_args__ = (
        Index("ix_handoff_cases_status", "status"),
        Index("ix_handoff_cases_queue_order", "status", "level", "queued_at"),
        Index(
            "uq_handoff_cases_one_open",
            "conversation_id",
            unique=True,
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(8), default="queued")
    level: Mapped[str] = mapped_column(String(10))  # critical, high, requested
    reason: Mapped[str] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    campaign: Mapped[str | None] = mapped_column(String(64))
    risk: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)  # NLU summary that opened it
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)  # waiting since (again, after a release)
    claimed_at: Mapped[datetime | None] = mapped_column()
    first_reply_at: Mapped[datetime | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column()
    outcome: Mapped[str | None] = mapped_column(String(32))
    notified_at: Mapped[datetime | None] = mapped_column()  # last waiting update sent to the user
    staff_notified: Mapped[bool] = mapped_column(default=False)


class CaseNote(Base):
    """An internal note: staff only, never shown to the user."""

    __tablename__ = "handoff_notes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("handoff_cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """One row for every staff action (login, claim, reply, note, transfer, release, close, user add).

    Append-only: database triggers (migration 0005) reject UPDATE and DELETE; old rows go only
    through the retention purge (review/retention.py).
    """

    __tablename__ = "staff_audit"
    __table_args__ = (Index("ix_staff_audit_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(32))
    case_id: Mapped[int | None] = mapped_column(BigId)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
