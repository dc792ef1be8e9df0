"""The channel-neutral dialogue: one inbound message and the conversation's state in, replies out.

It knows nothing of channels (they only see ``OutboundMessage``) and nothing of storage (the
service loads and saves the state around it). Everything the user reads comes from the catalogs.
The counselling itself is data: flows/data/*.yaml, run by flows.engine; this module decides which
flow a message leads to (buttons, the words "menu", "back", "language", emergency words, the NLU's
intent and risk) and renders the engine's message ids in the conversation's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Protocol

from flows.engine import Engine, Say, Step
from flows.loader import load_flows
from flows.routing import (
    BACK_WORDS,
    GREETING_WORDS,
    INTENT_FLOWS,
    MENU_WORDS,
    NO_WORDS,
    THANKS_WORDS,
    YES_WORDS,
    is_emergency,
    words_of,
)
from flows.spec import Flow, Run
from nlu import NluResult, choose_language

from .i18n import N_, Catalogs
from .languages import DEFAULT_LANGUAGE, LANGUAGES, display_name, normalise_language
from .messages import Button, InboundMessage
from .privacy import Privacy

__all__ = ["LANGUAGE_WORDS", "NP_", "Dialogue", "Reply", "Turn", "Understood", "normalise_command"]

# Typed alone, any of these opens the language menu, in whatever language the chat is in.
LANGUAGE_WORDS = frozenset(
    {
        "language",
        "lang",
        "languages",
        "/language",
        "język",
        "jezyk",
        "języki",
        "jezyki",
        "мова",
        "мову",
        "mova",
        "язык",
        "yazyk",
        "jazyk",
        "idioma",
        "lengua",
        "limba",
        "limbă",
        "limbi",
        "ngôn ngữ",
        "ngon ngu",
        "tiếng",
        "tieng",
    }
)

BUTTON_LANGUAGE_MENU = "lang"
BUTTON_MENU = "menu"
BUTTON_RESUME = "resume"  # back to the flow an interruption paused
LANGUAGE_BUTTON_PREFIX = "lang:"
INTERRUPTIONS = frozenset({"sos", "concern", "hint"})  # flows that pause the running one
INTENT_MIN = 0.5  # below this the NLU's intent is a guess, not a reason to move


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair of ids for extraction."""
    return singular, plural


FLAGS_FOUND = NP_("result.flags", "result.flags.plural")


class _Risk(Protocol):
    @property
    def level(self) -> str: ...


class Understood(Protocol):
    """What the dialogue reads from the NLU's result (nlu.NluResult has all of it)."""

    @property
    def language(self) -> str: ...
    @property
    def intent(self) -> str: ...
    @property
    def intent_confidence(self) -> float: ...
    @property
    def risk(self) -> _Risk: ...


