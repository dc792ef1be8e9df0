"""Channel-neutral messages: what every channel adapter turns its wire format into, and back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Button", "InboundMessage", "OutboundMessage", "Sender"]

Sender = Literal["user", "bot", "consultant", "system"]


@dataclass(frozen=True, slots=True)
class Button:
    """A choice offered to the user. ``id`` is stable and short; ``title`` is already translated."""

    id: str
    title: str
    url: str | None = None  # a link button (tel: or https:) instead of a reply

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "title": self.title}
        if self.url:
            data["url"] = self.url
        return data


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """One thing a user did: typed ``text`` or pressed ``button`` (its id)."""

    channel: str
    conversation_id: str
    text: str | None = None
    button: str | None = None
    language_hint: str | None = None
    external_id: str | None = None  # the platform's message id (WhatsApp marks it read)
    delivery_id: str | None = None  # this delivery's key (a Telegram update): the same on a redelivery
    attachments: tuple[dict[str, Any], ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.text and self.text.strip()) and not self.button and not self.attachments


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """One message for the user, text already in the conversation's language."""

    conversation_id: str
    text: str
    buttons: tuple[Button, ...] = ()
    sender: Sender = "bot"
    message_id: int | None = None  # its transcript row

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "buttons": [b.to_dict() for b in self.buttons]}
        data["sender"] = self.sender
        if self.message_id is not None:
            data["id"] = self.message_id
        return data
