"""'Forget me' on the web chat (the same dialogue serves every channel): confirmation, then the
conversation and what the user wrote are gone, only an anonymous count stays."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import text

from bot.appkeys import ENGINE
from bot.dialogue import Dialogue
from bot.i18n import Catalogs
from bot.messages import InboundMessage
from bot.privacy import BUTTON_FORGET_NO, BUTTON_FORGET_YES, BUTTON_HIDE, FORGET_WORDS, wants_hide


async def start(client: TestClient, language: str = "pl") -> dict[str, Any]:
    resp = await client.post("/chat/api/conversations", json={"language": language})
    assert resp.status == 201
    conv: dict[str, Any] = await resp.json()
    resp = await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json={"button": f"lang:{language}"},
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    assert resp.status == 200
    return conv


async def say(client: TestClient, conv: dict[str, Any], **body: Any) -> list[dict[str, Any]]:
    resp = await client.post(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        json=body,
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    data = await resp.json()
    assert resp.status == 200, data
    replies: list[dict[str, Any]] = data["replies"]
    return replies


async def rows(client: TestClient, sql: str, **params: Any) -> list[Any]:
    async with client.app[ENGINE].connect() as conn:
        return list((await conn.execute(text(sql), params)).all())


async def test_forget_me_asks_then_erases_everything_but_a_count(
    client: TestClient, catalogs: Catalogs
) -> None:
    conv = await start(client)
    await say(client, conv, text="Nazywam się Oksana, mój paszport zabrał szef")
    [ask] = await say(client, conv, text="Zapomnij mnie!")
    assert ask["text"] == catalogs.text("pl", "privacy.forget.ask")
    assert [b["id"] for b in ask["buttons"]] == [BUTTON_FORGET_YES, BUTTON_FORGET_NO]

    [done] = await say(client, conv, button=BUTTON_FORGET_YES)
    assert done["text"] == catalogs.text("pl", "privacy.forget.done")
    assert "+48 22 628 01 20" in done["text"]

    cid = conv["conversation_id"]
    assert await rows(client, "SELECT id FROM messages WHERE conversation_id = :c", c=cid) == []
    [(state, language, risk)] = await rows(
        client, "SELECT state, language, risk_level FROM conversations WHERE id = :c", c=cid
    )
    assert (language, risk) == (None, None) and "forget" not in str(state)
    counts = await rows(client, "SELECT event, channel, count FROM anonymous_counts")
    assert counts == [("forgotten", "web", 1)]

    # the page still works and starts afresh: the greeting and the languages again
    resp = await client.get(
        f"/chat/api/conversations/{cid}/messages", headers={"Authorization": f"Bearer {conv['token']}"}
    )
    assert (await resp.json())["messages"] == []
    replies = await say(client, conv, text="cześć")
    assert any(b["id"] == "lang:pl" for r in replies for b in r["buttons"])
    await say(client, conv, button="lang:pl")
    assert len(await rows(client, "SELECT id FROM messages WHERE conversation_id = :c", c=cid)) >= 4
    assert await rows(client, "SELECT count FROM anonymous_counts") == [(1,)]  # erased once only


async def test_no_keeps_everything_and_an_old_yes_button_asks_first(
    client: TestClient, catalogs: Catalogs
) -> None:
    conv = await start(client, "uk")
    await say(client, conv, text="мене звати Оксана")
    [ask] = await say(client, conv, text="забудь мене")
    [kept] = await say(client, conv, button=BUTTON_FORGET_NO)
    assert kept["text"] == catalogs.text("uk", "privacy.forget.kept")
    [again] = await say(client, conv, button=BUTTON_FORGET_YES)  # no question open any more
    assert again["text"] == ask["text"]
    cid = conv["conversation_id"]
    assert len(await rows(client, "SELECT id FROM messages WHERE conversation_id = :c", c=cid)) >= 6


@pytest.mark.parametrize("words", sorted(FORGET_WORDS))
def test_the_words_work_in_every_language(catalogs: Catalogs, words: str) -> None:
    turn = Dialogue(catalogs).respond({"language": "en"}, InboundMessage("telegram", "c", text=words.upper()))
    assert turn.replies[0].buttons[0].id == BUTTON_FORGET_YES


@pytest.mark.parametrize(
    ("channel", "message_id"),
    [
        ("telegram", "privacy.hide.telegram"),
        ("whatsapp", "privacy.hide.whatsapp"),
        ("web", "privacy.hide.web"),
    ],
)
def test_hide_this_chat_explains_for_each_channel(catalogs: Catalogs, channel: str, message_id: str) -> None:
    for inbound in (
        InboundMessage(channel, "c", button=BUTTON_HIDE),
        InboundMessage(channel, "c", text="Сховати чат"),
        InboundMessage(channel, "c", text="/hide"),
    ):
        assert wants_hide(inbound.text, inbound.button)
        turn = Dialogue(catalogs).respond({"language": "ro", "language_confirmed": True}, inbound)
        assert [r.text for r in turn.replies] == [catalogs.text("ro", message_id)]
        assert turn.events == [{"type": "hide_chat"}]


def test_the_privacy_word_offers_both(catalogs: Catalogs) -> None:
    turn = Dialogue(catalogs).respond({"language": "es"}, InboundMessage("web", "c", text="Privacidad"))
    assert [b.id for b in turn.replies[0].buttons] == ["privacy:forget", "privacy:hide"]
