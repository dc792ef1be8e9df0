"""Queue order, ageing and language routing: the rules in handoff/README.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from handoff.queue import is_offered, order

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
AGEING = 600.0


@dataclass(frozen=True)
class C:
    name: str
    level: str
    waited: float
    language: str | None = "pl"

    @property
    def queued_at(self) -> datetime:
        return NOW - timedelta(seconds=self.waited)


def names(*cases: C) -> list[str]:
    return [c.name for c in order(cases, NOW, AGEING)]


def test_fresh_cases_go_critical_then_high_then_requested() -> None:
    assert names(C("asked", "requested", 5), C("high", "high", 1), C("crit", "critical", 0)) == [
        "crit",
        "high",
        "asked",
    ]


def test_same_level_goes_by_waiting_time() -> None:
    assert names(C("new", "high", 10), C("old", "high", 300), C("mid", "high", 100)) == ["old", "mid", "new"]


def test_a_request_waiting_long_enough_overtakes_a_fresh_high_case() -> None:
    assert names(C("asked", "requested", AGEING - 30), C("high", "high", 0)) == ["high", "asked"]
    assert names(C("asked", "requested", AGEING + 30), C("high", "high", 0)) == ["asked", "high"]


def test_a_fresh_critical_case_stays_ahead_of_long_waits() -> None:
    # A request must wait five ageing periods longer than a critical case to pass it.
    assert names(C("asked", "requested", 4 * AGEING), C("crit", "critical", 0))[0] == "crit"
    assert names(C("asked", "requested", 5 * AGEING + 60), C("crit", "critical", 0))[0] == "asked"


def test_a_case_goes_first_to_speakers_of_its_language_then_to_anyone() -> None:
    fresh = C("uk", "high", 30, language="uk")
    old = C("uk-old", "high", 200, language="uk")
    assert is_offered(fresh, ["uk", "ru"], NOW, 120)
    assert not is_offered(fresh, ["pl", "en"], NOW, 120)
    assert is_offered(old, ["pl", "en"], NOW, 120)
    assert is_offered(C("unknown", "high", 0, language=None), ["pl"], NOW, 120)
