"""Typed keys for what the aiohttp application holds."""

from __future__ import annotations

from aiohttp import ClientSession, web
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from .config import Settings
from .metrics import Metrics
from .outbox import Outbox
from .service import Helpline

__all__ = ["ENGINE", "HELPLINE", "HTTP", "METRICS", "OUTBOX", "REDIS", "SETTINGS"]

SETTINGS = web.AppKey("settings", Settings)
ENGINE = web.AppKey("engine", AsyncEngine)
REDIS = web.AppKey("redis", Redis)
HTTP = web.AppKey("http", ClientSession)
METRICS = web.AppKey("metrics", Metrics)
HELPLINE = web.AppKey("helpline", Helpline)
OUTBOX = web.AppKey("outbox", Outbox)
