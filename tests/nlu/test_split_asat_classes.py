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
boss's car following, hiding and asking for help, stays danger now. Told to stay home with a sick child,
asking whether that day comes off the pay, is calm (the net raises nothing); its twin, the day and a week more
taken off with the passport kept, stays escalated. One's own phone lost, writing from a friend's, asking about
a new SIM, is calm (the net raises nothing); its twin, the new phone taken by the boss, stays escalated.
Critical recall, second commit: hit and threatened with death, told short and now ("he hit me, says he'll
kill me", "бьёт, грозит убить") is danger now; its twin, the same a year ago with the user gone and fine,
stays below danger.
Escalation misses, third commit: a promised job, another one on arrival, the first pay "half of what they
said" (połowa tego co mówili, половина от того что говорили, la mitad de lo que dijeron, jumatate din cat au
zis, một nửa so với đã hứa) is deception; its twin, half a month's pay for half a month worked at the rate
said, stays calm (uk, ro and vi left out: the rules alone read "за пів місяця", "jumatate de luna", "nửa
tháng ... như đã hứa" high through older phrases). The employer's fines for everything (late, a
cigarette, the toilet), little of the pay left, is withheld pay (ro "multe pentru orice", uk "кари за все"
were read in no mode); its twin, a city's fines for everything, one paid, stays calm (pl, ro only: older
phrases read any "fines for" as debt in en, ru, uk, es, vi, a known limit).
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


# Told to stay home with a sick child, asking whether that day comes off the pay.
SICK_DAY_QUESTION = [
    "my son woke up with a fever, im alone with him. the manager said fine, stay home today. "
    "will they cut that day from my wage? is it allowed?",
    "syn ma gorączkę od rana, jestem sama. kierownik powiedział dobra, zostań w domu. "
    "czy odliczą mi ten dzień z wypłaty? wolno tak?",
    "у сына температура с утра, я одна с ним. бригадир сказал ладно, сиди дома. "
    "вычтут мне этот день из зарплаты? так можно?",
    "у сина температура з ранку, я сама з ним. бригадир сказав добре, сиди вдома. "
    "знімуть мені цей день із зарплати? так можна?",
    "mi hijo amaneció con fiebre, estoy sola con él. el encargado dijo bueno, quédate en casa. "
    "me van a descontar ese día del sueldo? se puede?",
    "baiatul are febra de dimineata, sunt singura cu el. seful a zis bine, stai acasa. "
    "o sa-mi taie ziua din salariu? e voie?",
    "con trai em sốt từ sáng, em ở một mình với cháu. quản lý bảo ok cứ ở nhà. "
    "có bị trừ ngày đó vào lương ko ạ?",
]

