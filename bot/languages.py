"""The seven languages the helpline speaks, each named in its own language (from Babel's data)."""

from __future__ import annotations

from functools import cache

from babel import Locale

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "display_name", "normalise_language"]

LANGUAGES: tuple[str, ...] = ("pl", "en", "uk", "ru", "es", "ro", "vi")
DEFAULT_LANGUAGE = "en"


@cache
def display_name(code: str) -> str:
    """'polski' -> 'Polski', 'Tiếng Việt' stays: the name a speaker of that language recognises."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def normalise_language(raw: str | None) -> str | None:
    """A channel's or browser's language tag ('uk-UA', 'es_419', 'ro-MD') -> one of ours, or None."""
    if not raw:
        return None
    for part in raw.replace("_", "-").split(","):
        code = part.split(";")[0].strip().split("-")[0].lower()
        if code == "mo":  # the old tag for Moldovan Romanian
            code = "ro"
        if code in LANGUAGES:
            return code
    return None
