"""Optional intents from a Rasa server (`POST /model/parse`), with a timeout and a built-in fallback.

Risk detection never depends on Rasa: `analyse` always keeps the built-in language and risk, and takes
only the intent (and its confidence) from Rasa when Rasa answers in time with a known intent. When a
message is high or critical risk, the built-in intent (report_situation / emergency) wins anyway.
"""

from __future__ import annotations

import dataclasses
import logging

import aiohttp

from nlu.analyzer import Analyzer
from nlu.labels import INTENTS
from nlu.types import NluResult

__all__ = ["DEFAULT_TIMEOUT", "RasaClient", "analyse"]

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 0.5  # seconds; the built-in model answers in well under a millisecond
_ESCALATED = frozenset({"high", "critical"})


class RasaClient:
    """Client for a Rasa server's `POST /model/parse`. The session is owned by the caller."""

    def __init__(
        self, session: aiohttp.ClientSession, base_url: str, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self._session = session
        self._url = base_url.rstrip("/") + "/model/parse"
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def intent(self, text: str) -> tuple[str, float] | None:
        """(intent, confidence), or None on timeout, error, bad JSON or an intent we do not know.

        Warnings never include the user's text.
        """
        try:
            async with self._session.post(self._url, json={"text": text}, timeout=self._timeout) as resp:
                if resp.status != 200:
                    log.warning("rasa parse failed: HTTP %s", resp.status)
                    return None
                data = await resp.json(content_type=None)
        except TimeoutError:
            log.warning("rasa parse timed out")
            return None
        except (aiohttp.ClientError, ValueError) as exc:
            log.warning("rasa parse failed: %s", type(exc).__name__)
            return None
        try:
            name = data["intent"]["name"]
            confidence = float(data["intent"].get("confidence", 0.0))
        except (KeyError, TypeError, ValueError, AttributeError):
            log.warning("rasa parse returned an unexpected shape")
            return None
        if name not in INTENTS:
            log.warning("rasa returned an unknown intent %r", str(name)[:40])
            return None
        return name, min(max(confidence, 0.0), 1.0)


async def analyse(analyzer: Analyzer, text: str, language_hint: str | None = None,
                  rasa: RasaClient | None = None) -> NluResult:
    """Built-in analysis, with the intent from Rasa when it answers (risk is always built-in)."""
    result = analyzer.parse(text, language_hint)
    if rasa is None or result.risk.level in _ESCALATED or not text.strip():
        return result
    answer = await rasa.intent(text)
    if answer is None:
        return result
    intent, confidence = answer
    return dataclasses.replace(result, intent=intent, intent_confidence=confidence)
