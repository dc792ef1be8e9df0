"""`helpline keys generate` and `helpline keys rotate` on a real SQLite file."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.cli import main
from bot.crypto import Keyring, using_keyring
from bot.db import create_engine, migrate
from bot.store import ConversationStore


def test_generate_then_rotate_every_row_to_the_new_key(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    assert main(["keys", "generate"]) == 0
    old = capsys.readouterr().out.strip()
    assert main(["keys", "generate"]) == 0
    new = capsys.readouterr().out.strip()
    assert old != new and len(Keyring([old, new])) == 2

    async def write() -> str:
        engine = create_engine(sqlite_url)
        try:
            await migrate(engine)
            with using_keyring(Keyring([old])):
                store = ConversationStore(engine)
                conv = await store.create("whatsapp", external_id="48600700800")
                await store.append(conv.id, "in", "user", "mój adres: ul. Kwiatowa 12")
                return conv.id
        finally:
            await engine.dispose()

    conv_id = asyncio.run(write())
    monkeypatch.setenv("HELPLINE_DATA_KEYS", f"{new},{old}")
    assert main(["keys", "rotate", "--batch", "1"]) == 0
    out = capsys.readouterr().out
    assert "messages: 1 rows re-encrypted" in out and "conversations: 1 rows re-encrypted" in out

    async def read() -> tuple[str, str | None]:
        engine = create_engine(sqlite_url)
        try:
            with using_keyring(Keyring([new])):  # the old key is gone now
                store = ConversationStore(engine)
                [row] = await store.transcript(conv_id)
                found = await store.get_by_external("whatsapp", "48600700800")
                async with engine.connect() as conn:
                    raw = (await conn.execute(text("SELECT text FROM messages"))).scalar_one()
                assert "Kwiatowa" not in raw
                return row.text, found.id if found else None
        finally:
            await engine.dispose()

    assert asyncio.run(read()) == ("mój adres: ul. Kwiatowa 12", conv_id)
