"""Splits BE and BF's classes (twenty-ninth round), written as meanings in new words, not BE-BF's sentences.

Critical recall: someone hurt at work and the boss threatening the workers if anyone calls an ambulance ("if
anyone calls an ambulance we all lose the job") is danger now; its twin, a safety rule about calling the
ambulance with no threat, stays calm. A death threat told as burying ("zakopią", "закопают", "te entierran")
with the keeper's men coming tonight, or with the user hiding, is danger now; its twin, a funeral, stays calm.
Suicidal intent told as "me quito la vida", as pills in front of the user with despair, or as "I don't want to
be here anymore ... tonight I finish this"; its twins, pills from the doctor, finishing a shift tonight, stay
calm. A girl driven to "clients" or men now, with her phone off since, is danger now; its twin, a driver
taking goods to customers, stays calm. Locked in from outside with the keepers back in an hour is danger now;
its twin, a barrack locked every night, stays below danger.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Someone hurt at work, and the boss threatens the workers if anyone calls an ambulance.
HURT_NO_AMBULANCE = [
    "a guy from our crew fell off the roof, he is on the ground and cant get up. the foreman yells if anyone "
    "calls an ambulance we are all fired",
    "chłopak spadł z dachu, leży i nie wstaje, a kierownik wrzeszczy, że jak ktoś wezwie karetkę, to wszyscy "
    "wylatujemy",
    "парень упал с крыши, лежит на земле, бригадир кричит если кто вызовет скорую все уволены без денег",
    "хлопець впав з даху, лежить на землі, бригадир кричить якщо хтось викличе швидку всі вилетять",
    "un muchacho se cayó del techo, está en el suelo, y el capataz dice que si alguien llama a la ambulancia "
    "nos echan a todos",
    "un băiat a căzut de pe acoperiș, zace pe jos, iar șeful zice că dacă cheamă cineva salvarea zburăm toți",
    "một anh ngã từ mái nhà, nằm dưới đất, quản lý nói ai gọi cấp cứu thì đuổi hết",
]

# A safety rule about the ambulance, with no threat.
AMBULANCE_RULE = [
    "at the induction the foreman said if anyone calls an ambulance he must also tell the office, is that "
    "normal?",
    "na szkoleniu BHP powiedzieli, że jak ktoś wezwie karetkę, trzeba też zgłosić to brygadziście",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hurt=(HURT_NO_AMBULANCE, DANGER), rule=(AMBULANCE_RULE, CALM),
))
def test_hurt_and_no_ambulance(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A death threat told as burying, with the keeper's men coming tonight or the user hiding.
BURIED_TONIGHT = [
    "asked for my wages and the boss said his guys will come tonight and bury me. im hiding behind the barn",
    "szef krzyczał, że dziś w nocy przyjadą jego ludzie i go zakopią, chłopak schował się w lesie",
    "хозяин сказал что сегодня ночью приедут его люди и закопают меня, я прячусь в гараже",
    "хазяїн сказав що сьогодні вночі приїдуть його люди і закопають мене, я ховаюсь у гаражі",
    "el patrón dijo que esta noche vienen sus hombres y me entierran, estoy escondido en el galpón",
    "șeful a zis că la noapte vin oamenii lui și mă îngroapă, stau ascuns în garaj",
]

# A funeral, and a threat of burying told as a word for hard work.
BURIED_CALM = [
    "we bury my grandfather on saturday in the village, can I take two days off from the warehouse?",
    "w sobotę pogrzeb dziadka, szef dał mi dwa dni wolnego",
    "в субботу похороны деда, начальник дал два выходных",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    buried=(BURIED_TONIGHT, DANGER), calm=(BURIED_CALM, CALM),
))
def test_buried_as_a_death_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Suicidal intent: "me quito la vida", pills in front of the user with despair, no wish to be here, tonight.
SELF_HARM = [
    "la deuda con el patrón no baja nunca, mañana me quito la vida",
    "już nie daję rady z tym długiem, siedzę i mam tabletki przed sobą",
    "i owe the agency more every month. i dont want to be here anymore. tonight i finish it",
    "больше не вывожу, таблетки передо мной",
]

# Pills from the doctor, finishing a shift tonight, wanting to leave a job.
SELF_HARM_CALM = [
    "I have the pills in front of me that the doctor gave for my back, can I still work on the line?",
    "i dont want to be here anymore, tonight i finish this shift and tomorrow i go to the new job",
    "el médico me dio un jarabe para la tos, ¿puedo trabajar mañana en el almacén?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    harm=(SELF_HARM, DANGER), calm=(SELF_HARM_CALM, CALM),
))
def test_self_harm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A girl (a minor) driven to "clients" or men now, her phone off since.
DRIVEN_TO_CLIENTS = [
    "my niece is 15, the man who promised her a shop job is driving her to some men, now her phone is off",
    "bratanica ma 15 lat, facet od pracy wiezie ją do jakichś mężczyzn, teraz nie odbiera",
    "племяннице 15, ее везут к каким-то клиентам, теперь не отвечает",
    "племінниці 15, її везуть до якихось чоловіків, тепер не відповідає",
]

# A driver taking goods to customers; a girl driven to school.
DRIVEN_CALM = [
    "my brother is 17, in the summer he helps our uncle who drives parcels to clients, is that allowed?",
    "szef wiezie towar do klientów, a ja jadę z nim jako pomocnik, to legalne?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    driven=(DRIVEN_TO_CLIENTS, DANGER), calm=(DRIVEN_CALM, BELOW_DANGER),
))
def test_driven_to_clients(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in from outside, the keepers back in an hour.
LOCKED_BACK_SOON = [
    "they locked the room from outside and drove off, said they will be back in an hour",
    "zamknęli nas z zewnątrz na klucz i pojechali, mówili, że wrócą za godzinę",
    "нас заперли снаружи и уехали, сказали вернутся через час",
    "ne-au încuiat pe dinafară și au plecat, au zis că se întorc într-o oră",
]

# A gate locked every night, and a boss back in an hour.
LOCKED_HABIT = [
    "every night the guard locks the barrack at ten and opens it at six in the morning",
    "the manager went out, he will be back in an hour, I wait in the office with the papers",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_BACK_SOON, DANGER), habit=(LOCKED_HABIT, BELOW_DANGER),
))
def test_locked_in_back_soon(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: a trial week "without papers, cash in hand" offered by a stranger (no contract, low).
CASH_TRIAL = [
    "un tip din parcare m-a întrebat dacă vreau la zugrăveli, două zile de probă fără acte, bani în mână",
    "мужик на рынке зовет на стройку, три дня на пробу без документов, деньги на руки, фирму не назвал",
    "чоловік на ринку кличе на будову, три дні на пробу без документів, гроші на руки, фірму не назвав",
    "có người ở chợ rủ em đi sơn nhà, thử việc 3 ngày không giấy tờ, trả tiền mặt",
]

# Papers held, or months without pay, beside cash in hand.
CASH_HELD = [
    "de 2 luni fără bani, și când plătește, bani în mână doar 100 de lei, pașaportul îl ține șeful",
    "бригадир забрал паспорта, мы без документов, деньги на руки раз в месяц",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    trial=(CASH_TRIAL, CALM), held=(CASH_HELD, ESCALATED),
))
def test_cash_in_hand_trial(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A residence card ("карта побыту") lost is no beating; a pay day is no pay held back; a job offered to a
# 17-year-old is an offer (low); the original passport asked for before travelling is a pre-departure request.
CALM_READINGS = [
    "потеряла рюкзак с картой побыту, где её восстановить?",
    "zgubiłam portfel z kartą pobytu, co teraz?",
    "wypłata przychodzi dopiero 15. czy mogę poprosić o zaliczkę?",
    "my salary only comes on the 15th, can I ask the boss for an advance?",
    "syn ma 16 lat i dostał ofertę pracy jako pomocnik kucharza w Niemczech, jak to sprawdzić?",
    "before we travel the agent wants me to give him my original passport to keep, is that normal?",
]

# Their twins: a beating, pay 10 days late every month, a 16-year-old working nights, passports kept there.
ESCALATED_READINGS = [
    "меня побили на складе, и паспорт у бригадира",
    "wypłata przychodzi dopiero 10 dni po terminie, od trzech miesięcy tak samo",
    "syn ma 16 lat i pracuje na nocną zmianę w piekarni",
    "when we arrived the agent took our passports to keep in his office",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_READINGS, CALM), escalated=(ESCALATED_READINGS, ESCALATED),
))
def test_calm_readings(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: the man who brought the crew disappeared with the wages; part paid and "the rest later";
# half of what was promised.
WAGES_GONE = [
    "the foreman who got us the job vanished with our wages for six weeks, the main contractor says not "
    "their problem",
    "brygadzista zniknął z naszą wypłatą za miesiąc, a generalny wykonawca rozkłada ręce",
    "прораб исчез с нашей зарплатой за месяц, заказчик говорит что это не их дело",
    "виконроб зник з нашою зарплатою за місяць, замовник каже що це не їхня справа",
    "el encargado se desapareció con el sueldo de un mes de todos nosotros",
    "șeful de echipă a dispărut cu salariul nostru pe o lună, firma mare zice că nu e treaba lor",
    "anh cai biến mất cùng tiền lương một tháng của cả đội",
    "he pays 50 euro each saturday and says the rest next month, for six weeks now",
    "płaci po 100 zł i mówi, że resztę w przyszłym tygodniu, tak już od miesiąca",
    "дает по 50 евро и говорит остальное потом, уже месяц так",
    "дають по 50 євро і кажуть решту наступного тижня, вже місяць так",
    "nos dan 50 euros y dicen que el resto después, ya van cuatro semanas",
    "ne dă câte 50 de euro și zice că restul săptămâna viitoare, de o lună tot așa",
    "they promised 1500 euro a month for hotel cleaning, here they pay only half of that",
    "nos pagan apenas la mitad de lo prometido por la limpieza",
]

# Calm twins: the foreman gone with the van keys; the rest of the holiday next month; the rent split in half.
WAGES_CALM = [
    "the foreman disappeared with the van keys this morning, we waited two hours, funny day",
    "I took half of my holiday now and the rest next month, the HR agreed",
    "płacimy z kolegą połowę czynszu każdy, czy to normalne że umowa jest na niego?",
    "pagamos la mitad del alquiler cada uno, el contrato está a nombre de mi amigo",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    gone=(WAGES_GONE, ESCALATED), calm=(WAGES_CALM, CALM),
))
def test_wages_gone_or_part_paid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A threat to the family told as knowing where they live, "something will happen" after the police, reported
# to migration; not let go until a debt is paid.
THREAT_AND_DEBT = [
    "the manager told me he knows where my parents live in Lviv, if I quit they will see",
    "kierownik mówi, że zna adres moich rodziców i jak odejdę to ich odwiedzi",
    "бригадир говорит что знает где живут мои родители, если уйду то пожалею",
    "бригадир каже що знає де живуть мої батьки, якщо піду то пошкодую",
    "el jefe dice que sabe dónde viven mis papás en Quito",
    "șeful zice că știe unde locuiește familia mea în Iași",
    "quản lý nói biết nhà bố mẹ em ở quê",
    "szef powiedział, że jak pójdę na policję, to moim dzieciom coś się stanie",
    "patronul zice că mă raportează la migrație dacă mă plâng",
    "they say until I pay back the 4000 I cannot change employer",
    "говорит пока не отдашь долг уехать нельзя",
    "каже поки не віддам борг поїхати не можна",
]

# Calm twins: the agency asking for an emergency contact address; a lease until the deposit is paid.
THREAT_AND_DEBT_CALM = [
    "the agency asked for my parents' address for the contact form, is that normal?",
    "until I pay the deposit I cannot get the keys to the flat, the landlord said, is that legal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    threat=(THREAT_AND_DEBT, ESCALATED), calm=(THREAT_AND_DEBT_CALM, CALM),
))
def test_threats_to_family_and_debt(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A child at work: about 15, working nights or at a car wash.
CHILD_AT_WORK = [
    "there is a girl at the hotel laundry, maybe 14, she works at night with us",
    "syn sąsiadki ma 14 lat i całe wakacje pracuje na myjni od rana do wieczora",
    "сыну знакомой 14 лет, он все лето работает на автомойке",
    "băiatul vecinului are 14 ani și lucrează la o spălătorie toată vara",
]

# Calm twins: a 15-year-old washing the family car; asking whether a 16-year-old may take a summer job.
CHILD_CALM = [
    "my son is 15 and he washes our car at weekends for pocket money",
    "my daughter is 16, can she work in a cafe in the summer holidays?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    child=(CHILD_AT_WORK, ESCALATED), calm=(CHILD_CALM, CALM),
))
def test_child_at_work(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Gold high read as critical: a cry for help over unpaid pay alone is high, not danger now.
PAY_CRY = [
    "HELP URGENT!!! two months they pay nothing, the boss says all at the end of the harvest",
    "POMOCY SZYBKO!!! od dwóch miesięcy nie dostałem ani złotówki, szef mówi że zapłaci na koniec budowy",
    "ПОМОГИТЕ СРОЧНО!!! второй месяц не платят, говорят все отдадут в конце сезона",
    "ДОПОМОЖІТЬ ТЕРМІНОВО!!! другий місяць не платять, кажуть все віддадуть в кінці сезону",
    "AYUDA URGENTE!!! dos meses sin cobrar, el jefe dice que paga todo al final de la temporada",
    "AJUTOR URGENT!!! de două luni nu ne plătește nimic, zice că ne dă tot la sfârșitul sezonului",
    "GIÚP EM GẤP!!! 2 tháng rồi chưa được trả đồng nào, chủ bảo cuối mùa trả hết",
]

# Their twins: a cry for help while locked in or beaten now stays danger now.
PAY_CRY_DANGER = [
    "HELP URGENT!!! they locked us in the container and dont pay us",
    "POMOCY!!! szef mnie teraz bije i nie płaci od dwóch miesięcy",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    cry=(PAY_CRY, ("high",)), danger=(PAY_CRY_DANGER, DANGER),
))
def test_cry_for_help_over_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_no_money_for_food_is_not_food_denied(rules: Analyzer) -> None:
    risk = rules.parse("they have not paid us since june, I have no money for food").risk
    assert "abusive_conditions" not in {i.id for i in risk.indicators}, risk
    risk = rules.parse("in the camp there is no food and no water for two days").risk
    assert "abusive_conditions" in {i.id for i in risk.indicators}, risk


def test_contract_in_the_users_language(rules: Analyzer) -> None:
    risk = rules.parse("договір українською і польською, зарплата вчасно, все гаразд").risk
    assert "no_contract" not in {i.id for i in risk.indicators}, risk
    risk = rules.parse("договір тільки польською, я нічого не розумію").risk
    assert "no_contract" in {i.id for i in risk.indicators}, risk


@pytest.mark.parametrize(("text", "levels"), cases(
    written=(["I work in a warehouse and weekends in a garden, everything in writing and paid on time, is "
              "that legal?"], ("none",)),
    offer=(["they say everything is included and paid, 3000 euro, no experience needed"], ("low",)),
))
def test_everything_in_writing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
