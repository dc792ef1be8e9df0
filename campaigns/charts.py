"""Bar charts as plain SVG, drawn on the server: no script, no build step, no outside fonts or CDN."""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

__all__ = ["bar_chart", "day_chart"]

WIDTH = 640
BAR = 22
GAP = 6
LABEL = 170
PAD = 12
COLOUR = "#0d5a8c"
INK = "#1a1f33"


def bar_chart(title: str, rows: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per (label, count), in the given order; an empty chart says so."""
    top = PAD + 26
    height = top + max(1, len(rows)) * (BAR + GAP) + PAD
    biggest = max((n for _, n in rows), default=0) or 1
    span = WIDTH - LABEL - 2 * PAD - 48
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" '
        'font-family="sans-serif" font-size="13">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>',
        f'<text x="{PAD}" y="{PAD + 14}" font-size="15" font-weight="bold" fill="{INK}">'
        f"{escape(title)}</text>",
    ]
    if not rows:
        parts.append(f'<text x="{PAD}" y="{top + 16}" fill="#667">no data yet</text>')
    for i, (label, count) in enumerate(rows):
        y = top + i * (BAR + GAP)
        width = round(span * count / biggest, 1)
        parts += [
            f'<text x="{LABEL + PAD - 8}" y="{y + 16}" text-anchor="end" fill="{INK}">'
            f"{escape(label[:24])}</text>",
            f'<rect class="bar" x="{LABEL + PAD}" y="{y}" width="{width}" height="{BAR}" fill="{COLOUR}">'
            f"<title>{escape(label)}: {count}</title></rect>",
            f'<text x="{LABEL + PAD + width + 6}" y="{y + 16}" fill="{INK}">{count}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def day_chart(title: str, rows: list[tuple[str, int]], *, max_days: int = 400) -> str:
    """New conversations over time: one column per day from the first to the last, empty days at 0."""
    counts = {d: n for d, n in rows}
    days: list[str] = []
    if rows:
        first, last = date.fromisoformat(min(counts)), date.fromisoformat(max(counts))
        span = min((last - first).days, max_days - 1)
        days = [(first + timedelta(days=i)).isoformat() for i in range(span + 1)]
    height, top, bottom = 240, PAD + 30, 36
    plot = height - top - bottom
    biggest = max(counts.values(), default=0) or 1
    step = (WIDTH - 2 * PAD - 40) / max(1, len(days))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" '
        'font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="#fff"/>',
        f'<text x="{PAD}" y="{PAD + 14}" font-size="15" font-weight="bold" fill="{INK}">'
        f"{escape(title)}</text>",
        f'<text x="{PAD}" y="{top + 10}" fill="{INK}">{biggest}</text>',
        f'<line x1="{PAD + 36}" y1="{top + plot}" x2="{WIDTH - PAD}" y2="{top + plot}" stroke="#99a"/>',
    ]
    if not days:
        parts.append(f'<text x="{PAD}" y="{top + 40}" fill="#667">no data yet</text>')
    for i, day in enumerate(days):
        n = counts.get(day, 0)
        bar = round(plot * n / biggest, 1)
        x = round(PAD + 40 + i * step, 1)
        parts.append(
            f'<rect class="bar" x="{x}" y="{top + plot - bar}" width="{max(1.0, round(step * 0.8, 1))}" '
            f'height="{bar}" fill="{COLOUR}"><title>{day}: {n}</title></rect>'
        )
    if days:
        parts += [
            f'<text x="{PAD + 40}" y="{height - 14}" fill="{INK}">{days[0]}</text>',
            f'<text x="{WIDTH - PAD}" y="{height - 14}" text-anchor="end" fill="{INK}">{days[-1]}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts)
