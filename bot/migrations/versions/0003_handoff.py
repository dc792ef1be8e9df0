"""Handoff to human consultants: staff, sessions, cases, notes, audit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("max_cases", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("last_seen_at", When, nullable=True),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", When, nullable=False),
        sa.Column("expires_at", When, nullable=False),
    )
    op.create_table(
        "handoff_cases",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "conversation_id",
            sa.String(32),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("campaign", sa.String(64), nullable=True),
        sa.Column("risk", sa.JSON(), nullable=False),
        sa.Column(
            "assigned_to", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("created_at", When, nullable=False),
        sa.Column("queued_at", When, nullable=False),
        sa.Column("claimed_at", When, nullable=True),
        sa.Column("first_reply_at", When, nullable=True),
        sa.Column("closed_at", When, nullable=True),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("notified_at", When, nullable=True),
        sa.Column("staff_notified", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_handoff_cases_status", "handoff_cases", ["status"])
    op.create_index(
        "uq_handoff_cases_one_open",
        "handoff_cases",
        ["conversation_id"],
        unique=True,
        sqlite_where=sa.text("status != 'closed'"),
        postgresql_where=sa.text("status != 'closed'"),
    )
    op.create_table(
        "handoff_notes",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "case_id", BigId, sa.ForeignKey("handoff_cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "author_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", When, nullable=False),
    )
    op.create_index("ix_handoff_notes_case_id", "handoff_notes", ["case_id"])
    op.create_table(
        "staff_audit",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("case_id", BigId, nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", When, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("staff_audit")
    op.drop_index("ix_handoff_notes_case_id", table_name="handoff_notes")
    op.drop_table("handoff_notes")
    op.drop_index("uq_handoff_cases_one_open", table_name="handoff_cases")
    op.drop_index("ix_handoff_cases_status", table_name="handoff_cases")
    op.drop_table("handoff_cases")
    op.drop_table("staff_sessions")
    op.drop_table("staff_users")
