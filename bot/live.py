"""Live delivery to open web chat pages: messages produced after the HTTP reply (a consultant's)."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

__all__ = ["LiveHub"]


class LiveHub:
    """In-process fan-out by conversation id. Slow listeners lose nothing: they re-read the
    transcript after a reconnect, since every pushed message carries its transcript id."""

    def __init__(self, queue_size: int = 100) -> None:
        self._listeners: defaultdict[str, set[asyncio.Queue[dict[str, Any]]]] = defaultdict(set)
        self._queue_size = queue_size

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
        delivered = 0
        for queue in list(self._listeners.get(conversation_id, ())):
            try:
                queue.put_nowait(message)
                delivered += 1
            except asyncio.QueueFull:
                pass
        return delivered
