"""Login rate limiting per client address: failed logins in a sliding window, in Redis when it is
configured (shared by every worker), in the database otherwise. The address is kept only as a
keyed hash. Accounts have their own lockout (handoff/staff.py); this stops one address trying many
accounts."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import utcnow
from bot.errors import ApiError

__all__ = ["LoginLimiter", "TooManyAttempts", "address_key"]


class TooManyAttempts(ApiError):
    status = 429
    code = "too_many_attempts"


def address_key(address: str | None) -> str:
    return hashlib.sha256(f"login:{address or '-'}".encode()).hexdigest()[:48]


class LoginLimiter:
    def __init__(
        self,
        engine: AsyncEngine,
        redis: Redis | None = None,
        *,
        prefix: str = "helpline",
        max_failures: int = 5,
        window_minutes: int = 15,
    ) -> None:
        self.engine = engine
        self.redis = redis
        self.prefix = prefix
        self.max_failures = max_failures
        self.window = timedelta(minutes=window_minutes)

    def _redis_key(self, key: str) -> str:
        return f"{self.prefix}:login-failures:{key}"

    async def blocked(self, key: str) -> bool:
        if self.redis is not None:
            value = await self.redis.get(self._redis_key(key))
            return int(value or 0) >= self.max_failures
        async with self.engine.connect() as conn:
            n = (
                await conn.execute(
                    text(
                        "SELECT count(*) FROM staff_login_failures WHERE key = :key AND created_at > :since"
                    ),
                    {"key": key, "since": utcnow() - self.window},
                )
            ).scalar_one()
        return int(n) >= self.max_failures

    async def failed(self, key: str) -> None:
        if self.redis is not None:
            name = self._redis_key(key)
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, int(self.window.total_seconds()), nx=True)
                await pipe.execute()
            return
        async with self.engine.begin() as conn:
            await conn.execute(
                text("INSERT INTO staff_login_failures (key, created_at) VALUES (:key, :now)"),
                {"key": key, "now": utcnow()},
            )
