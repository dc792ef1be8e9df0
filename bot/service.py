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
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncConnection

from .dialogue import Dialogue, Reply, Turn
from .i18n import N_
from .live import LiveHub
from .locks import KeyedLock
from .messages import Button, InboundMessage, OutboundMessage, Sender
from .metrics import Metrics
from .sessions import SessionCache
from .store import ConversationRecord, ConversationStore

__all__ = ["Handled", "HandoffHook", "Helpline", "Pusher", "Understand", "Understanding", "WithReplies"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the NLU read in one message, as stored on its transcript row."""

    language: str | None
    summary: dict[str, Any]
    result: Any = None  # the NLU's own result (nlu.NluResult), which the dialogue reads


@dataclass(frozen=True, slots=True)
class Handled:
    """The bot's replies to one message (already stored) and the conversation's language after it."""

    replies: list[OutboundMessage]
    language: str | None


Understand = Callable[[str, str | None], Awaitable[Understanding | None]]
# Writes more with a turn's replies, in their transaction (a channel's outbox rows): the connection,
# the conversation, the stored replies and the conversation's language after the turn.
WithReplies = Callable[
    [AsyncConnection, ConversationRecord, list[OutboundMessage], str | None], Awaitable[None]
]
Pusher = Callable[[ConversationRecord, list[OutboundMessage]], Awaitable[None]]
Attribute = Callable[[ConversationRecord, str], Awaitable[str | None]]  # campaigns.Attribution
RecordEvents = Callable[[ConversationRecord, list[Any]], Awaitable[None]]  # campaigns.EventLog


class HandoffHook(Protocol):
    """The human handoff around a turn, implemented in handoff/. Called under the conversation's lock.

    ``intercept`` runs after the user's message is stored and before the dialogue: it returns the
    turn to use instead of the dialogue's (a consultant has the case: the bot stays quiet) or None.
    ``after_turn`` sees the dialogue's turn (its handoff events) and returns it, maybe with more
    replies. Neither may lose the user's message; an exception is logged and the bot answers.
    """

    async def intercept(
        self,
        conv: ConversationRecord,
        inbound: InboundMessage,
        state: dict[str, Any],
        nlu: dict[str, Any] | None,
        message_id: int,
    ) -> Turn | None: ...

    async def after_turn(self, conv: ConversationRecord, turn: Turn, nlu: dict[str, Any] | None) -> Turn: ...


def understand_with(analyse: Callable[[str, str | None], Awaitable[Any]]) -> Understand:
    """The NLU hook from an analysis (nlu.rasa.analyse with its analyzer and optional Rasa client):
    the result for the dialogue, and a summary without the text for the transcript."""

    async def understand(text: str, hint: str | None) -> Understanding | None:
        result = await analyse(text, hint)
        summary = result.to_dict()
        summary.pop("text", None)  # the transcript row holds the text already
        return Understanding(result.language, summary, result)

    return understand


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
        self._pushers: dict[str, Pusher] = {"web": self._push_web}
        self.handoff: HandoffHook | None = None
        self.attribute: Attribute | None = None
        self.record_events: RecordEvents | None = None

    def register_pusher(self, channel: str, pusher: Pusher) -> None:
        """How messages that are not an immediate reply (a consultant's) reach a channel's users."""
        self._pushers[channel] = pusher

    async def push(
        self,
        conversation_id: str,
        text: str,
        *,
        sender: Sender = "consultant",
        buttons: tuple[Button, ...] = (),
    ) -> OutboundMessage:
        """Send a message outside a turn: stored in the transcript first, then delivered."""
        conv = await self.store.get(conversation_id)
        if conv is None:
            raise KeyError(conversation_id)
        payload: dict[str, Any] = {"buttons": [b.to_dict() for b in buttons]}
        message_id = await self.store.append(conv.id, "out", sender, text, payload)
        out = OutboundMessage(conv.id, text, buttons, sender=sender, message_id=message_id)
        self.metrics.messages.labels(conv.channel, "out").inc()
        await self._pushers[conv.channel](conv, [out])
        return out

    async def _push_web(self, conv: ConversationRecord, messages: list[OutboundMessage]) -> None:
        # An open page gets it now; a closed one reads it from the transcript when it comes back.
        for message in messages:
            self.live.publish(conv.id, {**message.to_dict(), "direction": "out"})

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

    async def handle(
        self, conv: ConversationRecord, inbound: InboundMessage, *, then: WithReplies | None = None
    ) -> Handled:
        """One user message in, the bot's replies out (already stored, with what ``then`` writes in
        the same transaction)."""
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
            message_id = await self.store.append(
                conv.id, "in", "user", inbound.text or "", payload, external_id=inbound.delivery_id
            )
            if self.attribute is not None and inbound.text and conv.campaign is None:
                try:  # a campaign code typed in the first messages (campaigns/); never costs a message
                    await self.attribute(conv, inbound.text)
                except Exception:
                    log.exception("campaign attribution failed")

            state = await self.cache.get(conv.id)
            if state is None:
                fresh = await self.store.get(conv.id)
                state = fresh.state if fresh else conv.state
            turn = await self._hook_intercept(conv, inbound, state, payload.get("nlu"), message_id)
            if turn is None:
                try:
                    nlu = understanding.result if understanding else None
                    turn = self.dialogue.respond(state, inbound, nlu)
                except Exception:
                    log.exception("dialogue failed")
                    self.metrics.errors.labels("dialogue").inc()
                    lang = state.get("language")
                    turn = Turn([Reply(self.dialogue.catalogs.text(lang, N_("error.generic")))], state, lang)
                turn = await self._hook_after(conv, turn, payload.get("nlu"))
            out = await self._finish(conv, turn, then)
        self.metrics.latency.labels(inbound.channel).observe(time.perf_counter() - started)
        return Handled(out, turn.language)

    def set_handoff(self, hook: HandoffHook) -> None:
        """Attach the human handoff (handoff/): it sees every turn before and after the dialogue."""
        self.handoff = hook

    async def _hook_intercept(
        self,
        conv: ConversationRecord,
        inbound: InboundMessage,
        state: dict[str, Any],
        nlu: dict[str, Any] | None,
        message_id: int,
    ) -> Turn | None:
        if self.handoff is None:
            return None
        try:
            return await self.handoff.intercept(conv, inbound, state, nlu, message_id)
        except Exception:  # logged and counted; the bot still answers
            log.exception("handoff intercept failed")
            self.metrics.errors.labels("handoff").inc()
            return None

    async def _hook_after(self, conv: ConversationRecord, turn: Turn, nlu: dict[str, Any] | None) -> Turn:
        if self.handoff is None:
            return turn
        try:
            return await self.handoff.after_turn(conv, turn, nlu)
        except Exception:
            log.exception("handoff after_turn failed")
            self.metrics.errors.labels("handoff").inc()
            return turn

    async def _finish(
        self, conv: ConversationRecord, turn: Turn, then: WithReplies | None = None
    ) -> list[OutboundMessage]:
        rows: list[tuple[str, str, dict[str, Any]]] = [
            ("bot", reply.text, {"buttons": [b.to_dict() for b in reply.buttons]}) for reply in turn.replies
        ]

        def outbound(ids: list[int]) -> list[OutboundMessage]:
            return [
                OutboundMessage(conv.id, reply.text, reply.buttons, message_id=mid)
                for reply, mid in zip(turn.replies, ids, strict=True)
            ]

        async def with_replies(conn: AsyncConnection, ids: list[int]) -> None:
            assert then is not None
            await then(conn, conv, outbound(ids), turn.language)

        ids = await self.store.finish_turn(
            conv.id,
            outbound=rows,
            state=turn.state,
            language=turn.language,
            then=with_replies if then is not None else None,
        )
        if self.record_events is not None and turn.events:
            try:  # what the turn did, as plain labels for campaign statistics; never costs a reply
                await self.record_events(conv, list(turn.events))
            except Exception:
                log.exception("recording the turn's events failed")
        await self.cache.set(conv.id, turn.state)
        self.metrics.messages.labels(conv.channel, "out").inc(len(turn.replies))
        return outbound(ids)
