"""Splits AG and AH's classes (seventeenth round), written as meanings in new words, not AG-AH's sentences.

Critical recall with the rules alone: danger implied by the clock or by what happens next. A worker whose
papers are held, with someone posted at the exit watching that nobody gets off, and a departure within hours;
a veiled death threat ("whoever complains stays in the forest"); phones taken while being driven somewhere,
writing from a hidden phone; a child to be fetched at dawn by a stranger, crying; despair with a growing debt
and "I won't be here by morning". Each has its calm twin, which must stay below danger. The rules are tested
alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Held, guarded at the exit, leaving within hours.
GUARDED_EXIT = [
    "on a trawler in scotland, the captain keeps our passports, one of his guys stands on the dock "
    "watching that nobody leaves, we sail at dawn and only two hours left",
    "jestem na statku, kapitan ma nasze paszporty, na nabrzeżu stoi ochroniarz i pilnuje żeby nikt nie "
    "wyszedł, zostały dwie godziny",
    "я на судне, паспорта у капитана, на причале стоит охранник и следит чтобы никто не ушел, осталось "
    "два часа",
    "я на судні, паспорти в капітана, на причалі стоїть охоронець і стежить щоб ніхто не пішов, "
    "залишилось дві години",
    "estoy en un pesquero, el patrón tiene los pasaportes, en el muelle hay un guardia vigilando que nadie "
    "se vaya, quedan dos horas",
    "sunt pe vapor, căpitanul are pașapoartele, pe chei stă un paznic și păzește să nu plece nimeni, mai "
    "sunt două ore",
    "em ở trên tàu, thuyền trưởng giữ hộ chiếu, trên cầu cảng có người canh không cho ai rời tàu, còn hai "
    "tiếng nữa",
]

GUARDED_EXIT_CALM = [
    "we sail at dawn on a trawler, three months at sea, I have my passport and a contract, only two hours "
    "left and I'm excited",
    "wypływamy o świcie na trzy miesiące, paszport mam przy sobie, umowa podpisana, zostały dwie godziny",
    "выходим в море на рассвете, паспорт у меня, контракт подписан, осталось два часа",
    "salimos al amanecer por tres meses, tengo mi pasaporte y contrato, quedan dos horas y estoy contento",
]

# A veiled death threat: whoever complains stays in the forest.
FOREST_THREAT = [
    "they took our phones at the logging site and the foreman said whoever argues will stay in the woods",
    "na budowie w lesie zabrali telefony, a brygadzista mówi że kto będzie narzekał, ten w lesie zostanie",
    "на лесопилке забрали телефоны, бригадир сказал кто будет жаловаться тот в лесу останется",
    "на лісопилці забрали телефони, бригадир сказав хто буде скаржитися той у лісі залишиться",
    "en el aserradero nos quitaron los teléfonos y el capataz dijo que el que reclame se queda en el monte",
    "ne-au luat telefoanele la exploatare și șeful a zis că cine se plânge rămâne în pădure",
    "ở lán gỗ họ thu điện thoại, quản đốc nói đứa nào phàn nàn thì ở lại trong rừng luôn",
]

FOREST_CALM = [
    "we camp in the forest on the hiking trip, the guide said whoever is tired can stay at the hut",
    "na wycieczce w lesie przewodnik mówi że kto jest zmęczony, ten może zostać w schronisku",
]

# Phones taken while driven somewhere, writing from a hidden phone.
MOVED_HIDDEN_PHONE = [
    "they took our phones and are moving us somewhere at night, I hid mine, please help",
    "zabrali nam telefony i wiozą nas gdzieś w nocy, schowałam swój",
    "у нас забрали телефоны, нас куда-то везут ночью, я свой спрятала",
    "у нас забрали телефони, нас кудись везуть вночі, я свій сховала",
    "nos quitaron los teléfonos y nos están llevando a algún lado, escondí el mío",
    "ne-au luat telefoanele și ne duc undeva noaptea, l-am ascuns pe al meu",
]

MOVED_CALM = [
    "the coach is taking us somewhere nice for the company trip, I hid my phone in my bag so I can sleep",
]

# A child fetched at dawn by a stranger, crying.
CHILD_FETCHED = [
    "the neighbours' girl is 13, a woman paid her parents and comes tomorrow 6am to take her to work "
    "abroad, the girl is crying",
    "dziewczynka ma 13 lat, jakaś kobieta zapłaciła rodzicom i jutro o 5 rano ma ją zabrać za granicę, "
    "mała płacze",
    "девочке 13 лет, какая-то женщина заплатила родителям и завтра в 5 утра приедет забрать её, девочка "
    "плачет",
    "дівчинці 13 років, якась жінка заплатила батькам і завтра о 5 ранку приїде забрати її, дівчинка плаче",
    "la niña tiene 13 años, una señora les pagó a los papás y mañana a las 5 viene a llevársela, está "
    "llorando",
    "fata are 13 ani, o femeie le-a dat bani părinților și mâine la 5 dimineața vine s-o ia, fata plânge",
]

CHILD_CALM = [
    "my daughter is 13, her aunt comes tomorrow at 6 to take her to the seaside for the holidays",
    "córka ma 13 lat, babcia przyjedzie jutro o 6 i zabierze ją na wakacje nad morze",
]

# Despair with a growing debt: "I won't be here by morning" with a farewell.
DESPAIR_MORNING = [
    "the debt only grows, I can't go on. tell my mom sorry, i wont be here by morning",
    "dług rośnie i nie dam rady dłużej. powiedz mamie że przepraszam, do rana mnie nie będzie",
    "долг растет, больше не могу. передайте маме что мне жаль, к утру меня уже не будет",
    "борг росте, більше не можу. передайте мамі що мені жаль, до ранку мене не буде",
    "la deuda sube y ya no puedo más. díganle a mi mamá que me perdone, para mañana ya no estaré",
    "datoria crește și nu mai pot. spuneți-i mamei că îmi pare rău, până dimineață nu mai sunt",
    "nợ càng ngày càng tăng, em không chịu nổi nữa. nói với mẹ em xin lỗi, sáng mai em không còn nữa",
]

MORNING_CALM = [
    "i wont be here by morning, my shift ends at 5 and I take the early bus home",
    "do rana mnie nie będzie, jadę na nocną zmianę do drugiego magazynu",
    "para mañana ya no estaré en el hostal, me mudo a un piso con mis compañeros",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    exit=(GUARDED_EXIT, DANGER), forest=(FOREST_THREAT, DANGER), moved=(MOVED_HIDDEN_PHONE, DANGER),
    child=(CHILD_FETCHED, DANGER), despair=(DESPAIR_MORNING, DANGER),
))
def test_danger_implied_by_what_happens_next(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), cases(
    exit=(GUARDED_EXIT_CALM, BELOW_DANGER), forest=(FOREST_CALM, BELOW_DANGER),
    moved=(MOVED_CALM, BELOW_DANGER), child=(CHILD_CALM, BELOW_DANGER), morning=(MORNING_CALM, BELOW_DANGER),
))
def test_their_calm_twins(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Someone watching at the exit that nobody leaves is itself a restriction of movement (high).
WATCHED_EXIT = [
    "at the farm gate one of the boss's men watches so nobody gets out",
    "przy bramie stoi człowiek szefa i pilnuje żeby nikt nie uciekł",
    "у ворот стоит человек хозяина и смотрит чтобы никто не вышел",
    "біля воріт стоїть людина шефа і пильнує щоб ніхто не вийшов",
    "en la puerta hay un hombre del jefe que vigila que nadie salga",
    "la poartă stă omul șefului și păzește să nu iasă nimeni",
    "ở cổng có người của chủ canh không cho ai ra ngoài",
]


@pytest.mark.parametrize("text", WATCHED_EXIT)
def test_watched_exit_escalates(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# False escalation: a machine at work hit the worker (an accident, taken to hospital), not a beating. Its
# danger twin: a person hit him. And hurt by a machine with an ambulance refused stays danger.
MACHINE_ACCIDENT = [
    "a forklift hit my leg in the warehouse, the manager took me to the clinic, do I get paid while off?",
    "wózek widłowy uderzył mnie w nogę w magazynie, kierownik zawiózł mnie do lekarza, czy dostanę "
    "chorobowe?",
    "погрузчик ударил меня по ноге на складе, начальник отвез в больницу, мне оплатят больничный?",
    "навантажувач вдарив мене по нозі на складі, керівник відвіз у лікарню, чи оплатять лікарняний?",
    "una carretilla me golpeó el pie en el almacén y el jefe me llevó al médico, me pagan la baja?",
    "un stivuitor m-a lovit la picior în depozit, șeful m-a dus la spital, primesc concediu medical?",
    "xe nâng đâm vào chân em ở kho, quản lý đưa em đi viện ngay, em có được nghỉ ốm hưởng lương không?",
]

PERSON_HIT = [
    "the manager hit my leg with a stick in the warehouse because I was slow",
    "kierownik uderzył mnie w magazynie bo za wolno pakowałem",
    "начальник ударил меня на складе за то что я медленно работал",
]

MACHINE_NO_AID = [
    "his hand got caught in the press, so much blood, the boss won't let anyone call an ambulance",
    "maszyna wciągnęła mu rękę, strasznie dużo krwi, szef nie pozwala nikomu dzwonić po karetkę",
    "a un compañero la máquina le agarró la mano, hay mucha sangre y el jefe no deja que nadie llame",
    "mașina de tăiat i-a prins mâna, e foarte mult sânge, șeful nu lasă pe nimeni să sune la salvare",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    accident=(MACHINE_ACCIDENT, CALM), hit=(PERSON_HIT, ESCALATED), no_aid=(MACHINE_NO_AID, DANGER),
))
def test_machine_accident_is_not_violence(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A remote camp with no signal and a boss who drives them out once a week is high, not danger now: no signal
# is not a state of being trapped right now.
REMOTE_NO_SIGNAL = [
    "my brother works in the forest in Finland, the camp has no signal, the boss drives them to the shop "
    "once a week and nobody may go anywhere alone",
    "brat pracuje w lesie w Szwecji, w obozie nie ma zasięgu, szef wozi ich do sklepu raz w tygodniu i nie "
    "wolno nikomu samemu wychodzić",
    "anh em làm rừng ở Phần Lan, lán không có sóng, chủ chở đi siêu thị 1 tuần 1 lần, không cho ai tự đi",
]


@pytest.mark.parametrize("text", REMOTE_NO_SIGNAL)
def test_no_signal_alone_is_not_danger_now(rules: Analyzer, text: str) -> None:
    check_level(rules, text, BELOW_DANGER)
