"""Shared fixtures: real SQLite, real PostgreSQL, real Redis. Nothing here skips.

PostgreSQL (PG_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/test) and Redis (TEST_REDIS_URL,
default redis://127.0.0.1:6379/0) must be running: `scripts/test` installs and starts them when
they are not. Each test gets its own PostgreSQL database (cloned from a migrated template) and its
own Redis key prefix, so several test runs can share one server.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from aiohttp.test_utils import TestClient
from redis.asyncio import Redis

from bot.app import create_app
from bot.config import Settings
from bot.db import create_engine, migrate
from bot.i18n import Catalogs
from bot.i18n_tools import compile_catalogs

PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
RUN_ID = uuid.uuid4().hex[:8]


def pg_url(database: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    return f"{base}/{database}"


@pytest.fixture(scope="session")
def catalogs() -> Catalogs:
    compile_catalogs()
    return Catalogs.load()


async def _admin() -> asyncpg.Connection:
    try:
        return await asyncpg.connect(PG_ADMIN_URL, timeout=10)
    except (OSError, asyncpg.PostgresError) as exc:
        raise RuntimeError(
            f"PostgreSQL is not reachable at {PG_ADMIN_URL} ({exc}); run the tests with scripts/test, "
            "which starts it"
        ) from exc


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A migrated database that each test's database is cloned from."""
    name = f"helpline_tmpl_{RUN_ID}"

    async def create() -> None:
        admin = await _admin()
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        engine = create_engine(pg_url(name))
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    async def drop() -> None:
        admin = await _admin()
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()

    _in_thread(create)
    yield name
    _in_thread(drop)


def _in_thread(make: Callable[[], Awaitable[None]]) -> None:
    """Run a coroutine to completion on its own loop, even when called from inside a running one."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(make())).result()  # type: ignore[arg-type]


async def _clone(template: str) -> str:
    name = f"helpline_t_{RUN_ID}_{uuid.uuid4().hex[:8]}"
    admin = await _admin()
    try:
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        await admin.close()
    return name


async def _drop(name: str) -> None:
    admin = await _admin()
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture
async def postgres_url(pg_template: str) -> AsyncIterator[str]:
    """A fresh, migrated PostgreSQL database for one test."""
    name = await _clone(pg_template)
    yield pg_url(name)
    await _drop(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'helpline.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(
    request: pytest.FixtureRequest, sqlite_url: str, pg_template: str
) -> AsyncIterator[str]:
    """Run a test once against each SQL backend, on a fresh migrated database."""
    if request.param == "sqlite":
        engine = create_engine(sqlite_url)
        await migrate(engine)
        await engine.dispose()
        yield sqlite_url
        return
    name = await _clone(pg_template)
    yield pg_url(name)
    await _drop(name)


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A fresh key prefix on the real Redis; its keys are removed afterwards."""
    prefix = f"helpline-test:{RUN_ID}:{uuid.uuid4().hex[:8]}"
    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        raise RuntimeError(f"Redis is not reachable at {REDIS_URL}; run the tests with scripts/test") from exc
    yield prefix
    keys = [k async for k in client.scan_iter(match=f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture
def settings(sqlite_url: str) -> Settings:
    """Embedded defaults on a fresh SQLite file. Staff made directly in the database by test fixtures
    have no TOTP enrolment, so in-process tests allow that; tests/review/test_staff_security.py and
    the multi-process tests prove two-factor login as production runs it (STAFF_TOTP_REQUIRED=true)."""
    return replace(Settings.from_env({}, dotenv=None), database_url=sqlite_url, staff_totp_required=False)


AppClient = Callable[..., Awaitable[TestClient]]


@pytest.fixture
def make_client(aiohttp_client: Any, settings: Settings, catalogs: Catalogs) -> AppClient:
    """Start the real application over real HTTP; keyword arguments change settings."""

    async def make(**changes: Any) -> TestClient:
        app = create_app(replace(settings, **changes), catalogs=catalogs)
        client: TestClient = await aiohttp_client(app)
        return client

    return make


@pytest.fixture
async def client(make_client: AppClient) -> TestClient:
    return await make_client()


CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    """Debian's chromium, headless, driven by Playwright (no downloaded browser)."""
    from playwright.async_api import async_playwright

    if not os.path.exists(CHROMIUM):  # noqa: ASYNC240 - once per test, before any I/O
        raise RuntimeError(f"{CHROMIUM} is missing; scripts/test installs Debian's chromium")
    async with async_playwright() as p:
        instance = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            await instance.close()


@pytest.fixture
async def bot_api() -> AsyncIterator[Any]:
    """The Bot API emulator (tests/emulators/telegram.py) on a real local port."""
    from tests.emulators.telegram import BotApiEmulator

    emulator = await BotApiEmulator().start()
    yield emulator
    await emulator.close()


@pytest.fixture
async def graph_api() -> AsyncIterator[Any]:
    """The WhatsApp Graph API emulator (tests/emulators/whatsapp.py) on a real local port."""
    from tests.emulators.whatsapp import GraphApiEmulator

    emulator = await GraphApiEmulator().start()
    yield emulator
    await emulator.close()
