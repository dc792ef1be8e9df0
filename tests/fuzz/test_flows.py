"""The flow engine through the web chat: any sequence of buttons (offered or made up) and texts never
fails, every step answers, and the menu is always one tap away."""

from __future__ import annotations

from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import Running

WORDS = [
    "menu",
    "back",
    "language",
    "język",
    "мова",
    "help",
    "hello",
    "passport",
    "no",
    "yes",
    "1",
    "112",
    "",
]
actions = st.lists(
    st.tuples(
        st.sampled_from(["offered", "offered", "offered", "made_up", "text"]),
        st.integers(0, 50),
        st.text(max_size=80) | st.sampled_from(WORDS),
    ),
    min_size=1,
    max_size=12,
)


def send(server: Running, conv: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    resp = requests.post(
        f"{server.url}/chat/api/conversations/{conv['conversation_id']}/messages",
        json=body,
        headers={"Authorization": f"Bearer {conv['token']}"},
        timeout=30,
    )
    assert resp.status_code == 200, (body, resp.text)
    data: dict[str, Any] = resp.json()
    return data


@given(language=st.sampled_from(["pl", "en", "uk", "ru", "es", "ro", "vi"]), steps=actions)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_any_sequence_of_taps_and_texts(
    server: Running, language: str, steps: list[tuple[str, int, str]]
) -> None:
    conv = requests.post(
        f"{server.url}/chat/api/conversations", json={"language": language}, timeout=30
    ).json()
    replies = conv["replies"]
    for kind, index, text in steps:
        offered = [
            b["id"]
            for r in replies
            for b in r["buttons"]
            if "url" not in b and not b["id"].startswith("handoff:")
        ]
        if kind == "offered" and offered:
            body: dict[str, Any] = {"button": offered[index % len(offered)]}
        elif kind == "made_up":
            body = {"button": text or "x"}
        else:
            body = {"text": text if text.strip() else "?"}  # a blank text is refused (400), by design
        data = send(server, conv, body)
        replies = data["replies"]
        assert replies, body  # every step answers
        for reply in replies:
            assert reply["text"].strip()
    menu = send(server, conv, {"button": "menu"})["replies"]
    assert menu and any(r["buttons"] for r in menu)  # the menu, with its choices
