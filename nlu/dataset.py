"""Reading labelled examples from Rasa NLU YAML (version "3.1") with per-block or per-example metadata.

Layout: nlu/data/<lang>/*.yml and nlu/data/corrections/*.yml for training, nlu/data/heldout*/<lang>.yml for
the held-out splits.
A block may carry `metadata: {level: high, indicators: [document_retention]}` that applies to each of
its examples; an example given as `{text, metadata}` may override it. Gold language is
`metadata.language`, else the file's directory name (train) or file stem (held-out) when it is one of
the seven languages. Without metadata an example is level "none" with no indicators. Rasa itself
ignores the metadata, so the same files train a Rasa model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nlu.indicators import INDICATORS
from nlu.labels import INTENTS, LANGUAGES, LEVELS

__all__ = [
    "DATA_DIR", "DataError", "Example", "heldout_files", "load_examples", "read_yaml", "training_files",
]

DATA_DIR = Path(__file__).parent / "data"
_ITEM = re.compile(r"^\s*-\s+(.*\S)\s*$")


class DataError(ValueError):
    """A data file is malformed; the message names the file and the block."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    language: str
    intent: str
    level: str
    indicators: tuple[str, ...]


def _language_of(path: Path) -> str | None:
    for name in (path.stem, path.parent.name):
        if name in LANGUAGES:
            return name
    return None


def _check_meta(meta: Any, where: str) -> dict[str, Any]:
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise DataError(f"{where}: metadata must be a mapping")
    level = meta.get("level")
    if level is not None and level not in LEVELS:
        raise DataError(f"{where}: unknown level {level!r}")
    for ind in meta.get("indicators") or ():
        if ind not in INDICATORS:
            raise DataError(f"{where}: unknown indicator {ind!r}")
    lang = meta.get("language")
    if lang is not None and lang not in LANGUAGES:
        raise DataError(f"{where}: unknown language {lang!r}")
    return meta


# libyaml's parser when PyYAML has it (its wheels do): the same documents as yaml.safe_load, about 8x
# faster, which is most of the NLU's start-up (nlu/README.md, "Speed").
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """A YAML file, safely (no tags that build objects)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader


def load_examples(path: Path) -> list[Example]:
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("nlu"), list):
        raise DataError(f"{path}: expected a Rasa NLU file with an 'nlu' list")
    default_lang = _language_of(path)
    out: list[Example] = []
    for n, block in enumerate(data["nlu"]):
        where = f"{path}: block {n + 1}"
        if not isinstance(block, dict) or "intent" not in block:
            continue  # synonyms, regexes, lookups: not used here
        intent = block["intent"]
        if intent not in INTENTS:
            raise DataError(f"{where}: unknown intent {intent!r}")
        block_meta = _check_meta(block.get("metadata"), where)
        raw = block.get("examples")
        items: list[tuple[str, dict[str, Any]]] = []
        if isinstance(raw, str):
            for line in raw.splitlines():
                m = _ITEM.match(line)
                if m:
                    items.append((m.group(1), {}))
                elif line.strip():
                    raise DataError(f"{where}: not a '- example' line: {line.strip()[:40]!r}")
        elif isinstance(raw, list):
            for item in raw:
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise DataError(f"{where}: examples list items need 'text'")
                items.append((item["text"].strip(), _check_meta(item.get("metadata"), where)))
        else:
            raise DataError(f"{where}: missing examples")
        for text, meta in items:
            merged = {**block_meta, **meta}
            lang = merged.get("language") or default_lang
            if lang is None:
                raise DataError(f"{where}: no language for {text[:30]!r}")
            out.append(Example(text, lang, intent, merged.get("level", "none"),
                               tuple(merged.get("indicators") or ())))
    return out


def training_files() -> list[Path]:
    """nlu/data/<lang>/*.yml, then nlu/data/corrections/*.yml: moderators' corrections exported from the
    review room (`helpline review export-corrections`; masked, each example with its language)."""
    written = sorted(p for lang in LANGUAGES for p in (DATA_DIR / lang).glob("*.yml"))
    return written + sorted((DATA_DIR / "corrections").glob("*.yml"))


def heldout_files() -> list[Path]:
    """Development splits A (nlu/data/heldout), B to H (heldout_b ... heldout_h): each was held out until
    its first run, then used for error analysis. Splits I to X are development data too (the floors test and
    the net name theirs), each after a frozen first run (nlu/reports/); Y to Z likewise (the net trains on
    them), and AA to EB; BY and BZ were run on the same frozen rules as BW-BX and never tuned on (a regression
    check); the newest splits, EC to EF, are the clean estimate: never tuned on."""
    splits = ("heldout", "heldout_b", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
              "heldout_h")
    return sorted(p for d in splits for p in (DATA_DIR / d).glob("*.yml"))
