"""`helpline i18n extract|update|compile|check`: the Babel catalog workflow in one place.

extract  collect every message id from the code and flows into locales/messages.pot
update   add new ids to each language's messages.po (no fuzzy guesses) and mark removed ones
compile  build the .mo files the application loads
check    fail on any missing, empty, fuzzy, stale or placeholder-mismatched translation
"""

from __future__ import annotations

import argparse
import contextlib
import string
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .i18n import DOMAIN, LOCALES_DIR
from .languages import LANGUAGES

__all__ = ["add_parser", "check", "compile_catalogs", "extract"]

ROOT = LOCALES_DIR.parent
TEMPLATE = LOCALES_DIR / f"{DOMAIN}.pot"
KEYWORDS = ["N_", "NP_:1,2"]
FORMATTER = string.Formatter()


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(target: Path = TEMPLATE) -> Path:
    keywords: list[str] = []
    for k in KEYWORDS:
        keywords += ["-k", k]
    with contextlib.chdir(ROOT):  # so the template names files relative to the project
        _pybabel(
            "extract",
            "--no-default-keywords",
            *keywords,
            "-F",
            "babel.cfg",
            "--sort-by-file",
            "--no-wrap",
            "--project",
            "helpline",
            "-o",
            str(target),
            ".",
        )
    return target


def update() -> None:
    extract()
    for lang in LANGUAGES:
        po = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.exists():
            _pybabel(
                "update",
                "--no-fuzzy-matching",
                "--no-wrap",
                "--ignore-obsolete",
                "-i",
                str(TEMPLATE),
                "-d",
                str(LOCALES_DIR),
                "-l",
                lang,
            )
        else:
            _pybabel("init", "--no-wrap", "-i", str(TEMPLATE), "-d", str(LOCALES_DIR), "-l", lang)
        _drop_header_dates(po)
    _drop_header_dates(TEMPLATE)


def _drop_header_dates(path: Path) -> None:
    """Babel stamps every run's date into the header; it churns diffs and reads like a phone number
    to the content checks. The catalogs' history is in git."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:'))]
    if kept != lines:
        path.write_text("".join(kept), encoding="utf-8")


def compile_catalogs(directory: Path = LOCALES_DIR) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        po = directory / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        with po.open("rb") as fp:
            catalog = read_po(fp, locale=lang)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as fp:
            write_mo(fp, catalog, use_fuzzy=False)
        written.append(mo)
    return written


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in FORMATTER.parse(text) if name is not None}
    except ValueError:
        return {"<malformed braces>"}


def _msgids(catalog: Catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


def check(directory: Path = LOCALES_DIR) -> list[str]:
    """Every problem with the catalogs, one line each; empty when all is well."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        template_path = extract(Path(tmp) / "messages.pot")
        with template_path.open("rb") as fp:
            template = read_po(fp)
    wanted = _msgids(template)
    catalogs: dict[str, Catalog] = {}
    for lang in LANGUAGES:
        po = directory / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po.is_file():
            problems.append(f"{lang}: {po} is missing")
            continue
        with po.open("rb") as fp:
            catalogs[lang] = read_po(fp, locale=lang)
    english = catalogs.get("en")
    for lang, catalog in catalogs.items():
        have = _msgids(catalog)
        for missing in sorted(wanted - have):
            problems.append(f"{lang}: {missing!r} is not translated")
        for stale in sorted(have - wanted):
            problems.append(f"{lang}: {stale!r} is no longer used (stale)")
        for message in catalog:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
            if not all(s and s.strip() for s in strings):
                problems.append(f"{lang}: {key!r} has an empty translation")
                continue
            if message.fuzzy:
                problems.append(f"{lang}: {key!r} is marked fuzzy")
            if english is not None and lang != "en":
                ref = english.get(message.id)
                if ref is not None and ref.string:
                    ref_strings = ref.string if isinstance(ref.string, tuple | list) else (ref.string,)
                    want = set().union(*(_placeholders(s or "") for s in ref_strings))
                    for s in strings:
                        if _placeholders(s or "") != want:
                            got = sorted(_placeholders(s or ""))
                            problems.append(f"{lang}: {key!r} placeholders {got} != en {sorted(want)}")
                            break
        plural_forms = catalog.num_plurals
        for message in catalog:
            if message.id and message.pluralizable and len(message.string or ()) != plural_forms:
                problems.append(f"{lang}: {message.id[0]!r} needs {plural_forms} plural forms")
    return problems


def _run(args: argparse.Namespace) -> int:
    if args.i18n_command == "extract":
        print(extract())
    elif args.i18n_command == "update":
        update()
    elif args.i18n_command == "compile":
        for path in compile_catalogs():
            print(path.relative_to(ROOT))
    else:
        problems = check()
        for line in problems:
            print(line)
        print(f"{len(problems)} catalog problem(s)")
        return 1 if problems else 0
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("i18n", help="translation catalogs: extract, update, compile, check")
    parser.add_argument("i18n_command", choices=["extract", "update", "compile", "check"])
    parser.set_defaults(func=_run)
