"""Splits CA and CB's classes (thirty-ninth round), written as meanings in new words, not CA-CB's sentences.

Critical recall: held at the workplace until the order or the quota is done (nobody leaves), with the phones
taken and someone beaten, written from a hidden phone, is danger now; nobody leaving the party until the cake
is eaten is not held. A driver not going where he said with the phones taken is danger now; a detour with no
phones taken is calm. Sent to the guests' or clients' rooms tonight, not to clean, and told she will be found
and killed if she runs, is danger now; the same threat with no night told is high. Despair with a wish to
end it all tonight (pl "z tym wszystkim skończyć", ru "со всем покончить") is danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Held at the workplace until the order is done, phones taken, someone beaten, written from a hidden phone.
HELD = [
    "a phone i hid, sorry. warehouse, phones collected, nobody goes home until the shipment is finished. the "
    "foreman beat a man who complained",
    "piszę ze schowanego telefonu. magazyn, telefony zabrane, nikt stąd nie wyjdzie dopóki norma nie będzie "
    "zrobiona. brygadzista pobił kolegę",
    "пишу со спрятанного телефона. склад, телефоны отобрали, никто отсюда не уйдет пока не выполним план. "
    "бригадир избил парня",
    "пишу зі схованого телефону. склад, телефони відібрали, ніхто звідси не піде поки не виконаємо план. "
    "бригадир побив хлопця",
    "escribo de un teléfono escondido. bodega, nos quitaron los teléfonos, nadie sale de aquí hasta acabar "
    "la orden. el capataz golpeó a un compañero",
    "scriu de pe un telefon ascuns. depozit, ne-au luat telefoanele, nimeni nu pleacă de aici până nu "
    "terminăm comanda. șeful l-a bătut pe un coleg",
    "em nhắn bằng điện thoại giấu. kho hàng, họ thu điện thoại, không ai được về cho tới khi xong hàng. quản "
    "đốc đánh một anh",
]
HELD_CALM = ["nobody leaves the party until the cake is finished, my mum says, haha"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(HELD, DANGER), calm=(HELD_CALM, CALM)))
def test_held_until_the_order_is_done(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A driver not going where he said, with the phones taken.
WRONG_WAY = [
    "we are 4 students in a minibus, the driver is not taking us where he said, some motorway, he collected "
    "our phones, i kept one",
    "jesteśmy w 4 w busie, kierowca nie wiezie nas do hotelu, jakaś obwodnica, zabrał nam telefony, jeden "
    "mam schowany",
    "нас 4 студентки в машине, водитель везет нас не туда, какая-то объездная, отобрал телефоны, один я "
    "спрятала",
    "нас 4 студентки в машині, водій везе нас не туди, якась об'їзна, забрав телефони, один я сховала",
    "somos 4 estudiantes en una van, el chofer no nos lleva al hotel, una autopista, nos "
    "quitó los teléfonos, uno lo escondí",
    "suntem 4 studente într-o dubă, șoferul nu ne duce la hotel, o autostradă, ne-a luat telefoanele, unul "
    "l-am ascuns",
    "tụi em 4 đứa trên xe, tài xế không chở về khách sạn, chạy đường lạ, thu hết điện thoại, em giấu được "
    "một cái",
]
WRONG_WAY_CALM = ["the driver is not taking us to the hotel directly, the bridge is closed, we go round"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(WRONG_WAY, DANGER), calm=(WRONG_WAY_CALM, CALM)))
def test_driver_going_elsewhere_phones_taken(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Sent to the guests' rooms tonight, not to clean, and told she will be found and killed if she runs.
GUESTS = [
    "please help, tonight they send me to a client's suite, not for cleaning. the boss says if i escape they "
    "will track me and kill me",
    "ratunku, dziś w nocy mam iść do pokoju klienta, nie na sprzątanie. szef mówi że jak ucieknę to "
    "mnie złapią i zabiją",
    "помогите, сегодня ночью меня отправляют в номер к клиенту, не для уборки. хозяин сказал если сбегу "
    "поймают меня и убьют",
    "допоможіть, сьогодні вночі мене відправляють у номер до клієнта, не прибирати. хазяїн сказав якщо "
    "втечу знайдуть мене і вб'ють",
    "socorro, esta noche me mandan al cuarto de un cliente, no para limpiar. el jefe dice que si huyo me "
    "agarran y me matan",
    "ajutor, în noaptea asta mă trimit în camera clientului, nu la curățenie. șeful zice că dacă fug "
    "mă prind și mă omoară",
    "cứu em, tối nay họ bắt em vào phòng khách, không phải để dọn. chủ nói nếu em trốn thì tìm ra và giết em",
]
GUESTS_HIGH = ["the boss says if i escape they will track me and kill me"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(GUESTS, DANGER), high=(GUESTS_HIGH, ESCALATED)))
def test_sent_to_guests_tonight_with_a_death_threat(rules: Analyzer, text: str,
                                                    levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_guests_rooms_by_day_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, "the manager sends me to the clients rooms, not to clean, i hate it, what can i do",
                BELOW_DANGER)


# Despair and a wish to end it all tonight.
@pytest.mark.parametrize("text", [
    "już nie mogę, długi rosną, dziś w nocy chcę ze wszystkim skończyć",
    "не могу больше, долг растет, сегодня ночью со всем этим покончить хочу",
    "не можу більше, борг росте, сьогодні вночі хочу з усім покінчити",
    "i cant take it anymore, the debt grows, tonight i want to end all of it",
])
def test_end_it_all_tonight(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# A deduction for the room written in the contract the user signed (uk "в договорі, який я підписав", vi "hợp
# đồng em ký có ghi"), asked about; the twins: two months unpaid after a contrast, or the passport kept.
ROOM_DEDUCTION_HIGH = [
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав, але вже два "
    "місяці решту зарплати не платить. це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi, nhưng 2 tháng nay chủ "
    "giữ lương không trả. vậy có đúng luật không?",
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав. а паспорт він "
    "забрав і не віддає. це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi. chủ giữ hộ chiếu của "
    "tôi không trả. vậy có đúng luật không?",
]
ROOM_DEDUCTION_CALM = [
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав і в "
    "розрахунковому листку. просто питаю чи це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi, phiếu lương cũng ghi. "
    "tôi chỉ hỏi có đúng luật không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(ROOM_DEDUCTION_HIGH, ESCALATED), calm=(ROOM_DEDUCTION_CALM, CALM),
))
def test_room_deduction_in_the_signed_contract(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi "cảnh báo" (a warning) is not "canh" (to guard); the twins: guarded day and night, with or without marks.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["ông chủ cho người canh tụi em suốt ngày đêm, đi đâu cũng bị theo",
           "quan ly canh chung toi suot, khong cho ra khoi ky tuc xa"], ESCALATED),
    calm=(["tôi dạy lớp 12, muốn biết những dấu hiệu cảnh báo chính các em cần biết khi đi làm thêm ở nước "
           "ngoài"], CALM),
))
def test_vi_warning_is_not_guarding(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
