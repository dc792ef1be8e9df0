"""Found by the kill -9 test: after a restart, the sweep hands a chat's older row (left by the dead
process) to the chat while a newer one is being sent. Each must still go out exactly once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import utcnow
from bot.db import create_engine, sessionmaker_for
from bot.models import OutboxMessage
from bot.outbox import OutboxItem, OutboxStore
from tests.channels.test_outbox import Script, conversation, outbox, texts
from tests.emulators.server import wait_until


class Slow(Script):
    """Holds the delivery of ``new`` until released."""

    def __init__(self) -> None:
        super().__init__()
        self.sending_new = asyncio.Event()
        self.release = asyncio.Event()

    async def deliver(self, item: OutboxItem) -> None:
        if item.payload["text"] == "new":
            self.sending_new.set()
            await self.release.wait()
        await super().deliver(item)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()


async def test_an_older_row_swept_in_while_a_newer_one_is_sent_goes_out_once(engine: AsyncEngine) -> None:
    conv = await conversation(engine, "K")
    store = OutboxStore(engine)
    [old] = await store.add([(conv, None, "test", "K", {"text": "old"})])  # "sending", a dead process's
    sender = Slow()
    box = outbox(engine, sender)
    await box.start()
    try:
        await box.enqueue(conv, "test", "K", texts("new"))
        await asyncio.wait_for(sender.sending_new.wait(), 10)
        async with sessionmaker_for(engine).begin() as session:  # the dead process's lease runs out
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == old.id)
                .values(next_attempt_at=utcnow() - timedelta(seconds=1))
            )
        await wait_until(lambda: old.id in box._known_ids(), what="the sweep to take the old row")
        sender.release.set()
        await wait_until(lambda: len(sender.delivered) >= 2, what="both rows")
        await box.drain()
        await asyncio.sleep(0.2)  # a wrong second delivery would happen now
    finally:
        await box.stop()
    assert sorted(t for _, t in sender.delivered) == ["new", "old"]
    assert {r.status for r in await store.for_conversation(conv)} == {"sent"}
