"""Privacy tests: a keyring of their own, put back afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.crypto import Keyring, generate_key, using_keyring


@pytest.fixture
def keyring() -> Iterator[Keyring]:
    with using_keyring(Keyring([generate_key()])) as ring:
        yield ring
