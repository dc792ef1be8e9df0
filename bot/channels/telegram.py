"""Telegram through python-telegram-bot's ``Bot``, inside our aiohttp app (no second web server).

Inbound: ``POST /webhooks/telegram`` (TELEGRAM_MODE=webhook; the secret header is checked before the
body is read) or getUpdates in a background task (TELEGRAM_MODE=polling, for development). Both give
``Update`` objects to ``on_update``. Outbound: outbox rows become sendMessage calls with inline
keyboards; Telegram's errors become outbox outcomes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import warnings
from datetime import timedelta
from typing import Any, ClassVar

from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from ..clock import utcnow
from ..outbox import GiveUp, OutboxItem, RetryLater
from ..privacy import HIDE_WINDOW_HOURS, keep_profile_name, wants_hide
from .aiohttp_request import AiohttpRequest
from .base import CAMPAIGN_CODE, ChannelAdapter, Incoming, InFlight, link_lines

__all__ = ["TelegramAdapter", "make_bot"]

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
URL_SCHEMES = ("http://", "https://", "tg://")
COMMAND_BUTTONS = {"/help": "menu", "/menu": "menu", "/language": "lang"}
# Types of the fields this adapter reads; python-telegram-bot's de_json does not check them.
FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "update_id": int, "message_id": int, "date": int, "text": str, "caption": str, "data": str,
    "first_name": str, "last_name": str, "username": str, "language_code": str, "type": str,
    "message": dict, "edited_message": dict, "callback_query": dict, "from": dict, "chat": dict,
    "photo": list, "entities": list, "caption_entities": list,
}  # fmt: skip


def check_types(value: Any, depth: int = 0) -> None:
    """Raise ValueError when a known field of an update has the wrong type (never from Telegram)."""
    if depth > 30:
        raise ValueError("too deep")
    if isinstance(value, dict):
        for key, item in value.items():
            expected = FIELD_TYPES.get(key)
            if expected is not None and (not isinstance(item, expected) or isinstance(item, bool)):
                raise ValueError(f"{key} is not {expected}")
            if key in {"id", "offset", "length", "width", "height", "file_size"} and (
                isinstance(item, bool) or not isinstance(item, (int, str))
            ):
                raise ValueError(f"{key} is not a number or a string")
            check_types(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_types(item, depth + 1)


def make_bot(token: str, api_base_url: str, pool_size: int = 64) -> Bot:
    """A ``Bot`` talking to ``api_base_url`` (the public Bot API, a local Bot API server, an emulator)."""
    base = api_base_url.rstrip("/")
    request = AiohttpRequest(connection_pool_size=pool_size, read_timeout=10, pool_timeout=5)
    polling = AiohttpRequest(connection_pool_size=1, read_timeout=40)
    return Bot(
        token,
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=request,
        get_updates_request=polling,
    )


def _attachments(message: Message) -> tuple[dict[str, Any], ...]:
    """A reference to each thing that is not text, for a consultant to fetch later."""
    found: list[dict[str, Any]] = []
    if message.photo:
        biggest = message.photo[-1]
        found.append({"kind": "photo", "file_id": biggest.file_id, "file_unique_id": biggest.file_unique_id})
    for kind in ("voice", "audio", "video", "video_note", "document", "sticker", "animation"):
        item = getattr(message, kind, None)
        if item is not None:
            ref: dict[str, Any] = {"kind": kind, "file_id": item.file_id}
            ref["file_unique_id"] = item.file_unique_id
            mime = getattr(item, "mime_type", None)
            if mime:
                ref["mime_type"] = mime
            found.append(ref)
    if message.location is not None:
        loc = message.location
        found.append({"kind": "location", "latitude": loc.latitude, "longitude": loc.longitude})
    if message.contact is not None:
        found.append({"kind": "contact", "phone_number": message.contact.phone_number})
    return tuple(found)


def callback_data(button_id: str) -> str:
    """A button id as callback data (at most 64 bytes); a longer one is replaced by a marked hash
    that the dialogue will not know, so pressing it gets the "no longer offered" answer."""
    if len(button_id.encode("utf-8")) <= MAX_CALLBACK_DATA:
        return button_id
    return "h:" + hashlib.sha256(button_id.encode("utf-8")).hexdigest()[:40]


def keyboard(buttons: list[dict[str, Any]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    keys = [
        InlineKeyboardButton(b["title"], url=b["url"])
        if b.get("url")
        else InlineKeyboardButton(b["title"], callback_data=callback_data(b["id"]))
        for b in buttons
    ]
    per_row = 2 if all(len(b["title"]) <= 16 for b in buttons) and len(buttons) > 3 else 1
    return InlineKeyboardMarkup([keys[i : i + per_row] for i in range(0, len(keys), per_row)])


def _retry_after(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # an int today, a timedelta in PTB 23: both are fine here
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramAdapter(ChannelAdapter):
    name: ClassVar[str] = "telegram"
    max_text = MAX_TEXT

    def __init__(self, bot: Bot, *, mode: str = "webhook", secret: str = "") -> None:
        super().__init__()
        if mode == "webhook" and not secret:
            raise ValueError("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE=webhook")
        self.bot = bot
        self.mode = mode
        self._secret = secret.encode("utf-8")
        self._bot_id = bot.token.split(":", 1)[0]
        self._polling: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[Any]] = set()

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await asyncio.wait_for(self.bot.initialize(), 10)  # getMe: checks the token
            log.info("telegram: bot @%s ready (%s)", self.bot.username, self.mode)
        except (TelegramError, TimeoutError) as exc:  # the API may be away; the outbox retries
            log.warning("telegram: getMe failed at start-up (%s); continuing", exc)
        if self.mode == "polling":
            self._polling = asyncio.create_task(self._poll(), name="telegram-polling")

    async def stop(self) -> None:
        if self._polling is not None:
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        for task in list(self._background):
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)

    async def close(self) -> None:
        await self.bot.shutdown()

    # -- inbound ---------------------------------------------------------------------------------

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8")
        if not hmac.compare_digest(given, self._secret):
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        try:
            data = json.loads(await request.read())
            if not isinstance(data, dict):
                raise ValueError("not an object")
            check_types(data)
            update = Update.de_json(data, self.bot)
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
            log.warning("telegram: unreadable update (%s)", type(exc).__name__)
            return web.json_response({"ok": False, "error": "bad update"}, status=400)
        try:
            await self.on_update(update)
        except InFlight:
            return web.json_response({"ok": False, "error": "in progress"}, status=503)
        return web.json_response({"ok": True})

    async def on_update(self, update: Update) -> None:
        try:
            event = self.read(update)
        except (AttributeError, TypeError, ValueError) as exc:  # de_json lets missing fields through
            log.warning("telegram: unreadable update (%s)", type(exc).__name__)
            return
        if update.callback_query is not None:
            self._spawn(self._answer_callback(update.callback_query.id))
        if event is not None:
            replies = await self.receiver.receive(event)
            user = update.effective_user
            if user is not None:  # masked in the review room (bot/privacy.py)
                name = " ".join(filter(None, (user.first_name, user.last_name)))
                await keep_profile_name(self.receiver.helpline.store, replies, name, event.button)
            if replies and wants_hide(event.text, event.button):  # "hide this chat" (bot/privacy.py)
                self._spawn(self._hide(event.chat_id, replies[0].conversation_id, replies))

    async def _hide(self, chat_id: str, conversation_id: str, replies: list[Any]) -> None:
        """Delete what the bot sent in the last 48 hours, except the reply explaining it."""
        await self.receiver.outbox.flush()  # the ids of messages sent a moment ago too
        store = self.receiver.outbox.store
        since = utcnow() - timedelta(hours=HIDE_WINDOW_HOURS)
        keep = [r.message_id for r in replies if r.message_id is not None]
        rows = await store.sent_platform_ids(conversation_id, since, keep)
        for _row, message_id in rows:
            try:
                await self.bot.delete_message(chat_id=int(chat_id), message_id=int(message_id))
            except TelegramError as exc:  # too old, already deleted by the user: nothing to do
                log.info("telegram: deleteMessage failed (%s)", type(exc).__name__)
        await store.clear_platform_ids([row for row, _ in rows])

    def read(self, update: Update) -> Incoming | None:
        """The channel-neutral reading of one update, or None when there is nothing to answer."""
        key = f"telegram:{self._bot_id}:{update.update_id}"
        query = update.callback_query
        if query is not None:
            message = query.message
            if message is None or message.chat.type != "private" or not query.data:
                return None
            return Incoming(
                channel=self.name,
                chat_id=str(message.chat.id),
                dedup_key=key,
                button=query.data,
                language_hint=query.from_user.language_code,
                external_id=str(update.update_id),
            )
        message = update.message or update.edited_message
        if message is None or message.chat.type != "private":
            return None  # groups and channels: this bot talks to one person at a time
        user = message.from_user
        hint = user.language_code if user else None
        text = message.text or message.caption
        common: dict[str, Any] = {
            "channel": self.name,
            "chat_id": str(message.chat.id),
            "dedup_key": key,
            "language_hint": hint,
            "external_id": str(message.message_id),
            "meta": {"edited": True} if update.edited_message is not None else {},
        }
        if message.text and message.text.startswith("/"):
            command, _, argument = message.text.partition(" ")
            command = command.split("@", 1)[0].lower()
            if command == "/start":
                payload = argument.strip()
                campaign = payload if CAMPAIGN_CODE.fullmatch(payload) else None
                return Incoming(**common, text=message.text, start=True, campaign=campaign)
            if command in COMMAND_BUTTONS:
                return Incoming(**common, button=COMMAND_BUTTONS[command])
        attachments = _attachments(message)
        if not text and not attachments:
            return None  # a service message (someone joined, a pinned message)
        return Incoming(**common, text=text, attachments=attachments)

    async def _answer_callback(self, query_id: str) -> None:
        try:
            await self.bot.answer_callback_query(query_id)
        except TelegramError as exc:  # the button still works; only the spinner stays a while
            log.info("telegram: answerCallbackQuery failed: %s", exc)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _poll(self) -> None:
        """Development mode: long-poll getUpdates; the same path as the webhook afterwards."""
        with contextlib.suppress(TelegramError):
            await self.bot.delete_webhook()
        offset: int | None = None
        delay = 1.0
        while True:
            try:
                updates = await self.bot.get_updates(
                    offset=offset, timeout=25, allowed_updates=list(ALLOWED_UPDATES)
                )
                delay = 1.0
            except RetryAfter as exc:
                await asyncio.sleep(_retry_after(exc))
                continue
            except TelegramError as exc:
                log.warning("telegram: getUpdates failed (%s); again in %.0fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60)
                continue
            for update in updates:
                try:
                    await self.on_update(update)
                except InFlight:
                    pass
                except Exception:
                    log.exception("telegram: update %s failed", update.update_id)
                    break  # not acknowledged: getUpdates gives it again
                offset = update.update_id + 1

    # -- outbound --------------------------------------------------------------------------------

    def split(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        buttons, lines = link_lines(list(payload.get("buttons", [])), URL_SCHEMES)
        text = str(payload.get("text", ""))
        if lines:
            text = f"{text}\n\n{lines}" if text else lines
        return super().split({**payload, "text": text, "buttons": buttons})

    async def deliver(self, item: OutboxItem) -> str | None:
        payload = item.payload
        try:
            sent = await self.bot.send_message(
                chat_id=int(item.chat_id),
                text=payload.get("text") or "…",
                reply_markup=keyboard(list(payload.get("buttons", []))),
                link_preview_options=None,
            )
        except RetryAfter as exc:
            raise RetryLater("429 retry_after", after=_retry_after(exc)) from exc
        except Forbidden as exc:  # the user blocked the bot
            raise GiveUp(f"forbidden: {exc.message}") from exc
        except ChatMigrated as exc:
            raise GiveUp(f"chat migrated to {exc.new_chat_id}") from exc
        except BadRequest as exc:
            raise GiveUp(f"bad request: {exc.message}") from exc
        except InvalidToken as exc:  # the operator must fix the token; keep the message meanwhile
            raise RetryLater(f"invalid token: {exc.message}") from exc
        except NetworkError as exc:  # 5xx, time-outs, connection refused
            raise RetryLater(f"network: {exc.message}") from exc
        return str(sent.message_id)  # kept with the row (outbox), so "hide this chat" can delete it
