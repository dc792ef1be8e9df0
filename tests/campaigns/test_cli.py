"""`helpline campaign ...` end to end: create, list, edit, and poster files that decode."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from bot.cli import main
from bot.i18n import Catalogs

from .conftest import BASE, BOT, NUMBER


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalogs: Catalogs) -> dict[str, str]:
    values = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/h.sqlite3",
        "HELPLINE_DATA_KEY_FILE": str(tmp_path / "data-keys"),
        "TELEGRAM_BOT_USERNAME": BOT,
        "WHATSAPP_PUBLIC_NUMBER": "+" + NUMBER,
        "PUBLIC_BASE_URL": BASE,
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return values


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["campaign", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_edit_and_poster(
    env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = run(capsys, "create", "--name", "Job fair Kraków", "--code", "KRK-FAIR-2026", "--language", "ro")
    assert made[0] == 0, made
    code, _, err = run(capsys, "create", "--name", "twice", "--code", "krk-fair-2026")
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "create", "--name", "a word", "--code", "praca")
    assert code == 1 and "digit" in err

    edited = run(capsys, "edit", "krk-fair-2026", "--name", "Job fair Kraków, May", "--deactivate")
    assert edited[0] == 0, edited
    code, _, err = run(capsys, "edit", "NOPE-1", "--activate")
    assert code == 1 and "no campaign" in err

    # The installed command, in its own process, sees the same campaign.
    listing = subprocess.run(
        [sys.executable, "-m", "bot.cli", "campaign", "list"],
        env={**os.environ, **env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0, listing.stderr
    assert "KRK-FAIR-2026\tJob fair Kraków, May\tro\tinactive" in listing.stdout.splitlines()

    out = tmp_path / "print"
    poster = run(capsys, "poster", "KRK-FAIR-2026", "--out", str(out))
    assert poster[0] == 0, poster
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"KRK-FAIR-2026-{c}.{s}" for c in ("telegram", "whatsapp", "web") for s in ("svg", "png")]
        + ["KRK-FAIR-2026-poster-a4.pdf", "KRK-FAIR-2026-poster-a5.pdf", "KRK-FAIR-2026-links.txt"]
    )
    links = dict(line.split("\t") for line in (out / "KRK-FAIR-2026-links.txt").read_text().splitlines())
    assert links["telegram"] == f"https://t.me/{BOT}?start=KRK-FAIR-2026"
    assert links["web"] == f"{BASE}/?c=KRK-FAIR-2026"
    assert links["whatsapp"].startswith(f"https://wa.me/{NUMBER}?text=Bun%C4%83%20ziua")
    png = Image.open(io.BytesIO((out / "KRK-FAIR-2026-whatsapp.png").read_bytes()))
    assert [r.text for r in zxingcpp.read_barcodes(png)] == [links["whatsapp"]]
    page = pdfium.PdfDocument(str(out / "KRK-FAIR-2026-poster-a5.pdf"))[0].render(scale=2).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(page)} == set(links.values())


def test_a_poster_without_any_link_says_which_settings_to_set(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("TELEGRAM_BOT_USERNAME", "WHATSAPP_PUBLIC_NUMBER", "PUBLIC_BASE_URL"):
        monkeypatch.setenv(name, "")
    assert run(capsys, "create", "--name", "Fair", "--code", "FAIR-1")[0] == 0
    code, _, err = run(capsys, "poster", "FAIR-1")
    assert code == 1 and "PUBLIC_BASE_URL" in err
