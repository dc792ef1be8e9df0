"""A turn's events become plain labels: what statistics count, and nothing of what the user wrote."""

from __future__ import annotations

from aiohttp.test_utils import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.appkeys import ENGINE
from bot.db import sessionmaker_for
from bot.store import ConversationStore
from campaigns import EventLog
from campaigns.models import ConversationEvent


async def labels(engine: AsyncEngine) -> list[tuple[str, str | None, str | None]]:
    async with sessionmaker_for(engine)() as session:
        rows = (await session.execute(select(ConversationEvent).order_by(ConversationEvent.id))).scalars()
        return [(r.type, r.flow, r.level) for r in rows]


async def test_only_typed_dicts_are_kept_and_only_their_labels(engine: AsyncEngine) -> None:
    conv = await ConversationStore(engine).create("web")
    await EventLog(engine).record(
        conv,
        [
            {"type": "flow_result", "flow": "offer", "level": "high", "answers": {"fee": "yes"}},
            {"type": "handoff", "reason": "asked", "level": None},
            "media",  # an old-style plain name: no type to keep
            {"flow": "offer"},  # no type
        ],
    )
    assert await labels(engine) == [("flow_result", "offer", "high"), ("handoff", None, None)]


async def test_the_message_path_records_a_turns_events(client: TestClient) -> None:
    resp = await client.post("/chat/api/conversations", json={})
    data = await resp.json()
    sent = await client.post(
        f"/chat/api/conversations/{data['conversation_id']}/messages",
        json={"button": "no-such-button"},
        headers={"Authorization": f"Bearer {data['token']}"},
    )
    assert sent.status == 200
    assert ("unknown_button", None, None) in await labels(client.app[ENGINE])
