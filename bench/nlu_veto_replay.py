#!/usr/bin/env python3
"""The net's veto threshold, replayed on every blind first run since the veto existed (AO-AP on).

For each pair of blind splits, the commit its first run was made on (the header of
nlu/reports/<PAIR>-first-run.txt) is unpacked with `git archive` and its own analyzer (rules and net,
as shipped then) reads the pair: the level with the net, the level of the rules alone, the net's
escalation score and the number of words. The split texts come from today's tree (they never change).
Nothing was tuned on a pair before its first run, so these are what the shipped net said about
messages it had never seen.

A veto at threshold t lowers to low a message the rules read high (not critical) with at least
VETO_MIN_WORDS words and an escalation score under t (the shipped guards, which only ever keep a level,
are left out: a small optimism for raising t). The table says how many calm and risky messages each t
lowers, and the escalation recall and false escalation over every pair.

    .venv/bin/python bench/nlu_veto_replay.py [--cache DIR] [--show 0.1]

--cache keeps each pair's rows (JSON) so a second run only adds new pairs; --show lists the messages
a threshold lowers.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
ESC = {"high", "critical"}
FIRST = "AOAP"  # the first pair whose first run had the net with a veto
THRESHOLDS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)

# Run inside the unpacked tree of one commit: the rows of one pair, as JSON on stdout.
_AT_COMMIT = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from nlu.analyzer import load_analyzer
from nlu.dataset import load_examples
from nlu.text import tokenize
analyzer = load_analyzer(net=True)
net = analyzer.net
rows = []
for folder in sys.argv[2:]:
    for path in sorted(Path(folder).glob("*.yml")):
        for ex in load_examples(path):
            level = analyzer.parse(ex.text).risk.level
            analyzer.net = None
            rules = analyzer.parse(ex.text).risk.level
            analyzer.net = net
            tokens = tokenize(ex.text)
            score = net.score(tokens).escalation
            rows.append([path.stem, ex.level, level, rules, score, len(tokens), ex.text])
print(json.dumps(rows))
"""


class Row(NamedTuple):
    pair: str
    lang: str
    gold: str
    level: str  # with the net, as shipped at the first run
    rules: str  # the rules alone
    score: float  # the net's escalation score
    words: int
    text: str


def first_runs() -> list[tuple[str, str]]:
    """(pair, commit) for every two-split first-run report from AO-AP on, in order."""
    found = []
    for report in sorted((ROOT / "nlu" / "reports").glob("*-first-run.txt")):
        pair = report.name.removesuffix("-first-run.txt")
        splits = [ROOT / "nlu" / "data" / f"heldout_{name.lower()}" for name in (pair[:2], pair[2:])]
        if len(pair) != 4 or pair < FIRST or not all(split.is_dir() for split in splits):
            continue  # a single split, four single-letter splits (OPQR), or before the veto
        head = report.read_text(encoding="utf-8").splitlines()[0]
        commit = re.search(r"frozen at commit ([0-9a-f]{7,40})", head)
        if commit:
            found.append((pair, commit.group(1)))
    return found


def rows_at(pair: str, commit: str) -> list[list[object]]:
    folders = [str(ROOT / "nlu" / "data" / f"heldout_{pair[:2].lower()}"),
               str(ROOT / "nlu" / "data" / f"heldout_{pair[2:].lower()}")]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "nlu"], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "NLU_NET": "true", "HELPLINE_NLU_CACHE": "off"}
        out = subprocess.run([sys.executable, "-c", _AT_COMMIT, tmp, *folders], capture_output=True,
                             text=True, check=True, cwd=tmp, env=env).stdout
    rows: list[list[object]] = json.loads(out)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="keep each pair's rows here (JSON)")
    ap.add_argument("--show", type=float, help="list the messages this threshold lowers")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from nlu.net import VETO_MIN_WORDS, VETO_THRESHOLD

    rows: list[Row] = []
    for pair, commit in first_runs():
        cached = args.cache / f"{pair}-{commit}.json" if args.cache else None
        if cached is not None and cached.exists():
            mine = json.loads(cached.read_text(encoding="utf-8"))
        else:
            mine = rows_at(pair, commit)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(json.dumps(mine), encoding="utf-8")
        print(f"{pair}: first run at {commit}, {len(mine)} messages", file=sys.stderr, flush=True)
        rows += [Row(pair, str(lang), str(gold), str(level), str(rules), float(score), int(words), str(text))
                 for lang, gold, level, rules, score, words, text in mine]

    def vetoed(row: Row, t: float) -> bool:
        return row.level == "high" and row.rules == "high" and row.words >= VETO_MIN_WORDS and row.score < t

    risky = [r for r in rows if r.gold in ESC]
    calm = [r for r in rows if r.gold not in ESC]
    pairs = list(dict.fromkeys(r.pair for r in rows))
    print(f"{len(rows)} messages of {len(pairs)} blind pairs ({pairs[0]} to {pairs[-1]}), each read at its "
          f"first run's commit; {len(risky)} gold high or critical, {len(calm)} calm. Shipped today: veto "
          f"under {VETO_THRESHOLD} from {VETO_MIN_WORDS} words.\n")
    held = [r.score for r in risky if vetoed(r, 2.0)]
    print(f"Risky messages the rules read high with {VETO_MIN_WORDS}+ words: {len(held)}; lowest net scores "
          f"{', '.join(f'{s:.3f}' for s in sorted(held)[:5])}\n")
    print("| veto threshold | calm lowered | risky lowered | escalation recall | false escalation |")
    print("|---|---|---|---|---|")
    for t in THRESHOLDS:
        calm_low = sum(vetoed(r, t) for r in calm)
        risky_low = sum(vetoed(r, t) for r in risky)
        esc = sum(r.level in ESC and not vetoed(r, t) for r in risky)
        fe = sum(r.level in ESC and not vetoed(r, t) for r in calm)
        print(f"| {t} | {calm_low} | {risky_low} | {esc / len(risky):.4f} ({esc}/{len(risky)}) "
              f"| {fe / len(calm):.4f} ({fe}/{len(calm)}) |")
    if args.show is not None:
        print()
        for r in rows:
            if vetoed(r, args.show):
                kind = "RISKY" if r.gold in ESC else "calm"
                print(f"{kind} {r.pair} {r.lang} gold {r.gold} score {r.score:.3f} {r.text[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
