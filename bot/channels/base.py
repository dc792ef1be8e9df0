"""What every push channel shares: the adapter contract and the one inbound path.

A ``ChannelAdapter`` turns its platform's webhook into ``Incoming`` events (handed to the
``Receiver``) and delivers outbox rows back to the platform (``Sender.deliver``). The ``Receiver``
de-duplicates, finds or opens the conversation, lets ``Helpline`` run the turn and writes the replies
to the outbox, all before the webhook is answered: a crash after the 200 still delivers.
"""

from __future__ import annotations

import asyncio
import logging
import re
from abc import abstractmethod
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, ClassVar

from aiohttp import web
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from ..dedup import Claim, Dedup
from ..errors import HelplineError
from ..languages import LANGUAGES
from ..messages import Button, InboundMessage, OutboundMessage
from ..outbox import Outbox, OutboxItem, Sender
from ..service import Helpline, WithReplies
from ..store import ConversationRecord

__all__ = [
    "CAMPAIGN_CODE",
    "CHANNELS",
    "ChannelAdapter",
    "InFlight",
    "Incoming",
    "Receiver",
    "campaign_language",
]

log = logging.getLogger(__name__)

CAMPAIGN_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
BUTTON_MENU = "menu"
BUTTON_LANGUAGE_MENU = "lang"


class InFlight(HelplineError):
    """The same update is being processed right now; the platform should deliver it again later."""


