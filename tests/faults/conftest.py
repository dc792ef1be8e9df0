"""Fault-test fixtures: private servers a test may kill, and the channel emulators (imported, not copied)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from .servers import PrivatePostgres, PrivateRedis


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    server.start()
    yield server
    server.close()


@pytest.fixture
async def private_postgres() -> AsyncIterator[PrivatePostgres]:
    server = PrivatePostgres()
    server.init()
    yield server
    server.close()
