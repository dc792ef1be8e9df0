"""The durable outbox: every message for a push channel is written before it is sent.

``Outbox.enqueue`` writes the rows (already claimed by this process) and hands them to in-memory
per-chat queues. One task per chat with something to send delivers in id order (message N+1 never
leaves before N), at about one message per ``chat_interval`` seconds with bursts of three. A
``Sender`` (a channel adapter) delivers one row and says how it went by returning or raising:

- returns: sent;
- ``RetryLater(error, after)``: try again after ``after`` seconds (Telegram's ``retry_after``), or
  after an exponential backoff with jitter when ``after`` is None; any other exception is treated so;
- ``Hold(reason)``: keep the row as "held" (WhatsApp's 24-hour window); released when the user writes;
- ``GiveUp(error)``: mark it failed (blocked by the user, undeliverable).

A sweep every ``sweep_seconds`` takes rows that are due and that no live process holds: retries
scheduled by a process that stopped, rows left "sending" by one that died (their lease ran out),
released held rows. Sent rows are marked in small batches, with the platform's id of each message
that ``deliver`` returned; a crash between a send and its mark sends that message again after the
restart (at least once, never lost).
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.orm import aliased

from .clock import as_utc, utcnow
from .db import sessionmaker_for
from .dedup import DoneMark
from .errors import HelplineError
from .models import OutboxMessage

__all__ = [
    "GiveUp",
    "Hold",
    "Outbox",
    "OutboxItem",
    "OutboxStore",
    "RetryLater",
    "Sender",
]

log = logging.getLogger(__name__)

OUTBOX = cast(Table, OutboxMessage.__table__)
INSERT_OUTBOX = insert(OUTBOX).returning(OUTBOX.c.id)  # built once: every reply's path
LEASE = timedelta(seconds=120)
UNSENT = ("queued", "sending")
BURST = 3


class DeliveryOutcome(HelplineError):
    """Raised by a sender to say what became of one row."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error[:200]


class RetryLater(DeliveryOutcome):
    def __init__(self, error: str, after: float | None = None) -> None:
        super().__init__(error)
        self.after = after


class Hold(DeliveryOutcome):
    pass


class GiveUp(DeliveryOutcome):
    pass


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    conversation_id: str
    message_id: int | None
    channel: str
    chat_id: str
    payload: dict[str, Any]
    status: str = "sending"
    attempts: int = 0
    last_error: str | None = None

    @classmethod
    def of(cls, row: OutboxMessage) -> OutboxItem:
        return cls(
            row.id,
            row.conversation_id,
            row.message_id,
            row.channel,
            row.chat_id,
            dict(row.payload or {}),
            row.status,
            row.attempts,
            row.last_error,
        )


