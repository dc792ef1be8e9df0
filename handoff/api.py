"""The staff JSON API under /api/ and its websocket of live events. Contract: handoff/API.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.apidoc import openapi_handler
from bot.appkeys import ENGINE, REDIS, SETTINGS
from bot.errors import BadRequest, Forbidden, TooLarge, Unauthorized
from bot.jsonbody import json_object
from bot.live import forward

from .auth import ANY_STAFF, authenticate, clear_cookies, requires, set_cookies
from .keys import HANDOFF
from .login_limit import LoginLimiter, TooManyAttempts, address_key
from .service import STAFF_TOPIC
from .staff import StaffRecord, UsernameTaken, totp_uri
from .store import CaseRecord

__all__ = ["add_routes"]

SUPERVISORS = ("moderator", "admin")
MAX_TEXT = 4096


def _text(body: dict[str, Any], field: str = "text") -> str:
    value = body.get(field)
    if not isinstance(value, str) or not value.strip():
        raise BadRequest(f"'{field}' must be a non-empty string")
    if len(value) > MAX_TEXT:
        raise TooLarge(f"'{field}' is longer than {MAX_TEXT} characters")
    return value.strip()


def _case_id(request: web.Request) -> int:
    raw = request.match_info["case_id"]
    if not raw.isdigit() or len(raw) > 18:
        raise BadRequest("a case id is a whole number")
    return int(raw)


def _case(request: web.Request, case: CaseRecord) -> web.Response:
    return web.json_response({"case": request.app[HANDOFF].summary(case)})


# -- auth --------------------------------------------------------------------------------------


async def login(request: web.Request) -> web.Response:
    body = await json_object(request, empty_ok=True, require_json_type=True)
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str) or not username or not password:
        raise BadRequest("send 'username' and 'password'")
    handoff = request.app[HANDOFF]
    settings = request.app[SETTINGS]
    limiter = LoginLimiter(
        request.app[ENGINE],
        request.app.get(REDIS),
        prefix=settings.redis_prefix,
        max_failures=settings.login_max_failures,
        window_minutes=settings.login_lockout_minutes,
    )
    address = address_key(request.remote)
    if await limiter.blocked(address):
        wait = settings.login_lockout_minutes
        raise TooManyAttempts(f"too many failed logins; try again in {wait} minutes")
    done = await handoff.staff.login(
        username[:64],
        password[:1024],
        hours=settings.staff_session_hours,
        totp=body.get("totp"),
        totp_required=settings.staff_totp_required,
    )
    if done is None:
        await limiter.failed(address)
        await handoff.cases.audit(None, "login_failed", username=username[:64])
        raise Unauthorized("wrong username, password or two-factor code")
    await handoff.cases.audit(done.user.id, "login")
    await handoff.staff.seen(done.user.id)
    response = web.json_response({"user": done.user.to_dict(), "csrf_token": done.csrf})
    set_cookies(
        response,
        done.token,
        done.csrf,
        secure=settings.session_cookie_secure,
        max_age=settings.staff_session_hours * 3600,
    )
    return response


@requires(*ANY_STAFF)
async def logout(request: web.Request, user: StaffRecord) -> web.Response:
    handoff = request.app[HANDOFF]
    await handoff.staff.logout(request.cookies.get("helpline_staff", ""))
    await handoff.cases.audit(user.id, "logout")
    response = web.json_response({"ok": True})
    clear_cookies(response)
    return response


@requires(*ANY_STAFF)
async def me(request: web.Request, user: StaffRecord) -> web.Response:
    return web.json_response(
        {
            "user": user.to_dict(),
            "csrf_token": request.cookies.get("helpline_csrf"),
            "outcomes": list(request.app[HANDOFF].config.outcomes),
        }
    )


# -- queue and cases ---------------------------------------------------------------------------


@requires(*ANY_STAFF)
async def queue(request: web.Request, user: StaffRecord) -> web.Response:
    handoff = request.app[HANDOFF]
    mine = [handoff.summary(c) for c in await handoff.cases.assigned(user.id)]
    body = {"cases": await handoff.queue(user), "mine": mine, "staffed": await handoff.staffed()}
    if user.can(*SUPERVISORS):
        body["active"] = [handoff.summary(c) for c in await handoff.cases.with_status("active")]
    return web.json_response(body)


@requires(*ANY_STAFF)
async def claim(request: web.Request, user: StaffRecord) -> web.Response:
    return _case(request, await request.app[HANDOFF].claim(user, _case_id(request)))


@requires(*ANY_STAFF)
async def get_case(request: web.Request, user: StaffRecord) -> web.Response:
    return web.json_response(await request.app[HANDOFF].view(user, _case_id(request)))


@requires(*ANY_STAFF)
async def post_message(request: web.Request, user: StaffRecord) -> web.Response:
    text = _text(await json_object(request, empty_ok=True, require_json_type=True))
    message = await request.app[HANDOFF].reply(user, _case_id(request), text)
    return web.json_response({"message": message}, status=201)


@requires(*ANY_STAFF)
async def post_note(request: web.Request, user: StaffRecord) -> web.Response:
    text = _text(await json_object(request, empty_ok=True, require_json_type=True))
    return web.json_response(
        {"note": await request.app[HANDOFF].note(user, _case_id(request), text)}, status=201
    )


@requires(*ANY_STAFF)
async def release(request: web.Request, user: StaffRecord) -> web.Response:
    return _case(request, await request.app[HANDOFF].release(user, _case_id(request)))


@requires(*ANY_STAFF)
async def transfer(request: web.Request, user: StaffRecord) -> web.Response:
    to = (await json_object(request, empty_ok=True, require_json_type=True)).get("to")
    if not isinstance(to, int) or isinstance(to, bool):
        raise BadRequest("'to' must be a staff member's id")
    return _case(request, await request.app[HANDOFF].transfer(user, _case_id(request), to))


@requires(*ANY_STAFF)
async def close(request: web.Request, user: StaffRecord) -> web.Response:
    outcome = (await json_object(request, empty_ok=True, require_json_type=True)).get("outcome")
    if not isinstance(outcome, str):
        raise BadRequest("'outcome' is required")
    return _case(request, await request.app[HANDOFF].close_case(user, _case_id(request), outcome))


# -- staff, dashboard, audit -------------------------------------------------------------------


@requires(*ANY_STAFF)
async def list_staff(request: web.Request, user: StaffRecord) -> web.Response:
    handoff = request.app[HANDOFF]
    online = {s.id for s in await handoff.staff.online()}
    people = [{**s.to_dict(), "online": s.id in online} for s in await handoff.staff.all() if s.active]
    return web.json_response({"staff": people})


@requires("admin")
async def add_staff(request: web.Request, user: StaffRecord) -> web.Response:
    body = await json_object(request, empty_ok=True, require_json_type=True)
    languages = body.get("languages", [])
    fields = (body.get("username"), body.get("password"), body.get("role"))
    if not all(isinstance(v, str) for v in fields) or not isinstance(languages, list):
        raise BadRequest("send 'username', 'password', 'role' and 'languages' (a list)")
    handoff = request.app[HANDOFF]
    try:
        created = await handoff.staff.add(
            str(fields[0]), str(fields[1]), role=str(fields[2]), languages=[str(x) for x in languages]
        )
    except UsernameTaken as exc:
        raise BadRequest(str(exc)) from None
    except ValueError as exc:
        raise BadRequest(str(exc)) from None
    await handoff.cases.audit(user.id, "user_add", username=created.username, role=created.role)
    secret = await handoff.staff.enrol_totp(created.id)  # two-factor login from the first day
    return web.json_response(
        {"user": created.to_dict(), "totp_uri": totp_uri(created.username, secret)}, status=201
    )


@requires(*ANY_STAFF)
async def stats(request: web.Request, user: StaffRecord) -> web.Response:
    return web.json_response(await request.app[HANDOFF].stats())


@requires(*SUPERVISORS)
async def audit(request: web.Request, user: StaffRecord) -> web.Response:
    rows = await request.app[HANDOFF].cases.audit_log()
    return web.json_response(
        {
            "entries": [
                {
                    "id": r.id,
                    "user_id": r.user_id,
                    "action": r.action,
                    "case_id": r.case_id,
                    "detail": r.detail,
                    "created_at": r.created_at.isoformat(),
                }
                for r in rows
            ]
        }
    )


# -- live events -------------------------------------------------------------------------------


def _same_origin(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    return origin is None or urlsplit(origin).netloc == request.host


async def events(request: web.Request) -> web.WebSocketResponse:
    """Every change to the queue or a case, as {"type": "case", "case_id", "event", ...}."""
    if not _same_origin(request):
        raise Forbidden("cross-origin websocket refused")
    user = await authenticate(request)
    handoff = request.app[HANDOFF]
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async with handoff.helpline.live.listen(STAFF_TOPIC) as queue:
        await ws.send_json({"type": "hello", "user": user.to_dict()})
        # The console pings now and then: this consultant is online.
        await forward(ws, queue, on_text=lambda: handoff.staff.seen(user.id))
    await ws.close()
    return ws


OPENAPI = Path(__file__).resolve().parent / "openapi.yaml"
openapi = openapi_handler(OPENAPI)  # this API's description, public
ROUTES: tuple[tuple[str, str, Any], ...] = (
    ("GET", "/api/openapi.json", openapi),
    ("POST", "/api/auth/login", login),
    ("POST", "/api/auth/logout", logout),
    ("GET", "/api/me", me),
    ("GET", "/api/queue", queue),
    ("POST", "/api/cases/{case_id}/claim", claim),
    ("GET", "/api/cases/{case_id}", get_case),
    ("POST", "/api/cases/{case_id}/messages", post_message),
    ("POST", "/api/cases/{case_id}/notes", post_note),
    ("POST", "/api/cases/{case_id}/release", release),
    ("POST", "/api/cases/{case_id}/transfer", transfer),
    ("POST", "/api/cases/{case_id}/close", close),
    ("GET", "/api/staff", list_staff),
    ("POST", "/api/staff", add_staff),
    ("GET", "/api/stats", stats),
    ("GET", "/api/audit", audit),
    ("GET", "/api/events", events),
)


def add_routes(app: web.Application) -> None:
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)
