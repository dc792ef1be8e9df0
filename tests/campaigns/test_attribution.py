"""Attribution through the real app: the web chat's campaign and ?c=, and a code typed later."""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from bot.appkeys import ENGINE, HELPLINE
from campaigns import FIRST_MESSAGES, CampaignStore

CODE = "KRK-FAIR-2026"


async def open_chat(client: TestClient, **body: Any) -> tuple[str, dict[str, str]]:
    resp = await client.post("/chat/api/conversations", json=body)
    assert resp.status == 201, await resp.text()
    data = await resp.json()
    return data["conversation_id"], {"Authorization": f"Bearer {data['token']}"}


async def say(client: TestClient, conv_id: str, headers: dict[str, str], text: str) -> list[dict[str, Any]]:
    resp = await client.post(
        f"/chat/api/conversations/{conv_id}/messages", json={"text": text}, headers=headers
    )
    assert resp.status == 200, await resp.text()
    replies: list[dict[str, Any]] = (await resp.json())["replies"]
    assert replies  # the user always gets an answer, campaign code or not
    return replies


async def campaign_of(client: TestClient, conv_id: str) -> str | None:
    conv = await client.app[HELPLINE].store.get(conv_id)
    assert conv is not None
    return conv.campaign


async def campaigns(client: TestClient) -> CampaignStore:
    store = CampaignStore(client.app[ENGINE])
    await store.create(CODE, "Job fair Kraków")
    await store.create("SCHOOL-7", "Vocational school 7")
    await store.create("OLD-2024", "Last year's fair", active=False)
    return store


async def test_the_web_chat_keeps_the_campaign_it_was_opened_with(client: TestClient) -> None:
    await campaigns(client)
    conv_id, headers = await open_chat(client, campaign=CODE)
    assert await campaign_of(client, conv_id) == CODE
    await say(client, conv_id, headers, "school-7")  # another code later never replaces it
    assert await campaign_of(client, conv_id) == CODE


async def test_a_code_typed_in_the_first_messages_is_recognised(client: TestClient) -> None:
    await campaigns(client)
    conv_id, headers = await open_chat(client)
    await say(client, conv_id, headers, "dzień dobry")
    assert await campaign_of(client, conv_id) is None
    await say(client, conv_id, headers, "kod z plakatu: krk-fair-2026")
    assert await campaign_of(client, conv_id) == CODE  # stored as the campaign writes it
    await say(client, conv_id, headers, "SCHOOL-7")
    assert await campaign_of(client, conv_id) == CODE


async def test_the_whatsapp_prefilled_text_carries_the_code(client: TestClient) -> None:
    await campaigns(client)
    conv_id, headers = await open_chat(client)
    prefilled = client.app[HELPLINE].dialogue.catalogs.text("vi", "campaign.whatsapp.prefill", code=CODE)
    await say(client, conv_id, headers, prefilled)
    assert await campaign_of(client, conv_id) == CODE


async def test_unknown_inactive_and_late_codes_are_ignored_silently(client: TestClient) -> None:
    await campaigns(client)
    conv_id, headers = await open_chat(client)
    plain = await say(client, conv_id, headers, "hello")
    unknown = await say(client, conv_id, headers, "NOPE-2026")
    inactive = await say(client, conv_id, headers, "OLD-2024")
    assert await campaign_of(client, conv_id) is None
    # Nothing in the replies tells the user about campaigns.
    assert all("2026" not in r["text"] and "2024" not in r["text"] for r in plain + unknown + inactive)

    for _ in range(FIRST_MESSAGES):
        await say(client, conv_id, headers, "hello")
    await say(client, conv_id, headers, CODE)  # too late to be the poster that brought them
    assert await campaign_of(client, conv_id) is None


async def test_the_page_passes_c_from_its_address(client: TestClient, browser: Any) -> None:
    await campaigns(client)
    page = await (await browser.new_context(locale="uk-UA")).new_page()

    def creation(response: Any) -> bool:
        return bool(response.url.endswith("/chat/api/conversations") and response.status == 201)

    async with page.expect_response(creation, timeout=10_000) as created_info:
        await page.goto(str(client.make_url(f"/?c={CODE}")))
    created = [(await (await created_info.value).json())["conversation_id"]]
    await page.get_by_role("button", name="Українська").wait_for(timeout=10_000)
    assert await campaign_of(client, created[0]) == CODE
