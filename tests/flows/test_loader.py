"""Flow data is validated at load time, and every fault names its file and node."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flows.engine import Engine
from flows.loader import load_flow, load_flows, validate
from flows.spec import MAX_BUTTON_ID, FlowError

MENU = {
    "spec": 1,
    "flow": "menu",
    "start": "main",
    "nodes": {
        "main": {
            "type": "message",
            "text": "menu.text",
            "choices": [{"id": "a", "title": "b.a", "next": "main"}],
        }
    },
}


def write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def flow_with(nodes: dict[str, object], start: str = "a", name: str = "demo") -> dict[str, object]:
    return {"spec": 1, "flow": name, "start": start, "nodes": nodes}


def msg(next_: str = "a", **extra: object) -> dict[str, object]:
    return {
        "type": "message",
        "text": "t.x",
        "choices": [{"id": "c", "title": "b.c", "next": next_}],
        **extra,
    }


# (flow file content, the location and words the error must name)
BAD: list[tuple[object, str, str]] = [
    ({**flow_with({"a": msg()}), "spec": 2}, "demo.yaml", "spec must be 1"),
    (flow_with({"a": msg()}, name="other"), "demo.yaml", "must live in other.yaml"),
    (flow_with({"a": msg()}, start="zzz"), "demo.yaml", "start 'zzz' is not a node"),
    (flow_with({"a": {"type": "dance", "text": "t"}}), "demo.yaml: a", "unknown node type 'dance'"),
    (flow_with({"a": msg(colour="red")}), "demo.yaml: a", "unknown fields ['colour']"),
    (flow_with({"a": {"type": "question", "text": "t", "choices": []}}), "demo.yaml: a", "needs ['answer']"),
    (flow_with({"a": msg("nowhere")}), "demo.yaml: a", "unknown node 'nowhere'"),
    (flow_with({"a": msg("flow:nope")}), "demo.yaml: a", "unknown flow 'flow:nope'"),
    (flow_with({"a": msg(), "b": msg()}), "demo.yaml", "unreachable nodes ['b']"),
    (flow_with({"a": {"type": "message", "text": "t"}}), "demo.yaml: a", "at least one button"),
    (
        flow_with(
            {"a": msg("b"), "b": {"type": "branch", "default": "c"}, "c": {"type": "branch", "default": "b"}}
        ),
        "demo.yaml: b",
        "loop back",
    ),
    (
        flow_with({"a": {**msg(), "type": "result", "level": "high", "advice": {"fee": "x"}}}),
        "demo.yaml: a",
        "advice for 'fee'",
    ),
    (flow_with({"a": {**msg(), "type": "result", "level": "scary"}}), "demo.yaml: a", "level 'scary'"),
    (
        flow_with({"a": msg(numbers=[{"label": "n.x", "number": "call me"}])}),
        "demo.yaml: a",
        "must be digits",
    ),
    (
        flow_with(
            {
                "a": {
                    "type": "question",
                    "text": "t",
                    "answer": "q",
                    "choices": [{"id": "y", "title": "b", "next": "a"}],
                }
            }
        ),
        "demo.yaml: a",
        "needs a value",
    ),
    (
        flow_with(
            {
                "a": {
                    "type": "message",
                    "text": "t",
                    "choices": [{"id": "x" * MAX_BUTTON_ID, "title": "b", "next": "a"}],
                }
            }
        ),
        "demo.yaml: a",
        "over 48 bytes",
    ),
]


@pytest.mark.parametrize(("data", "where", "words"), BAD, ids=[w for _, _, w in BAD])
def test_a_bad_flow_fails_with_the_place_of_the_fault(
    tmp_path: Path, data: object, where: str, words: str
) -> None:
    write(tmp_path, "menu", MENU)
    write(tmp_path, "demo", data)
    with pytest.raises(FlowError) as caught:
        load_flows(tmp_path)
    assert caught.value.where == where
    assert words in caught.value.problem


def test_the_shipped_flows_are_valid_and_the_menu_reaches_every_topic() -> None:
    flows = load_flows()
    validate(flows)
    menu_targets = set(flows["menu"].nodes["main"].targets())
    assert menu_targets == {
        f"flow:{n}" for n in ("offer", "abroad", "signs", "situation", "rights", "numbers", "talk")
    }


def test_answers_decide_the_result_and_flags_bring_their_advice(tmp_path: Path) -> None:
    engine = Engine(load_flows())
    step = engine.enter("offer")
    assert step.run is not None and step.says[0].node == "intro"
    run = step.run
    step = engine.press(run, "f:offer:intro:go")  # type: ignore[assignment]
    answers = {"fee": "y", "contract": "n", "pay": "n", "chat": "n", "docs": "n", "travel": "n", "rush": "n"}
    for node, choice in answers.items():
        step = engine.press(step.run, f"f:offer:{node}:{choice}")  # type: ignore[assignment]
    step = engine.press(step.run, "f:offer:address:y")  # type: ignore[assignment]
    assert step.says[0].node == "some"
    assert step.says[0].advice == ("offer.a.fee", "offer.a.contract")
    assert step.events == [
        {
            "type": "flow_result",
            "flow": "offer",
            "node": "some",
            "level": "medium",
            "flags": ["fee", "contract"],
        }
    ]
    back = engine.back(step.run)
    assert back is not None and back.says[0].node == "address"


def test_a_serious_answer_hands_over_and_a_minor_at_once() -> None:
    engine = Engine(load_flows())
    step = engine.press(None, "f:situation:age:y")
    assert step is not None and step.says[0].node == "minor"
    assert step.events[0]["type"] == "handoff" and step.events[0]["reason"] == "minor"
    assert engine.press(None, "f:situation:nope:y") is None
    assert engine.press(None, "f:situation:age:zz") is None


def test_load_flow_reads_one_file(tmp_path: Path) -> None:
    flow = load_flow(write(tmp_path, "menu", MENU))
    assert flow.message_ids() == ["menu.text", "b.a"]


def test_the_babel_extractor_finds_every_id_a_flow_shows() -> None:
    from flows.extract import extract_flows
    from flows.loader import FLOWS_DIR

    with (FLOWS_DIR / "numbers.yaml").open("rb") as fp:
        found = list(extract_flows(fp, {}, [], {}))
    ids = [message_id for _, _, message_id, _ in found]
    assert ids[:2] == ["numbers.choose", "country.pl"]
    assert {"num.kcik", "n.24_7", "btn.countries"} <= set(ids)
    assert all(line > 1 for line, _, _, _ in found)
