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
        present: dict[str, list[tuple[int, int]]] = {}  # feature -> (class, count) where it occurs
        for k, c in enumerate(counts):
            for f, n in c.items():
                present.setdefault(f, []).append((k, n))
        vocab = sorted(present)
        v = len(vocab) or 1
        denom = [sum(c.values()) + alpha * v for c in counts]
        # A feature absent from a class has count 0 there: log((0 + alpha) / denom), the same for every
        # such feature, so it is computed once per class (the values are identical, bit for bit).
        absent = [math.log((0 + alpha) / d) for d in denom]
        self.table: dict[str, tuple[float, ...]] = {}
        for f in vocab:
            logs = list(absent)
            for k, n in present[f]:
                logs[k] = math.log((n + alpha) / denom[k])
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
