"""Every webhook parser, fuzzed: arbitrary and mutated bodies that pass the secret or signature check
never get a 5xx and never take the worker down; a valid update is processed once however often it
is delivered."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.channels.conftest import SECRET
from tests.emulators.telegram import Updates
from tests.emulators.whatsapp import Webhooks, sign

from .conftest import Running

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
ONCE = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)

leaves = st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text(max_size=50)
json_values = st.recursive(
    leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
chat_ids = itertools.count(7_000_000)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += paths(v, (*prefix, i))
    return found


def mutate(document: dict[str, Any], data: st.DataObject) -> Any:
    """Replace one part of a valid body (any depth) with anything, or drop it."""
    document = json.loads(json.dumps(document))
    path = data.draw(st.sampled_from(paths(document)))
    if not path:
        return data.draw(json_values)
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    return document


def telegram(server: Running, body: bytes) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    return requests.post(
        server.url + "/webhooks/telegram", data=body, headers=headers, timeout=30
    ).status_code


def whatsapp(server: Running, body: bytes) -> int:
    headers = {"X-Hub-Signature-256": sign(body), "Content-Type": "application/json"}
    return requests.post(
        server.url + "/webhooks/whatsapp", data=body, headers=headers, timeout=30
    ).status_code


def alive(server: Running) -> None:
    assert requests.get(server.url + "/healthz", timeout=10).status_code == 200


def valid_telegram(data: st.DataObject) -> dict[str, Any]:
    chat = Updates(next(chat_ids), data.draw(st.sampled_from(["en", "pl", "uk", None])))
    kind = data.draw(st.sampled_from(["text", "press", "photo", "edited"]))
    if kind == "press":
        return chat.press(data.draw(st.text(min_size=1, max_size=64)))
    if kind == "photo":
        return chat.photo(data.draw(st.none() | st.text(max_size=100)))
    if kind == "edited":
        return chat.edited(1, data.draw(st.text(min_size=1, max_size=200)))
    return chat.text(data.draw(st.text(min_size=1, max_size=300)))


def valid_whatsapp(data: st.DataObject) -> dict[str, Any]:
    user = Webhooks(str(data.draw(st.integers(48_100_000_000, 48_999_999_999))))
    kind = data.draw(st.sampled_from(["text", "button", "list", "image", "status"]))
    if kind == "button":
        return user.button(data.draw(st.text(max_size=256)), data.draw(st.text(max_size=20)))
    if kind == "list":
        return user.list_reply(data.draw(st.text(max_size=200)))
    if kind == "image":
        return user.image()
    if kind == "status":
        return user.status("wamid.OUT" + data.draw(st.text(max_size=20)))
    return user.text(data.draw(st.text(max_size=500)))


def test_telegram_arbitrary_json_never_5xx(server: Running) -> None:
    @given(body=json_values | st.binary(max_size=200).map(lambda b: b.hex()))
    @FUZZ
    def check(body: Any) -> None:
        assert telegram(server, json.dumps(body).encode()) < 500

    check()
    assert telegram(server, b"\xff\xfe not json") < 500
    alive(server)


def test_telegram_mutated_updates_never_5xx(server: Running) -> None:
    @given(data=st.data())
    @FUZZ
    def check(data: st.DataObject) -> None:
        assert telegram(server, json.dumps(mutate(valid_telegram(data), data)).encode()) < 500

    check()
    alive(server)


def test_whatsapp_arbitrary_json_never_5xx(server: Running) -> None:
    @given(body=json_values)
    @FUZZ
    def check(body: Any) -> None:
        assert whatsapp(server, json.dumps(body).encode()) < 500

    check()
    assert whatsapp(server, b"\xff\xfe not json") < 500
    alive(server)


def test_whatsapp_mutated_webhooks_never_5xx(server: Running) -> None:
    @given(data=st.data())
    @FUZZ
    def check(data: st.DataObject) -> None:
        assert whatsapp(server, json.dumps(mutate(valid_whatsapp(data), data)).encode()) < 500

    check()
    alive(server)


def wait_for(count: Any, at_least: int, within: float = 15.0) -> int:
    deadline = time.monotonic() + within
    while count() < at_least:
        assert time.monotonic() < deadline, "no reply"
        time.sleep(0.02)
    return int(count())


def test_a_valid_update_is_processed_once_however_often_delivered(server: Running) -> None:
    @given(text=st.text(min_size=1, max_size=200).filter(str.strip), times=st.integers(2, 4))
    @ONCE
    def check(text: str, times: int) -> None:
        chat = Updates(next(chat_ids))
        body = json.dumps(chat.text(text)).encode()
        for _ in range(times):
            assert telegram(server, body) == 200
        replies = wait_for(lambda: len(server.bot_api.sent(chat.chat_id)), 1)
        time.sleep(0.3)  # a second processing would show now
        assert len(server.bot_api.sent(chat.chat_id)) == replies

        user = Webhooks(str(next(chat_ids)))
        body = json.dumps(user.text(text)).encode()
        for _ in range(times):
            assert whatsapp(server, body) == 200
        replies = wait_for(lambda: len(server.graph_api.delivered(user.wa_id)), 1)
        time.sleep(0.3)
        assert len(server.graph_api.delivered(user.wa_id)) == replies

    check()
