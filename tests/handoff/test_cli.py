"""`helpline user add` creates staff who can then log in; the password never appears in argv."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.db import create_engine
from handoff.staff import StaffStore

HELPLINE = [sys.executable, "-m", "bot.cli"]


def add(database_url: str, *args: str, password: str = "a long password") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run(
        [*HELPLINE, "user", "add", *args],
        input=password + "\n",
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


async def test_user_add_then_login(sqlite_url: str) -> None:
    database_url = sqlite_url
    done = add(
        database_url, "--username", "ala", "--role", "moderator", "--languages", "pl,uk", "--password-stdin"
    )
    assert done.returncode == 0, done.stderr
    assert "created moderator ala" in done.stdout
    engine = create_engine(database_url)
    try:
        login = await StaffStore(engine).login("ala", "a long password", hours=1)
        assert login is not None and login.user.role == "moderator" and login.user.languages == ("pl", "uk")
    finally:
        await engine.dispose()
    again = add(database_url, "--username", "ala", "--role", "consultant", "--password-stdin")
    assert again.returncode == 1 and "taken" in again.stderr
    weak = add(
        database_url, "--username", "ola", "--role", "consultant", "--password-stdin", password="short"
    )
    assert weak.returncode == 2 and "password" in weak.stderr
    bad = add(
        database_url, "--username", "ewa", "--role", "consultant", "--languages", "xx", "--password-stdin"
    )
    assert bad.returncode == 2 and "languages" in bad.stderr
