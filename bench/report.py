"""Gather every benchmark's Markdown into one report and draw each one's bars as a PNG.

usage: python bench/report.py DIR   (DIR holds <name>.md and <name>.json files written by the benchmarks)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def plot(name: str, data: dict[str, object], target: Path) -> None:
    bars = data["bars"]
    assert isinstance(bars, dict)
    labels, values = list(bars), [float(v) for v in bars.values()]
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(labels) + 1.2))
    ax.barh(labels, values, color=["#9aa5b1"] + ["#0b5cad"] * (len(values) - 1))
    ax.invert_yaxis()
    ax.set_xlabel(str(data.get("unit", "")))
    ax.set_title(name)
    for i, v in enumerate(values):
        ax.text(v, i, f" {v:,.3g}", va="center")
    fig.tight_layout()
    fig.savefig(target, dpi=110)
    plt.close(fig)


def main(directory: Path) -> int:
    parts = []
    for md in sorted(directory.glob("*.md")):
        if md.name == "report.md":
            continue
        parts.append(md.read_text(encoding="utf-8").strip())
        js = md.with_suffix(".json")
        if js.exists():
            png = md.with_suffix(".png")
            plot(md.stem, json.loads(js.read_text(encoding="utf-8")), png)
            parts.append(f"![{md.stem}]({png.name})")
    report = directory / "report.md"
    report.write_text("# Benchmarks\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")))
