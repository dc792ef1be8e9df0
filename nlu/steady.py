"""Keeping a conversation's language steady (see nlu/README.md, "Language steadiness")."""

from __future__ import annotations

from nlu.labels import LANGUAGES
from nlu.text import tokenize
from nlu.types import NluResult

__all__ = ["SWITCH_CONFIDENCE", "SWITCH_MIN_LETTERS", "SWITCH_MIN_WORDS", "choose_language"]

SWITCH_MIN_WORDS = 4
SWITCH_MIN_LETTERS = 16
SWITCH_CONFIDENCE = 0.9


def choose_language(current: str | None, result: NluResult) -> str:
    """The conversation's language after this message.

    No established language yet: the detected one. Otherwise the language switches only when the
    message is clear and long enough: at least SWITCH_MIN_WORDS words and SWITCH_MIN_LETTERS letters,
    detected with confidence >= SWITCH_CONFIDENCE. One short or ambiguous message never flips it.
    """
    if current not in LANGUAGES:
        return result.language if result.language in LANGUAGES else "en"
    if result.language == current or result.language not in LANGUAGES:
        return current
    tokens = tokenize(result.text)
    letters = sum(1 for t in tokens for c in t.raw if c.isalpha())
    if len(tokens) >= SWITCH_MIN_WORDS and letters >= SWITCH_MIN_LETTERS \
            and result.language_confidence >= SWITCH_CONFIDENCE:
        return result.language
    return current
