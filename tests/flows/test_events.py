"""The dialogue's structured events: what the handoff (issue 6) queues and metrics count."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.dialogue import Dialogue
from bot.i18n import Catalogs
from bot.messages import InboundMessage


@dataclass(frozen=True)
class FakeRisk:
    level: str


@dataclass(frozen=True)
class FakeNlu:
    """Only what the dialogue reads from nlu.NluResult."""

    language: str = "en"
    intent: str = "out_of_scope"
    intent_confidence: float = 0.9
    risk: FakeRisk = FakeRisk("none")


CONFIRMED: dict[str, Any] = {"language": "en", "language_confirmed": True, "greeted": True}


def handoffs(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: e[k] for k in ("reason", "level")} for e in events if e["type"] == "handoff"]


def test_every_way_to_a_person_asks_for_one_with_a_reason(catalogs: Catalogs) -> None:
    dialogue = Dialogue(catalogs)

    def text(words: str, nlu: FakeNlu | None = None) -> list[dict[str, Any]]:
        return dialogue.respond(CONFIRMED, InboundMessage("web", "c", text=words), nlu).events

    def button(button_id: str) -> list[dict[str, Any]]:
        return dialogue.respond(CONFIRMED, InboundMessage("web", "c", button=button_id)).events

    assert handoffs(button("f:menu:main:talk")) == [{"reason": "requested", "level": None}]
    assert handoffs(button("f:situation:age:y")) == [{"reason": "minor", "level": "high"}]
    assert handoffs(text("SOS")) == [{"reason": "emergency", "level": "critical"}]
    assert text("SOS")[0] == {"type": "emergency", "trigger": "words"}
    assert text("they hit me", FakeNlu(risk=FakeRisk("critical")))[0]["trigger"] == "risk"
    assert handoffs(text("they keep my passport", FakeNlu(risk=FakeRisk("high")))) == [
        {"reason": "risk", "level": "high"}
    ]
    assert handoffs(text("is this offer ok", FakeNlu(risk=FakeRisk("low")))) == []
    assert button("f:nope:x:y") == [{"type": "unknown_button"}]


def test_a_guess_of_the_nlu_does_not_move_the_user(catalogs: Catalogs) -> None:
    dialogue = Dialogue(catalogs)
    unsure = FakeNlu(intent="rights", intent_confidence=0.2)
    turn = dialogue.respond(CONFIRMED, InboundMessage("web", "c", text="hmm"), unsure)
    assert turn.events == [{"type": "not_understood"}]
    sure = FakeNlu(intent="rights", intent_confidence=0.9)
    turn = dialogue.respond(CONFIRMED, InboundMessage("web", "c", text="my rights"), sure)
    assert turn.state["run"]["flow"] == "rights"


def test_a_conversation_saved_in_a_flow_that_no_longer_exists_goes_on(catalogs: Catalogs) -> None:
    dialogue = Dialogue(catalogs)
    old = {**CONFIRMED, "run": {"flow": "gone", "node": "q1", "answers": {}}, "paused": {"flow": "gone"}}
    for inbound in (
        InboundMessage("web", "c", text="yes"),
        InboundMessage("web", "c", text="back"),
        InboundMessage("web", "c", button="resume"),
        InboundMessage("web", "c", button="f:gone:q1:y"),
    ):
        turn = dialogue.respond(old, inbound)
        assert turn.replies and turn.replies[-1].buttons  # a way on, never a crash


def test_a_low_risk_offers_the_offer_checker_in_every_language(catalogs: Catalogs) -> None:
    from bot.languages import LANGUAGES

    dialogue = Dialogue(catalogs)
    for lang in LANGUAGES:
        state = {**CONFIRMED, "language": lang}
        turn = dialogue.respond(
            state, InboundMessage("web", "c", text="..."), FakeNlu(lang, risk=FakeRisk("low"))
        )
        assert turn.replies[0].text == catalogs.text(lang, "hint.offer")
        assert [b.title for b in turn.replies[0].buttons] == [
            catalogs.text(lang, "btn.offer"),
            catalogs.text(lang, "btn.menu"),
        ]
        assert turn.events[0] == {"type": "risk", "level": "low"}
