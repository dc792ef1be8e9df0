"""Intent classification: naive Bayes over folded words, word prefixes and word pairs.

Folding (nlu.text) lets one model serve all seven languages, Cyrillic and transliterated alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from nlu.dataset import Example
from nlu.labels import INTENTS
from nlu.naive_bayes import NaiveBayes, softmax
from nlu.text import Token, tokenize

__all__ = ["IntentClassifier", "features"]

_TEMPERATURE = 2.0


def features(tokens: list[Token]) -> list[str]:
    words = [t.norm for t in tokens[:300]]
    feats = [f"w:{w}" for w in words]
    feats += [f"p:{w[:5]}" for w in words if len(w) > 5]
    feats += [f"b:{a}_{b}" for a, b in pairwise(words)]
    return feats


class IntentClassifier:
    def __init__(self, examples: Iterable[Example]) -> None:
        docs = [(ex.intent, features(tokenize(ex.text))) for ex in examples]
        self.model = NaiveBayes(INTENTS, docs, alpha=0.1)
        self._cache: dict[str, tuple[tuple[float, ...], int]] = {}

    def _word(self, word: str) -> tuple[tuple[float, ...], int]:
        """The summed vector of a word's unigram and prefix features, and how many were known."""
        hit = self._cache.get(word)
        if hit is None:
            scores = [0.0] * len(INTENTS)
            feats = [f"w:{word}", f"p:{word[:5]}"] if len(word) > 5 else [f"w:{word}"]
            known = self.model.add(scores, feats)
            if len(self._cache) > 100_000:
                self._cache.clear()
            hit = self._cache[word] = (tuple(scores), known)
        return hit

    def classify(self, tokens: list[Token], exclude: frozenset[str] = frozenset()) -> tuple[str, float]:
        """The most probable intent not in exclude, and its probability."""
        if not tokens:
            return "out_of_scope", 1.0
        scores = [0.0] * len(INTENTS)
        words = [t.norm for t in tokens[:300]]
        known = self.model.add(scores, [f"b:{a}_{b}" for a, b in pairwise(words)])
        hits = [self._word(w) for w in words]
        known += sum(n for _, n in hits)
        # Summed per intent; on Python 3.11 the same additions in the same order as a loop over the words.
        columns = zip(*(vec for vec, _ in hits), strict=True)
        scores = [sum(column, start) for start, column in zip(scores, columns, strict=True)]
        if not known:
            return "out_of_scope", 0.5
        probs = softmax(scores, _TEMPERATURE)
        best = max((k for k in range(len(INTENTS)) if INTENTS[k] not in exclude), key=lambda k: probs[k])
        return INTENTS[best], probs[best]
