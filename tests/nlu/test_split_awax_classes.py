"""Splits AW and AX's classes (twenty-fifth round), written as meanings in new words, not AW-AX's sentences.

Escalation misses: a situation played down with "I'm not complaining, just asking" ("nie narzekam, tylko
pytam", "не жалуюсь, просто спрашиваю", "no me quejo, solo pregunto", "nu mă plâng, doar întreb", "em không
than đâu, chỉ hỏi thôi") is the user's own situation, not a question in general; its twin, a question asked in
general with no minimiser, stays calm. Hours written in shorthand ("14h/d", "13h al día") and no day off
written as a zero ("0 off", "0 wolnego", "0 выходных") are abusive conditions; their twin, "8h/d, 2 days off"
stays calm.
Critical recall: despair and an ending told bare at the end of its sentence, tonight ("no point anymore.
ending it tonight", "dziś to kończę", "hoy le pongo fin", "în seara asta termin tot", "tối nay em kết thúc")
is danger now; its twin, an ending with an object after it ("ending it with this job tonight", "le pongo fin
al contrato") stays below danger. Sitting on a window ledge high up, tired of everything, in a situation
("joking but not really") is danger now; its twin, on the ledge to clean the windows, stays below danger. A
girl of 15 or 16 met "a guy on insta" who promised money abroad, "the bus is tomorrow 5am", is danger now; its
twin, a summer job arranged by the school with a teacher, bus tomorrow at 5, stays below danger. Taken tonight
to "another farm", nobody says where, with the passports told as held after the verb ("paszporty dalej ma
on", "los pasaportes siguen con él", "hộ chiếu vẫn ở ông ấy") is danger now; its twin, a move next month
written in the contract with the passports kept by the workers, stays calm.
Escalation misses (documents and pay): a passport given back only when the user left, told as past ("they only
gave my passport back when I flew home", "paszport oddali dopiero jak", "паспорт вернули только когда", "me lo
devolvieron recién cuando me fui", "mi l-au dat înapoi abia când", "đến lúc về họ mới trả") is document
retention; its twin, a consulate giving the passport back with a visa, stays calm. Pay below a promised sum
in thousands ("promised 4000, she got 1900") is withheld pay: numbers keep their repeated digits when folded
("5000" was "50"); its twin, more than promised, stays calm.
Hit in the face, told in passing ("got punched in the face for asking", "dostało w mordę", "дали по лицу",
"розбили обличчя", "les dieron golpes en la cara", "au luat pumni în față") is violence; its twin, a ball in
the face at a staff match ("le pegó la pelota en la cara"), stays calm.
Phones collected for the week ("zbierają nam telefony w niedzielę", "собирают телефоны", "ne strâng
telefoanele", "điện thoại bị thu") are isolation; their twin, the workers gathering old phones for a charity,
stays calm. The shop "only with the foreman" ("do sklepu tylko ... z brygadzistą", "a la tienda solo ... con
el encargado", "có ông cai đi kèm") is restriction of movement; its twin, the shop whenever they like with a
lift on Saturdays, stays calm. Bank accounts opened in the user's name with the cards handed to the boss (ru
"оформить счёта ... отдать ему карты") are forced criminality; its twin, an account for the user's own wage
with the card kept, stays calm in pl, ru and uk (en, es, ro, vi still read it high with older phrases: a
known residual).
Critical recall (rules alone): after running away, "they drive around looking for me" written as "andan en
carro buscándome", "ездят на машине ищут меня", "chạy xe đi tìm em" (and vi "em trốn" as an escape) is danger
now; its twin, a cousin driving around looking for the user after a party, stays below danger in pl, ru, uk,
es and vi (en "looking for me" and ro "mă caută" read it critical with older phrases: a known residual).
False escalations: a passport taken to be copied and handed back minutes later ("do skserowania ... oddały po
5 minutach", "đi photo rồi 5 phút sau trả lại") is no retention; its twin, taken to be copied and not given
back for weeks, stays escalated. A room deduction written in the contract with the user's own key ("tengo mi
propia llave y me puedo ir", "у договорі написано ... ключ маю свій") is no confinement or withheld pay; its
twin, her own key to the room while the boss locks the yard gate every night, stays escalated. A passport the
user keeps herself ("hộ chiếu em tự giữ, tiền trả đúng hạn", "паспорт держу сама") is no withheld pay or
retention; its twin, the family keeping her pay for three months, stays escalated. "What if they keep my
passport there" (vi "nhỡ sang đó") is hypothetical; its twin, taken on day one and still held, stays
escalated. 48 hours in a week with overtime paid is no abusive day; its twin, 15 hours a day with unpaid
overtime, stays escalated. A 17-year-old who "saw a job on tiktok" ("thấy việc trên tiktok") is offered a
job, not a child at work (low); its twin, picking 13 hours a day unpaid, stays high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer
from nlu.text import fold_word

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A situation told with a minimiser and "just asking": long days with no rest, or unpaid months.
MINIMISED = [
    "im not complaining, just asking. on the building site we do 13 hours a day "
    "and no days off since march. the foreman is a little rough",
    "nie narzekam, tylko pytam. na budowie robimy po 13 godzin dziennie, "
    "bez dnia wolnego od marca. brygadzista trochę ostry",
    "не жалуюсь, просто спрашиваю. на стройке работаем по 13 часов в день, "
    "без выходных с марта. прораб немного грубый",
    "не скаржусь, просто питаю. на будові працюємо по 13 годин на день, "
    "без вихідних з березня. виконроб трохи грубий",
    "no me quejo, solo pregunto. en la obra hacemos 13 horas al día, sin "
    "día libre desde marzo. el capataz es un poco duro",
    "nu mă plâng, doar întreb. pe șantier facem câte 13 ore pe zi, fără zi "
    "liberă din martie. șeful e cam aspru",
    "em không than đâu, chỉ hỏi thôi. ở công trường làm 13 tiếng một ngày, "
    "từ tháng 3 không có ngày nghỉ. cai hơi khó tính",
]

# A question in general, with no situation told.
GENERAL_QUESTION = [
    "just asking, how many hours a week is the legal maximum on a building site?",
    "tylko pytam, ile godzin tygodniowo można legalnie pracować na budowie?",
    "просто спрашиваю, сколько часов в неделю можно законно работать на стройке?",
    "просто питаю, скільки годин на тиждень можна законно працювати на будові?",
    "solo pregunto, cuántas horas a la semana se puede trabajar legalmente en una obra?",
    "doar întreb, câte ore pe săptămână se poate lucra legal pe un șantier?",
    "chỉ hỏi thôi, một tuần làm tối đa bao nhiêu tiếng là đúng luật ở công trường?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    minimised=(MINIMISED, ESCALATED), general=(GENERAL_QUESTION, CALM),
))
def test_situation_played_down_is_not_a_general_question(
        rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Long days in shorthand and no day off written as a zero.
HOURS_SHORTHAND = [
    "warehouse: 14h/d, 0 off for 5 wks",
    "magazyn: 14h/d, 0 wolnego od 5 tyg",
    "склад: 14ч/д, 0 выходных 5 нед",
    "склад: 14г/д, 0 вихідних 5 тиж",
    "almacén: 14h/d, 0 descanso hace 5 sem",
    "depozit: 14h/zi, 0 liber de 5 săpt",
    "kho hàng: 14h/ngày, 0 nghỉ 5 tuần",
]

# Short days in shorthand with days off.
HOURS_FINE = [
    "warehouse: 8h/d, 2 days off a week, paid on time",
    "magazyn: 8h/d, 2 dni wolne w tygodniu, płacą na czas",
    "склад: 8ч/д, 2 выходных в неделю, платят вовремя",
    "склад: 8г/д, 2 вихідних на тиждень, платять вчасно",
    "almacén: 8h/d, 2 días libres por semana, pagan a tiempo",
    "depozit: 8h/zi, 2 zile libere pe săptămână, plătesc la timp",
    "kho hàng: 8h/ngày, tuần nghỉ 2 ngày, lương trả đúng hạn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    long=(HOURS_SHORTHAND, ESCALATED), short=(HOURS_FINE, CALM),
))
def test_hours_and_days_off_in_shorthand(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A passport taken to be copied and handed back minutes later.
COPIED_BACK = [
    "the office took my passport to make a copy and gave it back right away, is that fine?",
    "biuro wzięło mój paszport do skserowania i oddały po 5 minutach. to normalne?",
    "в офисе забрали паспорт для ксерокопии и через 5 минут вернули. это нормально?",
    "в офісі забрали паспорт на ксерокс і через 5 хвилин віддали. це нормально?",
    "en la oficina se llevaron mi pasaporte para fotocopiar y me lo devolvieron a los 5 minutos. está bien?",
    "la birou mi-au luat pașaportul pentru copie și mi l-au dat înapoi după 5 minute. e ok?",
    "văn phòng lấy hộ chiếu đi photo rồi 5 phút sau trả lại. vậy có sao không ạ?",
]

# Taken to be copied and not given back for weeks.
COPIED_KEPT = [
    "the office took my passport to make a copy and never gave it back, 3 weeks now",
    "biuro wzięło mój paszport do skserowania i od 3 tygodni go trzymają",
    "в офисе забрали паспорт для ксерокопии и уже 3 недели не отдают",
    "в офісі забрали паспорт на ксерокс і вже 3 тижні не віддають",
    "en la oficina se llevaron mi pasaporte para fotocopiar y hace 3 semanas que no me lo devuelven",
    "la birou mi-au luat pașaportul pentru copie și de 3 săptămâni nu mi-l dau înapoi",
    "văn phòng lấy hộ chiếu đi photo rồi giữ luôn 3 tuần nay không trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    back=(COPIED_BACK, CALM), kept=(COPIED_KEPT, ESCALATED),
))
def test_passport_copied_and_handed_back(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Despair and an ending told bare, tonight.
ENDING_BARE = [
    "still 6000 on the debt after a year. no point anymore. ending it tonight",
    "po roku dalej 6000 długu. nie ma sensu. dziś w nocy to kończę",
    "через год всё ещё 6000 долга. нет смысла. сегодня ночью покончу",
    "через рік досі 6000 боргу. немає сенсу. сьогодні вночі покінчу",
    "después de un año todavía debo 6000. no tiene sentido. esta noche le pongo fin",
    "după un an tot 6000 datorie. nu mai are rost. la noapte termin tot",
    "sau 1 năm vẫn nợ 6000. hết cách rồi. đêm nay em kết thúc",
]

# An ending with an object after it: a job or a contract.
ENDING_OBJECT = [
    "still 6000 on the debt after a year, no point anymore. tonight ending it with this job "
    "and moving to my aunt",
    "po roku dalej 6000 długu, nie ma sensu. dziś kończę to z tą robotą i jadę do ciotki na wieś",
    "через год всё ещё 6000 долга, нет смысла. сегодня закончу это с работой и уеду к тёте в деревню",
    "через рік досі 6000 боргу, немає сенсу. сьогодні закінчу це з роботою і поїду до тітки в село",
    "después de un año todavía debo 6000, no tiene sentido. hoy le pongo fin al contrato y me voy con mi tía",
    "după un an tot 6000 datorie, nu mai are rost. diseară termin tot cu jobul ăsta și plec la mătușa",
    "sau 1 năm vẫn nợ 6000, hết cách rồi. tối nay em kết thúc hợp đồng ở đây rồi về quê với dì",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    bare=(ENDING_BARE, DANGER), obj=(ENDING_OBJECT, BELOW_DANGER),
))
def test_ending_told_bare_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# On a window ledge high up, tired of everything, in a situation.
LEDGE_TIRED = [
    "lol kidding, mostly. sitting on the window ledge, 5th floor. no pay since spring, they hold my id. "
    "tired of everything",
    "hehe żartuję, prawie. siedzę na parapecie na 5 piętrze. bez wypłaty od wiosny, dowód trzymają oni. "
    "mam dość wszystkiego",
    "хаха шучу, почти. сижу на подоконнике, 5 этаж. без зарплаты с весны, паспорт держат они. устал от всего",
    "хаха жартую, майже. сиджу на підвіконні, 5 поверх. без зарплати з весни, паспорт тримають вони. "
    "втомився від усього",
    "jaja bromeo, casi. estoy sentada en la ventana del 5to piso. sin pago desde la primavera, ellos "
    "tienen mi pasaporte. ya me cansé de todo",
    "haha glumesc, aproape. stau pe pervaz la etajul 5. fără salariu din primăvară, pașaportul e la ei. "
    "m-am săturat de tot",
    "haha đùa thôi, gần như vậy. em đang ngồi bậu cửa sổ tầng 5. từ mùa xuân không lương, hộ chiếu họ giữ. "
    "mệt mỏi hết rồi",
]

# On the ledge to clean the windows, paid on time.
LEDGE_WORK = [
    "sitting on the window ledge, 5th floor, cleaning the frames for the landlord. paid on time, all good",
    "siedzę na parapecie na 5 piętrze i myję ramy dla właściciela. płacą na czas, wszystko ok",
    "сижу на подоконнике, 5 этаж, мою рамы для хозяйки. платят вовремя, всё хорошо",
    "сиджу на підвіконні, 5 поверх, мию рами для хазяйки. платять вчасно, все добре",
    "estoy sentada en la ventana del 5to piso limpiando los marcos para la dueña. pagan a tiempo, todo bien",
    "stau pe pervaz la etajul 5 și spăl ramele pentru proprietară. plătesc la timp, totul e bine",
    "em đang ngồi bậu cửa sổ tầng 5 lau khung kính cho chủ nhà. lương trả đúng hạn, mọi thứ ổn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    tired=(LEDGE_TIRED, DANGER), work=(LEDGE_WORK, BELOW_DANGER),
))
def test_window_ledge_high_up_and_tired_of_everything(
        rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A passport given back only when the user left, told as past.
LATE_RETURN = [
    "last year at the hotel job in Malta they only gave my passport back when i flew home in "
    "october. can i still complain?",
    "rok temu w pracy w hotelu na Malcie paszport oddali mi dopiero jak wracałam w październiku. "
    "czy mogę to jeszcze zgłosić?",
    "в прошлом году на работе в отеле на Мальте паспорт вернули только когда я улетала в октябре. "
    "можно ещё пожаловаться?",
    "торік на роботі в готелі на Мальті паспорт повернули лише коли я летіла додому в жовтні. чи "
    "можна ще поскаржитись?",
    "el año pasado en el hotel de Malta el pasaporte me lo devolvieron recién cuando me fui en "
    "octubre. todavía puedo reclamar?",
    "anul trecut la hotelul din Malta pașaportul mi l-au dat înapoi abia când am plecat în "
    "octombrie. mai pot reclama?",
    "năm ngoái làm khách sạn ở Malta, hộ chiếu đến lúc về tháng 10 họ mới trả. giờ em còn khiếu nại "
    "được không?",
]

# A consulate gives the passport back with a visa.
CONSULATE_RETURN = [
    "last year the consulate gave my passport back with the new visa after two weeks, everything "
    "was fine. do i need a copy for the new job?",
    "rok temu konsulat oddał mi paszport z nową wizą po dwóch tygodniach, wszystko było dobrze. czy "
    "potrzebuję kopii do nowej pracy?",
    "в прошлом году консульство вернуло паспорт с новой визой через две недели, всё было хорошо. "
    "нужна ли копия для новой работы?",
    "торік консульство повернуло паспорт з новою візою через два тижні, все було добре. чи потрібна "
    "копія для нової роботи?",
    "el año pasado el consulado me devolvió el pasaporte con la visa nueva a las dos semanas, todo "
    "bien. necesito una copia para el trabajo nuevo?",
    "anul trecut consulatul mi-a dat pașaportul înapoi cu viza nouă după două săptămâni, totul a "
    "fost bine. am nevoie de o copie pentru jobul nou?",
    "năm ngoái lãnh sự quán trả hộ chiếu có visa mới sau 2 tuần, mọi thứ đều ổn. em có cần bản sao "
    "cho chỗ làm mới không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    late=(LATE_RETURN, ESCALATED), consulate=(CONSULATE_RETURN, CALM),
))
def test_passport_given_back_only_when_leaving(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pay below a promised sum written in thousands.
SHORT_THOUSANDS = [
    "my sister cleans offices in Oslo, the agency promised 4000 a month, she got 1900 and a list of fees",
    "siostra sprząta biura w Oslo, agencja obiecała 4000 miesięcznie, dostała 1900 i listę opłat",
    "сестра убирает офисы в Осло, агентство обещало 4000 в месяц, получила 1900 и список сборов",
    "сестра прибирає офіси в Осло, агенція обіцяла 4000 на місяць, отримала 1900 і список зборів",
    "mi hermana limpia oficinas en Oslo, la agencia le prometió 4000 al mes, "
    "le dieron 1900 y una lista de cargos",
    "sora mea face curat în birouri în Oslo, agenția a promis 4000 pe lună, a primit 1900 și o listă de taxe",
    "chị em dọn văn phòng ở Oslo, công ty hứa 4000 một tháng, nhận được có 1900 với danh sách phí",
]

# More than promised.
MORE_THAN_PROMISED = [
    "my sister cleans offices in Oslo, the agency promised 4000 a month, she got 4300 with the bonus",
    "siostra sprząta biura w Oslo, agencja obiecała 4000 miesięcznie, dostała 4300 z premią",
    "сестра убирает офисы в Осло, агентство обещало 4000 в месяц, получила 4300 с премией",
    "сестра прибирає офіси в Осло, агенція обіцяла 4000 на місяць, отримала 4300 з премією",
    "mi hermana limpia oficinas en Oslo, la agencia le prometió 4000 al mes, le dieron 4300 con el bono",
    "sora mea face curat în birouri în Oslo, agenția a promis 4000 pe lună, a primit 4300 cu bonusul",
    "chị em dọn văn phòng ở Oslo, công ty hứa 4000 một tháng, nhận được 4300 có cả thưởng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    short=(SHORT_THOUSANDS, ESCALATED), more=(MORE_THAN_PROMISED, CALM),
))
def test_pay_below_a_promise_in_thousands(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_numbers_keep_repeated_digits() -> None:
    assert fold_word("5000") == "5000"
    assert fold_word("helppp") == "help"


# A teenager met someone online who promised money abroad; the bus leaves tomorrow at dawn.
ONLINE_BUS_TOMORROW = [
    "my niece is 15, a guy on tiktok promised her 900 a week dancing in Italy. the bus is tomorrow "
    "5am, her mum doesnt know",
    "siostrzenica ma 15 lat, poznała gościa na insta, obiecał 900 tygodniowo za taniec we Włoszech. "
    "autobus jutro o 5 rano, matka nie wie",
    "племяннице 15, познакомилась в инсте с мужиком, обещал 900 в неделю за танцы в Италии. автобус "
    "завтра в 5 утра, мама не знает",
    "племінниці 15, познайомилась в інсті з чоловіком, обіцяв 900 на тиждень за танці в Італії. "
    "автобус завтра о 5 ранку, мама не знає",
    "mi sobrina tiene 15, conoció un tipo de instagram que le prometió 900 a la semana bailando en "
    "Italia. el bus sale mañana a las 5, su mamá no sabe",
    "nepoata mea are 15 ani, a cunoscut un tip de pe insta care i-a promis 900 pe săptămână să "
    "danseze în Italia. autobuzul pleacă mâine la 5, mama ei nu știe",
    "cháu gái em 15 tuổi, quen 1 người trên insta hứa 900 euro 1 tuần đi nhảy ở Ý. xe đi 5h sáng "
    "mai, mẹ nó không biết",
]

# A summer job arranged by the school with a teacher; the bus leaves tomorrow at dawn.
SCHOOL_BUS_TOMORROW = [
    "my niece is 15, the school arranged a summer camp job in Italy with her class teacher. the bus "
    "is tomorrow 5am, what should she pack?",
    "siostrzenica ma 15 lat, szkoła zorganizowała wakacyjną pracę na obozie we Włoszech z "
    "wychowawczynią. autobus jutro o 5 rano, co spakować?",
    "племяннице 15, школа организовала летнюю работу в лагере в Италии с классной "
    "руководительницей. автобус завтра в 5 утра, что взять с собой?",
    "племінниці 15, школа організувала літню роботу в таборі в Італії з класною керівницею. автобус "
    "завтра о 5 ранку, що взяти з собою?",
    "mi sobrina tiene 15, el colegio organizó un trabajo de verano en un campamento en Italia con "
    "su profesora. el bus sale mañana a las 5, qué debe llevar?",
    "nepoata mea are 15 ani, școala a organizat o slujbă de vară într-o tabără în Italia cu "
    "diriginta. autobuzul pleacă mâine la 5, ce să ia cu ea?",
    "cháu gái em 15 tuổi, trường tổ chức cho đi làm hè ở trại hè bên Ý với cô chủ nhiệm. xe đi 5h "
    "sáng mai, cháu nên mang theo gì?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    online=(ONLINE_BUS_TOMORROW, DANGER), school=(SCHOOL_BUS_TOMORROW, BELOW_DANGER),
))
def test_teen_met_online_leaves_tomorrow(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Taken tonight to another farm, nobody says where, the passports held by the foreman.
MOVED_TONIGHT = [
    "probably just a normal move, but the foreman said tonight a van takes all of us to another "
    "farm, nobody says where. the passports are still with him. im scared",
    "pewnie to nic takiego, ale brygadzista powiedział, że dziś w nocy bus zabiera nas na inną "
    "farmę, nikt nie mówi gdzie. paszporty dalej ma on. boję się",
    "наверное обычный перевод, но бригадир сказал что сегодня ночью бус отвезёт нас на другую "
    "ферму, никто не говорит куда. паспорта остались у него. мне страшно",
    "мабуть звичайне переведення, але бригадир сказав що сьогодні вночі бус повезе нас на іншу "
    "ферму, ніхто не каже куди. паспорти лишились у нього. мені страшно",
    "seguro es un traslado normal, pero el encargado dijo que esta noche una camioneta nos lleva a "
    "otra finca, nadie dice dónde. los pasaportes siguen con él. tengo miedo",
    "probabil e o mutare normală, dar șeful a zis că la noapte un microbuz ne duce la altă fermă, "
    "nimeni nu zice unde. pașapoartele au rămas la el. mi-e frică",
    "chắc là chuyển chỗ bình thường thôi, nhưng cai nói tối nay xe chở hết tụi em qua trang trại "
    "khác, không ai nói đi đâu. hộ chiếu vẫn ở ông ấy. em sợ lắm",
]

# A move next month written in the contract, the passports kept by the workers.
MOVE_IN_CONTRACT = [
    "next month the agency moves our team to another farm, the address is in the new contract, "
    "passports with us, all fine",
    "w przyszłym miesiącu agencja przenosi naszą ekipę na inną farmę, adres jest w nowej umowie, "
    "paszporty mamy przy sobie, wszystko ok",
    "в следующем месяце агентство переводит нашу бригаду на другую ферму, адрес в новом договоре, "
    "паспорта у нас, всё хорошо",
    "наступного місяця агенція переводить нашу бригаду на іншу ферму, адреса в новому договорі, "
    "паспорти у нас, все добре",
    "el mes que viene la agencia nos pasa a otra finca, la dirección está en el contrato nuevo, los "
    "pasaportes los tenemos nosotros, todo bien",
    "luna viitoare agenția ne mută echipa la altă fermă, adresa e în contractul nou, pașapoartele "
    "sunt la noi, totul e bine",
    "tháng sau công ty chuyển đội em qua trang trại khác, địa chỉ có trong hợp đồng mới, hộ chiếu "
    "tụi em tự giữ, mọi thứ ổn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    tonight=(MOVED_TONIGHT, DANGER), planned=(MOVE_IN_CONTRACT, CALM),
))
def test_taken_tonight_to_another_farm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Hit in the face for asking about pay, told in passing.
PUNCHED_IN_THE_FACE = [
    "last month two guys from the night shift got punched in the face for asking about overtime. "
    "now nobody asks",
    "w zeszłym miesiącu dwóch z nocnej zmiany dostało w mordę, bo zapytali o nadgodziny. teraz nikt "
    "nie pyta",
    "в прошлом месяце двум ребятам с ночной смены дали по лицу за то что спросили про сверхурочные. "
    "теперь никто не спрашивает",
    "минулого місяця двом хлопцям з нічної зміни розбили обличчя бо спитали про понаднормові. тепер "
    "ніхто не питає",
    "el mes pasado a dos del turno de noche les dieron golpes en la cara por preguntar por las "
    "horas extra. ahora nadie pregunta",
    "luna trecută doi din tura de noapte au luat pumni în față pentru că au întrebat de orele "
    "suplimentare. acum nu mai întreabă nimeni",
    "tháng trước 2 anh ca đêm bị đấm vào mặt vì hỏi tiền tăng ca. giờ không ai dám hỏi",
]

# A ball in the face at a staff football match.
BALL_IN_THE_FACE = [
    "last month at the staff football match my mate got the ball in the face, is he covered by the "
    "work insurance?",
    "w zeszłym miesiącu na meczu firmowym kolega dostał piłką w twarz, czy obejmuje go "
    "ubezpieczenie z pracy?",
    "в прошлом месяце на корпоративном матче другу попали мячом в лицо, покрывает ли это рабочая "
    "страховка?",
    "минулого місяця на корпоративному матчі другу влучили м'ячем в обличчя, чи покриває це робоча "
    "страховка?",
    "el mes pasado en el partido de la empresa a mi compañero le pegó la pelota en la cara, lo "
    "cubre el seguro del trabajo?",
    "luna trecută la meciul firmei colegul a luat mingea în față, îl acoperă asigurarea de la muncă?",
    "tháng trước đá bóng với công ty, bạn em bị bóng đập vào mặt, bảo hiểm công ty có chi trả không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    punched=(PUNCHED_IN_THE_FACE, ESCALATED), ball=(BALL_IN_THE_FACE, CALM),
))
def test_hit_in_the_face_told_in_passing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A room deduction written in the contract, the user's own key, free to move out.
OWN_KEY = [
    "the contract says 350 a month comes off my pay for the room, i signed it, i have my own key "
    "and can move out with a month's notice. is that legal?",
    "w umowie jest że 350 miesięcznie potrącają z pensji za pokój, podpisałam, mam własny klucz i "
    "mogę się wyprowadzić z miesięcznym wypowiedzeniem. to legalne?",
    "в договоре написано что 350 в месяц за комнату вычитают из зарплаты, я подписала, у меня свой "
    "ключ и могу съехать с предупреждением за месяц. это законно?",
    "у договорі написано що 350 на місяць за кімнату вираховують із зарплати, я підписала, ключ маю "
    "свій, можу з'їхати з попередженням за місяць. це законно?",
    "en el contrato dice que me descuentan 350 al mes por la habitación, lo firmé, tengo mi propia "
    "llave y me puedo ir avisando con un mes. es legal?",
    "în contract scrie că 350 pe lună pentru cameră se rețin din salariu, am semnat, am cheia mea "
    "și pot pleca cu preaviz de o lună. e legal?",
    "hợp đồng ghi trừ 350 mỗi tháng tiền phòng vào lương, em đã ký, em có chìa khóa riêng và báo "
    "trước 1 tháng là được chuyển đi. vậy có hợp pháp không?",
]

# Her own key to the room, the yard gate locked every night.
OWN_KEY_LOCKED = [
    "i have my own key to the room, but the boss locks the yard gate every night and we can't get "
    "out till 6",
    "mam własny klucz do pokoju, ale szef co noc zamyka bramę na podwórze i nie możemy wyjść do 6",
    "у меня свой ключ от комнаты, но начальник каждую ночь запирает ворота во двор и мы не можем "
    "выйти до 6",
    "ключ маю свій від кімнати, але начальник щоночі замикає ворота у двір і ми не можемо вийти до 6",
    "tengo mi propia llave del cuarto, pero el jefe cierra el portón del patio cada noche y no "
    "podemos salir hasta las 6",
    "am cheia mea de la cameră, dar șeful încuie poarta curții în fiecare noapte și nu putem ieși "
    "până la 6",
    "em có chìa khóa riêng phòng mình, nhưng tối nào chủ cũng khóa cổng sân, tụi em không ra ngoài "
    "được tới 6h",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(OWN_KEY, CALM), risky=(OWN_KEY_LOCKED, ESCALATED),
))
def test_room_deduction_in_contract_with_own_key(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An au pair keeps her passport herself, paid on time.
SELF_KEPT = [
    "au pair here, the family is a bit strict about curfew. but i keep the passport myself, money "
    "comes on time. probably just homesick",
    "jestem au pair, rodzina trochę surowa z godziną powrotu. ale paszport trzymam sama, pieniądze "
    "na czas. pewnie tęsknię za domem",
    "я au pair, семья строговата насчёт возвращения. но паспорт держу сама, деньги вовремя. "
    "наверное просто скучаю по дому",
    "я au pair, сім'я суворувата щодо повернення. але паспорт тримаю сама, гроші вчасно. мабуть "
    "просто сумую за домом",
    "soy au pair, la familia es algo estricta con la hora de volver. pero el pasaporte lo guardo "
    "yo, el dinero llega a tiempo. será nostalgia",
    "sunt au pair, familia e cam strictă cu ora de întoarcere. dar pașaportul îl țin eu, banii vin "
    "la timp. probabil mi-e dor de casă",
    "em làm au pair, nhà chủ hơi khắt khe giờ về. nhưng hộ chiếu em tự giữ, tiền trả đúng hạn. chắc "
    "chỉ là nhớ nhà",
]

# She keeps her passport herself, the family keeps her pay.
SELF_KEPT_PAY_HELD = [
    "au pair here. i keep the passport myself, but the family keeps my pocket money for 3 months now",
    "jestem au pair. paszport trzymam sama, ale rodzina od 3 miesięcy zatrzymuje mi pensję",
    "я au pair. паспорт держу сама, но семья уже 3 месяца удерживает мои карманные деньги",
    "я au pair. паспорт тримаю сама, але сім'я вже 3 місяці утримує мої кишенькові гроші",
    "soy au pair. el pasaporte lo guardo yo, pero la familia me retiene el dinero de bolsillo hace "
    "3 meses",
    "sunt au pair. pașaportul îl țin eu, dar familia îmi reține banii de buzunar de 3 luni",
    "em làm au pair. hộ chiếu em tự giữ, nhưng nhà chủ giữ tiền tiêu vặt của em 3 tháng nay",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(SELF_KEPT, CALM), risky=(SELF_KEPT_PAY_HELD, ESCALATED),
))
def test_passport_kept_by_the_user_herself(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# 48 hours in a week, overtime paid at 150%.
WEEK_OF_48 = [
    "this week i did 48 hours, 8 of them overtime paid at 150%, sunday off. is that counted right?",
    "w tym tygodniu zrobiłam 48 godzin, 8 godzin nadgodzin płatne 150%, niedziela wolna. dobrze to liczą?",
    "на этой неделе я отработала 48 часов, 8 часов сверхурочных оплачены 150%, воскресенье "
    "выходной. правильно считают?",
    "цього тижня я відпрацювала 48 годин, 8 годин понаднормових оплачені 150%, неділя вихідна. "
    "правильно рахують?",
    "esta semana hice 48 horas, 8 horas extra pagadas al 150%, domingo libre. lo calculan bien?",
    "săptămâna asta am lucrat 48 de ore, 8 ore suplimentare plătite 150%, duminica liberă. se "
    "calculează corect?",
    "tuần này em làm 48 tiếng, 8 tiếng tăng ca trả 150%, chủ nhật nghỉ. họ tính vậy đúng chưa ạ?",
]

# 15 hours a day, overtime unpaid, no day off.
DAY_OF_15 = [
    "every day i do 15 hours, the overtime is never paid and there is no day off",
    "codziennie robię po 15 godzin dziennie, nadgodzin nie płacą i nie ma dnia wolnego",
    "каждый день работаю по 15 часов в день, сверхурочные не платят и выходных нет",
    "щодня працюю по 15 годин на день, понаднормові не платять і вихідних немає",
    "todos los días hago 15 horas al día, las horas extra no las pagan y no hay día libre",
    "în fiecare zi lucrez 15 ore pe zi, orele suplimentare nu se plătesc și nu am zi liberă",
    "ngày nào em cũng làm 15 tiếng một ngày, tăng ca không trả tiền, không có ngày nghỉ",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(WEEK_OF_48, CALM), risky=(DAY_OF_15, ESCALATED),
))
def test_week_hours_with_overtime_paid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A question before leaving: what if they take my passport there.
WHAT_IF_PASSPORT = [
    "next week i go to a farm in Poland, contract signed, company checked. just in case: what if "
    "they take my passport there, what do i do?",
    "w przyszłym tygodniu jadę na farmę do Polski, umowa podpisana, firma sprawdzona. na wszelki "
    "wypadek: a jak tam zabiorą mi paszport, co wtedy?",
    "на следующей неделе еду на ферму в Польшу, договор подписан, фирму проверила. на всякий "
    "случай: если там заберут паспорт, что делать?",
    "наступного тижня їду на ферму в Польщу, договір підписаний, фірму перевірила. про всяк "
    "випадок: якщо там заберуть паспорт, що робити?",
    "la semana que viene voy a una granja en Polonia, contrato firmado, empresa verificada. por si "
    "acaso: si allá me quitan el pasaporte, qué hago?",
    "săptămâna viitoare plec la o fermă în Polonia, contract semnat, firma verificată. just in "
    "case: dacă acolo îmi iau pașaportul, ce fac?",
    "tuần sau em sang Ba Lan làm nông trại, hợp đồng ký rồi, công ty đã kiểm tra. hỏi trước thôi, "
    "nhỡ sang đó họ giữ hộ chiếu thì em làm sao?",
]

# Taken on the first day and still held.
PASSPORT_TAKEN_THERE = [
    "i came to a farm in Poland last week, on day one they took my passport and still have it. what "
    "do i do?",
    "tydzień temu przyjechałam na farmę w Polsce, pierwszego dnia zabrali mi paszport i dalej go "
    "trzymają. co robić?",
    "неделю назад приехала на ферму в Польшу, в первый день забрали паспорт и до сих пор держат. "
    "что делать?",
    "тиждень тому приїхала на ферму в Польщу, першого дня забрали паспорт і досі тримають. що робити?",
    "hace una semana llegué a una granja en Polonia, el primer día me quitaron el pasaporte y "
    "todavía lo tienen. qué hago?",
    "acum o săptămână am venit la o fermă în Polonia, în prima zi mi-au luat pașaportul și încă îl "
    "țin. ce fac?",
    "tuần trước em sang Ba Lan làm nông trại, ngày đầu họ giữ hộ chiếu của em tới giờ chưa trả. em "
    "phải làm sao?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(WHAT_IF_PASSPORT, CALM), risky=(PASSPORT_TAKEN_THERE, ESCALATED),
))
def test_what_if_they_keep_the_passport_there(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A 17-year-old saw a job online, a fee asked for the bus.
TEEN_SAW_OFFER = [
    "my son is 17, saw a job on tiktok picking apples in Belgium from july, 9 euro an hour, they "
    "want 200 upfront for the bus. thoughts?",
    "syn ma 17 lat, znalazł ofertę na tiktoku, zbieranie jabłek w Belgii od lipca, 9 euro za "
    "godzinę, chcą 200 z góry za busa. co myślicie?",
    "сыну 17, нашёл предложение в тиктоке, сбор яблок в Бельгии с июля, 9 евро в час, хотят 200 "
    "заранее за автобус. что думаете?",
    "сину 17, знайшов пропозицію в тіктоку, збір яблук у Бельгії з липня, 9 євро на годину, хочуть "
    "200 наперед за бус. що думаєте?",
    "mi hijo tiene 17, vio un trabajo en tiktok recogiendo manzanas en Bélgica desde julio, 9 euros "
    "la hora, piden 200 por adelantado para el bus. qué opinan?",
    "fiul meu are 17 ani, a văzut un job pe tiktok la cules mere în Belgia din iulie, 9 euro pe "
    "oră, vor 200 în avans pentru microbuz. ce ziceți?",
    "con trai tôi 17 tuổi, thấy việc trên tiktok hái táo ở Bỉ từ tháng 7, 9 euro/giờ, đòi đóng "
    "trước 200 tiền xe. mọi người thấy sao?",
]

# A 17-year-old picking 13 hours a day, unpaid.
TEEN_PICKING_UNPAID = [
    "my son is 17, he picks apples in Belgium 13 hours a day and they haven't paid him anything for "
    "a month",
    "syn ma 17 lat, zbiera jabłka w Belgii po 13 godzin dziennie i od miesiąca nic mu nie zapłacili",
    "сыну 17, собирает яблоки в Бельгии по 13 часов в день и за месяц ему ничего не заплатили",
    "сину 17, збирає яблука в Бельгії по 13 годин на день і за місяць йому нічого не заплатили",
    "mi hijo tiene 17, recoge manzanas en Bélgica 13 horas al día y en un mes no le han pagado nada",
    "fiul meu are 17 ani, culege mere în Belgia câte 13 ore pe zi și de o lună nu i-au plătit nimic",
    "con trai tôi 17 tuổi, hái táo ở Bỉ 13 tiếng một ngày, cả tháng nay họ không trả đồng nào",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(TEEN_SAW_OFFER, CALM), risky=(TEEN_PICKING_UNPAID, ESCALATED),
))
def test_teen_saw_a_job_online(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Phones collected on Sunday night and given back on Saturday.
PHONES_FOR_THE_WEEK = [
    "on the farm they collect our phones sunday night and give them back on saturday evening",
    "na farmie zbierają nam telefony w niedzielę wieczorem i oddają w sobotę wieczorem",
    "на ферме собирают телефоны в воскресенье вечером и отдают в субботу вечером",
    "на фермі збирають телефони в неділю ввечері і віддають у суботу ввечері",
    "en la granja nos recogen los celulares el domingo en la noche y los devuelven el sábado en la noche",
    "la fermă ne strâng telefoanele duminică seara și ni le dau înapoi sâmbătă seara",
    "ở trang trại điện thoại bị thu từ tối chủ nhật, tối thứ 7 mới trả",
]

# Old phones gathered by the workers for a charity.
PHONES_FOR_CHARITY = [
    "on the farm we gather old phones for a charity back home, can i send them by post?",
    "na farmie zbieramy stare telefony na zbiórkę dla domu dziecka, można je wysłać pocztą?",
    "на ферме мы собираем старые телефоны для детского дома, можно отправить их почтой?",
    "на фермі ми збираємо старі телефони для дитбудинку, можна надіслати їх поштою?",
    "en la granja juntamos celulares viejos para una caridad en mi pueblo, se pueden mandar por correo?",
    "la fermă adunăm telefoane vechi pentru o asociație de caritate, le pot trimite prin poștă?",
    "ở trang trại tụi em gom điện thoại cũ gửi từ thiện về quê, gửi bưu điện được không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(PHONES_FOR_THE_WEEK, ESCALATED), calm=(PHONES_FOR_CHARITY, CALM),
))
def test_phones_collected_for_the_week(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The gate locked at night, the shop only with the foreman.
SHOP_ONLY_WATCHED = [
    "the yard gate is locked at night, we can go to the shop only on sunday and only with the foreman",
    "brama na noc zamknięta, do sklepu tylko w niedzielę i tylko z brygadzistą",
    "ворота на ночь запирают, в магазин только в воскресенье и только с бригадиром",
    "ворота на ніч замикають, в магазин тільки в неділю і тільки з бригадиром",
    "el portón lo cierran de noche, a la tienda solo el domingo y solo con el encargado",
    "poarta e încuiată noaptea, la magazin doar duminica și doar cu brigadierul",
    "cổng khóa ban đêm, đi chợ chỉ chủ nhật, lúc nào cũng có ông cai đi kèm",
]

# The shop whenever they like, a lift on Saturdays.
SHOP_WHENEVER = [
    "we go to the shop whenever we like, on saturdays the foreman gives us a lift in his van",
    "do sklepu chodzimy kiedy chcemy, w soboty brygadzista podwozi nas busem",
    "в магазин ходим когда хотим, по субботам бригадир подвозит нас на бусе",
    "в магазин ходимо коли хочемо, по суботах бригадир підвозить нас бусом",
    "vamos a la tienda cuando queremos, los sábados el encargado nos lleva en su camioneta",
    "mergem la magazin când vrem, sâmbăta brigadierul ne duce cu duba",
    "tụi em đi chợ lúc nào cũng được, thứ 7 ông cai chở đi bằng xe của ổng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(SHOP_ONLY_WATCHED, ESCALATED), calm=(SHOP_WHENEVER, CALM),
))
def test_shop_only_with_the_foreman(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Bank accounts opened in the user's name, the cards handed to the boss.
ACCOUNTS_FOR_THE_BOSS = [
    "the manager at the plant told me to open 2 bank accounts in my name and hand him the cards, "
    "for wages he says",
    "kierownik w zakładzie kazał mi założyć 2 konta w banku na siebie i oddać mu karty, niby do wypłat",
    "начальник на заводе велел оформить на себя 2 счёта в банке и отдать ему карты, якобы для зарплат",
    "начальник на заводі сказав відкрити на себе 2 рахунки в банку і віддати йому картки, нібито "
    "для зарплат",
    "el encargado de la planta me dijo que abra 2 cuentas de banco a mi nombre y le dé las "
    "tarjetas, para los sueldos dice",
    "șeful de la fabrică mi-a zis să deschid 2 conturi la bancă pe numele meu și să-i dau "
    "cardurile, pentru salarii zice",
    "quản lý nhà máy bảo em mở 2 tài khoản ngân hàng đứng tên em rồi đưa thẻ cho ổng, nói là để trả lương",
]

# An account for the user's own wage, the card kept (pl, ru, uk; see the docstring).
ACCOUNT_OF_HER_OWN = [
    "kierownik w zakładzie kazał mi założyć konto w banku na siebie do wypłat, karta jest u mnie",
    "начальник на заводе велел открыть счёт в банке на себя для зарплаты, карта у меня",
    "начальник на заводі сказав відкрити рахунок у банку на себе для зарплати, картка у мене",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(ACCOUNTS_FOR_THE_BOSS, ESCALATED), calm=(ACCOUNT_OF_HER_OWN, CALM),
))
def test_bank_accounts_opened_for_the_boss(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Ran away at night, hiding near a petrol station, they drive around looking for the user.
HUNTED_AFTER_ESCAPE = [
    "ran from the farm at 2am, hiding behind a petrol station 3 km away, they are driving around "
    "looking for me. no money, they have my passport",
    "uciekłem z farmy o 2 w nocy, siedzę za stacją benzynową 3 km dalej, jeżdżą autem i mnie "
    "szukają. zero kasy, paszport mają oni",
    "сбежал с фермы в 2 ночи, сижу за заправкой в 3 км, они ездят на машине ищут меня. денег ноль, "
    "паспорт у них",
    "втік з ферми о 2 ночі, сиджу за заправкою за 3 км, вони їздять машиною шукають мене. грошей "
    "нуль, паспорт у них",
    "me volé de la finca a las 2 am, estoy detrás de una gasolinera a 3 km, andan en carro "
    "buscándome. 0 plata, el pasaporte lo tienen ellos",
    "am fugit de la fermă la 2 noaptea, stau după o benzinărie la 3 km, se plimbă cu mașina și mă "
    "caută. 0 bani, pașaportul e la ei",
    "em trốn khỏi trang trại lúc 2h sáng, đang ngồi sau cây xăng cách 3 km, họ chạy xe đi tìm em. 0 "
    "đồng, hộ chiếu họ giữ",
]

# A cousin drives around looking for the user after a party (pl, ru, uk, es, vi; see the docstring).
COUSIN_LOOKING = [
    "wyszedłem z imprezy o 2 w nocy, czekam za stacją benzynową 3 km dalej, kuzyn jeździ autem i "
    "mnie szuka żeby odwieźć do domu",
    "ушёл с вечеринки в 2 ночи, жду за заправкой в 3 км, брат ездит на машине ищет меня чтобы "
    "отвезти домой",
    "пішов з вечірки о 2 ночі, чекаю за заправкою за 3 км, брат їздить машиною шукає мене щоб "
    "відвезти додому",
    "salí de la fiesta a las 2 am, espero detrás de una gasolinera a 3 km, mi primo anda en carro "
    "buscándome para llevarme a casa",
    "em về từ bữa tiệc lúc 2h sáng, đang chờ sau cây xăng cách 3 km, anh họ chạy xe đi tìm em để "
    "chở về nhà",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hunted=(HUNTED_AFTER_ESCAPE, DANGER), cousin=(COUSIN_LOOKING, BELOW_DANGER),
))
def test_hunted_by_car_after_running_away(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
