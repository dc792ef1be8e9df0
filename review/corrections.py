"""Moderators' NLU corrections as Rasa training data (YAML, format 3.1), masked.

Each corrected inbound message becomes one example under its (corrected) intent; the corrected
language, level and indicator ids ride along as example metadata in nlu/'s own keys (`language`,
`level`, `indicators`), so `nlu.dataset.load_examples` reads the file as it is: `helpline nlu eval`
scores the model on it, and a copy under nlu/data/corrections/ becomes training data. Texts
go through bot/redact.py first: training data never carries a phone number, a name or an address.
"""

from __future__ import annotations

from typing import Any

import yaml
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.redact import redact
from nlu import INDICATORS, LANGUAGES, LEVELS

from .store import ReviewStore

__all__ = ["corrections_yaml", "rasa_document"]


def rasa_document(items: list[tuple[dict[str, Any], str, dict[str, Any]]]) -> dict[str, Any]:
    by_intent: dict[str, list[dict[str, Any]]] = {}
    for correction, text, original in items:
        intent = correction.get("intent") or original.get("intent")
        masked = redact(text).text.strip()
        if not intent or not masked:
            continue
        language = correction.get("language") or original.get("language")
        if language not in LANGUAGES:
            continue  # nlu/ cannot use an example without its language
        metadata: dict[str, Any] = {"language": language}
        level = correction.get("risk_level") or original.get("risk_level")
        if level in LEVELS:
            metadata["level"] = level
        if correction.get("indicators") is not None:  # ids from before they were checked are left out
            metadata["indicators"] = [i for i in correction["indicators"] if i in INDICATORS]
        by_intent.setdefault(intent, []).append({"text": masked, "metadata": metadata})
    return {
        "version": "3.1",
        "nlu": [{"intent": intent, "examples": examples} for intent, examples in sorted(by_intent.items())],
    }


async def corrections_yaml(engine: AsyncEngine) -> str:
    document = rasa_document(await ReviewStore(engine).corrections())
    header = "# NLU corrections from the review room (masked). Generated; do not edit by hand.\n"
    return header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
