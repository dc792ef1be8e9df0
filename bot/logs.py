"""Structured logs: one JSON object per line, with the request id, and never a user's words.

Log calls pass facts (ids, statuses, exception types), not message texts, tokens or phone numbers.
Access lines name the route pattern, never the raw path or query string (a web chat token travels
in the websocket's query string).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from contextvars import ContextVar

from aiohttp import web

__all__ = ["JsonFormatter", "configure", "quiet_libraries", "request_id", "request_id_middleware"]

# Libraries that would log SQL parameters (user text) or raw paths with tokens at low levels.
QUIET = {
    "aiosqlite": logging.WARNING,
    "sqlalchemy.engine": logging.WARNING,
    "asyncpg": logging.WARNING,
    "alembic": logging.WARNING,
    "telegram": logging.WARNING,  # at DEBUG it logs every call's parameters: what users read
    "httpx": logging.WARNING,  # at INFO it logs request URLs, the Bot API token among them
    "httpcore": logging.WARNING,
}

request_id: ContextVar[str] = ContextVar("request_id", default="-")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
access_log = logging.getLogger("helpline.access")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id.get(),
        }
        for key in ("method", "route", "status", "ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info and record.exc_info[0] is not None:
            # The type and where it happened; the message of an exception may quote user input.
            entry["exc_type"] = record.exc_info[0].__name__
            entry["exc"] = self.formatException(record.exc_info).splitlines()[-3:-1]
        return json.dumps(entry, ensure_ascii=False)


def configure(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    quiet_libraries()


def quiet_libraries() -> None:
    for name, floor in QUIET.items():
        logging.getLogger(name).setLevel(floor)
    logging.getLogger("aiohttp.access").disabled = True  # ours names the route, not the raw path


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    incoming = request.headers.get("X-Request-Id", "")
    rid = incoming if _VALID_ID.fullmatch(incoming) else uuid.uuid4().hex
    token = request_id.set(rid)
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        if not response.prepared:
            response.headers["X-Request-Id"] = rid
        return response
    except web.HTTPException as exc:
        status = exc.status
        exc.headers["X-Request-Id"] = rid
        raise
    finally:
        info = request.match_info.route.resource
        route = info.canonical if info is not None else "(unmatched)"
        access_log.info(
            "request",
            extra={
                "request_id": rid,
                "method": request.method,
                "route": route,
                "status": status,
                "ms": round((time.perf_counter() - started) * 1000, 2),
            },
        )
        request_id.reset(token)
