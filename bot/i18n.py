"""Compiled gettext catalogs, one per language, keyed by stable message ids.

A message id names a text ("menu.placeholder"); each catalog under locales/<lang>/LC_MESSAGES holds
that text in its language. A missing compiled catalog stops start-up: replying in the wrong language
silently is worse than not starting. `helpline i18n compile` builds them from the .po files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.support import Translations

from .errors import ConfigError
from .languages import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["LOCALES_DIR", "N_", "Catalogs"]

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"


def N_(message_id: str) -> str:
    """Mark an id for extraction without translating it here."""
    return message_id


class Catalogs:
    """All languages' translations; ``text(lang, id, **values)`` renders one message."""

    def __init__(self, translations: dict[str, Translations]) -> None:
        self._translations = translations

    @classmethod
    def load(cls, directory: Path = LOCALES_DIR, languages: tuple[str, ...] = LANGUAGES) -> Catalogs:
        loaded: dict[str, Translations] = {}
        for lang in languages:
            mo = directory / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if not mo.is_file():
                raise ConfigError(f"compiled catalog {mo} is missing: run `helpline i18n compile`")
            with mo.open("rb") as fp:
                loaded[lang] = Translations(fp, domain=DOMAIN)
        return cls(loaded)

    def has(self, lang: str, message_id: str) -> bool:
        tr = self._translations.get(lang)
        return tr is not None and message_id in tr._catalog

    def text(self, lang: str | None, message_id: str, /, **values: Any) -> str:
        lang = lang if lang in self._translations else DEFAULT_LANGUAGE
        for candidate in (lang, DEFAULT_LANGUAGE):
            if self.has(candidate, message_id):
                template = self._translations[candidate].gettext(message_id)
                return template.format(**values) if values else template
        raise KeyError(f"message id {message_id!r} is in no catalog")

    def plural(self, lang: str | None, message_id: str, plural_id: str, n: int, /, **values: Any) -> str:
        lang = lang if lang in self._translations else DEFAULT_LANGUAGE
        template = self._translations[lang].ngettext(message_id, plural_id, n)
        if template in (message_id, plural_id):
            template = self._translations[DEFAULT_LANGUAGE].ngettext(message_id, plural_id, n)
        return template.format(n=n, **values)
