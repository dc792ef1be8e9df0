"""A Graph API emulator for the WhatsApp Cloud API: ``POST /{version}/{phone-number-id}/messages``.

Checks the bearer token (190 otherwise) and the limits the real API enforces (text up to 4096, an
interactive body up to 1024, at most 3 reply buttons with titles up to 20, lists up to 10 rows with
titles up to 24 and a button label up to 20), answers with a ``wamid``, records every call, and
fails on demand with Graph error codes (``fail(code, status, times)``). ``Webhooks`` builds signed
inbound webhook bodies the way Meta sends them.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from .server import EmulatorServer

VERSION = "v21.0"
PHONE_NUMBER_ID = "109876543210"
ACCESS_TOKEN = "EAAG-emulated-access-token"
APP_SECRET = "emulated-app-secret"
VERIFY_TOKEN = "emulated-verify-token"

MESSAGES = {
    4: "Application request limit reached",
    100: "Invalid parameter",
    130429: "Rate limit hit",
    131026: "Message undeliverable",
    131047: "Re-engagement message",
    131056: "(Business Account, Consumer Account) pair rate limit hit",
    190: "Invalid OAuth access token",
}


@dataclass
class Failure:
    code: int
    status: int
    times: int


class GraphApiEmulator:
    def __init__(self, phone_number_id: str = PHONE_NUMBER_ID, token: str = ACCESS_TOKEN) -> None:
        self.phone_number_id = phone_number_id
        self.token = token
        self.calls: list[dict[str, Any]] = []
        self.failures: list[Failure] = []
        self._ids = itertools.count(1)
        app = web.Application()
        app.router.add_post("/{version}/{phone}/messages", self._messages)
        self.server = EmulatorServer(app)

    @property
    def base_url(self) -> str:
        return f"{self.server.url}/{VERSION}"

    async def start(self) -> GraphApiEmulator:
        await self.server.start()
        return self

    async def close(self) -> None:
        await self.server.close()

    def fail(self, code: int, status: int = 400, times: int = 1) -> None:
        self.failures.append(Failure(code, status, times))

    def delivered(self, to: str | None = None) -> list[dict[str, Any]]:
        """Messages accepted (not read receipts), in order."""
        return [c for c in self.calls if c.get("_ok") and c.get("type") and (to is None or c.get("to") == to)]

    def texts(self, to: str | None = None) -> list[str]:
        out = []
        for c in self.delivered(to):
            if c["type"] == "text":
                out.append(c["text"]["body"])
            elif c["type"] == "interactive":
                out.append(c["interactive"]["body"]["text"])
            elif c["type"] == "template":
                out.append(f"[template {c['template']['name']}]")
        return out

    def reads(self) -> list[str]:
        return [c["message_id"] for c in self.calls if c.get("status") == "read"]

    @staticmethod
    def _error(code: int, status: int = 400, message: str | None = None) -> web.Response:
        error = {
            "message": message or MESSAGES.get(code, "Error"),
            "type": "OAuthException",
            "code": code,
            "fbtrace_id": "AbCdEf",
        }
        return web.json_response({"error": error}, status=status)

    def _invalid(self, body: dict[str, Any]) -> str | None:
        if body.get("messaging_product") != "whatsapp":
            return "messaging_product must be whatsapp"
        if body.get("status") == "read":
            return None if body.get("message_id") else "message_id is required"
        kind = body.get("type", "text")
        if not body.get("to"):
            return "to is required"
        if kind == "text":
            text = body.get("text", {}).get("body", "")
            return None if 0 < len(text) <= 4096 else "text body must be 1..4096 characters"
        if kind == "template":
            template = body.get("template", {})
            return (
                None if template.get("name") and template.get("language", {}).get("code") else "bad template"
            )
        if kind != "interactive":
            return f"type {kind} not emulated"
        interactive = body["interactive"]
        if not 0 < len(interactive.get("body", {}).get("text", "")) <= 1024:
            return "interactive body must be 1..1024 characters"
        action = interactive.get("action", {})
        if interactive.get("type") == "button":
            buttons = action.get("buttons", [])
            if not 1 <= len(buttons) <= 3:
                return "1..3 buttons"
            if any(not 0 < len(b["reply"]["title"]) <= 20 for b in buttons):
                return "button title must be 1..20 characters"
            return None
        if interactive.get("type") == "list":
            if not 0 < len(action.get("button", "")) <= 20:
                return "list button label must be 1..20 characters"
            rows = [r for s in action.get("sections", []) for r in s.get("rows", [])]
            if not 1 <= len(rows) <= 10:
                return "1..10 rows"
            if any(not 0 < len(r["title"]) <= 24 for r in rows):
                return "row title must be 1..24 characters"
            return None
        return "unknown interactive type"

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except ValueError:
            return self._error(100, message="body is not JSON")
        self.calls.append(body)
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return self._error(190, 401)
        if request.match_info["phone"] != self.phone_number_id:
            return self._error(100, message="unknown phone number id")
        if self.failures:
            failure = self.failures[0]
            failure.times -= 1
            if failure.times <= 0:
                self.failures.pop(0)
            return self._error(failure.code, failure.status)
        problem = self._invalid(body)
        if problem:
            return self._error(100, message=problem)
        body["_ok"] = True
        if body.get("status") == "read":
            return web.json_response({"success": True})
        wamid = f"wamid.HBgL{next(self._ids):08d}"
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                "messages": [{"id": wamid}],
            }
        )


class Webhooks:
    """Inbound webhook bodies from one user, as Meta sends them, and their signature."""

    _ids = itertools.count(1)

    def __init__(self, wa_id: str, name: str = "Ana", phone_number_id: str = PHONE_NUMBER_ID) -> None:
        self.wa_id = wa_id
        self.name = name
        self.phone_number_id = phone_number_id

    def _wrap(self, value: dict[str, Any]) -> dict[str, Any]:
        metadata = {"display_phone_number": "48221234567", "phone_number_id": self.phone_number_id}
        return {
            "object": "whatsapp_business_account",
            "entry": [
                {
                    "id": "WABA-1",
                    "changes": [
                        {
                            "value": {"messaging_product": "whatsapp", "metadata": metadata, **value},
                            "field": "messages",
                        }
                    ],
                }
            ],
        }

    def message(self, kind: str, content: dict[str, Any]) -> dict[str, Any]:
        message = {
            "from": self.wa_id,
            "id": f"wamid.IN{next(self._ids):010d}",
            "timestamp": str(int(time.time())),
            "type": kind,
            kind: content,
        }
        contacts = [{"profile": {"name": self.name}, "wa_id": self.wa_id}]
        return self._wrap({"contacts": contacts, "messages": [message]})

    def text(self, body: str) -> dict[str, Any]:
        return self.message("text", {"body": body})

    def button(self, button_id: str, title: str = "") -> dict[str, Any]:
        return self.message(
            "interactive", {"type": "button_reply", "button_reply": {"id": button_id, "title": title}}
        )

    def list_reply(self, row_id: str, title: str = "") -> dict[str, Any]:
        return self.message(
            "interactive", {"type": "list_reply", "list_reply": {"id": row_id, "title": title}}
        )

    def image(self) -> dict[str, Any]:
        return self.message("image", {"id": "MEDIA-1", "mime_type": "image/jpeg", "sha256": "x"})

    def status(self, wamid: str, status: str = "delivered") -> dict[str, Any]:
        return self._wrap(
            {
                "statuses": [
                    {
                        "id": wamid,
                        "status": status,
                        "timestamp": str(int(time.time())),
                        "recipient_id": self.wa_id,
                    }
                ]
            }
        )


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def encode(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()
