"""What the waiting user sees: out of hours, occasional updates (never spam), the way back to the bot,
the offer on a low risk; what staff are told: webhook and Telegram staff chat; what /metrics shows."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.appkeys import HELPLINE
from bot.clock import utcnow
from bot.dialogue import Turn
from handoff.hours import WorkingHours
from handoff.keys import HANDOFF

from .conftest import Login, NewUser, fake_understand


async def test_out_of_hours_the_user_gets_kcik_and_the_case_stays_queued(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="ru")  # online, but today is a holiday
    handoff = hclient.app[HANDOFF]
    today = utcnow().astimezone(ZoneInfo("Europe/Warsaw")).date().isoformat()
    handoff.config = replace(handoff.config, hours=WorkingHours.parse("", today))
    user = await new_user("ru")
    said = "\n".join(r["text"] for r in await user.say("unpaid"))
    assert "нет на связи" in said and "+48 22 628 01 20" in said and "info@kcik.pl" in said
    [case] = (await ala.get("/api/queue"))["cases"]
    assert case["level"] == "high"


def test_working_hours_and_holidays() -> None:
    hours = WorkingHours.parse("mon-fri 08:00-20:00, sat 10:00-14:00", "2026-12-24", "Europe/Warsaw")
    warsaw = ZoneInfo("Europe/Warsaw")
    assert hours.is_open(datetime(2026, 11, 23, 8, 0, tzinfo=warsaw))  # Monday
    assert not hours.is_open(datetime(2026, 11, 23, 20, 0, tzinfo=warsaw))
    assert hours.is_open(datetime(2026, 11, 28, 13, 59, tzinfo=warsaw))  # Saturday
    assert not hours.is_open(datetime(2026, 11, 29, 12, 0, tzinfo=warsaw))  # Sunday
    assert not hours.is_open(datetime(2026, 12, 24, 12, 0, tzinfo=warsaw))  # a holiday, a Thursday
    assert WorkingHours.parse("").is_open(datetime(2026, 12, 25, 3, 0, tzinfo=warsaw))
    for bad in ("mon-fri 8-20", "xyz 08:00-09:00", "mon 10:00-09:00"):
        with pytest.raises(ValueError):
            WorkingHours.parse(bad)


async def _client(make_client: Any, **changes: Any) -> TestClient:
    client: TestClient = await make_client(session_cookie_secure=False, **changes)
    client.app[HELPLINE].understand = fake_understand
    return client


async def test_with_nobody_online_the_user_is_told_and_given_kcik(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    user = await new_user("es")
    replies = await user.say("me quitaron el passport")
    said = "\n".join(r["text"] for r in replies)
    assert "no están conectados" in said and "+48 22 628 01 20" in said and "info@kcik.pl" in said
    ala = await login("ala", languages="es")
    [case] = (await ala.get("/api/queue"))["cases"]  # not lost: it waits for the first consultant
    assert case["level"] == "critical"


async def test_waiting_updates_come_now_and_then_never_in_a_burst(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    await login("ala", languages="ro")
    user = await new_user("ro")
    await user.say("unpaid for months")
    handoff = hclient.app[HANDOFF]
    interval = handoff.config.update_seconds
    before = len(await user.messages())
    # Writing again at once brings no update; the periodic job sends one only after the interval.
    replies = await user.say("salut")
    assert not any("Ești încă în coadă" in r["text"] for r in replies)
    await handoff.tick(utcnow() + timedelta(seconds=interval / 2))
    await handoff.tick(utcnow() + timedelta(seconds=interval + 1))
    await handoff.tick(utcnow() + timedelta(seconds=interval + 2))
    updates = [m for m in (await user.messages())[before:] if "Ești încă în coadă" in m["text"]]
    assert len(updates) == 1 and "locul 1" in updates[0]["text"]


async def test_the_user_can_go_back_to_the_bot(hclient: TestClient, login: Login, new_user: NewUser) -> None:
    ala = await login("ala", languages="vi")
    user = await new_user("vi")
    replies = await user.say("passport")
    assert replies[-1]["buttons"][0]["id"] == "handoff:cancel"
    cancelled = await user.say(button="handoff:cancel")
    assert "đã được hủy" in cancelled[0]["text"]
    assert (await ala.get("/api/queue"))["cases"] == []


async def test_a_low_risk_gets_an_offer_and_the_user_decides(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="pl")
    user = await new_user("pl")
    helpline, handoff = hclient.app[HELPLINE], hclient.app[HANDOFF]
    conv = await helpline.store.get(user.conversation_id)
    assert conv is not None
    low = Turn([], {"language": "pl"}, "pl", events=[{"type": "handoff", "reason": "risk", "level": "low"}])
    turn = await handoff.after_turn(conv, low, None)
    assert [b.id for b in turn.replies[-1].buttons] == ["handoff:yes", "handoff:no"]
    assert (await ala.get("/api/queue"))["cases"] == []  # nothing opens until the user says yes
    declined = await user.say(button="handoff:no")
    assert "w każdej chwili" in declined[0]["text"]
    accepted = await user.say(button="handoff:yes")
    assert "Twoje miejsce w kolejce: 1" in accepted[0]["text"]
    [case] = (await ala.get("/api/queue"))["cases"]
    assert case["level"] == "requested" and case["reason"] == "requested"


async def test_a_talk_to_a_person_event_opens_a_requested_case_below_risky_ones(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="en")
    helpline, handoff = hclient.app[HELPLINE], hclient.app[HANDOFF]
    asker = await new_user("en")
    conv = await helpline.store.get(asker.conversation_id)
    assert conv is not None
    asked = Turn(
        [], {"language": "en"}, "en", events=[{"type": "handoff", "reason": "requested", "level": None}]
    )
    await handoff.after_turn(conv, asked, None)
    risky = await new_user("en")
    await risky.say("my boss has my passport")
    levels = [c["level"] for c in (await ala.get("/api/queue"))["cases"]]
    assert levels == ["critical", "requested"]


async def test_staff_are_notified_of_high_and_critical_cases(make_client: Any, aiohttp_server: Any) -> None:
    received: list[tuple[str, Any]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((request.path, await request.json()))
        return web.json_response({"ok": True})

    fake = web.Application()
    fake.router.add_post("/hook", hook)
    fake.router.add_post("/bot{token}/sendMessage", hook)
    server: TestServer = await aiohttp_server(fake)
    client = await _client(
        make_client,
        staff_notify_webhook_url=str(server.make_url("/hook")),
        telegram_token="123:abc",
        telegram_api_base_url=str(server.make_url("")).rstrip("/"),
        staff_telegram_chat_id="-100777",
    )
    resp = await client.post("/chat/api/conversations", json={"language": "uk"})
    conv = await resp.json()
    await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json={"text": "they took my passport"},
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    for _ in range(100):
        if len(received) >= 2:
            break
        await asyncio.sleep(0.05)
    by_path = dict(received)
    assert by_path["/hook"]["level"] == "critical" and by_path["/hook"]["indicators"] == [
        "document_retention"
    ]
    telegram = by_path["/bot123:abc/sendMessage"]
    assert telegram["chat_id"] == "-100777" and "critical" in telegram["text"]
    assert "passport" not in telegram["text"]  # never the user's words outside the console
    await client.app[HANDOFF].tick()  # the periodic job does not notify twice
    assert len(received) == 2
    # More frightened messages on the same case: no second alert, no repeated queue notice.
    for _ in range(2):
        resp = await client.post(
            f"/chat/api/conversations/{conv['conversation_id']}/messages",
            json={"text": "they took my passport"},
            headers={"Authorization": f"Bearer {conv['token']}"},
        )
        said = "\n".join(r["text"] for r in (await resp.json())["replies"])
        assert "info@kcik.pl" not in said  # the out-of-hours notice came once, with the case
    await asyncio.sleep(0.2)
    assert len(received) == 2


async def test_metrics_show_claims_replies_queue_and_waits(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk")
    await (await new_user("uk")).say("passport")
    await (await new_user("uk")).say("unpaid")
    first = (await ala.get("/api/queue"))["cases"][0]
    await ala.post(f"/api/cases/{first['id']}/claim")
    await ala.post(f"/api/cases/{first['id']}/messages", {"text": "Hello"}, 201)
    stats = await ala.get("/api/stats")
    assert stats["queue"] == {"critical": 0, "high": 1, "requested": 0} and stats["active"] == 1
    assert stats["mean_time_to_claim"] is not None and stats["mean_time_to_first_reply"] is not None
    body = await (await hclient.get("/metrics")).text()
    assert 'helpline_handoff_time_to_claim_seconds_count{level="critical"} 1.0' in body
    assert 'helpline_handoff_time_to_first_reply_seconds_count{level="critical"} 1.0' in body
    assert 'helpline_handoff_queue_length{level="high"} 1.0' in body
    assert 'helpline_handoff_wait_seconds{quantile="0.9"}' in body


async def test_a_case_whose_consultant_vanished_goes_back_to_the_queue(
    hclient: TestClient, login: Login, new_user: NewUser
) -> None:
    ala = await login("ala", languages="uk")
    user = await new_user("uk")
    await user.say("passport")
    [case] = (await ala.get("/api/queue"))["cases"]
    await ala.post(f"/api/cases/{case['id']}/claim")
    handoff = hclient.app[HANDOFF]
    await handoff.tick()  # Ala is here: nothing changes
    assert (await ala.get("/api/queue"))["cases"] == []
    # Ala's browser is gone: ten minutes later the case is back in the queue and the user is told.
    await handoff.tick(utcnow() + timedelta(minutes=10))
    rows = await user.messages()
    assert rows[-1]["sender"] == "system" and "Ваше місце в черзі: 1." in rows[-1]["text"]
    [back] = (await ala.get("/api/queue"))["cases"]
    assert back["id"] == case["id"] and back["assigned_to"] is None


async def test_a_turn_reads_the_open_case_once(
    hclient: TestClient, login: Login, new_user: NewUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """intercept's read of the open case serves after_turn too: one read per turn (issue 5)."""
    await login("ala", languages="en")
    user = await new_user("en")
    handoff = hclient.app[HANDOFF]
    read = handoff.cases.open_for
    reads = 0

    async def counted(conversation_id: str) -> Any:
        nonlocal reads
        reads += 1
        return await read(conversation_id)

    monkeypatch.setattr(handoff.cases, "open_for", counted)
    await user.say("hello")  # no case
    assert reads == 1
    await user.say("unpaid for months")  # a case opens; intercept's "none" is the one read
    assert reads == 2
    handoff.config = replace(handoff.config, update_seconds=0)  # an update due on every turn
    replies = await user.say("hello again")
    assert reads == 3
    assert any("You are still in the queue, place 1" in r["text"] for r in replies)
    assert not handoff._read  # nothing left behind between turns
