"""Language identification and the steadiness policy the dialogue uses."""

from __future__ import annotations

import dataclasses

import pytest

from nlu import Analyzer, NluResult, choose_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Добрий день, у мене забрали паспорт на роботі", "uk"),
    ("Добрый день, у меня забрали паспорт на работе", "ru"),
    ("мені не платять вже два місяці", "uk"),
    ("мне не платят уже два месяца", "ru"),
    ("u menya zabrali pasport i ne platyat", "ru"),
    ("u mene zabraly pasport i ne platiat", "uk"),
    ("dobryi den, chy mozhna pratsiuvaty bez dohovoru", "uk"),
    ("zdravstvuyte, mozhno li rabotat bez dogovora", "ru"),
    ("szef zabral mi paszport i nie placi", "pl"),
    ("Szef zabrał mi paszport i nie płaci", "pl"),
    ("el patrón me quitó el pasaporte y no me paga", "es"),
    ("patronul mi-a luat pasaportul si nu ma plateste", "ro"),
    ("Patronul mi-a luat pașaportul și nu mă plătește", "ro"),
    ("ông chủ giữ hộ chiếu của tôi và không trả lương", "vi"),
    ("ong chu giu ho chieu cua toi va khong tra luong", "vi"),
    ("my boss took my passport and does not pay me", "en"),
])
def test_language(analyzer: Analyzer, text: str, lang: str) -> None:
    assert analyzer.parse(text).language == lang


def test_hint_decides_a_short_ambiguous_message(analyzer: Analyzer) -> None:
    assert analyzer.parse("tak", language_hint="uk").language == "uk"
    assert analyzer.parse("tak", language_hint="pl").language == "pl"
    assert analyzer.parse("ok", language_hint="ro-MD").language == "ro"
    assert analyzer.parse("ok", language_hint="es-419").language == "es"


def test_hint_does_not_override_a_long_clear_message(analyzer: Analyzer) -> None:
    res = analyzer.parse("Добрый день, у меня забрали паспорт и не платят зарплату", language_hint="uk")
    assert res.language == "ru"
    res = analyzer.parse("hello, my employer took my passport and does not pay us", language_hint="pl")
    assert res.language == "en"


def test_unknown_hint_is_ignored(analyzer: Analyzer) -> None:
    assert analyzer.parse("szef zabrał mi paszport", language_hint="pt-BR").language == "pl"
    assert analyzer.parse("", language_hint="pt-BR").language == "en"


def _res(analyzer: Analyzer, text: str, hint: str | None = None) -> NluResult:
    return analyzer.parse(text, language_hint=hint)


def test_choose_language_keeps_the_conversation_steady(analyzer: Analyzer) -> None:
    assert choose_language(None, _res(analyzer, "Dzień dobry, mam pytanie o pracę")) == "pl"
    # short or ambiguous messages never flip an established language
    for text in ("ok", "tak", "da", "no", "👍", "", "hotel", "Berlin 3000", "thanks"):
        assert choose_language("uk", _res(analyzer, text, "uk")) == "uk", text
        assert choose_language("pl", _res(analyzer, text, "pl")) == "pl", text
    # a clear, long enough message in another language does
    uk = _res(analyzer, "Добрий день, у мене забрали паспорт на роботі", "pl")
    assert choose_language("pl", uk) == "uk"
    assert choose_language("en", _res(analyzer, "el patrón me quitó el pasaporte y no me paga", "en")) == "es"


def test_choose_language_needs_confidence(analyzer: Analyzer) -> None:
    res = _res(analyzer, "el patrón me quitó el pasaporte y no me paga")
    res = dataclasses.replace(res, language_confidence=0.5)
    assert choose_language("en", res) == "en"
    assert choose_language("xx", res) == "es"
