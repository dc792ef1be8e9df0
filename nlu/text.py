"""Text folding and tokenisation shared by language ID, intents and risk patterns.

Folding maps every script and spelling we see to one Latin skeleton, so that one pattern written as
"забрали паспорт" also matches "zabrali pasport", "zabraly pasportu" and "ZABRALI PASPORT!!":
lowercase, diacritics dropped, Cyrillic transliterated, y/j -> i, kh -> h, sch -> sh,
letters repeated three or more times collapsed. Tokens keep their offsets in the original text,
so evidence shown to a consultant is always the user's own words (a substring of the message).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

__all__ = ["MAX_CHARS", "Token", "fold_word", "tokenize"]

# Only the first MAX_CHARS characters of a message are analysed; longer input still gets an answer.
MAX_CHARS = 4000

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "io", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}
_SPECIAL = {"ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ı": "i", "ð": "d"}


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp).lower()
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base.isascii() and base.isalpha():
            table[cp] = base
    for src, dst in {**_CYRILLIC, **_SPECIAL}.items():
        table[ord(src)] = dst
    for cp in range(0x0300, 0x0370):
        table[cp] = None
    for apostrophe in "'’ʼ`´":
        table[ord(apostrophe)] = None
    return table


_TABLE = _build_table()
_DIGRAPHS = (("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("y", "i"), ("j", "i"), ("x", "ks"))
# Thirty-sixth round: Ukrainian written in Latin letters spells "г" as "h" ("zamknuv joho" is "замкнув
# його"); the pronoun forms fold as the Cyrillic ones do, so "його" phrases match them.
_UK_LATIN = {"ioho": "iogo", "nioho": "niogo",
             # Thirty-seventh round: Romanian (Moldovan) "amu" is "acum" (now): "amu bat în ușă".
             "amu": "acum"}
# "pleeease", "helppp"; real double letters stay, and digits are never collapsed ("5000" is not "50")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
# A word: letters/digits, with combining marks and inner apostrophes (didn't, п'ять, m'a).
_WORD = re.compile(r"[^\W_][\w\u0300-\u036f]*(?:['’ʼ][^\W_][\w\u0300-\u036f]*)*")
_SENTENCE_END = frozenset(".!?\n…")
_CLAUSE_END = frozenset(",;:()\"«»—–")


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fold one word to the shared Latin skeleton (see module docstring)."""
    out = word.lower().translate(_TABLE)
    for src, dst in _DIGRAPHS:
        if src in out:
            out = out.replace(src, dst)
    out = _REPEAT.sub(r"\1", out)
    return _UK_LATIN.get(out, out)


class Token(NamedTuple):
    """One word of a message (a named tuple: made for every word of every message, it is built
    several times faster than a frozen dataclass)."""

    norm: str  # folded form
    raw: str  # the user's characters
    start: int
    end: int
    sentence: int
    clause: int


def tokenize(text: str) -> list[Token]:
    """Split into folded tokens with original offsets, sentence and clause numbers."""
    text = text[:MAX_CHARS]
    tokens: list[Token] = []
    sentence = clause = 0
    last = 0
    for m in _WORD.finditer(text):
        start, end = m.span()
        gap = text[last:start]
        # Fourteenth round: a thousands or decimal mark between digits ("10.000 lei", "1,500") is no break.
        # A single space, the usual gap, is no break either.
        if gap and gap != " " and not (
                gap in (".", ",") and text[start].isdigit() and text[start - 2].isdigit()):
            if any(c in _SENTENCE_END for c in gap):
                sentence += 1
                clause += 1
            elif any(c in _CLAUSE_END for c in gap) or " - " in gap:
                clause += 1
        last = end
        raw = m.group()
        norm = fold_word(raw)
        if not norm:
            continue
        tokens.append(Token(norm, raw, start, end, sentence, clause))
    return tokens
