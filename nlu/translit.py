"""Deterministic variants of training text as users type it: Russian and Ukrainian in Latin letters
(two common informal schemes each) and Latin-script languages without diacritics. Used to train
language ID, so that "u menya zabrali pasport" is Russian and "u mene zabraly pasport" Ukrainian."""

from __future__ import annotations

import unicodedata

__all__ = ["strip_diacritics", "variants"]

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ч": "ch", "ш": "sh",
    "ь": "", "ъ": "", "'": "", "ʼ": "", "’": "",
}
_RU = (
    {**_COMMON, "г": "g", "ё": "yo", "и": "i", "й": "y", "х": "h", "ц": "ts", "щ": "sch", "ы": "y",
     "э": "e", "ю": "yu", "я": "ya"},
    {**_COMMON, "г": "g", "ё": "e", "и": "i", "й": "i", "х": "kh", "ц": "c", "щ": "shch", "ы": "y",
     "э": "e", "ю": "iu", "я": "ia", "ь": "'"},
    # Forty-fifth round: the j scheme ("pjanyj", "ljudej", "na strojke"), which a Pole would read as Polish.
    {**_COMMON, "г": "g", "ё": "jo", "и": "i", "й": "j", "х": "h", "ц": "c", "щ": "sch", "ы": "y",
     "э": "e", "ю": "ju", "я": "ja", "ь": "j"},
)
_UK = (
    {**_COMMON, "г": "h", "ґ": "g", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y", "х": "kh",
     "ц": "ts", "щ": "shch", "ю": "yu", "я": "ya"},
    {**_COMMON, "г": "g", "ґ": "g", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i", "х": "h",
     "ц": "c", "щ": "sch", "ю": "iu", "я": "ia"},
    # Forty-fifth round: the j scheme ("pjanyj", "ljudej"), as for Russian.
    {**_COMMON, "г": "h", "ґ": "g", "є": "je", "и": "y", "і": "i", "ї": "ji", "й": "j", "х": "ch",
     "ц": "c", "щ": "szcz", "ю": "ju", "я": "ja", "ь": "j"},
)
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _translit(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, table.get(c.lower(), c)) for c in text.lower())


def variants(text: str, language: str) -> list[str]:
    """Other spellings of text a user of this language might type (may be empty)."""
    if language in ("ru", "uk"):
        if not any("\u0400" <= c <= "\u04ff" for c in text):
            return []
        tables = _RU if language == "ru" else _UK
        return sorted({_translit(text, t) for t in tables})
    plain = strip_diacritics(text)
    return [plain] if plain != text else []
