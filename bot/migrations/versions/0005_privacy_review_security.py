"""Privacy, review and staff security: encrypted columns with blind indexes, search metadata, review
tables, anonymous counts, TOTP and lockout columns, and an append-only audit table.

- conversations.external_id and outbox.chat_id hold deterministic ciphertext (bot/crypto.py), so
  lookups and the unique constraint keep working; message texts and JSON payloads become encrypted
  text (the JSON columns turn into text).
- Plain, non-personal metadata for the review room's filters: language, intent, risk level and
  indicator ids on messages; the highest risk level and the indicator ids on conversations.
- staff_audit rejects UPDATE and DELETE (triggers on both databases). The one way to delete old rows
  is the retention purge (review/retention.py), which opens the gate inside its own transaction:
  PostgreSQL ``SET LOCAL helpline.audit_purge = 'on'``, SQLite a row in ``audit_purge_gate``.

Existing rows stay readable (values without the ``enc1:`` prefix are read as plaintext);
``helpline keys rotate`` encrypts them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PG_AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION staff_audit_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('helpline.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'staff_audit is append-only';
END
$$ LANGUAGE plpgsql
"""


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    pg = _postgres()
    # -- conversations: encrypted external id, blind index, search metadata
    op.add_column("conversations", sa.Column("risk_level", sa.String(8), nullable=True))
    op.add_column("conversations", sa.Column("indicators", sa.Text(), nullable=True))
    if pg:
        op.alter_column("conversations", "external_id", type_=sa.Text(), existing_nullable=True)
    op.create_index("ix_conversations_last_activity_at", "conversations", ["last_activity_at"])

    # -- messages: encrypted payload, search metadata
    if pg:
        op.alter_column("messages", "payload", type_=sa.Text(), postgresql_using="payload::text")
    op.add_column("messages", sa.Column("language", sa.String(8), nullable=True))
    op.add_column("messages", sa.Column("intent", sa.String(32), nullable=True))
    op.add_column("messages", sa.Column("risk_level", sa.String(8), nullable=True))
    op.add_column("messages", sa.Column("indicators", sa.Text(), nullable=True))

    # -- outbox: encrypted chat id and payload, platform message id (to delete it later)
    op.add_column("outbox", sa.Column("platform_message_id", sa.String(64), nullable=True))
    if pg:
        op.alter_column("outbox", "chat_id", type_=sa.Text(), existing_nullable=False)
        op.alter_column("outbox", "payload", type_=sa.Text(), postgresql_using="payload::text")
        op.alter_column("handoff_cases", "risk", type_=sa.Text(), postgresql_using="risk::text")
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])

    # -- staff security: TOTP, lockout, idle expiry, rate limiting without Redis
    op.add_column("staff_users", sa.Column("totp_secret", sa.Text(), nullable=True))
    op.add_column("staff_users", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("staff_users", sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("staff_sessions", sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "staff_login_failures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_staff_login_failures_key", "staff_login_failures", ["key", "created_at"])
    op.create_index("ix_staff_audit_created_at", "staff_audit", ["created_at"])

    # -- review room
    op.create_table(
        "review_marks",
        sa.Column(
            "conversation_id",
            sa.String(32),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("flags", sa.Text(), nullable=False, server_default=""),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "conversation_id",
            sa.String(32),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "nlu_corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "message_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("staff_users.id", ondelete="SET NULL")),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("intent", sa.String(32), nullable=True),
        sa.Column("risk_level", sa.String(8), nullable=True),
        sa.Column("indicators", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "anonymous_counts",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("event", sa.String(16), primary_key=True),
        sa.Column("channel", sa.String(16), primary_key=True),
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("risk_level", sa.String(8), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )

    # -- the audit trail: append-only
    if pg:
        op.execute(PG_AUDIT_FUNCTION)
        op.execute(
            "CREATE TRIGGER staff_audit_append_only BEFORE UPDATE OR DELETE ON staff_audit "
            "FOR EACH ROW EXECUTE FUNCTION staff_audit_append_only()"
        )
        op.execute(
            "CREATE TRIGGER staff_audit_no_truncate BEFORE TRUNCATE ON staff_audit "
            "FOR EACH STATEMENT EXECUTE FUNCTION staff_audit_append_only()"
        )
    else:
        op.create_table("audit_purge_gate", sa.Column("opened", sa.Integer(), nullable=False))
        op.execute(
            "CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit "
            "BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit "
            "WHEN NOT EXISTS (SELECT 1 FROM audit_purge_gate) "
            "BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END"
        )


def downgrade() -> None:
    pg = _postgres()
    if pg:
        op.execute("DROP TRIGGER IF EXISTS staff_audit_no_truncate ON staff_audit")
        op.execute("DROP TRIGGER IF EXISTS staff_audit_append_only ON staff_audit")
        op.execute("DROP FUNCTION IF EXISTS staff_audit_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS staff_audit_no_delete")
        op.execute("DROP TRIGGER IF EXISTS staff_audit_no_update")
        op.drop_table("audit_purge_gate")
    for table in ("anonymous_counts", "nlu_corrections", "review_notes", "review_marks"):
        op.drop_table(table)
    op.drop_index("ix_staff_audit_created_at", table_name="staff_audit")
    op.drop_table("staff_login_failures")
    op.drop_column("staff_sessions", "last_seen_at")
    for column in ("locked_until", "failed_logins", "totp_secret"):
        op.drop_column("staff_users", column)
    op.drop_index("ix_outbox_sent_at", table_name="outbox")
    op.drop_column("outbox", "platform_message_id")
    for column in ("indicators", "risk_level", "intent", "language"):
        op.drop_column("messages", column)
    op.drop_index("ix_conversations_last_activity_at", table_name="conversations")
    for column in ("indicators", "risk_level"):
        op.drop_column("conversations", column)
