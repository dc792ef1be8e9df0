"""A small multinomial naive Bayes over string features: deterministic, pure Python, trained at start-up."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["NaiveBayes", "softmax"]


class NaiveBayes:
    """lazy=True computes a feature's row on first use instead of for the whole vocabulary at once
    (start-up, for a model that reads few features: the net's indicator guess). The rows are the
    same, bit for bit."""

    def __init__(self, labels: Sequence[str], docs: Iterable[tuple[str, Iterable[str]]], alpha: float = 0.1,
                 uniform_prior: bool = True, lazy: bool = False) -> None:
        self.labels = tuple(labels)
        index = {label: n for n, label in enumerate(self.labels)}
        counts: list[Counter[str]] = [Counter() for _ in self.labels]
        ndocs = [0] * len(self.labels)
        for label, feats in docs:
            counts[index[label]].update(feats)
            ndocs[index[label]] += 1
        self.vocab: set[str] = set().union(*counts)
        v = len(self.vocab) or 1
        self._denom = [sum(c.values()) + alpha * v for c in counts]
        # A feature absent from a class has count 0 there: log((0 + alpha) / denom), the same for every
        # such feature, so it is computed once per class (the values are identical, bit for bit).
        self._absent = [math.log((0 + alpha) / d) for d in self._denom]
        self._alpha = alpha
        self._counts: list[Counter[str]] = counts
        self.table: dict[str, tuple[float, ...]] = {}
        if not lazy:
            for f in sorted(self.vocab):
                self.table[f] = self._row(f)
            self._counts = []
        total = sum(ndocs) or 1
        self.prior = tuple(
            0.0 if uniform_prior or not ndocs[k] else math.log(ndocs[k] / total)
            for k in range(len(self.labels))
        )

    def _row(self, f: str) -> tuple[float, ...]:
        logs = list(self._absent)
        for k, c in enumerate(self._counts):
            n = c.get(f)
            if n:
                logs[k] = math.log((n + self._alpha) / self._denom[k])
        mean = sum(logs) / len(logs)
        # Centred per feature: only differences between classes matter for the argmax and softmax.
        return tuple(x - mean for x in logs)

    def row(self, f: str) -> tuple[float, ...] | None:
        """The feature's centred log-likelihoods, or None for a feature never seen in training."""
        vec = self.table.get(f)
        if vec is None and self._counts and f in self.vocab:
            vec = self.table[f] = self._row(f)
        return vec

    def add(self, scores: list[float], feats: Iterable[str]) -> int:
        """Add the features' log-likelihoods into scores; returns how many features were known."""
        table = self.table
        lazy = bool(self._counts)
        known = 0
        for f in feats:
            vec = table.get(f)
            if vec is None and lazy:
                vec = self.row(f)
            if vec is not None:
                known += 1
                for k, x in enumerate(vec):
                    scores[k] += x
        return known


def softmax(scores: Sequence[float], temperature: float = 1.0) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / temperature) if s > -1e8 else 0.0 for s in scores]
    total = sum(exps)
    return [e / total for e in exps]
