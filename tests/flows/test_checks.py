"""`helpline flows check` and `helpline flows graph`: the content checks reviewers and CI run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from bot.cli import main
from bot.i18n import LOCALES_DIR
from flows.checks import FACTS, check_all, known_numbers, numbers_in
from flows.loader import FLOWS_DIR


def test_the_shipped_content_passes_every_check(catalogs: object) -> None:
    report = check_all()
    assert report.problems == []
    # every number a reviewer must still verify is listed, and only those
    assert any("0900 8844 is unverified" in note for note in report.notes)
    assert not any("+48 22 628 01 20" in note for note in report.notes)


def test_numbers_are_read_like_a_person_writes_them() -> None:
    assert numbers_in("KCIK, 24/7: +48 22 628 01 20; in 2023, 1/8, 14 hours; call 112") == [
        "+48 22 628 01 20",
        "112",
    ]
    known = known_numbers()
    assert {"48226280120", "226280120", "112", "09008844"} <= known


def test_check_finds_a_long_button_a_missing_translation_and_an_unknown_number(
    tmp_path: Path, catalogs: object
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    po = locales / "ro" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as fp:
        catalog = read_po(fp, locale="ro")
    catalog["btn.menu"].string = "Înapoi la meniul principal"
    catalog["sos.text"].string = "Sună la 0700 123 456."
    catalog.delete("offer.q.fee")
    with po.open("wb") as fp:
        write_po(fp, catalog, width=0)
    report = check_all(FLOWS_DIR, locales, FACTS, rendered=False)
    assert any("ro: button 'btn.menu'" in p and "(WhatsApp allows 20)" in p for p in report.problems)
    assert any("ro: 'offer.q.fee' is not translated" in p for p in report.problems)
    assert "ro: 'sos.text': 0700 123 456 is not in facts.md" in report.problems


def test_the_commands(capsys: pytest.CaptureFixture[str], catalogs: object) -> None:
    assert main(["flows", "check"]) == 0
    assert "0 flow problem(s)" in capsys.readouterr().out
    assert main(["flows", "graph", "offer"]) == 0
    graph = capsys.readouterr().out
    assert graph.startswith("flowchart TD")
    assert 'score -->|"if flags >= 3"| high' in graph
    assert '"Yes ⚑"' in graph
    assert main(["flows", "graph", "nope"]) == 2


def test_the_vendored_facts_match_the_shared_ones() -> None:
    """flows/data/facts.md lets a fresh clone check numbers; it must not drift from shared/domain."""
    from flows.checks import SHARED_FACTS, VENDORED_FACTS

    assert VENDORED_FACTS.is_file()
    if SHARED_FACTS.is_file():
        assert VENDORED_FACTS.read_text(encoding="utf-8") == SHARED_FACTS.read_text(encoding="utf-8"), (
            "shared/domain/facts.md changed: copy it to flows/data/facts.md and re-run `helpline flows check`"
        )
