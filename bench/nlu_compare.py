#!/usr/bin/env python3
"""Compare approaches on the held-out splits (nlu/data/heldout*): language ID and risk level.

usage: PYTHONPATH=<dir with langid, langdetect> .venv/bin/python bench/nlu_compare.py
(the libraries are only needed for their rows; missing ones are reported as such).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlu import LANGUAGES, load_analyzer  # noqa: E402
from nlu.dataset import DATA_DIR, Example, load_examples  # noqa: E402
from nlu.intents import features  # noqa: E402
from nlu.langid import LanguageIdentifier  # noqa: E402
from nlu.naive_bayes import NaiveBayes  # noqa: E402
from nlu.risk import RiskDetector  # noqa: E402
from nlu.text import tokenize  # noqa: E402


def split(pattern: str) -> list[Example]:
    return [ex for p in sorted(DATA_DIR.glob(pattern)) for ex in load_examples(p)]


def lang_row(name: str, fn: Callable[[str], str], data: list[Example]) -> str:
    t0 = time.perf_counter()
    per = {lang: [0, 0] for lang in LANGUAGES}
    for ex in data:
        per[ex.language][0] += fn(ex.text) == ex.language
        per[ex.language][1] += 1
    rate = len(data) / (time.perf_counter() - t0)
    accs = {lang: ok / n for lang, (ok, n) in per.items()}
    total = sum(ok for ok, _ in per.values()) / len(data)
    cells = " | ".join(f"{accs[lang]:.3f}" for lang in LANGUAGES)
    return f"| {name} | {total:.3f} | {cells} | {rate:,.0f} |"


def risk_row(name: str, fn: Callable[[str], str], data: list[Example]) -> str:
    esc = [ex for ex in data if ex.level in ("high", "critical")]
    calm = [ex for ex in data if ex.level in ("none", "low")]
    crit = [ex for ex in data if ex.level == "critical"]
    pred = {id(ex): fn(ex.text) for ex in data}
    rec = sum(pred[id(ex)] in ("high", "critical") for ex in esc) / len(esc)
    crec = sum(pred[id(ex)] == "critical" for ex in crit) / len(crit)
    fesc = sum(pred[id(ex)] in ("high", "critical") for ex in calm) / len(calm)
    exact = sum(pred[id(ex)] == ex.level for ex in data) / len(data)
    return f"| {name} | {rec:.3f} | {crec:.3f} | {fesc:.3f} | {exact:.3f} |"


def main() -> int:
    splits = ("heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e")
    data = [ex for s in splits for ex in split(f"{s}/*.yml")]
    train = split("[a-z][a-z]/*.yml")
    analyzer = load_analyzer()
    out = [f"Held-out: {len(data)} examples (splits A to E), training: {len(train)} examples.", "",
           "Language ID accuracy", "",
           "| approach | all | " + " | ".join(LANGUAGES) + " | texts/s |",
           "|---|---" + "|---" * len(LANGUAGES) + "|---|"]
    out.append(lang_row("ours: char 1-4-gram NB + script rules + spelling variants",
                        lambda t: analyzer.language(t)[0], data))
    plain = LanguageIdentifier(train, augment=False, rules=False)
    out.append(lang_row("ours without variants and rules (NB only)", lambda t: plain.identify(t)[0], data))
    try:
        import langid  # type: ignore[import-not-found]

        langid.set_languages(list(LANGUAGES))
        out.append(lang_row("langid.py 1.1.6 (restricted to the 7)", lambda t: langid.classify(t)[0], data))
    except ImportError:
        out.append("| langid.py | not installed | |")
    try:
        from langdetect import DetectorFactory, detect_langs  # type: ignore[import-not-found]

        DetectorFactory.seed = 0

        def ld(text: str) -> str:
            try:
                for cand in detect_langs(text):
                    if cand.lang in LANGUAGES:
                        return str(cand.lang)
            except Exception:  # langdetect raises on texts without features
                pass
            return "en"

        out.append(lang_row("langdetect 1.0.9 (best of the 7)", ld, data))
    except ImportError:
        out.append("| langdetect | not installed | |")

    out += ["", "Risk level", "",
            "| approach | escalation recall | critical recall | false escalation | exact level |",
            "|---|---|---|---|---|"]
    out.append(risk_row("ours: phrase patterns + negation/hypothetical scope",
                        lambda t: analyzer.parse(t).risk.level, data))
    unscoped = RiskDetector.from_dir(ROOT / "nlu" / "data" / "patterns")
    unscoped.scoping = False
    out.append(risk_row("same patterns, no negation/hypothetical scope",
                        lambda t: unscoped.detect(t).level, data))
    nb = NaiveBayes(("none", "low", "high", "critical"),
                    [(ex.level, features(tokenize(ex.text))) for ex in train], alpha=0.1)

    def nb_level(text: str) -> str:
        scores = [0.0] * 4
        nb.add(scores, features(tokenize(text)))
        return nb.labels[max(range(4), key=lambda k: scores[k])]

    out.append(risk_row("word/prefix/bigram naive Bayes on levels (trained on nlu/data)", nb_level, data))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
