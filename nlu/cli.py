"""`helpline nlu parse` and `helpline nlu eval FILE...` (also `python -m nlu.cli ...`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from nlu.analyzer import load_analyzer
from nlu.dataset import DataError, load_examples
from nlu.evaluate import evaluate, format_report

__all__ = ["main"]


def _parse_line(line: str, default_hint: str | None) -> tuple[str, str | None]:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except ValueError:
            return line.rstrip("\r\n"), default_hint
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            hint = obj.get("language_hint")
            return obj["text"], hint if isinstance(hint, str) else default_hint
    return line.rstrip("\r\n"), default_hint


def _cmd_parse(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    analyzer = load_analyzer()
    for line in stdin:
        text, hint = _parse_line(line, args.language_hint)
        result = analyzer.parse(text, hint)
        stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def _cmd_eval(args: argparse.Namespace, stdout: TextIO) -> int:
    paths: list[Path] = []
    for name in args.files:
        p = Path(name)
        paths.extend(sorted(p.rglob("*.yml")) if p.is_dir() else [p])
    try:
        examples = [ex for p in paths for ex in load_examples(p)]
    except (OSError, DataError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    scores = evaluate(load_analyzer(), examples)
    stdout.write(format_report(scores) + "\n")
    if args.show_errors and "all" in scores:
        stdout.write("\nDisagreements:\n" + "\n".join(scores["all"].misses) + "\n")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="helpline nlu", description="Language, intent and risk indicators.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_parse = sub.add_parser("parse", help="stdin lines (text or JSON {text, language_hint}) -> JSON lines")
    p_parse.add_argument("--language-hint", default=None)
    p_eval = sub.add_parser("eval", help="evaluate on labelled Rasa YAML files or directories")
    p_eval.add_argument("files", nargs="+")
    p_eval.add_argument("--show-errors", action="store_true", help="list disagreements (contains the texts)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "parse":
        return _cmd_parse(args, sys.stdin, sys.stdout)
    return _cmd_eval(args, sys.stdout)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
