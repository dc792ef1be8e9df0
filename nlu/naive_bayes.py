"""A small multinomial naive Bayes over string features: deterministic, pure Python, trained at start-up."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["NaiveBayes", "softmax"]


class NaiveBayes:
    def __init__(self, labels: Sequence[str], docs: Iterable[tuple[str, Iterable[str]]], alpha: float = 0.1,
                 uniform_prior: bool = True) -> None:
        self.labels = tuple(labels)
        index = {label: n for n, label in enumerate(self.labels)}
        counts: list[Counter[str]] = [Counter() for _ in self.labels]
        ndocs = [0] * len(self.labels)
        for label, feats in docs:
            counts[index[label]].update(feats)
            ndocs[index[label]] += 1
        vocab = sorted(set().union(*counts))
        v = len(vocab) or 1
        denom = [sum(c.values()) + alpha * v for c in counts]
        self.table: dict[str, tuple[float, ...]] = {}
        for f in vocab:
            logs = [math.log((counts[k][f] + alpha) / denom[k]) for k in range(len(self.labels))]
            mean = sum(logs) / len(logs)
            # Centred per feature: only differences between classes matter for the argmax and softmax.
            self.table[f] = tuple(x - mean for x in logs)
        total = sum(ndocs) or 1
        self.prior = tuple(
            0.0 if uniform_prior or not ndocs[k] else math.log(ndocs[k] / total)
            for k in range(len(self.labels))
        )

    def add(self, scores: list[float], feats: Iterable[str]) -> int:
        """Add the features' log-likelihoods into scores; returns how many features were known."""
        table = self.table
        known = 0
        for f in feats:
            vec = table.get(f)
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
