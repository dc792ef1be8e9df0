"""The one small engine: moves a conversation through flows and says which messages to show.

It works on message ids only; rendering text is the dialogue's job. Pure and synchronous.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .loader import FLOW_TARGET
from .nodes import NODE_TYPES
from .spec import BUTTON_PREFIX, Flow, Node, Number, Run, button_id

__all__ = ["Engine", "Say", "Step"]

MAX_PASSES = 50  # branch hops in one step; validation already rules out loops


@dataclass(frozen=True, slots=True)
class Say:
    """One message to show: texts, advice and numbers as message ids, buttons as (id, title id)."""

    flow: str
    node: str
    text: tuple[str, ...]
    advice: tuple[str, ...] = ()
    numbers: tuple[Number, ...] = ()
    buttons: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Step:
    says: list[Say]
    run: Run | None
    events: list[dict[str, Any]] = field(default_factory=list)


class Engine:
    def __init__(self, flows: dict[str, Flow]) -> None:
        self.flows = flows

    def enter(self, flow: str, run: Run | None = None) -> Step:
        """Start ``flow`` from its first node (answers from an earlier run are dropped)."""
        return self._go(run, FLOW_TARGET + flow)

    def current(self, run: Run) -> Step | None:
        """Show again where the conversation is (after an interruption)."""
        if run.flow not in self.flows or run.node not in self.flows[run.flow].nodes:
            return None
        return self._arrive(run, [])

    def back(self, run: Run | None) -> Step | None:
        """The node before this one in the same flow, or None at the start."""
        if run is None or not run.history:
            return None
        previous = run.history.pop()
        if run.flow not in self.flows or previous not in self.flows[run.flow].nodes:
            return None
        run.node = previous
        return self._arrive(run, [])

    def press(self, run: Run | None, button: str) -> Step | None:
        """A flow button; None when it is not one of ours (or no longer exists)."""
        if not button.startswith(BUTTON_PREFIX):
            return None
        parts = button[len(BUTTON_PREFIX) :].split(":")
        if len(parts) != 3:
            return None
        flow_name, node_id, choice_id = parts
        flow = self.flows.get(flow_name)
        node = flow.nodes.get(node_id) if flow else None
        choice = next((c for c in node.choices if c.id == choice_id), None) if node else None
        if flow is None or node is None or choice is None:
            return None
        if run is None or run.flow != flow_name:  # a button from an older message
            run = Run(flow=flow_name, node=node_id)
        run.node = node_id
        if node.answer and choice.value is not None:
            run.answers[node.answer] = choice.value
            if node.answer in run.flags:
                run.flags.remove(node.answer)
            if choice.flag:
                run.flags.append(node.answer)
            run.serious = run.serious or choice.serious
        return self._go(run, choice.next)

    # -- moving --------------------------------------------------------------------------------

    def _go(self, run: Run | None, target: str) -> Step:
        if target.startswith(FLOW_TARGET):
            name = target[len(FLOW_TARGET) :]
            run = Run(flow=name, node=self.flows[name].start)
        else:
            assert run is not None
            run.history.append(run.node)
            run.node = target
        return self._arrive(run, [])

    def _arrive(self, run: Run, events: list[dict[str, Any]]) -> Step:
        flow = self.flows[run.flow]
        node = flow.nodes[run.node]
        for _ in range(MAX_PASSES):
            if NODE_TYPES[node.type].shows:
                break
            nxt = next((c.next for c in node.cases if c.when.holds(run)), node.default)
            assert nxt is not None
            if nxt.startswith(FLOW_TARGET):
                return self._go(run, nxt)
            run.node = nxt
            node = flow.nodes[nxt]
        say = self._say(flow, node, run)
        if node.type == "result":
            events.append(
                {
                    "type": "flow_result",
                    "flow": flow.name,
                    "node": node.id,
                    "level": node.level,
                    "flags": list(run.flags),
                }
            )
        elif node.type == "handoff":
            events.append(
                {
                    "type": "handoff",
                    "reason": node.reason,
                    "level": node.level or ("high" if run.serious else None),
                    "flow": flow.name,
                    "answers": dict(run.answers),
                }
            )
        return Step([say], run, events)

    def _say(self, flow: Flow, node: Node, run: Run) -> Say:
        advice = tuple(msg for key, msg in node.advice if key in run.flags)
        buttons = tuple((button_id(flow.name, node.id, c.id), c.title) for c in node.choices)
        return Say(flow.name, node.id, node.text, advice, node.numbers, buttons)
