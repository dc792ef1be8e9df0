"""Telling staff about new high and critical cases: a generic webhook, a Telegram staff chat."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any, Protocol

from aiohttp import ClientSession, ClientTimeout

__all__ = ["FanOut", "Notifier", "TelegramStaffChat", "Webhook", "describe"]

log = logging.getLogger(__name__)
TIMEOUT = ClientTimeout(total=10)


class Notifier(Protocol):
    async def notify(self, event: dict[str, Any]) -> None:
        """Deliver one event or raise; must not retry forever."""


def describe(event: dict[str, Any]) -> str:
    """One line for a human: no user text, only what staff need to open the console."""
    indicators = ", ".join(event.get("indicators") or []) or "-"
    return (
        f"New {event['level']} case #{event['case_id']} ({event.get('language') or '?'}, "
        f"{event['channel']}): {indicators}. Open the console to claim it."
    )


class Webhook:
    """POST the event as JSON to a URL."""

    def __init__(self, http: ClientSession, url: str) -> None:
        self._http = http
        self._url = url

    async def notify(self, event: dict[str, Any]) -> None:
        async with self._http.post(self._url, json=event, timeout=TIMEOUT) as resp:
            if resp.status >= 300:
                raise RuntimeError(f"webhook answered {resp.status}")


class TelegramStaffChat:
    """A message in the staff's Telegram chat, sent by the helpline's own bot."""

    def __init__(self, http: ClientSession, api_base: str, token: str, chat_id: str) -> None:
        self._http = http
        self._url = f"{api_base.rstrip('/')}/bot{token}/sendMessage"
        self._chat_id = chat_id

    async def notify(self, event: dict[str, Any]) -> None:
        body = {"chat_id": self._chat_id, "text": describe(event), "disable_web_page_preview": True}
        async with self._http.post(self._url, json=body, timeout=TIMEOUT) as resp:
            if resp.status >= 300:
                raise RuntimeError(f"telegram answered {resp.status}")


class FanOut:
    """Every configured notifier; a failure of one is logged and does not stop the others."""

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self.notifiers = list(notifiers)

    async def notify(self, event: dict[str, Any]) -> None:
        results = await asyncio.gather(*(n.notify(event) for n in self.notifiers), return_exceptions=True)
        for notifier, result in zip(self.notifiers, results, strict=True):
            if isinstance(result, BaseException):
                log.warning("staff notifier %s failed: %s", type(notifier).__name__, result)
