"""Application wiring: one aiohttp app, its resources opened and closed as cleanup contexts."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from pathlib import Path

from aiohttp import ClientSession, web
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import InterfaceError, OperationalError

from campaigns import Attribution, CampaignStore, EventLog
from campaigns import web as campaigns_web
from handoff import app as handoff_app
from nlu import load_analyzer
from nlu.rasa import RasaClient, analyse
from review import app as review_app

from . import health, webchat
from .appkeys import ENGINE, HELPLINE, HTTP, METRICS, REDIS, SETTINGS
from .channels import add_channels
from .config import Settings
from .crypto import keyring_from, using_keyring
from .db import create_engine, migrate
from .dialogue import Dialogue
from .errors import ApiError
from .i18n import Catalogs
from .live import LiveHub, RedisLiveHub
from .logs import request_id_middleware
from .metrics import Metrics
from .rekey import reseal_lookups
from .service import Helpline, understand_with
from .sessions import KeyBuilder, MemorySessionCache, RedisSessionCache, SessionCache
from .store import ConversationStore

__all__ = ["create_app"]

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
MAX_BODY = 256 * 1024

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# A dependency that is down (database, Redis): 503, so platforms and clients retry later.
UNAVAILABLE = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisTimeoutError,
    ConnectionError,
    TimeoutError,
)

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def _error(status: int, code: str, message: str) -> web.Response:
    return web.json_response({"error": {"code": code, "message": message}}, status=status)


@web.middleware
async def errors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """API errors become JSON with the right status; nothing else leaks a stack trace."""
    try:
        return await handler(request)
    except ApiError as exc:
        request.app[METRICS].http_errors.labels(str(exc.status)).inc()
        return _error(exc.status, exc.code, exc.message)
    except web.HTTPException as exc:
        if exc.status < 400 or not request.path.startswith(("/chat/api/", "/api/", "/webhooks/")):
            raise
        request.app[METRICS].http_errors.labels(str(exc.status)).inc()
        code = {413: "too_large", 404: "not_found", 405: "method_not_allowed"}.get(exc.status, "error")
        return _error(exc.status, code, exc.reason)
    except UNAVAILABLE as exc:
        route = request.match_info.route.resource
        log.warning("unavailable on %s %s (%s)", request.method, route, type(exc).__name__)
        request.app[METRICS].http_errors.labels("503").inc()
        return _error(503, "unavailable", "a service we depend on is unavailable; please try again shortly")
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.match_info.route.resource)
        request.app[METRICS].errors.labels("http").inc()
        return _error(500, "internal", "something went wrong on our side; please try again")


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def index(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


def create_app(settings: Settings, *, catalogs: Catalogs | None = None) -> web.Application:
    """Build the application; resources open on start-up and close on shutdown."""
    catalogs = catalogs or Catalogs.load()
    app = web.Application(
        middlewares=[request_id_middleware, security_headers, errors_middleware], client_max_size=MAX_BODY
    )
    app[SETTINGS] = settings
    app[METRICS] = Metrics()

    async def resources(app: web.Application) -> AsyncIterator[None]:
        keyring = keyring_from(settings.data_keys, settings.data_key_file)
        # Encrypted columns read the installed keyring (bot/crypto.py says why); the one before comes
        # back when the app stops, so an app run inside another process leaves no key behind.
        with using_keyring(keyring):
            engine = create_engine(settings.database_url)
            redis: Redis | None = None
            live: LiveHub | None = None
            http = ClientSession()
            try:
                if settings.auto_migrate:
                    await migrate(engine)
                await reseal_lookups(engine, keyring)  # after a key change: chats are found again
                app[ENGINE] = engine
                app[HTTP] = http
                cache: SessionCache
                if settings.redis_url:
                    redis = Redis.from_url(settings.redis_url, socket_timeout=2, socket_connect_timeout=2)
                    app[REDIS] = redis
                    cache = RedisSessionCache(
                        redis, KeyBuilder(settings.redis_prefix), settings.session_cache_ttl
                    )
                else:
                    cache = MemorySessionCache()
                rasa = None
                if settings.rasa_url:
                    rasa = RasaClient(http, settings.rasa_url, settings.rasa_timeout)
                analyzer = load_analyzer(net=settings.nlu_net, cache_dir=settings.nlu_cache or None)
                understand = understand_with(partial(analyse, analyzer, rasa=rasa))
                live = RedisLiveHub(redis, settings.redis_prefix) if redis else LiveHub()
                await live.start()
                app[HELPLINE] = Helpline(
                    ConversationStore(engine), Dialogue(catalogs), cache, app[METRICS], live, understand
                )
                app[HELPLINE].attribute = Attribution(CampaignStore(engine)).attribute
                app[HELPLINE].record_events = EventLog(engine).record
                yield
            finally:
                failures = []
                for name, close in (
                    ("live", live.close if live else None),
                    ("http", http.close),
                    ("redis", redis.aclose if redis else None),
                    ("db", engine.dispose),
                ):
                    if close is None:
                        continue
                    try:
                        await close()
                    except Exception as exc:  # report every failure, stop at none
                        failures.append(f"{name}: {type(exc).__name__}")
                if failures:
                    log.warning("shutdown problems: %s", ", ".join(failures))

    app.cleanup_ctx.append(resources)
    app.router.add_get("/", index)
    app.router.add_static("/static/", STATIC, append_version=True)
    health.add_routes(app)
    webchat.add_routes(app)
    handoff_app.setup(app, catalogs)
    review_app.setup(app)
    campaigns_web.add_routes(app)
    add_channels(app, settings, catalogs)
    return app
