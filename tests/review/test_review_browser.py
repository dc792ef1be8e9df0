"""A moderator in a real browser (Debian's chromium): logs in with a TOTP code, filters, opens a
masked transcript, corrects the NLU's reading of a message, reveals it with a reason, and the audit log
on the same page shows the reveal."""

from __future__ import annotations

from typing import Any

import pyotp
from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE
from handoff.staff import StaffStore
from review.store import ReviewStore

from .conftest import PASSWORD

PHONE = "+48 601 234 567"


async def test_moderator_reviews_a_masked_transcript_and_reveals_it(
    hclient: TestClient, new_user: Any, browser: Any
) -> None:
    taken = await new_user("uk")
    await taken.say(f"they took my passport AB1234567, my phone {PHONE}")
    calm = await new_user("es")
    await calm.say("hola")
    store = StaffStore(hclient.app[ENGINE])
    mona = await store.add("mona", PASSWORD, role="moderator", languages=["uk"])
    totp = pyotp.TOTP(await store.enrol_totp(mona.id))

    errors: list[str] = []
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await page.goto(str(hclient.make_url("/console/review")))
    await page.get_by_label("Username").fill("mona")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_label("Code from your authenticator app").fill(
        "000000" if totp.now() != "000000" else "111111"
    )
    await page.get_by_role("button", name="Log in").click()
    await page.locator("#login-error").get_by_text("two-factor", exact=False).wait_for(timeout=10_000)
    await page.get_by_label("Code from your authenticator app").fill(totp.now())
    await page.get_by_role("button", name="Log in").click()
    await page.get_by_text("mona (moderator)").wait_for(timeout=10_000)

    # filter: only the critical conversation
    await page.get_by_label("Risk at least").select_option("critical")
    await page.get_by_role("button", name="Search").click()
    rows = page.locator("#results tbody tr")
    await page.locator("#count").get_by_text("(1)").wait_for(timeout=10_000)
    assert "document_retention" in await rows.first.inner_text()

    # open: masked by default
    await rows.first.click()
    transcript = page.locator("#transcript")
    said = transcript.locator("li.in").filter(has_text="passport")
    await said.get_by_text("[phone]", exact=False).wait_for(timeout=10_000)
    shown = await transcript.inner_text()
    assert PHONE not in shown and "AB1234567" not in shown and "[document]" in shown
    assert await page.locator("#masked-badge").inner_text() == "masked"

    # correct what the NLU said: the indicators come from a list of the real ids
    await said.get_by_label("level").select_option("critical")
    await said.get_by_label("indicators").select_option(["document_retention", "restriction_of_movement"])
    await said.get_by_role("button", name="Correct").click()
    await said.get_by_role("button", name="Saved").wait_for(timeout=10_000)
    [(correction, _text, _nlu)] = await ReviewStore(hclient.app[ENGINE]).corrections()
    assert correction["risk_level"] == "critical"
    assert correction["indicators"] == ["document_retention", "restriction_of_movement"]

    # reveal with a reason
    await page.get_by_label("Reason to see personal data").fill("QA of a missed escalation")
    await page.get_by_role("button", name="Reveal").click()
    await said.get_by_text(PHONE, exact=False).wait_for(timeout=10_000)
    assert await page.locator("#masked-badge").inner_text() == "revealed"

    # the audit log shows it
    audit = page.locator("#audit")
    await audit.get_by_text("QA of a missed escalation", exact=False).wait_for(timeout=10_000)
    audit_text = await audit.inner_text()
    assert "reveal" in audit_text and "view" in audit_text and "login" in audit_text
    assert errors == []
    await context.close()
