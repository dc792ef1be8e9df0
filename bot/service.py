"""The one path every message takes: inbound -> NLU -> dialogue -> transcript -> outbound.

Channel adapters call ``Helpline.start`` for a new conversation and ``Helpline.handle`` for each
message. The user's message is written to the transcript before anything else can fail, and the
replies are written before they are returned, so nothing a user wrote is lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .dialogue import Dialogue, Reply, Turn
from .i18n import N_
from .live import LiveHub
from .locks import KeyedLock
from .messages import InboundMessage, OutboundMessage
from .metrics import Metrics
from .sessions import SessionCache
from .store import ConversationRecord, ConversationStore

__all__ = ["Handled", "Helpline", "Understand", "Understanding"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the NLU read in one message, as stored on its transcript row."""

    language: str | None
    summary: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Handled:
    """The bot's replies to one message (already stored) and the conversation's language after it."""

    replies: list[OutboundMessage]
    language: str | None


Understand = Callable[[str, str | None], Awaitable[Understanding | None]]


async def _no_nlu(_text: str, _hint: str | None) -> Understanding | None:
    return None


class Helpline:
    """Owns a turn: locking, storage, NLU, dialogue, metrics. Channels stay outside."""

    def __init__(
        self,
        store: ConversationStore,
        dialogue: Dialogue,
        cache: SessionCache,
        metrics: Metrics,
        live: LiveHub,
        understand: Understand = _no_nlu,
    ) -> None:
        self.store = store
        self.dialogue = dialogue
        self.cache = cache
        self.metrics = metrics
        self.live = live
        self.understand = understand
        self._locks = KeyedLock()

    async def start(
        self,
        channel: str,
        *,
        language_hint: str | None = None,
        external_id: str | None = None,
        token_hash: str | None = None,
        campaign: str | None = None,
    ) -> tuple[ConversationRecord, list[OutboundMessage]]:
        """Open a conversation and greet."""
        turn = self.dialogue.start(language_hint)
        conv = await self.store.create(
            channel,
            external_id=external_id,
            token_hash=token_hash,
            language=turn.language,
            campaign=campaign,
            state=turn.state,
        )
        out = await self._finish(conv, turn)
        return conv, out

    async def handle(self, conv: ConversationRecord, inbound: InboundMessage) -> Handled:
        """One user message in, the bot's replies out (already stored)."""
        started = time.perf_counter()
        self.metrics.messages.labels(inbound.channel, "in").inc()
        async with self._locks.hold(conv.id):
            understanding: Understanding | None = None
            if inbound.text:
                try:
                    understanding = await self.understand(inbound.text, inbound.language_hint)
                except Exception:  # the NLU must never cost a user their message
                    log.exception("nlu failed; continuing without it")
                    self.metrics.errors.labels("nlu").inc()
            payload: dict[str, Any] = {}
            if inbound.button:
                payload["button"] = inbound.button
            if inbound.attachments:
                payload["attachments"] = list(inbound.attachments)
            if understanding is not None:
                payload["nlu"] = understanding.summary
            await self.store.append(conv.id, "in", "user", inbound.text or "", payload)

            state = await self.cache.get(conv.id)
            if state is None:
                fresh = await self.store.get(conv.id)
                state = fresh.state if fresh else conv.state
            try:
                turn = self.dialogue.respond(
                    state, inbound, understanding.language if understanding else None
                )
            except Exception:
                log.exception("dialogue failed")
                self.metrics.errors.labels("dialogue").inc()
                lang = state.get("language")
                turn = Turn([Reply(self.dialogue.catalogs.text(lang, N_("error.generic")))], state, lang)
            out = await self._finish(conv, turn)
        self.metrics.latency.labels(inbound.channel).observe(time.perf_counter() - started)
        return Handled(out, turn.language)

    async def _finish(self, conv: ConversationRecord, turn: Turn) -> list[OutboundMessage]:
        rows = [
            ("bot", reply.text, {"buttons": [b.to_dict() for b in reply.buttons]}) for reply in turn.replies
        ]
        ids = await self.store.finish_turn(conv.id, outbound=rows, state=turn.state, language=turn.language)
        await self.cache.set(conv.id, turn.state)
        self.metrics.messages.labels(conv.channel, "out").inc(len(turn.replies))
        return [
            OutboundMessage(conv.id, reply.text, reply.buttons, message_id=mid)
            for reply, mid in zip(turn.replies, ids, strict=True)
        ]
