"""Every flow walked end to end in every language through the web chat API (real HTTP, real app)."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.i18n import Catalogs
from bot.languages import LANGUAGES
from flows.loader import load_flows

from .chat import Chat

FLOWS = load_flows()
KCIK = "tel:+48226280120"

# name: (menu button, the buttons pressed in the flow, the node reached at the end)
WALKS: dict[str, tuple[str, list[str], str]] = {
    "abroad": ("abroad", ["next"] * 7, "done"),
    "offer, many red flags": ("offer", ["go", "y", "n", "y", "y", "y", "y", "y", "n"], "high"),
    "offer, one red flag": ("offer", ["go", "y", "y", "n", "n", "n", "n", "n", "y"], "some"),
    "offer, none": ("offer", ["go", "n", "y", "n", "n", "n", "n", "n", "y"], "none"),
    "signs, every kind of work": (
        "signs",
        [
            "more",
            "ex",
            *[step for work in ("build", "farm", "care", "store") for step in (work, "other")],
            "sex",
        ],
        "sex",
    ),
    "situation, a minor": ("wrong", ["go", "y"], "minor"),
    "situation, passport held": ("wrong", ["go", "n", "y", "y", "y", "n", "y", "n"], "serious"),
    "situation, not paid": ("wrong", ["go", "n", "y", "n", "n", "n", "y", "n"], "some"),
    "situation, fine": ("wrong", ["go", "n", "y", "n", "y", "n", "y", "n"], "fine"),
    "rights": ("rights", ["next"] * 3, "free"),
    "numbers, every country": (
        "numbers",
        [step for country in ("pl", "gb", "de", "nl", "se", "no", "dk", "ie") for step in (country, "other")]
        + ["cz"],
        "cz",
    ),
    "talk to a person": ("talk", [], "handoff"),
}


def expected_text(catalogs: Catalogs, lang: str, flow: str, node: str) -> str:
    return catalogs.text(lang, FLOWS[flow].nodes[node].text[-1])


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_every_flow_end_to_end(client: TestClient, catalogs: Catalogs, lang: str) -> None:
    chat = await Chat.open(client, lang)
    assert chat.language == lang
    for name, (entry, presses, end) in WALKS.items():
        await chat.type("menu")
        await chat.press(f"f:menu:main:{entry}")
        flow, node = chat.node()
        assert node == FLOWS[flow].start, name
        for choice in presses:
            await chat.press(f"f:{flow}:{node}:{choice}")
            flow, node = chat.node()
            assert expected_text(catalogs, lang, flow, node) in chat.shown["text"], (name, flow, node)
        assert node == end, (name, node)
        assert expected_text(catalogs, lang, flow, end) in chat.shown["text"]
        # the way out is always there
        assert f"f:{flow}:{node}:menu" in {b["id"] for b in chat.shown["buttons"]}, name
        if flow == "numbers" or FLOWS[flow].nodes[node].type == "handoff":
            assert KCIK in chat.links() and "+48 22 628 01 20" in chat.shown["text"], name


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_results_give_the_advice_for_each_flag_raised(
    client: TestClient, catalogs: Catalogs, lang: str
) -> None:
    chat = await Chat.open(client, lang)
    await chat.press("f:menu:main:offer")
    answers = {"fee": "y", "contract": "n", "pay": "n", "chat": "n", "docs": "y", "travel": "n", "rush": "n"}
    await chat.press("f:offer:intro:go")
    for node, choice in answers.items():
        await chat.press(f"f:offer:{node}:{choice}")
    await chat.press("f:offer:address:y")
    text = chat.shown["text"]
    for flagged in ("offer.a.fee", "offer.a.contract", "offer.a.docs"):
        assert catalogs.text(lang, flagged) in text
    for calm in ("offer.a.pay", "offer.a.chat", "offer.a.travel", "offer.a.rush", "offer.a.address"):
        assert catalogs.text(lang, calm) not in text
    assert catalogs.plural(lang, "result.flags", "result.flags.plural", 3) in text
    assert chat.node() == ("offer", "high")


async def test_a_vietnamese_user_checks_an_offer_and_finds_dutch_numbers_without_typing(
    client: TestClient,
) -> None:
    chat = await Chat.open(client)
    await chat.tap("Tiếng Việt")
    assert chat.language == "vi" and "Menu chính" in chat.shown["text"]
    await chat.tap("Kiểm tra việc làm")
    await chat.tap("Bắt đầu")
    for answer in ("Có", "Không", "Có", "Có", "Không", "Có", "Có", "Không"):
        await chat.tap(answer)
    assert "Lời mời này có vẻ rủi ro" in chat.shown["text"]
    assert "Có 7 dấu hiệu cảnh báo" in chat.shown["text"]
    await chat.tap("Số trợ giúp")
    await chat.tap("Hà Lan")
    text = chat.shown["text"]
    assert text.startswith("Số trợ giúp ở Hà Lan")
    for number in ("112", "0900 8844", "0800 5151", "033 448 11 86", "+48 22 628 01 20"):
        assert number in text
    assert {"tel:112", "tel:09008844", "tel:08005151", "tel:0334481186", KCIK} <= chat.links()
    titles = {b["title"] for b in chat.shown["buttons"]}
    assert {"Cấp cứu", "Cảnh sát", "Đường dây KCIK", "Nước khác", "Menu"} <= titles
