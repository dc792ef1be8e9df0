"""`helpline flows check` and `helpline flows graph FLOW`.

check  validate every flow and its content in all seven languages (see flows.checks); exit 1 on a problem
graph  print a flow as a Mermaid diagram (paste into any Mermaid viewer, or GitHub Markdown)
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from bot.i18n import Catalogs

from .checks import FACTS, check_all
from .loader import FLOW_TARGET, FLOWS_DIR, load_flows
from .nodes import NODE_TYPES
from .spec import Condition, Flow

__all__ = ["add_parser", "mermaid"]

_SHAPES = {"question": ("{", "}"), "branch": ("{{", "}}"), "result": ("([", "])"), "handoff": ("[[", "]]")}


def _label(text: str) -> str:
    return text.replace('"', "'").replace("\n", " ")


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _condition(when: Condition) -> str:
    parts = []
    if when.flags_at_least is not None:
        parts.append(f"flags >= {when.flags_at_least}")
    if when.serious is not None:
        parts.append("serious answer" if when.serious else "no serious answer")
    if when.answer is not None:
        parts.append(f"{when.answer} = {when.equals}")
    return " and ".join(parts)


def mermaid(flow: Flow, text: Callable[[str], str] = str) -> str:
    """The flow as a Mermaid flowchart: nodes by type, edges labelled with button titles.

    ``text`` turns a message id into what reviewers read (e.g. the English text); ids by default.
    """
    lines = ["flowchart TD", f'    start(("{flow.name}")) --> {flow.start}']
    for node in flow.nodes.values():
        left, right = _SHAPES.get(node.type, ("[", "]"))
        what = " / ".join(_short(text(t)) for t in node.text) or node.type
        extra = f" {node.reason}" if node.reason else ""
        extra += f" {node.level}" if node.level else ""
        lines.append(f'    {node.id}{left}"{node.type}{_label(extra)}: {_label(what)}"{right}')
    for node in flow.nodes.values():
        edges = [
            (text(c.title) + (" ⚑" if c.flag else "") + (" !" if c.serious else ""), c.next)
            for c in node.choices
        ]
        edges += [(f"if {_condition(case.when)}", case.next) for case in node.cases]
        if node.default:
            edges.append(("otherwise", node.default))
        if node.type == "result" and node.advice:
            lines.append(f'    {node.id} -.- advice_{node.id}["+ advice for each ⚑ answer"]')
        for label, target in edges:
            if target.startswith(FLOW_TARGET):
                name = target[len(FLOW_TARGET) :]
                lines.append(f'    {node.id} -->|"{_label(label)}"| to_{name}>"flow {name}"]')
            else:
                lines.append(f'    {node.id} -->|"{_label(label)}"| {target}')
    assert all(n.type in NODE_TYPES for n in flow.nodes.values())
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    if args.flows_command == "graph":
        flows = load_flows(args.dir)
        if args.flow not in flows:
            print(f"no flow {args.flow!r}; flows: {', '.join(sorted(flows))}")
            return 2
        catalogs = Catalogs.load()
        print(mermaid(flows[args.flow], lambda message_id: catalogs.text(args.lang, message_id)), end="")
        return 0
    report = check_all(args.dir, facts=args.facts)
    for line in report.problems:
        print(line)
    for line in report.notes:
        print(f"note: {line}")
    print(f"{len(report.problems)} flow problem(s), {len(report.notes)} note(s)")
    return 1 if report.problems else 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "flows", help="counselling flows: `helpline flows check`, `helpline flows graph FLOW`"
    )
    parser.add_argument("--dir", type=Path, default=FLOWS_DIR, help="where the flow files are")
    parser.add_argument("--facts", type=Path, default=FACTS, help="facts.md with the allowed phone numbers")
    parser.add_argument("flows_command", choices=["check", "graph"])
    parser.add_argument("flow", nargs="?", default="menu", help="the flow to draw (graph)")
    parser.add_argument("--lang", default="en", help="the language of the texts in the diagram")
    parser.set_defaults(func=_run)
