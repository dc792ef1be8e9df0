"""Bar charts as plain SVG, drawn on the server: no script, no build step, no outside fonts or CDN."""

from __future__ import annotations

from xml.sax.saxutils import escape

__all__ = ["bar_chart"]

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
