"""`helpline campaign ...` end to end: create, list, edit, and poster files that decode."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

HELPLINE = [sys.executable, "-m", "bot.cli", "campaign"]


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/h.sqlite3",
        "TELEGRAM_BOT_USERNAME": "KcikHelpBot",
        "WHATSAPP_PUBLIC_NUMBER": "+48 500 600 700",
        "PUBLIC_BASE_URL": "https://chat.example.org",
    }
    return subprocess.run(
        [*HELPLINE, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )


def test_create_list_edit_and_poster(tmp_path: Path) -> None:
    made = run(tmp_path, "create", "--name", "Job fair Kraków", "--code", "KRK-FAIR-2026", "--language", "ro")
    assert made.returncode == 0, made.stderr
    again = run(tmp_path, "create", "--name", "twice", "--code", "krk-fair-2026")
    assert again.returncode == 1 and "already exists" in again.stderr
    bad = run(tmp_path, "create", "--name", "a word", "--code", "praca")
    assert bad.returncode == 1 and "digit" in bad.stderr

    edited = run(tmp_path, "edit", "krk-fair-2026", "--name", "Job fair Kraków, May", "--deactivate")
    assert edited.returncode == 0, edited.stderr
    listing = run(tmp_path, "list")
    assert "KRK-FAIR-2026\tJob fair Kraków, May\tro\tinactive" in listing.stdout.splitlines()
    missing = run(tmp_path, "edit", "NOPE-1", "--activate")
    assert missing.returncode == 1 and "no campaign" in missing.stderr

    out = tmp_path / "print"
    poster = run(tmp_path, "poster", "KRK-FAIR-2026", "--out", str(out))
    assert poster.returncode == 0, poster.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"KRK-FAIR-2026-{c}.{s}" for c in ("telegram", "whatsapp", "web") for s in ("svg", "png")]
        + ["KRK-FAIR-2026-poster-a4.pdf", "KRK-FAIR-2026-poster-a5.pdf", "KRK-FAIR-2026-links.txt"]
    )
    links = dict(line.split("\t") for line in (out / "KRK-FAIR-2026-links.txt").read_text().splitlines())
    assert links["telegram"] == "https://t.me/KcikHelpBot?start=KRK-FAIR-2026"
    assert links["web"] == "https://chat.example.org/?c=KRK-FAIR-2026"
    assert links["whatsapp"].startswith("https://wa.me/48500600700?text=Bun%C4%83%20ziua")
    png = Image.open(io.BytesIO((out / "KRK-FAIR-2026-whatsapp.png").read_bytes()))
    assert [r.text for r in zxingcpp.read_barcodes(png)] == [links["whatsapp"]]
    page = pdfium.PdfDocument(str(out / "KRK-FAIR-2026-poster-a5.pdf"))[0].render(scale=2).to_pil()
    assert {r.text for r in zxingcpp.read_barcodes(page)} == set(links.values())
