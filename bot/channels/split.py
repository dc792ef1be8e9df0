"""Cut a long text into messages a platform accepts, at the most natural boundary that fits."""

from __future__ import annotations

import re

__all__ = ["split_text"]

_BOUNDARIES = (
    re.compile(r"\n\s*\n"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"(?<=[.!?…。])\s+"),  # sentence
    re.compile(r"\s+"),  # word
)


def split_text(text: str, limit: int) -> list[str]:
    """Parts of at most ``limit`` characters, cut at a paragraph, line, sentence or word where one
    falls in the second half of the window; a word longer than the limit is cut hard."""
    if limit < 1:
        raise ValueError("limit must be positive")
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = None
        for pattern in _BOUNDARIES:
            ends = [m for m in pattern.finditer(window) if m.start() >= limit // 2 and m.start() <= limit]
            if ends:
                cut = ends[-1]
                break
        if cut is None:
            head, rest = rest[:limit], rest[limit:]
        else:
            head, rest = rest[: cut.start()], rest[cut.end() :]
        head = head.rstrip()
        if head:
            parts.append(head)
        rest = rest.lstrip()
    if rest or not parts:
        parts.append(rest)
    return parts
