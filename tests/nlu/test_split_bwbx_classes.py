"""Splits BW and BX's classes (thirty-eighth round), written as meanings in new words, not BW-BX's sentences.

Critical recall: a medicine gone or withheld (the boss holds it with the passport) and the body failing now
(dizzy, shaking, can barely stand) is danger now; insulin forgotten on a holiday, or dizzy from the heat
beside a kept passport, is not. Pills bought and a wish not to wake up, in a situation already found, is
danger now; pills bought for a back beside a kept passport stays high. A driver not going where he should
(the hotel) with the doors locked is danger now; a child lock on the way to the hotel, or a detour with no
lock, is not. Someone asked to call the police there, please, for a man locked in (es, pl, ru, uk, as the
English phrase), and es "cerró la puerta por fuera" with a cry for help, are danger now; a door locked
from outside against the cat stays calm. Standing outside the user's house now after a beating is danger now;
friends outside the house on the way to the cinema stay calm.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A medicine gone or withheld by the one who holds the passport, and the body failing now.
MEDICINE = [
    "the foreman keeps my passport and my inhaler in his office, no medicine since monday, im shaking now "
    "and can barely stand",
    "brygadzista trzyma mój paszport i leki, od rana bez insuliny, teraz cały się trzęsę i ledwo stoję",
    "бригадир держит мой паспорт и лекарства, с утра без инсулина, сейчас трясет и еле стою",
    "бригадир тримає мій паспорт і ліки, з ранку без інсуліну, зараз трусить і ледве стою",
    "el encargado tiene mi pasaporte y mis medicinas, desde la mañana sin insulina, ahora estoy temblando y "
    "casi no me puedo parar",
    "șeful ține pașaportul și medicamentele mele, de dimineață fără insulină, acum tremur și abia stau în "
    "picioare",
    "quản lý giữ hộ chiếu và thuốc của tôi, từ sáng không có insulin, giờ run hết người, đứng không vững",
]
MEDICINE_CALM = [
    "i forgot my insulin at home on holiday, no insulin since this morning, feeling dizzy now, where is a "
    "pharmacy",
    "zapomniałam insuliny na wakacjach, od rana bez insuliny, kręci mi się w głowie, gdzie jest apteka",
]
MEDICINE_HIGH = ["the boss keeps my passport. i feel dizzy from the heat today, can barely stand"]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(MEDICINE, DANGER), calm=(MEDICINE_CALM, CALM), high=(MEDICINE_HIGH, ESCALATED),
))
def test_medicine_withheld_and_failing_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_dizzy_beside_a_kept_passport_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, MEDICINE_HIGH[0], BELOW_DANGER)


# Pills bought and a wish not to wake up, in a situation already found.
BOUGHT = [
    "they owe me 3 months and keep my passport, i bought pills last night, i dont want to wake up tomorrow",
    "szef trzyma paszport i nie płaci od 3 miesięcy, kupiłam tabletki, nie chcę się jutro obudzić",
    "хозяин держит паспорт и не платит 3 месяца, купила таблетки, не хочу завтра просыпаться",
    "хазяїн тримає паспорт і не платить 3 місяці, купила таблетки, не хочу завтра прокидатися",
    "el patrón tiene mi pasaporte y no paga hace 3 meses, compré unas pastillas, no quiero despertar mañana",
    "patronul ține pașaportul și nu plătește de 3 luni, am cumpărat pastile, nu vreau să mă mai trezesc "
    "mâine",
    "chủ giữ hộ chiếu, 3 tháng không trả lương, em mua thuốc rồi, em không muốn tỉnh dậy nữa",
]
BOUGHT_HIGH = ["they keep my passport and owe me 3 months, i bought pills for my back pain today"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(BOUGHT, DANGER), high=(BOUGHT_HIGH, ESCALATED)))
def test_pills_bought_and_no_wish_to_wake(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_pills_for_a_back_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, BOUGHT_HIGH[0], BELOW_DANGER)


# A driver not going where he should, with the doors locked.
WRONG_WAY = [
    "my friend's uber driver is not going to the hotel, he locked the doors, she is scared in the back",
    "koleżanka wsiadła do taksówki, kierowca nie jedzie do hotelu, zamknął drzwi, ona się boi",
    "подруга села в такси, водитель едет не туда, заблокировал двери, она боится",
    "подруга сіла в таксі, водій їде не туди, заблокував двері, вона боїться",
    "mi amiga tomó un taxi, el chofer va para otro lado, cerró las puertas, tiene miedo",
    "prietena mea a luat un taxi, șoferul merge în altă parte, a încuiat ușile, îi e frică",
    "bạn em đi taxi, tài xế chở đi chỗ khác, khóa cửa xe, nó sợ lắm",
]
WRONG_WAY_CALM = ["the taxi isnt driving to the hotel directly, the road is closed so he takes a detour, ok"]
CHILD_LOCK = "the taxi driver locked the doors, child lock, and drove us straight to the hotel, all good"


@pytest.mark.parametrize(("text", "levels"), cases(now=(WRONG_WAY, DANGER), calm=(WRONG_WAY_CALM, CALM)))
def test_driver_going_elsewhere_doors_locked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_child_lock_on_the_way_to_the_hotel_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, CHILD_LOCK, BELOW_DANGER)


# Someone asked to call the police there, please, for a man locked in; a door shut from outside with a cry.
LOCKED_CALL = [
    "my dad works on a farm, the owner locked him in a shed 2 days ago, someone call the police there please",
    "tata pracuje na farmie, właściciel zamknął go w szopie 2 dni temu, niech ktoś wezwie policję proszę",
    "отец работает на ферме, хозяин запер его в сарае 2 дня назад, пусть кто нибудь вызовет полицию "
    "пожалуйста",
    "батько працює на фермі, хазяїн замкнув його в сараї 2 дні тому, хай хтось викличе поліцію будь ласка",
    "mi papá trabaja en una finca, el dueño lo encerró en un galpón hace 2 días, que alguien llame a la "
    "policía por favor",
    "ayuda somos 5 en un camion, el conductor cerro la puerta por fuera, no sabemos donde estamos",
]
LOCKED_CALM = ["cerré la puerta por fuera con llave para que no entre el gato, todo bien"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(LOCKED_CALL, DANGER), calm=(LOCKED_CALM, CALM)))
def test_locked_in_and_police_asked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Standing outside the user's house now, after a beating.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["they are standing outside my house now, the ones i owe for the car, yesterday they beat me",
          "вони зараз стоять під моїм будинком, вчора мене побили через борг",
          "они сейчас стоят под моим домом, вчера меня избили из-за долга"], DANGER),
    calm=(["my friends are outside my house now, we go to the cinema"], CALM),
))
def test_outside_the_house_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
