"""Splits BS and BT's classes (thirty-sixth round), written as meanings in new words, not BS-BT's sentences.

Critical recall: driven away now to a place not known, after a blow or a threat, is danger now; its twins, a
husband driving to a birthday surprise and workers driven to another farm over unpaid wages, stay below it.
Hiding locked in a toilet from a boss who threatened is danger now; its twin, a jammed lock on a train,
stays calm. Suicidal intent told after "no strength left" ("сил больше нет ... всё закончу") or as "me
quiero matar", "la noapte mă omor" is danger now; its twins, "I won't kill myself" in four languages, stay
calm, and Romanian "mă omor" (I kill myself) is no threat while "mă omoară" (he kills me) is. Running away
now and chased by car is danger now; its twins, running for a bus, stay calm. A man waiting at the door
after a passport taken (es, ro) is danger now; a mother waiting at the consulate's door stays calm. A girl
"locked in a flat" with men coming tonight (ro) is danger now.
False escalations: a rumour or a warning about people in general, asked how to check an agency or what the
signs are, stays calm; its twins, with someone close named as locked in or unpaid, or the user's own passport
already taken, stay escalated. The user's own passport collected from an office, with thanks, stays calm;
taken by the boss right after, it stays high. "15 €/h" is a rate, not a working day; "без" reaches only its
clause; vi "hộ chiếu em giữ" is the user's own; nobody took the phone, only its screen broke, is calm with the
net too, while a phone taken and broken stays high.
Escalation misses: sex asked as the price of the job, as what the boss says and in its negative, is high;
sleep as rest or at someone's place stays calm. Pay on the payslip below the ad's is high; the same or more
stays calm. "If you run away we will find you" is a threat; an escape room and a meeting at a shop are not.
Told in few words: not allowed out of the farm with the police called on whoever goes to town, the address not
known after being driven to a forest, not a zloty paid until the end of the contract, are high; buying bread
in town, an excursion, pay at the end of the month stay calm.
Older gaps: es hitting her heard now is danger; hitting a wall or nails is building work. A roofer's "done"
after work up there is high for the unpaid pay, not danger now; at the edge now, it stays danger. uk in Latin
letters "joho" folds as "його"; "w punkcie pomocy" (an aid point) is no cry for help.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Driven away now to a place not known, after violence or a threat.
DRIVEN = [
    "my friend texted from a strange number: they hit her and took her phone, now theyre driving her "
    "somewhere, she doesnt know where",
    "szef mnie pobił, zabrali mi telefon, teraz wiozą mnie gdzieś busem, nie wiem gdzie",
    "он меня избил и забрал телефон, сейчас везут куда-то в лес, не знаю куда",
    "він мене побив і забрав телефон, зараз везуть кудись, не знаю куди",
    "me golpeó y me quitó el teléfono, ahora me llevan en una camioneta, no sé a dónde",
    "m-a bătut și mi-a luat telefonul, acum ne duc undeva, nu știu unde",
    "nó đánh em và lấy điện thoại, giờ đang chở em đi đâu không biết",
]
DRIVEN_CALM = [
    "my husband is driving me somewhere for my birthday, he wont say where, a surprise",
    "mąż wiezie mnie gdzieś na urodziny, nie mówi gdzie",
    "муж везёт меня куда-то на день рождения, сюрприз",
]
DRIVEN_HIGH = [
    "the boss didnt pay us for 2 months and now theyre driving us somewhere to another farm, i dont know "
    "where",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(DRIVEN, DANGER), calm=(DRIVEN_CALM, CALM), high=(DRIVEN_HIGH, ESCALATED),
))
def test_driven_away_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_driven_for_wages_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, DRIVEN_HIGH[0], BELOW_DANGER)


# Hiding locked in a toilet from a boss who threatened; a jammed lock is no hiding.
HIDING = [
    "brygadzista mnie szuka, mówił że mnie zabije, siedzę zamknięta w toalecie w galerii i słyszę go",
    "шеф сказал что убьёт меня, сижу запершись в подсобке, слышу его шаги",
    "шеф сказав що вб'є мене, сиджу замкнувшись у підсобці, чую його кроки",
]
HIDING_CALM = [
    "siedzę zamknięty w kiblu na dworcu, zamek się zaciął, jak wezwać obsługę?",
    "сижу закрывшись в туалете в поезде, замок заело, как позвать проводника",
    "i'm sitting locked in the toilet on the train, the lock is stuck lol",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(HIDING, DANGER), calm=(HIDING_CALM, CALM),
))
def test_hiding_locked_in(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Suicidal intent after "no strength left"; "I won't" stays calm; ro "mă omor" is no threat.
SELFHARM = [
    "работы нет денег нет сил больше нет завтра утром всё закончу",
    "debo 3000 al patrón y no me deja ir, me quiero matar",
    "nu mai pot cu datoria asta, diseară mă omor",
    "ta praca mnie wykończy, chcę się zabić dziś w nocy",
]
SELFHARM_CALM = [
    "nu o să mă omor, stai liniștită mama, doar sunt obosit",
    "я не покончу с собой, не бойся, просто устал",
    "no me quiero matar, solo estoy cansada del trabajo",
    "i would never kill myself, just tired of this job",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(SELFHARM, DANGER), calm=(SELFHARM_CALM, CALM),
    threat=(["șeful zice că mă omoară dacă plec"], ESCALATED),
))
def test_suicidal_intent(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Running away now, chased by car; a man at the door after a passport taken; a girl locked in a flat.
@pytest.mark.parametrize(("text", "levels"), [
    ("we run from the site, they chase us with the van, we hide behind the barn now", DANGER),
    ("бежим со стройки, они за нами на машине, сидим в кустах", DANGER),
    ("біжимо з ферми, вони за нами на машині", DANGER),
    ("we run from the rain to the bus stop, my friend chase the bus lol", CALM),
    ("we are running from the site to the bus, the boss is chasing us with the payslips haha", CALM),
    ("me quitaron el pasaporte y quieren que vaya con un cliente, estoy en el cuarto y él espera afuera de "
     "la puerta", DANGER),
    ("mi-au luat actele și vor să merg la clienți, m-am ascuns în cameră, tipul stă la ușă", DANGER),
    ("mi mamá me espera afuera de la puerta del consulado, ya tengo la visa", CALM),
    ("mama mă așteaptă la ușa consulatului, am primit viza", CALM),
    ("nepoata mea de 15 ani e închisă într-o cameră și diseară vin niște bărbați, ajutor", DANGER),
])
def test_chased_and_at_the_door(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A rumour or a warning about people in general, asked how to check an agency; someone close named stays.
RUMOUR_CALM = [
    "i heard they lock people in that agency's hostel and dont pay, how do i check the agency?",
    "мой друг хочет в Чехию, слышала что людей там запирают и не платят, как проверить агентство?",
    "el vecino quiere irse a Alemania, oí que encierran gente y no pagan, cómo verifico la empresa",
    "am auzit că oamenii sunt închiși și nu-i plătesc, cum verific firma?",
    "saw a warning on facebook about agencies that take passports. nothing happened to me, what are the "
    "signs?",
    "widziałam na fejsie ostrzeżenie przed agencjami, które zabierają paszporty, jakie są sygnały?",
    "бачив у фейсбуці попередження про агенції, де забирають паспорти. як перевірити агенцію?",
]
RUMOUR_RISKY = [
    "i heard they lock people in there and dont pay, and my sister went with them last month, now they dont "
    "pay her either, how to check the agency?",
    "słyszałam że ludzi tam zamykają i nie płacą, moja siostra jest tam od miesiąca i jej nie płacą, jak "
    "sprawdzić agencję?",
    "слышала что людей там запирают, а мою дочь заперли вчера, как проверить агентство?",
    "чула що людей там замикають, а мою доньку замкнули вчора, як перевірити агенцію?",
    "widziałam ostrzeżenie o agencjach, które zabierają paszporty. mnie już zabrali paszport, jakie są "
    "sygnały?",
]
# The user's own passport collected from an office, with thanks; taken by the boss after it stays.
COLLECTED_CALM = [
    "odebrałem paszport z urzędu wojewódzkiego, wszystko ok, dzięki",
    "забрала паспорт из консульства, всё ок, спасибо",
    "em lấy lại hộ chiếu rồi, cảm ơn nhiều",
]
COLLECTED_RISKY = [
    "odebrałam paszport z urzędu, ale szef od razu mi go zabrał, dzięki",
    "hộ chiếu em vẫn ở văn phòng công ty, họ không trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    rumour=(RUMOUR_CALM, CALM), told=(RUMOUR_RISKY, ESCALATED),
    collected=(COLLECTED_CALM, CALM), kept=(COLLECTED_RISKY, ESCALATED),
))
def test_rumours_and_a_passport_collected(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An hourly rate is no working day; "без" reaches only its clause; vi "hộ chiếu em giữ" is the user's own.
@pytest.mark.parametrize(("text", "levels"), [
    ("oferta: Niemcy, magazyn, 15 €/h netto, zakwaterowanie zapewnione, wyjazd w poniedziałek", CALM),
    ("вакансія: Чехія, склад, 14 €/год, житло є", CALM),
    ("we work 18 h a day on the farm, no day off, boss keeps the passports", ESCALATED),
    ("pracujemy po 16 godzin dziennie za 10 €/h", ESCALATED),
    ("предлагают работу в Польше без опыта, выезд в пятницу, связь только вайбер", CALM),
    ("живём в вагончике без связи, телефоны забрал бригадир", ESCALATED),
    ("hợp đồng đã ký, hộ chiếu em giữ, công ty chỉ xin bản photo", CALM),
    ("ông chủ lấy hộ chiếu, em giữ thẻ cư trú thôi", ESCALATED),
    ("ông chủ lấy hộ chiếu, em giữ được bản photo thôi", ESCALATED),
])
def test_rates_and_own_papers(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Nobody took the phone, only its screen broke: calm with the net too; a phone taken and broken stays high.
@pytest.mark.parametrize(("text", "levels"), [
    ("không ai lấy điện thoại của em, chỉ bị vỡ màn hình thôi, gọi cho bên mình thế nào", CALM),
    ("nobody took my phone, i just have a cracked screen, how do i call you from a friend's phone?", CALM),
])
def test_screen_broken_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


@pytest.mark.parametrize("text", [
    "the boss took my phone and smashed the screen so i cant call home",
    "szef zabrał mi telefon, ma pęknięty ekran i tak nie oddaje",
    "начальник забрал телефон, теперь у него разбитый экран, не отдаёт",
])
def test_phone_taken_and_broken(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Sex asked as the price of the job, as what the boss says, also in its negative ("if you don't ..."); sleep
# as rest, or at someone's place, stays calm.
SEX_FOR_JOB = [
    "the manager told me if i dont sleep with him im fired",
    "my supervisor says if i sleep with him i get the good shifts",
    "el encargado me dijo que si no me acuesto con él no me paga",
    "szef powiedział że jeśli się z nim nie prześpię to mnie zwolni",
    "patronul mi-a zis că dacă nu mă culc cu el nu primesc salariul",
    "бригадир сказал если не переспишь со мной уволю",
    "бригадир каже якщо не переспиш з ним то звільнить",
    "ông chủ bảo nếu không ngủ với ổng thì không trả lương",
]
SLEEP_CALM = [
    "my boyfriend says if i sleep at his place i can stay the weekend",
    "the doctor said if i sleep with the window open i will feel better",
    "mama mówi że jak się prześpię to mi przejdzie",
    "mama zice că dacă mă culc devreme mă simt mai bine",
    "mi mamá dice que si me acuesto temprano me sentiré mejor",
    "mẹ bảo nếu em ngủ sớm thì sẽ khỏe",
    "i dont sleep with him anymore, we broke up",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    coerced=(SEX_FOR_JOB, ESCALATED), calm=(SLEEP_CALM, CALM),
))
def test_sex_as_the_price_of_the_job(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pay on the payslip below the ad's; the same or more stays calm.
@pytest.mark.parametrize(("text", "levels"), [
    ("the ad on facebook said 15 euro per hour, free room. i am here a month, payslip shows 9 euro per hour",
     ESCALATED),
    ("ogłoszenie z olx: 25 zł za godzinę netto. jestem tu miesiąc, na pasku wyszło 17 zł", ESCALATED),
    ("объявление из вайбера: 28 зл в час. в расчётке 18 зл в час", ESCALATED),
    ("ogłoszenie z olx: 20 zł na godzinę. na pasku wyszło 20 zł za godzinę, wszystko się zgadza", CALM),
    ("the ad on telegram said 18 per hour, and the payslip shows 18 per hour plus overtime, all good", CALM),
    ("объява из телеги: 25 зл в час. в расчётке 27 зл, даже больше", CALM),
])
def test_payslip_below_the_ad(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "If you run away we will find you" is a threat; a prize in an escape room, a meeting at a shop are not.
@pytest.mark.parametrize(("text", "levels"), [
    ("the recruiter said if i run away they will find me", ESCALATED),
    ("si te escapas te vamos a encontrar, dice el patrón", ESCALATED),
    ("бригадир пишет: уйдёшь раньше срока, найдём и заплатишь", ESCALATED),
    ("вербувальник каже: втечеш, знайдемо і поламаємо", ESCALATED),
    ("koordynator mówi że jak uciekniesz to cię znajdą", ESCALATED),
    ("patronul zice că dacă pleci te găsim oriunde", ESCALATED),
    ("if you escape the escape room in time, we will find you a prize lol", CALM),
    ("am fugit la magazin, te găsim acolo?", CALM),
])
def test_we_will_find_you(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Older gaps. es: hitting her heard now is danger; hitting a wall or nails is building work.
@pytest.mark.parametrize(("text", "levels"), [
    ("ahorita oigo al patrón golpeándola en la bodega, ella llora", DANGER),
    ("ahora escucho a mi cuñado pegándole a mi hermana, está gritando", DANGER),
    ("ahorita oigo que la están golpeando contra la pared, grita", DANGER),
    ("ahora escucho al vecino pegándole al muro con un martillo, está renovando", CALM),
    ("ahora escucho a mi vecino pegándole clavos a la pared", CALM),
])
def test_hitting_heard_now_es(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A roofer's "done" after work up there is tiredness: high for the unpaid pay, not danger now; at the edge
# now, or with a passport kept and "right now", it stays danger.
@pytest.mark.parametrize(("text", "levels"), [
    ("my dad is up on the roof laying tiles all day, hes done, the boss owes him 3 months wages", ESCALATED),
    ("kolega kładzie dachówki cały dzień i ma dość, szef wisi mu 2 miesiące wypłaty", ESCALATED),
    ("been on the roof all day, i cant anymore, im on the edge of the roof now, goodbye mum", DANGER),
    ("he is fixing the roof right now and hes done, the boss keeps his passport, he wont answer", DANGER),
    ("debt to the boss keeps growing. thats it. im on the bridge", DANGER),
])
def test_roofer_done(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_roofer_done_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, "my dad is up on the roof laying tiles all day, hes done, the boss owes him 3 months "
                "wages", BELOW_DANGER)


# Ukrainian in Latin letters: "joho" folds as "його"; "w punkcie pomocy" (an aid point) is no cry for help.
@pytest.mark.parametrize(("text", "levels"), [
    ("brygadyr zamknuv joho v pidvali i ne vypuskaje", ESCALATED),
    ("ja joho bachyv uchora na roboti, vse dobre", CALM),
    ("pracuję w punkcie pomocy, szef zamknął nas w baraku na klucz, pomocy", DANGER),
])
def test_latin_ukrainian_and_an_aid_point(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_aid_point_is_not_a_cry(rules: Analyzer) -> None:
    check_level(rules, "jestem wolontariuszką w punkcie pomocy, pan mówi że w zakładzie zamykali bramę na "
                "noc i nikogo nie wypuszczali", BELOW_DANGER)


# Told in few words: not allowed out of the farm and the police called on whoever goes to town; the address
# not known after being driven to a forest; not a zloty paid, the pay "at the end of the contract".
@pytest.mark.parametrize(("text", "levels"), [
    ("we never allow go out from the camp, boss say whoever go to town he call police", ESCALATED),
    ("niewolno nam wyjeżdżać z fermy, szef mówi że kto pojedzie do miasta to zadzwoni po policję", ESCALATED),
    ("нас вывезли ночью куда-то в поле, адреса не знаем, телефоны еле ловят", ESCALATED),
    ("нас завезли в ліс, адреси не знаємо, сигналу нема", ESCALATED),
    ("третий месяц ни евро не получил, бригадир говорит зарплата в конце контракта", ESCALATED),
    ("вже два місяці не отримав ні злотого, агент каже розрахунок після контракту", ESCALATED),
    ("kto pójdzie do miasta, niech kupi chleb", CALM),
    ("нас привезли на экскурсию в горы, красиво, адрес отеля скину позже", CALM),
    ("зарплату отдают каждую пятницу, расчёт в конце месяца", CALM),
])
def test_few_words_farm_forest_and_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
