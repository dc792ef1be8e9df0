"""Babel extractor for flow files: every message id a flow shows (texts, button titles, number
labels and notes, advice). Wired in babel.cfg as ``[flows.extract:extract_flows: flows/data/**.yaml]``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from .loader import parse_flow

__all__ = ["extract_flows"]


def extract_flows(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Yield ``(line, None, message id, comments)`` the way Babel's extractors do."""
    source = fileobj.read().decode("utf-8")
    flow = parse_flow(source, Path(str(getattr(fileobj, "name", "flow.yaml"))))
    lines = source.splitlines()
    for message_id in flow.message_ids():
        line = next((i for i, text in enumerate(lines, 1) if message_id in text), 1)
        yield line, None, message_id, []
