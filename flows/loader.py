"""Load flow files and validate them, failing with the location of each fault.

Checks: spec version, node types and fields (flows.nodes), every transition lands on a node of the
same flow or on ``flow:<name>`` of a loaded flow, every node is reachable from the start, branch
nodes cannot loop without a user's choice, advice refers to answers the flow asks, button ids fit.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .nodes import NODE_TYPES, parse_node
from .spec import MAX_BUTTON_ID, SPEC_VERSION, Flow, FlowError, button_id

__all__ = ["FLOWS_DIR", "FLOW_TARGET", "load_flow", "load_flows", "parse_flow", "validate"]

FLOWS_DIR = Path(__file__).resolve().parent / "data"
FLOW_TARGET = "flow:"
NAME = re.compile(r"^[a-z][a-z0-9_]{0,11}$")


def load_flow(path: Path) -> Flow:
    return parse_flow(path.read_text(encoding="utf-8"), path)


def parse_flow(source: str, path: Path) -> Flow:
    """A flow from the text of its file; ``path`` names it in errors and must match the flow's name."""
    where = path.name
    try:
        raw: Any = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        raise FlowError(where, f"not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise FlowError(where, "a flow file is a mapping")
    unknown = set(raw) - {"spec", "flow", "start", "nodes"}
    if unknown:
        raise FlowError(where, f"unknown top-level fields {sorted(unknown)}")
    if raw.get("spec") != SPEC_VERSION:
        raise FlowError(where, f"spec must be {SPEC_VERSION}, not {raw.get('spec')!r}")
    name = raw.get("flow")
    if not isinstance(name, str) or not NAME.match(name):
        raise FlowError(where, "flow name must be short lower-case letters, digits and _")
    if name != path.stem:
        raise FlowError(where, f"flow {name!r} must live in {name}.yaml")
    nodes_raw = raw.get("nodes")
    if not isinstance(nodes_raw, dict) or not nodes_raw:
        raise FlowError(where, "nodes must be a non-empty mapping")
    nodes = {}
    for node_id, node_raw in nodes_raw.items():
        if not isinstance(node_id, str) or not NAME.match(node_id):
            raise FlowError(f"{where}: {node_id}", "node ids are short lower-case letters, digits and _")
        nodes[node_id] = parse_node(node_id, node_raw, f"{where}: {node_id}")
    start = raw.get("start")
    if start not in nodes:
        raise FlowError(where, f"start {start!r} is not a node")
    return Flow(name=name, start=start, nodes=nodes, source=str(path))


def _check_flow(flow: Flow, names: set[str]) -> None:
    where = Path(flow.source).name or flow.name
    asked = {n.answer for n in flow.nodes.values() if n.answer}
    for node in flow.nodes.values():
        here = f"{where}: {node.id}"
        for target in node.targets():
            if target.startswith(FLOW_TARGET):
                if target[len(FLOW_TARGET) :] not in names:
                    raise FlowError(here, f"transition to unknown flow {target!r}")
            elif target not in flow.nodes:
                raise FlowError(here, f"transition to unknown node {target!r}")
        for choice in node.choices:
            if len(button_id(flow.name, node.id, choice.id).encode()) > MAX_BUTTON_ID:
                raise FlowError(here, f"button id for choice {choice.id!r} is over {MAX_BUTTON_ID} bytes")
        for key, _ in node.advice:
            if key not in asked:
                raise FlowError(here, f"advice for {key!r}, which no question asks")
        for case in node.cases:
            if case.when.answer is not None and case.when.answer not in asked:
                raise FlowError(here, f"condition on {case.when.answer!r}, which no question asks")
        if NODE_TYPES[node.type].shows and not node.choices and node.type != "handoff":
            raise FlowError(here, "a node the user sees needs at least one button, so nobody gets stuck")
    seen = {flow.start}
    todo = [flow.start]
    while todo:
        for target in flow.nodes[todo.pop()].targets():
            if target in flow.nodes and target not in seen:
                seen.add(target)
                todo.append(target)
    unreachable = sorted(set(flow.nodes) - seen)
    if unreachable:
        raise FlowError(where, f"unreachable nodes {unreachable}")
    branches = {n.id for n in flow.nodes.values() if not NODE_TYPES[n.type].shows}
    done: set[str] = set()

    def visit(node_id: str, path: tuple[str, ...]) -> None:  # branches pass on without a user's choice
        if node_id in path:
            raise FlowError(f"{where}: {path[0]}", f"branches loop back to {node_id!r}")
        if node_id in done:
            return
        for target in flow.nodes[node_id].targets():
            if target in branches:
                visit(target, (*path, node_id))
        done.add(node_id)

    for node_id in sorted(branches):
        visit(node_id, ())


def validate(flows: dict[str, Flow]) -> None:
    names = set(flows)
    if "menu" not in names:
        raise FlowError("menu.yaml", "the main menu flow is missing")
    for flow in flows.values():
        _check_flow(flow, names)


def load_flows(directory: Path = FLOWS_DIR) -> dict[str, Flow]:
    """Every ``*.yaml`` flow in ``directory``, validated together."""
    flows: dict[str, Flow] = {}
    for path in sorted(directory.glob("*.yaml")):
        flow = load_flow(path)
        flows[flow.name] = flow
    validate(flows)
    return flows
