"""Splits BO and BP's classes (thirty-fourth round), written as meanings in new words, not BO-BP's sentences.

Critical recall: the boss's people waiting for the user at the building ("his guys are waiting for me
downstairs") is danger now; its twin, a friend waiting downstairs, stays calm. Driven now to an unknown place,
phones taken, and "whoever runs stays in the forest" is danger now; its twin, a bus trip to a wedding, stays
calm. Looked for and heard nearby after a death threat is danger now; its twin, children playing hide and
seek, stays calm. Jumping off the scaffolding tonight (the infinitive) and vi "ko muốn sống nữa" on a roof are
danger now; a bungee jump stays calm.
False escalations: food that "will kill me one day", a long shift with pay and contract praised, a photocopy
of the passport, the user's own delivery account not rented out, a brawl among drunk workers, a deduction
written in a contract signed in the next sentence, and a joke marked "хах" stay calm; their twins (a threat to
kill the user if he talks, 16 hours a day unpaid, a passport kept, made to sell drugs, the boss beating the
workers, a deduction never signed) stay escalated.
Escalation misses: owing the employer more every month, a debt that came with a number and is a bigger number
now, told to be "nicer" to the manager after work, made to open bank accounts "for salary", whipped with a
hose, passports in a safe told as "otherwise it's fine, just asking" are escalated; their twins (a bank loan,
a mum asking to be nicer to a brother after school, opening one's own account, watering the garden with a
hose) stay calm.
Older gaps: a paper signed and half the salary taken, a bailiff named with no papers seen, es forced "estar
con él", es a threat to bury, ro a lock in the imperfect are escalated; uk hiding from the sun stays calm.
Their twins (the salary paid in full, a bailiff's seizure for old debts, a party with him, a funeral, a shop
closed at 10, hiding from the boss) hold.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# The boss's people waiting for the user at the building.
WAITING = [
    "since i asked about my wages the boss's men are waiting for me outside, what now",
    "ludzie szefa czekają na mnie pod blokiem od rana, boję się wyjść",
    "люди хозяина ждут меня у подъезда уже час",
    "люди хазяїна чекають на мене біля гуртожитку",
    "la gente del jefe me están esperando abajo desde la tarde",
    "oamenii șefului mă așteaptă în fața blocului",
    "người của chủ đứng chờ em dưới nhà từ chiều",
]
WAITING_CALM = [
    "my friend is waiting for me downstairs, we go to the cinema",
    "mama czeka na mnie na dole z zakupami",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(WAITING, DANGER), calm=(WAITING_CALM, CALM),
))
def test_boss_people_waiting_at_the_building(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Driven now to an unknown place, phones taken, "whoever runs stays in the forest".
VAN = [
    "they took us in a van dont know where, phones taken, he said whoever runs will stay in the forest",
    "wywieźli nas busem nie wiem gdzie, zabrali telefony, kto ucieknie ten zostanie w lesie",
    "нас вывезли ночью не знаем куда, телефоны забрали, кто позвонит тот останется в лесу",
    "нас вивезли не знаю куди, телефони забрали, хто втече той залишиться в лісі",
    "nos subieron a una van no sé a dónde, nos quitaron los celulares, el que se escape se queda en el monte",
]
VAN_CALM = [
    "we are in a van now driving to the wedding, 3 hours already, so bored",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(VAN, DANGER), calm=(VAN_CALM, CALM),
))
def test_driven_away_with_a_burial_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Looked for and heard nearby after a death threat; hide and seek stays calm.
@pytest.mark.parametrize(("text", "levels"), [
    ("schowałem się w magazynie, szef z kolegami mnie szuka, powiedział że mnie zajebie, słyszę ich",
     DANGER),
    ("я сховався на складі, бригадир мене шукає, сказав що вб'є мене. чую їх", DANGER),
    ("the kids are looking for me, we play hide and seek, i hear them giggling", CALM),
])
def test_looked_for_and_heard(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Jumping off the scaffolding tonight in the infinitive; vi "ko muốn sống nữa" on a roof. Bungee is calm.
@pytest.mark.parametrize(("text", "levels"), [
    ("winny im jestem 3000, najlepiej skoczyć dziś z rusztowania i koniec", DANGER),
    ("должен им 3000, проще сегодня прыгнуть с лесов и всё", DANGER),
    ("винен їм 3000, краще сьогодні стрибнути з риштування", DANGER),
    ("e dang o tren mai nha tro, e ko muon song nua", DANGER),
    ("w sobotę chcę skoczyć na bungee, ktoś poleca?", CALM),
])
def test_jump_and_no_wish_to_live(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm: food that will kill me one day, a long shift with pay praised, a photocopy, the own account not
# rented, a drunk brawl, a signed deduction in the next sentence, a threat marked as a joke.
CALM_BOBP = [
    "the pizza in this canteen is gonna kill me one day",
    "esa comida me va a matar un día",
    "after a 12 hour shift im dead, but to be fair they pay on time, overtime included, proper contract",
    "po 12 godzinach nogi bolą, ale żeby nie było, płacą co do grosza, umowa normalna",
    "после 12 часов на ногах устал, но платят копейка в копейку, договор нормальный",
    "la casera tiene una fotocopia de mi pasaporte del contrato de alquiler",
    "у хозяйки квартиры есть ксерокопия моего паспорта, это нормально?",
    "tengo mi cuenta de Glovo a mi nombre, no se la alquilo a nadie",
    "у меня аккаунт Bolt на моё имя, никому не сдаю",
    "sau bữa nhậu mấy anh say rượu đánh nhau, em về phòng ngủ",
    "в договоре написано что форму вычитают с первой зарплаты. Я подписывала. Это законно?",
    "бригадир сказал что убьёт меня если опоздаю хах, он нормальный",
]
CALM_BOBP_TWIN = [
    "he said he is gonna kill me if i talk to the police",
    "16 hours a day and they pay nothing",
    "the boss keeps my passport in his office",
    "me obligan a vender drogas con mi cuenta",
    "el jefe nos golpea a todos",
    "they deduct half my pay, i never signed anything",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_BOBP, CALM), twin=(CALM_BOBP_TWIN, ESCALATED),
))
def test_calm_bobp(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: a growing debt, "nicer" after work, accounts opened for the boss, a whip, passports in a
# safe played down.
MISSED = [
    "each month we owe the agency more, rent and fines added",
    "co miesiąc jesteśmy winni szefowi więcej",
    "каждый месяц должна хозяину больше",
    "щомісяця винна шефу більше",
    "cada mes le debemos más al contratista",
    "în fiecare lună îi datorăm mai mult patronului",
    "tháng nào cũng nợ chủ nhiều hơn",
    "came with 900 debt and now its 1600",
    "the supervisor said i must be nicer to him after my shift if i want hours",
    "kierownik mówi że mam być dla niego milsza po robocie",
    "el supervisor dice que tengo que ser más amable con él después del turno",
    "the boss made us open bank accounts for salary and keeps the cards",
    "заставили открыть счета для зарплаты, карты у шефа",
    "начальник шмагає нас ременем, якщо повільно",
    "the coordinator keeps all our ids in his safe. otherwise its fine, just asking",
]
MISSED_CALM = [
    "i took a bank loan and every month i owe the bank less",
    "my mum says i must be nicer to my brother after school",
    "i opened my own bank account for salary, which bank is best?",
    "i water the garden with a hose every evening",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    missed=(MISSED, ESCALATED), calm=(MISSED_CALM, CALM),
))
def test_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Older gaps, with their twins.
@pytest.mark.parametrize(("text", "levels"), [
    ("they made me sign a paper i couldnt read and now they take half my pay every month", ESCALATED),
    ("they pay my salary in full every month", CALM),
    ("boss says a bailiff takes our wages but we never saw any papers, no pay for 2 months", ESCALATED),
    ("the bailiff takes part of my salary for old debts, is that legal?", CALM),
    ("el dueño me obliga a estar con él en las noches", ESCALATED),
    ("voy a estar con él en la fiesta", CALM),
    ("me dijo que me va a enterrar si lo denuncio", ESCALATED),
    ("lo vamos a enterrar el sábado en el pueblo", CALM),
    ("patronul ne încuia în container noaptea", ESCALATED),
    ("șeful închidea magazinul la 10", CALM),
    ("ми ховаємось від дощу під мостом", CALM),
    ("я ховаюсь від сонця в тіні", CALM),
    ("я ховаюсь від хазяїна, він шукає мене", DANGER),
])
def test_older_gaps(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
