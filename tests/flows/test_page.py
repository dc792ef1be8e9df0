"""The issue's "done when", in a real browser: pick Vietnamese, check an offer, find the
Netherlands' help numbers, all without typing a word."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient


async def test_vietnamese_offer_check_and_dutch_numbers_by_taps_only(
    client: TestClient, browser: Any
) -> None:
    context = await browser.new_context(
        viewport={"width": 360, "height": 740}, locale="vi-VN", is_mobile=True
    )
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await page.goto(str(client.make_url("/")))

    async def tap(title: str) -> None:
        button = page.get_by_role("button", name=title, exact=True).last
        await button.wait_for(timeout=10_000)
        count = await page.locator("#log .msg").count()
        await button.click()
        await page.locator("#log .msg").nth(count).wait_for(timeout=10_000)  # the reply arrived

    await tap("Tiếng Việt")
    await tap("Kiểm tra việc làm")
    await tap("Bắt đầu")
    for answer in ("Có", "Không", "Có", "Có", "Không", "Có", "Có", "Không"):
        await tap(answer)
    await page.get_by_text("Lời mời này có vẻ rủi ro", exact=False).wait_for(timeout=10_000)
    await tap("Số trợ giúp")
    await tap("Hà Lan")
    await page.get_by_text("Số trợ giúp ở Hà Lan", exact=False).wait_for(timeout=10_000)
    links = page.locator("#log .msg").last.locator("a")
    hrefs = {await links.nth(i).get_attribute("href") for i in range(await links.count())}
    assert {"tel:112", "tel:09008844", "tel:08005151", "tel:0334481186", "tel:+48226280120"} <= hrefs
    assert await page.get_by_role("textbox").input_value() == ""  # nothing was typed
    assert errors == []
    await context.close()
