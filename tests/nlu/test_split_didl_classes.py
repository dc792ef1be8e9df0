"""Splits DI, DJ, DK and DL's classes (fifty-second round), written as meanings in new words, not the splits'
sentences.

False escalations: one general class, a rumour answered by the writer's own check that denies it ("heard
rumours the hostel takes the students' phones; I asked the warden: only during lessons"), in all seven
languages; with its risky twins: the rumour confirmed ("it's true, they took mine"), and a danger told after
the check, in the cue lists' words or in fresh words, stays escalated. The rules are tested alone (the
statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

RUMOUR_DENIED = [
    "Someone told my friend our warehouse takes people's ID cards. I checked with the others, nobody's been "
        "asked for theirs, we all keep our own.",
    "A friend said my niece's boyfriend \"sold\" her abroad. I called her, she's fine, they both work in a "
        "shop and she has her own money.",
    "Heard rumours the language school takes the students' phones at night. I asked the warden: only during "
        "lessons, they get them back after. Is that normal?",
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem chłopaków z innych mieszkań: "
        "bzdura, każdy ma swój.",
    "Слышала слухи, что на нашей стройке запирают рабочих на ночь. Спросила у бригадира и у ребят: враньё, "
        "никого не запирают.",
    "Чула чутки, що в нашому хостелі забирають у студентів телефони. Спитала адміністраторку: тільки на час "
        "занять, ввечері віддають.",
    "Escuché el rumor de que la agencia les quita los pasaportes a los nuevos. Pregunté a varios compañeros: "
        "es mentira, cada uno tiene el suyo.",
    "Am auzit zvonuri că ferma noastră încuie oamenii noaptea. Am vorbit cu băieții din celelalte barăci: e "
        "minciună, nu e nimeni încuiat.",
    "Em nghe đồn xưởng bọn em giữ hộ chiếu công nhân. Em hỏi mấy chị làm lâu rồi thì không phải, chẳng ai bị "
        "giữ cả.",
]

# The risky twins: the same frame, the rumour confirmed or a danger told after the check.
RUMOUR_CONFIRMED = [
    "Heard a rumour the hostel takes the students' passports. I asked the warden and it's true, they took "
        "mine on Monday.",
    "Someone told my friend our warehouse takes people's ID cards. I asked around: nobody's been given "
        "theirs back since March.",
    "Heard rumours our agency locks people in. I asked the lads: rubbish, no one's locked in. But since last "
        "week the boss sits outside our door every night and won't let us out.",
    "Heard rumours our farm takes passports. Asked the boss, he said it's nonsense, then he took mine and "
        "locked it in his safe.",
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem kolegów: to prawda, mój też "
        "leży u koordynatora w sejfie.",
    "Слышала слухи, что на нашей стройке отбирают паспорта. Спросила у ребят: правда, у меня тоже забрали.",
    "Escuché el rumor de que la agencia les quita los pasaportes. Pregunté: es verdad, el mío lo tiene el "
        "jefe desde julio.",
    "Am auzit zvonuri că ferma ia pașapoartele. Am întrebat: e adevărat, pe al meu îl ține șeful în seif.",
    "Em nghe đồn xưởng giữ hộ chiếu công nhân. Em hỏi rồi, đúng là thật, hộ chiếu của em cũng bị chủ cất "
        "trong két.",
]

# Adversarial twins: the check denies the rumour, then a danger told in fresh words (no cue of the class).
RUMOUR_DENIED_THEN_TOLD = [
    "Heard rumours the agency locks people in. Asked the lads: rubbish, no one's locked in. Mind you, my "
        "passport has been sitting in the manager's safe for a month.",
    "Słyszałem plotki, że agencja zamyka ludzi na noc. Zapytałem chłopaków: bzdura, nikt nikogo nie zamyka. "
        "Tylko że mój paszport od tygodnia leży u szefa w sejfie.",
    "Слышал слух, что агентство запирает людей. Поговорил с ребятами: враньё, никого не запирают. Только мой "
        "паспорт уже месяц лежит у бригадира в сейфе.",
    "Чув плітку, що агенція закриває людей. Поговорив з хлопцями: брехня, ніхто нікого не закриває. Тільки "
        "мій паспорт уже місяць лежить у бригадира в сейфі.",
    "Escuché el rumor de que la agencia encierra a la gente. Hablé con los compañeros: es mentira, nadie "
        "está encerrado. Eso sí, mi pasaporte lleva un mes en la caja fuerte del jefe.",
    "Am auzit zvonuri că agenția încuie oamenii. Am vorbit cu băieții: e minciună, nu e nimeni încuiat. Doar "
        "că pașaportul meu stă de o lună în seiful șefului.",
    "Em nghe đồn công ty nhốt người. Em hỏi mấy anh rồi, không phải, chẳng ai bị nhốt cả. Có điều hộ chiếu "
        "của em nằm trong két của quản lý cả tháng nay.",
    "A friend said my cousin's husband \"sold\" her. I called her, she's fine, she says. He took the phone "
        "off her halfway and she hasn't answered since.",
]


@pytest.mark.parametrize("text,levels", cases(
    denied=(RUMOUR_DENIED, CALM), confirmed=(RUMOUR_CONFIRMED, ESCALATED),
    told=(RUMOUR_DENIED_THEN_TOLD, ESCALATED)))
def test_rumour_denied_by_own_check(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net: a rumour denied is not raised by the net either; the call cut off after "she's fine" (no cue
# of any class after the check) is left to the net, which the frame does not silence.
NET_DENIED = [
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem chłopaków z innych mieszkań: "
        "bzdura, każdy ma swój.",
    "Escuché el rumor de que la agencia les quita los pasaportes a los nuevos. Pregunté a varios compañeros: "
        "es mentira, cada uno tiene el suyo.",
]
NET_TOLD = [
    "Koleżanka mi napisała, że mąż kuzynki ją \"sprzedał\". Zadzwoniłam, wszystko u niej dobrze, tak mówi. "
        "Potem on wyrwał jej telefon i od tamtej pory nie odbiera.",
    "Em nghe đồn công ty nhốt người. Em hỏi mấy anh rồi, không phải, chẳng ai bị nhốt cả. Có điều hộ chiếu "
        "của em nằm trong két của quản lý cả tháng nay.",
]


@pytest.mark.parametrize("text,levels", cases(denied=(NET_DENIED, CALM), told=(NET_TOLD, ESCALATED)))
def test_rumour_denied_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)
