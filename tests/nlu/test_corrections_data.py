"""The review room's corrections export is training data as it is (nlu/data/corrections/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nlu import dataset
from nlu.dataset import Example, load_examples, training_files
from review.corrections import rasa_document

EXPORT = """# NLU corrections from the review room (masked). Generated; do not edit by hand.
version: '3.1'
nlu:
- intent: report_situation
  examples:
  - text: szef trzyma paszporty w sejfie, dzwoń [phone]
    metadata:
      language: pl
      level: high
      indicators:
      - document_retention
"""


def test_exported_corrections_are_read_as_training_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pl").mkdir()
    (tmp_path / "pl" / "intents.yml").write_text('version: "3.1"\nnlu: []\n', encoding="utf-8")
    (tmp_path / "corrections").mkdir()
    (tmp_path / "corrections" / "2026-12.yml").write_text(EXPORT, encoding="utf-8")
    (tmp_path / "corrections" / "README.md").write_text("not data", encoding="utf-8")
    monkeypatch.setattr(dataset, "DATA_DIR", tmp_path)
    files = training_files()
    names = [p.relative_to(tmp_path).as_posix() for p in files]
    assert names == ["pl/intents.yml", "corrections/2026-12.yml"]
    assert load_examples(files[1]) == [
        Example("szef trzyma paszporty w sejfie, dzwoń [phone]", "pl", "report_situation", "high",
                ("document_retention",))
    ]


def test_the_review_room_writes_what_nlu_reads(tmp_path: Path) -> None:
    document = rasa_document([
        ({"intent": "emergency", "risk_level": "critical", "indicators": ["immediate_danger", "made_up"]},
         "zamknęli nas, pomocy", {"language": "pl", "intent": "greet", "risk_level": "none"}),
        ({"language": "xx"}, "text without a usable language", {"language": None}),
    ])
    path = tmp_path / "c.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert load_examples(path) == [
        Example("zamknęli nas, pomocy", "pl", "emergency", "critical", ("immediate_danger",))
    ]
