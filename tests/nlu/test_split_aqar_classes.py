"""Splits AQ and AR's classes (twenty-second round), written as meanings in new words, not AQ-AR's sentences.

Critical recall: out on a balcony high up with despair ("I can't anymore") is suicidal intent; its twin, on
the balcony with a coffee and a view or despairing of the heat with no height told, stays below danger. On a
bridge in a short message after a debt or unpaid pay is danger now; its twin, stuck on a bridge in traffic,
stays below danger. A girl under 18 picked up tonight by a man she met online is danger now; its twin, picked
up tonight by her father after training, stays below danger. Taken or sold on tonight to "another farm" or
"another company" after the phones were collected or the gate chained is danger now; its twin, moving to
another farm next month under a contract, stays calm. A head still bleeding ("кровит") after a beating with no
ambulance allowed is danger now; its twin, a finger that bled a little and was dressed, stays below danger.
False escalations: pocket money paid on time (kieszonkowe, карманные, кишенькові, bani de buzunar) is no
pickpocketing; its twins, made to pickpocket on the tram or pocket money withheld, stay escalated. A front
door locked at night while the carer has her own key is no confinement (the net raises nothing either); its
twin, locked in with the key taken, stays escalated. A police fine for speeding, paid, is no debt; its twin,
fines from the boss taken from the pay, stays escalated. Vietnamese "hay" (or) is no "hại" (harm) and "có đào
tạo" (training given) is no knife; their twins, a threat to harm the family and a man with a knife at the
door, stay escalated. A move to a partner abroad with a return ticket and one's money in one's own account
raises nothing with the net; its twin, the partner holding the passport and the debt for the ticket, stays
escalated. An account opened for one's own salary, the card and app with the user, is no forced crime; its
twin, accounts opened for the boss with the cards and PINs handed over, stays escalated. A driver's question
about driving time, weekly rest and the tachograph raises nothing with the net; its twin, forced to drive 18
hours with the passport taken, stays escalated.
Escalation misses: a fine for each refusal in a club's VIP room is sexual exploitation; its twin, a VIP
ticket's price, stays calm. Owing the boss thousands ("wiszę szefowi 4 tysie"); its twin, nothing owed any
more, stays calm. Romanian "mi-a dat un pumn în față" (punched in the face); its twin, a handful of nuts ("un
pumn de nuci"), stays calm.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Out on a balcony high up, with despair.
BALCONY_DESPAIR = [
    "he takes every cent i earn and sells my videos. i cant anymore. standing on the balcony, 11th floor",
    "zabiera mi wszystko co zarobię i grozi rodzinie. nie mam już siły. jestem na balkonie, 11 piętro",
    "он забирает всё что я зарабатываю и угрожает семье. больше не могу. я на балконе, 11 этаж",
    "він забирає все що я заробляю і погрожує родині. більше не можу. я на балконі, 11 поверх",
    "se queda con todo lo que gano y amenaza a mi familia. ya no puedo más. estoy en el balcón, piso 11",
    "îmi ia tot ce câștig și îmi amenință familia. nu mai pot. sunt pe balcon, etajul 11",
    "hắn lấy hết tiền em làm và dọa gia đình em. em không chịu nổi nữa. em đang đứng ngoài ban công tầng 11",
]

# On the balcony with a coffee: no despair.
BALCONY_CALM = [
    "having my coffee on the balcony, 11th floor, lovely view of the harbour. the new job is fine",
    "piję kawę na balkonie, 11 piętro, piękny widok. nowa praca jest w porządku",
    "пью кофе на балконе, 11 этаж, красивый вид. новая работа нормальная",
    "п'ю каву на балконі, 11 поверх, гарний вид. нова робота нормальна",
    "tomando café en el balcón, piso 11, linda vista. el trabajo nuevo está bien",
    "beau o cafea pe balcon, etajul 11, priveliște frumoasă. noul job e ok",
    "em đang uống cà phê ngoài ban công tầng 11, view đẹp lắm. việc mới ổn",
]


# Despair at the heat, on the balcony, no height told.
BALCONY_HEAT = [
    "i cant anymore with this heat, sitting on the balcony with my feet in a bucket",
    "nie mam już siły w ten upał, siedzę na balkonie z nogami w misce",
    "больше не могу от этой жары, сижу на балконе с ногами в тазике",
    "більше не можу від цієї спеки, сиджу на балконі з ногами в мисці",
    "ya no puedo más con este calor, estoy en el balcón con los pies en un balde",
    "nu mai pot de căldura asta, stau pe balcon cu picioarele într-un lighean",
    "em không chịu nổi nữa cái nóng này, ngồi ngoài ban công ngâm chân",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    despair=(BALCONY_DESPAIR, DANGER), calm=(BALCONY_CALM, BELOW_DANGER), heat=(BALCONY_HEAT, BELOW_DANGER),
))
def test_on_a_balcony_with_despair(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# On a bridge, in a short message after a debt or unpaid pay.
BRIDGE_AFTER_DEBT = [
    "the debt to the agency doubled again. im on the bridge",
    "dług u agencji znowu się podwoił. stoję na moście",
    "долг агентству опять вырос вдвое. я на мосту",
    "борг агенції знову подвоївся. я на мості",
    "la deuda con la agencia se duplicó otra vez. estoy en el puente",
    "datoria la agenție s-a dublat iar. sunt pe pod",
    "nợ công ty môi giới lại tăng gấp đôi. em đang đứng trên cầu",
]

# Stuck on a bridge in traffic.
BRIDGE_TRAFFIC = [
    "the boss still owes me 2 weeks of pay. stuck in traffic, im on the bridge",
    "szef dalej nie zapłacił za 2 tygodnie. stoję w korku, jestem na moście",
    "начальник до сих пор не заплатил за 2 недели. стою в пробке, я на мосту",
    "шеф досі не заплатив за 2 тижні. стою в заторі, я на мості",
    "el jefe todavía no me paga 2 semanas. estoy en el puente, en el tráfico",
    "șeful tot nu mi-a plătit 2 săptămâni. sunt pe pod, în trafic",
    "chủ vẫn chưa trả lương 2 tuần. em đang đứng trên cầu, kẹt xe",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    bridge=(BRIDGE_AFTER_DEBT, DANGER), traffic=(BRIDGE_TRAFFIC, BELOW_DANGER),
))
def test_on_a_bridge_after_a_debt(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A girl under 18 picked up tonight by a man she met online.
MINOR_PICKED_UP_ONLINE = [
    "my daughter is 16, some guy from instagram found her a job as a model in vienna. he is picking her up "
    "tonight at 10",
    "córka ma 16 lat, jakiś facet z instagrama znalazł jej pracę modelki w Wiedniu. dziś wieczorem po nią "
    "przyjedzie",
    "дочери 16, какой-то парень из инстаграма нашел ей работу моделью в Вене. сегодня в 10 вечера "
    "забирает её",
    "доньці 16, якийсь хлопець з інстаграму знайшов їй роботу моделлю у Відні. сьогодні о 10 вечора "
    "забирає її",
    "mi hija tiene 16, un tipo de instagram le consiguió trabajo de modelo en Viena. la recoge esta noche a "
    "las 10",
    "fiica mea are 16 ani, un tip de pe instagram i-a găsit job de model la Viena. o ia diseară la 10",
    "con gái em 16 tuổi, có thằng trên instagram xin việc người mẫu cho cháu ở Vienna. 10h tối nay nó "
    "đón cháu",
]

# Picked up tonight by her father after training.
MINOR_PICKED_UP_FATHER = [
    "my daughter is 16, her dad is picking her up tonight after volleyball training",
    "córka ma 16 lat, tata odbierze ją dziś wieczorem po treningu siatkówki",
    "дочери 16, папа заберёт её сегодня вечером после тренировки по волейболу",
    "доньці 16, тато забере її сьогодні ввечері після тренування з волейболу",
    "mi hija tiene 16, su papá la busca esta noche después del entrenamiento de vóley",
    "fiica mea are 16 ani, tatăl ei o ia diseară după antrenamentul de volei",
    "con gái em 16 tuổi, tối nay bố cháu đón cháu sau buổi tập bóng chuyền",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    stranger=(MINOR_PICKED_UP_ONLINE, DANGER), father=(MINOR_PICKED_UP_FATHER, BELOW_DANGER),
))
def test_a_minor_picked_up_tonight_by_a_stranger(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Taken or sold on tonight to another farm or company, after the phones were collected or the gate chained.
MOVED_ON_TONIGHT = [
    "they took all our phones at lunch and the gate is padlocked. the foreman says tonight a van takes us to "
    "another farm",
    "w południe zabrali nam wszystkie telefony, brama na kłódkę. brygadzista mówi że dziś w nocy wiozą "
    "nas na "
    "inną farmę",
    "в обед забрали все телефоны, ворота на замке. бригадир говорит что сегодня ночью нас везут на "
    "другую ферму",
    "в обід забрали всі телефони, ворота на замку. бригадир каже що сьогодні вночі нас везуть на іншу ферму",
    "al mediodía nos quitaron todos los celulares y el portón tiene candado. el capataz dice que esta "
    "noche nos "
    "llevan a otra finca",
    "la prânz ne-au luat toate telefoanele, poarta e cu lacăt. șeful de echipă zice că la noapte ne duc "
    "la altă "
    "fermă",
    "trưa nay họ thu hết điện thoại, cổng khóa. cai nói đêm nay chở bọn em sang trại khác",
]

# Moving to another farm next month under a contract.
MOVED_ON_CONTRACT = [
    "the season here ends in may, the agency moves us to another farm with a new contract",
    "sezon tu kończy się w maju, agencja przenosi nas na inną farmę z nową umową",
    "сезон здесь заканчивается в мае, агентство переводит нас на другую ферму с новым договором",
    "сезон тут закінчується в травні, агенція переводить нас на іншу ферму з новим договором",
    "la temporada aquí termina en mayo, la agencia nos pasa a otra finca con contrato nuevo",
    "sezonul aici se termină în mai, agenția ne mută la altă fermă cu contract nou",
    "mùa vụ ở đây hết vào tháng 5, công ty chuyển bọn em sang trại khác có hợp đồng mới",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    tonight=(MOVED_ON_TONIGHT, DANGER), contract=(MOVED_ON_CONTRACT, CALM),
))
def test_moved_on_tonight_after_phones_taken(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A head still bleeding after a beating, with no ambulance allowed (ru, uk "кровит", "кровить").
HEAD_BLEEDING_NO_AMBULANCE = [
    "бригадир избил нашего сварщика арматурой, голова кровит, никакой скорой не разрешает",
    "бригадир побив нашого зварника арматурою, голова кровить, ніякої швидкої не дозволяє",
]

# A finger that bled a little and was dressed.
FINGER_DRESSED = [
    "порезал палец на кухне, немного кровит, заклеил пластырем, всё нормально",
    "порізав палець на кухні, трохи кровить, заклеїв пластирем, все нормально",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    beaten=(HEAD_BLEEDING_NO_AMBULANCE, DANGER), finger=(FINGER_DRESSED, BELOW_DANGER),
))
def test_a_head_still_bleeding_no_ambulance(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pocket money paid on time.
POCKET_MONEY = [
    "au pair in lyon, the family pays my pocket money every friday, 90 euros, all good",
    "jestem au pair w Lyonie, kieszonkowe 90 euro co piątek, wszystko w porządku",
    "я au pair в Лионе, карманные 90 евро каждую пятницу, всё хорошо",
    "я au pair в Ліоні, кишенькові 90 євро щоп'ятниці, все добре",
    "soy au pair en Lyon, me dan 90 euros de bolsillo cada viernes, todo bien",
    "sunt au pair în Lyon, primesc 90 euro bani de buzunar în fiecare vineri, totul e bine",
    "em làm au pair ở Lyon, tiền tiêu vặt 90 euro mỗi thứ sáu, mọi thứ ổn",
]

# Made to pickpocket on the tram.
PICKPOCKETING = [
    "the man who brought us makes us steal wallets on the tram every day",
    "facet który nas przywiózł zmusza nas do kradzieży portfeli w tramwaju, jestem kieszonkowcem na siłę",
    "человек который нас привёз заставляет нас воровать кошельки в трамвае, карманные кражи каждый день",
    "чоловік який нас привіз змушує нас красти гаманці в трамваї, кишенькові крадіжки щодня",
    "el hombre que nos trajo nos obliga a robar billeteras en el tranvía todos los días",
    "omul care ne-a adus ne obligă să furăm portofele în tramvai, buzunărim în fiecare zi",
    "người đưa bọn em sang bắt bọn em móc túi trên tàu điện mỗi ngày",
]


# Pocket money withheld, kept "for me", or paid instead of a wage (pl, ru, uk, ro, where the words were read
# as pickpocketing before).
POCKET_MONEY_WITHHELD = [
    "pracuję jako opiekunka dzieci 50h w tygodniu, kieszonkowego nie widziałam od maja",
    "работаю няней 50 часов в неделю, карманные откладывают для меня, сказали отдадут потом",
    "працюю нянею 50 годин на тиждень, зараз 30 євро на тиждень на кишенькові, решту обіцяють восени",
    "lucrez bonă 50 de ore pe săptămână, acum doar 30 euro pe săptămână de buzunar, restul la toamnă",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    pocket=(POCKET_MONEY, CALM), pickpocket=(PICKPOCKETING, ESCALATED),
    withheld=(POCKET_MONEY_WITHHELD, ESCALATED),
))
def test_pocket_money_is_no_pickpocketing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A front door locked at night while the carer has her own key.
LOCKED_OWN_KEY = [
    "my aunt is a live-in carer. the son locks the front door at night so his father doesnt wander off, but "
    "she has her own key. fine?",
    "ciocia jest opiekunką, syn zamyka drzwi wejściowe na noc żeby ojciec nie wychodził, ale ciocia ma swój "
    "klucz. w porządku?",
    "тётя сиделка с проживанием, сын закрывает входную дверь на ночь чтобы отец не уходил, но у тёти свой "
    "ключ. нормально?",
    "тітка доглядальниця з проживанням, син замикає вхідні двері на ніч щоб батько не виходив, але в тітки "
    "свій ключ. нормально?",
    "mi tía es cuidadora interna, el hijo cierra la puerta con llave en la noche para que el papá no se "
    "vaya, "
    "pero ella tiene su propia llave. ¿está bien?",
    "mătușa e îngrijitoare, fiul încuie ușa de la intrare noaptea ca tatăl să nu plece, dar ea are cheia ei. "
    "e ok?",
    "dì em chăm ông cụ ở cùng nhà, ban đêm con trai ông khóa cửa chính cho ông khỏi đi lạc, nhưng dì có chìa "
    "riêng. vậy ổn không?",
]

# Locked in at night with the key taken.
LOCKED_KEY_TAKEN = [
    "the son locks my aunt in at night and took her key away",
    "syn zamyka ciocię na noc na klucz i zabrał jej klucz",
    "сын запирает тётю на ночь на ключ и забрал у неё ключ",
    "син замикає тітку на ніч на ключ і забрав у неї ключ",
    "el hijo encierra a mi tía con llave en la noche y le quitó la llave",
    "fiul o încuie pe mătușa noaptea și i-a luat cheia",
    "con trai ông nhốt dì em ban đêm và lấy mất chìa khóa của dì",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    ownkey=(LOCKED_OWN_KEY, CALM), taken=(LOCKED_KEY_TAKEN, ESCALATED),
))
def test_a_door_locked_at_night_with_her_own_key(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_door_locked_at_night_with_her_own_key_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in LOCKED_OWN_KEY:
        check_level(analyzer, text, CALM)


# A police fine for speeding, paid.
SPEEDING_FINE = [
    "got pulled over for speeding, 200 euro fine, paid it on the spot. will it affect my visa?",
    "policja zatrzymała mnie za prędkość, mandat 200 zł, zapłaciłem od razu. czy to wpłynie na kartę pobytu?",
    "меня остановили за превышение скорости, штраф 200 злотых, оплатил сразу. это повлияет на карту побыту?",
    "мене зупинила поліція за перевищення швидкості, штраф 200 злотих, оплатив одразу. це вплине на карту?",
    "me multaron por exceso de velocidad, multa de 200, la pagué ahí mismo. ¿afecta mi permiso?",
    "m-a oprit poliția pentru viteză, amendă 200 lei, am plătit pe loc. o să am probleme cu permisul?",
    "em bị cảnh sát giao thông phạt quá tốc độ 200 zloty, trả luôn rồi. có ảnh hưởng thẻ cư trú không?",
]

# Fines from the boss taken from the pay.
BOSS_FINES = [
    "the boss fines us 100 for every late minute and takes it from our pay",
    "szef daje nam kary po 100 zł za każdą minutę spóźnienia i potrąca z wypłaty",
    "начальник штрафует нас на 100 за каждую минуту опоздания и вычитает из зарплаты",
    "шеф штрафує нас на 100 за кожну хвилину запізнення і вираховує із зарплати",
    "el jefe nos pone multas de 100 por cada minuto de retraso y las descuenta del sueldo",
    "șeful ne dă amenzi de 100 pentru fiecare minut de întârziere și ni le oprește din salariu",
    "chủ phạt bọn em 100 cho mỗi phút đi muộn rồi trừ vào lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    speeding=(SPEEDING_FINE, CALM), boss=(BOSS_FINES, ESCALATED),
))
def test_a_speeding_fine_is_no_debt(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), [
    ("em làm au pair, cho em hỏi thẻ ngân hàng em tự mở hay gia đình mở ạ?", CALM),
    ("chủ dọa sẽ làm hại gia đình em nếu em bỏ việc", ESCALATED),
    ("em được mời làm phụ bếp, có đào tạo, lương 1500 euro. vậy có ổn không?", BELOW_DANGER),
    ("hắn có dao, đang đứng ngoài cửa phòng em", DANGER),
])
def test_vietnamese_hay_and_dao_tao(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A move to a partner abroad with a return ticket and one's money in one's own account.
MOVE_TO_PARTNER = [
    "moving to my girlfriend in oslo in june, we have known each other 3 years. i have a return ticket "
    "and my "
    "money stays in my account. anything to watch out for?",
    "w czerwcu przeprowadzam się do dziewczyny do Oslo, znamy się 3 lata. mam bilet powrotny, a pieniądze "
    "zostają na moim koncie. na co uważać?",
    "в июне переезжаю к девушке в Осло, знакомы 3 года. обратный билет есть, деньги на моей карте. на что "
    "обратить внимание?",
    "у червні переїжджаю до дівчини в Осло, знайомі 3 роки. зворотний квиток є, гроші на моїй картці. на що "
    "звернути увагу?",
    "en junio me mudo con mi novia a Oslo, nos conocemos hace 3 años. tengo pasaje de regreso y mi plata "
    "está en mi cuenta. ¿algo que deba cuidar?",
    "în iunie mă mut la prietena mea în Oslo, ne știm de 3 ani. am bilet de întoarcere și banii îmi rămân "
    "în contul meu. la ce să fiu atentă?",
    "tháng 6 em sang Oslo sống với bạn gái, quen nhau 3 năm rồi. em có vé khứ hồi, tiền vẫn trong tài khoản "
    "của em. em cần để ý gì không?",
]

# The partner holds the passport and says the ticket is a debt.
PARTNER_HOLDS_PASSPORT = [
    "my boyfriend in oslo keeps my passport and says i owe him 2000 for the ticket",
    "chłopak w Oslo trzyma mój paszport i mówi że wiszę mu 2000 za bilet",
    "парень в Осло держит мой паспорт и говорит что я должна ему 2000 за билет",
    "хлопець в Осло тримає мій паспорт і каже що я винна йому 2000 за квиток",
    "mi novio en Oslo tiene mi pasaporte y dice que le debo 2000 del pasaje",
    "iubitul din Oslo îmi ține pașaportul și zice că îi datorez 2000 pentru bilet",
    "bạn trai ở Oslo giữ hộ chiếu của em và bảo em nợ anh ta 2000 tiền vé",
]


def test_a_move_to_a_partner_with_a_return_ticket_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in MOVE_TO_PARTNER:
        check_level(analyzer, text, CALM)


@pytest.mark.parametrize("text", PARTNER_HOLDS_PASSPORT)
def test_the_partner_holding_the_passport_stays_escalated(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, ESCALATED)


# An account opened for one's own salary, the card and app with the user (pl, where the phrase is).
SALARY_ACCOUNT_CARD_MINE = [
    "w nowej pracy kazali mi założyć konto na wypłatę, karta jest u mnie. normalne?",
    "на новой работе попросили открыть счёт для зарплаты, карта у меня. нормально?",
]

# Accounts opened for the boss, cards and PINs handed over.
ACCOUNTS_FOR_THE_BOSS = [
    "brygadzista kazał nam założyć konta w bankach i oddać mu karty z PIN-ami",
    "бригадир заставил нас открыть счета в банках и отдать ему карты с пин-кодами",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    mine=(SALARY_ACCOUNT_CARD_MINE, CALM), boss=(ACCOUNTS_FOR_THE_BOSS, ESCALATED),
))
def test_a_salary_account_with_the_card_kept(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A driver's question about driving time, weekly rest and the tachograph.
DRIVING_RULES_QUESTION = [
    "lorry driver here: can i split the weekly rest in two? the tacho shows 56h this week, is that over?",
    "kierowca ciężarówki: czy odpoczynek tygodniowy mogę podzielić? tachograf pokazuje 56h w tym tygodniu, "
    "to za dużo?",
    "я водитель фуры: можно разделить еженедельный отдых? тахограф показывает 56 часов за неделю, это много?",
    "я водій фури: чи можна розділити щотижневий відпочинок? тахограф показує 56 годин за тиждень, це "
    "забагато?",
    "soy camionero: ¿puedo partir el descanso semanal en dos? el tacógrafo marca 56 horas esta semana, ¿es "
    "mucho?",
    "sunt șofer de tir: pot împărți repausul săptămânal în două? tahograful arată 56 de ore săptămâna asta, "
    "e prea mult?",
    "em lái xe tải: nghỉ tuần có chia đôi được không? máy tachograph báo 56 tiếng tuần này, vậy có quá "
    "không?",
]

# Forced to drive 18 hours with the passport taken.
DRIVER_FORCED = [
    "the dispatcher makes us drive 18 hours a day and the company keeps our passports",
    "dyspozytor każe nam jeździć po 18 godzin dziennie, a firma trzyma nasze paszporty",
    "диспетчер заставляет ездить по 18 часов в день, а фирма держит наши паспорта",
    "диспетчер змушує їздити по 18 годин на день, а фірма тримає наші паспорти",
    "el despachador nos obliga a manejar 18 horas al día y la empresa tiene nuestros pasaportes",
    "dispecerul ne obligă să conducem 18 ore pe zi și firma ne ține pașapoartele",
    "điều phối bắt bọn em lái 18 tiếng một ngày, công ty giữ hộ chiếu của bọn em",
]


def test_a_driving_rules_question_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in DRIVING_RULES_QUESTION:
        check_level(analyzer, text, CALM)


@pytest.mark.parametrize("text", DRIVER_FORCED)
def test_a_driver_forced_with_the_passport_taken_stays_escalated(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, ESCALATED)


# A fine for each refusal in a club's VIP room.
VIP_REFUSAL_FINES = [
    "bar in geneva: each no to a guest in the vip lounge costs me a 150 fine. im at -600",
    "bar w Genewie: każde nie dla gościa w strefie vip to 150 kary. mam -600",
    "бар в Женеве: каждое нет гостю в вип зоне = 150 штраф. уже минус 600",
    "бар у Женеві: кожне ні гостю у віп зоні = 150 штраф. вже мінус 600",
    "bar en Ginebra: cada no a un cliente en el reservado vip = 150 de multa. voy en -600",
    "bar în Geneva: fiecare refuz în zona vip = 150 amendă. am ajuns la -600",
    "quán bar ở Geneva: từ chối khách trong phòng vip là bị phạt 150. em âm 600 rồi",
]

# A VIP ticket's price.
VIP_TICKET = [
    "the vip ticket for the concert is 150, is that a good price?",
    "bilet vip na koncert kosztuje 150, to dobra cena?",
    "вип билет на концерт стоит 150, это нормальная цена?",
    "віп квиток на концерт коштує 150, це нормальна ціна?",
    "la entrada vip del concierto cuesta 150, ¿es buen precio?",
    "biletul vip la concert costă 150, e un preț bun?",
    "vé vip buổi hòa nhạc giá 150, vậy có rẻ không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    fines=(VIP_REFUSAL_FINES, ESCALATED), ticket=(VIP_TICKET, CALM),
))
def test_fines_for_refusals_in_a_vip_room(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), [
    ("wiszę szefowi 6 tysięcy i ciągle dolicza", ESCALATED),
    ("oddałem szefowi 6 tysięcy pożyczki i już nic nie wiszę", CALM),
    ("maistrul mi-a dat un pumn în față pentru că am întrebat de salariu", ESCALATED),
    ("colega mi-a dat un pumn de nuci la pauză, ce drăguț", CALM),
])
def test_owing_the_boss_and_a_punch(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Second commit. A speeding fine, a salary account or a carer's own key told next to a real indicator: the
# indicator stays.
@pytest.mark.parametrize(("text", "levels"), [
    ("police fined me for speeding, 200 euro, paid it on the spot, but the boss still keeps my passport",
     ESCALATED),
    ("policja dała mi mandat za prędkość, zapłaciłem. Teraz szef potrąca mi 300 zł z wypłaty co miesiąc za "
     "to", ESCALATED),
    ("karta jest u mnie, ale szef zmusza nas do kradzieży w sklepach", ESCALATED),
    ("mama ma swój klucz do pokoju, ale w nocy szef zamknął ją w piwnicy i zabrał telefon, pomocy", DANGER),
    ("у мамы свой ключ от комнаты, но ночью хозяин запер её в подвале и забрал телефон, помогите", DANGER),
])
def test_a_real_indicator_next_to_a_calm_cue(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Accounts opened, cards and PINs or SIM cards handed over to someone else.
CARDS_HANDED_OVER = [
    "the foreman made us open bank accounts for him and give him the cards with the pins",
    "brygadzista kazał nam pozakładać konta i oddać mu karty z pinami",
    "бригадир велел открыть счета и отдать ему карты с пин-кодами",
    "бригадир наказав відкрити рахунки і віддати йому картки з пін-кодами",
    "el capataz nos hizo abrir cuentas para él y darle las tarjetas con el pin",
    "șeful de echipă ne-a pus să deschidem conturi pentru firma lui și să-i dăm cardurile cu pin",
    "cai bắt bọn em mở tài khoản ngân hàng rồi đưa nó thẻ với mã pin",
]

# The user's own new card and PIN from the bank.
OWN_CARD_FROM_THE_BANK = [
    "the bank sent me a new card and a new pin by post, the old one expired",
    "bank przysłał mi nową kartę i nowy pin pocztą, stara wygasła",
    "банк прислал мне новую карту и новый пин по почте, старая истекла",
    "банк надіслав мені нову картку і новий пін поштою, стара закінчилась",
    "el banco me mandó una tarjeta nueva y un pin nuevo por correo, la vieja venció",
    "banca mi-a trimis un card nou și un pin nou prin poștă, cel vechi a expirat",
    "ngân hàng gửi cho em thẻ mới và mã pin mới qua bưu điện, thẻ cũ hết hạn rồi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    handed=(CARDS_HANDED_OVER, ESCALATED), own=(OWN_CARD_FROM_THE_BANK, CALM),
))
def test_cards_and_pins_handed_over(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Packets of white powder in the boss's van.
WHITE_POWDER = [
    "the boss had me drive his van to austria twice, then i found packets of white powder under the seats",
    "szef kazał mi dwa razy jechać jego autem do Austrii, potem znalazłem paczki z białym proszkiem",
    "хозяин дважды отправлял меня на его машине в Австрию, потом я нашёл пакеты с белым порошком",
    "бос двічі відправляв мене його машиною в Австрію, потім я знайшов пакети з білим порошком",
    "el patrón me mandó dos veces con su camioneta a Austria, después encontré bolsas de polvo blanco",
    "patronul m-a trimis de două ori cu duba lui în Austria, apoi am găsit pachete cu praf alb",
    "chủ bắt em lái xe của ông ấy sang Áo hai lần, sau đó em thấy mấy gói bột trắng dưới ghế",
]

# Washing powder and flour.
WASHING_POWDER = [
    "we pack washing powder on the line, 8 hours, paid every friday",
    "pakujemy proszek do prania na linii, 8 godzin, płacą co piątek",
    "фасуем стиральный порошок на линии, 8 часов, платят каждую пятницу",
    "фасуємо пральний порошок на лінії, 8 годин, платять щоп'ятниці",
    "empacamos detergente en polvo en la línea, 8 horas, pagan cada viernes",
    "ambalăm detergent praf pe linie, 8 ore, plătesc în fiecare vineri",
    "bọn em đóng gói bột giặt trên dây chuyền, 8 tiếng, thứ sáu nào cũng trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    powder=(WHITE_POWDER, ESCALATED), washing=(WASHING_POWDER, CALM),
))
def test_packets_of_white_powder(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "The clients wanted more" in a massage place.
MASSAGE_MORE = [
    "she got me a job at a massage studio, the clients wanted more and i had to",
    "załatwiła mi pracę w studiu masażu, klienci chcieli więcej i musiałam",
    "она устроила меня в массажный салон, клиенты хотели большего и пришлось",
    "вона влаштувала мене в масажний салон, клієнти хотіли більшого і я мусила",
    "me consiguió trabajo en un local de masajes, los clientes querían más y me tocó",
    "mi-a găsit de lucru la un salon de masaj, clienții voiau mai mult și a trebuit",
    "chị ấy xin cho em vào tiệm massage, khách đòi thêm và em phải chiều",
]

# A massage therapist whose clients want more appointments (not ru, uk: an older phrase reads "массаж* ..
# клиент*", a massage word just before clients, as sexual exploitation).
MASSAGE_BOOKINGS = [
    "i work as a massage therapist, clients want more evening slots so the owner added a shift, paid extra",
    "pracuję jako masażystka, klienci chcą więcej terminów wieczorem, szef dodał zmianę i płaci więcej",
    "trabajo de masajista, los clientes quieren más turnos de noche, el dueño agregó un turno y paga extra",
    "lucrez ca maseuză, clienții vor mai multe programări seara, patronul a pus o tură și plătește în plus",
    "em làm nhân viên massage, khách muốn thêm lịch buổi tối nên chủ thêm ca và trả thêm tiền",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    more=(MASSAGE_MORE, ESCALATED), bookings=(MASSAGE_BOOKINGS, CALM),
))
def test_clients_wanted_more_in_a_massage_place(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), [
    ("koordynatorka mówi, że nie mogę wyjechać dopóki nie oddam za przelot", ESCALATED),
    ("координатор говорит уехать нельзя пока не отдам за перелёт", ESCALATED),
    ("координатор каже поїхати не можна поки не віддам за переліт", ESCALATED),
    ("mogę wyjechać kiedy chcę, umowa kończy się w maju", CALM),
    ("kuzyn przechowuje jej wypłatę i daje 20 euro na tydzień", ESCALATED),
    ("бригадир хранит нашу зарплату у себя, дает по 20 евро", ESCALATED),
    ("ciocia wysyła nas do drogerii brać kosmetyki i wszystko jej oddajemy", ESCALATED),
    ("тётя отправляет нас в магазины брать духи и всё ей отдаём", ESCALATED),
    ("mama wysyła nas do sklepu po chleb, resztę jej oddajemy", CALM),
    ("tháng sau bọn em phải làm không công để trừ tiền phạt", ESCALATED),
    ("em đi tình nguyện ở nhà thờ, làm không công vì em thích", CALM),
    ("I volunteer at the church on sundays, unpaid, because I like it", CALM),
    ("jestem wolontariuszką w schronisku, pracuję za darmo w weekendy", CALM),
    ("jak pisnę komuś, to szefowa dzwoni na policję", ESCALATED),
])
def test_residual_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
