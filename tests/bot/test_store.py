"""One contract suite for the conversation store, run on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio

from bot.db import create_engine
from bot.store import ConversationStore, hash_token


async def test_conversation_and_transcript_round_trip(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        store = ConversationStore(engine)
        conv = await store.create(
            "web", token_hash=hash_token("t0k"), language="uk", state={"language": "uk"}
        )
        assert conv.token_matches("t0k") and not conv.token_matches("other")
        first = await store.append(conv.id, "in", "user", "Привіт — ą ę ś ✓", {"button": None})
        ids = await store.finish_turn(
            conv.id,
            outbound=[
                ("bot", "one", {"buttons": []}),
                ("bot", "two", {"buttons": [{"id": "x", "title": "X"}]}),
            ],
            state={"language": "pl", "flow": {"node": "a"}},
            language="pl",
        )
        assert first < ids[0] < ids[1]
        again = await store.get(conv.id)
        assert again is not None
        assert again.language == "pl" and again.state == {"language": "pl", "flow": {"node": "a"}}
        assert again.last_activity_at >= conv.last_activity_at
        rows = await store.transcript(conv.id)
        assert [(r.direction, r.text) for r in rows] == [
            ("in", "Привіт — ą ę ś ✓"),
            ("out", "one"),
            ("out", "two"),
        ]
        assert rows[2].payload["buttons"][0]["title"] == "X"
        assert [r.text for r in await store.transcript(conv.id, after_id=rows[0].id)] == ["one", "two"]
        assert await store.get("0" * 32) is None
    finally:
        await engine.dispose()


async def test_one_conversation_per_platform_chat_even_under_a_race(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        store = ConversationStore(engine)
        results = await asyncio.gather(*(store.get_or_create_external("telegram", "12345") for _ in range(8)))
        assert len({conv.id for conv, _ in results}) == 1
        assert sum(created for _, created in results) == 1
        other, created = await store.get_or_create_external("whatsapp", "12345")
        assert created and other.id != results[0][0].id
    finally:
        await engine.dispose()


async def test_a_conversation_keeps_the_highest_level_and_every_indicator(database_url: str) -> None:
    """The level is raised in the UPDATE itself when a message brings no indicator (read first if it does)."""
    from sqlalchemy import select

    from bot.store import CONVERSATIONS

    def nlu(level: str, *indicators: str) -> dict[str, object]:
        return {"nlu": {"risk": {"level": level, "indicators": [{"id": i} for i in indicators]}}}

    engine = create_engine(database_url)
    try:
        store = ConversationStore(engine)
        conv = await store.create("web")
        seen = []
        for payload in (
            {},
            nlu("none"),
            nlu("low"),
            nlu("none"),
            nlu("high", "wage_withholding"),
            nlu("low"),
            nlu("critical"),
            nlu("none", "debt"),
            nlu("high"),
        ):
            await store.append(conv.id, "in", "user", "x", payload)
            async with engine.connect() as db:
                query = select(CONVERSATIONS.c.risk_level, CONVERSATIONS.c.indicators)
                row = (await db.execute(query.where(CONVERSATIONS.c.id == conv.id))).one()
            seen.append((row.risk_level, row.indicators))
        assert seen == [
            (None, None),
            ("none", None),
            ("low", None),
            ("low", None),
            ("high", " wage_withholding "),
            ("high", " wage_withholding "),
            ("critical", " wage_withholding "),
            ("critical", " debt wage_withholding "),
            ("critical", " debt wage_withholding "),
        ]
    finally:
        await engine.dispose()
