"""Masking personal data: examples in every language we serve, and properties over generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.redact import luhn_ok, redact, redact_value

EXAMPLES = [
    ("Zadzwoń na +48 601 234 567", "+48 601 234 567", "phone"),
    ("мій номер 0671234567", "0671234567", "phone"),
    ("llámame al (55) 1234-5678", "(55) 1234-5678", "phone"),
    ("sună-mă la 0040 721 234 567", "0040 721 234 567", "phone"),
    ("số của tôi 0912 345 678", "0912 345 678", "phone"),
    ("write to jan.kowalski+job@gmail.com please", "jan.kowalski+job@gmail.com", "email"),
    ("mój PESEL 44051401359", "44051401359", "pesel"),
    ("card 4111-1111-1111-1111", "4111-1111-1111-1111", "card"),
    ("IBAN PL61 1090 1014 0000 0712 1981 2874", "PL61 1090 1014 0000 0712 1981 2874", "iban"),
    ("numer konta 61109010140000071219812874", "61109010140000071219812874", "bank"),
    ("zabrali mi paszport AB1234567", "AB1234567", "document"),
    ("mój dowód ABC123456", "ABC123456", "document"),
    ("у мене забрали паспорт КВ123456", "КВ123456", "document"),
    ("pasaporte G12345678 retenido", "G12345678", "document"),
    ("mieszkam przy ul. Długa 5/3 w Gdańsku", "ul. Długa 5/3", "address"),
    ("живу на вул. Шевченка 12", "вул. Шевченка 12", "address"),
    ("живу на улица Ленина 7", "улица Ленина 7", "address"),
    ("vivo en calle Mayor 15, Madrid", "calle Mayor 15", "address"),
    ("vivo en av. Insurgentes 300", "av. Insurgentes 300", "address"),
    ("stau pe strada Florilor 7", "strada Florilor 7", "address"),
    ("stau pe str. Unirii 12", "str. Unirii 12", "address"),
    ("tôi ở số 12 đường Lê Lợi", "số 12 đường Lê Lợi", "address"),
    ("we sleep at 221 Baker Street", "221 Baker Street", "address"),
    ("Unterkunft Hauptstraße 5", "Hauptstraße 5", "address"),
    ("mieszkam na Kwiatowej 12 z kolegami", "Kwiatowej 12", "address"),
    ("живу на Шевченка 5/2, кімната 3", "Шевченка 5/2", "address"),
    ("locuiesc pe Florilor 7", "Florilor 7", "address"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), EXAMPLES)
def test_personal_data_is_masked_in_every_language(text: str, secret: str, kind: str) -> None:
    result = redact(text)
    assert secret not in result.text
    assert f"[{kind}]" in result.text
    assert [text[s.start : s.end] for s in result.spans] == [secret]


def test_profile_name_is_masked_also_when_declined() -> None:
    result = redact("Anna tu. Nie ma Kowalskiej, a Annie zabrali telefon", names=["Anna Kowalska"])
    assert result.text == "[name] tu. Nie ma [name], a [name] zabrali telefon"


def test_profile_name_is_masked_in_the_other_script_too() -> None:
    assert redact("Мене звати Оксана, а не Мельник", names=["Oksana Melnyk"]).text == (
        "Мене звати [name], а не [name]"
    )
    assert redact("Божена тут, Boże pomóż", names=["Bożena"]).text == "[name] тут, Boże pomóż"


def test_everyday_numbers_and_dates_stay() -> None:
    for text in (
        "On 2026-05-01 I paid 3500 zl for 12 hours, I am 23, room 5",
        "mieszkam w Polsce od 2 lat",
        "I live in Warsaw 3 years",
        "живу в Польщі 2 роки",
        "I live here 5 days a week",
    ):
        assert redact(text).text == text
        assert redact(text).spans == ()


def test_values_inside_json_are_masked_keys_stay() -> None:
    value = {"evidence": ["my number 601234567"], "level": "high"}
    assert redact_value(value) == {"evidence": ["my number [phone]"], "level": "high"}


def _luhn_complete(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn_ok(prefix + d))


# -- properties --------------------------------------------------------------------------------------

words = st.text(
    alphabet="abcdefghijklmnoprstuwyząęłóśżćńабвгдежзийклмнопрстуфхцчшщыьэюяđươ ,.!?", max_size=40
)
separators = st.sampled_from(["", " ", "-"])


@st.composite
def phones(draw: st.DrawFn) -> str:
    digits = draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
    sep = draw(separators)
    local = sep.join([digits[:3], digits[3:6], digits[6:]])
    prefix = draw(st.sampled_from(["", "+48 ", "+380", "0048", "+84 "]))
    return prefix + local


@st.composite
def emails(draw: st.DrawFn) -> str:
    user = draw(st.text(alphabet="abcxyz019._", min_size=1, max_size=12).filter(lambda s: s[0].isalnum()))
    host = draw(st.text(alphabet="abcdefgh", min_size=2, max_size=8))
    return f"{user}@{host}.{draw(st.sampled_from(['pl', 'com', 'com.ua', 'vn']))}"


@st.composite
def cards(draw: st.DrawFn) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=15, max_size=15))
    number = _luhn_complete("4" + body[:14])
    sep = draw(separators)
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


@st.composite
def documents(draw: st.DrawFn) -> str:
    letters = draw(st.text(alphabet="ABCDEFGHKLMNPRSTXYZКВМЕ", min_size=1, max_size=3))
    digits = draw(st.text(alphabet="0123456789", min_size=6, max_size=9))
    return letters + digits


secrets_ = st.one_of(phones(), emails(), cards(), documents())


@settings(max_examples=300, deadline=None)
@given(before=words, secret=secrets_, after=words)
def test_a_secret_anywhere_in_text_never_survives(before: str, secret: str, after: str) -> None:
    text = f"{before} {secret} {after}"
    masked = redact(text).text
    assert secret not in masked
    digits = [ch for ch in secret if ch.isdigit()]
    assert sum(ch.isdigit() for ch in masked) <= sum(ch.isdigit() for ch in before + after)
    assert len(digits) == 0 or "[" in masked


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=120), name=st.text(alphabet="abcdefghijklmnopqrstuvwxyzАБВГДłś ", max_size=20))
def test_masking_twice_changes_nothing_and_spans_are_ordered(text: str, name: str) -> None:
    first = redact(text, names=[name])
    assert redact(first.text, names=[name]).text == first.text
    ends = [0]
    for span in first.spans:
        assert ends[-1] <= span.start < span.end <= len(text)
        ends.append(span.end)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдеёжзий ,.!?ąęłóśżźćń", max_size=200))
def test_plain_words_without_numbers_are_left_alone(text: str) -> None:
    assert redact(text).text == text


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120))
def test_text_outside_the_spans_is_kept(text: str) -> None:
    result = redact(text)
    rebuilt = []
    pos = 0
    for span in result.spans:
        rebuilt.append(text[pos : span.start])
        rebuilt.append(f"[{span.kind}]")
        pos = span.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == result.text
