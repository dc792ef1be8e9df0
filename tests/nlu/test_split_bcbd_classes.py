"""Splits BC and BD's classes (twenty-eighth round), written as meanings in new words, not BC-BD's sentences.

Critical recall: thrown out of the housing at night or into the frost, with children ("threw me and the baby
out of the room tonight", "wywalił nas z pokoju w środku nocy", "выкинул нас из комнаты посреди ночи") is
danger now; its twins, being told to move out at the end of the month as the contract says, a job ended on a
night shift, or an eviction told last year with the user settled now, stay below danger. "Kicked me out" is an
eviction, not a kick; its twin, a kick in the back, stays violence. No wish to live told with "more" ("не хочу
больше жить", "не хочу більше жити"), "skończyć ze sobą" and "să-mi iau viața" are suicidal intent; their
twins, not wanting to work on a farm any more, ending a job, taking a day off today, stay calm. A beating now
with blood or an ambulance ("bije chłopaka w hali, krwawi, potrzebne pogotowie", "sejchas bjet") is danger
now; its twin, a beating last month with blood, stays high (violence) and below danger.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Thrown out of the housing at night or into the cold, with children.
EVICTED_NOW = [
    "the landlord threw me and the baby out of the room tonight, we are outside in the freezing cold with "
    "no coats",
    "właściciel wywalił nas z dziećmi z pokoju w środku nocy, siedzimy na przystanku, mróz",
    "хозяин выкинул нас с ребенком из комнаты посреди ночи, сидим на остановке, холод",
    "господар викинув нас з дитиною з кімнати посеред ночі, сидимо на зупинці, холод",
    "el encargado nos botó con los niños del cuarto en la noche, estamos en la parada del bus, hace frío",
    "patronul ne-a dat afară cu copilul din cameră noaptea, stăm în stație, e ger",
    "chủ nhà đuổi mẹ con em ra khỏi phòng giữa đêm, đang ngồi ở trạm xe buýt, rét lắm",
]

# Told to move out at the end of the month as the contract says; a job ended; an eviction told as settled.
MOVING_OUT = [
    "Last year the agency kicked us out of the flat. Now I rent my own room and all is fine, how do I get "
    "the deposit back?",
    "they kicked me out of the job at night shift, can I get my last pay?",
    "Zwolnili mnie z pracy w nocy, jak odebrać ostatnią wypłatę?",
    "сказали съехать из квартиры до конца месяца по договору, это законно?",
    "сказали виїхати з квартири до кінця місяця за договором, це законно?",
    "nos dijeron que dejemos el apartamento a fin de mes como dice el contrato, es legal?",
    "ne-au spus să ne mutăm din apartament la sfârșitul lunii, cum scrie în contract, e legal?",
    "chủ nhà báo cuối tháng phải dọn ra khỏi nhà theo hợp đồng, vậy có đúng luật không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    evicted=(EVICTED_NOW, DANGER), moving=(MOVING_OUT, BELOW_DANGER),
))
def test_thrown_out_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_kicked_out_is_no_kick(rules: Analyzer) -> None:
    assert "violence" not in {i.id for i in rules.parse(
        "they kicked me out of the job at night shift, can I get my last pay?").risk.indicators}
    check_level(rules, "the supervisor kicked me in the back and pushed me out of the hall", ESCALATED)


# No wish to live told with "more"; ending one's life told with "ze sobą", "să-mi iau viața".
NO_WISH_TO_LIVE = [
    "не хочу больше жить. четыре месяца не платят",
    "не хочу більше жити. чотири місяці не платять",
    "myślę, żeby dziś skończyć ze sobą, szef trzyma paszport",
    "mă gândesc să-mi iau viața diseară, șeful ține pașaportul",
    "i dont want to live anymore. they owe me four months",
    "ya no quiero vivir. cuatro meses sin pago",
    "em không muốn sống nữa. bốn tháng không được trả lương",
]

# Not wanting to work there any more, ending a job, a day off.
NO_WISH_TO_WORK = [
    "не хочу больше работать на этой ферме, хочу уволиться, как забрать расчет?",
    "не хочу більше працювати на цій фермі, як звільнитися?",
    "nie chcę już pracować w tej fabryce, jak się zwolnić?",
    "chcę skończyć z tą pracą i wrócić do domu, jak odebrać wypłatę?",
    "mă gândesc să-mi iau concediu azi, e ok?",
    "I don't want to work nights anymore, can I ask for day shifts?",
    "ya no quiero trabajar en el almacén, cómo renuncio?",
    "em không muốn làm ca đêm nữa, xin đổi ca được không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    intent=(NO_WISH_TO_LIVE, DANGER), work=(NO_WISH_TO_WORK, CALM),
))
def test_no_wish_to_live(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A beating now with blood or an ambulance, without a word for "now" in Polish; Russian in Latin letters.
BEATING_NOW = [
    "ochroniarz kopie kolegę pod barakiem, krew mu leci z nosa, dzwońcie po karetkę",
    "brygadzista bije chłopaka w hali, krwawi, potrzebne pogotowie",
    "ohrannik sejchas bjet parnja vo dvore, krov, nuzhna skoraya",
    "the guard is beating my husband in the car park right now, he is bleeding, call an ambulance",
    "охоронець зараз б'є чоловіка у дворі, кров, потрібна швидка",
    "el guardia le está pegando a mi esposo ahorita en el estacionamiento, sangra, llamen una ambulancia",
    "paznicul îl bate acum pe soțul meu în parcare, sângerează, chemați ambulanța",
    "bảo vệ đang đánh chồng em ngoài bãi xe, chảy máu, gọi cấp cứu giúp",
]

# A beating last month with blood: violence, not danger now.
BEATEN_BEFORE = [
    "brygadzista pobił kolegę w zeszłym miesiącu, była krew, czy możemy to zgłosić?",
    "бригадир избил парня в прошлом месяце, была кровь, можно заявить?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(BEATING_NOW, DANGER), before=(BEATEN_BEFORE, ("high",)),
))
def test_beating_now_with_blood(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: a fee for a bed booked before the journey, "deducted from the salary later".
OFFSET_LATER = [
    "the agency wants 80 euro to hold a bed in the hostel before I travel, they say it is deducted "
    "later from my "
    "first salary. should I pay?",
    "agencja chce 300 zł za rezerwację łóżka w hotelu pracowniczym przed wyjazdem, mówią że potem odliczą z "
    "pensji. płacić?",
    "посредник просит 300 злотых за место в общаге до приезда, говорит потом вычтут из зарплаты. "
    "стоит платить?",
    "посередник просить 300 злотих за місце в гуртожитку до приїзду, каже потім вирахують із "
    "зарплати. платити?",
    "la agencia me cobra 80 euros por guardarme la cama antes de viajar, dicen que luego lo descuentan del "
    "sueldo. pago?",
    "agenția îmi cere 80 de euro ca să-mi țină patul în cămin înainte să plec, zic că apoi se scade "
    "din salariu. "
    "plătesc?",
    "công ty đòi em 300 zloty giữ chỗ ký túc xá trước khi sang, nói sau này trừ vào lương. có nên "
    "đóng không?",
]

# Pay taken every week for the bed and nothing paid for months.
TAKEN_EVERY_WEEK = [
    "the agency takes 80 euro from my salary every week for the bed and has not paid me for two months",
    "agencja co tydzień zabiera 300 zł z pensji za łóżko i od dwóch miesięcy nic nie zapłaciła",
    "посредник каждую неделю вычитает из зарплаты за койку, и уже два месяца не платит",
    "la agencia me descuenta del sueldo cada semana por la cama y hace dos meses que no me paga",
    "agenția îmi taie din salariu în fiecare săptămână pentru pat și de două luni nu m-a plătit",
    "công ty trừ lương em mỗi tuần tiền giường và 2 tháng nay không trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    later=(OFFSET_LATER, CALM), weekly=(TAKEN_EVERY_WEEK, ESCALATED),
))
def test_fee_deducted_later(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A deduction for the room as the contract says, and the payslip shows exactly that.
AS_IN_PAYSLIP = [
    "w umowie mam 60 euro za pokój potrącane z wypłaty i na paskach dokładnie tak jest, czy to normalne?",
    "в договоре 60 евро за комнату вычитают из зарплаты, в расчетке ровно так. это нормально?",
    "en el contrato dice 60 euros por el cuarto que descuentan del sueldo, en la nómina sale "
    "exactamente eso. "
    "es normal?",
    "în contract scrie 60 de euro pe cameră opriți din salariu, pe fluturaș exact așa. e normal?",
]

# The contract says one sum; a bigger one is taken, in its own sentence.
MORE_THAN_CONTRACT = [
    "w umowie mam 60 euro za pokój. Potrącają mi z wypłaty 250 euro i nic nie tłumaczą.",
    "в договоре 60 евро за комнату. Вычитают из зарплаты 250 евро и ничего не объясняют.",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    payslip=(AS_IN_PAYSLIP, CALM), more=(MORE_THAN_CONTRACT, ESCALATED),
))
def test_deduction_as_on_the_payslip(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Or else someone else takes the place": a hurry to pay, no threat.
SOMEONE_ELSE = [
    "pan z ogłoszenia chce 200 zł za miejsce na liście do jutra, bo inaczej weźmie ktoś inny. warto?",
    "посредник хочет 200 злотых за место до завтра, а то кто-то другой займет. стоит?",
    "el señor quiere 100 euros por el cupo hasta mañana, si no otra persona lo toma. vale la pena?",
    "la agencia dice que solo quedan pocos cupos para el curso de idioma, hay que apurarse?",
]

# "Or else he beats me"; the boss keeping the passport ("se queda con").
OR_ELSE_HARM = [
    "szef mówi, że mam pracować w niedzielę, bo inaczej mnie pobije",
    "бригадир сказал работать без выходных, а то изобьет",
    "el patrón se queda con el pasaporte y no nos lo devuelve",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hurry=(SOMEONE_ELSE, CALM), harm=(OR_ELSE_HARM, ESCALATED),
))
def test_someone_else_takes_the_place(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Coming with the children; the husband or wife works there; a school for the children.
SPOUSE_WORKS = [
    "we are moving to Gdansk with our three kids, my wife already works at the hospital there. how "
    "do we enrol "
    "them in school?",
    "przyjeżdżamy z dwójką dzieci, mąż już tam pracuje. jak zapisać dzieci do przedszkola?",
    "приезжаем с двумя детьми, муж уже там работает. как записать детей в школу?",
    "переїжджаємо з двома дітьми, чоловік вже там працює. як записати дітей до школи?",
    "llegamos con los niños, mi esposo ya trabaja allá. cómo los inscribo en la escuela?",
    "venim cu copiii, soțul deja lucrează acolo. cum îi înscriem la școală?",
    "em sang với 2 con, chồng em đã làm ở đó rồi. cho con đi học thế nào ạ?",
    "am 16 ani, un om mi-a oferit lucru în Italia, la o pizzerie. e sigur?",
]

# Children who work with the husband at night; a sixteen-year-old working nights unpaid.
CHILDREN_WORK = [
    "our kids are 13 and 14 and work in the field every night with my husband, the farmer pays "
    "nothing for them",
    "am 16 ani și lucrez noaptea la fermă, 12 ore, fără bani",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    spouse=(SPOUSE_WORKS, CALM), children=(CHILDREN_WORK, ESCALATED),
))
def test_spouse_works_not_the_children(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: the room free "if she keeps him company at night" (sexual exploitation, conditional by
# meaning: the "if" does not make it a hypothesis).
ROOM_FOR_COMPANY = [
    "my cousin rents a room from her boss, he says the rent is free as long as she keeps him "
    "company at night",
    "kuzynka mieszka u szefa, mówi że za pokój nie musi płacić, jeśli będzie dla niego miła nocami",
    "двоюродная сестра живет у начальника, он говорит за комнату можно не платить, если будет с ним ласковее",
    "двоюрідна сестра живе в начальника, каже за кімнату можна не платити, якщо буде з ним ласкавою",
    "mi prima vive donde su jefe, él dice que no paga el alquiler si le hace compañía por las noches",
    "verișoara mea stă la șeful ei, el zice că nu plătește chiria dacă îi ține companie noaptea",
    "chị họ em ở nhà ông chủ, ông ta nói không phải trả tiền phòng nếu tối tối chiều ông ta",
]

# A live-in carer keeping an old person company, the room paid as the contract says.
CARER_COMPANY = [
    "I work as a live-in carer, I keep the old man company at night, the rent is included in my contract",
    "pracuję jako opiekunka, jestem miła dla pana, wieczorami czytamy, pokój mam w umowie",
    "работаю сиделкой, бабушка ласковая со мной, за комнату плачу по договору",
    "працюю доглядальницею, бабуся до мене ласкава, за кімнату плачу за договором",
    "trabajo de cuidadora interna, le hago compañía a la señora por las noches y el cuarto está en "
    "el contrato",
    "lucrez îngrijitoare, îi țin companie doamnei noaptea, camera e inclusă în contract",
    "em làm giúp việc, buổi tối em chăm bà cụ, tiền phòng theo hợp đồng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    company=(ROOM_FOR_COMPANY, ESCALATED), carer=(CARER_COMPANY, CALM),
))
def test_room_for_company_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A child made to work like the adults, "otherwise the family loses the room": a threat.
LOSE_THE_ROOM = [
    "our daughter is 14 and the farmer has her picking all day like the adults, he says otherwise our family "
    "loses the caravan",
    "córka ma 14 lat, rolnik każe jej zbierać cały dzień jak dorosłym, mówi że inaczej zabierze nam pokój",
    "дочке 14, фермер заставляет ее собирать весь день как взрослых, говорит иначе выгонит всю семью",
    "доньці 14, фермер змушує її збирати цілий день як дорослих, каже інакше вижене нас з кімнати",
    "nuestra hija tiene 14, el patrón la pone a cosechar todo el día como a los adultos, dice que "
    "si no nos saca "
    "de la casa",
    "fata noastră are 14 ani, fermierul o pune la cules toată ziua ca pe adulți, zice că altfel ne "
    "scoate din "
    "cameră",
    "con gái em 14 tuổi, chủ bắt nó hái cả ngày như người lớn, nói không làm thì đuổi cả nhà ra khỏi phòng",
]

# The room kept until the end of the season, "otherwise" the user would rent one.
ROOM_UNTIL_SEASON_END = [
    "the room is ours until the end of the season, otherwise we would look for our own flat in town",
    "pokój mamy do końca sezonu, inaczej szukalibyśmy sami mieszkania",
    "комната наша до конца сезона, иначе искали бы квартиру сами",
    "кімната наша до кінця сезону, інакше шукали б квартиру самі",
    "el cuarto es nuestro hasta fin de temporada, si no buscaríamos un piso nosotros",
    "camera e a noastră până la sfârșitul sezonului, altfel am fi luat singuri chirie",
    "phòng ở đến hết mùa, không thì bọn em tự thuê nhà",
]


@pytest.mark.parametrize("text", LOSE_THE_ROOM)
def test_otherwise_the_family_loses_the_room(rules: Analyzer, text: str) -> None:
    assert "threats" in {i.id for i in rules.parse(text).risk.indicators}, rules.risk.explain(text)
    check_level(rules, text, ESCALATED)


@pytest.mark.parametrize("text", ROOM_UNTIL_SEASON_END)
def test_room_until_the_season_ends(rules: Analyzer, text: str) -> None:
    check_level(rules, text, CALM)


# Let out only with the foreman or a guard.
LET_OUT_ONLY_WITH = [
    "we live in cabins behind a fence, they only let us out with the foreman on sundays",
    "mieszkamy w kontenerach za płotem, wypuszczają nas tylko z brygadzistą w niedzielę",
    "живем в вагончиках за забором, выпускают только с охранником по воскресеньям",
    "живемо у вагончиках за парканом, випускають лише з охоронцем у неділю",
    "vivimos en contenedores detrás de una cerca, solo nos dejan salir con el capataz los domingos",
    "stăm în containere după gard, ne lasă să ieșim doar cu șeful duminica",
]

# The foreman drives the workers to the shop; on other days they go out as they like.
SHOP_RUN = [
    "the foreman drives us to the shop on saturdays, other days we go out whenever we like",
    "brygadzista wozi nas do sklepu w soboty, w inne dni wychodzimy kiedy chcemy",
    "бригадир возит нас в магазин по субботам, в остальные дни ходим куда хотим",
    "el capataz nos lleva a la tienda los sábados, los otros días salimos cuando queremos",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    only=(LET_OUT_ONLY_WITH, ESCALATED), shop=(SHOP_RUN, CALM),
))
def test_let_out_only_with_the_foreman(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Threats: legs broken, thrown on the street, child protection called; a slap, the hair pulled; paid less than
# the advert; months without a single coin; owing the agency and not let go.
HOUSING_HARM = [
    "dice que si me voy antes le rompe las piernas a mi hermano",
    "сказал если уйду раньше, сломает мне ноги",
    "каже якщо піду раніше, переламає мені ноги",
    "jak poprosiłam o pensję, szef powiedział że wywali nas na bruk",
    "când am cerut banii, patronul a zis că ne dă afară în stradă și sună la protecția copilului",
    "doamna la care lucrez mi-a dat o palmă pentru că s-a ars mâncarea",
    "bà chủ túm tóc em và tát vào mặt vì em làm vỡ bát",
    "nos pagan menos de lo que decía el anuncio y el cuarto tiene moho",
    "od czterech miesięcy nie dostał ani grosza, mówią że zapłacą po sezonie",
    "coordonatorul zice că datorez firmei 800 de euro și până nu plătesc nu mă lasă să plec",
    "vynen im za kvytok, ne dayut zvilnytysia",
]

# Their calm twins: a leg broken at football, a question about moving out, a hat as a present, paid more than
# the advert, no euro spent on rent, the fare given back to a colleague.
HOUSING_CALM = [
    "me rompí la pierna jugando fútbol, el seguro pagó el hospital",
    "сломал ногу на футболе, страховка оплатила больницу",
    "czy właściciel może wyrzucić nas na bruk zimą?",
    "pot să mă mut din apartament mai devreme dacă anunț cu o lună înainte?",
    "doamna mi-a dat o pălărie de ziua mea",
    "em tắt đèn rồi đi ngủ sớm",
    "nos pagan más de lo que decía el anuncio, estamos contentos",
    "od trzech miesięcy nie wydałam ani euro na czynsz, bo mieszkam u cioci",
    "am dat înapoi banii de drum colegului, acum suntem chit",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    harm=(HOUSING_HARM, ESCALATED), calm=(HOUSING_CALM, CALM),
))
def test_housing_and_family_harms(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical recall: locked in, told in a hurry, with a bare "help" at the end; locked in with men coming,
# and a cry for help (pl).
LOCKED_HELP = [
    "they locked me in the basement no phone help",
    "siostrzenica ma 16 lat, mieszka u tego pośrednika. przed chwilą napisała, że jest zamknięta na klucz i "
    "przychodzą do niej faceci. pomóżcie",
]

# "can you help" is a request; a shop closed with customers coming at ten; a hotel receptionist's guests.
LOCKED_CALM = [
    "we lock our room at night for safety, can you help",
    "sklep jest zamknięty i przychodzą klienci dopiero o 10",
    "w hotelu, gdzie pracuję na recepcji, wieczorem przychodzą tam klienci na kolację",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_HELP, DANGER), calm=(LOCKED_CALM, CALM),
))
def test_locked_in_with_a_cry_for_help(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Low-level readings: moving out of the company flat, the deposit to get back is no recruitment fee.
DEPOSIT_BACK = [
    "wyprowadzam się z mieszkania firmy, wpłaciłem kaucję 800 zł, kiedy ją oddadzą?",
    "съезжаю с квартиры от агентства, платил залог 500 злотых, когда вернут?",
    "виїжджаю з квартири від фірми, платив заставу 500 злотих, коли повернуть?",
    "me mudo del piso de la empresa, pagué un depósito de 300 euros, cuándo me lo devuelven?",
    "mă mut din apartamentul firmei, am dat garanție 400 de lei, când mi-o dau înapoi?",
    "em chuyển ra khỏi nhà công ty, em đặt cọc 500 zloty, bao giờ họ trả lại?",
]

# Moving out, and the passport kept until more is paid: still escalated.
DEPOSIT_AND_PASSPORT = [
    "I am moving out of the agency flat next week, I paid a 500 zl deposit, they keep my passport until I "
    "pay 300 more",
    "wyprowadzam się z kwatery, wpłaciłem kaucję 500 zł, a szef trzyma mój paszport, dopóki nie dopłacę 300",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    back=(DEPOSIT_BACK, ("none",)), passport=(DEPOSIT_AND_PASSPORT, ESCALATED),
))
def test_deposit_back_when_moving_out(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_deposit_before_the_journey_stays_a_fee(rules: Analyzer) -> None:
    risk = rules.parse("the agency wants a 600 zl deposit before I travel for the job").risk
    assert "recruitment_fee" in {i.id for i in risk.indicators}, risk


# Gold high read as critical: begging money collected "in the evening, a man comes and takes all", and a house
# "outside the city", are no one coming for the person now.
BEGGING_COLLECTED = [
    "my uncle is made to beg at the station, in the evening a man comes and takes all the money, they sleep "
    "in a house outside the city",
    "вечером приезжает человек и все забирает, паспорт у него",
]

# Someone coming tonight to take her away; men outside the house now.
COMING_FOR_HER = [
    "tonight a man comes to take her to another city, her passport is with him",
    "сегодня вечером приедут забрать ее, паспорт у хозяина",
    "men are standing outside the house right now, they took our passports",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    collected=(BEGGING_COLLECTED, ("high",)), coming=(COMING_FOR_HER, DANGER),
))
def test_begging_money_collected(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