# Told to stay home, then the day and a week more taken off the pay, the passport kept.
SICK_DAY_TAKEN = [
    "my son had a fever, the manager said stay home, then he took that day and a week more off my wage "
    "and still keeps my passport",
    "syn miał gorączkę, kierownik powiedział zostań w domu, a potem zabrał mi ten dzień i cały tydzień "
    "z wypłaty i dalej trzyma mój paszport",
    "у сына была температура, бригадир сказал сиди дома, а потом вычел этот день и ещё неделю "
    "из зарплаты и до сих пор держит мой паспорт",
    "у сина була температура, бригадир сказав сиди вдома, а потім зняв цей день і ще тиждень "
    "із зарплати і досі тримає мій паспорт",
    "mi hijo tuvo fiebre, el encargado dijo quédate en casa, y después me descontó ese día y una semana más "
    "y todavía tiene mi pasaporte",
    "baiatul a avut febra, seful a zis stai acasa, apoi mi-a taiat ziua si inca o saptamana din salariu "
    "si tot imi tine pasaportul",
    "con em bị sốt, quản lý bảo cứ ở nhà, xong trừ ngày đó với cả tuần lương của em "
    "và vẫn giữ hộ chiếu của em",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    asked=(SICK_DAY_QUESTION, CALM), taken=(SICK_DAY_TAKEN, ESCALATED),
))
def test_a_sick_day_off_the_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# One's own phone lost, writing from someone else's, asking about a new SIM.
LOST_OWN_PHONE = [
    "writing from my cousins phone, i lost my phone at the market yesterday. the new boss only had that "
    "number, will he think i quit? should i just get a new sim?",
    "piszę z telefonu kuzyna, zgubiłem telefon wczoraj na targu. nowy szef miał tylko ten numer, "
    "pomyśli że rzuciłem robotę? kupić po prostu nowy starter?",
    "пишу с телефона брата, потерял телефон вчера на рынке. новый начальник знал только тот номер, "
    "подумает что я ушел? просто купить новую симку?",
    "пишу з телефону брата, загубив телефон вчора на ринку. новий начальник знав тільки той номер, "
    "подумає що я пішов? просто купити нову сімку?",
    "escribo del cel de mi primo, perdí mi celular ayer en el mercado. el jefe nuevo solo tenía ese número, "
    "va a pensar que renuncié? compro una sim nueva?",
    "scriu de pe telefonul varului, mi-am pierdut telefonul ieri la piata. seful nou avea doar numarul ala, "
    "o sa creada ca am plecat? iau o cartela noua?",
    "em nhắn bằng máy anh họ, hôm qua làm mất điện thoại ở chợ. sếp mới chỉ có số cũ, "
    "sếp có nghĩ em bỏ việc ko? em mua sim mới được ko?",
]

# One's phone lost, then the new one taken by the boss, the passports kept.
LOST_THEN_TAKEN = [
    "i lost my phone last week, and now the boss took the new one too, keeps our passports",
    "zgubiłem telefon w zeszłym tygodniu, a teraz szef zabrał mi też nowy, trzyma nasze paszporty",
    "потерял телефон на прошлой неделе, а теперь хозяин забрал и новый, держит наши паспорта",
    "загубив телефон минулого тижня, а тепер хазяїн забрав і новий, тримає наші паспорти",
    "perdí mi celular la semana pasada, y ahora el patrón me quitó el nuevo, tiene nuestros pasaportes",
    "mi-am pierdut telefonul saptamana trecuta, acum seful mi l-a luat si pe cel nou, ne tine pasapoartele",
    "tuần trước em làm mất điện thoại, giờ chủ thu luôn cái mới, giữ hộ chiếu cả bọn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    lost=(LOST_OWN_PHONE, CALM), taken=(LOST_THEN_TAKEN, ESCALATED),
))
def test_my_own_phone_lost(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_calm_days_and_lost_phones_raise_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in (*SICK_DAY_QUESTION, *LOST_OWN_PHONE):
        check_level(analyzer, text, CALM)


# Hit and threatened with death, told short, now.
HIT_KILL_NOW = [
    "he punched me, says he will kill me, locked in the toilet",
    "uderzył mnie, mówi że mnie zabije, siedzę w łazience",
    "бьёт, грозит убить, я заперлась в туалете",
    "б'є, погрожує вбити, я закрилась у туалеті",
    "me golpeó, dice que me va a matar, estoy en el baño",
    "m-a lovit, zice ca ma omoara, stau in baie",
    "nó đánh em, nói sẽ giết em, em trốn trong nhà vệ sinh",
]

# The same, a year ago, the user gone and fine now.
HIT_KILL_PAST = [
    "last year the boss hit me and threatened to kill me. i left, now i work in a bakery and all is good",
    "w zeszłym roku szef mnie uderzył i groził że mnie zabije. odeszłam, pracuję w piekarni i jest dobrze",
    "в прошлом году хозяин меня ударил и грозился убить. я ушла, теперь работаю в пекарне, всё хорошо",
    "минулого року хазяїн мене вдарив і погрожував вбити. я пішла, тепер працюю в пекарні, все добре",
    "el año pasado el jefe me golpeó y me amenazó de muerte. me fui, trabajo en una panadería y estoy bien",
    "anul trecut seful m-a lovit si m-a amenintat cu moartea. am plecat, lucrez la o brutarie si e bine",
    "năm ngoái chủ đánh em và dọa giết. em nghỉ rồi, giờ làm ở tiệm bánh, mọi thứ ổn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(HIT_KILL_NOW, DANGER), past=(HIT_KILL_PAST, BELOW_DANGER),
))
def test_hit_and_threatened_with_death_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A promised job, another one on arrival, the first pay half of what was said.
HALF_OF_PROMISED = [
    "they promised a bakery in Belgium, 14 euro an hour. here i wash crates in a cold store and the first "
    "pay was half of what they said",
    "obiecali piekarnię w Belgii, 14 euro na godzinę. tu myję skrzynki w chłodni, a pierwsza wypłata to "
    "połowa tego co mówili",
    "обещали пекарню в Бельгии, 14 евро в час. тут мою ящики в холодильнике, а первая зарплата половина "
    "от того что говорили",
    "обіцяли пекарню в Бельгії, 14 євро на годину. тут мию ящики в холодильнику, а перша зарплата половина "
    "від того що казали",
    "prometieron una panadería en Bélgica, 14 euros la hora. aquí lavo cajas en una cámara fría y el primer "
    "pago fue la mitad de lo que dijeron",
    "au promis o brutarie in Belgia, 14 euro pe ora. aici spal lazi intr-un depozit frigorific si prima "
    "plata a fost jumatate din cat au zis",
    "hứa cho làm tiệm bánh ở Bỉ, 14 euro một giờ. sang đây rửa thùng trong kho lạnh, lương đầu chỉ có "
    "một nửa so với đã hứa",
]

