"""Campaign codes: what a valid one looks like, and finding one in what a user typed."""

from __future__ import annotations

import re

__all__ = ["CODE_RULE", "InvalidCampaign", "candidates", "check_code", "code_key"]

_CODE = re.compile(r"[A-Za-z0-9_-]{4,64}")
_TOKEN = re.compile(r"[A-Za-z0-9_-]+")
MAX_CANDIDATES = 40

CODE_RULE = (
    "4 to 64 letters (A-Z), digits, '-' or '_', with at least one digit, e.g. KRAKOW-FAIR-2026: "
    "a digit means an ordinary word a user types is never taken for a campaign"
)


class InvalidCampaign(ValueError):
    """A campaign's code, name or language is not acceptable; the message says why."""


def check_code(code: str) -> str:
    """The code as given, if it is a good campaign code; else ``InvalidCampaign``."""
    code = code.strip()
    if not _CODE.fullmatch(code) or not any(ch.isdigit() for ch in code):
        raise InvalidCampaign(f"campaign code {code!r}: use {CODE_RULE}")
    return code


def code_key(code: str) -> str:
    """Codes are compared without regard to case."""
    return code.strip().lower()


def candidates(text: str) -> list[str]:
    """Lower-case words of ``text`` that could be a campaign code (a digit, 4 to 64 characters).

    "Hi! code: fair-2026." gives ["fair-2026"]; a word is also tried without a trailing '-' or '_'.
    """
    found: list[str] = []
    for token in _TOKEN.findall(text):
        for word in (token, token.strip("-_")):
            key = word.lower()
            if _CODE.fullmatch(key) and any(ch.isdigit() for ch in key) and key not in found:
                found.append(key)
        if len(found) >= MAX_CANDIDATES:
            break
    return found
