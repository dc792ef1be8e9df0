"""The statistical safety net (nlu/net.py): deterministic, total on bad input; raises, and lowers only high
to low (the veto), never critical."""

from __future__ import annotations

import pytest

from nlu import Analyzer, load_analyzer
from nlu.analyzer import NET_SPLITS, net_default, net_files
from nlu.dataset import Example, heldout_files, load_examples, training_files
from nlu.indicators import HIGH_INDICATORS
from nlu.net import CRITICAL_MIN_WORDS, MIN_WORDS, SCOPE_WORDS, VETO_MIN_WORDS, RiskNet, features
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


def test_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NLU_NET", raising=False)
    assert net_default()
    assert load_analyzer().net is not None
    assert load_analyzer(net=True) is load_analyzer()
    assert load_analyzer(net=False).net is None
    for off in ("false", "0", "no", "OFF "):
        monkeypatch.setenv("NLU_NET", off)
        assert not net_default()
        assert load_analyzer().net is None
    monkeypatch.setenv("NLU_NET", "true")
    assert load_analyzer().net is not None


def test_trains_on_named_splits_only() -> None:
    names = {p.parent.name for p in net_files()}
    assert names == {p.parent.name for p in heldout_files()} | set(NET_SPLITS)
    assert {"heldout_i", "heldout_j", "heldout_k"} <= names


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


@pytest.mark.parametrize("text", [
    "they promised 12 and paid 12",  # a look-alike of pay below a promise
    "owner keeps us in barracks, no money yet",  # risky, but too short to be sure
])
def test_short_messages_are_left_to_the_rules(net: RiskNet, text: str) -> None:
    tokens = tokenize(text)
    assert len(tokens) < MIN_WORDS
    risk = Risk("none", 0.0, ())
    assert net.apply(text, tokens, risk) is risk


def test_danger_now_needs_a_longer_message_than_high(examples: list[Example]) -> None:
    # 12-15 words: the net may raise to high, never to critical (its critical model read "he is waiting
    # for me outside" as danger now at that length).
    text = "the owner keeps us in the barracks and we have not seen money"
    tokens = tokenize(text)
    assert MIN_WORDS <= len(tokens) < CRITICAL_MIN_WORDS
    always = RiskNet(examples, escalation_threshold=0.0, critical_threshold=0.0)
    assert always.apply(text, tokens, Risk("none", 0.0, ())).level == "high"
    longer = text + " since the spring and he says we owe him"
    assert len(tokenize(longer)) >= CRITICAL_MIN_WORDS
    assert always.apply(longer, tokenize(longer), Risk("none", 0.0, ())).level == "critical"


def test_scope_guard(net: RiskNet) -> None:
    text = "the owner of the farm keeps us in the barracks and we have not seen any money since spring"
    tokens = tokenize(text)
    assert MIN_WORDS <= len(tokens) < SCOPE_WORDS
    risk = Risk("none", 0.0, ())
    assert net.apply(text, tokens, risk, lambda: True) is risk  # the rules dropped a match by a scope
    assert net.apply(text, tokens, risk, lambda: False).level == "high"
    longer = text + ", and the boss says we will get it all in october when the season is over"
    assert len(tokenize(longer)) >= SCOPE_WORDS  # one scoped clause does not speak for a long message
    assert net.apply(longer, tokenize(longer), risk, lambda: True).level == "high"


def test_the_analyzer_asks_the_rules_scope(examples: list[Example]) -> None:
    base = load_analyzer(net=False)
    eager = RiskNet(examples, escalation_threshold=0.0, critical_threshold=2.0)  # raises anything to high
    analyzer = Analyzer(base.langid, base.intents, base.risk, eager)
    scoped = "my friend was afraid that the agency would take her passport, but in the end they did not"
    plain = "my friend went to the agency on monday and they told her to come back in june"
    for text in (scoped, plain):
        assert MIN_WORDS <= len(tokenize(text)) < SCOPE_WORDS
        assert base.parse(text).risk.level == "none"
    assert analyzer.parse(scoped).risk.level == "none"  # the rules dropped 'take her passport': a fear
    assert analyzer.parse(plain).risk.level == "high"  # no scope involved: the (eager) net raises


# The veto's mechanism, with a threshold of its own: this net trains on nlu/data and A-H only, where the
# calm message below scores about 0.01 (the shipped net, on far more data, is tested by the round tests).
VETO_FOR_TESTS = 0.02


