"""The public contract of nlu: names, shapes, bad input."""

from __future__ import annotations

import json

import pytest

import nlu
from nlu import INDICATORS, INTENTS, LANGUAGES, LEVELS, Indicator, NluResult, Risk, load_analyzer


def test_exports() -> None:
    assert set(nlu.__all__) >= {"Indicator", "Risk", "NluResult", "Analyzer", "load_analyzer",
                                "choose_language", "LANGUAGES", "INTENTS", "INDICATORS", "LEVELS"}
    assert LANGUAGES == ("pl", "en", "uk", "ru", "es", "ro", "vi")
    assert LEVELS == ("none", "low", "high", "critical")
    for intent in ("greet", "goodbye", "thanks", "safe_job_abroad", "check_job_offer", "warning_signs",
                   "rights", "contacts", "talk_to_human", "report_situation", "emergency", "out_of_scope"):
        assert intent in INTENTS
    assert len(INDICATORS) == 17


def test_load_analyzer_is_cached() -> None:
    assert load_analyzer() is load_analyzer()


def test_result_shape() -> None:
    res = load_analyzer().parse("the boss keeps our passports")
    assert isinstance(res, NluResult)
    d = res.to_dict()
    assert set(d) >= {"text", "language", "intent", "intent_confidence", "risk"}
    assert set(d["risk"]) == {"level", "score", "indicators"}
    json.dumps(d)
    assert isinstance(res.risk, Risk)
    assert all(isinstance(i, Indicator) for i in res.risk.indicators)


@pytest.mark.parametrize("text", ["", "   ", "\n", "🙂🙂🙂", "\x00\x01\xff", "a" * 100_000,
                                  "паспорт passport hộ chiếu paszport 🙂" * 500, "?!?!", "1234567",
                                  "²³ ¹⁴ ٣ years", "15-year-old ١٥ lat"])
def test_bad_input_gets_a_defined_answer(text: str) -> None:
    res = load_analyzer().parse(text)
    assert res.language in LANGUAGES
    assert res.intent in INTENTS
    assert res.risk.level in LEVELS
    assert 0.0 <= res.risk.score <= 1.0
    assert 0.0 <= res.intent_confidence <= 1.0
    for ind in res.risk.indicators:
        assert ind.evidence in text


def test_empty_uses_hint() -> None:
    res = load_analyzer().parse("", language_hint="uk")
    assert (res.language, res.intent, res.risk.level) == ("uk", "out_of_scope", "none")
    assert load_analyzer().parse("").language == "en"
    assert load_analyzer().parse("", language_hint="pt-BR").language == "en"


def test_a_failing_stage_falls_back_without_logging_the_text(monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    from nlu import Analyzer

    base = load_analyzer()
    analyzer = Analyzer(base.langid, base.intents, base.risk)

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("secret user words")

    monkeypatch.setattr(analyzer.risk, "detect", boom)
    res = analyzer.parse("szef zabrał nam paszporty, moje imię to Anna")
    assert res.language == "pl" and res.risk.level == "none"
    assert "Anna" not in caplog.text and "secret" not in caplog.text
    assert "ValueError" in caplog.text
