"""Reading a request's JSON object, with one clear error for each way it can be wrong."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from .errors import BadRequest

__all__ = ["json_object"]


async def json_object(
    request: web.Request, *, empty_ok: bool = False, require_json_type: bool = False
) -> dict[str, Any]:
    """The body as a dict. ``empty_ok``: no body reads as ``{}``. ``require_json_type``: the staff
    APIs also insist on ``Content-Type: application/json``, which a cross-site form cannot send."""
    if require_json_type and request.content_type != "application/json":
        raise BadRequest("send JSON (Content-Type: application/json)")
    raw = await request.read()
    if not raw.strip():
        if empty_ok:
            return {}
        raise BadRequest("the request body must be a JSON object")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return body
