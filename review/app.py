"""Wiring the review room and the retention purge into the application."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot.appkeys import ENGINE, SETTINGS
from bot.retention import Policy, purge_forever

from . import api

__all__ = ["setup"]

STATIC = Path(__file__).resolve().parent / "static"


async def page(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "review.html", headers={"Cache-Control": "no-cache"})


def setup(app: web.Application) -> None:
    """Call after the core resources' cleanup context is appended: this one opens after it."""

    async def retention_context(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        policy = Policy(settings.transcript_retention_days, settings.audit_retention_days)
        task = asyncio.create_task(
            purge_forever(app[ENGINE], policy, settings.retention_sweep_seconds), name="retention-purge"
        )
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.cleanup_ctx.append(retention_context)
    api.add_routes(app)
    app.router.add_get("/console/review", page)
    app.router.add_static("/console/review/static/", STATIC, append_version=True)
