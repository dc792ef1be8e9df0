"""Wiring the handoff into the application: its service, routes, ticker and notifiers."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from bot.appkeys import ENGINE, HELPLINE, HTTP, METRICS, SETTINGS
from bot.config import Settings
from bot.i18n import Catalogs

from . import api
from .hours import WorkingHours
from .keys import HANDOFF
from .metrics import HandoffMetrics
from .notify import FanOut, Notifier, TelegramStaffChat, Webhook
from .service import Handoff, HandoffConfig
from .staff import StaffStore
from .store import CaseStore

__all__ = ["config_of", "setup"]

STATIC = Path(__file__).resolve().parent / "static"
TICK_SECONDS = 10.0


def config_of(settings: Settings) -> HandoffConfig:
    return HandoffConfig(
        ageing_seconds=settings.handoff_ageing_seconds,
        language_wait_seconds=settings.handoff_language_wait_seconds,
        max_cases=settings.consultant_max_cases,
        update_seconds=settings.handoff_update_seconds,
        hours=WorkingHours.parse(settings.working_hours, settings.holidays, settings.handoff_timezone),
        outcomes=settings.case_outcomes,
    )


def _notifier(app: web.Application, settings: Settings) -> Notifier | None:
    notifiers: list[Notifier] = []
    if settings.staff_notify_webhook_url:
        notifiers.append(Webhook(app[HTTP], settings.staff_notify_webhook_url))
    if settings.staff_telegram_chat_id and settings.telegram_token:
        notifiers.append(
            TelegramStaffChat(
                app[HTTP],
                settings.telegram_api_base_url,
                settings.telegram_token,
                settings.staff_telegram_chat_id,
            )
        )
    return FanOut(notifiers) if notifiers else None


async def console(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "console.html", headers={"Cache-Control": "no-cache"})


def setup(app: web.Application, catalogs: Catalogs) -> None:
    """Call after the core resources' cleanup context is appended: this one opens after it."""
    metrics = HandoffMetrics(app[METRICS].registry)

    async def handoff_context(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        engine = app[ENGINE]
        handoff = Handoff(
            helpline=app[HELPLINE],
            cases=CaseStore(engine),
            staff=StaffStore(engine),
            catalogs=catalogs,
            config=config_of(settings),
            metrics=metrics,
            notifier=_notifier(app, settings),
        )
        app[HANDOFF] = handoff
        app[HELPLINE].set_handoff(handoff)
        ticker = asyncio.create_task(handoff.run_ticker(TICK_SECONDS))
        try:
            yield
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker
            await handoff.close()

    app.cleanup_ctx.append(handoff_context)
    api.add_routes(app)
    app.router.add_get("/console", console)
    app.router.add_static("/console/static/", STATIC, append_version=True)