def test_never_lowers_a_short_message_or_danger_now(net: RiskNet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(net, "veto_threshold", VETO_FOR_TESTS)
    text = "hello, what is the weather like in Warsaw"
    for level in ("high", "critical"):
        risk = Risk(level, 0.7, (Indicator("violence", "hit"),))
        assert net.apply(text, tokenize(text), risk) is risk
    calm = "hello, I would like to know what the weather is like in Warsaw in the spring, thank you"
    assert len(tokenize(calm)) >= VETO_MIN_WORDS and net.score(tokenize(calm)).escalation < VETO_FOR_TESTS
    danger = Risk("critical", 0.95, (Indicator("immediate_danger", "now"),))
    assert net.apply(calm, tokenize(calm), danger) is danger


def test_the_veto_lowers_high_to_low_and_keeps_the_evidence(examples: list[Example], net: RiskNet,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Rules that read high in a message the net is nearly sure is calm: low (the dialogue offers a
    # consultant instead of opening a case), with the rules' indicators and evidence kept.
    monkeypatch.setattr(net, "veto_threshold", VETO_FOR_TESTS)
    calm = "hello, I would like to know what the weather is like in Warsaw in the spring, thank you"
    rules = Risk("high", 0.7, (Indicator("document_retention", "weather"),))
    vetoed = net.apply(calm, tokenize(calm), rules)
    assert vetoed.level == "low" and vetoed.indicators == rules.indicators and vetoed.score <= 0.3
    off = RiskNet(examples, veto_threshold=0.0)
    assert off.apply(calm, tokenize(calm), rules) is rules
    # A risky message the rules read high stays high.
    risky = "the owner of the farm keeps our passports in his safe and we have not seen money since spring"
    held = Risk("high", 0.7, (Indicator("document_retention", "keeps our passports"),))
    assert net.score(tokenize(risky)).escalation >= VETO_FOR_TESTS
    assert net.apply(risky, tokenize(risky), held) is held


def test_the_shipped_veto_spares_the_risky_twin_it_scores_lowest(with_net: Analyzer) -> None:
    # The closest call among the round tests' risky twins (nlu/net.py, VETO_THRESHOLD): a copy made and the
    # original kept. Each retraining moved it nearer the threshold; since the eighth session the veto's
    # guard (an original named beside a kept document, below) keeps it high whatever it scores.
    text = "they made a copy of my passport and kept the original in the office safe"
    assert len(tokenize(text)) >= VETO_MIN_WORDS
    assert with_net.parse(text).risk.level == "high"


@pytest.mark.parametrize(("kept", "plain"), [
    ("they gave me a photocopy and kept the original passport in the office",
     "they gave me a photocopy and kept the passport in the office for the visa"),
    ("dali mi tylko kserówkę, a oryginał paszportu koordynator trzyma u siebie w biurze od marca",
     "dali mi tylko kserówkę, a paszport koordynator trzyma u siebie w biurze do złożenia wizy"),
])
def test_the_veto_leaves_a_kept_original_standing(with_net: Analyzer, monkeypatch: pytest.MonkeyPatch,
                                                  kept: str, plain: str) -> None:
    # "Copy" is calm in most messages, so a kept original told beside a copy can score nearly calm (the
    # first: 0.0025 with the net on A-BN, under the shipped threshold). The veto, forced wide open here,
    # lowers the same sentence without the original, and leaves the one that names it high.
    assert with_net.net is not None
    monkeypatch.setattr(with_net.net, "veto_threshold", 1.0)
    assert len(tokenize(kept)) >= VETO_MIN_WORDS and len(tokenize(plain)) >= VETO_MIN_WORDS
    assert with_net.parse(kept).risk.level == "high"
    assert with_net.parse(plain).risk.level == "low"


def test_keeps_the_rules_indicators_when_raising(net: RiskNet) -> None:
    text = "the owner of the farm keeps us in the barracks and we have not seen any money since spring"
    rules = Risk("low", 0.3, (Indicator("no_contract", "no contract"),))
    risk = net.apply(text, tokenize(text), rules)
    assert risk.level == "high" and risk.score >= 0.7
    assert Indicator("no_contract", "no contract") in risk.indicators


def test_a_messages_scores_from_cached_words_equal_those_of_its_feature_set(net: RiskNet) -> None:
    """The per-word cache (`probabilities_of`) gives the scores of the message's feature set, float for float:
    words repeated, words sharing character n-grams, a word that is also another's n-gram, many words."""
    from nlu.net import _NaiveBayesOdds

    model = net.escalation
    assert isinstance(model, _NaiveBayesOdds)
    texts = ["they took my passport and my passports, passport passport",
             "in win wind window: w in",
             "szef zabrał paszport, nie oddaje, nie płaci już trzy miesiące",
             "хозяин забрал паспорт " * 150,
             "x", ""]
    for text in texts:
        norms = [t.norm for t in tokenize(text)][:200]
        for _ in range(2):  # the second time from the cache
            assert model.probabilities_of(norms) == model.probabilities(features(norms))
