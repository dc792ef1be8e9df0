"""Splits CI and CJ's classes (forty-third round), written as meanings in new words, not CI-CJ's sentences.

Critical recall: someone at the rail or the edge now, saying he will jump, is danger now (dolphins seen
jumping from the rail are calm, the same told as last year below danger); pushed off, an arm broken and no
hospital, with the passport held, is danger now (a bike fall with a broken arm is calm, the same last year
high); a debt collected at night with knives promised for tomorrow and a cupboard against the door is danger
now (a cupboard moved for a bed is calm); a relative held and beaten, to be sold on to another company, is
danger now (a footballer sold to another team is calm, the same told as last year below danger); writing from
the bathroom, locked in or hit, is danger now (writing from the bathroom while the children sleep is calm); a
child made to beg and beaten, the adult coming to pick her up within the hour and the child scared to go back,
is danger now (a coach picking a child up is calm); locked in and a friend beaten who can't wake up is danger
now (told as last year, below danger).
False escalations: the passport staying with its owner ("he keeps his own passport") is no retention (a
seaman's book taken after it stays high); a bank loan's collection threatened ("grożą mi komornikiem") is no
threat (a skipper's threat beside a bank loan stays high); "nothing happened" opening a question is a question
in general (a contrast after it stays high).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Someone at the rail now, saying he will jump.
RAIL_JUMP = [
    "the deckhand from our boat is standing on the railing right now, he says he will jump. we haven't "
        'been paid since spring',
    'chłopak z naszej załogi stoi teraz przy burcie i mówi że skoczy. od wiosny nie dostaliśmy wypłaty',
    'матрос с нашего судна сейчас стоит у перил и говорит что прыгнет. с весны нам не платят',
    'матрос з нашого судна зараз стоїть біля перил і каже що стрибне. з весни нам не платять',
    'un marinero de nuestro barco está ahora junto a la baranda y dice que va a saltar. desde la '
        'primavera no nos pagan',
    'un marinar de pe vasul nostru e acum lângă balustradă și zice că sare. de primăvară nu ne plătește '
        'nimeni',
    'một anh thủy thủ trên tàu đang đứng ở lan can nói là sẽ nhảy xuống. từ mùa xuân tới giờ không ai '
        'trả lương',
]
RAIL_CALM = [
    'we stood at the railing and watched the dolphins jump next to the ship, beautiful',
    'staliśmy przy burcie i patrzyliśmy jak delfiny skaczą',
    'стояли у борта и смотрели как прыгают дельфины',
    'estábamos en la borda mirando cómo saltaban los delfines',
]
RAIL_PAST = [
    "last year a crewmate stood at the rail saying he's gonna jump, we talked him down, now he is home "
        'and fine. can i report the unpaid wages?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(RAIL_JUMP, DANGER), calm=(RAIL_CALM, CALM),
                                                   past=(RAIL_PAST, BELOW_DANGER)))
def test_at_the_rail_saying_he_will_jump(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pushed off, an arm broken, no hospital, the passport held.
BROKEN_NO_HOSPITAL = [
    "the foreman pushed me off the scaffold at the fair, my arm is broken and they won't take me to "
        'hospital, he keeps my passport',
    'brygadzista zepchnął mnie z rusztowania, ręka złamana, nie chcą mnie zawieźć do szpitala, paszport '
        'trzyma szef',
    'бригадир столкнул меня с лесов, рука сломана, в больницу не везут, паспорт у хозяина',
    'бригадир зіштовхнув мене з риштування, рука зламана, до лікарні не везуть, паспорт у власника',
    'el capataz me empujó del andamio, tengo el brazo roto y no me quieren llevar al hospital, el jefe '
        'tiene mi pasaporte',
    'șeful de echipă m-a împins de pe schelă, am mâna ruptă și nu vor să mă ducă la spital, pașaportul '
        'îl ține patronul',
    'cai thầu đẩy em ngã từ giàn giáo, gãy tay rồi, họ không chịu đưa em đi viện, hộ chiếu ông chủ giữ',
]
BROKEN_CALM = [
    'spadłem z roweru, ręka złamana, czy szpital przyjmie bez ubezpieczenia?',
]
BROKEN_PAST = [
    "last year the foreman pushed me off the scaffold, my arm was broken and they wouldn't take me to "
        "hospital. now I'm home, can I sue?",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(BROKEN_NO_HOSPITAL, DANGER), calm=(BROKEN_CALM, CALM),
                                                   past=(BROKEN_PAST, BELOW_DANGER)))
def test_pushed_off_arm_broken_no_hospital(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Knives promised for tomorrow over a debt; a cupboard against the door.
BARRICADED = [
    "two men came to our hostel saying we owe them for the visas and tomorrow they'll be back with "
        'knives. we put a cupboard against the door',
    'dwóch typów przyszło do hostelu, mówią że mamy dług za wizy i jutro wrócą z nożami. drzwi '
        'zastawione szafą',
    'двое пришли в хостел, говорят у нас долг за визы и завтра вернутся с ножами. заставили дверь шкафом',
    'двоє прийшли в хостел, кажуть у нас борг за візи і завтра повернуться з ножами. заставили двері шафою',
    'dos tipos vinieron al hostal diciendo que les debemos las visas y que mañana vuelven con '
        'cuchillos. pusimos un armario contra la puerta',
    'doi inși au venit la cămin, zic că avem datorie pentru vize și mâine vin înapoi cu cuțite. am pus '
        'dulapul în ușă',
    'hai thằng tới nhà trọ nói bọn em nợ tiền visa, mai sẽ quay lại mang dao. bọn em lấy tủ chặn cửa',
]
BARRICADE_CALM = [
    'we put a cupboard against the door to make space for the new bed',
    'przestawiliśmy szafę, drzwi zastawione szafą bo remont',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(BARRICADED, DANGER), calm=(BARRICADE_CALM, CALM)))
def test_knives_tomorrow_door_barricaded(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Held and beaten, to be sold on to another company.
SOLD_ON = [
    'my brother is locked in a compound in Myanmar, they beat them, and now they say they will sell him '
        "to another company if we don't send money",
    'brat jest zamknięty w kompleksie w Birmie, biją ich, a teraz mówią że sprzedadzą go do innej firmy '
        'jak nie wyślemy pieniędzy',
    'брат заперт в комплексе в Мьянме, их бьют, а теперь говорят что продадут его в другую компанию '
        'если не пришлем деньги',
    "брат замкнений у комплексі в М'янмі, їх б'ють, а тепер кажуть що продадуть його в іншу компанію "
        'якщо не надішлемо гроші',
    'mi hermano está encerrado en un complejo en Myanmar, les pegan y ahora dicen que lo venden a otra '
        'empresa si no mandamos plata',
    'fratele meu e închis într-un complex în Myanmar, îi bat, iar acum zic că îl vând la altă firmă '
        'dacă nu trimitem bani',
    'em trai tôi bị nhốt trong khu ở Myanmar, họ đánh tụi nó, giờ nói sẽ bán nó cho công ty khác nếu '
        'nhà không gửi tiền',
]
SOLD_CALM = [
    'the club may sell him to another team next season, he is happy about it',
]
SOLD_PAST = [
    'last year they sold him to another company from the compound, now he is home. can we report it?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(SOLD_ON, DANGER), calm=(SOLD_CALM, CALM),
                                                   past=(SOLD_PAST, BELOW_DANGER)))
def test_sold_on_to_another_company(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Writing from the bathroom, locked in or hit; a child scared to go back with the adult coming within the
# hour; locked in and a friend who can't wake up.
HIDING_NOW = [
    'im in the bathroom writing this, he locked us in the flat and slapped me an hour ago',
    'пишу з ванної, він замкнув двері і забрав ключ, щойно вдарив мене',
    'em đang nhắn từ trong nhà tắm, ảnh đánh em, ảnh nói tối nay sẽ xử em',
    'im 14, my aunt makes me beg on the street and hits me if i bring too little. she is coming to pick '
        'me up in an hour and im scared to go back with her',
    'mam 14 lat, ciotka każe mi żebrać i bije jak przyniosę mało. za godzinę przyjedzie po mnie, boję '
        'się z nim wracać',
    'мне 14, тетя заставляет меня просить милостыню и бьет. через час приедет за мной, боюсь с ним ехать',
    "they locked us in the flat and took the phones, last night they beat Marek and now he can't wake "
        'up, breathing strangely',
]
HIDING_CALM = [
    'writing from the bathroom cause the kids are asleep, question about my contract',
    'im 14, my coach is coming to pick me up in an hour for training',
]
HIDING_PAST = [
    "they locked us in the flat last year and beat Marek, he couldn't wake up; now we are all home. how "
        'to report?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(HIDING_NOW, DANGER), calm=(HIDING_CALM, CALM),
                                                   past=(HIDING_PAST, BELOW_DANGER)))
def test_bathroom_pickup_cant_wake_up(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations. The risky twins, written first: a seaman's book taken after "his own passport", a threat
# of violence beside a bank loan, a contrast after "nothing happened".
CALMED_RISKY = [
    "my brother keeps his own passport, but the skipper took his seaman's book and his phone and won't "
        'give them back',
    'mój brat ma swój paszport, ale szyper zabrał mu książeczkę żeglarską i telefon i nie chce oddać',
    'the skipper threatens to throw me overboard if I complain, and I still owe the bank for my car',
    'el patrón me amenaza con tirarme al mar si me quejo, y encima debo el crédito del banco',
    'шкіпер погрожує викинути мене за борт якщо поскаржуся, а ще я винен банку кредит',
    'just a question, nothing happened yet? but actually my husband already took my passport and locks '
        'me in the flat',
    'solo una pregunta, no ha pasado nada? pero en realidad mi esposo ya me quitó el pasaporte y me encierra',
    'просто питання, нічого не сталося? але насправді чоловік вже забрав мій паспорт і замикає мене',
]
# The passport with its owner; a bank loan's collection; "nothing happened" opening a question.
CALMED_CALM = [
    'my daughter starts on a ferry next month, the agency is licensed and she keeps her own passport. '
        'anything else to check?',
    'mam kredyt w banku na samochód i nie daję rady z ratami, grożą mi komornikiem. możecie pomóc z długiem?',
    'tengo un crédito en el banco por el coche, me amenazan con cobro jurídico. me ayudan?',
    'just a question, nothing happened: if my husband keeps my passport when we move abroad, is that legal?',
    'просто вопрос, ничего не случилось: если муж будет хранить мой паспорт при переезде, это законно?',
]


@pytest.mark.parametrize(("text", "levels"), cases(risky=(CALMED_RISKY, ESCALATED), calm=(CALMED_CALM, CALM)))
def test_own_passport_bank_collection_nothing_happened(rules: Analyzer, text: str,
                                                        levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Review of the forty-third round: an opening "nothing happened" question, then "actually" telling the real
# case, is no question in general; the question alone stays calm.
NOTHING_THEN_ACTUALLY = [
    "just a question, nothing happened? well actually my husband already took my passport and won't give it "
    "back",
    "tylko pytanie, nic się nie stało? tak naprawdę mąż już zabrał mi paszport i nie oddaje",
    "solo una pregunta, no ha pasado nada? en realidad mi esposo ya me quitó el pasaporte y no me lo "
    "devuelve",
]
NOTHING_ASKED = ["just a question, nothing happened: if we move to germany and my husband keeps my passport, "
                 "is that legal?"]


@pytest.mark.parametrize(("text", "levels"), cases(held=(NOTHING_THEN_ACTUALLY, ESCALATED),
                                                   calm=(NOTHING_ASKED, CALM)))
def test_nothing_happened_then_actually(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