def normalise_command(text: str) -> str:
    """Lower-case, trimmed, without surrounding punctuation: 'Język?' -> 'język'."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    return re.sub(r"^[\W_]+|[\W_]+$", "", text) if not text.startswith("/") else text.split()[0]


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(slots=True)
class Turn:
    """What the dialogue decided: replies in order, the new state and the language.

    ``events`` are structured: ``{"type": "handoff", "reason": ..., "level": ...}`` asks for a
    consultant; others ("flow_result", "emergency", "language_set", "media", "unknown_button",
    "not_understood") are for metrics and consultants.
    """

    replies: list[Reply]
    state: dict[str, Any]
    language: str | None
    events: list[dict[str, Any]] = field(default_factory=list)


class Dialogue:
    """Decides replies. Pure: no I/O, so it is fast and easy to test."""

    def __init__(self, catalogs: Catalogs, flows: dict[str, Flow] | None = None) -> None:
        self.catalogs = catalogs
        self.engine = Engine(flows if flows is not None else load_flows())
        self.privacy = Privacy(catalogs)

    # -- building blocks -------------------------------------------------------------------------

    def language_buttons(self) -> tuple[Button, ...]:
        return tuple(Button(f"{LANGUAGE_BUTTON_PREFIX}{code}", display_name(code)) for code in LANGUAGES)

    def greeting(self, language: str | None) -> Reply:
        lang = language or DEFAULT_LANGUAGE
        return Reply(self.catalogs.text(lang, N_("greeting")), self.language_buttons())

    def render(self, language: str, say: Say, flags: int = 0) -> Reply:
        """One engine message in ``language``: texts, advice, numbers; buttons and tel: links."""
        t = self.catalogs.text
        parts = []
        if flags:
            parts.append(self.catalogs.plural(language, *FLAGS_FOUND, flags))
        parts += [t(language, m) for m in say.text]
        if say.advice:
            parts.append("\n".join(f"• {t(language, m)}" for m in say.advice))
        if say.numbers:
            lines = []
            for n in say.numbers:
                note = f" ({t(language, n.note)})" if n.note else ""
                lines.append(f"☎ {t(language, n.label)}: {n.number}{note}")
            parts.append("\n".join(lines))
        buttons = [Button(f"call:{n.url[4:]}", t(language, n.label), n.url) for n in say.numbers]
        buttons += [Button(bid, t(language, title)) for bid, title in say.buttons]
        if say.flow == "menu":
            buttons.append(Button(BUTTON_LANGUAGE_MENU, t(language, N_("button.language"))))
        return Reply("\n\n".join(parts), tuple(buttons))

    def menu(self, language: str) -> Reply:
        return self._show(language, self.engine.enter("menu"))[0]

    def _show(self, language: str, step: Step) -> list[Reply]:
        flags = 0
        if step.run is not None and any(e["type"] == "flow_result" for e in step.events):
            flags = len(step.run.flags)
        return [self.render(language, say, flags) for say in step.says]

    # -- the turn ----------------------------------------------------------------------------------

    def start(self, language_hint: str | None) -> Turn:
        """A new conversation: greet in the hinted language and offer all seven."""
        hint = normalise_language(language_hint)
        state = {"language": hint, "language_confirmed": False}
        return Turn([self.greeting(hint)], state, hint)

    def respond(self, state: dict[str, Any], inbound: InboundMessage, nlu: Understood | None = None) -> Turn:
        """One step. ``nlu`` is what the NLU read in a typed message, if it ran."""
        state = dict(state)
        language: str | None = state.get("language")
        detected = nlu.language if nlu is not None and nlu.language in LANGUAGES else None
        private = self.privacy.respond(state, inbound, language or normalise_language(inbound.language_hint))
        if private is not None:  # "forget me", "hide this chat" (bot/privacy.py) come first
            replies = [Reply(text, buttons) for text, buttons in private.replies]
            return Turn(replies, private.state, language, private.events)

        if inbound.button:
            return self._on_button(state, inbound.button, language)

        text = inbound.text or ""
        if inbound.attachments and not text.strip():
            # A photo, voice note, file, sticker or place: kept for a consultant, but we read only text.
            lang = language or normalise_language(inbound.language_hint) or DEFAULT_LANGUAGE
            return Turn(
                [Reply(self.catalogs.text(lang, N_("media.unsupported"))), self.menu(lang)],
                state,
                language,
                events=[{"type": "media"}],
            )
        command = normalise_command(text)
        if command in LANGUAGE_WORDS:
            lang = language or normalise_language(inbound.language_hint) or detected or DEFAULT_LANGUAGE
            return Turn(
                [Reply(self.catalogs.text(lang, N_("language.choose")), self.language_buttons())],
                state,
                language,
            )

        if not state.get("language_confirmed"):
            # First words before any choice: follow the language they are written in, unless the
            # message is too short to tell and we already have a hint (nlu.choose_language).
            if isinstance(nlu, NluResult):
                detected = choose_language(language, nlu)
            language = detected or language or normalise_language(inbound.language_hint) or DEFAULT_LANGUAGE
            state["language"] = language
        assert language is not None
        lang = language

        risk = nlu.risk.level if nlu is not None else "none"
        intent = nlu.intent if nlu is not None and nlu.intent_confidence >= INTENT_MIN else None
        if is_emergency(text) or intent == "emergency" or risk == "critical":
            # Danger now: 112 and KCIK before anything else, from any point.
            state["greeted"] = True
            trigger = "risk" if risk == "critical" else "intent" if intent == "emergency" else "words"
            return self._interrupt(state, lang, "sos", {"type": "emergency", "trigger": trigger})

        if not state.get("language_confirmed") and not state.get("greeted"):
            state["greeted"] = True
            return Turn([self.greeting(lang)], state, lang)

        said = words_of(text)
        run = Run.from_state(state.get("run"))
        if said in MENU_WORDS or command in MENU_WORDS:
            return self._step(state, lang, self.engine.enter("menu"))
        if said in BACK_WORDS or command in BACK_WORDS:
            back = self.engine.back(run) if run is not None else None
            return self._step(state, lang, back or self.engine.enter("menu"))
        if risk == "high":
            return self._interrupt(state, lang, "concern", {"type": "risk", "level": "high"})
        value = "yes" if said in YES_WORDS or intent == "affirm" else None
        value = "no" if said in NO_WORDS or intent == "deny" else value
        if value is not None and run is not None:  # a typed answer to the question on screen
            flow = self.engine.flows.get(run.flow)
            node = flow.nodes.get(run.node) if flow is not None else None
            if node is not None and node.type == "question":
                choice = next((c for c in node.choices if c.value == value), None)
                step = self.engine.press(run, f"f:{run.flow}:{run.node}:{choice.id}") if choice else None
                if step is not None:
                    return self._step(state, lang, step)
        if intent in INTENT_FLOWS:
            target = INTENT_FLOWS[intent]
            here = self.engine.current(run) if run is not None and run.flow == target else None
            # Already in that flow (words about the offer while checking it): stay on the question.
            return self._step(state, lang, here or self.engine.enter(target))
        if intent in ("thanks", "goodbye") or said in THANKS_WORDS:
            reply = N_("reply.goodbye") if intent == "goodbye" else N_("reply.thanks")
            return Turn([Reply(self.catalogs.text(lang, reply)), self.menu(lang)], state, lang)
        if said in GREETING_WORDS:
            return self._step(state, lang, self.engine.enter("menu"))
        if risk == "low":
            return self._interrupt(state, lang, "hint", {"type": "risk", "level": "low"})
        return Turn(
            [Reply(self.catalogs.text(lang, N_("reply.not_understood"))), self.menu(lang)],
            state,
            lang,
            events=[{"type": "not_understood"}],
        )

    # -- moving through flows ----------------------------------------------------------------------

    def _step(
        self, state: dict[str, Any], lang: str, step: Step, events: list[dict[str, Any]] | None = None
    ) -> Turn:
        state["run"] = step.run.to_state() if step.run is not None and step.run.flow != "menu" else None
        return Turn(self._show(lang, step), state, lang, [*(events or []), *step.events])

    def _interrupt(self, state: dict[str, Any], lang: str, flow: str, event: dict[str, Any]) -> Turn:
        """Leave the running flow for ``flow``; a Continue button brings the user back to it."""
        current = state.get("run")
        interrupted = isinstance(current, dict) and current.get("flow") not in INTERRUPTIONS
        paused = current if interrupted else state.get("paused")
        turn = self._step(state, lang, self.engine.enter(flow), [event])
        state["paused"] = paused
        if paused:
            last = turn.replies[-1]
            resume = Button(BUTTON_RESUME, self.catalogs.text(lang, N_("button.resume")))
            turn.replies[-1] = Reply(last.text, (*last.buttons, resume))
        return turn

    def _on_button(self, state: dict[str, Any], button: str, language: str | None) -> Turn:
        if button.startswith(LANGUAGE_BUTTON_PREFIX) and button[len(LANGUAGE_BUTTON_PREFIX) :] in LANGUAGES:
            lang = button[len(LANGUAGE_BUTTON_PREFIX) :]
            state.update(language=lang, language_confirmed=True, greeted=True)
            confirm = Reply(self.catalogs.text(lang, N_("language.set"), language=display_name(lang)))
            return Turn(
                [confirm, self.menu(lang)], state, lang, events=[{"type": "language_set", "language": lang}]
            )
        lang = language or DEFAULT_LANGUAGE
        if button == BUTTON_LANGUAGE_MENU:
            return Turn(
                [Reply(self.catalogs.text(lang, N_("language.choose")), self.language_buttons())],
                state,
                language,
            )
        if button == BUTTON_MENU:
            return self._step(state, lang, self.engine.enter("menu"))
        if button == BUTTON_RESUME:
            paused = Run.from_state(state.pop("paused", None))
            step = self.engine.current(paused) if paused is not None else None
            return self._step(state, lang, step or self.engine.enter("menu"))
        step = self.engine.press(Run.from_state(state.get("run")), button)
        if step is not None:
            return self._step(state, lang, step)
        # A button we no longer offer (an old message, a forged request): say so and show the menu.
        return Turn(
            [Reply(self.catalogs.text(lang, N_("button.unknown"))), self.menu(lang)],
            state,
            language,
            events=[{"type": "unknown_button"}],
        )
