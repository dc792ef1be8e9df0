"""The queue's order index: queued cases by level and waiting time (places are indexed counts).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_handoff_cases_queue_order", "handoff_cases", ["status", "level", "queued_at"])


def downgrade() -> None:
    op.drop_index("ix_handoff_cases_queue_order", table_name="handoff_cases")
