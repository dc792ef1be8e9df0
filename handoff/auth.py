"""Who is calling the staff API: the session cookie, the CSRF double-submit check, roles.

Cookies: ``helpline_staff`` (the session: HttpOnly, SameSite=Strict, Secure unless
SESSION_COOKIE_SECURE=false) and ``helpline_csrf`` (readable by the console's script, which sends
it back in the ``X-CSRF-Token`` header on every POST; it must match the cookie and the session).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from functools import wraps

from aiohttp import web

from bot.appkeys import SETTINGS
from bot.errors import Forbidden, Unauthorized

from .keys import HANDOFF
from .staff import ROLES, StaffRecord

__all__ = ["ANY_STAFF", "CSRF_COOKIE", "CSRF_HEADER", "SESSION_COOKIE", "requires", "set_cookies"]

SESSION_COOKIE = "helpline_staff"
CSRF_COOKIE = "helpline_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ANY_STAFF = ROLES

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
StaffHandler = Callable[[web.Request, StaffRecord], Awaitable[web.StreamResponse]]


def set_cookies(response: web.StreamResponse, token: str, csrf: str, *, secure: bool, max_age: int) -> None:
    common = {"path": "/", "samesite": "Strict", "secure": secure, "max_age": max_age}
    response.set_cookie(SESSION_COOKIE, token, httponly=True, **common)  # type: ignore[arg-type]
    response.set_cookie(CSRF_COOKIE, csrf, httponly=False, **common)  # type: ignore[arg-type]


def clear_cookies(response: web.StreamResponse) -> None:
    response.del_cookie(SESSION_COOKIE, path="/")
    response.del_cookie(CSRF_COOKIE, path="/")


async def authenticate(request: web.Request) -> StaffRecord:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise Unauthorized("log in first")
    idle = request.app[SETTINGS].staff_idle_minutes
    found = await request.app[HANDOFF].staff.session(token, idle_minutes=idle)
    if found is None:
        raise Unauthorized("your session has ended; log in again")
    user, csrf = found
    if request.method not in SAFE_METHODS:
        header = request.headers.get(CSRF_HEADER, "")
        cookie = request.cookies.get(CSRF_COOKIE, "")
        matches = secrets.compare_digest(header, cookie) and secrets.compare_digest(header, csrf)
        if not header or not matches:
            raise Forbidden("missing or wrong CSRF token")
    return user


def requires(*roles: str) -> Callable[[StaffHandler], Handler]:
    """The handler runs only for a logged-in staff member with one of ``roles``; it gets them."""

    def wrap(handler: StaffHandler) -> Handler:
        @wraps(handler)
        async def guarded(request: web.Request) -> web.StreamResponse:
            user = await authenticate(request)
            if user.role not in roles:
                raise Forbidden(f"this needs the role {' or '.join(roles)}")
            await request.app[HANDOFF].staff.seen(user.id)
            return await handler(request, user)

        guarded.roles = roles  # type: ignore[attr-defined]  # read by the test that checks every route
        return guarded

    return wrap
