"""Split H's gap classes, written as meanings (new phrasings, not H's sentences): pay at the employer's
whim, sex work implied by "sitting with clients / going upstairs", a document still at the agency,
hiding from someone who found or hunts the user, a person shut in who is not let out, a false accusation
threat, overcrowding in rooms. And the false alarms: an ad's "contact only on WhatsApp" is a
pre-departure flag, a question about the rules for a 16-year-old is not a child at work, a document
given back is not retention."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import check_high_with

HIGH = [
    ("the manager pays the girls whenever he wants, some weeks nothing", "wage_withholding"),
    ("szef placi nam jak ma humor, raz 500 raz nic", "wage_withholding"),
    ("хозяин кафе забирает у официантов чаевые", "wage_withholding"),
    ("ne plateste cand vrea el, uneori deloc", "wage_withholding"),
    ("kazali kuzynce pic z klientami w klubie i chodzic na gore", "sexual_exploitation"),
    ("a mi prima la obligan a tomar con los clientes en la cantina", "sexual_exploitation"),
    ("bắt chị ấy ngồi với khách tới 3h sáng", "sexual_exploitation"),
    ("паспорт брата все еще в офисе у работодателя, уже полгода", "document_retention"),
    ("mi pasaporte todavia esta con el patron desde marzo", "document_retention"),
    ("шеф сказав що скаже поліції що ми вкрали інструменти", "threats"),
    ("we are 12 people sleeping in 3 rooms above the shop", "abusive_conditions"),
]
CRITICAL = [
    "they are driving around the village looking for us, we are hiding behind the church",
    "ищут нас по всему городу, мы спрятались у знакомой",
    "m-am ascuns in magazie, repede va rog",
    "сховалась в підсобці, швидше",
    "szef zamknal go w kontenerze i nie wypuszcza",
    "el patron los encerro en la bodega y no les abre",
]
LOW_OR_NONE = [
    ("job in germany 2800 a month, contact only by whatsapp", "low"),
    ("praca w holandii, kontakt tylko przez whatsapp", "low"),
    ("my son is 17 years old, is he allowed to work weekends in a shop?", "low"),
    ("cháu em 17 tuổi đi làm thêm cuối tuần được không", "low"),
    ("ông chủ đã trả lại giấy tờ cho tụi em rồi", "none"),
    ("szef oddal mi paszport po meldunku", "none"),
    ("tụi em làm từ 8h tới 16h, bắt đầu tuần sau", "none"),
]


@pytest.mark.parametrize(("text", "indicator"), HIGH)
def test_gap_classes_are_high(analyzer: Analyzer, text: str, indicator: str) -> None:
    check_high_with(analyzer, text, indicator)


@pytest.mark.parametrize("text", CRITICAL)
def test_hiding_hunted_or_shut_in_now_is_critical(analyzer: Analyzer, text: str) -> None:
    res = analyzer.parse(text)
    assert res.risk.level == "critical", res.risk
    assert res.intent == "emergency"


@pytest.mark.parametrize(("text", "level"), LOW_OR_NONE)
def test_questions_ads_and_returned_papers_stay_low(analyzer: Analyzer, text: str, level: str) -> None:
    res = analyzer.parse(text)
    assert res.risk.level == level, res.risk


def test_a_passport_not_given_back_is_still_retention(analyzer: Analyzer) -> None:
    for text in ("ông chủ không trả lại hộ chiếu cho em", "the boss never gave back my passport"):
        assert analyzer.parse(text).risk.level == "high", text
