"""The `helpline` command: migrations on both databases, and `serve` reaching ready on the defaults."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import asyncpg

from tests.conftest import PG_ADMIN_URL, _clone, _drop
from tests.servers import free_port

HELPLINE = [sys.executable, "-m", "bot.cli"]


def test_db_upgrade_on_sqlite_creates_the_file(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/sub/dir/h.sqlite3"}
    result = subprocess.run([*HELPLINE, "db", "upgrade"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sub" / "dir" / "h.sqlite3").exists()


async def test_db_upgrade_on_postgres(pg_template: str) -> None:
    name = f"cli_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    admin = await asyncpg.connect(PG_ADMIN_URL)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    try:
        base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        env = {**os.environ, "DATABASE_URL": f"{base}/{name}"}
        proc = await asyncio.create_subprocess_exec(
            *HELPLINE, "db", "upgrade", env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        _, err = await asyncio.wait_for(proc.communicate(), 60)
        assert proc.returncode == 0, err
        conn = await asyncpg.connect(PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
        tables = {r["tablename"] for r in await conn.fetch("SELECT tablename FROM pg_tables")}
        await conn.close()
        assert {"conversations", "messages", "alembic_version"} <= tables
    finally:
        await _drop(name)
    assert _clone  # the shared helper stays importable for other suites


def test_serve_on_the_embedded_defaults_becomes_ready(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(HELPLINE_PORT=str(port), PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen([*HELPLINE, "serve"], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
                    assert resp.status == 200
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "serve did not become ready in 30 s"
                time.sleep(0.1)
        assert (tmp_path / "var" / "helpline.sqlite3").exists()  # created and migrated on first run
    finally:
        proc.terminate()
        proc.wait(timeout=10)
