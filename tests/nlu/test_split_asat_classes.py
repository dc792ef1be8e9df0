"""Splits AS and AT's classes (twenty-third round), written as meanings in new words, not AS-AT's sentences.

Escalation misses: a job in a massage place that "wasn't massage" (told as past, the user out now and asking
for a person) is sexual exploitation; its twin, a massage that "wasn't relaxing" or good, asking for the money
back, stays calm.
Critical recall: a roommate or a colleague on a roof now who "can't anymore" (third person: "już nie może",
"больше не может", "ya no puede más", "nu mai poate") after months unpaid is danger now; its twin, the same
despair with no roof, wanting to go home next week, stays below danger.
False escalations: a room rented with the main door locked at night while the user gets her own key (the
landlord's key: "i get my own key", "ключ у меня будет свой", "imi da cheia mea") is no confinement, and the
net raises nothing; its twin, the user's own key to a locker told before the boss locks everyone in the
barracks, stays escalated. Stranded after missing the last bus, asking about a taxi or a ride app, is calm
and the net raises nothing ("vine bolt până aici?" is no pursuer); its twin, missing the last bus with the
boss's car following, hiding and asking for help, stays danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A job in a massage place that was not massage, told as past.
NOT_MASSAGE = [
    "in 2021 i worked in a massage studio in Vienna. that wasnt "
    "massage at all. i left, please can a woman call me",
    "w zeszłym roku pracowałam w salonie masażu w Berlinie. to nie był "
    "żaden masaż. uciekłam, chcę rozmawiać z kobietą",
    "прошлой зимой работала в массажном кабинете в Праге. это был не "
    "массаж. ушла оттуда, можно с женщиной поговорить?",
    "минулої зими працювала в масажному кабінеті в Празі. це був не "
    "масаж. пішла звідти, можна з жінкою поговорити?",
    "el año pasado trabajé en un centro de masajes en Milán. no era "
    "masaje. me fui, quiero hablar con una mujer",
    "anul trecut am lucrat la un salon de masaj in Viena. nu era masaj "
    "deloc. am plecat, vreau sa vorbesc cu o femeie",
    "năm ngoái em làm ở tiệm mát xa bên Séc. không phải mát xa đâu. "
    "em đi rồi, cho em nói chuyện với chị nào được ko",
]

# A massage that was not relaxing or good: money back.
MASSAGE_REFUND = [
    "i booked a massage in Berlin, it wasnt relaxing at all, my "
    "back still hurts. can i ask for the money back?",
    "byłam na masażu w spa, nie był zbyt dobry, plecy dalej bolą. mogę prosić o zwrot pieniędzy?",
    "ходила на массаж в салон, он был не очень, спина всё ещё болит. можно вернуть деньги?",
    "ходила на масаж у салон, він був не дуже, спина досі болить. можна повернути гроші?",
    "fui a un masaje en un spa, no era muy bueno, todavía me duele la "
    "espalda. puedo pedir que me devuelvan la plata?",
    "am fost la masaj la un salon, nu era bun deloc, ma doare spatele. pot cere banii inapoi?",
    "em đi mát xa ở tiệm, làm không tốt lắm, lưng vẫn đau. em muốn hỏi chuyện hoàn tiền ạ?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    story=(NOT_MASSAGE, ESCALATED), refund=(MASSAGE_REFUND, CALM),
))
def test_a_massage_place_that_was_not_massage(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Someone on a roof now who "can't anymore", after months unpaid.
ROOF_DESPAIR = [
    "my flatmate is up on the roof of the workers house right now, "
    "he says he cant anymore, no pay since spring",
    "współlokator jest teraz na dachu hotelowca, mówi że już nie może, od wiosny bez wypłaty. nie odbiera",
    "сосед сейчас на крыше общежития, говорит больше не может, с весны без зарплаты. не отвечает",
    "сусід зараз на даху гуртожитку, каже більше не може, з весни без зарплати. не відповідає",
    "mi compañero está ahora en la azotea del albergue, dice que "
    "ya no puede más, sin paga desde la primavera",
    "colegul e acum pe acoperisul caminului, zice ca nu mai poate, fara salariu din primavara. nu raspunde",
    "bạn cùng phòng em đang ở trên mái nhà trọ, nói nó ko chịu nổi nữa, từ mùa xuân ko có lương. gọi ko nghe",
]

# The same despair, no roof: going home next week.
DESPAIR_GOING_HOME = [
    "my flatmate says he cant anymore, no pay since spring, he wants to go home to his mum next week",
    "współlokator mówi że już nie może, od wiosny bez wypłaty, chce w przyszłym tygodniu wrócić do mamy",
    "сосед говорит больше не может, с весны без зарплаты, хочет на следующей неделе уехать к маме",
    "сусід каже більше не може, з весни без зарплати, хоче наступного тижня поїхати до мами",
    "mi compañero dice que ya no puede más, sin paga desde la "
    "primavera, quiere volver con su mamá la otra semana",
    "colegul zice ca nu mai poate, fara salariu din primavara, vrea "
    "sa plece acasa la mama lui saptamana viitoare",
    "bạn cùng phòng em nói nó ko chịu nổi nữa, 4 tháng ko được trả lương, tuần sau muốn về với mẹ",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    roof=(ROOF_DESPAIR, DANGER), home=(DESPAIR_GOING_HOME, BELOW_DANGER),
))
def test_someone_on_a_roof_who_cant_anymore(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A rented room, the main door locked at night, the user gets her own key.
RENTED_OWN_KEY = [
    "renting a flat share in Poznan, landlord says the building door "
    "is locked from 11pm but i get my own key. ok?",
    "wynajmuję pokój w Gdańsku, właściciel mówi że brama jest "
    "zamykana od 23, ale dostanę własny klucz. normalne?",
    "снимаю комнату в Гданьске, хозяйка говорит подъезд запирают "
    "после 23, но ключ у меня будет свой. нормально?",
    "винаймаю кімнату в Гданську, господиня каже під'їзд замикають "
    "після 23, але ключ у мене буде свій. нормально?",
    "alquilo un cuarto en Gdansk, la dueña dice que el portón se cierra con llave "
    "desde las 23, pero tengo mi llave propia. es normal?",
    "inchiriez o camera in Gdansk, proprietara zice ca poarta o "
    "incuie dupa ora 23, dar imi da cheia mea. e normal?",
    "e thuê phòng ở Gdańsk, bà chủ bảo cổng khóa sau 23h, nhưng đưa e chìa riêng. vậy có bình thường ko ạ?",
]

# The user's own key to a locker told first, then the boss locks everyone in.
LOCKER_KEY_LOCKED_IN = [
    "i have my own key to the locker, but at night the boss locks us in the barracks till morning",
    "mam własny klucz do szafki, ale w nocy szef zamyka nas w baraku na klucz do rana",
    "ключ у меня свой от шкафчика, но ночью бригадир запирает нас в бараке до утра",
    "у мене свій ключ від шафки, але вночі бригадир замикає нас у бараку до ранку",
    "tengo mi llave propia del casillero, pero de noche el jefe nos encierra en la barraca hasta la mañana",
    "am cheia mea de la dulap, dar noaptea seful ne incuie in baraca pana dimineata",
    "em có chìa riêng tủ đồ, nhưng ban đêm chủ khóa nhốt bọn em trong lán tới sáng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    rented=(RENTED_OWN_KEY, CALM), locked=(LOCKER_KEY_LOCKED_IN, ESCALATED),
))
def test_a_rented_room_with_my_own_key(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_rented_room_with_my_own_key_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in RENTED_OWN_KEY:
        check_level(analyzer, text, CALM)


# Missed the last bus, asking about a taxi or a ride app.
LAST_BUS_TAXI = [
    "missed the last bus after the late shift, its past midnight, by "
    "a dark road near the depot. can i get an uber?",
    "uciekł mi ostatni autobus po nocnej zmianie, jest po północy, "
    "stoję przy drodze koło hurtowni. zamówię taksówkę?",
    "опоздал на последний автобус после ночной смены, уже за полночь, "
    "стою у дороги возле базы. вызвать такси можно?",
    "запізнився на останній автобус після нічної зміни, вже за "
    "північ, стою біля дороги коло бази. таксі викликати?",
    "se me fue el último bus después del turno de noche, ya es "
    "medianoche, estoy cerca de la planta. pido un uber?",
    "am pierdut ultimul autobuz dupa tura de noapte, e trecut de "
    "miezul noptii, stau la depozit. vine vreun taxi aici?",
    "em lỡ chuyến bus cuối sau ca đêm, quá nửa đêm rồi, đang đứng ở đường gần kho. gọi grab tới đây được ko?",
]

# Missed the last bus, the boss's car following, hiding, asking for help.
LAST_BUS_FOLLOWED = [
    "missed the last bus and the boss's car is following me, they "
    "want me back, im hiding behind a shop, help",
    "uciekł mi ostatni autobus a auto szefa jedzie za mną, chcą "
    "mnie z powrotem, chowam się za sklepem, pomocy",
    "опоздал на последний автобус, а машина хозяина едет за мной, "
    "хотят вернуть, прячусь за магазином, помогите",
    "запізнився на останній автобус, а машина хазяїна їде за мною, "
    "хочуть повернути, ховаюсь за магазином, допоможіть",
    "se me fue el último bus y el carro del jefe me está siguiendo, "
    "estoy escondido detrás de una tienda, ayuda",
    "am pierdut ultimul autobuz si masina sefului ma urmareste, ma "
    "ascund dupa un magazin, ajutor. vine un taxi?",
    "em lỡ chuyến bus cuối, xe của chủ đang đuổi theo em, em đang "
    "trốn sau cửa hàng, cứu em. grab tới được ko?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    taxi=(LAST_BUS_TAXI, CALM), followed=(LAST_BUS_FOLLOWED, DANGER),
))
def test_missed_the_last_bus(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_missed_the_last_bus_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in LAST_BUS_TAXI:
        check_level(analyzer, text, CALM)
    for text in LAST_BUS_FOLLOWED:
        check_level(analyzer, text, DANGER)
