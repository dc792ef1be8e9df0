"""The session cache: a conversation's live state, in process or in Redis.

The database holds the truth; the cache saves a read on every message and lets several workers
share state. A cache that fails is logged and bypassed: nothing a user wrote depends on it.
"""

from __future__ import annotations

import json
import logging
from abc import ABC, abstractmethod
from collections import OrderedDict
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

__all__ = ["KeyBuilder", "MemorySessionCache", "RedisSessionCache", "SessionCache"]

log = logging.getLogger(__name__)


class KeyBuilder:
    """Every Redis key of the application comes from here, under one prefix."""

    def __init__(self, prefix: str = "helpline") -> None:
        self.prefix = prefix

    def __call__(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))


class SessionCache(ABC):
    """Conversation state by conversation id. Subclasses must never raise on a backend failure
    from ``get`` (return None) or ``set``/``delete`` (do nothing): the caller falls back to SQL."""

    @abstractmethod
    async def get(self, conversation_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    async def set(self, conversation_id: str, state: dict[str, Any]) -> None: ...

    @abstractmethod
    async def delete(self, conversation_id: str) -> None: ...

    async def close(self) -> None:  # noqa: B027 - optional hook
        pass


class MemorySessionCache(SessionCache):
    """A bounded LRU for one process alone."""

    def __init__(self, max_items: int = 10_000) -> None:
        self._items: OrderedDict[str, str] = OrderedDict()
        self._max = max_items

    async def get(self, conversation_id: str) -> dict[str, Any] | None:
        raw = self._items.get(conversation_id)
        if raw is None:
            return None
        self._items.move_to_end(conversation_id)
        value: dict[str, Any] = json.loads(raw)
        return value

    async def set(self, conversation_id: str, state: dict[str, Any]) -> None:
        self._items[conversation_id] = json.dumps(state)
        self._items.move_to_end(conversation_id)
        while len(self._items) > self._max:
            self._items.popitem(last=False)

    async def delete(self, conversation_id: str) -> None:
        self._items.pop(conversation_id, None)


class RedisSessionCache(SessionCache):
    """State as JSON under ``<prefix>:session:<id>`` with a TTL; the client is passed in."""

    def __init__(self, redis: Redis, keys: KeyBuilder, ttl_seconds: int) -> None:
        self._redis = redis
        self._keys = keys
        self._ttl = ttl_seconds

    async def get(self, conversation_id: str) -> dict[str, Any] | None:
        try:
            raw = await self._redis.get(self._keys("session", conversation_id))
        except (RedisError, OSError) as exc:
            log.warning("session cache read failed: %s", type(exc).__name__)
            return None
        if raw is None:
            return None
        value: dict[str, Any] = json.loads(raw)
        return value

    async def set(self, conversation_id: str, state: dict[str, Any]) -> None:
        try:
            await self._redis.set(self._keys("session", conversation_id), json.dumps(state), ex=self._ttl)
        except (RedisError, OSError) as exc:
            log.warning("session cache write failed: %s", type(exc).__name__)

    async def delete(self, conversation_id: str) -> None:
        try:
            await self._redis.delete(self._keys("session", conversation_id))
        except (RedisError, OSError) as exc:
            log.warning("session cache delete failed: %s", type(exc).__name__)
