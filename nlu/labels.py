"""Label sets: languages, intents, risk levels."""

from __future__ import annotations

__all__ = ["INTENTS", "LANGUAGES", "LEVELS", "normalize_hint"]

LANGUAGES = ("pl", "en", "uk", "ru", "es", "ro", "vi")

INTENTS = (
    "greet",
    "goodbye",
    "thanks",
    "affirm",
    "deny",
    "safe_job_abroad",
    "check_job_offer",
    "warning_signs",
    "rights",
    "contacts",
    "talk_to_human",
    "report_situation",
    "emergency",
    "out_of_scope",
)

LEVELS = ("none", "low", "high", "critical")

_HINT_ALIASES = {"ua": "uk", "mo": "ro", "md": "ro", "vn": "vi", "eng": "en", "pol": "pl", "rus": "ru",
                 "ukr": "uk", "spa": "es", "ron": "ro", "rum": "ro", "vie": "vi"}


def normalize_hint(hint: str | None) -> str | None:
    """A channel's language code ("uk", "uk-UA", "es_419", "pt-BR") -> one of LANGUAGES or None."""
    if not hint or not isinstance(hint, str):
        return None
    code = hint.strip().lower().replace("_", "-").split("-", 1)[0]
    code = _HINT_ALIASES.get(code, code)
    return code if code in LANGUAGES else None
