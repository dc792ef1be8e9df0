"""A transcript row remembers the platform's id of an inbound message, so a redelivery after a
crash is not stored twice.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("external_id", sa.String(128), nullable=True))
    op.create_index(
        "uq_messages_conversation_external", "messages", ["conversation_id", "external_id"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_messages_conversation_external", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("external_id")
