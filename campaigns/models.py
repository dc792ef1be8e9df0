"""The campaigns table. It lives on ``bot.models.Base`` so Alembic sees one schema (migration 0004)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.clock import utcnow
from bot.models import Base

__all__ = ["Campaign"]


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
