"""A platform delivers a message again after a worker died mid-turn: it is stored once."""

from __future__ import annotations

from bot.db import create_engine
from bot.store import ConversationStore


async def test_a_redelivered_message_is_one_transcript_row(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        store = ConversationStore(engine)
        conv = await store.create("whatsapp", external_id="48500111222")
        wamid = "wamid.HBgLNDg1MDAxMTEyMjIVAgASGBQzQTdGNTIzRjg5QjE3OTY5NkQ4OQA="
        first = await store.append(conv.id, "in", "user", "pomocy", external_id=wamid)
        again = await store.append(conv.id, "in", "user", "pomocy", external_id=wamid)
        other = await store.append(conv.id, "in", "user", "pomocy")  # a message without a platform id
        assert first == again != other
        rows = await store.transcript(conv.id)
        assert [r.id for r in rows] == [first, other]
        async with engine.connect() as db:
            from sqlalchemy import text

            stored = (
                await db.execute(text("SELECT external_id FROM messages WHERE id = :i"), {"i": first})
            ).scalar()
        assert stored is not None and len(stored) == 40 and "wamid" not in stored  # a digest only
    finally:
        await engine.dispose()
