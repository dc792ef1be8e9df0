"""`helpline review export-corrections` writes the same masked Rasa YAML as the API."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.crypto import install_keyring, keyring_from
from bot.db import create_engine, migrate
from bot.store import ConversationStore
from review.store import ReviewStore


def test_export_corrections_to_a_file(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)

    async def prepare() -> None:
        engine = create_engine(sqlite_url)
        try:
            await migrate(engine)
            install_keyring(keyring_from("", "var/data-keys"))  # what the command will use
            store = ConversationStore(engine)
            conv = await store.create("web")
            nlu = {"nlu": {"language": "pl", "intent": "out_of_scope", "risk": {"level": "none"}}}
            mid = await store.append(conv.id, "in", "user", "szef zabrał paszport, dzwoń 601 234 567", nlu)
            await ReviewStore(engine).correct(
                mid,
                None,
                language=None,
                intent="report_situation",
                level="critical",
                indicators=["document_retention", "x"],
            )
        finally:
            await engine.dispose()

    asyncio.run(prepare())
    target = tmp_path / "corrections.yml"
    assert main(["review", "export-corrections", "-o", str(target)]) == 0
    assert "wrote" in capsys.readouterr().out
    document = yaml.safe_load(target.read_text(encoding="utf-8"))
    [group] = document["nlu"]
    assert group["intent"] == "report_situation"
    assert group["examples"] == [
        {
            "text": "szef zabrał paszport, dzwoń [phone]",
            "metadata": {"language": "pl", "level": "critical", "indicators": ["document_retention"]},
        }
    ]
    assert main(["review", "export-corrections"]) == 0
    assert "[phone]" in capsys.readouterr().out
