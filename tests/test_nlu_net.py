"""The statistical safety net (nlu/net.py): deterministic, total on bad input, raises and never lowers."""

from __future__ import annotations

import pytest

from nlu import Analyzer, load_analyzer
from nlu.dataset import Example, heldout_files, load_examples, training_files
from nlu.indicators import HIGH_INDICATORS
from nlu.net import RiskNet, features
from nlu.text import tokenize
from nlu.types import Indicator, Risk


@pytest.fixture(scope="module")
def examples() -> list[Example]:
    return [ex for p in [*training_files(), *heldout_files()] for ex in load_examples(p)]


@pytest.fixture(scope="module")
def net(examples: list[Example]) -> RiskNet:
    return RiskNet(examples)


@pytest.fixture(scope="module")
def with_net() -> Analyzer:
    return load_analyzer(net=True)


def test_off_by_default() -> None:
    assert load_analyzer().net is None
    assert load_analyzer(net=True).net is not None


def test_deterministic(examples: list[Example], net: RiskNet) -> None:
    again = RiskNet(list(reversed(examples)))  # counting does not depend on the order of the examples
    text = "the owner keeps us in the barracks and we have not seen any money since spring"
    assert again.score(tokenize(text)) == net.score(tokenize(text))
    assert features(["a", "b", "c"]) == features(["a", "b", "c"])
    logreg = RiskNet(examples[:300], kind="logreg")
    assert RiskNet(examples[:300], kind="logreg").score(tokenize(text)) == logreg.score(tokenize(text))


def test_unknown_kind(examples: list[Example]) -> None:
    with pytest.raises(ValueError, match="kind"):
        RiskNet(examples[:10], kind="svm")


@pytest.mark.parametrize("text", [
    "", "   ", "😀😀🙏", "\x00\xff\ufffd\x07" * 50, bytes(range(256)).decode("latin-1"),
    "пomoщь 😀 help ayuda 🆘", "a" * 100_000, "my boss took my passport. " * 4000,
])
def test_bad_input(with_net: Analyzer, net: RiskNet, text: str) -> None:
    res = with_net.parse(text)
    assert res.risk.level in ("none", "low", "high", "critical")
    assert 0.0 <= res.risk.score <= 1.0
    for ind in res.risk.indicators:
        assert ind.evidence in text
    s = net.score(tokenize(text))
    assert 0.0 <= s.escalation <= 1.0 and 0.0 <= s.critical <= 1.0


def test_no_tokens_keeps_the_rules_answer(net: RiskNet) -> None:
    risk = Risk("low", 0.3, (Indicator("recruitment_fee", "fee"),))
    assert net.apply("😀", [], risk) is risk


def test_raises_a_paraphrase_no_phrase_was_written_for(net: RiskNet, with_net: Analyzer) -> None:
    text = "the owner of the farm keeps us in the barracks and we have not seen any money since spring"
    risk = net.apply(text, tokenize(text), Risk("none", 0.0, ()))  # as if the rules found nothing
    assert risk.level == "high"
    assert len(risk.indicators) == 1 and risk.indicators[0].id in HIGH_INDICATORS
    assert risk.indicators[0].evidence in text
    res = with_net.parse(text)
    assert res.risk.level == "high"
    assert res.intent in ("report_situation", "emergency", "talk_to_human", "contacts")


def test_evidence_is_the_riskiest_sentence(net: RiskNet) -> None:
    text = ("Hello, I have a question. The owner of the farm keeps us in the barracks and we have not "
            "seen any money since spring")
    risk = net.apply(text, tokenize(text), Risk("none", 0.0, ()))
    assert risk.level == "high"
    assert risk.indicators[0].evidence.startswith("The owner of the farm")


@pytest.mark.parametrize("text", [
    "I am looking for a job in Germany as a driver",
    "my boss is nice and pays on time",
    "hello",
    "thank you, bye",
])
def test_calm_messages_stay_calm(with_net: Analyzer, text: str) -> None:
    assert with_net.parse(text).risk.level == "none"


def test_never_lowers(net: RiskNet) -> None:
    text = "hello, what is the weather like in Warsaw"
    for level in ("high", "critical"):
        risk = Risk(level, 0.7, (Indicator("violence", "hit"),))
        assert net.apply(text, tokenize(text), risk) is risk


def test_keeps_the_rules_indicators_when_raising(net: RiskNet) -> None:
    text = "the owner of the farm keeps us in the barracks and we have not seen any money since spring"
    rules = Risk("low", 0.3, (Indicator("no_contract", "no contract"),))
    risk = net.apply(text, tokenize(text), rules)
    assert risk.level == "high" and risk.score >= 0.7
    assert Indicator("no_contract", "no contract") in risk.indicators
