"""Masking of personal data in what people write, for every language we serve.

``redact(text, names=("Anna Kowalska",))`` returns the masked text and the spans it masked. Each span
becomes a bracketed label (``[phone]``, ``[email]``...), so a moderator still sees what kind of thing
was there. Masking errs on the side of too much: a long number that is not a phone number is masked
all the same. Detected:

- e-mail addresses;
- IBANs (checked with mod 97), card numbers (13 to 19 digits passing Luhn), PESEL (11 digits with
  its check digit), Polish bank accounts (26 digits), phone numbers in local and international forms
  (7 to 15 digits, spaces, dashes and brackets allowed), any other run of 7 or more digits;
- passport and ID numbers: Polish ID cards (ABC123456), Polish and Ukrainian passports (AB1234567,
  КВ123456) and any other token of letters and at least four digits;
- street addresses written with a street word and a number (ul./ulica, вул./улица, calle/av.,
  strada/str., đường/phố, street/road, ...straße), or with a number after the words for living
  somewhere ("mieszkam na Kwiatowej 12", "живу на Шевченка 5");
- the user's profile name (each part, with short endings, so Polish and Ukrainian cases are caught).

Dates (2026-05-01, 01-05-2026) and short numbers (ages, amounts, house numbers alone) stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["KINDS", "Redacted", "Span", "luhn_ok", "redact", "redact_value"]

KINDS = ("email", "iban", "card", "pesel", "bank", "phone", "number", "document", "address", "name")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class Redacted:
    text: str
    spans: tuple[Span, ...]


EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b", re.IGNORECASE)
# digits with single separators between them: spaces, dashes, brackets; an optional + in front
NUMBER = re.compile(r"(?<![\w+])(?:\+|\(\+?)?\d(?:(?:[ \-]|\)\s?|\s?\()?\d)*\)?")
DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
DOCUMENT = re.compile(r"(?<![\w\[])(?=[^\W_]*\d)(?:[^\W\d_]{1,4}[ -]?\d{4,12}|[^\W_]*\d[^\W_]*)(?![\w])")
STREET_WORDS = (
    r"ul\.|ulica|ulicy|ulicę|al\.|aleja|alei|os\.|osiedle|osiedlu|pl\.|plac|placu"
    r"|вул\.|вулиця|вулиці|вулицю|ул\.|улица|улице|улицу|просп\.|проспект|пр-т|пров\.|провулок|переулок"
    r"|calle|c/|av\.|avda\.|avenida|carrera|cra\.|paseo|plaza"
    r"|strada|str\.|bulevardul|bd\.|bdul\.|șoseaua|soseaua|aleea|calea"
    r"|đường|phố|ngõ|ngách|hẻm|duong|pho"
    r"|street|st\.|road|rd\.|avenue|ave\.|lane"
)
ADDRESS = re.compile(
    rf"(?<![\w])(?:{STREET_WORDS})\s*(?:[^\W\d_][\w'.\-]*\s*){{0,4}}?\d{{1,5}}[^\W\d_]?"
    r"(?:\s*[/\-]\s*\d{1,4}[^\W\d_]?)?"
    rf"|(?<![\w])(?:số\s*)?\d{{1,5}}[^\W\d_]?(?:/\d{{1,4}})*,?\s+(?:{STREET_WORDS})\s+[^\W\d_]+(?:\s[^\W\d_]+)?"
    r"|(?<![\w])\d{1,5}[^\W\d_]?\s+(?:[^\W\d_]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane)\b"
    r"|(?<![\w])[^\W\d_]+(?:straße|strasse|str\.)\s*\d{1,5}[^\W\d_]?",
    re.IGNORECASE,
)


# "I live on Kwiatowa 12": a place and a number after the words for living somewhere
LIVING = re.compile(
    r"(?<!\w)(?:mieszkam|mieszkamy|mieszka|живу|живемо|живём|живем|vivo|vivimos|locuiesc|locuim|"
    r"i live|we live|i'm living|tôi ở|tôi sống|chúng tôi ở)\s+"
    r"(?:(?:na|przy|w|we|на|по|в|en|la|pe|în|in|at|on|ở|tại)\s+)?"
    r"((?:[^\W\d_][\w'.\-]*\s+){1,3}\d{1,4}[^\W\d_]?(?:\s*/\s*\d{1,4})?)(?!\d)"
    r"(?!\s*(?:lat|lata|rok|roku|years?|months?|weeks?|days?|dni|miesi\w*|tygodni\w*|рок\w*|рік|місяц\w*"
    r"|тижн\w*|дн\w*|лет|год\w*|месяц\w*|недел\w*|años?|meses?|semanas?|días?|ani|luni|zile"
    r"|năm|tháng|tuần|ngày)\b)",
    re.IGNORECASE,
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _pesel_ok(digits: str) -> bool:
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(digits[:10], weights, strict=True)) % 10) % 10
    return check == int(digits[10])


def _iban_ok(raw: str) -> bool:
    value = raw.replace(" ", "").upper()
    if not 15 <= len(value) <= 34:
        return False
    moved = value[4:] + value[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _number_kind(raw: str) -> str | None:
    digits = "".join(ch for ch in raw if ch.isdigit())
    n = len(digits)
    if n < 7 or DATE.fullmatch(raw.strip("()+ ")):
        return None
    if n == 11 and _pesel_ok(digits):
        return "pesel"
    if 13 <= n <= 19 and luhn_ok(digits):
        return "card"
    if n == 26:
        return "bank"
    if n <= 15:
        return "phone"
    return "number"


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    parts = {p for name in names for p in re.split(r"[\s,]+", name or "") if len(p) >= 2}
    parts = {p.strip(".-'") for p in parts}
    parts = {p for p in parts if len(p) >= 2 and any(ch.isalpha() for ch in p)}
    if not parts:
        return None
    # a stem without the last letter catches declined forms: Kowalska -> Kowalskiej, Anna -> Annie
    stems = {p[:-1] if len(p) >= 4 else p for p in parts}
    alternatives = "|".join(re.escape(p) for p in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w\[])(?:{alternatives})\w{{0,4}}(?![\w\]])", re.IGNORECASE)


_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
        "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
        "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
        "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh", "ь": "", "ъ": "", "ы": "i", "э": "e", "ю": "iu",
        "я": "ia", "ł": "l", "đ": "d",
    }
)  # fmt: skip
_LATIN = (
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
)


def _skeleton(word: str) -> str:
    """A rough spelling key, the same for Oksana and Оксана, Melnyk and Мельник, Bożena and Божена."""
    value = unicodedata.normalize("NFKD", word.lower().translate(_CYRILLIC))
    value = "".join(c for c in value if not unicodedata.combining(c))
    for a, b in _LATIN:
        value = value.replace(a, b)
    return value


def _name_stems(names: Iterable[str]) -> set[str]:
    stems = set()
    for name in names:
        for part in re.split(r"[\s,.'-]+", name or ""):
            if len(part) >= 3 and part.isalpha():
                key = _skeleton(part)
                stems.add(key[:-1] if len(key) >= 5 else key)
    return {s for s in stems if len(s) >= 3}


def _candidates(text: str, names: Iterable[str]) -> Iterator[Span]:
    for m in EMAIL.finditer(text):
        yield Span(m.start(), m.end(), "email")
    for m in IBAN.finditer(text):
        if _iban_ok(m.group()):
            yield Span(m.start(), m.end(), "iban")
    for m in ADDRESS.finditer(text):
        yield Span(m.start(), m.end(), "address")
    for m in LIVING.finditer(text):
        words = m.group(1).split()[:-1]
        if all(w[0].isupper() for w in words):  # a name of a street, not "here 5 days"
            yield Span(m.start(1), m.end(1), "address")
    pattern = _name_pattern(names)
    if pattern is not None:
        for m in pattern.finditer(text):
            yield Span(m.start(), m.end(), "name")
    stems = _name_stems(names)
    if stems:  # the name in the other script or spelling: Oksana written as Оксана
        for m in re.finditer(r"[^\W\d_]+", text):
            if text[m.start() - 1 : m.start()] == "[" or text[m.end() : m.end() + 1] == "]":
                continue
            key = _skeleton(m.group())
            if any(key.startswith(stem) and len(key) - len(stem) <= 4 for stem in stems):
                yield Span(m.start(), m.end(), "name")
    for m in NUMBER.finditer(text):
        kind = _number_kind(m.group())
        if kind:
            yield Span(m.start(), m.end(), kind)
    for m in DOCUMENT.finditer(text):
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        if digits >= 4 and letters >= 1 and len(token) >= 6:
            yield Span(m.start(), m.end(), "document")


def _select(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Non-overlapping spans, earliest first; of two starting together the longer wins."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if chosen and span.start < chosen[-1].end:
            last = chosen[-1]
            if span.end > last.end:  # overlapping tails merge into the first span
                chosen[-1] = Span(last.start, span.end, last.kind)
            continue
        chosen.append(span)
    return tuple(chosen)


def redact(text: str, *, names: Iterable[str] = ()) -> Redacted:
    """Mask personal data in ``text``; ``names`` are the user's profile name(s)."""
    spans = _select(_candidates(text, tuple(names)))
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        out.append(f"[{span.kind}]")
        pos = span.end
    out.append(text[pos:])
    return Redacted("".join(out), spans)


def redact_value(value: object, *, names: Iterable[str] = ()) -> object:
    """Mask every string inside a JSON-like value (dicts, lists), keys left as they are."""
    names = tuple(names)
    if isinstance(value, str):
        return redact(value, names=names).text
    if isinstance(value, dict):
        return {k: redact_value(v, names=names) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(v, names=names) for v in value]
    return value
