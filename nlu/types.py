"""The result types of the NLU: what the dialogue and consultants see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Indicator", "NluResult", "Risk"]


@dataclass(frozen=True, slots=True)
class Indicator:
    """A detected risk indicator; evidence is the user's own words that triggered it (a substring)."""

    id: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Risk:
    level: str  # one of LEVELS
    score: float  # in [0, 1]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, slots=True)
class NluResult:
    text: str
    language: str
    language_confidence: float
    intent: str
    intent_confidence: float
    risk: Risk

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape written by `helpline nlu parse`."""
        return {
            "text": self.text,
            "language": self.language,
            "language_confidence": round(self.language_confidence, 4),
            "intent": self.intent,
            "intent_confidence": round(self.intent_confidence, 4),
            "risk": {
                "level": self.risk.level,
                "score": round(self.risk.score, 4),
                "indicators": [{"id": i.id, "evidence": i.evidence} for i in self.risk.indicators],
            },
        }
