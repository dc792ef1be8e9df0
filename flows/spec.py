"""The shape of a flow once loaded: plain frozen data, no behaviour beyond small helpers.

A flow file (flows/data/<name>.yaml) is a mapping with ``spec`` (the spec version), ``flow`` (its
name), ``start`` (the first node) and ``nodes``. Node types are registered by name in flows.nodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "BUTTON_PREFIX",
    "MAX_BUTTON_ID",
    "SPEC_VERSION",
    "Case",
    "Choice",
    "Condition",
    "Flow",
    "FlowError",
    "Node",
    "Number",
    "Run",
    "button_id",
]

SPEC_VERSION = 1
BUTTON_PREFIX = "f:"
MAX_BUTTON_ID = 48  # Telegram callback_data allows 64 bytes; keep a margin
MENU_FLOW = "menu"


class FlowError(ValueError):
    """A fault in flow data, with where it is: ``file: node: what``."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.problem = message


@dataclass(frozen=True, slots=True)
class Condition:
    """A test on the answers collected so far in the running flow."""

    flags_at_least: int | None = None
    serious: bool | None = None
    answer: str | None = None
    equals: str | None = None

    def holds(self, run: Run) -> bool:
        if self.flags_at_least is not None and len(run.flags) < self.flags_at_least:
            return False
        if self.serious is not None and bool(run.serious) != self.serious:
            return False
        if self.answer is not None and run.answers.get(self.answer) != self.equals:
            return False
        return True


@dataclass(frozen=True, slots=True)
class Case:
    when: Condition
    next: str


@dataclass(frozen=True, slots=True)
class Choice:
    """A reply button: ``title`` is a message id; pressing it records ``value`` and goes to ``next``."""

    id: str
    title: str
    next: str
    value: str | None = None
    flag: bool = False  # this answer raises a red flag (counted by conditions, advice shown)
    serious: bool = False  # this answer alone needs a person


@dataclass(frozen=True, slots=True)
class Number:
    """A phone number shown in the text and as a tappable tel: button."""

    label: str  # message id, also the button title
    number: str  # as people write it: "+48 22 628 01 20"
    note: str | None = None  # message id, e.g. opening hours
    unverified: bool = False  # seen only in a secondary source: check before deployment

    @property
    def url(self) -> str:
        return "tel:" + re.sub(r"[^\d+]", "", self.number)


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    type: str
    text: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    numbers: tuple[Number, ...] = ()
    answer: str | None = None  # question: the key its answer is stored under
    cases: tuple[Case, ...] = ()  # branch
    default: str | None = None  # branch
    advice: tuple[tuple[str, str], ...] = ()  # result: (answer key, message id) shown when flagged
    reason: str | None = None  # handoff
    level: str | None = None  # result / handoff

    def targets(self) -> list[str]:
        out = [c.next for c in self.choices] + [c.next for c in self.cases]
        if self.default:
            out.append(self.default)
        return out


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    start: str
    nodes: dict[str, Node]
    source: str = ""

    def message_ids(self) -> list[str]:
        ids: list[str] = []
        for node in self.nodes.values():
            ids += node.text
            ids += [c.title for c in node.choices]
            for n in node.numbers:
                ids.append(n.label)
                if n.note:
                    ids.append(n.note)
            ids += [msg for _, msg in node.advice]
        return list(dict.fromkeys(ids))


@dataclass(slots=True)
class Run:
    """Where a conversation is in a flow and what it answered; stored in the conversation state."""

    flow: str
    node: str
    answers: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    serious: bool = False
    history: list[str] = field(default_factory=list)

    def to_state(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "node": self.node,
            "answers": dict(self.answers),
            "flags": list(self.flags),
            "serious": self.serious,
            "history": list(self.history[-20:]),
        }

    @classmethod
    def from_state(cls, data: Any) -> Run | None:
        if not isinstance(data, dict) or not isinstance(data.get("flow"), str):
            return None
        return cls(
            flow=data["flow"],
            node=str(data.get("node", "")),
            answers={str(k): str(v) for k, v in dict(data.get("answers") or {}).items()},
            flags=[str(f) for f in data.get("flags") or []],
            serious=bool(data.get("serious")),
            history=[str(h) for h in data.get("history") or []],
        )


def button_id(flow: str, node: str, choice: str) -> str:
    return f"{BUTTON_PREFIX}{flow}:{node}:{choice}"
