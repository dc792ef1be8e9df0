"""The campaign store on SQLite and PostgreSQL: codes are unique whatever their case, never renamed."""

from __future__ import annotations

import pytest

from bot.store import ConversationStore
from campaigns import CampaignExists, CampaignStore, InvalidCampaign, UnknownCampaign


async def test_create_get_list_edit(store: CampaignStore) -> None:
    made = await store.create("Fair-2026", "Job fair  Kraków", language="uk")
    assert (made.code, made.name, made.language, made.active) == ("Fair-2026", "Job fair Kraków", "uk", True)
    found = await store.get("FAIR-2026")
    assert found is not None and found.code == "Fair-2026"
    await store.create("SCHOOL-7", "Vocational school 7")
    assert [c.code for c in await store.list()] == ["Fair-2026", "SCHOOL-7"]

    edited = await store.edit("fair-2026", name="Job fair Kraków, May", language=None, active=False)
    assert (edited.code, edited.name, edited.language, edited.active) == (
        "Fair-2026",
        "Job fair Kraków, May",
        None,
        False,
    )
    assert edited.updated_at >= made.updated_at
    with pytest.raises(UnknownCampaign):
        await store.edit("NOPE-1", name="x")


async def test_codes_are_unique_without_regard_to_case(store: CampaignStore) -> None:
    await store.create("FAIR-2026", "one")
    with pytest.raises(CampaignExists):
        await store.create("fair-2026", "two")


@pytest.mark.parametrize(
    ("code", "name", "language"),
    [
        ("fair", "a word a user might type", None),
        ("ab1", "too short", None),
        ("FAIR 2026", "a space", None),
        ("x1" * 33, "too long", None),
        ("TARGI-2026", "", None),
        ("TARGI-2026", "unknown language", "de"),
    ],
)
async def test_bad_campaigns_are_refused(store: CampaignStore, code: str, name: str, language: str) -> None:
    with pytest.raises(InvalidCampaign):
        await store.create(code, name, language=language)
    assert await store.list() == []


async def test_a_conversation_keeps_its_first_campaign(store: CampaignStore, engine) -> None:
    conversations = ConversationStore(engine)
    conv = await conversations.create("web")
    assert await store.claim_conversation(conv.id, "FAIR-2026")
    assert not await store.claim_conversation(conv.id, "SCHOOL-7")
    again = await conversations.get(conv.id)
    assert again is not None and again.campaign == "FAIR-2026"
