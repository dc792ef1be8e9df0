"""A blind pair's first run, written the way nlu/README.md's "First runs" reads them.

    python -m nlu.first_run bo bp --frozen cb8833f --rules "thirty-third-round rules; net trained on A-BN"

Writes nlu/reports/<X>-first-run.txt for each split (the default analyzer with the disagreements, then the
rules alone) and <XY>-first-run.txt for both together (default, rules alone, and the net without its veto),
then prints what the README records after a first run: the levels the net changed (gold, rules, net) and
the critical threshold's tally (the shipped threshold against the former 0.6). Run it once, on the commit
named by --frozen, before anyone reads the splits; the reports are the record.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from nlu.analyzer import Analyzer, load_analyzer
from nlu.dataset import DATA_DIR, Example, load_examples
from nlu.evaluate import evaluate, format_report

__all__ = ["critical_tally", "first_run", "net_changes", "split_examples"]

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "nlu" / "reports"
_COUNTS = {1: "one", 2: "two", 3: "three", 4: "four"}
FORMER_CRITICAL_THRESHOLD = 0.6  # the net's critical threshold until the twenty-fifth round


def unfrozen(frozen: str, splits: Sequence[str], root: Path = ROOT) -> str | None:
    """Why the tree's NLU is not commit ``frozen``'s, or None. Allowed besides: the splits being run (added
    after it), the reports and Markdown."""
    git_path = shutil.which("git")
    if git_path is None:
        return "git is not installed"
    allowed = ("nlu/reports/", *(f"nlu/data/heldout_{name}/" for name in splits))

    def changed(*args: str) -> list[str]:
        assert git_path is not None
        done = subprocess.run([git_path, *args], cwd=root, capture_output=True, text=True, check=True)  # noqa: S603 - our own arguments
        return [line for line in done.stdout.splitlines()
                if line and not line.startswith(allowed) and not line.endswith(".md")]

    try:
        committed = changed("diff", "--name-only", frozen, "HEAD", "--", "nlu")
        uncommitted = [*changed("diff", "--name-only", "HEAD", "--", "nlu"),
                       *changed("ls-files", "--others", "--exclude-standard", "--", "nlu")]  # new files too
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"cannot compare with {frozen}: {exc}"
    if committed:
        return f"nlu/ changed since {frozen}: " + ", ".join(committed[:5])
    if uncommitted:
        return "nlu/ has uncommitted changes: " + ", ".join(uncommitted[:5])
    return None


def split_examples(name: str, data_dir: Path = DATA_DIR) -> list[Example]:
    folder = data_dir / f"heldout_{name}"
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise FileNotFoundError(f"no split at {folder}")
    return [ex for path in files for ex in load_examples(path)]


def _report(analyzer: Analyzer, examples: list[Example], errors: bool = False) -> str:
    scores = evaluate(analyzer, examples)
    text = format_report(scores)
    if errors and "all" in scores:
        text += "\n\nDisagreements:\n" + "\n".join(scores["all"].misses)
    return text + "\n"


def _without_veto(analyzer: Analyzer, examples: list[Example]) -> str:
    assert analyzer.net is not None
    kept = analyzer.net.veto_threshold
    analyzer.net.veto_threshold = 0.0
    try:
        return _report(analyzer, examples)
    finally:
        analyzer.net.veto_threshold = kept


def net_changes(rules: Analyzer, net: Analyzer, examples: Sequence[Example]) -> Counter[tuple[str, str, str]]:
    """(gold, rules' level, net's level) for every message whose level the net changed."""
    changed: Counter[tuple[str, str, str]] = Counter()
    for ex in examples:
        before, after = rules.parse(ex.text).risk.level, net.parse(ex.text).risk.level
        if before != after:
            changed[(ex.level, before, after)] += 1
    return changed


def critical_tally(net: Analyzer, examples: Sequence[Example],
                   former: float = FORMER_CRITICAL_THRESHOLD) -> dict[str, tuple[int, int, int]]:
    """Per threshold: (critical messages read critical, other messages read critical, calm escalated)."""
    assert net.net is not None
    shipped = net.net.critical_threshold
    out: dict[str, tuple[int, int, int]] = {}
    try:
        for threshold in (shipped, former):
            net.net.critical_threshold = threshold
            got = [(ex.level, net.parse(ex.text).risk.level) for ex in examples]
            out[f"{threshold:g}"] = (
                sum(1 for g, p in got if g == "critical" and p == "critical"),
                sum(1 for g, p in got if g != "critical" and p == "critical"),
                sum(1 for g, p in got if g in ("none", "low") and p in ("high", "critical")),
            )
    finally:
        net.net.critical_threshold = shipped
    return out


def first_run(splits: Sequence[str], frozen: str, rules_text: str, out: Path = REPORTS,
              data_dir: Path = DATA_DIR) -> str:
    """Write the reports; return the summary printed after them."""
    net, rules = load_analyzer(net=True), load_analyzer(net=False)
    frozen_at = f"rules and net frozen at commit {frozen} ({rules_text}); never tuned on"
    every: list[Example] = []
    for name in splits:
        examples = split_examples(name, data_dir)
        every += examples
        big = name.upper()
        (out / f"{big}-first-run.txt").write_text(
            f"# Split {big}, first run (written blind by a writer who never saw the rules or earlier splits; "
            f"{frozen_at})\n"
            f"# .venv/bin/python -m nlu.cli eval nlu/data/heldout_{name} --show-errors   "
            "(the shipped default: rules + guarded statistical net with its veto, NLU_NET=true)\n"
            + _report(net, examples, errors=True)
            + "\n# Secondary, same commit: rules alone\n"
            f"# NLU_NET=false .venv/bin/python -m nlu.cli eval nlu/data/heldout_{name}\n"
            + _report(rules, examples),
            encoding="utf-8",
        )
    if len(splits) > 1:
        names = " and ".join(s.upper() for s in splits)
        folders = " ".join(f"nlu/data/heldout_{s}" for s in splits)
        (out / f"{''.join(s.upper() for s in splits)}-first-run.txt").write_text(
            f"# Splits {names} together, first run ({_COUNTS.get(len(splits), len(splits))} blind splits, "
            f"{len(every)} messages; "
            f"{frozen_at})\n"
            f"# .venv/bin/python -m nlu.cli eval {folders}   (default: rules + net with its veto)\n"
            + _report(net, every)
            + "\n# Secondary, same commit: rules alone (NLU_NET=false)\n"
            + _report(rules, every)
            + "\n# Tertiary, same commit: rules + net without the veto (veto_threshold 0; what the veto "
            "changed)\n"
            + _without_veto(net, every),
            encoding="utf-8",
        )
    lines = ["Levels the net changed (gold, rules alone -> with the net): count"]
    lines += [f"  {g}: {a} -> {b}: {n}" for (g, a, b), n in sorted(net_changes(rules, net, every).items())]
    lines.append("Critical threshold (critical read critical, others read critical, calm escalated):")
    lines += [f"  {t}: {c}" for t, c in critical_tally(net, every).items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlu.first_run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("splits", nargs="+", help="split names, e.g. bo bp (nlu/data/heldout_bo, ...)")
    parser.add_argument("--frozen", required=True, help="the commit the rules and the net are frozen at")
    parser.add_argument("--rules", required=True, help="what is frozen, for the reports' first line")
    parser.add_argument("--out", type=Path, default=REPORTS)
    args = parser.parse_args(argv)
    why = unfrozen(args.frozen, args.splits)
    if why is not None:  # a first run is a record of that commit's rules: nothing else may be in them
        print(f"error: not a frozen tree: {why}", file=sys.stderr)
        return 2
    try:
        print(first_run(args.splits, args.frozen, args.rules, args.out))
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
