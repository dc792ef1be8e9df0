"""`helpline nlu parse` and `eval`, through a subprocess (`python -m nlu.cli`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nlu.cli", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, check=False)


def test_parse_plain_and_json_lines() -> None:
    lines = [
        "u menya zabrali pasport",
        json.dumps({"text": "tak", "language_hint": "uk"}),
        "",
        json.dumps({"text": "help me now he has a knife"}),
        "{not json",
    ]
    proc = run(["parse"], "\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    for obj in out:
        assert set(obj) >= {"text", "language", "intent", "intent_confidence", "risk"}
        assert set(obj["risk"]) == {"level", "score", "indicators"}
    assert out[0]["language"] == "ru"
    assert out[0]["risk"]["level"] == "high"
    assert out[0]["risk"]["indicators"][0] == {"id": "document_retention", "evidence": "zabrali pasport"}
    assert out[1]["language"] == "uk" and out[1]["text"] == "tak"
    assert out[2]["intent"] == "out_of_scope" and out[2]["risk"]["level"] == "none"
    assert out[3]["risk"]["level"] == "critical" and out[3]["intent"] == "emergency"
    assert out[4]["text"] == "{not json"


def test_parse_language_hint_option() -> None:
    proc = run(["parse", "--language-hint", "pl"], "tak\n")
    assert json.loads(proc.stdout)["language"] == "pl"


def test_eval_prints_the_report() -> None:
    proc = run(["eval", "nlu/data/heldout/en.yml"])
    assert proc.returncode == 0, proc.stderr
    assert "escalation recall" in proc.stdout
    assert "| en |" in proc.stdout
    assert "| gold \\ predicted |" in proc.stdout


def test_eval_bad_file() -> None:
    proc = run(["eval", "does/not/exist.yml"])
    assert proc.returncode == 2
    assert "error" in proc.stderr
