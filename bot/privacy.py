"""The user's own privacy controls, on every channel: "forget me" and "hide this chat".

The dialogue asks ``Privacy.respond`` first (a small hook in bot/dialogue.py); it answers only the
privacy words and buttons and returns ``None`` for everything else.

- "forget me" (the words in every language, ``/forget``, or the button) asks for confirmation; on
  "yes" the turn's state is ``{FORGET: True}`` and the store erases the conversation right after
  writing that turn (bot/retention.py ``forget``): transcript, cases, notes, review data and outbox
  rows go, one anonymous count stays. The chat itself remains reachable, so the confirmation still
  arrives, and the next message starts from the beginning.
- "hide this chat": on Telegram the adapter deletes the messages the bot sent in the last 48 hours
  (``deleteMessage``) and the reply explains how to delete the chat and why; WhatsApp cannot delete
  on the user's phone, so it gets clear advice instead; the web chat gets advice for the browser.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .i18n import N_, Catalogs
from .languages import DEFAULT_LANGUAGE
from .messages import Button, InboundMessage

__all__ = [
    "BUTTON_FORGET",
    "BUTTON_FORGET_NO",
    "BUTTON_FORGET_YES",
    "BUTTON_HIDE",
    "BUTTON_PRIVACY",
    "FORGET",
    "HIDE_WINDOW_HOURS",
    "Privacy",
    "PrivacyTurn",
    "keep_profile_name",
    "wants_hide",
]

log = logging.getLogger(__name__)

FORGET = "forget_me"  # a state key: the store erases the conversation after this turn
HIDE_WINDOW_HOURS = 48  # Telegram lets a bot delete its messages for 48 hours

BUTTON_PRIVACY = "privacy"
BUTTON_FORGET = "privacy:forget"
BUTTON_FORGET_YES = "privacy:forget:yes"
BUTTON_FORGET_NO = "privacy:forget:no"
BUTTON_HIDE = "privacy:hide"

PRIVACY_WORDS = frozenset(
    {
        "privacy",
        "/privacy",
        "prywatność",
        "prywatnosc",
        "приватність",
        "pryvatnist",
        "конфиденциальность",
        "приватность",
        "privacidad",
        "confidențialitate",
        "confidentialitate",
        "intimitate",
        "quyền riêng tư",
        "quyen rieng tu",
    }
)
FORGET_WORDS = frozenset(
    {
        "forget me",
        "/forget",
        "delete my data",
        "erase my data",
        "delete me",
        "zapomnij mnie",
        "usuń moje dane",
        "usun moje dane",
        "usuń mnie",
        "забудь мене",
        "забудьте мене",
        "видали мої дані",
        "видаліть мої дані",
        "забудь меня",
        "забудьте меня",
        "удали мои данные",
        "удалите мои данные",
        "olvídame",
        "olvidame",
        "borra mis datos",
        "borrar mis datos",
        "uită-mă",
        "uita-ma",
        "șterge datele mele",
        "sterge datele mele",
        "quên tôi đi",
        "quen toi di",
        "xóa dữ liệu của tôi",
        "xoa du lieu cua toi",
    }
)
HIDE_WORDS = frozenset(
    {
        "hide this chat",
        "hide chat",
        "/hide",
        "ukryj czat",
        "ukryj rozmowę",
        "ukryj rozmowe",
        "сховати чат",
        "сховай чат",
        "скрыть чат",
        "скрой чат",
        "ocultar chat",
        "oculta el chat",
        "ocultar el chat",
        "ascunde chatul",
        "ascunde conversația",
        "ascunde conversatia",
        "ẩn cuộc trò chuyện",
        "an cuoc tro chuyen",
        "ẩn chat",
    }
)


def _said(text: str | None) -> str:
    """Lower-case words without punctuation around them: 'Forget me!' -> 'forget me'."""
    value = unicodedata.normalize("NFC", text or "").strip().lower()
    if value.startswith("/"):
        return value.split()[0].split("@")[0]
    value = re.sub(r"^[^\w]+|[^\w]+$", "", value)
    return re.sub(r"\s+", " ", value)


def wants_hide(text: str | None, button: str | None) -> bool:
    """The user asks to hide this chat (button or words); the Telegram adapter deletes messages."""
    return button == BUTTON_HIDE or (not button and _said(text) in HIDE_WORDS)


async def keep_profile_name(
    store: Any, replies: list[Any], name: str | None, button: str | None = None
) -> None:
    """Keep the user's platform name (encrypted) after a turn, so reviewers see it masked; not after
    the turn that forgot them; a failure here never costs a message."""
    if not replies or not name or not name.strip() or button == BUTTON_FORGET_YES:
        return
    try:
        await store.set_profile_name(replies[0].conversation_id, name)
    except Exception:
        log.warning("could not keep a profile name")


@dataclass(slots=True)
class PrivacyTurn:
    """What the dialogue returns for a privacy request: replies (text, buttons), state, events."""

    replies: list[tuple[str, tuple[Button, ...]]]
    state: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)


class Privacy:
    """Answers the privacy words and buttons; pure, like the dialogue."""

    def __init__(self, catalogs: Catalogs) -> None:
        self.catalogs = catalogs

    def respond(
        self, state: dict[str, Any], inbound: InboundMessage, language: str | None
    ) -> PrivacyTurn | None:
        """A privacy turn, or ``None``. Drops a done erase marker from ``state`` (the dialogue's copy):
        a session cache may still hold the state of the turn that erased the conversation."""
        state.pop(FORGET, None)
        lang = language or DEFAULT_LANGUAGE
        t = self.catalogs.text
        button = inbound.button
        said = "" if button else _said(inbound.text)
        if button == BUTTON_PRIVACY or said in PRIVACY_WORDS:
            buttons = (
                Button(BUTTON_FORGET, t(lang, N_("button.privacy.forget"))),
                Button(BUTTON_HIDE, t(lang, N_("button.privacy.hide"))),
            )
            return PrivacyTurn([(t(lang, N_("privacy.menu")), buttons)], dict(state))
        if button == BUTTON_FORGET or said in FORGET_WORDS:
            buttons = (
                Button(BUTTON_FORGET_YES, t(lang, N_("button.privacy.forget.yes"))),
                Button(BUTTON_FORGET_NO, t(lang, N_("button.privacy.forget.no"))),
            )
            return PrivacyTurn(
                [(t(lang, N_("privacy.forget.ask")), buttons)], {**state, "forget_asked": True}
            )
        if button == BUTTON_FORGET_YES:
            if not state.get("forget_asked"):  # an old button: ask again rather than erase
                return self.respond(
                    state,
                    InboundMessage(inbound.channel, inbound.conversation_id, button=BUTTON_FORGET),
                    language,
                )
            return PrivacyTurn(
                [(t(lang, N_("privacy.forget.done")), ())], {FORGET: True}, [{"type": "forget_me"}]
            )
        if button == BUTTON_FORGET_NO:
            kept = {k: v for k, v in state.items() if k != "forget_asked"}
            return PrivacyTurn([(t(lang, N_("privacy.forget.kept")), ())], kept)
        if wants_hide(inbound.text, inbound.button):
            advice = {
                "telegram": N_("privacy.hide.telegram"),
                "whatsapp": N_("privacy.hide.whatsapp"),
            }.get(inbound.channel, N_("privacy.hide.web"))
            return PrivacyTurn([(t(lang, advice), ())], dict(state), [{"type": "hide_chat"}])
        return None
