"""The queue in a surge: places come from indexed counts and the console gets the head of the queue,
and both agree exactly with the written ordering rule (handoff/queue.py)."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE
from bot.clock import utcnow
from bot.store import ConversationStore
from handoff import service as handoff_service
from handoff.keys import HANDOFF
from handoff.queue import order
from handoff.staff import StaffStore


async def test_places_and_the_queue_head_follow_the_ordering_rule(
    hclient: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    handoff = hclient.app[HANDOFF]
    engine = hclient.app[ENGINE]
    conversations = ConversationStore(engine)
    rnd = random.Random(7)
    now = utcnow()
    for i in range(40):
        conv = await conversations.create("web", language="pl")
        await handoff.cases.open(
            conv.id,
            level=rnd.choice(["critical", "high", "requested"]),
            reason="risk",
            channel="web",
            language=rnd.choice(["pl", "uk", "vi"]),
            now=now - timedelta(seconds=rnd.randint(0, 7200) + i / 1000),
        )
    queued = await handoff.cases.with_status("queued")
    expected = order(queued, now, handoff.config.ageing_seconds)
    # Each user's place, from three counts, is its place in the full ordering.
    for place, case in enumerate(expected, 1):
        assert 1 + await handoff.ahead_of(case) == place

    # The console lists the head of the queue, then this consultant's languages further down.
    monkeypatch.setattr(handoff_service, "QUEUE_PAGE", 5)
    monkeypatch.setattr(handoff_service, "QUEUE_EXTRA", 50)
    staff = StaffStore(engine)
    vi = await staff.add("thu", "a long password", role="consultant", languages=["vi"])
    listed = await handoff.queue(vi, now)
    assert [c["id"] for c in listed[:5]] == [c.id for c in expected[:5]]
    assert [c["position"] for c in listed[:5]] == [1, 2, 3, 4, 5]
    beyond = [c for c in listed[5:]]
    assert beyond and all(c["offered"] for c in beyond)
    position = {c.id: i for i, c in enumerate(expected, 1)}
    assert all(c["position"] == position[c["id"]] for c in beyond)
    assert {c["language"] for c in beyond} <= {"vi", "pl", "uk"}
