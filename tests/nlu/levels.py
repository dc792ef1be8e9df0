"""What the class tests mean by each expectation, in one place: the level sets and the one check."""

from __future__ import annotations

from nlu import Analyzer

CALM = ("none", "low")
ESCALATED = ("high", "critical")
DANGER = ("critical",)
BELOW_DANGER = ("none", "low", "high")


def cases(**groups: tuple[list[str], tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """(text, allowed levels) pairs from named groups of texts, for one parametrized test."""
    return [(text, levels) for texts, levels in groups.values() for text in texts]


def check_level(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    level = analyzer.parse(text).risk.level
    assert level in levels, f"{level} not in {levels}: {analyzer.risk.explain(text)}"


def check_high_with(analyzer: Analyzer, text: str, indicator: str) -> None:
    """High, and for the named reason."""
    risk = analyzer.parse(text).risk
    assert indicator in {i.id for i in risk.indicators}, risk
    assert risk.level == "high", risk
