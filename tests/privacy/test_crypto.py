"""Encryption at rest: a database dump reveals nothing a user wrote; keys rotate; chats are still found."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import text

from bot.appkeys import ENGINE
from bot.config import Settings
from bot.crypto import ConfigError, Keyring, generate_key, keyring_from, using_keyring
from bot.db import create_engine
from bot.rekey import reseal_lookups, rotate
from bot.store import ConversationStore
from tests.conftest import AppClient

SECRETS = ("Oksana Melnyk", "+48 601 234 567", "oksana.m@ukr.net", "FE123456", "Kwiatowa 12")


def test_values_round_trip_and_old_keys_still_decrypt() -> None:
    old, new = generate_key(), generate_key()
    before = Keyring([old])
    stored = before.encrypt("мій паспорт забрали")
    assert "паспорт" not in stored and stored.startswith("enc1:")
    after = Keyring([new, old])
    assert after.decrypt(stored) == "мій паспорт забрали"
    assert not after.is_current(stored)
    rotated = after.rotate(stored)
    assert after.is_current(rotated)
    assert Keyring([new]).decrypt(rotated) == "мій паспорт забрали"
    with pytest.raises(ConfigError):
        Keyring([new]).decrypt(stored)


def test_lookup_values_are_equal_for_equal_input_and_name_their_key() -> None:
    ring = Keyring([generate_key()])
    assert ring.seal("48601234567") == ring.seal("48601234567") != ring.seal("48601234568")
    assert ring.unseal(ring.seal("48601234567")) == "48601234567"
    assert "48601234567" not in ring.seal("48601234567")
    newer = Keyring([generate_key(), generate_key()])
    assert newer.seal("x").startswith(newer.current_seal_prefix())


def test_a_bad_key_is_a_configuration_error_that_does_not_show_it() -> None:
    with pytest.raises(ConfigError) as caught:
        Keyring.parse("not-a-key,also-bad")
    assert "not-a-key" not in str(caught.value)


def test_without_keys_a_private_key_file_is_made_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "var" / "data-keys"
    first = keyring_from("", path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sum("generated a data key" in r.getMessage() for r in caplog.records) == 1
    second = keyring_from("", path)
    assert second.decrypt(first.encrypt("same key")) == "same key"
    assert sum("generated a data key" in r.getMessage() for r in caplog.records) == 1


async def _talk(client: TestClient) -> None:
    resp = await client.post("/chat/api/conversations", json={"language": "pl"})
    conv = await resp.json()
    for line in (
        "Nazywam się Oksana Melnyk, mój telefon +48 601 234 567",
        "mail oksana.m@ukr.net, paszport FE123456 zabrał szef",
        "mieszkam ul. Kwiatowa 12, nie mogę wyjść",
    ):
        resp = await client.post(
            f"/chat/api/conversations/{conv['conversation_id']}/messages",
            json={"text": line},
            headers={"Authorization": f"Bearer {conv['token']}"},
        )
        assert resp.status == 200
    # the page still reads its own transcript back in plain text
    resp = await client.get(
        f"/chat/api/conversations/{conv['conversation_id']}/messages",
        headers={"Authorization": f"Bearer {conv['token']}"},
    )
    assert "Oksana Melnyk" in await resp.text()


async def test_the_sqlite_file_holds_nothing_the_user_wrote(
    make_client: AppClient, settings: Settings
) -> None:
    client = await make_client()
    await _talk(client)
    engine = client.app[ENGINE]
    async with engine.begin() as conn:
        await conn.execute(text("PRAGMA wal_checkpoint(FULL)"))
    await client.close()
    path = Path(settings.database_url.split("///", 1)[1])
    dump = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert len(dump) > 10_000
    for secret in SECRETS:
        assert secret.encode() not in dump, secret
        assert secret.lower().encode() not in dump.lower(), secret


async def test_postgres_rows_hold_nothing_the_user_wrote(make_client: AppClient, postgres_url: str) -> None:
    client = await make_client(database_url=postgres_url)
    await _talk(client)
    await client.close()
    conn = await asyncpg.connect(postgres_url.replace("+asyncpg", ""))
    try:
        tables = [
            r["tablename"]
            for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname='public'")
        ]
        dump = ""
        for table in tables:
            for row in await conn.fetch(f'SELECT * FROM "{table}"'):
                dump += repr(tuple(row.values()))
    finally:
        await conn.close()
    assert "enc1:" in dump
    for secret in SECRETS:
        assert secret.lower() not in dump.lower(), secret


async def test_rotation_rewrites_every_row_and_chats_are_still_found(database_url: str) -> None:
    old, new = generate_key(), generate_key()
    engine = create_engine(database_url)
    try:
        with using_keyring(Keyring([old])):
            store = ConversationStore(engine)
            conv = await store.create("telegram", external_id="7001")
            await store.append(
                conv.id, "in", "user", "my passport FE123456", {"nlu": {"risk": {"level": "high"}}}
            )
        both = Keyring([new, old])
        with using_keyring(both):
            assert await reseal_lookups(engine, both) == 1  # start-up: the chat is found at once
            found, created = await store.get_or_create_external("telegram", "7001")
            assert (found.id, created) == (conv.id, False)
            done = await rotate(engine, both, batch=1)
            assert done["messages"] == 1
            assert (await rotate(engine, both))["messages"] == 0  # nothing left to do
        with using_keyring(Keyring([new])):  # the old key can go
            [row] = await store.transcript(conv.id)
            assert row.text == "my passport FE123456"
            assert row.payload["nlu"]["risk"]["level"] == "high"
            assert (await store.get_by_external("telegram", "7001")) is not None
    finally:
        await engine.dispose()


async def test_legacy_plaintext_rows_are_read_and_then_encrypted(database_url: str) -> None:
    engine = create_engine(database_url)
    ring = Keyring([generate_key()])
    try:
        with using_keyring(ring):
            store = ConversationStore(engine)
            conv = await store.create("web")
            async with engine.begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO messages (conversation_id, direction, sender, text, payload, created_at)"
                        " VALUES (:c, 'in', 'user', 'plain old text', '{\"button\": \"menu\"}', :t)"
                    ),
                    {"c": conv.id, "t": conv.created_at},
                )
            [row] = await store.transcript(conv.id)
            assert (row.text, row.payload) == ("plain old text", {"button": "menu"})
            await rotate(engine, ring)
            async with engine.connect() as conn:
                raw: Any = (await conn.execute(text("SELECT text, payload FROM messages"))).one()
            assert raw[0].startswith("enc1:") and raw[1].startswith("enc1:")
            [row] = await store.transcript(conv.id)
            assert row.text == "plain old text"
    finally:
        await engine.dispose()


def test_settings_name_the_key_variables() -> None:
    settings = Settings.from_env({"HELPLINE_DATA_KEYS": generate_key()}, dotenv=None)
    assert settings.data_keys and replace(settings, data_keys="").data_key_file.endswith("data-keys")
