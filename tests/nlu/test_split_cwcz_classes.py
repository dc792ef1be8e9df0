"""Splits CW, CX, CY and CZ's classes (forty-ninth round), written as meanings in new words, not the splits'
sentences.

False escalations: a passport taken for a moment (a check-in, a copy) and given back minutes later reads
nothing, while one taken "for a moment" and not given back, or given back and taken again, stays high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# A passport taken for a moment at a desk and given back minutes later (or at once, with a copy).
GIVEN_BACK_SOON = [
    "Quick update: the guesthouse took my passport at the desk but gave it back after five minutes, the job "
        "is what they promised and the first wage came on time.",
    "Krótko: w pensjonacie wzięli mój paszport na recepcji, ale oddali po pięciu minutach, praca taka jak "
        "obiecali, pierwsza wypłata na czas.",
    "Коротко: в гостинице на стойке забрали паспорт, но отдали через пять минут, работа как обещали, первая "
        "зарплата пришла вовремя.",
    "Коротко: у гостьовому домі на стійці забрали паспорт, але віддали через п'ять хвилин, робота як "
        "обіцяли, перша зарплата прийшла вчасно.",
    "Rápido: en la pensión me quitaron el pasaporte en la entrada pero me lo devolvieron a los cinco "
        "minutos, el trabajo es lo prometido y el primer sueldo llegó a tiempo.",
    "Pe scurt: la pensiune mi-au luat pașaportul la recepție, dar mi l-au dat înapoi după cinci minute, "
        "munca e cum au promis și primul salariu a venit la timp.",
    "Nói nhanh: ở nhà nghỉ lễ tân giữ hộ chiếu của em nhưng năm phút sau trả lại, việc đúng như hứa, lương "
        "đầu tiên về đúng hạn.",
    "At the interview they took my passport into the back office, I panicked a bit, but they returned it "
        "with a photocopy a few minutes later. Is that normal?",
    "На собеседовании унесли мой паспорт в кабинет, я испугался, но через пару минут вернули с ксерокопией. "
        "Так нормально?",
]
# Its risky twins: taken "for a moment" and not given back, promised back and still kept, given back and
# taken again.
TAKEN_NOT_BACK = [
    "They took my passport at the desk 'for a moment' and never gave it back, that was three weeks ago.",
    "The manager took my passport for five minutes to copy it, he said, and he still has it, not me.",
    "They gave it back after ten minutes, but the next day the boss took my passport again and keeps it.",
    "Wzięli mój paszport na chwilę i nie oddali do dziś.",
    "Забрали паспорт на минутку и так и не отдали, он у начальника.",
    "Забрали паспорт на хвилинку і досі не віддали, він у бригадира.",
    "Me quitaron el pasaporte un momento y no me lo devolvieron, lo tiene el jefe.",
    "Mi-au luat pașaportul pentru un minut și nu mi l-au mai dat înapoi, îl ține șeful.",
    "Chủ lấy hộ chiếu của em nói chỉ một phút nhưng không trả lại, chủ vẫn giữ.",
]


@pytest.mark.parametrize(("text", "levels"), cases(back=(GIVEN_BACK_SOON, CALM),
                                                   kept=(TAKEN_NOT_BACK, ESCALATED)))
def test_passport_taken_for_a_moment_and_given_back(rules: Analyzer, text: str,
                                                    levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A worried friend's all-clear list: his own passport and phone, paid into his account, weekends off.
FRIEND_ALL_CLEAR = [
    "I was scared for my brother on a remote dairy farm in Ireland, but I asked him: he has his "
        "passport, has his phone, gets paid into his account and has weekends off. Anything else to check?",
    "Martwiłam się o brata na farmie w Irlandii, ale zapytałam: ma swój paszport, ma swój telefon, wypłata "
        "na konto, ma wolne weekendy. Na co jeszcze uważać?",
    "Волновалась за брата на ферме в Ирландии, далеко от всего. Но спросила: паспорт при нём, телефон тоже, "
        "зарплата на карту, выходные есть. На что ещё смотреть?",
    "Хвилювалася за брата на фермі в Ірландії, далеко від усього. Але спитала: паспорт при ньому, телефон "
        "теж, зарплата на картку, вихідні є. На що ще звернути увагу?",
    "Me preocupaba mi hermano en una granja en Irlanda, pero le pregunté: tiene su pasaporte, tiene su "
        "celular, le pagan en su cuenta y descansa los fines de semana. ¿Algo más que revisar?",
    "Îmi făceam griji pentru fratele meu la o fermă în Irlanda, e departe de tot. Dar l-am întrebat: are "
        "pașaportul, are telefonul, ia salariul pe card și are weekendurile libere. Ce altceva să verifice?",
    "Em lo cho anh trai làm ở trang trại bên Ireland, nhưng hỏi thì anh tự giữ hộ chiếu, lương vào tài "
        "khoản, cuối tuần được nghỉ. Còn gì cần để ý không?",
    "my cousin on a trawler called at last, no signal out there, he got paid in full and has his papers with "
        "him. sorry for the worry",
]
# Its risky twins: the boss or "they" keep the passport, whatever else is fine.
FRIEND_NOT_CLEAR = [
    "My brother on a farm in Ireland gets paid into his account and has weekends off, but the farmer keeps "
        "his passport.",
    "They took my brother's passport and phone; he gets paid into his account but only half.",
    "Brat dostaje wypłatę na konto i ma wolne weekendy, ale szef trzyma jego paszport.",
    "Зарплата на карту, выходные есть, но паспорт у хозяина и не отдаёт.",
    "Зарплата на картку, вихідні є, але паспорт у хазяїна і не віддає.",
    "Le pagan en su cuenta y descansa los fines de semana, pero el patrón le quitó el pasaporte.",
    "Ia salariul pe card și are weekendurile libere, dar șeful i-a luat pașaportul.",
    "Lương vào tài khoản, cuối tuần được nghỉ, nhưng chủ giữ hộ chiếu của anh.",
]


@pytest.mark.parametrize(("text", "levels"), cases(clear=(FRIEND_ALL_CLEAR, CALM),
                                                   kept=(FRIEND_NOT_CLEAR, ESCALATED)))
def test_worried_friends_all_clear_list(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An offer with an unpaid trial week, asked about before going: no pay withheld (the missing contract may stay
# low).
UNPAID_TRIAL_OFFER = [
    "A family in Zurich wants a nanny, they say the first week is a trial without pay to see how I get on "
        "with the kids, contract after that. I fly in March, is that normal?",
    "Rodzina w Zurychu szuka niani, mówią że pierwszy tydzień próbny bez wypłaty, umowa potem. Lecę w "
        "marcu, czy to normalne?",
    "Семья в Цюрихе ищет няню, говорят первая неделя пробная без оплаты, посмотреть как работаешь, договор "
        "потом. Лечу в марте, это нормально?",
    "Сім'я в Цюриху шукає няню, кажуть перший тиждень пробний без оплати, договір потім. Лечу в березні, це "
        "нормально?",
    "Una familia en Zúrich busca niñera, dicen que la primera semana es de prueba sin pago, el contrato "
        "después. Viajo en marzo, ¿es normal?",
    "O familie din Zürich caută bonă, zic că prima săptămână e de probă fără plată, contractul după. Plec în "
        "martie, e normal?",
    "Một gia đình ở Zurich tìm bảo mẫu, bảo tuần đầu làm thử không lương, hợp đồng ký sau. Tháng 3 em đi, "
        "vậy có bình thường không?",
]
# Its risky twins: the trial done and then the pay withheld for months.
TRIAL_THEN_UNPAID = [
    "The first week was a trial without pay, fine, but now it's two months and they haven't paid me "
        "anything. What do I do?",
    "Pierwszy tydzień był próbny, ale od dwóch miesięcy nie płacą mi nic. Co robić?",
    "Первая неделя была пробная, но уже два месяца мне не платят. Что делать?",
    "Перший тиждень був пробний, але вже два місяці мені не платять. Що робити?",
    "La primera semana era de prueba, pero ya van dos meses que no me pagan. ¿Qué hago?",
    "Prima săptămână a fost de probă, dar de două luni nu mă plătesc. Ce să fac?",
    "Tuần đầu làm thử, nhưng đã hai tháng chủ không trả lương cho em. Em phải làm gì?",
    "Работаем как рабы по 16 часов, пробная неделя давно прошла, а денег нет. Что делать?",
]


@pytest.mark.parametrize(("text", "levels"), cases(offer=(UNPAID_TRIAL_OFFER, CALM),
                                                   unpaid=(TRIAL_THEN_UNPAID, ESCALATED)))
def test_unpaid_trial_week_in_an_offer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Nobody is taking anything off me or threatening me, I just want to know my rights".
NOBODY_THREATENS = [
    "All good at my job in Austria, the family is kind. Nobody is taking my things or threatening me, I "
        "just want to know how many days off I'm entitled to.",
    "W pracy w Austrii wszystko dobrze, rodzina miła. Nikt mi nic nie zabiera ani mi nie grozi, chcę tylko "
        "wiedzieć, ile dni wolnego mi przysługuje.",
    "На работе в Австрии всё хорошо, семья добрая. Никто ничего у меня не забирает и не угрожает или "
        "кричит, просто хочу знать, сколько выходных мне положено.",
    "На роботі в Австрії все добре, сім'я добра. Ніхто нічого в мене не забирає чи погрожує, просто хочу "
        "знати, скільки вихідних мені належить.",
    "En mi trabajo en Austria todo bien, la familia es amable. Nadie me quita nada ni me amenaza, solo "
        "quiero saber cuántos días libres tengo derecho.",
    "La munca din Austria totul e bine, familia e drăguță. Nimeni nu-mi ia nimic sau mă amenință, vreau doar "
        "să știu câte zile libere am dreptul.",
    "Em làm ở Áo mọi thứ ổn, gia đình tốt. Em chỉ muốn hỏi làm ở nhà chủ 24 giờ thì em có được nghỉ mỗi "
        "tuần không. Không ai lấy giấy tờ hay đe dọa em.",
]
# Its risky twins: nobody helps, and the boss threatens; the threat told after a contrast.
SOMEONE_THREATENS = [
    "Nobody helps me here, the boss is threatening me and keeps my passport.",
    "Nobody took my phone, but the boss threatens to beat me if I leave.",
    "Nikt mi nie pomaga, a szef mi grozi, że mnie pobije.",
    "Никто не помогает, а хозяин угрожает меня избить.",
    "Ніхто не допомагає, а хазяїн погрожує мене побити.",
    "Nadie me ayuda, y el jefe me amenaza con pegarme si me voy.",
    "Nimeni nu mă ajută, iar șeful mă amenință că mă bate dacă plec.",
    "Không ai giúp em, chủ đe dọa đánh em nếu em bỏ đi.",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(NOBODY_THREATENS, CALM),
                                                   threat=(SOMEONE_THREATENS, ESCALATED)))
def test_nobody_takes_or_threatens(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The employer pays the flight and the visa, nothing has to be paid back, friends call it a trap.
FLIGHT_PAID_NOTHING_BACK = [
    "The farm pays the flight and the visa and I don't have to pay anything back, it's written in the "
        "contract. My friends say it's a trap. Is it suspicious?",
    "Pracodawca opłaca lot i wizę, nie muszę nic oddawać, jest to w umowie. Znajomi mówią, że to pułapka. "
        "Czy to podejrzane?",
    "Работодатель оплачивает перелёт и визу, я ничего не должна возвращать, это в договоре. Подруги говорят, "
        "что это ловушка. Это подозрительно?",
    "Роботодавець оплачує переліт і візу, я нічого не винна повертати, це в договорі. Подруги кажуть, що це "
        "пастка. Це підозріло?",
    "La empresa me paga el vuelo y la visa y no tengo que devolver nada, está en el contrato. Mis amigas "
        "dicen que es una trampa. ¿Es sospechoso?",
    "Firma îmi plătește zborul și viza și nu trebuie să dau nimic înapoi, scrie în contract. Prietenele zic "
        "că e o capcană. E suspect?",
    "Công ty trả vé máy bay và visa cho em, em không phải hoàn lại gì, có trong hợp đồng. Bạn bè bảo là bẫy. "
        "Có đáng ngờ không ạ?",
]
# Its risky twins: the flight paid, and now a debt for it and the passport kept.
FLIGHT_PAID_THEN_OWED = [
    "The boss paid the flight and the visa, and now he says I owe him 3000 and keeps my passport.",
    "He pays the flight and I don't have to pay anything back, he said, but now he keeps my passport until "
        "I work off the ticket.",
    "Szef opłacił lot i wizę, a teraz mówi, że jestem mu winna 3000 i trzyma mój paszport.",
    "Хозяин оплатил перелёт и визу, а теперь говорит, что я должна ему 3000, и держит мой паспорт.",
    "Хазяїн оплатив переліт і візу, а тепер каже, що я винна йому 3000, і тримає мій паспорт.",
    "El jefe pagó el vuelo y la visa, y ahora dice que le debo 3000 y me quitó el pasaporte.",
    "Șeful a plătit zborul și viza, iar acum zice că îi datorez 3000 și îmi ține pașaportul.",
    "Chủ trả vé máy bay và visa, giờ bảo em nợ 3000 và giữ hộ chiếu của em.",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(FLIGHT_PAID_NOTHING_BACK, CALM),
                                                   owed=(FLIGHT_PAID_THEN_OWED, ESCALATED)))
def test_flight_and_visa_paid_nothing_to_pay_back(rules: Analyzer, text: str,
                                                  levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A joke that turns serious: what follows "joking aside" in the joke's sentence is told in earnest.
JOKE_THEN_EARNEST = [
    "lol I'm basically a slave now 😂 ok jokes aside, the agency hasn't paid us for two months and the "
        "coordinator keeps my passport",
    "haha jestem teraz niewolnikiem 😂 a tak serio, od dwóch miesięcy nie płacą i szef trzyma mój paszport",
    "хаха я теперь раб 😂 а если серьёзно, два месяца не платят и начальник держит мой паспорт",
    "хаха я тепер раб 😂 а якщо серйозно, два місяці не платять і начальник тримає мій паспорт",
    "jaja ahora soy esclava 😂 ya en serio, hace dos meses que no nos pagan y el jefe tiene mi pasaporte",
    "haha acum sunt sclavă 😂 serios acum, de două luni nu ne plătesc și șeful îmi ține pașaportul",
    "haha giờ em là nô lệ 😂 nói thật thì hai tháng nay chủ không trả lương và giữ hộ chiếu của em",
]
# Its calm twins: the joke alone, or an earnest part that is calm.
JOKE_ONLY = [
    "lol my manager is a slave driver, he made us take TWO coffee breaks today 😂",
    "haha I'm a slave to this new job 😂 joking aside, all good, can I ask about holiday pay?",
    "haha jestem niewolnikiem siłowni 😂 a tak serio, wszystko w porządku, mam pytanie o urlop",
    "jaja soy esclava del gimnasio 😂 ya en serio, todo bien, tengo una pregunta sobre vacaciones",
    # The lead's review: the earnest part says "it's fine", which is no penalty (read debt bondage before).
    "lol this job makes me a slave 😂 but seriously it's fine, paid every friday, just tired",
    "its fine, paid every week on time, I only want to ask about holidays",
]


# Fines as penalties stay: the twins of the "it's fine" check.
REAL_FINES = [
    "the boss gives us a fine for every mistake, last month the fines took half my pay",
    "they fine us for everything and we pay every fine from our wages, now I owe the agency",
]


@pytest.mark.parametrize(("text", "levels"), cases(earnest=(JOKE_THEN_EARNEST, ESCALATED),
                                                   fines=(REAL_FINES, ESCALATED),
                                                   joke=(JOKE_ONLY, CALM)))
def test_joke_that_turns_serious(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", JOKE_THEN_EARNEST)
def test_joke_that_turns_serious_is_not_told_calm(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert not rules.risk.told(text, language)
    check_level(analyzer, text, ESCALATED)


# Locked in from outside now, the captors back at a time: danger now.
LOCKED_IN_THEY_RETURN = [
    "I'm still inside. The door is locked from the outside and they're back at 10.",
    "Nadal jestem w środku, drzwi zamknięte od zewnątrz, wracają o 22.",
    "Я всё ещё внутри, дверь заперли снаружи, они вернутся в 10.",
    "Я досі всередині, двері замкнули ззовні, вони повернуться о 10.",
    "Sigo adentro, la puerta está cerrada por fuera y vuelven a las 10.",
    "Sunt tot înăuntru, ușa e încuiată pe dinafară, se întorc la 10.",
    "Em vẫn ở trong, cửa khóa bên ngoài, 10h họ quay lại.",
]
# Its calm twins: one's own shop locked for the night, coming back in the morning; a locked door told as past.
LOCKED_OWN_SHOP = [
    "We lock the shop from the outside at night and we come back at 8 to open. Do I need an alarm too?",
    "Zamykam sklep na noc i wracam o 8. Czy potrzebny mi alarm?",
    "Закрываю магазин на ночь и возвращаюсь в 8. Нужна ли сигнализация?",
    "Cierro la tienda por la noche y vuelvo a las 8. ¿Necesito alarma?",
]


@pytest.mark.parametrize(("text", "levels"), cases(locked=(LOCKED_IN_THEY_RETURN, DANGER),
                                                   shop=(LOCKED_OWN_SHOP, CALM)))
def test_locked_in_from_outside_captors_returning(rules: Analyzer, text: str,
                                                  levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A reply fragment about pay: "no. nothing since March. he keeps saying next week" (the leading "no." answers
# the question and negates nothing after it).
NOTHING_SINCE_NEXT_WEEK = [
    "no. nothing since march. the boss keeps saying next week",
    "nie. od marca ani grosza. szef ciągle mówi że w przyszłym tygodniu",
    "нет. с марта ни копейки. начальник всё говорит на следующей неделе",
    "ні. з березня ні копійки. бригадир каже наступного тижня",
    "no. nada desde marzo. el jefe siempre dice la semana que viene",
    "nu. nimic din martie. șeful tot zice săptămâna viitoare",
    "không. từ tháng 3 chưa được đồng nào. chủ cứ hẹn tuần sau",
]
# Its calm twins: nothing new since a month, an appointment next week; a question about it.
NOTHING_NEW_APPOINTMENT = [
    "no. nothing new since march, the next doctor's appointment is next week",
    "Nie, nic nowego od marca, wizyta u lekarza w przyszłym tygodniu.",
    "No, nada nuevo desde marzo, la cita con el médico es la semana que viene.",
]


@pytest.mark.parametrize(("text", "levels"), cases(unpaid=(NOTHING_SINCE_NEXT_WEEK, ESCALATED),
                                                   calm=(NOTHING_NEW_APPOINTMENT, CALM)))
def test_reply_fragment_nothing_since_always_next_week(rules: Analyzer, text: str,
                                                       levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A reply fragment: "passport? the coordinator has it. gives it back when I pay off the debt".
PASSPORT_BACK_WHEN_DEBT_PAID = [
    "passport? the supervisor has it. says he gives it back when i pay what i owe",
    "paszport? ma go brygadzista. mówi że odda jak spłacę dług",
    "паспорт? у бригадира. говорит вернёт когда долг отдам",
    "паспорт? у бригадира. каже поверне коли борг віддам",
    "¿el pasaporte? lo tiene el encargado. dice que me lo devuelve cuando pague la deuda",
    "pașaportul? îl are șeful de echipă. zice că mi-l dă înapoi când îmi plătesc datoria",
    "hộ chiếu á? quản lý giữ. bảo trả hết nợ thì mới trả lại",
]
# Its calm twins: no document (a car lent to a cousin), a fee for a renewal.
BACK_WHEN_PAID_NO_DOCUMENT = [
    "my cousin borrowed my car, he says he'll give it back when i pay for the petrol lol",
    "Kuzyn pożyczył mój rower, odda jak wróci z wakacji.",
]


@pytest.mark.parametrize(("text", "levels"), cases(held=(PASSPORT_BACK_WHEN_DEBT_PAID, ESCALATED),
                                                   calm=(BACK_WHEN_PAID_NO_DOCUMENT, CALM)))
def test_passport_given_back_when_the_debt_is_paid(rules: Analyzer, text: str,
                                                   levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
