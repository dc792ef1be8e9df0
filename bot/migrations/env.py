"""Alembic environment: migrations run on a connection handed over by bot.db.migrate()."""

from __future__ import annotations

from alembic import context

from bot.models import Base
from handoff import models as _handoff_models  # noqa: F401  (its tables on Base)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `helpline db upgrade`, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
