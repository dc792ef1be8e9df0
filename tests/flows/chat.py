"""A user of the web chat, for the flow tests: start, tap buttons (by id or by title), type."""

from __future__ import annotations

import re
from typing import Any

from aiohttp.test_utils import TestClient

MESSAGE_ID = re.compile(r"^[a-z_0-9]+(\.[a-z_0-9]+)+$")


class Chat:
    def __init__(self, client: TestClient, conv: dict[str, Any]) -> None:
        self.client = client
        self.conv = conv
        self.replies: list[dict[str, Any]] = conv["replies"]
        self.language: str | None = conv.get("language")

    @classmethod
    async def open(cls, client: TestClient, language: str | None = None) -> Chat:
        resp = await client.post("/chat/api/conversations", json={"language": language} if language else None)
        assert resp.status == 201
        chat = cls(client, await resp.json())
        if language:
            await chat.press(f"lang:{language}")
        return chat

    async def send(self, **body: Any) -> list[dict[str, Any]]:
        resp = await self.client.post(
            f"/chat/api/conversations/{self.conv['conversation_id']}/messages",
            json=body,
            headers={"Authorization": f"Bearer {self.conv['token']}"},
        )
        data = await resp.json()
        assert resp.status == 200, data
        self.replies = data["replies"]
        self.language = data["language"]
        for reply in self.replies:  # what every user gets: real text that fits every channel
            assert reply["text"].strip() and not MESSAGE_ID.match(reply["text"]), reply
            assert len(reply["text"]) <= 1024, reply["text"]
            for button in reply["buttons"]:
                assert 0 < len(button["title"]) <= 20, button
                assert len(button["id"].encode()) <= 64, button
        return self.replies

    async def press(self, button: str) -> list[dict[str, Any]]:
        offered = [b["id"] for r in self.replies for b in r["buttons"]]
        assert button in offered, (button, offered)  # only what the user can see
        return await self.send(button=button)

    async def tap(self, title: str) -> list[dict[str, Any]]:
        """Tap the button with this title on the last replies, as a person would."""
        ids = [b["id"] for r in self.replies for b in r["buttons"] if b["title"] == title and "url" not in b]
        assert ids, (title, [b["title"] for r in self.replies for b in r["buttons"]])
        return await self.send(button=ids[0])

    async def type(self, text: str) -> list[dict[str, Any]]:
        return await self.send(text=text)

    @property
    def last(self) -> dict[str, Any]:
        return self.replies[-1]

    @property
    def shown(self) -> dict[str, Any]:
        """The reply that shows a flow node (others may follow it, e.g. the handoff's queue notice)."""
        for reply in self.replies:
            if any(b["id"].startswith("f:") for b in reply["buttons"]):
                return reply
        raise AssertionError(f"no flow buttons in {self.replies}")

    def node(self) -> tuple[str, str]:
        """(flow, node) the replies show, read from the flow buttons."""
        button = next(b for b in self.shown["buttons"] if b["id"].startswith("f:"))
        _, flow, node, _ = button["id"].split(":")
        return flow, node

    def links(self) -> set[str]:
        return {b["url"] for r in self.replies for b in r["buttons"] if "url" in b}