def campaign_language(code: str) -> str | None:
    """A language named as one part of a campaign code: 'uk', 'poster-uk', 'fb_2026_vi' -> uk, uk, vi."""
    for part in re.split(r"[_-]", code.lower()):
        if part in LANGUAGES:
            return part
    return None


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a user did on a platform, already read from its wire format."""

    channel: str
    chat_id: str
    dedup_key: str | None
    text: str | None = None
    button: str | None = None
    language_hint: str | None = None
    external_id: str | None = None
    attachments: tuple[dict[str, Any], ...] = ()
    start: bool = False  # /start: open the conversation with a greeting
    campaign: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def outbound_payload(message: OutboundMessage, language: str | None) -> dict[str, Any]:
    return {
        "text": message.text,
        "buttons": [b.to_dict() for b in message.buttons],
        "language": language,
        "sender": message.sender,
    }


class Receiver:
    """The inbound path shared by every channel; clients are passed in."""

    def __init__(
        self,
        helpline: Helpline,
        outbox: Outbox,
        dedup: Dedup,
        cache_size: int = 10_000,
        concurrency: int = 8,
    ) -> None:
        self.helpline = helpline
        self.outbox = outbox
        self.dedup = dedup
        # Turns at once: more would only queue inside SQLite's lock (with its sleeping busy handler)
        # instead of in order here.
        self._turns = asyncio.Semaphore(concurrency)
        self._convs: OrderedDict[tuple[str, str], ConversationRecord] = OrderedDict()
        self._cache_size = cache_size

    async def receive(self, event: Incoming) -> list[OutboundMessage]:
        """Process one event once; returns the replies queued (empty for a redelivery)."""
        async with self._turns:
            return await self._receive(event)

    async def _receive(self, event: Incoming) -> list[OutboundMessage]:
        if event.dedup_key:
            claim = await self.dedup.claim(event.dedup_key)
            if claim is Claim.DONE:
                return []
            if claim is Claim.IN_FLIGHT:
                raise InFlight(event.dedup_key)
        done = self.dedup.done_statement(event.dedup_key) if event.dedup_key else None
        written: list[OutboxItem] | None = None

        async def queue(
            conn: AsyncConnection,
            conv: ConversationRecord,
            replies: list[OutboundMessage],
            language: str | None,
        ) -> None:  # the outbox rows and the done mark commit with the turn's replies and state
            nonlocal written
            rows = [(m.message_id, outbound_payload(m, language)) for m in replies]
            written = await self.outbox.write(conn, conv.id, event.channel, event.chat_id, rows, also=done)

        try:
            replies, language, conv = await self._turn(event, queue)
            if written is not None:
                self.outbox.schedule(written)
            else:  # a turn without a transaction of its own for them (a greeting)
                await self.outbox.enqueue(
                    conv.id,
                    event.channel,
                    event.chat_id,
                    [(m.message_id, outbound_payload(m, language)) for m in replies],
                    also=done,
                )
        except BaseException:
            if event.dedup_key:
                await self.dedup.release(event.dedup_key)
            raise
        if event.dedup_key and (done is None or self.dedup.cached):
            await self.dedup.done(event.dedup_key)
        return replies

    async def push(self, conv: ConversationRecord, messages: list[OutboundMessage]) -> None:
        """Helpline's pusher for this channel: a consultant's message goes through the outbox too."""
        if conv.external_id is None:
            raise ValueError(f"conversation {conv.id} has no chat on {conv.channel}")
        fresh = await self.helpline.store.get(conv.id)
        language = fresh.language if fresh else conv.language
        await self.outbox.enqueue(
            conv.id,
            conv.channel,
            conv.external_id,
            [(m.message_id, outbound_payload(m, language)) for m in messages],
        )

    async def _turn(
        self, event: Incoming, then: WithReplies
    ) -> tuple[list[OutboundMessage], str | None, ConversationRecord]:
        store = self.helpline.store
        conv = await self._conversation(event.channel, event.chat_id)
        if event.start and conv is None:
            hint = (campaign_language(event.campaign) if event.campaign else None) or event.language_hint
            try:
                conv, replies = await self.helpline.start(
                    event.channel, language_hint=hint, external_id=event.chat_id, campaign=event.campaign
                )
                self._remember(conv)
                return replies, conv.language, conv
            except IntegrityError:  # the chat's first message raced in a moment ago
                conv = await store.get_by_external(event.channel, event.chat_id)
        button = event.button
        if event.start:
            # /start again in a conversation that exists: keep a new campaign and show the menu
            # (or the languages when the link names one).
            assert conv is not None
            if event.campaign:
                await store.set_campaign(conv.id, event.campaign)
            language = campaign_language(event.campaign) if event.campaign else None
            button = f"lang:{language}" if language else BUTTON_MENU
        if conv is None:  # looked up just now: create it, unless another worker just did
            try:
                conv = await store.create(event.channel, external_id=event.chat_id)
            except IntegrityError:
                conv, _ = await store.get_or_create_external(event.channel, event.chat_id)
            self._remember(conv)
        inbound = InboundMessage(
            channel=event.channel,
            conversation_id=conv.id,
            text=None if event.start else event.text,
            button=button,
            language_hint=event.language_hint,
            external_id=event.external_id,
            delivery_id=event.dedup_key,
            attachments=event.attachments,
            meta=event.meta,
        )
        handled = await self.helpline.handle(conv, inbound, then=then)
        return handled.replies, handled.language, conv

    async def _conversation(self, channel: str, chat_id: str) -> ConversationRecord | None:
        key = (channel, chat_id)
        found = self._convs.get(key)
        if found is not None:
            self._convs.move_to_end(key)
            return found
        found = await self.helpline.store.get_by_external(channel, chat_id)
        if found is not None:
            self._remember(found)
        return found

    def _remember(self, conv: ConversationRecord) -> None:
        if conv.external_id is None:
            return
        self._convs[(conv.channel, conv.external_id)] = conv
        while len(self._convs) > self._cache_size:
            self._convs.popitem(last=False)


def link_lines(buttons: list[dict[str, Any]], allowed: tuple[str, ...]) -> tuple[list[dict[str, Any]], str]:
    """Buttons a platform can show, and text lines for links it cannot (a tel: link on Telegram)."""
    kept: list[dict[str, Any]] = []
    lines: list[str] = []
    for button in buttons:
        url = button.get("url")
        if url and not url.startswith(allowed):
            target = url.split(":", 1)[1] if url.startswith("tel:") else url
            lines.append(f"{button.get('title', '')}: {target}")
        else:
            kept.append(button)
    return kept, "\n".join(lines)


class ChannelAdapter(Sender):
    """One platform. Subclasses read the platform's webhook (``webhook``), turn each update into an
    ``Incoming`` for ``self.receiver``, and deliver outbox rows (``deliver``, see ``Sender``).
    ``start`` opens clients and background reading (polling); ``stop`` stops reading new updates;
    ``close`` releases clients after the outbox has stopped. None of them may swallow a failure to
    start: a channel that cannot run must stop the application with a message naming the setting."""

    name: ClassVar[str]

    def __init__(self) -> None:
        self._receiver: Receiver | None = None

    @property
    def receiver(self) -> Receiver:
        if self._receiver is None:
            raise RuntimeError(f"{self.name}: attach() a receiver before use")
        return self._receiver

    def attach(self, receiver: Receiver) -> None:
        self._receiver = receiver

    @abstractmethod
    async def webhook(self, request: web.Request) -> web.StreamResponse:
        """``POST /webhooks/<name>``: check the platform's signature before reading anything."""

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def close(self) -> None:
        pass


CHANNELS = web.AppKey("channels", dict[str, ChannelAdapter])

__all__ += ["Button", "link_lines", "outbound_payload"]