class Sender(ABC):
    """Delivers one outbox row to its platform. Must be safe to call again for the same row (a
    retry), must not sleep for rate limits itself (raise ``RetryLater`` instead), and must raise
    one of the outcomes above for anything but success. May return the platform's id of the sent
    message (kept with the row when it is marked sent, to delete it later)."""

    max_text: int = 4096

    @abstractmethod
    async def deliver(self, item: OutboxItem) -> str | None: ...

    def split(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        """One payload per platform message; by default the text is cut to ``max_text``."""
        from .channels.split import split_text

        parts = split_text(str(payload.get("text", "")), self.max_text)
        if len(parts) <= 1:
            return [payload]
        out = [{**payload, "text": part, "buttons": []} for part in parts[:-1]]
        out.append({**payload, "text": parts[-1]})
        return out


class OutboxStore:
    """The outbox table; the engine is passed in."""

    def __init__(self, engine: AsyncEngine, lease_seconds: float = LEASE.total_seconds()) -> None:
        self._engine = engine
        self._sessions = sessionmaker_for(engine)
        self.lease = timedelta(seconds=lease_seconds)

    async def add(
        self,
        rows: Sequence[tuple[str, int | None, str, str, dict[str, Any]]],
        *,
        claimed: bool = True,
        also: DoneMark | None = None,
    ) -> list[OutboxItem]:
        """Write rows (conversation, message id, channel, chat, payload), claimed by the caller, and
        run ``also`` in the same transaction."""
        async with self._engine.begin() as conn:
            return await self.add_in(conn, rows, claimed=claimed, also=also)

    async def add_in(
        self,
        conn: AsyncConnection,
        rows: Sequence[tuple[str, int | None, str, str, dict[str, Any]]],
        *,
        claimed: bool = True,
        also: DoneMark | None = None,
    ) -> list[OutboxItem]:
        """``add`` inside the caller's transaction (a turn's, with its replies)."""
        now = utcnow()
        status = "sending" if claimed else "queued"
        items: list[OutboxItem] = []
        # Core, not the ORM: this is every message's path
        for conv, mid, channel, chat, payload in rows:
            values = {
                "conversation_id": conv,
                "message_id": mid,
                "channel": channel,
                "chat_id": chat,
                "payload": payload,
                "status": status,
                "attempts": 0,
                "next_attempt_at": now + self.lease if claimed else now,
                "created_at": now,
            }
            row_id = (await conn.execute(INSERT_OUTBOX, values)).scalar_one()
            items.append(OutboxItem(int(row_id), conv, mid, channel, chat, dict(payload), status))
        if also is not None:
            await also.run(conn)
        return items

    async def claim(self, item_id: int) -> bool:
        """Take a queued (or stale) row for sending; False when another process has it or it is done."""
        now = utcnow()
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == item_id,
                    OutboxMessage.status.in_(UNSENT),
                    OutboxMessage.next_attempt_at <= now,
                )
                .values(status="sending", next_attempt_at=now + self.lease)
            )
            return bool(result.rowcount)

    async def claim_due(
        self, channels: Sequence[str], limit: int = 200, skip: frozenset[int] = frozenset()
    ) -> list[OutboxItem]:
        """Rows due now whose chat has no older unsent row; claimed for this process."""
        now = utcnow()
        older = aliased(OutboxMessage)
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.channel.in_(list(channels)),
                OutboxMessage.status.in_(UNSENT),
                OutboxMessage.next_attempt_at <= now,
                ~exists().where(
                    and_(
                        older.channel == OutboxMessage.channel,
                        older.chat_id == OutboxMessage.chat_id,
                        older.status.in_(UNSENT),
                        older.id < OutboxMessage.id,
                    )
                ),
            )
            .order_by(OutboxMessage.id)
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = [OutboxItem.of(r) for r in (await session.execute(query)).scalars()]
        claimed = []
        for item in rows:
            if item.id not in skip and await self.claim(item.id):
                claimed.append(replace(item, status="sending"))
        return claimed

    async def chat_rows(self, channel: str, chat_id: str, after_id: int) -> list[OutboxItem]:
        """Unsent rows of one chat after ``after_id`` that are due, in order (to follow a recovered head)."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(OutboxMessage)
                    .where(
                        OutboxMessage.channel == channel,
                        OutboxMessage.chat_id == chat_id,
                        OutboxMessage.status.in_(UNSENT),
                        OutboxMessage.id > after_id,
                        OutboxMessage.next_attempt_at <= utcnow(),
                    )
                    .order_by(OutboxMessage.id)
                    .limit(100)
                )
            ).scalars()
            return [OutboxItem.of(r) for r in rows]

    async def mark_sent(self, ids: Sequence[int], platform_ids: Mapping[int, str] | None = None) -> None:
        """Rows delivered, in one transaction with the platform's ids of those that have one."""
        if not ids:
            return
        table = OUTBOX
        async with self._engine.begin() as connection:  # Core, not the ORM: every reply's path
            await connection.execute(
                update(table)
                .where(table.c.id.in_(list(ids)))
                .values(status="sent", sent_at=utcnow(), attempts=table.c.attempts + 1)
            )
            if platform_ids:
                await connection.execute(
                    update(table)
                    .where(table.c.id == bindparam("row_id"))
                    .values(platform_message_id=bindparam("platform_id")),
                    [{"row_id": i, "platform_id": p[:64]} for i, p in platform_ids.items()],
                )

    async def mark_retry(self, item_id: int, at: datetime, error: str) -> None:
        await self._set(item_id, status="queued", next_attempt_at=at, last_error=error[:200])

    async def mark_held(self, item_id: int, reason: str) -> None:
        await self._set(item_id, status="held", last_error=reason[:200])

    async def mark_failed(self, item_id: int, error: str) -> None:
        await self._set(item_id, status="failed", last_error=error[:200])

    async def requeue(self, ids: Sequence[int]) -> None:
        """Rows this process held but did not send (shutdown): due again now, for any process."""
        if ids:
            async with self._sessions.begin() as session:
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(list(ids)), OutboxMessage.status == "sending")
                    .values(status="queued", next_attempt_at=utcnow())
                )

    async def release_held(self, channel: str, chat_id: str) -> int:
        """The user wrote again: held rows of their chat become due."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.channel == channel,
                    OutboxMessage.chat_id == chat_id,
                    OutboxMessage.status == "held",
                )
                .values(status="queued", next_attempt_at=utcnow())
            )
            return int(result.rowcount)

    async def get(self, item_id: int) -> OutboxItem | None:
        async with self._sessions() as session:
            row = await session.get(OutboxMessage, item_id)
            return OutboxItem.of(row) if row else None

    async def for_conversation(self, conversation_id: str) -> list[OutboxItem]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(OutboxMessage)
                    .where(OutboxMessage.conversation_id == conversation_id)
                    .order_by(OutboxMessage.id)
                )
            ).scalars()
            return [OutboxItem.of(r) for r in rows]

    async def next_due_at(self) -> datetime | None:
        async with self._sessions() as session:
            value = (
                await session.execute(
                    select(OutboxMessage.next_attempt_at)
                    .where(OutboxMessage.status.in_(UNSENT))
                    .order_by(OutboxMessage.next_attempt_at)
                    .limit(1)
                )
            ).scalar_one_or_none()
            return as_utc(value) if value else None

    async def set_platform_id(self, item_id: int, platform_id: str) -> None:
        """The platform's id of a delivered row (Telegram's message_id), so it can be deleted later."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == item_id)
                .values(platform_message_id=platform_id[:64])
            )

    async def sent_platform_ids(
        self, conversation_id: str, since: datetime, exclude_messages: Sequence[int] = ()
    ) -> list[tuple[int, str]]:
        """(row id, platform id) of rows delivered to a conversation since ``since``, oldest first,
        leaving out the rows of the given transcript messages (the reply that explains the hiding)."""
        query = select(OutboxMessage.id, OutboxMessage.platform_message_id).where(
            OutboxMessage.conversation_id == conversation_id,
            OutboxMessage.platform_message_id.is_not(None),
            OutboxMessage.created_at >= since,
        )
        if exclude_messages:
            query = query.where(
                or_(
                    OutboxMessage.message_id.is_(None),
                    OutboxMessage.message_id.not_in(list(exclude_messages)),
                )
            )
        async with self._sessions() as session:
            rows = (await session.execute(query.order_by(OutboxMessage.id))).all()
        return [(int(r[0]), str(r[1])) for r in rows]

    async def clear_platform_ids(self, ids: Sequence[int]) -> None:
        if ids:
            async with self._sessions.begin() as session:
                await session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(list(ids)))
                    .values(platform_message_id=None)
                )

    async def _set(self, item_id: int, **values: Any) -> None:
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == item_id)
                .values(attempts=OutboxMessage.attempts + 1, **values)
            )


