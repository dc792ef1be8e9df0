"""Splits BC and BD's classes (twenty-eighth round), written as meanings in new words, not BC-BD's sentences.

Critical recall: thrown out of the housing at night or into the frost, with children ("threw me and the baby
out of the room tonight", "wywalił nas z pokoju w środku nocy", "выкинул нас из комнаты посреди ночи") is
danger now; its twins, being told to move out at the end of the month as the contract says, a job ended on a
night shift, or an eviction told last year with the user settled now, stay below danger. "Kicked me out" is an
eviction, not a kick; its twin, a kick in the back, stays violence. No wish to live told with "more" ("не хочу
больше жить", "не хочу більше жити"), "skończyć ze sobą" and "să-mi iau viața" are suicidal intent; their
twins, not wanting to work on a farm any more, ending a job, taking a day off today, stay calm. A beating now
with blood or an ambulance ("bije chłopaka w hali, krwawi, potrzebne pogotowie", "sejchas bjet") is danger
now; its twin, a beating last month with blood, stays high (violence) and below danger.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Thrown out of the housing at night or into the cold, with children.
EVICTED_NOW = [
    "the landlord threw me and the baby out of the room tonight, we are outside in the freezing cold with "
    "no coats",
    "właściciel wywalił nas z dziećmi z pokoju w środku nocy, siedzimy na przystanku, mróz",
    "хозяин выкинул нас с ребенком из комнаты посреди ночи, сидим на остановке, холод",
    "господар викинув нас з дитиною з кімнати посеред ночі, сидимо на зупинці, холод",
    "el encargado nos botó con los niños del cuarto en la noche, estamos en la parada del bus, hace frío",
    "patronul ne-a dat afară cu copilul din cameră noaptea, stăm în stație, e ger",
    "chủ nhà đuổi mẹ con em ra khỏi phòng giữa đêm, đang ngồi ở trạm xe buýt, rét lắm",
]

# Told to move out at the end of the month as the contract says; a job ended; an eviction told as settled.
MOVING_OUT = [
    "Last year the agency kicked us out of the flat. Now I rent my own room and all is fine, how do I get "
    "the deposit back?",
    "they kicked me out of the job at night shift, can I get my last pay?",
    "Zwolnili mnie z pracy w nocy, jak odebrać ostatnią wypłatę?",
    "сказали съехать из квартиры до конца месяца по договору, это законно?",
    "сказали виїхати з квартири до кінця місяця за договором, це законно?",
    "nos dijeron que dejemos el apartamento a fin de mes como dice el contrato, es legal?",
    "ne-au spus să ne mutăm din apartament la sfârșitul lunii, cum scrie în contract, e legal?",
    "chủ nhà báo cuối tháng phải dọn ra khỏi nhà theo hợp đồng, vậy có đúng luật không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    evicted=(EVICTED_NOW, DANGER), moving=(MOVING_OUT, BELOW_DANGER),
))
def test_thrown_out_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_kicked_out_is_no_kick(rules: Analyzer) -> None:
    assert "violence" not in {i.id for i in rules.parse(
        "they kicked me out of the job at night shift, can I get my last pay?").risk.indicators}
    check_level(rules, "the supervisor kicked me in the back and pushed me out of the hall", ESCALATED)


# No wish to live told with "more"; ending one's life told with "ze sobą", "să-mi iau viața".
NO_WISH_TO_LIVE = [
    "не хочу больше жить. четыре месяца не платят",
    "не хочу більше жити. чотири місяці не платять",
    "myślę, żeby dziś skończyć ze sobą, szef trzyma paszport",
    "mă gândesc să-mi iau viața diseară, șeful ține pașaportul",
    "i dont want to live anymore. they owe me four months",
    "ya no quiero vivir. cuatro meses sin pago",
    "em không muốn sống nữa. bốn tháng không được trả lương",
]

# Not wanting to work there any more, ending a job, a day off.
NO_WISH_TO_WORK = [
    "не хочу больше работать на этой ферме, хочу уволиться, как забрать расчет?",
    "не хочу більше працювати на цій фермі, як звільнитися?",
    "nie chcę już pracować w tej fabryce, jak się zwolnić?",
    "chcę skończyć z tą pracą i wrócić do domu, jak odebrać wypłatę?",
    "mă gândesc să-mi iau concediu azi, e ok?",
    "I don't want to work nights anymore, can I ask for day shifts?",
    "ya no quiero trabajar en el almacén, cómo renuncio?",
    "em không muốn làm ca đêm nữa, xin đổi ca được không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    intent=(NO_WISH_TO_LIVE, DANGER), work=(NO_WISH_TO_WORK, CALM),
))
def test_no_wish_to_live(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A beating now with blood or an ambulance, without a word for "now" in Polish; Russian in Latin letters.
BEATING_NOW = [
    "ochroniarz kopie kolegę pod barakiem, krew mu leci z nosa, dzwońcie po karetkę",
    "brygadzista bije chłopaka w hali, krwawi, potrzebne pogotowie",
    "ohrannik sejchas bjet parnja vo dvore, krov, nuzhna skoraya",
    "the guard is beating my husband in the car park right now, he is bleeding, call an ambulance",
    "охоронець зараз б'є чоловіка у дворі, кров, потрібна швидка",
    "el guardia le está pegando a mi esposo ahorita en el estacionamiento, sangra, llamen una ambulancia",
    "paznicul îl bate acum pe soțul meu în parcare, sângerează, chemați ambulanța",
    "bảo vệ đang đánh chồng em ngoài bãi xe, chảy máu, gọi cấp cứu giúp",
]

# A beating last month with blood: violence, not danger now.
BEATEN_BEFORE = [
    "brygadzista pobił kolegę w zeszłym miesiącu, była krew, czy możemy to zgłosić?",
    "бригадир избил парня в прошлом месяце, была кровь, можно заявить?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(BEATING_NOW, DANGER), before=(BEATEN_BEFORE, ("high",)),
))
def test_beating_now_with_blood(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
