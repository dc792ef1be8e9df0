"""Charts are plain SVG: one bar per row, and over time one column per day, quiet days at zero."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from campaigns.charts import bar_chart, day_chart

SVG = "{http://www.w3.org/2000/svg}"


def bars(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [r.find(f"{SVG}title").text or "" for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]  # type: ignore[union-attr]


def test_days_without_conversations_show_as_zero() -> None:
    svg = day_chart("by day", [("2026-05-10", 8), ("2026-05-11", 1), ("2026-05-13", 4)])
    assert bars(svg) == ["2026-05-10: 8", "2026-05-11: 1", "2026-05-12: 0", "2026-05-13: 4"]


def test_bar_chart_escapes_labels_and_says_when_empty() -> None:
    svg = bar_chart("<flows>", [("a&b", 3)])
    assert bars(svg) == ["a&b: 3"]  # parsed back from escaped XML
    assert "no data yet" in bar_chart("nothing", []) and "no data yet" in day_chart("nothing", [])