@dataclass(slots=True)
class _Chat:
    items: list[tuple[int, OutboxItem]] = field(default_factory=list)
    task: asyncio.Task[None] | None = None
    tokens: float = BURST
    refilled: float = field(default_factory=time.monotonic)
    not_before: float = 0.0  # monotonic time the head may be tried again
    lease_until: dict[int, float] = field(default_factory=dict)
    follow: bool = False  # recovered from the database: look there for the rows after the head


class Outbox:
    """Delivers outbox rows through the channel's sender; start() once, stop() on shutdown."""

    def __init__(
        self,
        store: OutboxStore,
        senders: dict[str, Sender],
        *,
        max_attempts: int = 60,
        max_backoff: float = 300.0,
        chat_interval: float = 1.0,
        sweep_seconds: float = 2.0,
        on_outcome: Any = None,
    ) -> None:
        self.store = store
        self.senders = senders
        self.max_attempts = max_attempts
        self.max_backoff = max_backoff
        self.chat_interval = chat_interval
        self.sweep_seconds = sweep_seconds
        self._chats: dict[tuple[str, str], _Chat] = {}
        self._sent: list[tuple[int, str | None]] = []  # delivered, not yet marked: (row, platform id)
        self._flushing = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._wake = asyncio.Event()
        self._on_outcome = on_outcome  # callable(channel, status) for metrics
        self._attempts: dict[int, int] = {}

    # -- public ----------------------------------------------------------------------------------

    async def enqueue(
        self,
        conversation_id: str,
        channel: str,
        chat_id: str,
        messages: Sequence[tuple[int | None, dict[str, Any]]],
        *,
        also: DoneMark | None = None,
    ) -> list[OutboxItem]:
        """Write (message id, payload) rows for one chat and start delivering them; ``also`` (a
        statement) commits with them."""
        rows = self._rows(conversation_id, channel, chat_id, messages)
        if not rows and also is None:
            return []
        items = await self.store.add(rows, also=also)
        self.schedule(items)
        return items

    async def write(
        self,
        conn: AsyncConnection,
        conversation_id: str,
        channel: str,
        chat_id: str,
        messages: Sequence[tuple[int | None, dict[str, Any]]],
        *,
        also: DoneMark | None = None,
    ) -> list[OutboxItem]:
        """``enqueue``'s rows inside the caller's transaction; ``schedule`` them after its commit."""
        rows = self._rows(conversation_id, channel, chat_id, messages)
        if not rows and also is None:
            return []
        return await self.store.add_in(conn, rows, also=also)

    def schedule(self, items: Sequence[OutboxItem]) -> None:
        """Start delivering rows written (and committed) by this process."""
        lease_until = self._lease_until()
        for item in items:
            self._schedule(item, lease_until)

    def _rows(
        self,
        conversation_id: str,
        channel: str,
        chat_id: str,
        messages: Sequence[tuple[int | None, dict[str, Any]]],
    ) -> list[tuple[str, int | None, str, str, dict[str, Any]]]:
        sender = self.senders[channel]
        return [
            (conversation_id, mid, channel, chat_id, part)
            for mid, payload in messages
            for part in sender.split(payload)
        ]

    @property
    def running(self) -> bool:
        """The sweep and flush loops are alive (/readyz reports it)."""
        return bool(self._tasks) and not any(task.done() for task in self._tasks)

    async def start(self) -> None:
        self._tasks.append(asyncio.create_task(self._sweep_loop(), name="outbox-sweep"))
        self._tasks.append(asyncio.create_task(self._flush_loop(), name="outbox-flush"))

    async def stop(self) -> None:
        tasks = [t for t in self._tasks] + [c.task for c in self._chats.values() if c.task]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        await self._flush()
        pending = [item.id for chat in self._chats.values() for _, item in chat.items]
        self._chats.clear()
        try:
            await self.store.requeue(pending)
        except Exception:  # their lease runs out and the next start takes them anyway
            log.exception("outbox: could not requeue %d rows on shutdown", len(pending))

    async def release_held(self, channel: str, chat_id: str) -> None:
        """The user wrote again: their held rows are taken now, so they leave before the reply to
        this message (per-chat order), not whenever the next sweep runs."""
        if await self.store.release_held(channel, chat_id):
            known = self._known_ids()
            for item in await self.store.chat_rows(channel, chat_id, 0):
                if item.id not in known and await self.store.claim(item.id):
                    self._schedule(replace(item, status="sending"), self._lease_until())
            self._wake.set()

    async def flush(self) -> None:
        """Mark what was delivered so far now, instead of with the next batch."""
        if self._sent:
            await self._flush()

    async def drain(self, within: float = 10.0) -> None:
        """Wait until nothing is queued in memory (tests, benchmarks, shutdown)."""
        deadline = time.monotonic() + within
        while any(c.items for c in self._chats.values()) or self._sent or self._flushing:
            if time.monotonic() > deadline:
                raise TimeoutError("outbox did not drain")
            await asyncio.sleep(0.01)

    # -- in memory -------------------------------------------------------------------------------

    def _schedule(self, item: OutboxItem, lease_until: float) -> None:
        key = (item.channel, item.chat_id)
        chat = self._chats.get(key)
        if chat is None:
            chat = self._chats[key] = _Chat()
        if item.id not in chat.lease_until:
            heapq.heappush(chat.items, (item.id, item))
        chat.lease_until[item.id] = lease_until
        if chat.task is None or chat.task.done():
            chat.task = asyncio.create_task(self._run_chat(key, chat), name=f"outbox-{item.channel}")

    def _lease_until(self) -> float:
        return time.monotonic() + self.store.lease.total_seconds() / 2

    def _known_ids(self) -> frozenset[int]:
        return frozenset(i for chat in self._chats.values() for i, _ in chat.items)

    async def _run_chat(self, key: tuple[str, str], chat: _Chat) -> None:
        try:
            while chat.items:
                await self._pace(chat)
                _, item = chat.items[0]
                lease_over = time.monotonic() > chat.lease_until.get(item.id, 0)
                if lease_over and not await self.store.claim(item.id):
                    self._pop(chat, item)  # another process took it, or it is done
                    continue
                await self._attempt(chat, item)
                if not chat.items and chat.follow:
                    chat.follow = False
                    for more in await self.store.chat_rows(item.channel, item.chat_id, item.id):
                        if await self.store.claim(more.id):
                            self._schedule(more, self._lease_until())
        except asyncio.CancelledError:
            raise
        except Exception:  # the database is away: the sweep takes these rows again later
            log.exception("outbox: chat delivery stopped")
            chat.items.clear()
        finally:
            if not chat.items and self._chats.get(key) is chat:
                del self._chats[key]

    async def _pace(self, chat: _Chat) -> None:
        while True:
            now = time.monotonic()
            if now < chat.not_before:
                await asyncio.sleep(chat.not_before - now)
                continue
            if self.chat_interval > 0:
                chat.tokens = min(BURST, chat.tokens + (now - chat.refilled) / self.chat_interval)
                chat.refilled = now
                if chat.tokens < 1:
                    await asyncio.sleep((1 - chat.tokens) * self.chat_interval)
                    continue
                chat.tokens -= 1
            return

    def _pop(self, chat: _Chat, item: OutboxItem) -> None:
        if chat.items and chat.items[0][0] == item.id:
            heapq.heappop(chat.items)
        else:  # an older row (the sweep's, after a restart) was pushed while this one was sent
            chat.items = [entry for entry in chat.items if entry[0] != item.id]
            heapq.heapify(chat.items)
        chat.lease_until.pop(item.id, None)
        self._attempts.pop(item.id, None)

    async def _attempt(self, chat: _Chat, item: OutboxItem) -> None:
        sender = self.senders[item.channel]
        attempts = self._attempts.get(item.id, item.attempts) + 1
        self._attempts[item.id] = attempts
        try:
            platform_id = await sender.deliver(item)
        except Hold as exc:
            self._pop(chat, item)
            await self.store.mark_held(item.id, exc.error)
            self._count(item.channel, "held")
            return
        except GiveUp as exc:
            self._pop(chat, item)
            await self.store.mark_failed(item.id, exc.error)
            self._count(item.channel, "failed")
            log.warning("outbox: %s message %s failed: %s", item.channel, item.id, exc.error)
            return
        except Exception as exc:
            after = exc.after if isinstance(exc, RetryLater) else None
            error = exc.error if isinstance(exc, RetryLater) else f"{type(exc).__name__}: {exc}"
            if attempts >= self.max_attempts:
                self._pop(chat, item)
                await self.store.mark_failed(item.id, f"gave up after {attempts} attempts: {error}")
                self._count(item.channel, "failed")
                return
            if after is None:
                after = min(self.max_backoff, 0.5 * 2 ** (attempts - 1)) * random.uniform(0.5, 1.0)
            chat.not_before = time.monotonic() + after
            chat.lease_until[item.id] = 0.0  # claim again before the next try
            await self.store.mark_retry(item.id, utcnow() + timedelta(seconds=after), error)
            self._count(item.channel, "retry")
            return
        self._pop(chat, item)
        self._sent.append((item.id, platform_id))
        self._count(item.channel, "sent")
        if len(self._sent) >= 200:
            await self._flush()

    def _count(self, channel: str, status: str) -> None:
        if self._on_outcome is not None:
            self._on_outcome(channel, status)

    # -- background ------------------------------------------------------------------------------

    async def _flush(self) -> None:
        sent, self._sent = self._sent, []
        ids = [row for row, _ in sent]
        self._flushing += 1
        try:
            await self.store.mark_sent(ids, {row: p for row, p in sent if p is not None})
        except Exception:
            log.exception("outbox: could not mark %d rows sent; they may be sent again", len(ids))
        finally:
            self._flushing -= 1

    async def _flush_loop(self) -> None:
        while True:
            await asyncio.sleep(0.05)
            if self._sent:
                await self._flush()

    async def _sweep_loop(self) -> None:
        while True:
            try:
                due = await self.store.claim_due(list(self.senders), skip=self._known_ids())
                for item in due:
                    key = (item.channel, item.chat_id)
                    self._schedule(item, self._lease_until())
                    self._chats[key].follow = True
            except Exception:
                log.exception("outbox: sweep failed")
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), self.sweep_seconds)
            except TimeoutError:
                pass
