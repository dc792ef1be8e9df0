"""Rules written per meaning, not per sentence: word order, inflection, third persons and typos still
flag a risk; fears, the user's own documents and neutral statements do not; intents need evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import Analyzer
from nlu.risk import PatternError, RiskDetector

# (message, indicator): phrasings no single phrase was written for; found by concept co-occurrence.
FOUND = [
    ("паспорт хозяин так и не отдал брату", "document_retention"),
    ("dokumenty szef ma u siebie w biurze i nie oddaje", "document_retention"),
    ("boss hold my pasport n wont retrun it", "document_retention"),
    ("la agencia le descuenta casi todo el sueldo a mi primo", "wage_withholding"),
    ("kazhut shcho ya vynen za kvartyru i kvytok", "debt_bondage"),
    ("телефоны у нас отобрали в первый же день", "isolation"),
    ("mi hermana la obligan a acostarse con los clientes", "sexual_exploitation"),
]


@pytest.mark.parametrize(("text", "indicator"), FOUND)
def test_concepts_in_any_order_are_found(analyzer: Analyzer, text: str, indicator: str) -> None:
    res = analyzer.parse(text)
    assert indicator in {i.id for i in res.risk.indicators}, res.risk
    assert res.risk.level in ("high", "critical")
    assert all(i.evidence in text for i in res.risk.indicators)


@pytest.mark.parametrize("text", [
    "bija teraz kolege przed domem",
    "il bat acum pe prietenul meu afara",
    "le estan pegando a mi amigo ahorita",
    "я втекла від них, вони мене зараз шукають",
])
def test_violence_happening_now_or_being_hunted_is_critical(analyzer: Analyzer, text: str) -> None:
    res = analyzer.parse(text)
    assert res.risk.level == "critical"
    assert res.intent == "emergency"


@pytest.mark.parametrize("text", [
    "my friend was scared they would keep her passport but they didnt",
    "mi amiga tenia miedo que le quitaran el pasaporte pero no se lo quitaron",
    "bạn em sợ họ giữ hộ chiếu nhưng họ không giữ",
    "boję się że zabiorą mi paszport",
    "el empleador no me quitó el pasaporte, lo guardo en mi cuarto",
    "hộ chiếu em tự giữ, em chỉ hỏi về nghỉ ốm",
    "tengo deudas en casa y quiero trabajar afuera",
])
def test_fears_and_own_documents_are_not_escalated(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level in ("none", "low")


@pytest.mark.parametrize("text", [
    "I am in Gdansk", "jestem w Gdansku", "я в Гданську", "i am in warsaw now", "estoy en Gdansk",
    "sunt in Gdansk", "em đang ở Gdansk", "I work in a warehouse in Poznan",
])
def test_a_neutral_statement_is_never_an_emergency(analyzer: Analyzer, text: str) -> None:
    res = analyzer.parse(text)
    assert res.intent != "emergency"
    assert res.risk.level == "none"


@pytest.mark.parametrize(("text", "intent"), [
    ("help i am in warsaw", "emergency"), ("pomocy", "emergency"), ("tak", "affirm"), ("no", "deny"),
    ("dzieki", "thanks"),
])
def test_short_replies_and_calls_for_help_keep_their_intent(analyzer: Analyzer, text: str,
                                                             intent: str) -> None:
    assert analyzer.parse(text).intent == intent


def test_concepts_and_co_occurrence_in_a_pattern_file(tmp_path: Path) -> None:
    (tmp_path / "en.yml").write_text(
        "concept.DOC: [passp*, papers]\nconcept.TAKE: [took, keeps]\n"
        "document_retention.general:\n  - $TAKE & $DOC\n", encoding="utf-8")
    det = RiskDetector.from_dir(tmp_path)
    assert det.detect("the papers the boss keeps in his office").level == "high"
    assert det.detect("he took my passport").level == "high"
    assert det.detect("my passport expires soon").level == "none"
    assert det.detect("papers. he took a day off").level == "none"  # not in one sentence


def test_an_unknown_concept_fails_at_load(tmp_path: Path) -> None:
    (tmp_path / "en.yml").write_text("document_retention:\n  - $NOPE .. passport\n", encoding="utf-8")
    with pytest.raises(PatternError, match="NOPE"):
        RiskDetector.from_dir(tmp_path)


@pytest.mark.parametrize("text", [
    "szef odlicza podatek od wyplaty, czy to normalne?",
    "у меня кредит в банке на квартиру",
    "el jefe descuenta impuestos del sueldo, es normal?",
    "the agency will keep a copy of my id, is that normal?",
    "i took my passport to the embassy to renew it",
    "я забрал паспорт из консульства",
])
def test_taxes_bank_loans_copies_and_own_errands_are_not_escalated(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level in ("none", "low")


@pytest.mark.parametrize("text", ["szef mnie zamknal w piwnicy, pomocy", "нас закрыли в подвале, помогите"])
def test_locked_in_with_a_cry_for_help_is_critical(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level == "critical"
