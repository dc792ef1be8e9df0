"""Multilingual NLU for the helpline: language, intent and risk indicators with evidence."""

from nlu.analyzer import Analyzer, load_analyzer
from nlu.indicators import INDICATORS
from nlu.labels import INTENTS, LANGUAGES, LEVELS
from nlu.steady import choose_language
from nlu.types import Indicator, NluResult, Risk

__all__ = [
    "INDICATORS",
    "INTENTS",
    "LANGUAGES",
    "LEVELS",
    "Analyzer",
    "Indicator",
    "NluResult",
    "Risk",
    "choose_language",
    "load_analyzer",
]
