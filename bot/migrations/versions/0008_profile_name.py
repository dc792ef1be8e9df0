"""The user's profile name on a platform (Telegram first and last name, WhatsApp profile name),
encrypted (bot/crypto.py), so the review room can mask it in what the user wrote.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("conversations", sa.Column("profile_name", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("conversations", "profile_name")
