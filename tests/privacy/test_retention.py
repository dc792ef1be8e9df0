"""Retention on a fake clock: what is past its period goes, counts stay; the audit log only through
the purge; `helpline purge --dry-run`; the scheduled purge inside the service."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError

from bot.appkeys import ENGINE
from bot.cli import main
from bot.clock import utcnow
from bot.crypto import Keyring
from bot.db import create_engine, sessionmaker_for
from bot.models import Conversation
from bot.retention import Policy, plan, purge
from bot.store import ConversationStore
from handoff.models import AuditEntry, Case
from tests.conftest import AppClient

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=utcnow().tzinfo)
DAY = timedelta(days=1)


async def conversation(
    engine: Any, last_activity: datetime, *, case: str | None = None, closed: datetime | None = None
) -> str:
    store = ConversationStore(engine)
    conv = await store.create(
        "telegram", external_id=f"chat-{last_activity.isoformat()}-{case}", language="uk"
    )
    await store.append(
        conv.id, "in", "user", "мене звати Оксана", {"nlu": {"risk": {"level": "high", "indicators": []}}}
    )
    async with sessionmaker_for(engine).begin() as session:
        await session.execute(
            update(Conversation).where(Conversation.id == conv.id).values(last_activity_at=last_activity)
        )
        if case:
            session.add(
                Case(
                    conversation_id=conv.id,
                    status=case,
                    level="high",
                    reason="risk",
                    channel="telegram",
                    created_at=last_activity,
                    queued_at=last_activity,
                    closed_at=closed,
                    outcome="information_given" if closed else None,
                )
            )
    return conv.id


async def remaining(engine: Any) -> set[str]:
    async with sessionmaker_for(engine)() as session:
        return set((await session.execute(select(Conversation.id))).scalars())


async def test_transcripts_go_after_their_period_and_only_counts_stay(
    database_url: str, keyring: Keyring
) -> None:
    engine = create_engine(database_url)
    try:
        quiet_old = await conversation(engine, NOW - 100 * DAY)
        quiet_recent = await conversation(engine, NOW - 10 * DAY)
        open_case = await conversation(engine, NOW - 200 * DAY, case="active")
        closed_lately = await conversation(engine, NOW - 120 * DAY, case="closed", closed=NOW - 30 * DAY)
        closed_long_ago = await conversation(engine, NOW - 150 * DAY, case="closed", closed=NOW - 95 * DAY)
        policy = Policy(transcript_days=90, audit_days=730)
        async with engine.begin() as conn:  # de-duplication marks: one past its window, one not
            for key, expires in (("telegram:1:old", NOW - DAY), ("telegram:1:new", NOW + DAY)):
                await conn.execute(
                    text("INSERT INTO inbound_seen (key, done, expires_at) VALUES (:k, :d, :e)"),
                    {"k": key, "d": True, "e": expires},
                )

        dry = await purge(engine, policy, now=NOW, dry_run=True)
        assert set(dry.conversations) == {quiet_old, closed_long_ago}
        assert "conversations to erase: 2 (telegram: 2)" in dry.describe()
        assert len(await remaining(engine)) == 5

        await purge(engine, policy, now=NOW)
        assert await remaining(engine) == {quiet_recent, open_case, closed_lately}
        async with engine.connect() as conn:
            orphans = (
                await conn.execute(
                    text("SELECT count(*) FROM messages WHERE conversation_id IN (:a, :b)"),
                    {"a": quiet_old, "b": closed_long_ago},
                )
            ).scalar_one()
            counts = (await conn.execute(text("SELECT * FROM anonymous_counts"))).mappings().all()
        assert orphans == 0
        async with engine.connect() as conn:
            keys = (await conn.execute(text("SELECT key FROM inbound_seen"))).scalars().all()
        assert keys == ["telegram:1:new"]
        assert [(c["event"], c["channel"], c["language"], c["risk_level"], c["count"]) for c in counts] == [
            ("expired", "telegram", "uk", "high", 2)
        ]

        # a month later the closed case's conversation goes too
        later = await plan(engine, policy, now=NOW + 61 * DAY)
        assert set(later.conversations) == {closed_lately}
    finally:
        await engine.dispose()


async def test_the_audit_log_is_append_only_and_shrinks_only_by_retention(
    database_url: str, keyring: Keyring
) -> None:
    engine = create_engine(database_url)
    try:
        async with sessionmaker_for(engine).begin() as session:
            session.add(AuditEntry(action="reveal", detail={"reason": "QA"}, created_at=NOW - 800 * DAY))
            session.add(AuditEntry(action="export", detail={}, created_at=NOW - 10 * DAY))
        for statement in ("UPDATE staff_audit SET action = 'nothing'", "DELETE FROM staff_audit"):
            with pytest.raises(DBAPIError, match="append-only"):
                async with engine.begin() as conn:
                    await conn.execute(text(statement))
        done = await purge(engine, Policy(transcript_days=90, audit_days=730), now=NOW)
        assert done.audit_rows == 1
        async with engine.connect() as conn:
            actions = (await conn.execute(text("SELECT action FROM staff_audit ORDER BY id"))).scalars().all()
        assert actions == ["export", "delete"]  # the purge itself is audited
        with pytest.raises(DBAPIError, match="append-only"):  # the gate closed again
            async with engine.begin() as conn:
                await conn.execute(text("DELETE FROM staff_audit"))
    finally:
        await engine.dispose()


async def test_purge_dry_run_on_the_command_line(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    engine = create_engine(sqlite_url)
    try:
        from bot.db import migrate

        await migrate(engine)
        old = await conversation(engine, utcnow() - 100 * DAY)
    finally:
        await engine.dispose()
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv("HELPLINE_DATA_KEY_FILE", str(tmp_path / "keys"))
    monkeypatch.chdir(tmp_path)
    assert await asyncio.to_thread(main, ["purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "conversations to erase: 1 (telegram: 1)" in out and "dry run" in out
    engine = create_engine(sqlite_url)
    try:
        assert old in await remaining(engine)
    finally:
        await engine.dispose()


async def test_the_service_purges_on_its_own(make_client: AppClient) -> None:
    client = await make_client(retention_sweep_seconds=0.05)
    engine = client.app[ENGINE]
    old = await conversation(engine, utcnow() - 365 * DAY)
    fresh = await conversation(engine, utcnow() - DAY)
    for _ in range(200):
        if old not in await remaining(engine):
            break
        await asyncio.sleep(0.05)
    assert await remaining(engine) >= {fresh}
    assert old not in await remaining(engine)
