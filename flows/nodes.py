"""Node types, registered by name. Each parses its YAML mapping into a ``Node`` (failing with the
node's location) and says what happens when a conversation arrives at it.

message   text (+ numbers) and buttons
question  text and answer buttons; the pressed answer is stored under ``answer``
branch    no output: the first case whose condition holds picks the next node, else ``default``
result    text, advice for every flagged answer, buttons; reports the flow's outcome
handoff   text and buttons; asks for a human consultant (event ``handoff`` with a reason)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .spec import Case, Choice, Condition, FlowError, Node, Number

__all__ = ["HANDOFF_REASONS", "LEVELS", "NODE_TYPES", "NodeType", "parse_node"]

LEVELS = ("none", "low", "medium", "high", "critical")
HANDOFF_REASONS = ("requested", "risk", "situation_check", "minor", "emergency")


@dataclass(frozen=True, slots=True)
class NodeType:
    name: str
    fields: frozenset[str]
    required: frozenset[str]
    shows: bool  # False: passes straight on (branch)


NODE_TYPES: dict[str, NodeType] = {}


def register(name: str, fields: set[str], required: set[str], *, shows: bool = True) -> None:
    NODE_TYPES[name] = NodeType(name, frozenset(fields | {"type"}), frozenset(required), shows)


register("message", {"text", "choices", "numbers"}, {"text"})
register("question", {"text", "answer", "choices"}, {"text", "answer", "choices"})
register("branch", {"cases", "default"}, {"default"}, shows=False)
register("result", {"text", "advice", "choices", "level", "numbers"}, {"text", "level"})
register("handoff", {"text", "choices", "numbers", "reason", "level"}, {"text", "reason"})


def _str(raw: Any, where: str, what: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise FlowError(where, f"{what} must be a non-empty string")
    return raw.strip()


def _texts(raw: Any, where: str) -> tuple[str, ...]:
    items = raw if isinstance(raw, list) else [raw]
    return tuple(_str(t, where, "text") for t in items)


def _choice(raw: Any, where: str) -> Choice:
    if not isinstance(raw, dict):
        raise FlowError(where, "each choice is a mapping with id, title and next")
    unknown = set(raw) - {"id", "title", "next", "value", "flag", "serious"}
    if unknown:
        raise FlowError(where, f"choice has unknown fields {sorted(unknown)}")
    cid = _str(raw.get("id"), where, "choice id")
    where = f"{where}: choice {cid}"
    value = raw.get("value")
    return Choice(
        id=cid,
        title=_str(raw.get("title"), where, "title"),
        next=_str(raw.get("next"), where, "next"),
        value=None if value is None else str(value),
        flag=bool(raw.get("flag", False)),
        serious=bool(raw.get("serious", False)),
    )


def _number(raw: Any, where: str) -> Number:
    if not isinstance(raw, dict) or set(raw) - {"label", "number", "note", "unverified"}:
        raise FlowError(where, "a number is a mapping with label, number and optional note, unverified")
    number = str(raw.get("number", "")).strip()
    if not number or not all(ch.isdigit() or ch in "+ " for ch in number):
        raise FlowError(where, f"number {number!r} must be digits, spaces and an optional +")
    note = raw.get("note")
    return Number(
        label=_str(raw.get("label"), where, "label"),
        number=number,
        note=None if note is None else _str(note, where, "note"),
        unverified=bool(raw.get("unverified", False)),
    )


def _condition(raw: Any, where: str) -> Condition:
    if not isinstance(raw, dict) or not raw or set(raw) - {"flags_at_least", "serious", "answer", "equals"}:
        raise FlowError(where, "a condition uses flags_at_least, serious, or answer + equals")
    if ("answer" in raw) != ("equals" in raw):
        raise FlowError(where, "answer and equals go together")
    flags = raw.get("flags_at_least")
    if flags is not None and (not isinstance(flags, int) or flags < 0):
        raise FlowError(where, "flags_at_least must be a whole number")
    return Condition(
        flags_at_least=flags,
        serious=None if "serious" not in raw else bool(raw["serious"]),
        answer=None if "answer" not in raw else str(raw["answer"]),
        equals=None if "equals" not in raw else str(raw["equals"]),
    )


def parse_node(node_id: str, raw: Any, where: str) -> Node:
    """One node from its YAML mapping; every fault names ``where`` (file: node id)."""
    if not isinstance(raw, dict):
        raise FlowError(where, "a node is a mapping with a type")
    kind = raw.get("type")
    if kind not in NODE_TYPES:
        raise FlowError(where, f"unknown node type {kind!r} (known: {', '.join(sorted(NODE_TYPES))})")
    spec = NODE_TYPES[kind]
    unknown = set(raw) - spec.fields
    if unknown:
        raise FlowError(where, f"{kind} node has unknown fields {sorted(unknown)}")
    missing = spec.required - set(raw)
    if missing:
        raise FlowError(where, f"{kind} node needs {sorted(missing)}")
    choices = tuple(_choice(c, where) for c in raw.get("choices") or [])
    ids = [c.id for c in choices]
    if len(set(ids)) != len(ids):
        raise FlowError(where, "choice ids repeat")
    if kind == "question" and any(c.value is None for c in choices):
        raise FlowError(where, "every answer of a question needs a value")
    advice = raw.get("advice") or {}
    if not isinstance(advice, dict):
        raise FlowError(where, "advice maps an answer key to a message id")
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        raise FlowError(where, f"level {level!r} is not one of {LEVELS}")
    reason = raw.get("reason")
    if reason is not None and reason not in HANDOFF_REASONS:
        raise FlowError(where, f"reason {reason!r} is not one of {HANDOFF_REASONS}")
    cases = []
    for i, case in enumerate(raw.get("cases") or []):
        if not isinstance(case, dict) or set(case) != {"when", "next"}:
            raise FlowError(f"{where}: case {i + 1}", "a case has exactly when and next")
        cases.append(
            Case(_condition(case["when"], f"{where}: case {i + 1}"), _str(case["next"], where, "next"))
        )
    return Node(
        id=node_id,
        type=kind,
        text=_texts(raw["text"], where) if "text" in raw else (),
        choices=choices,
        numbers=tuple(_number(n, where) for n in raw.get("numbers") or []),
        answer=None if raw.get("answer") is None else _str(raw["answer"], where, "answer"),
        cases=tuple(cases),
        default=None if raw.get("default") is None else _str(raw["default"], where, "default"),
        advice=tuple((str(k), _str(v, where, "advice")) for k, v in advice.items()),
        reason=reason,
        level=level,
    )
