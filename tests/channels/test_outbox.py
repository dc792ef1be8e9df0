"""The outbox contract on SQLite and PostgreSQL, with a scripted sender instead of a platform."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import utcnow
from bot.db import create_engine, sessionmaker_for
from bot.models import OutboxMessage
from bot.outbox import GiveUp, Hold, Outbox, OutboxItem, OutboxStore, RetryLater, Sender
from bot.store import ConversationStore
from tests.emulators.server import wait_until


class Script(Sender):
    """Delivers by recording; ``plan`` says what the next attempts for a text do."""

    max_text = 50

    def __init__(self) -> None:
        self.delivered: list[tuple[str, str]] = []
        self.attempts: list[str] = []
        self.plan: dict[str, list[Exception]] = {}

    async def deliver(self, item: OutboxItem) -> None:
        text = item.payload["text"]
        self.attempts.append(text)
        planned = self.plan.get(text)
        if planned:
            raise planned.pop(0)
        self.delivered.append((item.chat_id, text))


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


async def conversation(engine: AsyncEngine, chat: str) -> str:
    conv = await ConversationStore(engine).create("test", external_id=chat)
    return conv.id


def outbox(engine: AsyncEngine, sender: Sender, **options: Any) -> Outbox:
    options = {"chat_interval": 0, "sweep_seconds": 0.05, "max_backoff": 0.05, **options}
    return Outbox(OutboxStore(engine), {"test": sender}, **options)


def texts(*words: str) -> list[tuple[int | None, dict[str, Any]]]:
    return [(None, {"text": w}) for w in words]


async def test_messages_go_out_in_order_per_chat_through_failures(engine: AsyncEngine) -> None:
    sender = Script()
    sender.plan = {
        "a2": [RetryLater("5xx"), RuntimeError("connection reset")],
        "b1": [RetryLater("429", 0.1)],
    }
    box = outbox(engine, sender)
    await box.start()
    try:
        a, b = await conversation(engine, "A"), await conversation(engine, "B")
        await box.enqueue(a, "test", "A", texts("a1", "a2", "a3"))
        await box.enqueue(b, "test", "B", texts("b1", "b2"))
        await box.enqueue(a, "test", "A", texts("a4"))
        await box.drain()
    finally:
        await box.stop()
    assert [t for c, t in sender.delivered if c == "A"] == ["a1", "a2", "a3", "a4"]
    assert [t for c, t in sender.delivered if c == "B"] == ["b1", "b2"]
    rows = await box.store.for_conversation(a)
    assert [(r.status, r.attempts) for r in rows] == [("sent", 1), ("sent", 3), ("sent", 1), ("sent", 1)]


async def test_held_and_failed_rows_keep_their_reason_and_do_not_block_the_chat(engine: AsyncEngine) -> None:
    sender = Script()
    sender.plan = {"h": [Hold("held_window: closed")], "f": [GiveUp("blocked by the user")]}
    box = outbox(engine, sender)
    await box.start()
    try:
        conv = await conversation(engine, "C")
        await box.enqueue(conv, "test", "C", texts("h", "f", "ok"))
        await box.drain()
        rows = await box.store.for_conversation(conv)
        assert [(r.status, r.last_error) for r in rows] == [
            ("held", "held_window: closed"),
            ("failed", "blocked by the user"),
            ("sent", None),
        ]
        await box.release_held("test", "C")  # the user wrote again
        await wait_until(lambda: ("C", "h") in sender.delivered, what="released row")
        await box.drain()
        assert (await box.store.get(rows[0].id)).status == "sent"  # type: ignore[union-attr]
    finally:
        await box.stop()


async def test_attempts_run_out_into_failed(engine: AsyncEngine) -> None:
    sender = Script()
    sender.plan = {"x": [RetryLater("5xx")] * 3}
    box = outbox(engine, sender, max_attempts=3)
    await box.start()
    try:
        conv = await conversation(engine, "D")
        await box.enqueue(conv, "test", "D", texts("x", "y"))
        await box.drain()
    finally:
        await box.stop()
    rows = await box.store.for_conversation(conv)
    assert rows[0].status == "failed" and "after 3 attempts" in (rows[0].last_error or "")
    assert sender.delivered == [("D", "y")]


async def test_long_text_is_split_into_rows_with_buttons_on_the_last(engine: AsyncEngine) -> None:
    sender = Script()
    box = outbox(engine, sender)
    conv = await conversation(engine, "E")
    text = "First sentence is here. Second one follows it. Third closes the paragraph."
    items = await box.enqueue(
        conv, "test", "E", [(None, {"text": text, "buttons": [{"id": "m", "title": "M"}]})]
    )
    await box.stop()
    assert len(items) == 2 and all(len(i.payload["text"]) <= 50 for i in items)
    assert [i.payload["buttons"] for i in items] == [[], [{"id": "m", "title": "M"}]]


async def test_rows_left_by_a_stopped_or_dead_process_are_delivered_after_a_restart(
    engine: AsyncEngine,
) -> None:
    conv = await conversation(engine, "F")
    down = Script()
    down.plan = {"f1": [RetryLater("down")] * 100}
    first = outbox(engine, down, max_backoff=10)
    await first.start()
    await first.enqueue(conv, "test", "F", texts("f1", "f2"))
    await wait_until(lambda: down.attempts, what="an attempt")
    await first.stop()  # stopped mid-retry: rows stay, due again

    # A process that died: its row is still "sending", with a lease that ran out.
    store = OutboxStore(engine)
    [dead] = await store.add([(conv, None, "test", "F", {"text": "f3"})])
    async with sessionmaker_for(engine).begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == dead.id)
            .values(next_attempt_at=utcnow() - timedelta(seconds=1))
        )

    sender = Script()
    second = outbox(engine, sender)
    await second.start()
    try:
        await wait_until(lambda: len(sender.delivered) == 3, what="three messages")
    finally:
        await second.stop()
    assert [t for _, t in sender.delivered] == ["f1", "f2", "f3"]


async def test_a_claimed_row_is_sent_by_one_process_only(engine: AsyncEngine) -> None:
    conv = await conversation(engine, "G")
    store = OutboxStore(engine)
    [item] = await store.add([(conv, None, "test", "G", {"text": "g"})], claimed=False)
    results = await asyncio.gather(*(OutboxStore(engine).claim(item.id) for _ in range(5)))
    assert sorted(results) == [False, False, False, False, True]
    assert await store.claim_due(["test"]) == []  # claimed: not due for anyone else


async def test_per_chat_pace_allows_a_burst_then_about_one_per_interval(engine: AsyncEngine) -> None:
    sender = Script()
    box = outbox(engine, sender, chat_interval=0.2)
    await box.start()
    try:
        conv = await conversation(engine, "H")
        await box.enqueue(conv, "test", "H", texts("1", "2", "3", "4", "5"))
        await asyncio.sleep(0.1)
        assert len(sender.delivered) <= 4  # after the burst, the rest waits its turn
        await box.drain()
    finally:
        await box.stop()
    assert [t for _, t in sender.delivered] == ["1", "2", "3", "4", "5"]
