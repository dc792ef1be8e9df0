"""Typed words move the conversation from anywhere: emergency words, risk, intents, menu, back."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.i18n import Catalogs
from bot.languages import LANGUAGES
from flows.loader import load_flows
from flows.routing import DANGER_BUTTONS
from flows.spec import BUTTON_PREFIX
from handoff.keys import HANDOFF

from .chat import Chat

KCIK = "tel:+48226280120"

HELP = {
    "en": "Help!",
    "pl": "Pomocy!",
    "uk": "Рятуйте",
    "ru": "Помогите!",
    "es": "¡Auxilio!",
    "ro": "Ajutor!",
    "vi": "Cứu tôi với",
}
# A message that says the person's documents are held: the NLU reads a high risk.
RISKY = {
    "en": "The boss took my passport and says I owe him money",
    "pl": "Szef zabrał mi paszport i mówi, że mam u niego dług",
    "uk": "Бригадир забрав мій паспорт і каже, що я винен гроші",
    "ru": "Начальник забрал мой паспорт и говорит, что я должен деньги",
    "es": "El jefe me quitó el pasaporte y dice que le debo dinero",
    "ro": "Șeful mi-a luat pașaportul și zice că îi datorez bani",
    "vi": "Ông chủ giữ hộ chiếu của tôi và nói tôi nợ tiền ông ấy",
}
MENU = {"en": "menu", "pl": "menu", "uk": "меню", "ru": "меню", "es": "menú", "ro": "meniu", "vi": "menu"}
BACK = {
    "en": "back",
    "pl": "wstecz",
    "uk": "назад",
    "ru": "назад",
    "es": "atrás",
    "ro": "înapoi",
    "vi": "quay lại",
}
YES = {"en": "yes", "pl": "tak", "uk": "так", "ru": "да", "es": "sí", "ro": "da", "vi": "có"}


async def into_offer_check(client: TestClient, lang: str) -> Chat:
    """A user halfway through the offer check: the fee question answered with yes."""
    chat = await Chat.open(client, lang)
    await chat.press("f:menu:main:offer")
    await chat.press("f:offer:intro:go")
    await chat.press("f:offer:fee:y")
    assert chat.node() == ("offer", "contract")
    return chat


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_cry_for_help_shows_112_and_kcik_first_from_inside_a_flow(
    client: TestClient, catalogs: Catalogs, lang: str
) -> None:
    chat = await into_offer_check(client, lang)
    replies = await chat.type(HELP[lang])
    first = replies[0]
    assert first["text"].startswith(catalogs.text(lang, "sos.text"))
    assert "112" in first["text"] and "+48 22 628 01 20" in first["text"]
    assert [b.get("url") for b in first["buttons"][:2]] == ["tel:112", KCIK]
    # the interrupted check waits for the user
    await chat.press("resume")
    assert chat.node() == ("offer", "contract")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_risky_message_interrupts_the_flow_and_the_user_can_come_back(
    client: TestClient, catalogs: Catalogs, lang: str
) -> None:
    chat = await into_offer_check(client, lang)
    replies = await chat.type(RISKY[lang])
    assert replies[0]["text"].startswith(catalogs.text(lang, "concern.text"))
    assert KCIK in {b.get("url") for b in replies[0]["buttons"]}
    assert chat.node() == ("concern", "high")
    await chat.press("resume")
    assert chat.node() == ("offer", "contract")
    for node in ("contract", "pay", "chat", "docs", "travel", "rush"):
        await chat.press(f"f:offer:{node}:n" if node != "contract" else "f:offer:contract:y")
    await chat.press("f:offer:address:y")
    assert chat.node() == ("offer", "some")  # the fee answered before the interruption still counts
    assert catalogs.text(lang, "offer.a.fee") in chat.shown["text"]


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_after_a_risky_message_one_tap_says_the_danger_is_now(
    client: TestClient, catalogs: Catalogs, lang: str
) -> None:
    """The NLU finds "high" far more often than "critical" (nlu/README.md "First runs"): the person
    can say it themselves. The emergency numbers come first and the waiting case becomes critical."""
    chat = await Chat.open(client, lang)
    await chat.type(RISKY[lang])
    assert chat.node() == ("concern", "high")
    case = await client.app[HANDOFF].cases.open_for(chat.conv["conversation_id"])
    assert case is not None and case.level == "high"
    replies = await chat.tap(catalogs.text(lang, "btn.danger_now"))
    assert replies[0]["text"].startswith(catalogs.text(lang, "sos.text"))
    assert [b.get("url") for b in replies[0]["buttons"][:2]] == ["tel:112", KCIK]
    assert chat.node() == ("sos", "now")
    case = await client.app[HANDOFF].cases.open_for(chat.conv["conversation_id"])
    assert case is not None and case.level == "critical"


async def test_a_critical_message_shows_the_emergency_message_first(
    client: TestClient, catalogs: Catalogs
) -> None:
    chat = await into_offer_check(client, "en")
    replies = await chat.type("They locked me in and he beats me, I am scared he will kill me")
    assert replies[0]["text"].startswith(catalogs.text("en", "sos.text"))
    assert sum("112" in r["text"] for r in replies) >= 1


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_menu_back_and_typed_answers_work_in_every_language(
    client: TestClient, catalogs: Catalogs, lang: str
) -> None:
    chat = await into_offer_check(client, lang)
    await chat.type(YES[lang])  # a typed yes answers the question on screen
    assert chat.node() == ("offer", "pay")
    await chat.type(BACK[lang])
    assert chat.node() == ("offer", "contract")
    await chat.type(MENU[lang])
    assert chat.node() == ("menu", "main")
    assert catalogs.text(lang, "menu.text") in chat.shown["text"]
    await chat.type("qwzx vbnm")  # never stuck: a kind word and the menu
    assert chat.replies[0]["text"] == catalogs.text(lang, "reply.not_understood")
    assert chat.node() == ("menu", "main")


async def test_intents_open_flows_and_a_low_risk_offer_is_checked(
    client: TestClient, catalogs: Catalogs
) -> None:
    chat = await Chat.open(client, "en")
    await chat.type("I want to work in Germany")
    assert chat.node() == ("abroad", "agency")
    await chat.type("What are my rights")
    assert chat.node() == ("rights", "who")
    await chat.type("The agency wants me to pay 300 euro registration fee")
    assert chat.node() == ("offer", "intro")
    await chat.type("thank you")
    assert chat.replies[0]["text"] == catalogs.text("en", "reply.thanks")
    await chat.type("I want to talk to a person")
    assert chat.node() == ("talk", "handoff")
    assert KCIK in chat.links()


async def test_before_a_choice_clear_words_set_the_language_and_a_short_hello_does_not(
    client: TestClient, catalogs: Catalogs
) -> None:
    resp = await client.post("/chat/api/conversations", json={"language": "es"})
    chat = Chat(client, await resp.json())
    await chat.type("hi")
    assert chat.language == "es"
    await chat.type("Dzień dobry, szukam pracy w Niemczech i mam pytanie o ofertę pracy")
    assert chat.language == "pl"
    assert catalogs.text("pl", "btn.menu") in {b["title"] for b in chat.shown["buttons"]}


async def test_two_cries_for_help_in_a_row_still_lead_back_to_the_question(client: TestClient) -> None:
    chat = await into_offer_check(client, "pl")
    await chat.type("Pomocy!")
    await chat.type("SOS")
    await chat.press("resume")
    assert chat.node() == ("offer", "contract")


async def test_the_transcript_keeps_what_the_nlu_read(client: TestClient) -> None:
    from bot.appkeys import HELPLINE

    chat = await into_offer_check(client, "en")
    await chat.type(RISKY["en"])
    rows = await client.app[HELPLINE].store.transcript(chat.conv["conversation_id"])
    nlu = [r.payload["nlu"] for r in rows if r.direction == "in" and "nlu" in r.payload][-1]
    assert nlu["language"] == "en" and nlu["intent"] == "report_situation" and nlu["intent_confidence"] > 0.5
    assert nlu["risk"]["level"] == "high" and nlu["risk"]["score"] > 0
    assert {"id": "document_retention", "evidence": "took my passport"} in nlu["risk"]["indicators"]
    assert "text" not in nlu  # the row holds the text once


async def test_words_about_the_flow_in_progress_keep_the_place(client: TestClient) -> None:
    chat = await into_offer_check(client, "en")
    await chat.type("I have a job offer in Germany")  # the offer intent, while checking the offer
    assert chat.node() == ("offer", "contract")


def test_the_danger_buttons_are_the_concern_flows_way_to_sos() -> None:
    """flows.routing.DANGER_BUTTONS (answered even while a consultant talks) names the real button."""
    flows = load_flows()
    to_sos = {
        f"{BUTTON_PREFIX}{flow.name}:{node_id}:{choice.id}"
        for flow in flows.values()
        for node_id, node in flow.nodes.items()
        for choice in node.choices
        if choice.next == "flow:sos"
    }
    assert DANGER_BUTTONS and DANGER_BUTTONS <= to_sos
