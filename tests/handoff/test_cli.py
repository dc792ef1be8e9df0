"""`helpline user add` creates staff who can then log in; the password comes on stdin, never argv."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pyotp
import pytest

from bot.cli import main
from bot.db import create_engine
from handoff.staff import StaffStore


def add(
    monkeypatch: pytest.MonkeyPatch, database_url: str, *args: str, password: str = "a long password"
) -> int:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["user", "add", *args])


async def _login(database_url: str, code: str | None = None) -> tuple[str, tuple[str, ...]] | None:
    engine = create_engine(database_url)
    try:
        done = await StaffStore(engine).login("ala", "a long password", hours=1, totp=code)
        return (done.user.role, done.user.languages) if done else None
    finally:
        await engine.dispose()


def test_user_add_then_login(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the repository
    args = ("--username", "ala", "--role", "moderator", "--languages", "pl,uk", "--password-stdin")
    assert add(monkeypatch, sqlite_url, *args) == 0
    out = capsys.readouterr().out
    assert "created moderator ala" in out
    uri = next(line for line in out.splitlines() if line.startswith("otpauth://"))  # two-factor enrolment
    code = pyotp.parse_uri(uri).now()
    assert asyncio.run(_login(sqlite_url)) is None  # the password alone is not enough
    assert asyncio.run(_login(sqlite_url, code)) == ("moderator", ("pl", "uk"))
    assert add(monkeypatch, sqlite_url, *args) == 1
    assert "taken" in capsys.readouterr().err
    weak = ("--username", "ola", "--role", "consultant", "--password-stdin")
    assert add(monkeypatch, sqlite_url, *weak, password="short") == 2
    assert "password" in capsys.readouterr().err
    assert (
        add(monkeypatch, sqlite_url, "--username", "ewa", "--role", "consultant") == 2
    )  # no --password-stdin