# Half a month's pay for half a month worked, the rate as said.
HALF_MONTH_AS_SAID = [
    "my first pay was half a month because i started on the 15th, the rate is 14 euro like they said",
    "pierwsza wypłata to połowa miesiąca bo zacząłem 15-go, stawka 14 euro tak jak mówili",
    "первая зарплата за полмесяца, потому что начал 15-го, ставка 14 евро как и говорили",
    "el primer pago fue de medio mes porque empecé el 15, la tarifa es 14 euros como dijeron",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    half=(HALF_OF_PROMISED, ESCALATED), month=(HALF_MONTH_AS_SAID, CALM),
))
def test_paid_half_of_what_was_promised(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The employer's fines for everything, little left of the pay.
FINES_FOR_EVERYTHING = [
    "the agency fines us for everything, late, a smoke, too long in the toilet. out of 1600 i got 410",
    "agencja daje nam kary za wszystko, spóźnienie, papieros, za długo w toalecie. z 1600 dostałem 410",
    "агентство штрафует за всё, опоздание, перекур, долго в туалете. из 1600 получил 410",
    "агенція штрафує за все, запізнення, перекур, довго в туалеті. з 1600 отримав 410",
    "la agencia nos pone multas por todo, llegar tarde, un cigarro, mucho en el baño. "
    "de 1600 me quedaron 410",
    "agentia ne da amenzi pentru orice, intarziere, o tigara, prea mult la toaleta. din 1600 am primit 410",
    "công ty phạt đủ thứ, đi muộn, hút thuốc, vào nhà vệ sinh lâu. 1600 mà em chỉ nhận 410",
]

# A city's fines for everything, one paid (pl, ro: older phrases read "fines for" alone as debt elsewhere).
CITY_FINES = [
    "w tym mieście dają mandaty za wszystko, nawet za przejście na czerwonym. "
    "dostałem jeden za 50 i zapłaciłem",
    "in orasul asta se dau amenzi pentru orice, chiar si pentru trecut pe rosu. "
    "am luat una de 50 si am platit-o",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    employer=(FINES_FOR_EVERYTHING, ESCALATED), city=(CITY_FINES, CALM),
))
def test_fines_for_everything(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
