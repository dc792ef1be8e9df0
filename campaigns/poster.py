"""The printable poster: QR codes, a call to action in every language, KCIK's number, the code.

One PDF page, A4 or A5, drawn with reportlab in DejaVu Sans (Debian's fonts-dejavu-core), which has
the Cyrillic, Romanian and Vietnamese letters. QR codes are drawn as vector squares so they print
sharp at any size.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from bot.errors import HelplineError
from bot.i18n import N_, Catalogs
from bot.languages import LANGUAGES

from .links import ChannelLink
from .qr import BORDER, qr_matrix

__all__ = ["CALL", "CODE_LABEL", "KCIK_LINE", "PAGE_SIZES", "PosterError", "poster_lines", "poster_pdf"]

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"Poster": "DejaVuSans.ttf", "Poster-Bold": "DejaVuSans-Bold.ttf"}
PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "a5": A5}

CALL = N_("campaign.poster.call")
CODE_LABEL = N_("campaign.poster.code")
KCIK_LINE = "KCIK 24/7: +48 22 628 01 20"  # shared/domain/facts.md
CHANNEL_LABELS = {"telegram": "Telegram", "whatsapp": "WhatsApp"}  # names, the same in every language
INK = (0.1, 0.12, 0.2)
ACCENT = (0.05, 0.33, 0.55)


class PosterError(HelplineError):
    """A poster cannot be drawn (no link configured, the font is missing)."""


def _register_fonts(font_dir: Path = FONT_DIR) -> None:
    for name, filename in FONTS.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        path = font_dir / filename
        if not path.is_file():
            raise PosterError(
                f"{path} is missing: install Debian's fonts-dejavu-core (scripts/services does)"
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))


@dataclass(frozen=True, slots=True)
class PosterLines:
    calls: list[tuple[str, str]]  # (language, call to action)
    code_label: str


def poster_lines(catalogs: Catalogs, first: str | None = None) -> PosterLines:
    """The poster's texts: the campaign's language first, then the others in the usual order."""
    order = [first] if first in LANGUAGES else []
    order += [lang for lang in LANGUAGES if lang not in order]
    labels: list[str] = []
    for lang in order:
        label = catalogs.text(lang, CODE_LABEL)
        if label not in labels:
            labels.append(label)
    return PosterLines([(lang, catalogs.text(lang, CALL)) for lang in order], " / ".join(labels))


def _label(link: ChannelLink) -> str:
    """Under a QR code: the app's name, or for the web chat its address (typed by hand if need be)."""
    if link.channel in CHANNEL_LABELS:
        return CHANNEL_LABELS[link.channel]
    parts = urlsplit(link.url)
    return f"{parts.netloc}{parts.path.rstrip('/')}"


def _draw_qr(canvas: Canvas, url: str, x: float, y: float, size: float) -> None:
    """A QR code with its quiet zone filling the square (x, y, size), bottom-left corner at x, y."""
    matrix = qr_matrix(url)
    modules = len(matrix) + 2 * BORDER
    step = size / modules
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        top = y + size - (r + BORDER + 1) * step
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            canvas.rect(x + (start + BORDER) * step, top, (c - start) * step, step, stroke=0, fill=1)


def poster_pdf(
    code: str,
    links: Sequence[ChannelLink],
    catalogs: Catalogs,
    *,
    size: str = "a4",
    language: str | None = None,
    title: str = "",
) -> bytes:
    """One page: the calls to action, one QR code per link, the code in letters, KCIK's number."""
    if not links:
        raise PosterError(
            "no link to print: set TELEGRAM_BOT_USERNAME, WHATSAPP_PUBLIC_NUMBER or PUBLIC_BASE_URL"
        )
    if size not in PAGE_SIZES:
        raise PosterError(f"poster size {size!r}: use one of {', '.join(PAGE_SIZES)}")
    _register_fonts()
    width, height = PAGE_SIZES[size]
    f = width / A4[0]  # everything scales with the page
    margin = 36 * f
    lines = poster_lines(catalogs, language)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title or f"Helpline {code}")
    canvas.setCreator("helpline campaigns")

    # Calls to action, each in its own language.
    y = height - margin
    canvas.setFillColorRGB(*INK)
    first = True
    for _lang, call in lines.calls:
        font, font_size = ("Poster-Bold", 15 * f) if first else ("Poster", 11.5 * f)
        for part in simpleSplit(call, font, font_size, width - 2 * margin):
            y -= font_size * 1.3
            canvas.setFont(font, font_size)
            canvas.drawString(margin, y, part)
        y -= 5 * f
        first = False

    # The QR codes in a row, a label under each.
    gap = 14 * f
    count = len(links)
    qr_size = min((width - 2 * margin - gap * (count - 1)) / count, 200 * f)
    row_width = count * qr_size + (count - 1) * gap
    footer = margin + 26 * f
    block = qr_size + 120 * f  # QR codes, their labels and the code in letters
    y -= 8 * f + max(0.0, (y - footer - block) / 2) + qr_size
    for i, link in enumerate(links):
        x = (width - row_width) / 2 + i * (qr_size + gap)
        _draw_qr(canvas, link.url, x, y, qr_size)
        canvas.setFont("Poster-Bold", 12 * f)
        canvas.setFillColorRGB(*ACCENT)
        canvas.drawCentredString(x + qr_size / 2, y - 12 * f, _label(link))
    y -= 40 * f

    # The code in letters, for a phone without a camera or a link that lost it.
    canvas.setFillColorRGB(*INK)
    canvas.setFont("Poster", 11 * f)
    canvas.drawCentredString(width / 2, y, lines.code_label)
    y -= 32 * f
    canvas.setFont("Poster-Bold", 30 * f)
    canvas.drawCentredString(width / 2, y, code)

    # KCIK, a person on the phone at any hour.
    canvas.setFillColorRGB(*ACCENT)
    canvas.rect(0, 0, width, margin + 26 * f, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont("Poster-Bold", 20 * f)
    canvas.drawCentredString(width / 2, margin * 0.6, KCIK_LINE)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
