"""The channel-neutral dialogue: one inbound message and the conversation's state in, replies out.

It knows nothing of channels (they only see ``OutboundMessage``) and nothing of storage (the
service loads and saves the state around it). Everything the user reads comes from the catalogs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .i18n import N_, Catalogs
from .languages import DEFAULT_LANGUAGE, LANGUAGES, display_name, normalise_language
from .messages import Button, InboundMessage

__all__ = ["LANGUAGE_WORDS", "Dialogue", "Reply", "Turn", "normalise_command"]

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
LANGUAGE_BUTTON_PREFIX = "lang:"


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
    """What the dialogue decided: replies in order, the new state and the language."""

    replies: list[Reply]
    state: dict[str, Any]
    language: str | None
    events: list[str] = field(default_factory=list)


class Dialogue:
    """Decides replies. Pure: no I/O, so it is fast and easy to test."""

    def __init__(self, catalogs: Catalogs) -> None:
        self.catalogs = catalogs

    # -- building blocks -------------------------------------------------------------------------

    def language_buttons(self) -> tuple[Button, ...]:
        return tuple(Button(f"{LANGUAGE_BUTTON_PREFIX}{code}", display_name(code)) for code in LANGUAGES)

    def greeting(self, language: str | None) -> Reply:
        lang = language or DEFAULT_LANGUAGE
        return Reply(self.catalogs.text(lang, N_("greeting")), self.language_buttons())

    def menu(self, language: str) -> Reply:
        t = self.catalogs.text
        return Reply(
            t(language, N_("menu.placeholder")),
            (Button(BUTTON_LANGUAGE_MENU, t(language, N_("button.language"))),),
        )

    # -- the turn ----------------------------------------------------------------------------------

    def start(self, language_hint: str | None) -> Turn:
        """A new conversation: greet in the hinted language and offer all seven."""
        hint = normalise_language(language_hint)
        state = {"language": hint, "language_confirmed": False}
        return Turn([self.greeting(hint)], state, hint)

    def respond(self, state: dict[str, Any], inbound: InboundMessage, detected: str | None = None) -> Turn:
        """One step. ``detected`` is the language the NLU read in the message, if any."""
        state = dict(state)
        language: str | None = state.get("language")

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
                events=["media"],
            )
        if normalise_command(text) in LANGUAGE_WORDS:
            lang = language or normalise_language(inbound.language_hint) or detected or DEFAULT_LANGUAGE
            return Turn(
                [Reply(self.catalogs.text(lang, N_("language.choose")), self.language_buttons())],
                state,
                language,
            )

        if not state.get("language_confirmed"):
            # First words before any choice: follow the language they are written in.
            lang = detected or language or normalise_language(inbound.language_hint) or DEFAULT_LANGUAGE
            state["language"] = lang
            if not state.get("greeted"):
                state["greeted"] = True
                return Turn([self.greeting(lang)], state, lang)
            return Turn([self.menu(lang)], state, lang)

        assert language is not None
        return Turn([self.menu(language)], state, language)

    def _on_button(self, state: dict[str, Any], button: str, language: str | None) -> Turn:
        if button.startswith(LANGUAGE_BUTTON_PREFIX) and button[len(LANGUAGE_BUTTON_PREFIX) :] in LANGUAGES:
            lang = button[len(LANGUAGE_BUTTON_PREFIX) :]
            state.update(language=lang, language_confirmed=True, greeted=True)
            confirm = Reply(self.catalogs.text(lang, N_("language.set"), language=display_name(lang)))
            return Turn([confirm, self.menu(lang)], state, lang, events=["language_set"])
        lang = language or DEFAULT_LANGUAGE
        if button == BUTTON_LANGUAGE_MENU:
            return Turn(
                [Reply(self.catalogs.text(lang, N_("language.choose")), self.language_buttons())],
                state,
                language,
            )
        if button == BUTTON_MENU:
            return Turn([self.menu(lang)], state, language)
        # A button we no longer offer (an old message, a forged request): say so and show the menu.
        return Turn(
            [Reply(self.catalogs.text(lang, N_("button.unknown"))), self.menu(lang)],
            state,
            language,
            events=["unknown_button"],
        )
