"""The load test runs in the default suite (about a minute and a half); `-m "not load"` leaves it out."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "load: the two-worker load test (about 90 s)")
