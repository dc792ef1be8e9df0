"""A Bot API emulator: ``/bot<token>/<method>`` in Telegram's wire format, recording every call.

Answers getMe, sendMessage, editMessageText, answerCallbackQuery, deleteMessage, setWebhook,
deleteWebhook and getUpdates (from ``push_update``). Parameters arrive as JSON or as a form with
JSON-encoded values (as python-telegram-bot sends them). ``fail(method, status, times, retry_after)``
makes the next calls answer 429 (with ``parameters.retry_after``) or a 5xx; ``server.down()`` refuses
connections. Limits the real API enforces are enforced: text 1..4096 characters, callback_data up
to 64 bytes, url buttons only http(s)/tg.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .server import EmulatorServer

TOKEN = "123456789:TEST-token_for-the-emulator"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    status: int
    times: int
    retry_after: int | None = None
    description: str = "emulated failure"


class BotApiEmulator:
    def __init__(self, token: str = TOKEN, username: str = "helpline_test_bot") -> None:
        self.token = token
        self.username = username
        self.calls: list[Call] = []
        self.failures: dict[str, list[Failure]] = {}
        self.webhook: dict[str, Any] = {}
        self.updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self.server = EmulatorServer(app)

    @property
    def url(self) -> str:
        return self.server.url

    async def start(self) -> BotApiEmulator:
        await self.server.start()
        return self

    async def close(self) -> None:
        await self.server.close()

    # -- test controls ---------------------------------------------------------------------------

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None) -> None:
        self.failures.setdefault(method, []).append(Failure(status, times, retry_after))

    def push_update(self, update: dict[str, Any]) -> None:
        """Queue an update for getUpdates (polling mode)."""
        self.updates.append(update)
        self._new_update.set()

    def sent(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """sendMessage calls that succeeded, in order (optionally for one chat)."""
        return [
            c.params
            for c in self.calls
            if c.method == "sendMessage"
            and c.params.get("_ok")
            and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def texts(self, chat_id: int | str | None = None) -> list[str]:
        return [p["text"] for p in self.sent(chat_id)]

    def attempts(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    # -- the API ---------------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            body = await request.json()
            return dict(body) if isinstance(body, dict) else {}
        form = await request.post() if request.can_read_body else request.query
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        return params

    @staticmethod
    def _error(status: int, description: str, **parameters: Any) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=status)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        self.calls.append(call)
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        queue = self.failures.get(method)
        if queue:
            failure = queue[0]
            failure.times -= 1
            if failure.times <= 0:
                queue.pop(0)
            if failure.retry_after is not None:
                return self._error(
                    429,
                    f"Too Many Requests: retry after {failure.retry_after}",
                    retry_after=failure.retry_after,
                )
            return self._error(failure.status, failure.description)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return self._error(404, "Not Found")
        result = await handler(params)
        if isinstance(result, web.Response):
            return result
        params["_ok"] = True
        return web.json_response({"ok": True, "result": result})

    async def _m_getMe(self, _p: dict[str, Any]) -> Any:
        bot_id = int(self.token.split(":")[0])
        return {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Helpline",
            "username": self.username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _check_text(self, p: dict[str, Any]) -> web.Response | None:
        text = p.get("text")
        if not isinstance(text, str) or not text.strip():
            return self._error(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            return self._error(400, "Bad Request: message is too long")
        markup = p.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and len(str(data).encode()) > 64:
                    return self._error(400, "Bad Request: BUTTON_DATA_INVALID")
                url = button.get("url")
                if url is not None and not str(url).startswith(("http://", "https://", "tg://")):
                    return self._error(400, "Bad Request: inline keyboard button URL is invalid")
        return None

    def _message(self, p: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        message = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(p["chat_id"]), "type": "private", "first_name": "User"},
            "from": {"id": int(self.token.split(":")[0]), "is_bot": True, "first_name": "Helpline"},
            "text": p["text"],
        }
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        return message

    async def _m_sendMessage(self, p: dict[str, Any]) -> Any:
        if "chat_id" not in p:
            return self._error(400, "Bad Request: chat_id is empty")
        return self._check_text(p) or self._message(p)

    async def _m_editMessageText(self, p: dict[str, Any]) -> Any:
        return self._check_text(p) or self._message(p, int(p.get("message_id", 0)) or None)

    async def _m_answerCallbackQuery(self, p: dict[str, Any]) -> Any:
        return True if p.get("callback_query_id") else self._error(400, "Bad Request: query id is empty")

    async def _m_deleteMessage(self, _p: dict[str, Any]) -> Any:
        return True

    async def _m_setWebhook(self, p: dict[str, Any]) -> Any:
        if not str(p.get("url", "")).startswith("https://"):
            return self._error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = p
        return True

    async def _m_deleteWebhook(self, _p: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def _m_getUpdates(self, p: dict[str, Any]) -> Any:
        offset = int(p.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), min(float(p.get("timeout") or 0), 1.0))
            except TimeoutError:
                pass
        return list(self.updates)


class Updates:
    """Realistic Telegram updates for one private chat."""

    _ids = itertools.count(1)

    def __init__(self, chat_id: int, language_code: str | None = "en", first_name: str = "Ana") -> None:
        self.chat_id = chat_id
        self.user = {"id": chat_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.user["language_code"] = language_code
        self._message_ids = itertools.count(1)
        self.last_bot_message: dict[str, Any] | None = None

    def _base(self, **fields: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "from": self.user,
            "chat": {"id": self.chat_id, "type": "private", "first_name": self.user["first_name"]},
            "date": int(time.time()),
            **fields,
        }

    def text(self, text: str) -> dict[str, Any]:
        message = self._base(text=text)
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"update_id": next(self._ids), "message": message}

    def edited(self, message_id: int, text: str) -> dict[str, Any]:
        message = self._base(text=text, edit_date=int(time.time()))
        message["message_id"] = message_id
        return {"update_id": next(self._ids), "edited_message": message}

    def photo(self, caption: str | None = None) -> dict[str, Any]:
        sizes = [
            {"file_id": "AgAD-small", "file_unique_id": "u-small", "width": 90, "height": 90},
            {"file_id": "AgAD-big", "file_unique_id": "u-big", "width": 1280, "height": 1280},
        ]
        fields: dict[str, Any] = {"photo": sizes}
        if caption:
            fields["caption"] = caption
        return {"update_id": next(self._ids), "message": self._base(**fields)}

    def voice(self) -> dict[str, Any]:
        voice = {
            "file_id": "AwAD-voice",
            "file_unique_id": "u-voice",
            "duration": 4,
            "mime_type": "audio/ogg",
        }
        return {"update_id": next(self._ids), "message": self._base(voice=voice)}

    def location(self) -> dict[str, Any]:
        return {
            "update_id": next(self._ids),
            "message": self._base(location={"latitude": 52.23, "longitude": 21.01}),
        }

    def press(self, data: str) -> dict[str, Any]:
        bot_message = {
            "message_id": 999,
            "from": {"id": 1, "is_bot": True, "first_name": "Helpline"},
            "chat": {"id": self.chat_id, "type": "private", "first_name": self.user["first_name"]},
            "date": int(time.time()),
            "text": "…",
        }
        query = {
            "id": f"cq{next(self._ids)}",
            "from": self.user,
            "message": bot_message,
            "chat_instance": "ci-1",
            "data": data,
        }
        return {"update_id": next(self._ids), "callback_query": query}
