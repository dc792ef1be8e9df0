"""Language identification for the seven helpline languages on short, informal text.

A character 1-4-gram + word naive Bayes trained on nlu/data (including transliterated Russian and
Ukrainian, Polish and Vietnamese without diacritics), plus script rules: Cyrillic text is only ru/uk;
і ї є ґ are Ukrainian and ы э ъ ё Russian; Vietnamese-only letters (ơ ư đ ạ ả ấ ...) mean vi; a hint
(the user's chosen language or a channel's code) is a soft prior that a clear, long message outweighs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from nlu.dataset import Example
from nlu.labels import LANGUAGES
from nlu.naive_bayes import NaiveBayes, softmax
from nlu.text import _WORD, MAX_CHARS
from nlu.translit import variants

__all__ = ["LanguageIdentifier"]

_HINT_BONUS = 8.0
_TEMPERATURE = 3.0
_UK = frozenset("іїєґ")
_RU = frozenset("ыэъё")
# Ukrainian-only word endings with no і ї є ґ: locatives "в Гданську", "у Вроцлаві" have them, and
# nouns in -ння ("питання", "звільнення"; Russian writes -ние).
_UK_ENDINGS = ("ську", "цьку", "зьку", "ння", "ннях", "нням")
_PL = frozenset("ąęłńśźżć")
_RO = frozenset("șşțţ")
_ES = frozenset("ñ¿¡")
_VI = frozenset("ơưđ") | frozenset(chr(c) for c in range(0x1EA0, 0x1EFA))
_INDEX = {lang: k for k, lang in enumerate(LANGUAGES)}


def _token_features(word: str) -> list[str]:
    padded = f" {word} "
    feats = [f"w:{word}"]
    n = len(padded)
    for size in (1, 2, 3, 4):
        feats.extend(padded[i : i + size] for i in range(n - size + 1))
    return feats


def _words(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text[:MAX_CHARS])]


class LanguageIdentifier:
    def __init__(self, examples: Iterable[Example], augment: bool = True, rules: bool = True) -> None:
        """augment/rules switch off the spelling variants and script rules (for the comparison only)."""
        self.rules = rules
        docs: list[tuple[str, list[str]]] = []
        for ex in examples:
            for text in (ex.text, *(variants(ex.text, ex.language) if augment else ())):
                docs.append((ex.language, [f for w in _words(text) for f in _token_features(w)]))
        self.model = NaiveBayes(LANGUAGES, docs, alpha=0.05)
        self._cache: dict[str, tuple[float, ...]] = {}

    def _word_scores(self, word: str) -> tuple[float, ...]:
        vec = self._cache.get(word)
        if vec is None:
            scores = [0.0] * len(LANGUAGES)
            self.model.add(scores, _token_features(word))
            vec = tuple(scores)
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[word] = vec
        return vec

    def identify(self, text: str, hint: str | None = None) -> tuple[str, float]:
        """(language, confidence). No letters at all: (hint or "en", 0.0)."""
        words = _words(text)
        # Each distinct character once: a message repeats few of them.
        counts = {c: n for c, n in Counter("".join(words)).items() if c.isalpha()}
        n_letters = sum(counts.values())
        if not n_letters:
            return (hint or "en"), 0.0
        # Summed per language; on Python 3.11 the same additions in the same order as a loop over the words
        # (3.12's sum() rounds more exactly, which can move a score in its last bits).
        vecs = [self._word_scores(w) for w in words[:400]]
        scores = [sum(column) for column in zip(*vecs, strict=True)]
        idx = _INDEX
        cyr = sum(n for c, n in counts.items() if "\u0400" <= c <= "\u04ff")
        bonus = {
            "uk": 4.0 * (sum(counts.get(c, 0) for c in _UK)
                         + sum(1 for w in words if w.endswith(_UK_ENDINGS))),
            "ru": 4.0 * sum(counts.get(c, 0) for c in _RU),
            "vi": 6.0 * sum(n for c, n in counts.items() if c in _VI),
            "pl": 3.0 * sum(counts.get(c, 0) for c in _PL),
            "ro": 3.0 * sum(counts.get(c, 0) for c in _RO),
            "es": 3.0 * sum(1 for c in _ES if c in counts),
        }
        for lang, b in bonus.items():
            scores[idx[lang]] += min(b, 24.0) if self.rules else 0.0
        if hint in idx:
            # A soft prior: decisive for a word or two, outweighed by a clear, longer message.
            scores[idx[hint]] += _HINT_BONUS + max(0, 24 - 2 * n_letters)
        if self.rules and cyr * 2 > n_letters:
            for lang in LANGUAGES:
                if lang not in ("uk", "ru"):
                    scores[idx[lang]] = -1e9
        probs = softmax(scores, _TEMPERATURE)
        best = max(range(len(LANGUAGES)), key=lambda k: probs[k])
        return LANGUAGES[best], probs[best]
