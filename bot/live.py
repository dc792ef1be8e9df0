"""Live delivery to open pages (web chat, the consultant console): messages produced outside a
request, such as a consultant's reply or a new case in the queue.

``LiveHub`` fans out inside one process. ``RedisLiveHub`` has the same interface and sends every
publication through one Redis pub/sub channel, so a page open on one worker sees what another
worker publishes. Live delivery is best effort either way: every message is in the database first,
and a page that reconnects re-reads what it missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import WSMsgType, web
from redis.asyncio import Redis

__all__ = ["LiveHub", "RedisLiveHub", "forward"]

log = logging.getLogger(__name__)


class LiveHub:
    """In-process fan-out by key (a conversation id, or "staff"). Slow listeners lose nothing:
    they re-read the transcript after a reconnect, since every pushed message carries its id."""

    def __init__(self, queue_size: int = 100) -> None:
        self._listeners: defaultdict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._queue_size = queue_size

    async def start(self) -> None:
        """Nothing to start in one process."""

    async def close(self) -> None:
        """Nothing to close in one process."""

    @asynccontextmanager
    async def listen(self, conversation_id: str) -> AsyncIterator[asyncio.Queue[dict[str, Any]]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._queue_size)
        self._listeners[conversation_id].add(queue)
        try:
            yield queue
        finally:
            listeners = self._listeners.get(conversation_id)
            if listeners is not None:
                listeners.discard(queue)
                if not listeners:
                    del self._listeners[conversation_id]

    def publish(self, conversation_id: str, message: dict[str, Any]) -> int:
        return self._deliver(conversation_id, message)

    def _deliver(self, key: str, message: dict[str, Any]) -> int:
        delivered = 0
        for queue in list(self._listeners.get(key, ())):
            try:
                queue.put_nowait(message)
                delivered += 1
            except asyncio.QueueFull:
                pass
        return delivered


class RedisLiveHub(LiveHub):
    """Every worker publishes to and reads from one Redis channel, ``<prefix>:live``.

    ``publish`` returns at once: a single writer task sends in order. A reader task hands what
    arrives (its own publications included) to this process's listeners. Both reconnect after a
    Redis outage; what was published during it is not replayed (pages re-read the database)."""

    def __init__(self, redis: Redis, prefix: str, queue_size: int = 100, backlog: int = 10_000) -> None:
        super().__init__(queue_size)
        self._redis = redis
        self.channel = f"{prefix}:live"
        self._outgoing: asyncio.Queue[str] = asyncio.Queue(backlog)
        self._tasks: list[asyncio.Task[None]] = []
        self._subscribed = asyncio.Event()

    async def start(self) -> None:
        self._tasks = [asyncio.create_task(self._read()), asyncio.create_task(self._write())]
        with contextlib.suppress(TimeoutError):  # a Redis that is down must not stop start-up
            await asyncio.wait_for(self._subscribed.wait(), 1.0)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    def publish(self, conversation_id: str, message: dict[str, Any]) -> int:
        try:
            self._outgoing.put_nowait(json.dumps({"key": conversation_id, "message": message}))
        except asyncio.QueueFull:
            log.warning("live backlog full; a live message was dropped (it is in the database)")
        return len(self._listeners.get(conversation_id, ()))

    async def _write(self) -> None:
        while True:
            data = await self._outgoing.get()
            while True:
                try:
                    await self._redis.publish(self.channel, data)
                    break
                except Exception as exc:
                    log.warning("live publish failed (%s); retrying", type(exc).__name__)
                    await asyncio.sleep(0.5)

    async def _read(self) -> None:
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self.channel)
                self._subscribed.set()
                while True:
                    item = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if item is None or item.get("type") != "message":
                        continue
                    try:
                        data = json.loads(item["data"])
                        self._deliver(str(data["key"]), dict(data["message"]))
                    except (ValueError, KeyError, TypeError):
                        log.warning("ignored a malformed live message")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("live subscription lost (%s); reconnecting", type(exc).__name__)
                await asyncio.sleep(0.5)
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()


async def forward(
    ws: web.WebSocketResponse,
    queue: asyncio.Queue[dict[str, Any]],
    on_text: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Send what arrives on ``queue`` to ``ws`` until the other side goes; a text frame from it
    calls ``on_text`` (the console's "I am here" ping), anything else ends the relay."""
    reader = asyncio.ensure_future(ws.receive())
    try:
        while not ws.closed:
            getter = asyncio.ensure_future(queue.get())
            done, _ = await asyncio.wait({reader, getter}, return_when=asyncio.FIRST_COMPLETED)
            if getter in done:
                await ws.send_json(getter.result())
            else:
                getter.cancel()  # an item not yet taken stays in the queue
            if reader in done:
                if reader.result().type != WSMsgType.TEXT:
                    break
                if on_text is not None:
                    await on_text()
                reader = asyncio.ensure_future(ws.receive())
    finally:
        reader.cancel()
        with contextlib.suppress(BaseException):
            await reader
