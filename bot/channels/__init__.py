"""Push channels (Telegram, WhatsApp): their webhooks, the outbox that delivers to them, de-duplication.

``add_channels(app, settings, catalogs)`` mounts the webhook routes of the channels the settings turn
on and appends a cleanup context that opens them after the core resources and closes them first.
See README.md next to this file for connecting a real bot and a real WhatsApp number.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import web

from ..appkeys import ENGINE, HELPLINE, HTTP, OUTBOX, REDIS
from ..config import Settings
from ..dedup import DatabaseDedup, Dedup, RedisDedup
from ..errors import ConfigError
from ..i18n import Catalogs
from ..outbox import Outbox, OutboxStore
from ..sessions import KeyBuilder
from .base import CHANNELS, ChannelAdapter, Receiver
from .telegram import TelegramAdapter, make_bot
from .whatsapp import WhatsAppAdapter

__all__ = ["ChannelAdapter", "Receiver", "TelegramAdapter", "WhatsAppAdapter", "add_channels", "enabled"]


def enabled(settings: Settings) -> list[str]:
    """The channels these settings turn on; a half-configured channel is a configuration error."""
    names = []
    if settings.telegram_mode != "off":
        if not settings.telegram_token:
            raise ConfigError(f"TELEGRAM_MODE={settings.telegram_mode} needs TELEGRAM_BOT_TOKEN")
        if settings.telegram_mode == "webhook" and not settings.telegram_webhook_secret:
            raise ConfigError("TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_SECRET")
        names.append("telegram")
    whatsapp = {
        "WHATSAPP_VERIFY_TOKEN": settings.whatsapp_verify_token,
        "WHATSAPP_APP_SECRET": settings.whatsapp_app_secret,
        "WHATSAPP_ACCESS_TOKEN": settings.whatsapp_access_token,
        "WHATSAPP_PHONE_NUMBER_ID": settings.whatsapp_phone_number_id,
    }
    if any(whatsapp.values()):
        missing = [name for name, value in whatsapp.items() if not value]
        if missing:
            raise ConfigError(f"WhatsApp is half configured: {', '.join(missing)} missing")
        names.append("whatsapp")
    return names


def _route(name: str) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def handler(request: web.Request) -> web.StreamResponse:
        return await request.app[CHANNELS][name].webhook(request)

    return handler


async def _whatsapp_verify(request: web.Request) -> web.StreamResponse:
    adapter = request.app[CHANNELS]["whatsapp"]
    assert isinstance(adapter, WhatsAppAdapter)
    return await adapter.verify(request)


def add_channels(app: web.Application, settings: Settings, catalogs: Catalogs) -> None:
    names = enabled(settings)
    if not names:
        return
    if settings.telegram_mode == "webhook":
        app.router.add_post("/webhooks/telegram", _route("telegram"))
    if "whatsapp" in names:
        app.router.add_get("/webhooks/whatsapp", _whatsapp_verify)
        app.router.add_post("/webhooks/whatsapp", _route("whatsapp"))

    async def channels(app: web.Application) -> AsyncIterator[None]:
        adapters: dict[str, ChannelAdapter] = {}
        if "telegram" in names:
            adapters["telegram"] = TelegramAdapter(
                make_bot(settings.telegram_token, settings.telegram_api_base_url),
                mode=settings.telegram_mode,
                secret=settings.telegram_webhook_secret,
            )
        if "whatsapp" in names:
            adapters["whatsapp"] = WhatsAppAdapter(
                app[HTTP],
                app[ENGINE],
                catalogs,
                verify_token=settings.whatsapp_verify_token,
                app_secret=settings.whatsapp_app_secret,
                access_token=settings.whatsapp_access_token,
                phone_number_id=settings.whatsapp_phone_number_id,
                api_base_url=settings.whatsapp_api_base_url,
                window_template=settings.whatsapp_window_template,
            )
        dedup: Dedup
        if REDIS in app:
            dedup = RedisDedup(
                app[REDIS], KeyBuilder(settings.redis_prefix), settings.dedup_ttl, engine=app[ENGINE]
            )
        else:
            dedup = DatabaseDedup(app[ENGINE], settings.dedup_ttl)
        outbox = Outbox(
            OutboxStore(app[ENGINE]),
            dict(adapters),
            max_attempts=settings.outbox_max_attempts,
            max_backoff=settings.outbox_max_backoff,
            chat_interval=settings.outbox_chat_interval,
            sweep_seconds=settings.outbox_sweep_seconds,
        )
        helpline = app[HELPLINE]
        # SQLite takes one writer at a time: a few turns at once keep it busy without contention.
        sqlite = settings.database_url.startswith("sqlite")
        receiver = Receiver(helpline, outbox, dedup, concurrency=8 if sqlite else 64)
        for name, adapter in adapters.items():
            adapter.attach(receiver)
            helpline.register_pusher(name, receiver.push)
        app[CHANNELS] = adapters
        app[OUTBOX] = outbox
        started: list[ChannelAdapter] = []
        try:
            await outbox.start()
            for adapter in adapters.values():
                await adapter.start()
                started.append(adapter)
            yield
        finally:
            for adapter in started:
                await adapter.stop()
            await outbox.stop()
            for adapter in adapters.values():
                await adapter.close()

    app.cleanup_ctx.append(channels)
