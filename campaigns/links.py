"""The three ways into the chat that a poster offers, each carrying the campaign's code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from bot.config import Settings
from bot.errors import ConfigError
from bot.i18n import N_, Catalogs
from bot.languages import DEFAULT_LANGUAGE

__all__ = ["ChannelLink", "LinkBuilder", "prefilled_text"]

_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
PREFILL = N_("campaign.whatsapp.prefill")


@dataclass(frozen=True, slots=True)
class ChannelLink:
    channel: str  # telegram, whatsapp, web
    url: str


def prefilled_text(catalogs: Catalogs, language: str | None, code: str) -> str:
    """The first WhatsApp message, already typed for the user; it carries the code."""
    return catalogs.text(language or DEFAULT_LANGUAGE, PREFILL, code=code)


@dataclass(frozen=True, slots=True)
class LinkBuilder:
    """Builds the links from three settings; a channel whose setting is empty gets no link."""

    telegram_bot_username: str = ""
    whatsapp_number: str = ""  # digits only, country code first
    public_base_url: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> LinkBuilder:
        username = settings.telegram_bot_username.strip().removeprefix("@")
        if username and not _USERNAME.fullmatch(username):
            raise ConfigError(f"TELEGRAM_BOT_USERNAME={username!r}: not a Telegram bot username")
        raw = settings.whatsapp_public_number.strip()
        digits = "".join(ch for ch in raw if ch.isdigit())
        if raw and (not 8 <= len(digits) <= 15 or re.search(r"[^\d\s()+.-]", raw)):
            raise ConfigError(
                f"WHATSAPP_PUBLIC_NUMBER={raw!r}: write the full number with its country code, "
                "e.g. +48 123 456 789"
            )
        return cls(username, digits, settings.public_base_url.rstrip("/"))

    def telegram(self, code: str) -> str | None:
        return (
            f"https://t.me/{self.telegram_bot_username}?start={code}" if self.telegram_bot_username else None
        )

    def whatsapp(self, code: str, text: str) -> str | None:
        if not self.whatsapp_number:
            return None
        return f"https://wa.me/{self.whatsapp_number}?text={quote(text, safe='')}"

    def web(self, code: str) -> str | None:
        return f"{self.public_base_url}/?c={code}" if self.public_base_url else None

    def all(self, code: str, catalogs: Catalogs, language: str | None) -> list[ChannelLink]:
        """Every link this helpline can offer, in poster order (Telegram, WhatsApp, web)."""
        urls = [
            ("telegram", self.telegram(code)),
            ("whatsapp", self.whatsapp(code, prefilled_text(catalogs, language, code))),
            ("web", self.web(code)),
        ]
        return [ChannelLink(channel, url) for channel, url in urls if url]
