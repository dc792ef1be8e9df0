"""Privacy tests: a keyring of their own, put back afterwards."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.crypto import Keyring, generate_key, using_keyring
from tests.emulators.telegram import BotApiEmulator


@pytest.fixture
def keyring() -> Iterator[Keyring]:
    with using_keyring(Keyring([generate_key()])) as ring:
        yield ring


@pytest.fixture
async def bot_api() -> AsyncIterator[BotApiEmulator]:
    emulator = await BotApiEmulator().start()
    yield emulator
    await emulator.close()
