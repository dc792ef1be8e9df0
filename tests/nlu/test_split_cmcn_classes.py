"""Splits CM and CN's classes (forty-fifth round), with CK-CL's residuals, written as meanings in new words,
not the splits' sentences.

Critical recall: taken into a car and told he will be killed unless he pays today is danger now (the same told
as a story of two years ago, now safe, stays below danger); a debt to be 'closed' by going with a client
tonight is danger now (dinner with a client tonight about a company's debt is calm); a whispered "help me, he
forces me" is danger now (a child whispering "help" over soup is calm); hiding locked in a bathroom or a room
while someone knocks or stands at the door, with fear or a plea, is danger now (locked in the bathroom to
study while a little brother knocks is calm); a child held now, calling just now or some minutes ago, is
danger now (a child who told just now of a summer when she was not let home, and is home now, stays below
danger); uk "сьогодні вночі хочу все це закінчити" in a situation is danger now (the boxes of a move stay
calm); vi "cổng khoá" (the gate locked) is confinement; Russian and Ukrainian typed in the j scheme ("pjanyj",
"ljudej") are identified as Russian and Ukrainian, not Polish (a Polish sentence stays Polish).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Taken into a car and a death threat with today's deadline.
CAR_KILL_TODAY = [
    'my uncle owes money to some guys, they pushed him into a van, if he doesnt pay them today they will '
        'kill him',
    'wuja wepchnęli do busa, mówią że jak dzisiaj nie zapłaci 5000 to go zabiją',
    'дядю затолкали в фургон, сказали если сегодня не заплатит 5000 то убьют',
    'дядька заштовхали у бус, сказали якщо сьогодні не заплатить 5000 то вбʼють',
    'a mi tío lo subieron a una camioneta, le dijeron que si hoy no paga 5000 lo matan',
    'pe unchiul meu l-au urcat în dubă, i-au zis că dacă azi nu plătește 5000 îl omoară',
    'họ lôi chú em lên xe, nói nếu hôm nay không trả 5000 thì giết',
]
CAR_KILL_PAST = [
    'two years ago they pushed me into a van and said if i dont pay them today they will kill me, now i live '
        'safely in Poland and want to ask about compensation',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(CAR_KILL_TODAY, DANGER),
                                                   past=(CAR_KILL_PAST, BELOW_DANGER)))
def test_taken_into_a_car_and_killed_unless_paid_today(rules: Analyzer, text: str,
                                                        levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A debt to be 'closed' by going with a client tonight.
DEBT_CLIENT_TONIGHT = [
    'the madam says my debt is too big and tonight i have to go with a client to pay it',
    'szefowa mówi że dług jest za duży i dziś w nocy mam pojechać z klientem żeby go spłacić',
    'хозяйка говорит что долг огромный и сегодня ночью я должна поехать с клиентом чтобы его отработать',
    'хазяйка каже що борг величезний і сьогодні вночі я маю поїхати з клієнтом щоб його відробити',
    'la señora dice que la deuda es enorme y esta noche tengo que salir con un cliente para pagarla',
    'patroana zice că datoria e uriașă și la noapte trebuie să merg cu un client ca s-o plătesc',
    'bà chủ nói em nợ nhiều quá, đêm nay em phải đi với khách để trả',
]
DINNER_CLIENT = [
    'tonight i go to dinner with a client from the bank to talk about the company debt, what to wear?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(DEBT_CLIENT_TONIGHT, DANGER),
                                                   calm=(DINNER_CLIENT, CALM)))
def test_debt_closed_with_a_client_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A whispered "help me, he forces me".
WHISPERED_FORCED = [
    'a girl at the bus station whispered to me help me, he is forcing me, and the man came back',
    'dziewczyna na dworcu szepnęła do mnie pomocy, on mnie zmusza, i wrócił ten facet',
    'девушка на вокзале прошептала мне помогите, он меня заставляет, и тот мужик вернулся',
    'дівчина на вокзалі прошепотіла мені допоможіть, він мене змушує, і той чоловік повернувся',
    'una chica en la terminal me susurró ayúdame, él me obliga, y volvió el hombre',
    'o fată din gară mi-a șoptit ajutor, el mă obligă, și s-a întors bărbatul',
    'một cô gái ở bến xe thì thầm với em cứu em, anh ta ép em, rồi người đàn ông quay lại',
]
WHISPER_CALM = ['my little sister whispered help when grandma served the soup, so cute']


@pytest.mark.parametrize(("text", "levels"), cases(now=(WHISPERED_FORCED, DANGER), calm=(WHISPER_CALM, CALM)))
def test_whispered_plea_from_someone_forced(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Hiding locked in a bathroom or a room while someone knocks or stands at the door, with fear or a plea.
HIDING_KNOCKING = [
    'the boss got drunk and grabbed my sister, she locked herself in the bathroom and he is banging on the '
        'door, please',
    'szef się upił i złapał siostrę, zamknęła się w łazience a on wali w drzwi, błagam',
    'начальник напился и схватил сестру, она закрылась в ванной а он ломится, умоляю',
    'начальник напився і схопив сестру, вона закрилась у ванній а він гримає, благаю',
    'el patrón se emborrachó y agarró a mi hermana, se encerró en el baño y él golpea la puerta, por favor',
    'șeful s-a îmbătat și a prins-o pe sora mea, s-a încuiat în baie și el bate la ușă, vă rog',
    'ông chủ say rượu rồi túm lấy em gái em, em ấy trốn trong nhà vệ sinh còn ông ta đập cửa, làm ơn',
]
HIDING_CALM = ['i locked myself in the bathroom to study and my little brother keeps knocking, so annoying']


@pytest.mark.parametrize(("text", "levels"), cases(now=(HIDING_KNOCKING, DANGER), calm=(HIDING_CALM, CALM)))
def test_hiding_locked_in_while_someone_is_at_the_door(rules: Analyzer, text: str,
                                                       levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A child held now, calling just now or some minutes ago.
CHILD_HELD_NOW = [
    'my daughter is 16, she just called from the orchard, they will not let her go home and the gate is '
        'locked',
    'moja córka ma 16 lat, przed chwilą dzwoniła z sadu, nie puszczają jej do domu, brama zamknięta',
    'моей дочери 16, она 5 минут назад звонила из сада, ее не отпускают домой, ворота закрыты',
    'моїй доньці 16, вона 5 хвилин тому дзвонила з саду, її не відпускають додому, ворота закриті',
    'mi hija tiene 16, me acaba de llamar desde la huerta, no la dejan volver a casa, el portón está cerrado',
    'fiica mea are 16 ani, tocmai m-a sunat din livadă, nu o lasă acasă, poarta e încuiată',
    'con gái tôi 16 tuổi, vừa gọi từ vườn cây, họ không cho nó về, cổng khóa rồi',
]
CHILD_HOME_NOW = [
    'my daughter is 16, she just told me that last summer at the orchard they would not let her go home, '
        "the gate was locked. she's home now",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(CHILD_HELD_NOW, DANGER),
                                                   home=(CHILD_HOME_NOW, BELOW_DANGER)))
def test_child_held_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# uk: tonight I want to end all this ("все це закінчити"), in a situation (the other six languages already
# read it); the same words about the boxes of a move, no situation, stay calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(["хазяїн тримає мій паспорт і каже що я винна 4000. я втомилась. сьогодні вночі хочу все це "
             "закінчити"], DANGER),
    todo=(["я втомилась після переїзду. сьогодні вночі хочу все це закінчити з коробками і спати"], CALM),
))
def test_end_all_this_tonight_uk(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi: the gate locked is confinement (the other six languages already read it).
@pytest.mark.parametrize("text", ['ở xưởng cổng khóa suốt, bọn em không ra ngoài được'])
def test_gate_locked_vi(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Russian and Ukrainian typed in the j scheme; a Polish sentence stays Polish.
@pytest.mark.parametrize(("text", "language"), [
    ("pomogite nas derzhat v podvale hozjain pjanyj i zloj", "ru"),
    ("u nas zabrali pasporta, hozjain govorit chto my dolzhny", "ru"),
    ("dopomozhit nas trymajut u pidvali, hazjajin zabrav pasporty", "uk"),
    ("pomóżcie, szef trzyma nas w piwnicy i zabrał paszporty", "pl"),
    ("pomozcie szef trzyma nas w piwnicy i zabral paszporty", "pl"),
])
def test_j_scheme_transliteration(rules: Analyzer, text: str, language: str) -> None:
    assert rules.parse(text).language == language
