"""Splits BK and BL's classes (thirty-second round), written as meanings in new words, not BK-BL's sentences.

Critical recall: a bare jump tonight ("tonight I think I jump") with despair or a situation found is
suicidal intent; its twin, a jump into a lake tonight with friends, stays calm. A message just now from
someone locked in and beaten is danger now; its twin, a joke lock at a camp told just now, stays below
danger. Locked in with someone who fell and does not wake up is danger now; its twin, a grandfather asleep
on the sofa, stays calm. Held and not knowing where ("no sé qué calle es") is danger now; its twin, a new
flat and not knowing the street, stays calm. The pills in the hand and a wish to end it all is danger now;
its twin, headache pills and finishing the work by the evening, stays calm.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, cases, check_level

# A bare jump tonight, in despair or in a situation already found.
JUMP_TONIGHT = [
    "four months in the kitchen and no wages, the chef holds my passport. i cant anymore, tonight i jump",
    "cztery miesiące bez wypłaty, szef trzyma mój paszport. nie dam już rady, dziś w nocy wyskoczę",
    "четыре месяца без зарплаты, хозяин держит паспорт. больше не могу, сегодня ночью спрыгну",
    "чотири місяці без зарплати, хазяїн тримає паспорт. більше не можу, сьогодні вночі стрибну",
    "cuatro meses sin sueldo y el patrón tiene mi pasaporte. ya no aguanto, esta noche me voy a tirar",
    "patru luni fără salariu, șeful ține pașaportul meu. nu mai rezist, la noapte mă arunc",
    "4 tháng không lương, chủ giữ hộ chiếu. em không chịu nổi nữa, tối nay em nhảy cầu",
]
# A jump into a lake or a pool tonight, no despair and no situation.
JUMP_CALM = [
    "tonight i jump into the lake with my friends, cant wait for the summer party",
    "dziś w nocy skoczę do jeziora z kolegami, będzie impreza",
    "сегодня ночью прыгну в озеро с друзьями, будет праздник",
    "esta noche me tiro a la piscina con mis amigos, es el cumpleaños de Ana",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    jump=(JUMP_TONIGHT, DANGER), calm=(JUMP_CALM, CALM),
))
def test_jump_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A message just now from someone locked in and beaten.
JUST_SENT = [
    "my sister just texted from a strangers phone, they locked her in a garage and they beat her",
    "siostra właśnie napisała z cudzego telefonu, zamknęli ją w garażu i biją",
    "сестра только что написала с чужого телефона, ее заперли в гараже и бьют",
    "сестра щойно написала з чужого телефону, її зачинили в гаражі і б'ють",
    "mi hermana me acaba de escribir desde otro teléfono, la tienen encerrada en un garaje y le pegan",
    "sora mea tocmai mi-a scris de pe alt telefon, e închisă într-un subsol și o bat",
    "em gái vừa nhắn từ máy người khác, bọn nó nhốt nó trong nhà kho và đánh nó",
]
# A joke lock at a camp, told just now: no violence, no danger now.
JUST_SENT_CALM = [
    "my daughter just sent a message from camp, the kids locked her in the bathroom as a joke",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(JUST_SENT, DANGER), calm=(JUST_SENT_CALM, BELOW_DANGER),
))
def test_message_just_now_from_someone_held(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in, and someone fell and does not wake up.
NOT_WAKING = [
    "we are locked in the container, six of us, my friend fell down and doesnt wake up",
    "jesteśmy zamknięci w kontenerze, kolega upadł i się nie budzi",
    "нас заперли в контейнере, друг упал и не приходит в себя",
    "нас замкнули в контейнері, друг впав і не приходить до тями",
    "estamos encerrados en un contenedor, mi amigo se cayó y no despierta",
    "suntem încuiați într-un container, prietenul meu a căzut și nu se trezește",
]
# A grandfather asleep on the sofa: no confinement.
NOT_WAKING_CALM = [
    "grandpa fell asleep on the sofa and doesnt wake up for the football, typical",
    "dziadek zasnął na kanapie i się nie budzi na mecz, jak zwykle",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(NOT_WAKING, DANGER), calm=(NOT_WAKING_CALM, CALM),
))
def test_locked_in_and_not_waking(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Held in a flat, not knowing where.
HELD_NOT_KNOWING = [
    "my cousin went for a job in a bar, they locked her in a flat and she doesnt know where she is",
    "estoy en una casa, me cierran con llave, no sé qué calle es",
    "сижу в квартире, дверь заперли снаружи, не знаю что за улица",
]
# A new flat and not knowing the street: nothing held.
NEW_FLAT_CALM = [
    "moved today to a new flat in Gdansk, still learning the streets, the names are confusing",
    "me mudé hoy, todavía no sé qué calle es, el barrio es nuevo para mí",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(HELD_NOT_KNOWING, DANGER), calm=(NEW_FLAT_CALM, CALM),
))
def test_held_not_knowing_where(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The pills in the hand and a wish to end it all.
PILLS_END = [
    "the boss keeps adding to the debt. in my hand pills and i want to end it all",
    "долг растет, в руке таблетки и я хочу всё закончить",
    "борг росте, в руці таблетки і я хочу все закінчити",
    "la deuda crece, en la mano las pastillas y quiero terminar con todo",
]
# Headache pills and finishing the work by the evening.
PILLS_CALM = [
    "в руке таблетки от головы, хочу всё закончить с отчётом сегодня и лечь спать",
    "w ręce tabletki od bólu głowy, chcę wszystko skończyć w pracy do piątej i iść do domu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(PILLS_END, DANGER), calm=(PILLS_CALM, CALM),
))
def test_pills_and_ending_it(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
