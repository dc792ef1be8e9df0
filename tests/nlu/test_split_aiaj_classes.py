"""Splits AI and AJ's classes (eighteenth round), written as meanings in new words, not AI-AJ's sentences.

Critical recall with the rules alone: a child under 18 being taken out of the country within hours against
the parent's will ("they're taking my 14 yo son abroad tonight, I never agreed"), told in a few words; a
worker up at a height now thinking of letting go (suicidal intent told by the place and the hands). Each has
its calm twin (the same trip agreed by the parent; a worker at the same height who is fine), which must stay
below danger. The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, cases, check_level

# A child taken abroad now, the parent never consented.
CHILD_TAKEN_NO_CONSENT = [
    "his father is taking my 15 year old daughter out of the country tonight, without my consent",
    "dziś w nocy ojciec wywiezie moją 13-letnią córkę za granicę, bez mojej zgody",
    "сегодня вечером бывший муж вывезет мою 15-летнюю дочь за границу, без моего согласия",
    "сьогодні ввечері колишній чоловік вивезе мою 13-річну доньку за кордон, без моєї згоди",
    "esta noche se lo llevan a mi niño de 13 al extranjero, sin mi permiso",
    "la noapte tatăl lui îl duce pe fiul meu de 15 ani peste graniță, fără acordul meu",
    "đêm nay bố nó mang con gái 15 tuổi của tôi đi nước ngoài, tôi không cho phép",
]

# The same trip, agreed by the parent: not danger now.
CHILD_TRIP_AGREED = [
    "my 15 year old daughter flies abroad tonight with her school for an exchange, I signed the consent form",
    "dziś w nocy moja 13-letnia córka jedzie z klasą na wycieczkę za granicę, podpisałam zgodę",
    "сегодня вечером моя 15-летняя дочь едет со школой на экскурсию за границу, я подписала согласие",
    "сьогодні ввечері моя 13-річна донька їде зі школою на екскурсію за кордон, я підписала згоду",
    "esta noche mi niño de 13 viaja al extranjero con su equipo de fútbol, yo firmé el permiso",
    "la noapte fiul meu de 15 ani pleacă în excursie cu școala în străinătate, am semnat acordul",
    "đêm nay con gái 15 tuổi của tôi đi du lịch nước ngoài với trường, tôi đã ký giấy đồng ý",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    taken=(CHILD_TAKEN_NO_CONSENT, DANGER), agreed=(CHILD_TRIP_AGREED, BELOW_DANGER),
))
def test_child_taken_abroad_without_consent(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Up at a height now, thinking of letting go, after months of unpaid work and a growing debt.
HEIGHT_LET_GO = [
    "no pay since spring and the debt keeps growing, I'm on the roof of the site now and I just want to let "
    "myself fall",
    "od wiosny bez pieniędzy, dług rośnie, siedzę teraz na dachu budowy i chcę po prostu puścić ręce",
    "с весны без денег, долг растёт, сижу сейчас на крыше стройки и хочу разжать руки",
    "з весни без грошей, борг росте, сиджу зараз на даху будови і хочу відпустити руки",
    "desde la primavera sin plata y la deuda sube, estoy ahora en la azotea de la obra y quiero dejarme caer",
    "de primăvară fără bani, datoria crește, stau acum pe acoperișul șantierului și vreau să-mi dau drumul",
    "từ mùa xuân không có tiền, nợ càng ngày càng tăng, giờ em đang ngồi trên mái nhà công trình và muốn "
    "buông tay",
]

# At the same height, fine.
HEIGHT_FINE = [
    "on the roof of the site now fixing tiles, harness on, good team, paid every friday",
    "siedzę teraz na dachu budowy, mam szelki, ekipa dobra, płacą co piątek",
    "сижу сейчас на крыше стройки, страховка есть, бригада хорошая, платят каждую пятницу",
    "сиджу зараз на даху будови, страховка є, бригада добра, платять щоп'ятниці",
    "estoy ahora en la azotea de la obra con arnés, buen equipo, pagan cada viernes",
    "stau acum pe acoperișul șantierului cu ham, echipă bună, plătesc în fiecare vineri",
    "giờ em đang trên mái nhà công trình, có dây an toàn, đội tốt, thứ sáu nào cũng trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    let_go=(HEIGHT_LET_GO, DANGER), fine=(HEIGHT_FINE, CALM),
))
def test_letting_go_at_a_height_is_danger_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
