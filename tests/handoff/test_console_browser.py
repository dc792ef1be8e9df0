"""A consultant in a real browser (Debian's chromium): logs in, sees a case arrive live, claims it,
replies with a canned text and their own words, closes it; the user's web chat page shows it all."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from .conftest import PASSWORD, AddStaff


async def test_consultant_claims_and_replies_and_the_user_page_shows_it(
    hclient: TestClient, add_staff: AddStaff, browser: Any
) -> None:
    await add_staff("ala", languages="uk,pl")
    errors: list[str] = []

    staff_context = await browser.new_context(viewport={"width": 1280, "height": 900})
    console = await staff_context.new_page()
    console.on("pageerror", lambda exc: errors.append(str(exc)))
    await console.goto(str(hclient.make_url("/console")))
    await console.get_by_label("Username").fill("ala")
    await console.get_by_label("Password").fill(PASSWORD)
    await console.get_by_role("button", name="Log in").click()
    await console.get_by_text("ala (consultant; uk, pl)").wait_for(timeout=10_000)
    await console.get_by_text("live", exact=True).wait_for(timeout=10_000)

    user_context = await browser.new_context(
        viewport={"width": 360, "height": 740}, locale="uk-UA", is_mobile=True
    )
    chat = await user_context.new_page()
    chat.on("pageerror", lambda exc: errors.append(str(exc)))
    await chat.goto(str(hclient.make_url("/")))
    await chat.get_by_role("button", name="Українська").click()
    await chat.get_by_role("textbox").fill("They took my passport, I cannot leave")
    await chat.keyboard.press("Enter")
    await chat.get_by_text("Ваше місце в черзі: 1.", exact=False).wait_for(timeout=10_000)

    # The queue updates by itself: level, indicator with its evidence, language, channel.
    item = console.locator("#queue li.critical")
    await item.wait_for(timeout=10_000)
    text = await item.inner_text()
    assert "document_retention" in text and "took my passport" in text and "uk · web" in text
    await item.get_by_role("button", name="Claim").click()
    await console.get_by_text("Case #", exact=False).wait_for(timeout=10_000)
    await (
        console.locator("#transcript")
        .get_by_text("They took my passport, I cannot leave")
        .wait_for(timeout=10_000)
    )
    await chat.get_by_text("Консультант приєднався до розмови", exact=False).wait_for(timeout=10_000)

    # A canned reply in the user's language, then the consultant's own words.
    await console.get_by_label("Canned reply").select_option(label="Ви зараз у безпечному місці?")
    await console.get_by_role("button", name="Send").click()
    await chat.get_by_text("Ви зараз у безпечному місці?").wait_for(timeout=10_000)
    await console.get_by_label("Reply to the user").fill("Hello, my name is Ala. I am here with you.")
    await console.get_by_role("button", name="Send").click()
    await chat.get_by_text("Hello, my name is Ala. I am here with you.").wait_for(timeout=10_000)

    # The user's answer reaches the console without a reload.
    await chat.get_by_role("textbox").fill("Yes, I am at the hostel now")
    await chat.keyboard.press("Enter")
    await console.locator("#transcript").get_by_text("Yes, I am at the hostel now").wait_for(timeout=10_000)

    await console.get_by_label("Add a note (staff only)").fill("hostel in Gdansk")
    await console.get_by_role("button", name="Add note").click()
    await console.locator("#notes").get_by_text("ala: hostel in Gdansk").wait_for(timeout=10_000)
    await console.get_by_label("Outcome").select_option("referred_kcik_phone")
    await console.get_by_role("button", name="Close case").click()
    await chat.get_by_text("Консультант завершив розмову", exact=False).wait_for(timeout=10_000)
    await console.get_by_text("outcome referred_kcik_phone", exact=False).wait_for(timeout=10_000)
    assert "hostel in Gdansk" not in await chat.locator("#log").inner_text()  # notes never reach the user
    assert errors == []
    await user_context.close()
    await staff_context.close()
