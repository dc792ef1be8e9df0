"""The web chat channel: its public JSON API, its websocket, and the page that uses them.

POST /chat/api/conversations                      -> 201 {conversation_id, token, replies}
POST /chat/api/conversations/{id}/messages        {"text"} | {"button"} -> 200 {replies}
GET  /chat/api/conversations/{id}/messages?after=N -> 200 {messages} (the transcript, for a reload)
GET  /chat/api/conversations/{id}/ws?token=...&after=N   websocket pushing later messages
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

from .apidoc import openapi_handler
from .appkeys import HELPLINE, SETTINGS
from .clock import utcnow
from .errors import BadRequest, Forbidden, Gone, NotFound, TooLarge, Unauthorized
from .i18n import N_
from .jsonbody import json_object
from .languages import LANGUAGES
from .live import forward
from .messages import InboundMessage
from .store import ConversationRecord, hash_token, new_token

__all__ = ["CHANNEL", "add_routes"]

CHANNEL = "web"
CAMPAIGN_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
CONVERSATION_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_BUTTON_ID = 64


async def _authorised(request: web.Request, token: str | None) -> ConversationRecord:
    """The conversation named in the path, if ``token`` opens it and it has not expired."""
    conversation_id = request.match_info["conversation_id"]
    if not CONVERSATION_ID.fullmatch(conversation_id):
        raise NotFound("no such conversation")
    conv = await request.app[HELPLINE].store.get(conversation_id)
    if conv is None or conv.channel != CHANNEL:
        raise NotFound("no such conversation")
    if not token:
        raise Unauthorized("a conversation token is required")
    if not conv.token_matches(token):
        raise Forbidden("this token does not open this conversation")
    ttl = timedelta(hours=request.app[SETTINGS].webchat_ttl_hours)
    if utcnow() - conv.last_activity_at > ttl:
        raise Gone("this conversation has expired; please start a new one")
    return conv


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def create_conversation(request: web.Request) -> web.Response:
    body = await json_object(request, empty_ok=True)
    language = body.get("language")
    campaign = body.get("campaign")
    if language is not None and not isinstance(language, str):
        raise BadRequest("'language' must be a string")
    if campaign is not None and (not isinstance(campaign, str) or not CAMPAIGN_CODE.fullmatch(campaign)):
        raise BadRequest("'campaign' must be 1 to 64 letters, digits, '_' or '-'")
    hint = language or request.headers.get("Accept-Language")
    token = new_token()
    conv, replies = await request.app[HELPLINE].start(
        CHANNEL, language_hint=hint, token_hash=hash_token(token), campaign=campaign
    )
    return web.json_response(
        {
            "conversation_id": conv.id,
            "token": token,
            "language": conv.language,
            "replies": [r.to_dict() for r in replies],
        },
        status=201,
    )


async def post_message(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    conv = await _authorised(request, _bearer(request))
    body = await json_object(request)
    text, button = body.get("text"), body.get("button")
    unknown = set(body) - {"text", "button"}
    if unknown:
        raise BadRequest(f"unknown field(s): {', '.join(sorted(unknown))}")
    if (text is None) == (button is None):
        raise BadRequest("send exactly one of 'text' or 'button'")
    if text is not None:
        if not isinstance(text, str):
            raise BadRequest("'text' must be a string")
        if not text.strip():
            raise BadRequest("'text' is empty")
        if len(text) > settings.max_message_chars:
            raise TooLarge(f"'text' is longer than {settings.max_message_chars} characters")
    if button is not None and (not isinstance(button, str) or not button or len(button) > MAX_BUTTON_ID):
        raise BadRequest(f"'button' must be a button id of 1 to {MAX_BUTTON_ID} characters")
    inbound = InboundMessage(
        channel=CHANNEL,
        conversation_id=conv.id,
        text=text,
        button=button,
        language_hint=request.headers.get("Accept-Language"),
    )
    handled = await request.app[HELPLINE].handle(conv, inbound)
    return web.json_response(
        {"replies": [r.to_dict() for r in handled.replies], "language": handled.language}
    )


def _after(request: web.Request) -> int:
    raw = request.query.get("after", "0")
    if not raw.isdigit():
        raise BadRequest("'after' must be a message id (a whole number)")
    return int(raw)


def _row(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "direction": row.direction,
        "sender": row.sender,
        "text": row.text,
        "buttons": row.payload.get("buttons", []) if row.direction == "out" else [],
    }


async def list_messages(request: web.Request) -> web.Response:
    conv = await _authorised(request, _bearer(request))
    rows = await request.app[HELPLINE].store.transcript(conv.id, after_id=_after(request))
    return web.json_response({"messages": [_row(r) for r in rows]})


async def websocket(request: web.Request) -> web.WebSocketResponse:
    conv = await _authorised(request, request.query.get("token"))
    after = _after(request)
    helpline = request.app[HELPLINE]
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async with helpline.live.listen(conv.id) as queue:
        # Anything said while the page was away, then everything live.
        for row in await helpline.store.transcript(conv.id, after_id=after):
            if row.direction == "out" and row.sender != "bot":
                await ws.send_json(_row(row))
        await forward(ws, queue)
    await ws.close()
    return ws


UI_STRINGS = {
    "title": N_("web.title"),
    "placeholder": N_("web.placeholder"),
    "send": N_("web.send"),
    "restart": N_("web.restart"),
    "emergency": N_("web.emergency"),
    "consultant": N_("web.consultant"),
    "offline": N_("web.offline"),
}


async def ui_strings(request: web.Request) -> web.Response:
    """The page's own words in one language, from the same catalogs as the bot's."""
    lang = request.match_info["lang"]
    if lang not in LANGUAGES:
        raise NotFound("unknown language")
    catalogs = request.app[HELPLINE].dialogue.catalogs
    strings = {key: catalogs.text(lang, message_id) for key, message_id in UI_STRINGS.items()}
    return web.json_response(strings, headers={"Cache-Control": "public, max-age=3600"})


OPENAPI = Path(__file__).resolve().parent / "openapi.yaml"
openapi = openapi_handler(OPENAPI)  # this API's description, public


def add_routes(app: web.Application) -> None:
    app.router.add_get("/chat/api/openapi.json", openapi)
    app.router.add_get("/chat/api/ui/{lang}", ui_strings)
    app.router.add_post("/chat/api/conversations", create_conversation)
    app.router.add_post("/chat/api/conversations/{conversation_id}/messages", post_message)
    app.router.add_get("/chat/api/conversations/{conversation_id}/messages", list_messages)
    app.router.add_get("/chat/api/conversations/{conversation_id}/ws", websocket)
