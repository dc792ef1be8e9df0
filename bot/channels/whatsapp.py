"""WhatsApp Cloud API over aiohttp (the application's client session is passed in).

Inbound: ``GET /webhooks/whatsapp`` answers Meta's verification handshake; ``POST /webhooks/whatsapp``
checks ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with the app secret) before reading
anything, then takes text, interactive button and list replies, media and locations; status events
are logged. Outbound: text, reply buttons (at most 3, titles up to 20) or a list (up to 10 rows, titles
up to 24), chosen from the same generic buttons; links become text lines. The 24-hour customer-service
window runs from the user's last message: a reply due outside it is held (status "held", error
"held_window"), after the configured template, if any, has asked the user to write again.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ClassVar

from aiohttp import ClientError, ClientSession, web
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from ..clock import as_utc, utcnow
from ..db import sessionmaker_for
from ..i18n import N_, Catalogs
from ..models import Message
from ..outbox import GiveUp, Hold, OutboxItem, RetryLater
from ..privacy import keep_profile_name
from .base import ChannelAdapter, Incoming, InFlight, link_lines

__all__ = ["WINDOW", "WhatsAppAdapter", "signature"]

log = logging.getLogger(__name__)

WINDOW = timedelta(hours=24)
MAX_TEXT = 4096
MAX_BODY = 1024  # interactive message body
MAX_BUTTONS, MAX_BUTTON_TITLE = 3, 20
MAX_ROWS, MAX_ROW_TITLE, MAX_ROW_ID = 10, 24, 200
SIGNATURE_HEADER = "X-Hub-Signature-256"
MEDIA_KINDS = ("image", "audio", "voice", "video", "document", "sticker")
# Graph error codes -> what the outbox does with the message.
RETRY_CODES = {4, 80007, 130429, 131056, 131000, 133004}  # rate limits, throughput, temporary
WINDOW_CODES = {131047, 470}  # re-engagement: more than 24 hours since the user wrote
TOKEN_CODES = {190, 10, 200}  # access token expired or lacking permission: fix it, keep the message
# A weak first guess of the language from the country calling code (the user chooses anyway).
CALLING_CODES: tuple[tuple[str, str], ...] = (
    ("380", "uk"),
    ("48", "pl"),
    ("40", "ro"),
    ("373", "ro"),
    ("84", "vi"),
    ("7", "ru"),
    ("375", "ru"),
    ("34", "es"),
    ("52", "es"),
    ("57", "es"),
    ("58", "es"),
    ("51", "es"),
)


def signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def profile_names(data: dict[str, Any]) -> dict[str, str]:
    """wa_id -> the profile name WhatsApp sends with each message (``value.contacts``)."""
    names: dict[str, str] = {}
    for entry in data.get("entry", []) if isinstance(data, dict) else []:
        for change in entry.get("changes", []):
            for contact in change.get("value", {}).get("contacts", []) or []:
                name = (contact.get("profile") or {}).get("name")
                if contact.get("wa_id") and isinstance(name, str):
                    names[str(contact["wa_id"])] = name
    return names


def _language_of_number(number: str) -> str | None:
    for prefix, language in sorted(CALLING_CODES, key=lambda p: -len(p[0])):
        if number.startswith(prefix):
            return language
    return None


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class WhatsAppAdapter(ChannelAdapter):
    name: ClassVar[str] = "whatsapp"
    max_text = MAX_TEXT

    def __init__(
        self,
        http: ClientSession,
        engine: AsyncEngine,
        catalogs: Catalogs,
        *,
        verify_token: str,
        app_secret: str,
        access_token: str,
        phone_number_id: str,
        api_base_url: str = "https://graph.facebook.com/v21.0",
        window_template: str = "",
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__()
        missing = [
            name
            for name, value in (
                ("WHATSAPP_VERIFY_TOKEN", verify_token),
                ("WHATSAPP_APP_SECRET", app_secret),
                ("WHATSAPP_ACCESS_TOKEN", access_token),
                ("WHATSAPP_PHONE_NUMBER_ID", phone_number_id),
            )
            if not value
        ]
        if missing:
            raise ValueError(f"WhatsApp needs {', '.join(missing)}")
        self.http = http
        self.catalogs = catalogs
        self._sessions = sessionmaker_for(engine)
        self._verify_token = verify_token.encode("utf-8")
        self._secret = app_secret
        self._headers = {"Authorization": f"Bearer {access_token}"}
        self.messages_url = f"{api_base_url.rstrip('/')}/{phone_number_id}/messages"
        self.window_template = window_template
        self.now = now
        self._last_inbound: dict[str, datetime] = {}
        self._template_sent: dict[str, datetime] = {}
        self._background: set[asyncio.Task[Any]] = set()

    async def stop(self) -> None:
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)

    # -- inbound ---------------------------------------------------------------------------------

    async def verify(self, request: web.Request) -> web.StreamResponse:
        """Meta's handshake: echo hub.challenge when hub.verify_token is ours."""
        query = request.query
        token = query.get("hub.verify_token", "").encode("utf-8")
        if query.get("hub.mode") == "subscribe" and hmac.compare_digest(token, self._verify_token):
            return web.Response(text=query.get("hub.challenge", ""))
        return web.json_response({"error": "verification failed"}, status=403)

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        given = request.headers.get(SIGNATURE_HEADER, "")
        if not hmac.compare_digest(given.encode("utf-8"), signature(body, self._secret).encode("utf-8")):
            return web.json_response({"error": "bad signature"}, status=401)
        try:
            data = json.loads(body)
            events = self.read(data)
            names = profile_names(data)  # masked in the review room (bot/privacy.py)
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError) as exc:
            log.warning("whatsapp: unreadable webhook (%s)", type(exc).__name__)
            return web.json_response({"error": "bad payload"}, status=400)
        try:
            for event in events:
                self._last_inbound[event.chat_id] = self.now()
                self._template_sent.pop(event.chat_id, None)
                await self.receiver.outbox.release_held(self.name, event.chat_id)
                replies = await self.receiver.receive(event)
                name = names.get(event.chat_id)
                await keep_profile_name(self.receiver.helpline.store, replies, name, event.button)
                if event.external_id:
                    self._spawn(self._mark_read(event.external_id))
        except InFlight:
            return web.json_response({"error": "in progress"}, status=503)
        return web.json_response({"ok": True})

    def read(self, data: dict[str, Any]) -> list[Incoming]:
        """Every user message in one webhook call, in order; status events are only logged."""
        events: list[Incoming] = []
        if data.get("object") != "whatsapp_business_account":
            return events
        for entry in data.get("entry", []):
            for change in entry.get("changes", []):
                value = change.get("value", {})
                for status in value.get("statuses", []):
                    self._on_status(status)
                for message in value.get("messages", []):
                    event = self._read_message(message)
                    if event is not None:
                        events.append(event)
        return events

    def _read_message(self, message: dict[str, Any]) -> Incoming | None:
        sender = str(message["from"])
        kind = message.get("type")
        common: dict[str, Any] = {
            "channel": self.name,
            "chat_id": sender,
            "dedup_key": f"whatsapp:{message['id']}",
            "external_id": message["id"],
            "language_hint": _language_of_number(sender),
        }
        if kind == "text":
            body = message["text"]["body"]
            if not isinstance(body, str):
                raise ValueError("text body is not a string")  # the webhook answers 400
            return Incoming(**common, text=body)
        if kind == "interactive":
            interactive = message["interactive"]
            reply = interactive.get(interactive.get("type", ""), {})
            if reply.get("id"):
                return Incoming(**common, button=str(reply["id"]))
            return None
        if kind == "button":  # a quick-reply button of a template
            payload = message["button"].get("payload") or message["button"].get("text")
            return Incoming(**common, text=str(payload or ""))
        if kind in MEDIA_KINDS:
            media = message.get(kind, {})
            ref = {"kind": kind, "media_id": media.get("id"), "mime_type": media.get("mime_type")}
            caption = media.get("caption")
            if caption is not None and not isinstance(caption, str):
                raise ValueError("caption is not a string")
            return Incoming(**common, text=caption, attachments=(ref,))
        if kind == "location":
            loc = message["location"]
            ref = {"kind": "location", "latitude": loc.get("latitude"), "longitude": loc.get("longitude")}
            return Incoming(**common, attachments=(ref,))
        if kind in ("contacts", "reaction", "order", "unsupported", "system"):
            if kind == "reaction":
                return None
            return Incoming(**common, attachments=({"kind": kind},))
        return None

    def _on_status(self, status: dict[str, Any]) -> None:
        if status.get("status") == "failed":
            codes = [e.get("code") for e in status.get("errors", [])]
            log.warning("whatsapp: message %s failed: %s", status.get("id"), codes)

    async def _mark_read(self, message_id: str) -> None:
        body = {"messaging_product": "whatsapp", "status": "read", "message_id": message_id}
        try:
            async with self.http.post(self.messages_url, json=body, headers=self._headers) as resp:
                await resp.read()
        except (ClientError, TimeoutError) as exc:  # only the blue ticks are lost
            log.info("whatsapp: mark as read failed: %s", type(exc).__name__)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -- the 24-hour window ----------------------------------------------------------------------

    async def last_inbound(self, item: OutboxItem) -> datetime | None:
        known = self._last_inbound.get(item.chat_id)
        if known is not None:
            return known
        async with self._sessions() as session:
            value = (
                await session.execute(
                    select(func.max(Message.created_at)).where(
                        Message.conversation_id == item.conversation_id, Message.direction == "in"
                    )
                )
            ).scalar_one_or_none()
        if value is None:
            return None
        self._last_inbound[item.chat_id] = as_utc(value)
        return self._last_inbound[item.chat_id]

    # -- outbound --------------------------------------------------------------------------------

    def split(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        buttons, lines = link_lines(list(payload.get("buttons", [])), ())
        text = str(payload.get("text", ""))
        if lines:
            text = f"{text}\n\n{lines}" if text else lines
        parts = super().split({**payload, "text": text, "buttons": buttons})
        last = parts[-1]
        if last.get("buttons") and len(last["text"]) > MAX_BODY:
            # An interactive message's body holds 1024 characters: the rest goes before it.
            from .split import split_text

            pieces = split_text(last["text"], MAX_BODY)
            parts[-1:] = [{**last, "text": p, "buttons": []} for p in pieces[:-1]]
            parts.append({**last, "text": pieces[-1]})
        return parts

    def message_body(self, item: OutboxItem) -> dict[str, Any]:
        payload = item.payload
        text = str(payload.get("text") or "…")
        buttons = list(payload.get("buttons", []))
        base: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
        base["to"] = item.chat_id
        if not buttons:
            return {**base, "type": "text", "text": {"body": text, "preview_url": False}}
        if len(buttons) <= MAX_BUTTONS and all(len(b["title"]) <= MAX_BUTTON_TITLE for b in buttons):
            action: dict[str, Any] = {
                "buttons": [
                    {"type": "reply", "reply": {"id": b["id"][:256], "title": b["title"]}} for b in buttons
                ]
            }
            return {
                **base,
                "type": "interactive",
                "interactive": {"type": "button", "body": {"text": text}, "action": action},
            }
        if len(buttons) > MAX_ROWS:
            log.warning("whatsapp: %d choices, only %d fit in a list", len(buttons), MAX_ROWS)
        rows = [
            {"id": b["id"][:MAX_ROW_ID], "title": _shorten(b["title"], MAX_ROW_TITLE)}
            for b in buttons[:MAX_ROWS]
        ]
        label = _shorten(self.catalogs.text(payload.get("language"), N_("whatsapp.list_button")), 20)
        action = {"button": label, "sections": [{"rows": rows}]}
        return {
            **base,
            "type": "interactive",
            "interactive": {"type": "list", "body": {"text": text}, "action": action},
        }

    def template_body(self, item: OutboxItem) -> dict[str, Any]:
        language = item.payload.get("language") or "en"
        return {
            "messaging_product": "whatsapp",
            "to": item.chat_id,
            "type": "template",
            "template": {"name": self.window_template, "language": {"code": language}},
        }

    async def deliver(self, item: OutboxItem) -> None:
        last = await self.last_inbound(item)
        if last is None or self.now() - last >= WINDOW:
            await self._outside_window(item)
            raise Hold("held_window: outside the 24-hour customer-service window")
        await self._post(self.message_body(item))

    async def _outside_window(self, item: OutboxItem) -> None:
        """Ask the user, once, to write again (a template may be sent at any time)."""
        if not self.window_template or item.chat_id in self._template_sent:
            return
        await self._post(self.template_body(item))
        self._template_sent[item.chat_id] = self.now()

    async def _post(self, body: dict[str, Any]) -> None:
        try:
            async with self.http.post(self.messages_url, json=body, headers=self._headers) as resp:
                status = resp.status
                try:
                    answer = await resp.json(content_type=None)
                except ValueError:
                    answer = {}
        except (ClientError, TimeoutError) as exc:
            raise RetryLater(f"network: {type(exc).__name__}") from exc
        if 200 <= status < 300:
            return
        error = answer.get("error", {}) if isinstance(answer, dict) else {}
        code = error.get("code")
        described = f"{status} code {code}: {str(error.get('message', ''))[:120]}"
        if code in WINDOW_CODES:
            raise Hold(f"held_window: {described}")
        if code in RETRY_CODES or code in TOKEN_CODES or status == 429 or status >= 500:
            raise RetryLater(described)
        raise GiveUp(described)  # 131026 undeliverable, 131051 unsupported, 100 bad parameter...
