"""Evaluation on a labelled split: per-language language accuracy, escalation and critical recall,
false escalation rate, indicator precision/recall/F1, intent accuracy and a confusion table of levels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from nlu.analyzer import Analyzer
from nlu.dataset import Example
from nlu.labels import LANGUAGES, LEVELS

__all__ = ["Scores", "evaluate", "format_report"]

_ESCALATED = frozenset({"high", "critical"})


@dataclass
class Scores:
    n: int = 0
    language_ok: int = 0
    intent_ok: int = 0
    escalation_gold: int = 0
    escalation_ok: int = 0
    critical_gold: int = 0
    critical_ok: int = 0
    calm_gold: int = 0
    calm_raised: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def language_accuracy(self) -> float:
        return self._ratio(self.language_ok, self.n)

    @property
    def intent_accuracy(self) -> float:
        return self._ratio(self.intent_ok, self.n)

    @property
    def escalation_recall(self) -> float:
        return self._ratio(self.escalation_ok, self.escalation_gold)

    @property
    def critical_recall(self) -> float:
        return self._ratio(self.critical_ok, self.critical_gold)

    @property
    def false_escalation(self) -> float:
        return self._ratio(self.calm_raised, self.calm_gold) if self.calm_gold else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(analyzer: Analyzer, examples: Iterable[Example]) -> dict[str, Scores]:
    """Scores per gold language plus "all"."""
    out: dict[str, Scores] = {}
    for ex in examples:
        res = analyzer.parse(ex.text)
        pred_ids = {i.id for i in res.risk.indicators}
        gold_ids = set(ex.indicators)
        for key in (ex.language, "all"):
            s = out.setdefault(key, Scores())
            s.n += 1
            s.language_ok += res.language == ex.language
            s.intent_ok += res.intent == ex.intent
            s.confusion[(ex.level, res.risk.level)] += 1
            if ex.level in _ESCALATED:
                s.escalation_gold += 1
                s.escalation_ok += res.risk.level in _ESCALATED
            else:
                s.calm_gold += 1
                s.calm_raised += res.risk.level in _ESCALATED
            if ex.level == "critical":
                s.critical_gold += 1
                s.critical_ok += res.risk.level == "critical"
            s.tp += len(pred_ids & gold_ids)
            s.fp += len(pred_ids - gold_ids)
            s.fn += len(gold_ids - pred_ids)
            wrong = res.risk.level != ex.level or pred_ids != gold_ids or res.language != ex.language
            if key == "all" and wrong:
                s.misses.append(
                    f"[{ex.language}->{res.language}] gold {ex.level} {sorted(gold_ids)} "
                    f"got {res.risk.level} {sorted(pred_ids)}: {ex.text}"
                )
    return out


def format_report(scores: dict[str, Scores]) -> str:
    lines = [
        "| lang | n | language acc | intent acc | escalation recall | critical recall "
        "| false escalation | indicator P | indicator R | indicator F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    keys = [k for k in (*LANGUAGES, "all") if k in scores]
    for k in keys:
        s = scores[k]
        lines.append(
            f"| {k} | {s.n} | {s.language_accuracy:.3f} | {s.intent_accuracy:.3f} "
            f"| {s.escalation_recall:.3f} ({s.escalation_ok}/{s.escalation_gold}) "
            f"| {s.critical_recall:.3f} ({s.critical_ok}/{s.critical_gold}) "
            f"| {s.false_escalation:.3f} ({s.calm_raised}/{s.calm_gold}) "
            f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
        )
    lines += ["", "Levels (rows gold, columns predicted), all languages:", "",
              "| gold \\ predicted | " + " | ".join(LEVELS) + " |", "|---|" + "---|" * len(LEVELS)]
    conf = scores["all"].confusion if "all" in scores else Counter()
    for g in LEVELS:
        lines.append(f"| {g} | " + " | ".join(str(conf[(g, p)]) for p in LEVELS) + " |")
    return "\n".join(lines)
