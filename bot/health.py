"""Liveness, readiness and metrics endpoints.

/readyz checks every dependency: the database, Redis when configured, the outbox's delivery loops,
and each channel the settings turn on (Telegram, WhatsApp). 503 with the failing check named.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from .appkeys import ENGINE, METRICS, OUTBOX, REDIS, SETTINGS
from .channels import enabled
from .channels.base import CHANNELS
from .db import ping

__all__ = ["add_routes"]

log = logging.getLogger(__name__)
CHECK_TIMEOUT = 2.0


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(ping(request.app[ENGINE]), CHECK_TIMEOUT)
        checks["database"] = "ok"
    except Exception as exc:
        log.warning("readiness: database unreachable (%s)", type(exc).__name__)
        checks["database"] = "unreachable"
    if REDIS in request.app:
        try:
            await asyncio.wait_for(request.app[REDIS].ping(), CHECK_TIMEOUT)
            checks["redis"] = "ok"
        except Exception as exc:
            log.warning("readiness: redis unreachable (%s)", type(exc).__name__)
            checks["redis"] = "unreachable"
    if OUTBOX in request.app:  # push channels: their replies leave through the outbox's loops
        checks["outbox"] = "ok" if request.app[OUTBOX].running else "stopped"
    if SETTINGS in request.app:  # every channel the settings turn on has its adapter running
        adapters = request.app.get(CHANNELS, {})
        for name in enabled(request.app[SETTINGS]):
            checks[name] = "ok" if name in adapters else "not started"
    ready = all(v == "ok" for v in checks.values())
    return web.json_response(
        {"status": "ready" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )


async def metrics(request: web.Request) -> web.Response:
    body = request.app[METRICS].render()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def add_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
