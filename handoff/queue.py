"""The queue's order and who a case is offered to. Pure functions: no I/O, easy to test.

Effective priority = BASE[level] + waited_seconds / HANDOFF_AGEING_SECONDS. The highest goes first;
equal priorities go by who waited longest. See handoff/README.md for what this means in minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

__all__ = ["BASE", "LEVELS", "Queued", "is_offered", "order", "priority"]

# critical: emergency words or a critical risk; high: strong risk indicators; requested: the user asked.
BASE: dict[str, float] = {"critical": 6.0, "high": 2.0, "requested": 1.0}
LEVELS: tuple[str, ...] = tuple(BASE)


class Queued(Protocol):
    @property
    def level(self) -> str: ...
    @property
    def queued_at(self) -> datetime: ...
    @property
    def language(self) -> str | None: ...


Q = TypeVar("Q", bound=Queued)


def priority(level: str, waited_seconds: float, ageing_seconds: float) -> float:
    return BASE.get(level, 1.0) + max(0.0, waited_seconds) / ageing_seconds


def order(cases: Iterable[Q], now: datetime, ageing_seconds: float) -> list[Q]:
    """Highest effective priority first; ties by the earliest arrival."""
    return sorted(
        cases,
        key=lambda c: (-priority(c.level, (now - c.queued_at).total_seconds(), ageing_seconds), c.queued_at),
    )


def is_offered(case: Queued, languages: Sequence[str], now: datetime, language_wait_seconds: float) -> bool:
    """A case goes first to those who speak its language, then to anyone after the wait."""
    if case.language is None or case.language in languages:
        return True
    return (now - case.queued_at).total_seconds() >= language_wait_seconds
