"""A person on a phone: the real page in a real browser (Debian's chromium), talking to the real app."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient


async def test_typing_in_the_web_chat_shows_the_bot_reply(client: TestClient, browser: Any) -> None:
    context = await browser.new_context(
        viewport={"width": 360, "height": 740}, locale="pl-PL", is_mobile=True
    )
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await page.goto(str(client.make_url("/")))

    # The greeting arrives in the browser's language, with the seven languages as buttons.
    await page.get_by_role("button", name="Українська").wait_for(timeout=10_000)
    assert "Cześć!" in await page.locator("#log").inner_text()

    await page.get_by_role("button", name="Українська").click()
    await page.get_by_text("Мова: Українська").wait_for(timeout=10_000)
    # The page's own words follow the chosen language.
    await page.get_by_role("button", name="Надіслати").wait_for(timeout=10_000)

    await page.get_by_role("textbox").fill("мова")
    await page.keyboard.press("Enter")
    await page.get_by_text("Оберіть мову:").wait_for(timeout=10_000)
    assert await page.get_by_role("textbox").input_value() == ""

    # A message that is too long is refused with a visible error, and the text stays in the box.
    await page.evaluate("document.getElementById('text').removeAttribute('maxlength')")
    await page.get_by_role("textbox").fill("x" * 5000)
    await page.get_by_role("button", name="Надіслати").click()
    alert = page.get_by_role("alert")
    await alert.wait_for(timeout=10_000)
    assert "4096" in await alert.inner_text()
    assert len(await page.get_by_role("textbox").input_value()) == 5000

    # A reload keeps the conversation (same tab).
    await page.reload()
    await page.get_by_text("Оберіть мову:").wait_for(timeout=10_000)
    assert errors == []
    await context.close()
