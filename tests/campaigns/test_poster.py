"""Posters render: the PDF page has the right size, ink on it, and every QR code decodes from it."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageStat
from reportlab.pdfbase import pdfmetrics

from bot.i18n import Catalogs
from bot.languages import LANGUAGES
from campaigns import LinkBuilder, PosterError, poster_pdf
from campaigns.poster import poster_lines

CODE = "KRK-FAIR-2026"
MM = 72 / 25.4
SIZES_MM = {"a4": (210, 297), "a5": (148, 210)}


def render(pdf: bytes, dpi: int = 150) -> tuple[tuple[float, float], Image.Image, str]:
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 1
    page = document[0]
    size = page.get_size()
    text = page.get_textpage().get_text_range()
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    return size, image, text


@pytest.mark.parametrize("size", ["a4", "a5"])
def test_poster_renders_with_every_qr_code_and_the_code(
    size: str, links: LinkBuilder, catalogs: Catalogs
) -> None:
    channel_links = links.all(CODE, catalogs, "uk")
    (width, height), image, text = render(poster_pdf(CODE, channel_links, catalogs, size=size, language="uk"))

    want_w, want_h = SIZES_MM[size]
    assert abs(width / MM - want_w) < 1 and abs(height / MM - want_h) < 1
    assert ImageStat.Stat(image).stddev[0] > 30  # ink on paper, not a blank page
    found = {r.text for r in zxingcpp.read_barcodes(image)}
    assert found == {link.url for link in channel_links}

    flat = " ".join(text.split())
    assert CODE in flat
    assert "+48 22 628 01 20" in flat  # KCIK, 24/7
    for lang in LANGUAGES:  # the call to action in all seven languages
        call = " ".join(catalogs.text(lang, "campaign.poster.call").split())
        assert call.split()[-1] in flat and call.split()[0] in flat, lang


def test_the_campaign_language_comes_first(catalogs: Catalogs) -> None:
    lines = poster_lines(catalogs, "vi")
    assert [lang for lang, _ in lines.calls] == ["vi", "pl", "en", "uk", "ru", "es", "ro"]
    assert lines.code_label.startswith("Mã / ")


def test_the_font_has_every_letter_of_every_language(links: LinkBuilder, catalogs: Catalogs) -> None:
    poster_pdf(CODE, links.all(CODE, catalogs, None), catalogs)  # registers the fonts
    font = pdfmetrics.getFont("Poster").face
    lines = poster_lines(catalogs)
    letters = {ch for _, call in lines.calls for ch in call} | set(lines.code_label)
    missing = sorted(ch for ch in letters if ch.strip() and ord(ch) not in font.charToGlyph)
    assert missing == []


def test_a_poster_needs_at_least_one_link(catalogs: Catalogs) -> None:
    with pytest.raises(PosterError, match="PUBLIC_BASE_URL"):
        poster_pdf(CODE, [], catalogs)


def test_one_link_is_enough(catalogs: Catalogs) -> None:
    only_web = LinkBuilder(public_base_url="https://chat.example.org").all(CODE, catalogs, None)
    _, image, _ = render(poster_pdf(CODE, only_web, catalogs, size="a5"))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["https://chat.example.org/?c=KRK-FAIR-2026"]
