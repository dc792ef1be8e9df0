"""Links and QR codes: each QR image, decoded for real, gives the link, and the link carries the code."""

from __future__ import annotations

import io
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from PIL import Image

from bot.config import Settings
from bot.errors import ConfigError
from bot.i18n import Catalogs
from campaigns import LinkBuilder, candidates, qr_png, qr_svg

from .conftest import BASE, BOT, NUMBER

CODE = "KRK-FAIR-2026"


def decode(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def test_links_for_each_channel(links: LinkBuilder, catalogs: Catalogs) -> None:
    by_channel = {link.channel: link.url for link in links.all(CODE, catalogs, "uk")}
    assert by_channel["telegram"] == f"https://t.me/{BOT}?start={CODE}"
    assert by_channel["web"] == f"{BASE}/?c={CODE}"
    wa = urlsplit(by_channel["whatsapp"])
    assert (wa.scheme, wa.netloc, wa.path) == ("https", "wa.me", f"/{NUMBER}")
    prefilled = parse_qs(wa.query)["text"][0]
    assert prefilled == catalogs.text("uk", "campaign.whatsapp.prefill", code=CODE)
    assert CODE.lower() in candidates(prefilled)  # the typed-code path finds it in the prefilled text


@pytest.mark.parametrize("lang", ["pl", "en", "uk", "ru", "es", "ro", "vi"])
def test_the_prefilled_text_carries_the_code_in_every_language(catalogs: Catalogs, lang: str) -> None:
    text = catalogs.text(lang, "campaign.whatsapp.prefill", code=CODE)
    assert CODE in text and catalogs.has(lang, "campaign.whatsapp.prefill")


def test_png_qr_codes_decode_to_the_links(links: LinkBuilder, catalogs: Catalogs) -> None:
    for link in links.all(CODE, catalogs, "vi"):
        image = Image.open(io.BytesIO(qr_png(link.url)))
        assert decode(image) == [link.url], link.channel


def render_svg_path(svg: str) -> Image.Image:
    """Draw the SVG's one stroked path (M/m moves, h lines, 1 unit wide, as segno writes it)."""
    size = int(re.search(r'width="(\d+)"', svg).group(1))  # type: ignore[union-attr]
    scale = int(re.search(r"scale\((\d+)\)", svg).group(1))  # type: ignore[union-attr]
    path = re.search(r' d="([^"]+)"', svg).group(1)  # type: ignore[union-attr]
    image = Image.new("L", (size, size), 255)
    pixels = image.load()
    x = y = 0.0
    for op, args in re.findall(r"([Mmh])([-\d. ]+)", path):
        nums = [float(n) for n in args.split()]
        if op == "M":
            x, y = nums
        elif op == "m":
            x, y = x + nums[0], y + nums[1]
        else:
            for px in range(int(x * scale), int((x + nums[0]) * scale)):
                for py in range(int((y - 0.5) * scale), int((y + 0.5) * scale)):
                    pixels[px, py] = 0
            x += nums[0]
    return image


def test_svg_qr_codes_decode_to_the_links(links: LinkBuilder, catalogs: Catalogs) -> None:
    for link in links.all(CODE, catalogs, "ru"):
        svg = qr_svg(link.url).decode()
        assert svg.startswith("<?xml") and "<svg" in svg
        assert decode(render_svg_path(svg)) == [link.url], link.channel


def test_settings_make_the_builder_and_empty_settings_make_no_links(catalogs: Catalogs) -> None:
    settings = Settings(
        telegram_bot_username="@" + BOT,
        whatsapp_public_number="+48 500 600 700",
        public_base_url=BASE + "/",
    )
    assert LinkBuilder.from_settings(settings) == LinkBuilder(BOT, NUMBER, BASE)
    assert LinkBuilder.from_settings(Settings()).all(CODE, catalogs, None) == []


@pytest.mark.parametrize(
    ("field", "value", "variable"),
    [
        ("telegram_bot_username", "my bot!", "TELEGRAM_BOT_USERNAME"),
        ("whatsapp_public_number", "call me", "WHATSAPP_PUBLIC_NUMBER"),
        ("whatsapp_public_number", "+48 12", "WHATSAPP_PUBLIC_NUMBER"),
    ],
)
def test_a_bad_setting_is_named(field: str, value: str, variable: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        LinkBuilder.from_settings(Settings(**{field: value}))


def test_candidates_find_codes_with_a_digit() -> None:
    assert candidates("Hi! my code: krk-fair-2026.") == ["krk-fair-2026"]
    assert candidates("KRK-FAIR-2026") == ["krk-fair-2026"]
    assert candidates("szukam pracy w Niemczech") == []
    assert candidates("fair-2026-") == ["fair-2026-", "fair-2026"]


async def test_svg_qr_codes_decode_when_a_browser_draws_them(
    links: LinkBuilder, catalogs: Catalogs, browser: Any
) -> None:
    page = await browser.new_page()
    try:
        for link in links.all(CODE, catalogs, "uk"):
            await page.set_content(qr_svg(link.url).decode().split("?>", 1)[1])
            shot = await page.locator("svg").screenshot()
            assert decode(Image.open(io.BytesIO(shot))) == [link.url], link.channel
    finally:
        await page.close()
