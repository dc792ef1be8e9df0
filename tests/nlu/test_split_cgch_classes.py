"""Splits CG and CH's classes (forty-second round), written as meanings in new words, not CG-CH's sentences.

Critical recall: thrown under a lorry or a truck tonight, in despair, is a method of ending one's life (a cat
that ran in front of a lorry is calm); a driver who took the passports and leaves the route now is danger now
(a detour with nothing taken is calm, the same told as a past story high; a passport taken for the border and
a stop for fuel, asked about, stays low); owing him, taken tonight to "meet some clients", and him coming for
her is danger now (a sales meeting is calm, the same as a weekly habit high); a cry for help sent from someone
else's phone, hers taken, killed if she runs, is danger now (the threat and the phone with no cry stay high);
vi nobody allowed to leave until the debt is paid is a restriction.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_high_with, check_level

HIGH = ("high",)

# Thrown under a lorry or a truck tonight, in despair.
UNDER_TRUCK = [
    "half a year without wages and now they say I owe them for the van. I'm done, I can't take it anymore, "
    "after work I'll throw myself under a truck",
    "pół roku bez pensji, a teraz mówią że jestem im winien za busa. nie daję już rady, po robocie rzucę się "
    "pod ciężarówkę",
    "полгода без зарплаты, теперь говорят я им должен за бус. я больше не могу, после работы брошусь под "
    "грузовик",
    "пів року без зарплати, тепер кажуть я їм винен за бус. я більше не можу, після роботи кинусь під "
    "вантажівку",
    "medio año sin sueldo y ahora dicen que les debo la camioneta. ya no puedo más, después del trabajo me "
    "tiro debajo de un camión",
    "jumătate de an fără salariu și acum zic că le datorez pentru dubă. nu mai pot, după muncă mă arunc în "
    "fața unui camion",
    "nửa năm không lương, giờ họ bảo em nợ tiền xe. em không chịu nổi nữa, tan làm em sẽ lao vào xe tải",
]
TRUCK_CALM = [
    "a cat ran in front of a lorry on the ring road today, the driver braked just in time",
    "pies wbiegł pod ciężarówkę na osiedlu, na szczęście kierowca zahamował",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(UNDER_TRUCK, DANGER), calm=(TRUCK_CALM, CALM)))
def test_under_a_truck_in_despair(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A driver who took the passports and leaves the route now.
OFF_ROUTE = [
    "my cousin is writing from a minibus right now: the driver collected everyone's passports, turned off "
    "the "
    "highway and the men with him told the women to keep quiet. what should I do",
    "kuzynka pisze teraz z busa: kierowca zebrał wszystkim paszporty, zjechał z trasy, a faceci z nim kazali "
    "kobietom siedzieć cicho. co robić",
    "кузина сейчас пишет из маршрутки: водитель собрал у всех паспорта, свернул с трассы, а мужики с ним "
    "сказали женщинам молчать. что делать",
    "кузина зараз пише з маршрутки: водій зібрав у всіх паспорти, звернув з траси, а чоловіки з ним сказали "
    "жінкам мовчати. що робити",
    "mi prima me escribe ahora desde una combi: el chofer les quitó los pasaportes a todas, se salió de la "
    "carretera y los hombres que van con él les dijeron que se callen. qué hago",
    "verișoara îmi scrie acum din microbuz: șoferul le-a luat pașapoartele tuturor, a ieșit de pe drum și "
    "bărbații cu el le-au zis femeilor să tacă. ce fac",
    "em họ em đang nhắn từ xe: tài xế thu hộ chiếu của tất cả, rẽ khỏi cao tốc, mấy người đàn ông đi cùng "
    "bảo "
    "các chị im lặng. bây giờ em phải làm gì",
]
DETOUR_CALM = [
    "the coach driver left the motorway because of an accident and is going another way, we'll be two hours "
    "late, should I tell my new employer?",
    "kierowca zjechał z autostrady bo był wypadek, jedziemy objazdem, spóźnimy się 2 godziny, mam dać znać "
    "pracodawcy?",
    "водитель съехал с трассы из-за аварии, едем в объезд, опоздаем на 2 часа, предупредить работодателя?",
    "el chofer se salió de la autopista por un accidente, vamos por otro camino, llegamos 2 horas tarde, le "
    "aviso al patrón?",
    # A passport taken for the border during the trip and a stop for fuel, asked about: the journey's reading.
    "the driver took our passports for the border during the trip, then left the motorway for a petrol "
    "station, is that normal?",
]
OFF_ROUTE_PAST = [
    "last year the driver took our passports, left the motorway and brought us to a farm where we worked for "
    "nothing. I'm home now",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(OFF_ROUTE, DANGER), calm=(DETOUR_CALM, CALM), high=(OFF_ROUTE_PAST, HIGH),
))
def test_driver_off_the_route_with_the_passports(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Owing him, taken tonight to "meet some clients", and him coming for her.
MEET_CLIENTS = [
    "the coordinator says I still owe him for the flight and the room, and tonight I have to go with him to "
    "'meet a client' or the debt doubles. he's coming at 9",
    "koordynator mówi że dalej jestem mu winna za lot i pokój i dziś wieczorem mam z nim jechać 'poznać "
    "klienta', inaczej dług się podwoi. przyjedzie o 21",
    "координатор говорит что я ему должна за перелет и комнату и сегодня вечером я должна поехать с ним "
    "'познакомиться с клиентом', иначе долг удвоится. приедет в 21",
    "координатор каже що я йому винна за переліт і кімнату і сьогодні ввечері маю поїхати з ним "
    "'познайомитись з клієнтом', інакше борг подвоїться. приїде о 21",
    "el coordinador dice que le debo el vuelo y el cuarto y que esta noche tengo que ir con él a 'conocer a "
    "unos clientes' o la deuda se duplica. viene a las 9",
    "coordonatorul zice că îi datorez pentru avion și cameră și că diseară trebuie să merg cu el să 'cunosc "
    "niște clienți', altfel datoria se dublează. vine la 9",
    "người điều phối nói em vẫn nợ anh ta tiền vé máy bay với tiền phòng, tối nay em phải đi với anh ta 'gặp "
    "khách', không thì nợ gấp đôi. 9 giờ anh ta tới",
]
SALES_CALM = [
    "my manager is coming at 7 tonight, we go together to meet some clients from Berlin, what should I wear?",
    "kierownik przyjedzie o 19, dziś wieczorem jedziemy razem poznać klientów z Berlina, co mam założyć?",
]
CLIENTS_HABIT = [
    "every friday the coordinator takes me to 'meet some clients' and says I still owe him for the room",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(MEET_CLIENTS, DANGER), calm=(SALES_CALM, CALM), high=(CLIENTS_HABIT, HIGH),
))
def test_owing_him_and_taken_tonight_to_meet_clients(rules: Analyzer, text: str,
                                                      levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A cry for help sent from someone else's phone, hers taken, killed if she runs.
CRY_FROM_OTHER_PHONE = [
    "my sister sent 'help me' from her roommate's phone, the boss took hers away. she said he'll kill her if "
    "she tries to run, she doesn't know the street",
    "siostra napisała 'pomocy' z telefonu współlokatorki, szef zabrał jej telefon. mówi że szef ją zabije "
    "jak spróbuje uciec, nie zna ulicy",
    "сестра написала 'помогите' с телефона соседки, начальник забрал у нее телефон. говорит что начальник "
    "убьет ее если попробует сбежать, улицу не знает",
    "сестра написала 'допоможіть' з телефону сусідки, начальник забрав у неї телефон. каже що начальник "
    "вб'є її якщо спробує втекти, вулиці не знає",
    "mi hermana mandó 'ayuda' desde el celular de su compañera, el jefe le quitó el suyo. dice que el jefe "
    "la "
    "mata si intenta escaparse, no sabe la calle",
    "sora mea a trimis 'ajutor' de pe telefonul colegei, șeful i-a luat telefonul. zice că șeful o omoară "
    "dacă încearcă să fugă, nu știe strada",
    "em gái em nhắn 'cứu với' từ điện thoại của bạn cùng phòng, ông chủ lấy điện thoại của nó rồi. nó bảo "
    "ông chủ sẽ giết nó nếu nó bỏ trốn, nó không biết tên đường",
]
THREAT_NO_CRY = [
    "my sister's boss took her phone away and said he'll kill her if she tries to run",
    "szef zabrał siostrze telefon i powiedział że ją zabije jak spróbuje uciec",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(CRY_FROM_OTHER_PHONE, DANGER), high=(THREAT_NO_CRY, HIGH),
))
def test_cry_for_help_from_another_phone_with_a_death_threat(rules: Analyzer, text: str,
                                                              levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", THREAT_NO_CRY)
def test_death_threat_if_she_runs_is_a_threat(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "threats")


# vi nobody allowed to leave until the debt is paid.
def test_vi_nobody_leaves_until_the_debt_is_paid(rules: Analyzer) -> None:
    check_high_with(rules, "họ lấy hết hộ chiếu, nói không ai được về cho đến khi trả hết nợ tiền vé",
                    "restriction_of_movement")


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# A passport the user left in a locker, the building shut: no one holds it; the twins: left with the boss, or
# taken by the coordinator into his locker, stay high.
LOCKER_HIGH = [
    "the coordinator took my passport, locked it in his locker and won't give it back",
    "оставил паспорт у хозяина, он запер его в своем шкафчике и не отдает",
    "zostawiłem paszport u szefa w szafce, teraz nie chce oddać",
]
LOCKER_CALM = [
    "I left my passport in the gym locker and the gym is closed till tomorrow, can I fly with my ID card?",
    "я оставила паспорт в шкафчике в спортзале, а он закрыт до завтра. можно лететь по ID-карте?",
    "я залишила паспорт у шафці в спортзалі, а він зачинений до завтра. чи можна летіти з ID-карткою?",
    "dejé el pasaporte en la taquilla del gimnasio y está cerrado hasta mañana, puedo volar con el DNI?",
    "mi-am lăsat pașaportul în dulapul de la sală și e închis până mâine, pot zbura cu buletinul?",
    "em để quên hộ chiếu trong tủ đồ ở phòng tập, mai mới mở, em bay bằng thẻ cư trú được không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(LOCKER_HIGH, ESCALATED), calm=(LOCKER_CALM, CALM)))
def test_passport_left_in_a_locker(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), cases(high=(LOCKER_HIGH, ESCALATED), calm=(LOCKER_CALM, CALM)))
def test_passport_left_in_a_locker_with_the_net(analyzer: Analyzer, text: str,
                                                levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# uk, ru "вишлють договір" (they will send the contract) is no deportation; the twins: sent out of the country
# if one complains.
SENT_HIGH = [
    "бригадир сказав: якщо поскаржишся, тебе вишлють з країни",
    "начальник сказал, если пожалуюсь, меня вышлют домой",
]
SENT_CALM = [
    "агенція каже, що вишлють договір після оплати 200 злотих, це нормально?",
    "агентство обещает, что вышлют договор на почту завтра, все нормально?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(SENT_HIGH, ESCALATED), calm=(SENT_CALM, CALM)))
def test_contract_sent_is_no_deportation(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi "Bản gốc em vẫn giữ, lương ..." (I keep the original, the pay ...): the keeping ends its clause; the
# twin: the boss keeps the pay.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["sếp giữ lương của em ba tháng rồi"], ESCALATED),
    calm=(["hộ chiếu em tự giữ, lương trả đủ, em chỉ hỏi về bảo hiểm thôi",
           "Sếp photo hộ chiếu của em để lưu. Bản gốc em tự giữ, lương trả đúng hạn, vậy có sao không?"],
          CALM),
))
def test_vi_kept_then_a_comma_then_the_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A door locked so nobody walks in without the gear, everyone leaving by the main exit at will: no
# confinement; the twins: the dorm locked at night, or locked in after a contrast, stay high.
WALKIN_HIGH = [
    "we can leave through the main exit any time, but at night they locked us in the dorm and the guard "
    "keeps "
    "the key",
    "they keep our dorm door locked at night, they say we can leave through the main exit any time, but it's "
    "locked too",
    "the store room is locked so nobody walks in without gloves and we can leave through the main exit any "
    "time. but at night they lock us in the dorm and take our phones",
]
WALKIN_CALM = [
    "the freezer room is locked during the shift so nobody walks in without gloves, and we can leave through "
    "the main exit any time. is that ok?",
    "drzwi do mroźni są zamknięte na klucz, żeby nikt nie wchodził bez rękawic, a głównym wyjściem możemy "
    "wychodzić kiedy chcemy. to legalne?",
    "дверь в морозилку запирают на ключ, чтобы никто не заходил без перчаток, а через главный выход можно "
    "уйти "
    "когда угодно. это законно?",
    "двері в морозильню замикають на ключ, щоб ніхто не заходив без рукавиць, а через головний вихід можна "
    "піти будь-коли. це законно?",
    "la puerta del congelador la cierran con llave para que nadie entre sin guantes, y por la salida "
    "principal "
    "podemos salir cuando sea. es legal?",
    "ușa de la congelator o încuie ca să nu intre nimeni fără mănuși, iar pe ieșirea principală putem pleca "
    "oricând. e legal?",
    "cửa kho đông bị khóa để không ai vào mà không đeo găng, còn cửa chính thì bọn em ra lúc nào cũng được. "
    "vậy có sao không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(WALKIN_HIGH, ESCALATED), calm=(WALKIN_CALM, CALM)))
def test_door_locked_so_nobody_walks_in(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", WALKIN_CALM[:4])
def test_door_locked_so_nobody_walks_in_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


# Asked "in theory" at the opening, a supposition and a question: a question in general (with the net too);
# the twins: a contrast after it and the boss's real threat stay high.
THEORY_HIGH = [
    "pregunto en teoría, pero en realidad el jefe me dijo que si me quejo me deportan",
    "întreb doar teoretic, dar de fapt șeful mi-a zis că dacă mă plâng mă deportează",
]
THEORY_CALM = [
    "pregunto solo en teoría: si mi permiso de trabajo resulta falso sin que yo lo supiera, me deportan? no "
    "ha pasado nada",
    "întreb doar teoretic: dacă permisul meu de muncă e fals și eu nu știam, mă deportează? nu s-a întâmplat "
    "nimic",
    "just asking in theory: if my work permit turns out fake and I didn't know, do they deport me? nothing "
    "has "
    "happened",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(THEORY_HIGH, ESCALATED), calm=(THEORY_CALM, CALM)))
def test_asked_in_theory(analyzer: Analyzer, rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
    check_level(analyzer, text, levels)


# Escalation misses of the rules alone.
# Made to "visit him" after work to keep the day shifts, her unwillingness told (sexual_exploitation.r42b);
# the twin: a visit to sign the contract, with no unwillingness, stays calm.
VISIT_HIM = [
    "the foreman says if I want to keep my day shifts I have to visit him after work. I went once. I didn't "
    "want to",
    "brygadzista mówi, że jak chcę zostać na dziennej zmianie, to mam go odwiedzać po robocie. Byłam raz. "
    "Nie "
    "chciałam",
    "бригадир говорит, если хочу остаться в дневную смену, должна заходить к нему после работы. Один раз "
    "ходила. Не хотела",
    "бригадир каже, якщо хочу лишитись на денній зміні, маю заходити до нього після роботи. Один раз ходила. "
    "Не хотіла",
    "el capataz dice que si quiero seguir de día tengo que visitarlo después del turno. Fui una vez. No "
    "quería",
    "maistrul zice că dacă vreau să rămân pe tura de zi trebuie să trec pe la el după muncă. Am fost o dată. "
    "N-am vrut",
    "tổ trưởng bảo nếu muốn ở ca ngày thì sau giờ làm phải qua phòng anh ta. Em đã đi một lần. Em không muốn",
]
VISIT_CALM = [
    "my manager says I have to visit him after work to sign the new contract, where is his office?",
    "kierownik mówi, że mam go odwiedzić po pracy, żeby podpisać umowę, gdzie jest biuro?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(VISIT_HIM, HIGH), calm=(VISIT_CALM, CALM)))
def test_made_to_visit_him_after_work(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# What the ad said, then a smaller sum worked for (deception); the same sum, or days worked, stay calm.
AD_RATE = [
    "the ad said 18 euro an hour for forklift work. here I sort returns for 11 euro an hour and nobody gives "
    "me a contract",
    "w ogłoszeniu było 80 zł za godzinę na wózku. Tu sortuję zwroty za 45 zł i nikt nie daje umowy",
    "в объявлении писали 20 евро в час на погрузчике. Тут сортирую возвраты за 12 евро, договора никто не "
    "дает",
    "в оголошенні писали 20 євро на годину на навантажувачі. Тут сортую повернення за 12 євро, договору "
    "ніхто "
    "не дає",
    "en el anuncio decía 18 euros la hora de montacarguista. aquí clasifico devoluciones por 11 euros y "
    "nadie "
    "me da contrato",
    "în anunț scria 18 euro pe oră pe stivuitor. aici sortez retururi pe 11 euro și nimeni nu-mi dă contract",
    "quảng cáo ghi 18 euro một giờ lái xe nâng. ở đây em phân loại hàng trả 11 euro một giờ, không ai ký hợp "
    "đồng",
]
AD_RATE_CALM = [
    "the ad said 18 euro an hour and I get 18 euro an hour, is overtime paid extra?",
    "the ad said 30 zl an hour. I work for 20 days a month, is that normal?",
    "the guy said 30 zl net an hour and I get 30, do I pay tax myself?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(AD_RATE, HIGH), calm=(AD_RATE_CALM, CALM)))
def test_ad_rate_then_less(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", AD_RATE[:1])
def test_ad_rate_then_less_is_deception(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "deception")


# "Only that" turns an all-clear as a contrast does; an all-clear with no "only that" before a match stays
# calm.
ONLY_THAT_HIGH = [
    "todo bien, el sueldo llega, solo que el encargado guarda nuestros pasaportes en su oficina y no los "
    "devuelve",
    "all fine mostly, just that the foreman keeps our passports in his office and won't give them back",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(ONLY_THAT_HIGH, HIGH),
    calm=(["todo bien, nos pagan a tiempo y tengo mi pasaporte, solo que el trabajo cansa mucho"], CALM),
))
def test_only_that_after_an_all_clear(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor on six or more nights in a row; the bank cards and PINs handed to a recruiter; vi a debt the boss
# adds to and nowhere to go; uk, vi a call to the border guard threatened.
OTHER_MISSES = [
    "my son is 15 and the agency put him on 7 nights in a row at the warehouse",
    "mi hijo tiene 15 y la agencia lo puso 7 noches seguidas en el almacén",
    "con trai tôi 15 tuổi, công ty cho nó làm 7 đêm liền ở kho",
    "the recruiter told us to open bank accounts and give him the cards and the PIN codes, now the police "
    "called my friend",
    "recrutorul ne-a zis să deschidem conturi și să-i dăm cardurile și pinurile, acum poliția l-a chemat pe "
    "prietenul meu",
    "sếp cộng hết vào nợ, giờ bảo em nợ 5 nghìn euro, em muốn nghỉ thì bảo không đi đâu được hết",
    "em không làm thì chủ bảo sẽ gọi công an báo em ở lậu",
    "шеф сказав, що подзвонить в прикордонну службу і скаже, що я працюю нелегально",
]
OTHER_CALM = [
    "the bank gave me a card and a PIN for my salary account, how do I change the PIN?",
    "em cộng hết vào rồi, tổng lương tháng này 2 nghìn zloty, vậy đúng không?",
    "nếu có chuyện gì em sẽ gọi công an, đúng không ạ?",
    "chủ nhà giữ tiền cọc của em, em bảo sẽ báo công an, em khiếu nại ở đâu?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(OTHER_MISSES, HIGH), calm=(OTHER_CALM, CALM)))
def test_other_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Gold high read critical. A bleeding told of yesterday in its sentence, with no "now" or "still" there, is no
# danger now (vi "chảy máu" joins the bleed cues; "túm cổ", "đẩy vào kệ" are violence); the twins: still
# bleeding now, the attacker at the door, stay danger.
BLED_YESTERDAY = [
    "yesterday the foreman grabbed a guy by the neck and slammed him into a shelf, blood everywhere, we were "
    "told to keep quiet",
    "hôm qua quản đốc túm cổ một anh rồi đẩy vào kệ, chảy máu luôn, bọn em bị dặn im lặng",
]
BLEEDING_NOW = [
    "yesterday he beat me with a pipe and my head is still bleeding now, he is outside the door",
    "hôm qua nó đánh em bằng gậy, giờ đầu em vẫn chảy máu, nó đang đứng ngoài cửa",
    "wczoraj szef mnie pobił i dalej krew leci z głowy, teraz stoi pod drzwiami",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(BLED_YESTERDAY, HIGH), now=(BLEEDING_NOW, DANGER)))
def test_bleeding_told_of_yesterday(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", BLED_YESTERDAY)
def test_bleeding_told_of_yesterday_is_violence(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "violence")


# An escape in a past story that ends in a relative's coming ("I only got out because my cousin came to pick
# me up") is no pursuit; the twins: an escape tonight with men following, one an hour ago, stay danger.
RESCUED_PAST = [
    "last year I picked apples on a farm, the boss kept our passports, I escaped only because my brother "
    "came "
    "to pick me up",
    "минулого року працював на фермі, паспорти забрали, вирвався тільки тому що брат за мною приїхав",
    "anul trecut am lucrat la o fermă, ne-au luat pașapoartele, am scăpat doar pentru că a venit fratele meu "
    "după mine",
]
PURSUED_NOW = [
    "I ran away an hour ago, they are following me, my brother is coming to pick me up",
    "last year they took my passport; I ran away tonight and his men are following me",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(RESCUED_PAST, HIGH), now=(PURSUED_NOW, DANGER)))
def test_escape_ended_by_a_rescuer_in_a_past_story(rules: Analyzer, text: str,
                                                    levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The visit twin with no question: no unwillingness told, no coercion.
def test_visit_to_sign_papers_is_calm(rules: Analyzer) -> None:
    check_level(rules, "my manager says I have to visit him after work to sign the new contract.", CALM)


# Older gaps from the forty-first round's review.
# "Entertain his friends" as a habit, and tonight a hold: a tonight after the habit, the user locked in or cut
# off, is danger now; the habit alone with a hold stays high; a husband's guests stay calm.
ENTERTAIN_TONIGHT = [
    "every saturday he makes me entertain his friends, and tonight he locked the door and took my phone, "
    "they "
    "come at 11",
    "w każdą sobotę każe mi zabawiać jego kolegów, a dziś w nocy zamknął mnie w pokoju i zabrał telefon",
    "каждые выходные он заставляет меня развлекать его друзей, а сегодня ночью запер меня в комнате и забрал "
    "телефон",
    "щовихідних змушує мене розважати його друзів, а сьогодні вночі замкнув мене в кімнаті і забрав телефон",
    "cada fin de semana me obliga a atender a sus amigos, y esta noche me encerró en el cuarto y me quitó el "
    "celular",
    "în fiecare weekend mă pune să-i distrez pe prietenii lui, iar diseară m-a încuiat în cameră și mi-a "
    "luat "
    "telefonul",
    "cuối tuần nào hắn cũng bắt em tiếp bạn của hắn, tối nay hắn khóa em trong phòng và lấy điện thoại",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(ENTERTAIN_TONIGHT, DANGER),
    high=(["every weekend he makes me entertain his friends and he keeps my phone"], HIGH),
    calm=(["tonight my husband wants me to entertain his friends, I need a good recipe"], CALM),
))
def test_entertain_habit_and_a_hold_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Made to swallow capsules and fly, killed if she refuses, someone always at the door (told in the present):
# danger now in all seven; the same as last year's story stays high.
CAPSULES_GUARDED = [
    "they want me to swallow pellets and fly to dublin, if i refuse they kill me, somebody is always at the "
    "door",
    "chcą żebym połknęła kapsułki i poleciała do Dublina, jak odmówię to mnie zabiją, ktoś cały czas stoi "
    "przy "
    "drzwiach",
    "хотят чтобы я проглотила капсулы и полетела в Дублин, если откажусь убьют, у двери всё время кто-то "
    "стоит",
    "хочуть щоб я ковтнула капсули і полетіла до Дубліна, якщо відмовлюсь вб'ють, біля дверей весь час хтось "
    "стоїть",
    "quieren que me trague las cápsulas y vuele a Dublín, si no quiero me matan, siempre hay alguien en la "
    "puerta",
    "vor să înghit capsule și să zbor la Dublin, dacă refuz mă omoară, mereu stă cineva la ușă",
    "họ muốn em nuốt mấy viên nang rồi bay sang Dublin, không chịu là họ giết, lúc nào cũng có người đứng "
    "canh "
    "cửa",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(CAPSULES_GUARDED, DANGER),
    high=(["last year they wanted me to swallow capsules and fly to london, if i refused they'd kill me, "
           "someone was always at the door"], HIGH),
))
def test_capsules_with_a_guard_at_the_door(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# One's own forced crime after "but actually", even after a school question, stays high; the school question
# alone stays calm, and "but actually they force me" with no crime word is no forced crime.
ACTUALLY_ME = [
    "Для шкільного проєкту питаю: якщо людину змушують красти, це злочин? але насправді це мене змушують",
    "Для школьного проекта спрашиваю: если человека заставляют продавать наркотики, это преступление? но на "
    "самом деле это меня заставляют",
    "para una tarea del colegio: si obligan a alguien a vender drogas, es delito? pero en realidad a mí me "
    "obligan",
    "pentru un proiect la școală: dacă cineva e obligat să vândă droguri, e infracțiune? dar de fapt pe mine "
    "mă obligă",
]
ACTUALLY_CALM = [
    "Для шкільного проєкту питаю: якщо людину змушують продавати наркотики, це злочин?",
    "but actually it's me they force to do the night shifts, is that legal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(ACTUALLY_ME, HIGH), calm=(ACTUALLY_CALM, CALM)))
def test_own_forced_crime_after_but_actually(analyzer: Analyzer, rules: Analyzer, text: str,
                                             levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
    check_level(analyzer, text, levels)
