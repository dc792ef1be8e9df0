"""Content checks for every flow in every language, as `helpline flows check` and the tests run them.

- every flow is valid (flows.loader)
- every message id a flow shows is translated in all seven catalogs, with the same placeholders
- every rendered message fits each channel: Telegram text 4096, WhatsApp body 1024, button title 20
- every phone number in flows and catalogs appears in shared/domain/facts.md
Numbers marked ``unverified`` are listed as notes: they must be checked before deployment.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from bot.i18n import DOMAIN, LOCALES_DIR
from bot.languages import LANGUAGES

from .loader import FLOWS_DIR, load_flows
from .spec import Flow, FlowError

__all__ = ["FACTS", "LIMITS", "Report", "check_all", "known_numbers", "numbers_in"]

SHARED_FACTS = LOCALES_DIR.parent.parent / "shared" / "domain" / "facts.md"
# A copy travels with the code so a fresh clone can check numbers; a test keeps it equal to the shared one.
VENDORED_FACTS = Path(__file__).resolve().parent / "data" / "facts.md"
FACTS = SHARED_FACTS if SHARED_FACTS.is_file() else VENDORED_FACTS
LIMITS = {"telegram_text": 4096, "whatsapp_body": 1024, "button_title": 20, "list_row_title": 24}
NUMBER = re.compile(r"\+?\d[\d ]*\d")
YEAR = re.compile(r"(19|20)\d\d")
_FORMATTER = string.Formatter()


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def numbers_in(text: str) -> list[str]:
    """Phone-like numbers (three digits or more, not a year) in a text."""
    found = []
    for match in NUMBER.finditer(text):
        raw = match.group().strip()
        d = _digits(raw)
        if len(d) >= 3 and not YEAR.fullmatch(d):
            found.append(raw)
    return found


def known_numbers(facts: Path = FACTS) -> set[str]:
    """The digits of every number in facts.md; Polish ones also without +48."""
    known = {_digits(n) for n in numbers_in(facts.read_text(encoding="utf-8"))}
    return known | {k[2:] for k in known if k.startswith("48")}


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in _FORMATTER.parse(text) if name}
    except ValueError:
        return {"<malformed braces>"}


def _catalogs(directory: Path) -> dict[str, Catalog]:
    out = {}
    for lang in LANGUAGES:
        with (directory / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as fp:
            out[lang] = read_po(fp, locale=lang)
    return out


def _text(catalog: Catalog, message_id: str) -> str | None:
    message = catalog.get(message_id)
    if message is None or not message.string or message.fuzzy:
        return None
    return message.string if isinstance(message.string, str) else message.string[0]


def _check_texts(flows: dict[str, Flow], catalogs: dict[str, Catalog], report: Report) -> None:
    english = catalogs["en"]
    for flow in flows.values():
        titles = {c.title for n in flow.nodes.values() for c in n.choices}
        titles |= {num.label for n in flow.nodes.values() for num in n.numbers}
        for lang, catalog in catalogs.items():
            for message_id in flow.message_ids():
                text = _text(catalog, message_id)
                if text is None:
                    report.problems.append(f"{flow.name}: {lang}: {message_id!r} is not translated")
                    continue
                ref = _text(english, message_id)
                if ref is not None and _placeholders(text) != _placeholders(ref):
                    report.problems.append(f"{flow.name}: {lang}: {message_id!r} placeholders differ from en")
                if message_id in titles and len(text) > LIMITS["button_title"]:
                    report.problems.append(
                        f"{flow.name}: {lang}: button {message_id!r} {text!r} is {len(text)} characters "
                        f"(WhatsApp allows {LIMITS['button_title']})"
                    )


def _check_rendered(flows: dict[str, Flow], report: Report) -> None:
    """Render every node in every language the way users see it and measure it."""
    from bot.dialogue import Dialogue
    from bot.i18n import Catalogs
    from flows.engine import Say
    from flows.spec import button_id

    from .nodes import NODE_TYPES

    catalogs = Catalogs.load()
    dialogue = Dialogue(catalogs, flows)
    for flow in flows.values():
        for node in flow.nodes.values():
            if not NODE_TYPES[node.type].shows:
                continue
            advice = tuple(m for _, m in node.advice)  # the worst case: every flag raised
            say = Say(
                flow.name, node.id, node.text, advice, node.numbers,
                tuple((button_id(flow.name, node.id, c.id), c.title) for c in node.choices),
            )  # fmt: skip
            for lang in LANGUAGES:
                reply = dialogue.render(lang, say, flags=len(advice))
                limit = min(LIMITS["whatsapp_body"], LIMITS["telegram_text"])
                if len(reply.text) > limit:
                    report.problems.append(
                        f"{flow.name}: {node.id}: {lang}: message is {len(reply.text)} characters "
                        f"(limit {limit})"
                    )


def _check_numbers(
    flows: dict[str, Flow], catalogs: dict[str, Catalog], known: set[str], report: Report
) -> None:
    for flow in flows.values():
        for node in flow.nodes.values():
            for number in node.numbers:
                if _digits(number.number) not in known:
                    report.problems.append(f"{flow.name}: {node.id}: {number.number} is not in facts.md")
                if number.unverified:
                    report.notes.append(
                        f"{flow.name}: {node.id}: {number.number} is unverified: check it before deployment"
                    )
    for lang, catalog in catalogs.items():
        for message in catalog:
            if not message.id:
                continue
            strings = [message.string] if isinstance(message.string, str) else list(message.string or ())
            for text in strings:
                for raw in numbers_in(text or ""):
                    if _digits(raw) not in known:
                        key = message.id if isinstance(message.id, str) else message.id[0]
                        report.problems.append(f"{lang}: {key!r}: {raw} is not in facts.md")


def check_all(
    flows_dir: Path = FLOWS_DIR, locales: Path = LOCALES_DIR, facts: Path = FACTS, *, rendered: bool = True
) -> Report:
    """Every problem with the flows and their content; notes for things to check by hand."""
    report = Report()
    try:
        flows = load_flows(flows_dir)
    except FlowError as exc:
        report.problems.append(str(exc))
        return report
    catalogs = _catalogs(locales)
    _check_texts(flows, catalogs, report)
    if facts.is_file():
        _check_numbers(flows, catalogs, known_numbers(facts), report)
    else:
        report.problems.append(f"{facts} is missing: phone numbers cannot be checked (pass --facts)")
    if rendered and not report.problems:
        _check_rendered(flows, report)
    return report
