"""Key rotation: re-encrypt stored values with the current data key (bot/crypto.py).

``rotate(engine, keyring)`` walks every encrypted column in batches by primary key and rewrites each
value not yet under the current key (legacy plaintext included). ``reseal_lookups`` does the same for
the deterministic lookup columns only; the service runs it at start-up so a chat is always found.
Raw SQL on purpose: values are read and written as the stored strings, not through the column types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from .crypto import Keyring

__all__ = ["ENCRYPTED", "SEALED", "reseal_lookups", "rotate"]


@dataclass(frozen=True, slots=True)
class Columns:
    table: str
    columns: tuple[str, ...]
    key: str = "id"


ENCRYPTED = (
    Columns("messages", ("text", "payload")),
    Columns("conversations", ("profile_name",)),
    Columns("outbox", ("payload",)),
    Columns("handoff_cases", ("risk",)),
    Columns("handoff_notes", ("text",)),
    Columns("review_notes", ("text",)),
    Columns("staff_users", ("totp_secret",)),
)
SEALED = (
    Columns("conversations", ("external_id",)),
    Columns("outbox", ("chat_id",)),
)


Convert = Callable[[str], str]


async def _walk(engine: AsyncEngine, spec: Columns, convert: Convert, batch: int) -> int:
    changed = 0
    last: Any = None
    cols = ", ".join(spec.columns)
    while True:
        after = f"{spec.key} > :last" if last is not None else "1 = 1"
        query = text(
            f"SELECT {spec.key}, {cols} FROM {spec.table} WHERE {after} "  # noqa: S608 - names are ours
            f"ORDER BY {spec.key} LIMIT :batch"
        )
        params: dict[str, Any] = {"batch": batch} if last is None else {"batch": batch, "last": last}
        async with engine.begin() as conn:
            rows = (await conn.execute(query, params)).all()
            for row in rows:
                values = {}
                for name, value in zip(spec.columns, row[1:], strict=True):
                    if isinstance(value, str):
                        new = convert(value)
                        if new != value:
                            values[name] = new
                if values:
                    sets = ", ".join(f"{name} = :{name}" for name in values)
                    await conn.execute(
                        text(f"UPDATE {spec.table} SET {sets} WHERE {spec.key} = :pk"),  # noqa: S608
                        {**values, "pk": row[0]},
                    )
                    changed += 1
        if len(rows) < batch:
            return changed
        last = rows[-1][0]


def _resealer(keyring: Keyring) -> Convert:
    prefix = keyring.current_seal_prefix()

    def reseal(value: str) -> str:
        return value if value.startswith(prefix) else keyring.seal(keyring.unseal(value))

    return reseal


async def reseal_lookups(engine: AsyncEngine, keyring: Keyring, batch: int = 500) -> int:
    """Lookup columns under the current key; returns the number of rows rewritten."""
    reseal = _resealer(keyring)
    total = 0
    for spec in SEALED:
        [column] = spec.columns
        probe = text(
            f"SELECT 1 FROM {spec.table} WHERE {column} IS NOT NULL "  # noqa: S608 - names are ours
            f"AND {column} NOT LIKE :prefix LIMIT 1"
        )
        async with engine.connect() as conn:
            stale = (await conn.execute(probe, {"prefix": keyring.current_seal_prefix() + "%"})).first()
        if stale is not None:
            total += await _walk(engine, spec, reseal, batch)
    return total


async def rotate(engine: AsyncEngine, keyring: Keyring, batch: int = 500) -> dict[str, int]:
    """Every encrypted value under the current key; rows rewritten per table."""
    done: dict[str, int] = {}
    reseal = _resealer(keyring)
    for spec in SEALED:
        done[spec.table] = done.get(spec.table, 0) + await _walk(engine, spec, reseal, batch)
    for spec in ENCRYPTED:
        done[spec.table] = done.get(spec.table, 0) + await _walk(engine, spec, keyring.rotate, batch)
    return done
