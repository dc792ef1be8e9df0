"""The review room's API over real HTTP: search by non-personal metadata, masked by default, reveal
with a reason, flags, notes, reviewed, NLU corrections as Rasa YAML, exports for admins; every
action audited, and nothing for the wrong role."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml
from aiohttp.test_utils import TestClient
from sqlalchemy import update

from bot.appkeys import ENGINE
from bot.db import sessionmaker_for
from handoff.models import Case
from nlu.dataset import Example, load_examples

from .conftest import Login, Staffer

PHONE = "+48 601 234 567"
PASSPORT = "AB1234567"


async def audit_actions(staffer: Staffer) -> list[tuple[str, dict[str, Any]]]:
    data = await staffer.get("/api/audit")
    return [(e["action"], e["detail"]) for e in data["entries"]]


async def three_conversations(new_user: Any) -> tuple[Any, Any, Any]:
    taken = await new_user("uk")
    await taken.say(f"they took my passport {PASSPORT}, call me {PHONE}")
    unpaid = await new_user("pl")
    await unpaid.say("unpaid for two months, write to jan.kowalski@wp.pl")
    calm = await new_user("es")
    await calm.say("hola, busco trabajo en Polonia")
    return taken, unpaid, calm


async def ids(staffer: Staffer, query: str) -> set[str]:
    data = await staffer.get(f"/api/review/conversations?{query}")
    return {c["id"] for c in data["conversations"]}


async def test_search_by_metadata_only(hclient: TestClient, new_user: Any, reviewer: Login) -> None:
    taken, unpaid, calm = await three_conversations(new_user)
    mona = await reviewer("mona", "moderator")
    assert await ids(mona, "") >= {taken.conversation_id, unpaid.conversation_id, calm.conversation_id}
    assert await ids(mona, "level=critical") == {taken.conversation_id}
    assert await ids(mona, "level=high") == {taken.conversation_id, unpaid.conversation_id}
    assert await ids(mona, "indicator=wage_withholding") == {unpaid.conversation_id}
    assert await ids(mona, "language=es") == {calm.conversation_id}
    assert await ids(mona, "channel=telegram") == set()
    assert calm.conversation_id in await ids(mona, "channel=web&from=2020-01-01")
    assert await ids(mona, "to=2020-01-01") == set()

    async with sessionmaker_for(hclient.app[ENGINE]).begin() as session:
        await session.execute(
            update(Case)
            .where(Case.conversation_id == taken.conversation_id)
            .values(status="closed", outcome="referred_kcik_phone")
        )
    assert await ids(mona, "outcome=referred_kcik_phone") == {taken.conversation_id}

    await mona.post(f"/api/review/conversations/{unpaid.conversation_id}/flags", {"flags": ["missed_risk"]})
    await mona.post(f"/api/review/conversations/{calm.conversation_id}/reviewed")
    assert await ids(mona, "flag=missed_risk") == {unpaid.conversation_id}
    assert await ids(mona, "reviewed=true") == {calm.conversation_id}
    assert calm.conversation_id not in await ids(mona, "reviewed=false")
    [found] = (await mona.get("/api/review/conversations?flag=missed_risk"))["conversations"]
    assert found["risk_level"] == "high" and found["indicators"] == ["wage_withholding"]
    assert found["messages"] >= 3 and "text" not in found

    bad = await mona.get("/api/review/conversations?level=dangerous", status=400)
    assert "level" in bad["error"]["message"]


async def test_open_is_masked_and_reveal_needs_a_reason(new_user: Any, reviewer: Login) -> None:
    taken, _unpaid, _calm = await three_conversations(new_user)
    mona = await reviewer("mona", "moderator")
    path = f"/api/review/conversations/{taken.conversation_id}"

    masked = await mona.get(path)
    assert masked["masked"] is True
    body = str(masked)
    assert PHONE not in body and PASSPORT not in body
    [said] = [m for m in masked["messages"] if m["direction"] == "in" and "passport" in m["text"]]
    assert said["text"] == "they took my passport [document], call me [phone]"
    assert said["risk_level"] == "critical" and said["indicators"] == ["document_retention"]
    # the bot's own words are not masked: the help numbers it gave stay readable
    assert any("112" in m["text"] for m in masked["messages"] if m["sender"] == "bot")

    for reason in (None, "", "why"):
        await mona.post(f"{path}/reveal", {"reason": reason} if reason is not None else {}, status=400)
    revealed = await mona.post(f"{path}/reveal", {"reason": "checking a missed risk for QA"})
    assert revealed["masked"] is False
    assert any(PHONE in m["text"] for m in revealed["messages"])

    actions = await audit_actions(mona)
    reveal = {"conversation_id": taken.conversation_id, "reason": "checking a missed risk for QA"}
    assert ("reveal", reveal) in actions
    assert ("view", {"conversation_id": taken.conversation_id}) in actions
    assert sum(a == "reveal" for a, _ in actions) == 1  # refused reveals show nothing and leave no row


async def test_flags_notes_and_reviewed_are_kept_and_audited(new_user: Any, reviewer: Login) -> None:
    taken, _unpaid, _calm = await three_conversations(new_user)
    mona = await reviewer("mona", "moderator")
    path = f"/api/review/conversations/{taken.conversation_id}"
    await mona.post(f"{path}/flags", {"flags": ["bad_reply", "training_example"]})
    await mona.post(f"{path}/flags", {"flags": ["not-a-flag"]}, status=400)
    notes = await mona.post(f"{path}/notes", {"text": "the reply came late"}, status=201)
    assert [n["text"] for n in notes["notes"]] == ["the reply came late"]
    done = await mona.post(f"{path}/reviewed")
    assert done["conversation"]["reviewed_at"] and done["conversation"]["flags"] == [
        "bad_reply",
        "training_example",
    ]
    opened = await mona.get(path)
    assert [n["text"] for n in opened["notes"]] == ["the reply came late"]
    actions = [a for a, _ in await audit_actions(mona)]
    assert {"flag", "annotate", "reviewed", "view"} <= set(actions)


async def test_corrections_export_as_masked_rasa_yaml(
    hclient: TestClient, new_user: Any, reviewer: Login, tmp_path: Path
) -> None:
    _taken, unpaid, _calm = await three_conversations(new_user)
    mona = await reviewer("mona", "moderator")
    opened = await mona.get(f"/api/review/conversations/{unpaid.conversation_id}")
    [said] = [m for m in opened["messages"] if m["direction"] == "in" and "unpaid" in m["text"]]
    bot_line = next(m for m in opened["messages"] if m["direction"] == "out")
    await mona.post(f"/api/review/messages/{bot_line['id']}/correction", {"intent": "greet"}, status=400)
    await mona.post(f"/api/review/messages/{said['id']}/correction", {}, status=400)
    refused = await mona.post(  # a made-up id would poison the training data
        f"/api/review/messages/{said['id']}/correction", {"indicators": ["passport_taken"]}, status=400
    )
    assert "wage_withholding" in refused["error"]["message"]
    await mona.post(
        f"/api/review/messages/{said['id']}/correction",
        {
            "language": "en",
            "intent": "report_situation",
            "level": "high",
            "indicators": ["wage_withholding"],
        },
        status=201,
    )
    async with mona.session.get(mona.url("/api/review/corrections.yml")) as resp:
        assert resp.status == 200
        text = await resp.text()
    assert "jan.kowalski@wp.pl" not in text
    document = yaml.safe_load(text)
    assert document["version"] == "3.1"
    [group] = document["nlu"]
    assert group["intent"] == "report_situation"
    [example] = group["examples"]
    assert example["text"] == "unpaid for two months, write to [email]"
    assert example["metadata"] == {"language": "en", "level": "high", "indicators": ["wage_withholding"]}
    exported = tmp_path / "nlu-corrections.yml"  # nlu/ reads the file as it is: eval, or training data
    exported.write_text(text, encoding="utf-8")
    assert load_examples(exported) == [
        Example(
            "unpaid for two months, write to [email]", "en", "report_situation", "high", ("wage_withholding",)
        )
    ]
    assert ("export", {"kind": "corrections", "format": "rasa-yaml"}) in await audit_actions(mona)


async def test_exports_are_for_admins_masked_and_audited(new_user: Any, reviewer: Login) -> None:
    taken, _unpaid, _calm = await three_conversations(new_user)
    mona = await reviewer("mona", "moderator")
    ada = await reviewer("ada", "admin")
    await mona.get("/api/review/export?format=json", status=403)

    async with ada.session.get(ada.url("/api/review/export?format=json&level=critical")) as resp:
        assert resp.status == 200
        data = await resp.json()
    assert [c["conversation"]["id"] for c in data["conversations"]] == [taken.conversation_id]
    assert PHONE not in str(data) and PASSPORT not in str(data)

    async with ada.session.get(ada.url("/api/review/export?format=csv&level=critical")) as resp:
        assert resp.status == 200 and resp.content_type == "text/csv"
        rows = list(csv.DictReader(io.StringIO(await resp.text())))
    assert {r["conversation_id"] for r in rows} == {taken.conversation_id}
    assert any(r["text"] == "they took my passport [document], call me [phone]" for r in rows)
    exports = [d for a, d in await audit_actions(ada) if a == "export"]
    assert [(d["format"], d["conversations"]) for d in exports] == [("csv", 1), ("json", 1)]


async def test_only_reviewers_get_in(hclient: TestClient, new_user: Any, reviewer: Login) -> None:
    taken = await new_user("uk")
    resp = await hclient.get("/api/review/conversations")
    assert resp.status == 401
    carl = await reviewer("carl", "consultant")
    await carl.get("/api/review/conversations", status=403)
    mona = await reviewer("mona", "moderator")
    async with mona.session.post(
        mona.url(f"/api/review/conversations/{taken.conversation_id}/reviewed"), json={}
    ) as resp:  # no CSRF header
        assert resp.status == 403
    await mona.get("/api/review/conversations/nothere", status=404)
    page = await hclient.get("/console/review")
    assert page.status == 200 and "Review room" in await page.text()
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
