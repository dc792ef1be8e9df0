"""Splits BW and BX's classes (thirty-eighth round), written as meanings in new words, not BW-BX's sentences.

Critical recall: a medicine gone or withheld (the boss holds it with the passport) and the body failing now
(dizzy, shaking, can barely stand) is danger now; insulin forgotten on a holiday, or dizzy from the heat
beside a kept passport, is not. Pills bought and a wish not to wake up, in a situation already found, is
danger now; pills bought for a back beside a kept passport stays high. A driver not going where he should
(the hotel) with the doors locked is danger now; a child lock on the way to the hotel, or a detour with no
lock, is not. Someone asked to call the police there, please, for a man locked in (es, pl, ru, uk, as the
English phrase), and es "cerró la puerta por fuera" with a cry for help, are danger now; a door locked
from outside against the cat stays calm. Standing outside the user's house now after a beating is danger now;
friends outside the house on the way to the cinema stay calm.
False escalations: the vehicle's papers (truck registration, CMR, "техпаспорт", "giấy tờ xe") kept by the
company while the driver keeps his own passport stay calm; the worker's passport kept with them stays high.
The passport taken for a copy and given back the same day stays calm; a threat told after it, or a return
promised and not made, stays high. A fine owed by one's own fault stays calm; fines made a debt to the boss
stay high. Long shifts with the overtime paid and the days off normal (a "slave driver" joke) stay calm; no
days off or no pay stays high. uk "без договору, документи потім", vi "qua công ty" and "hộ chiếu em giữ, thứ
sáu có lương" stay calm.
Escalation misses: nobody leaves until the bus and the food are worked off (vi "chưa trả hết nợ thì không
ai được về") is high; a party that ends with the cake is not. Pay lowered for "someone like me" (a deaf
worker) is high; asking whether there is work for people like him is not. Driven only to work and back, not
allowed anywhere alone, the address never known, is high. The passport given back only for more money (a
visa helper), or taken "for the border papers" and still not given back, is high; passports collected for a
crossing and given back stay below. Smaller: paying for the truck if he leaves it, pay eaten by deductions,
"he knows where your mother lives", most of a boy's money taken are high; an offer with no language needed
and a job "for sure", or a trial with no contract, is low.
Gold high read critical: a stay told after the one it happened to is home now is high, someone still there
stays danger; a cry for help over a growing debt, with no word of killing, is high; vi "không cho em đi bác
sĩ" (not let to go to the doctor) is high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A medicine gone or withheld by the one who holds the passport, and the body failing now.
MEDICINE = [
    "the foreman keeps my passport and my inhaler in his office, no medicine since monday, im shaking now "
    "and can barely stand",
    "brygadzista trzyma mój paszport i leki, od rana bez insuliny, teraz cały się trzęsę i ledwo stoję",
    "бригадир держит мой паспорт и лекарства, с утра без инсулина, сейчас трясет и еле стою",
    "бригадир тримає мій паспорт і ліки, з ранку без інсуліну, зараз трусить і ледве стою",
    "el encargado tiene mi pasaporte y mis medicinas, desde la mañana sin insulina, ahora estoy temblando y "
    "casi no me puedo parar",
    "șeful ține pașaportul și medicamentele mele, de dimineață fără insulină, acum tremur și abia stau în "
    "picioare",
    "quản lý giữ hộ chiếu và thuốc của tôi, từ sáng không có insulin, giờ run hết người, đứng không vững",
]
MEDICINE_CALM = [
    "i forgot my insulin at home on holiday, no insulin since this morning, feeling dizzy now, where is a "
    "pharmacy",
    "zapomniałam insuliny na wakacjach, od rana bez insuliny, kręci mi się w głowie, gdzie jest apteka",
]
MEDICINE_HIGH = ["the boss keeps my passport. i feel dizzy from the heat today, can barely stand"]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(MEDICINE, DANGER), calm=(MEDICINE_CALM, CALM), high=(MEDICINE_HIGH, ESCALATED),
))
def test_medicine_withheld_and_failing_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_dizzy_beside_a_kept_passport_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, MEDICINE_HIGH[0], BELOW_DANGER)


# Pills bought and a wish not to wake up, in a situation already found.
BOUGHT = [
    "they owe me 3 months and keep my passport, i bought pills last night, i dont want to wake up tomorrow",
    "szef trzyma paszport i nie płaci od 3 miesięcy, kupiłam tabletki, nie chcę się jutro obudzić",
    "хозяин держит паспорт и не платит 3 месяца, купила таблетки, не хочу завтра просыпаться",
    "хазяїн тримає паспорт і не платить 3 місяці, купила таблетки, не хочу завтра прокидатися",
    "el patrón tiene mi pasaporte y no paga hace 3 meses, compré unas pastillas, no quiero despertar mañana",
    "patronul ține pașaportul și nu plătește de 3 luni, am cumpărat pastile, nu vreau să mă mai trezesc "
    "mâine",
    "chủ giữ hộ chiếu, 3 tháng không trả lương, em mua thuốc rồi, em không muốn tỉnh dậy nữa",
]
BOUGHT_HIGH = ["they keep my passport and owe me 3 months, i bought pills for my back pain today"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(BOUGHT, DANGER), high=(BOUGHT_HIGH, ESCALATED)))
def test_pills_bought_and_no_wish_to_wake(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_pills_for_a_back_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, BOUGHT_HIGH[0], BELOW_DANGER)


# A driver not going where he should, with the doors locked.
WRONG_WAY = [
    "my friend's uber driver is not going to the hotel, he locked the doors, she is scared in the back",
    "koleżanka wsiadła do taksówki, kierowca nie jedzie do hotelu, zamknął drzwi, ona się boi",
    "подруга села в такси, водитель едет не туда, заблокировал двери, она боится",
    "подруга сіла в таксі, водій їде не туди, заблокував двері, вона боїться",
    "mi amiga tomó un taxi, el chofer va para otro lado, cerró las puertas, tiene miedo",
    "prietena mea a luat un taxi, șoferul merge în altă parte, a încuiat ușile, îi e frică",
    "bạn em đi taxi, tài xế chở đi chỗ khác, khóa cửa xe, nó sợ lắm",
]
WRONG_WAY_CALM = ["the taxi isnt driving to the hotel directly, the road is closed so he takes a detour, ok"]
CHILD_LOCK = "the taxi driver locked the doors, child lock, and drove us straight to the hotel, all good"


@pytest.mark.parametrize(("text", "levels"), cases(now=(WRONG_WAY, DANGER), calm=(WRONG_WAY_CALM, CALM)))
def test_driver_going_elsewhere_doors_locked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_child_lock_on_the_way_to_the_hotel_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, CHILD_LOCK, BELOW_DANGER)


# Someone asked to call the police there, please, for a man locked in; a door shut from outside with a cry.
LOCKED_CALL = [
    "my dad works on a farm, the owner locked him in a shed 2 days ago, someone call the police there please",
    "tata pracuje na farmie, właściciel zamknął go w szopie 2 dni temu, niech ktoś wezwie policję proszę",
    "отец работает на ферме, хозяин запер его в сарае 2 дня назад, пусть кто нибудь вызовет полицию "
    "пожалуйста",
    "батько працює на фермі, хазяїн замкнув його в сараї 2 дні тому, хай хтось викличе поліцію будь ласка",
    "mi papá trabaja en una finca, el dueño lo encerró en un galpón hace 2 días, que alguien llame a la "
    "policía por favor",
    "ayuda somos 5 en un camion, el conductor cerro la puerta por fuera, no sabemos donde estamos",
]
LOCKED_CALM = ["cerré la puerta por fuera con llave para que no entre el gato, todo bien"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(LOCKED_CALL, DANGER), calm=(LOCKED_CALM, CALM)))
def test_locked_in_and_police_asked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Standing outside the user's house now, after a beating.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["they are standing outside my house now, the ones i owe for the car, yesterday they beat me",
          "вони зараз стоять під моїм будинком, вчора мене побили через борг",
          "они сейчас стоят под моим домом, вчера меня избили из-за долга"], DANGER),
    calm=(["my friends are outside my house now, we go to the cinema"], CALM),
))
def test_outside_the_house_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# The vehicle's papers kept by the company while the driver keeps his own passport; the twin: the worker's
# passport kept with them.
VEHICLE_PAPERS_HIGH = [
    "the company keeps the truck papers in the office and also took my passport and my residence card",
    "firma trzyma dowód rejestracyjny auta i mój paszport w sejfie, nie chcą oddać",
    "фирма держит техпаспорт и мой паспорт в офисе, не отдают",
    "фірма тримає техпаспорт і мій паспорт в офісі, не віддають",
    "la empresa guarda los papeles del camión y también mi pasaporte, no me lo devuelven",
    "firma ține actele mașinii și pașaportul meu în birou, nu mi-l dau înapoi",
    "công ty giữ giấy tờ xe và cả hộ chiếu của em, không trả",
]
VEHICLE_PAPERS_CALM = [
    "my brother drives a bus in sweden, the firm holds the vehicle registration and the cmr in the depot, "
    "his passport he keeps himself. ok?",
    "brat jeździ busem, szef trzyma dowód rejestracyjny w biurze, paszport brat ma przy sobie. normalne?",
    "брат ездит на бусе, шеф держит техпаспорт в офисе, паспорт у него с собой. нормально?",
    "брат їздить на бусі, шеф тримає техпаспорт в офісі, паспорт у нього з собою. нормально?",
    "mi hermano maneja un bus, el jefe guarda los papeles del vehículo, el pasaporte lo tiene él. es normal?",
    "fratele meu conduce un autocar, șeful ține actele mașinii în birou, pașaportul îl are el. e normal?",
    "anh em lái xe khách, chủ giữ giấy tờ xe ở văn phòng, hộ chiếu anh ấy tự giữ. vậy có bình thường không?",
    "the company keeps the cmr papers, my passport i keep myself, normal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(VEHICLE_PAPERS_HIGH, ESCALATED), calm=(VEHICLE_PAPERS_CALM, CALM),
))
def test_vehicle_papers_are_not_the_workers(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The passport taken for a copy and given back the same day; the twins: a threat told after it, a return
# promised and not made.
COPY_BACK_HIGH = [
    "the boss took my passport for a copy and gave it back the same day, but now he says if i quit he will "
    "report me to the police",
    "szef wziął paszport do skserowania, obiecał oddać tego samego dnia, a minęły 2 tygodnie i nie oddał",
    "el jefe se llevó mi pasaporte para sacarle copia y no me lo devolvió, ya van 2 semanas",
    "șeful mi-a luat pașaportul să facă o copie, a zis că mi-l dă în aceeași zi, dar au trecut 2 săptămâni",
    "sếp cầm hộ chiếu đi phô tô, hứa trả trong ngày mà 2 tuần rồi chưa trả",
]
COPY_BACK_CALM = [
    "the boss took my passport for a copy and gave it back the same day, thanks",
    "bałam się, kierownik wziął paszport do ksero, ale oddał tego samego dnia, dzięki",
    "tenía miedo, el encargado se llevó el pasaporte para una copia y me lo devolvió el mismo día, gracias",
    "mi-a fost frică, patronul a luat pașaportul pentru o copie și mi l-a dat înapoi în aceeași zi, mersi",
    "em sợ lắm, quản lý cầm hộ chiếu đi photo nhưng trả lại trong ngày, cảm ơn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(COPY_BACK_HIGH, ESCALATED), calm=(COPY_BACK_CALM, CALM),
))
def test_passport_copied_and_given_back(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A fine owed by one's own fault; the twins: fines that make a debt to the boss, the passport held for them.
FINE_HIGH = [
    "a parking ticket was my fault, ok, but the boss adds fines every week and says i owe him 2000 and i "
    "cant leave until i pay",
    "una multa de parqueo fue culpa mía, pero el jefe me pone multas cada semana y dice que le debo 2000 y "
    "no puedo irme hasta pagar",
    "amenda de parcare a fost vina mea, dar șeful îmi ține pașaportul până plătesc toate amenzile lui",
]
FINE_CALM = [
    "me llegó una multa por exceso de velocidad con el carro de la empresa, fue culpa mía. cómo la pago?",
    "am luat amendă de viteză cu mașina firmei, din vina mea. cum o plătesc?",
    "I got a parking fine with the company van, my fault. how do i pay a german fine?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(FINE_HIGH, ESCALATED), calm=(FINE_CALM, CALM)))
def test_fine_by_ones_own_fault(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Long shifts, overtime paid, days off normal (a "slave driver" joke); the twins: no days off, no pay.
SHIFTS_HIGH = [
    "12 hour shifts, overtime paid, but no days off for a month now",
    "12 годин щодня, понаднормові платять, але вже місяць без вихідних",
    "шеф рабовласник, 12 годин на день і 2 місяці не платить",
]
SHIFTS_CALM = [
    "наш бригадир той ще рабовласник 😄 по 12 годин, але все платять, вихідні є",
    "szef to niewolnik-mistrz haha, 12 godzin, ale nadgodziny płatne i wolne normalnie",
    "12 hours on the bus, overtime paid, days off normal, is the agency legal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(SHIFTS_HIGH, ESCALATED), calm=(SHIFTS_CALM, CALM)))
def test_long_shifts_paid_with_days_off(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Smaller ones: uk "без договору, документи потім" (no contract, the documents later) is no document kept;
# vi "qua công ty" (via a company) is no gate locked; vi "hộ chiếu em giữ, thứ sáu có lương" no withholding.
# The twins: working without documents with the passport taken; a boss keeping the pay.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["працюю без документів, шеф забрав паспорт і не віддає", "працюю без паспорта, шеф забрав",
           "хазяїн тримає мою зарплату 2 місяці", "chủ giữ lương của em 2 tháng rồi"], ESCALATED),
    calm=(["подруга в телеграмі: без договору, документи потім. це нормально?",
           "tôi sắp làm ở xưởng đóng gói hoa quả, qua công ty có giấy phép, tôi có bảo hiểm không?",
           "xe đón bọn em về ký túc xá, hộ chiếu em giữ, thứ sáu có lương, ổn rồi"], CALM),
))
def test_small_false_escalations(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: nobody leaves until the debt (the bus, the food) is worked off; the twin: a party.
WORK_OFF = [
    "the man who brought us says nobody leaves until we work off the bus and the food",
    "chłopak z sąsiedztwa przywiózł nas na budowę, mówi że nikt stąd nie wyjedzie dopóki nie odpracujemy "
    "przejazdu",
    "бригадир сказал никто отсюда не уедет пока не отработаем дорогу и еду",
    "бригадир сказав ніхто звідси не поїде поки не відпрацюємо дорогу і харчі",
    "el señor que nos trajo dice que nadie se va hasta que paguemos trabajando el viaje",
    "omul care ne-a adus zice că nimeni nu pleacă de aici până nu dăm din muncă drumul și mâncarea",
    "chủ nói chưa trả hết nợ tiền vé thì không ai được về",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(WORK_OFF, ESCALATED), calm=(["nobody leaves the party until we finish the cake lol"], CALM),
))
def test_nobody_leaves_until_worked_off(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pay lowered for "someone like me" (a deaf worker) while the others get the promised rate; the twin: asking
# whether there is work for people like him.
LIKE_ME = [
    "my boss pays me 9 an hour, the others get 15, he says that's the rate for people like me because im "
    "deaf",
    "szef płaci mi 12 zł, innym 25, mówi że dla takich jak ja tyle się płaci",
    "шеф платит мне 10, остальным 25, говорит таким как я столько платят",
    "шеф платить мені 10, іншим 25, каже таким як я стільки платять",
    "el jefe me paga 10, a los demás 25, dice que a la gente como yo se le paga así",
    "șeful îmi dă 5 pe oră, altora 12, zice că la unii ca mine atât se plătește",
    "chủ trả em 10, người khác 25, nói người như em thì trả vậy thôi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(LIKE_ME, ESCALATED),
    calm=(["is there work for people like me who are deaf? i can drive a forklift"], CALM),
))
def test_pay_lowered_for_someone_like_me(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Driven only to work and back, not allowed anywhere alone, the address never known.
ONLY_WORK = [
    "they only took us to work and back, we werent allowed to go anywhere alone and never knew the address",
    "szef woził nas tylko do pracy, sami nigdzie nie mogliśmy wyjść, nawet adresu nie znaliśmy",
    "хозяин возил только на работу, сами никуда не могли выйти, даже адреса не знали",
    "хазяїн возив тільки на роботу, самі нікуди не могли вийти, навіть адреси не знали",
    "el patrón nos llevaba solo al trabajo, no podíamos salir solos, ni sabíamos la dirección",
    "patronul ne ducea doar la muncă, singuri nu aveam voie nicăieri, nici adresa nu o știam",
]


@pytest.mark.parametrize("text", ONLY_WORK)
def test_only_to_work_and_back(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# The passport held by a visa helper and given back only for more money; taken "for the border papers" and
# still not given back is held now (a driver collecting the passports for the crossing and giving them back
# stays below high).
PASSPORT_FOR_MONEY = [
    "a visa agent took my passport to extend the visa, i paid him, now he says he gives it back only if i "
    "pay 400 more",
    "agent wizowy wziął paszport, zapłaciłam, teraz mówi że odda tylko jak dopłacę 400",
    "визовый посредник взял паспорт, теперь говорит отдаст только если доплачу 400",
    "візовий посередник взяв паспорт, тепер каже що віддасть тільки якщо доплачу 400",
    "un gestor se llevó mi pasaporte para la visa, ahora dice que me lo devuelve solo si le pago 400 más",
    "un intermediar mi-a luat pașaportul pentru viză, acum zice că mi-l dă doar dacă îi plătesc 400",
    "người làm visa giữ hộ chiếu, giờ nói chỉ trả lại hộ chiếu nếu em đóng thêm 400",
    "fabryka zabrała mi paszport w maju do papierów na granicę i do dziś nie oddała",
    "фирма в мае забрала паспорт для бумаг на границу и до сих пор не отдала",
]
BORDER_CALM = [
    "the driver collects everyones passports for the border crossing and gives them back after, normal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(PASSPORT_FOR_MONEY, ESCALATED), calm=(BORDER_CALM, CALM),
))
def test_passport_held_for_money_or_still(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Smaller ones: a driver told he pays for the truck and the load if he leaves it (en); a month's pay eaten by
# deductions (ru); "he knows where your mother lives" after refusing to carry cigarettes (vi); almost all the
# money taken from a boy riding on someone's account (vi); an offer with the language "not needed" and a job
# "for sure" is low (en, es); a Zalo trial "không hợp đồng, giấy tờ tính sau" is low (vi).
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["stuck at a parking for weeks, the boss says if he leaves the truck he pays for the truck and "
           "the cargo",
           "за месяц вычли топливо, царапины и штрафы, дали 150",
           "em nói em không chở nữa thì nó nhắn là biết nhà mẹ em ở quê",
           "có người cho em trai em chạy giao hàng bằng tài khoản của họ, lấy gần hết tiền"], ESCALATED),
    low=(["a guy says for 1000 dollars he gets me a student visa and a job for sure, no german needed",
          "un agente dice que por 1000 dólares me consigue visa y trabajo seguro sin saber alemán",
          "người trên zalo mời làm thử việc, không hợp đồng, giấy tờ tính sau"], ("low",)),
))
def test_small_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Gold high read critical: a stay told after the one it happened to is home now ("giờ anh ấy về rồi") is high;
# someone still there, phone dying, stays danger now. A cry for help over a debt that grows, with no word of
# killing, is high; with a beating and a locked room, or a death threat, it stays danger. Vietnamese "không
# cho em đi bác sĩ" (not let to go to the doctor) is care denied, high; "đang nhốt em ... không cho em đi, cứu
# em" stays danger.
HOME_NOW = [
    "mùa trước anh họ làm nhà kính, chủ khóa cửa, không được đi đâu, không biết địa chỉ. giờ anh ấy về rồi, "
    "vậy có bình thường không",
    "хазяйка з нашого села каже що я винна їй за кімнату і борг все більший, не знаю скільки ще, "
    "допоможіть",
    "họ không cho em đi bác sĩ, em bị sốt, làm cả ngày không nghỉ, giờ em về rồi",
]
STILL_NOW = [
    "em về nhà rồi nhưng anh em vẫn bị nhốt ở đó, không biết địa chỉ, điện thoại sắp hết pin",
    "em họ đang ở trang trại, chủ khóa cửa, không được đi đâu, không biết địa chỉ, điện thoại sắp hết pin",
    "допоможіть, я винна їй за бус, а вчора вона мене побила і замкнула в кімнаті",
    "допоможіть, хазяйка каже що я винна їй за кімнату, а вчора сказала що вб'є якщо піду",
    "họ đang nhốt em trong phòng, không cho em đi, cứu em",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(HOME_NOW, ("high",)), now=(STILL_NOW, DANGER)))
def test_told_after_or_still_there(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
