"""The NLU on any text: never raises, a known level, and every piece of evidence is in the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlu import INTENTS, LANGUAGES, LEVELS, load_analyzer

ANALYZER = load_analyzer()
PHRASES = [
    "they took my passport", "zabrali mi paszport", "забрали паспорт", "не платять", "nu mă lasă să plec",
    "me quitaron el pasaporte", "họ giữ hộ chiếu của tôi", "help", "pomocy", "I owe the agency money",
]  # fmt: skip
texts = st.text(max_size=400) | st.lists(
    st.sampled_from(PHRASES) | st.text(max_size=30), min_size=1, max_size=6
).map(" ".join)


@given(text=texts, hint=st.none() | st.sampled_from([*LANGUAGES, "xx", ""]))
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_parse_never_raises_and_evidence_is_quoted(text: str, hint: str | None) -> None:
    result = ANALYZER.parse(text, language_hint=hint)
    assert result.risk.level in LEVELS
    assert result.intent in INTENTS
    assert result.language in LANGUAGES
    assert 0.0 <= result.language_confidence <= 1.0 and 0.0 <= result.intent_confidence <= 1.0
    for indicator in result.risk.indicators:
        assert indicator.evidence and indicator.evidence in text, (indicator, text)
