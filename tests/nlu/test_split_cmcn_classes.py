"""Splits CM and CN's classes (forty-fifth round), with CK-CL's residuals, written as meanings in new words,
not the splits' sentences.

Critical recall: taken into a car and told he will be killed unless he pays today is danger now (the same told
as a story of two years ago, now safe, stays below danger); a debt to be 'closed' by going with a client
tonight is danger now (dinner with a client tonight about a company's debt is calm); a whispered "help me, he
forces me" is danger now (a child whispering "help" over soup is calm); hiding locked in a bathroom or a room
while someone knocks or stands at the door, with fear or a plea, is danger now (locked in the bathroom to
study while a little brother knocks is calm); a child held now, calling just now or some minutes ago, is
danger now (a child who told just now of a summer when she was not let home, and is home now, stays below
danger); uk "сьогодні вночі хочу все це закінчити" in a situation is danger now (the boxes of a move stay
calm); vi "cổng khoá" (the gate locked) is confinement; Russian and Ukrainian typed in the j scheme ("pjanyj",
"ljudej") are identified as Russian and Ukrainian, not Polish (a Polish sentence stays Polish).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Taken into a car and a death threat with today's deadline.
CAR_KILL_TODAY = [
    'my uncle owes money to some guys, they pushed him into a van, if he doesnt pay them today they will '
        'kill him',
    'wuja wepchnęli do busa, mówią że jak dzisiaj nie zapłaci 5000 to go zabiją',
    'дядю затолкали в фургон, сказали если сегодня не заплатит 5000 то убьют',
    'дядька заштовхали у бус, сказали якщо сьогодні не заплатить 5000 то вбʼють',
    'a mi tío lo subieron a una camioneta, le dijeron que si hoy no paga 5000 lo matan',
    'pe unchiul meu l-au urcat în dubă, i-au zis că dacă azi nu plătește 5000 îl omoară',
    'họ lôi chú em lên xe, nói nếu hôm nay không trả 5000 thì giết',
]
CAR_KILL_PAST = [
    'two years ago they pushed me into a van and said if i dont pay them today they will kill me, now i live '
        'safely in Poland and want to ask about compensation',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(CAR_KILL_TODAY, DANGER),
                                                   past=(CAR_KILL_PAST, BELOW_DANGER)))
def test_taken_into_a_car_and_killed_unless_paid_today(rules: Analyzer, text: str,
                                                        levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A debt to be 'closed' by going with a client tonight.
DEBT_CLIENT_TONIGHT = [
    'the madam says my debt is too big and tonight i have to go with a client to pay it',
    'szefowa mówi że dług jest za duży i dziś w nocy mam pojechać z klientem żeby go spłacić',
    'хозяйка говорит что долг огромный и сегодня ночью я должна поехать с клиентом чтобы его отработать',
    'хазяйка каже що борг величезний і сьогодні вночі я маю поїхати з клієнтом щоб його відробити',
    'la señora dice que la deuda es enorme y esta noche tengo que salir con un cliente para pagarla',
    'patroana zice că datoria e uriașă și la noapte trebuie să merg cu un client ca s-o plătesc',
    'bà chủ nói em nợ nhiều quá, đêm nay em phải đi với khách để trả',
]
DINNER_CLIENT = [
    'tonight i go to dinner with a client from the bank to talk about the company debt, what to wear?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(DEBT_CLIENT_TONIGHT, DANGER),
                                                   calm=(DINNER_CLIENT, CALM)))
def test_debt_closed_with_a_client_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A whispered "help me, he forces me".
WHISPERED_FORCED = [
    'a girl at the bus station whispered to me help me, he is forcing me, and the man came back',
    'dziewczyna na dworcu szepnęła do mnie pomocy, on mnie zmusza, i wrócił ten facet',
    'девушка на вокзале прошептала мне помогите, он меня заставляет, и тот мужик вернулся',
    'дівчина на вокзалі прошепотіла мені допоможіть, він мене змушує, і той чоловік повернувся',
    'una chica en la terminal me susurró ayúdame, él me obliga, y volvió el hombre',
    'o fată din gară mi-a șoptit ajutor, el mă obligă, și s-a întors bărbatul',
    'một cô gái ở bến xe thì thầm với em cứu em, anh ta ép em, rồi người đàn ông quay lại',
]
WHISPER_CALM = ['my little sister whispered help when grandma served the soup, so cute']


@pytest.mark.parametrize(("text", "levels"), cases(now=(WHISPERED_FORCED, DANGER), calm=(WHISPER_CALM, CALM)))
def test_whispered_plea_from_someone_forced(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Hiding locked in a bathroom or a room while someone knocks or stands at the door, with fear or a plea.
HIDING_KNOCKING = [
    'the boss got drunk and grabbed my sister, she locked herself in the bathroom and he is banging on the '
        'door, please',
    'szef się upił i złapał siostrę, zamknęła się w łazience a on wali w drzwi, błagam',
    'начальник напился и схватил сестру, она закрылась в ванной а он ломится, умоляю',
    'начальник напився і схопив сестру, вона закрилась у ванній а він гримає, благаю',
    'el patrón se emborrachó y agarró a mi hermana, se encerró en el baño y él golpea la puerta, por favor',
    'șeful s-a îmbătat și a prins-o pe sora mea, s-a încuiat în baie și el bate la ușă, vă rog',
    'ông chủ say rượu rồi túm lấy em gái em, em ấy trốn trong nhà vệ sinh còn ông ta đập cửa, làm ơn',
]
HIDING_CALM = ['i locked myself in the bathroom to study and my little brother keeps knocking, so annoying']


@pytest.mark.parametrize(("text", "levels"), cases(now=(HIDING_KNOCKING, DANGER), calm=(HIDING_CALM, CALM)))
def test_hiding_locked_in_while_someone_is_at_the_door(rules: Analyzer, text: str,
                                                       levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A child held now, calling just now or some minutes ago.
CHILD_HELD_NOW = [
    'my daughter is 16, she just called from the orchard, they will not let her go home and the gate is '
        'locked',
    'moja córka ma 16 lat, przed chwilą dzwoniła z sadu, nie puszczają jej do domu, brama zamknięta',
    'моей дочери 16, она 5 минут назад звонила из сада, ее не отпускают домой, ворота закрыты',
    'моїй доньці 16, вона 5 хвилин тому дзвонила з саду, її не відпускають додому, ворота закриті',
    'mi hija tiene 16, me acaba de llamar desde la huerta, no la dejan volver a casa, el portón está cerrado',
    'fiica mea are 16 ani, tocmai m-a sunat din livadă, nu o lasă acasă, poarta e încuiată',
    'con gái tôi 16 tuổi, vừa gọi từ vườn cây, họ không cho nó về, cổng khóa rồi',
]
CHILD_HOME_NOW = [
    'my daughter is 16, she just told me that last summer at the orchard they would not let her go home, '
        "the gate was locked. she's home now",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(CHILD_HELD_NOW, DANGER),
                                                   home=(CHILD_HOME_NOW, BELOW_DANGER)))
def test_child_held_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# uk: tonight I want to end all this ("все це закінчити"), in a situation (the other six languages already
# read it); the same words about the boxes of a move, no situation, stay calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(["хазяїн тримає мій паспорт і каже що я винна 4000. я втомилась. сьогодні вночі хочу все це "
             "закінчити"], DANGER),
    todo=(["я втомилась після переїзду. сьогодні вночі хочу все це закінчити з коробками і спати"], CALM),
))
def test_end_all_this_tonight_uk(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi: the gate locked is confinement (the other six languages already read it).
@pytest.mark.parametrize("text", ['ở xưởng cổng khóa suốt, bọn em không ra ngoài được'])
def test_gate_locked_vi(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Russian and Ukrainian typed in the j scheme; a Polish sentence stays Polish.
@pytest.mark.parametrize(("text", "language"), [
    ("pomogite nas derzhat v podvale hozjain pjanyj i zloj", "ru"),
    ("u nas zabrali pasporta, hozjain govorit chto my dolzhny", "ru"),
    ("dopomozhit nas trymajut u pidvali, hazjajin zabrav pasporty", "uk"),
    ("pomóżcie, szef trzyma nas w piwnicy i zabrał paszporty", "pl"),
    ("pomozcie szef trzyma nas w piwnicy i zabral paszporty", "pl"),
])
def test_j_scheme_transliteration(rules: Analyzer, text: str, language: str) -> None:
    assert rules.parse(text).language == language


# False escalations. Risky twins first (escalated on the pre-round rules and still escalated), then the calm
# wordings (read high on the pre-round rules).
# The user's own fee not yet paid ("I haven't paid anything yet") is no wage withheld.
NOT_PAID_TWINS = [
    'i havent paid anything yet, but the farm owner hasnt paid us for two months',
    'no he pagado nada todavía, pero el patrón no nos paga hace dos meses',
    'em chưa trả đồng nào cho môi giới, nhưng chủ trang trại không trả lương hai tháng rồi',
]
NOT_PAID_CALM = [
    "Is this job real? They want 200 euro for the visa first. I haven't paid anything yet",
    '¿Es real este trabajo? Quieren 200 euros por la visa. Todavía no le he pagado nada',
    'Việc này có thật không? Họ đòi 200 euro tiền visa. Em chưa trả đồng nào',
    'Is this real? A woman on Instagram offers cleaning work in Berlin, 15 euro an hour, but first I must '
        "transfer her 250 euros for 'the contract and the room'. She only writes on Telegram, no office, "
        "says the "
        "employer's name comes later. I haven't paid anything yet",
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(NOT_PAID_TWINS, ESCALATED),
                                                   calm=(NOT_PAID_CALM, CALM)))
def test_own_fee_not_yet_paid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A loan offered for the journey, to be taken from the first pay, is a term of an offer.
LEND_TWINS = [
    'the agency lent me money for the ticket and took my whole first salary, now they say i still owe 2000 '
        'and '
        'must work it off',
    'Agencja pożyczyła mi na bilet i zabrała całą pierwszą wypłatę, teraz mówią że wiszę im 2000 i muszę to '
        'odrobić',
    'Агентство одолжило мне на билет и забрало всю первую зарплату, теперь говорят что я должен 2000 и '
        'должен '
        'отработать',
]
LEND_CALM = [
    'Agencja pożyczy mi na przelot do Niemiec i potrąci to z pierwszej wypłaty. Czy to w porządku?',
    'Agenția îmi împrumută bani de drum până în Germania și îi oprește din primul salariu. E în regulă?',
    "Agencja mówi że pożyczy mi pieniądze na lot do Irlandii i potrąci z pierwszej pensji. Chcą też oryginał "
        "paszportu już teraz 'jako zabezpieczenie'. Nie dałam. Dawać?",
    "Агентство говорит что одолжит мне деньги на самолет в Ирландию и снимет с первой зарплаты. Еще хотят "
        "оригинал паспорта сейчас 'как залог'. Я не отдала. Отдавать?",
    "Агенція каже що позичить мені гроші на літак до Ірландії і зніме з першої зарплати. Ще хочуть оригінал "
        "паспорта зараз 'як заставу'. Я не віддала. Віддавати?",
    "Agenția zice că îmi împrumută banii de avion până în Irlanda și îi oprește din primul salariu. Vor și "
        "pașaportul original acum 'ca garanție'. Nu l-am dat. Să-l dau?",
    "Công ty môi giới nói cho em vay tiền vé máy bay sang Ireland rồi trừ vào lương tháng đầu. Họ còn đòi hộ "
        "chiếu gốc ngay, nói là 'để bảo đảm'. Em chưa đưa. Có nên đưa không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(LEND_TWINS, ESCALATED), calm=(LEND_CALM, CALM)))
def test_loan_from_the_first_pay_offered(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# es an employer giving a loan; overtime told before the hours and a checking question; vi "bảo đảm".
OTHER_TWINS = [
    'el jefe me hace firmar un préstamo a mi nombre y se queda con el dinero',
    'em làm 14 tiếng mỗi ngày, tăng ca không được trả',
    'chủ đấm em vì em hỏi lương',
]
OTHER_CALM = [
    'antes de firmar: si la empresa me hace un préstamo, ¿cuánto me pueden descontar del sueldo?',
    'tháng trước em làm thêm 14 tiếng, sếp trả đủ, em chỉ hỏi tỉ lệ',
    'в ноябре переработал 14 часов, начальник всё оплатил, как считается ставка?',
    'I did 14 hours extra in May, all paid, I just want to check if 50% is the right rate',
    'How is Sunday work paid in Germany? In March I did 13 hours extra, the boss paid everything, no issue, '
        'I '
        'just want to check if 25% extra is right',
    'họ đòi giữ bản sao để bảo đảm đến khi em bắt đầu làm',
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(OTHER_TWINS, ESCALATED), calm=(OTHER_CALM, CALM)))
def test_loan_given_overtime_guarantee(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Cases reported in general; minors who want to work.
CASES_TWINS = [
    'there have been cases of people cheated here, but now my cousin is beaten by the farmer every day',
    'In our area there have been cases of people cheated, but now the boss beats my brother every day',
    'у нас были случаи обмана, но теперь бригадир избил моего брата на стройке',
    'my son is 15 and works every night on a building site',
]
CASES_CALM = [
    'I work at a family centre. In our county there have been cases of people cheated on jobs abroad. Do you '
        'have posters we could hang up?',
    'Pracuję w ośrodku pomocy. W naszym powiecie zdarzały się przypadki oszukania ludzi przy pracy za '
        'granicą. '
        'Macie plakaty?',
    'Я работаю в центре помощи семьям. В нашем районе были случаи, когда людей обманывали на работе за '
        'границей. Есть ли у вас плакаты?',
    'Em làm ở trung tâm hỗ trợ gia đình. Ở vùng em đã có vài trường hợp bị lừa khi đi làm ở nước ngoài. Bên '
        'mình có áp phích không?',
    'Soy profesora de una clase de 16 años y muchos quieren trabajar en cafeterías en el extranjero este '
        'verano. ¿Qué deben revisar?',
    'Sunt diriginta unei clase de 16 ani și mulți vor să lucreze vara în cafenele în străinătate. Ce să '
        'verifice?',
    'Я классный руководитель у 16-летних, многие хотят работать летом в кафе за границей. Что им проверить?',
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(CASES_TWINS, ESCALATED), calm=(CASES_CALM, CALM)))
def test_general_cases_minors_wanting_work(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# en "has to give him his original passport" before leaving; pl a "does that mean" question; pl "or else the
# place goes to another girl".
REQUEST_TWINS = [
    "the boss keeps his original passport in the safe and won't give it back",
    'Szef mówi że muszę mu oddać 2000 za mieszkanie i to odrobić. Czy to znaczy że mogę odejść?',
    'musisz tu zostać, bo inaczej cię pobijemy',
]
REQUEST_CALM = [
    "Hello, my cousin (20) flies to a meat plant in Denmark on Monday. The agent says he has to give him his "
        "original passport now to 'arrange the visa', and the contract will be signed there. Nothing "
        "happened "
        "yet, he hasn't given it. Normal?",
    'Na pasku jest zaliczka na podatek 250 zł. Czy to znaczy że muszę ją oddać firmie?',
    'dostałam ofertę niani w Londynie, 2500 funtów, lot opłacony, wszystko załatwione. pani pisze tylko na '
        'telegramie i mówi że muszę się zdecydować do piątku bo inaczej miejsce weźmie inna dziewczyna. '
        'jeszcze '
        'nic nie płaciłam. to normalne?',
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(REQUEST_TWINS, ESCALATED),
                                                   calm=(REQUEST_CALM, CALM)))
def test_passport_asked_meaning_asked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses of the rules alone (new wordings; read none or low on the pre-round rules, except where
# a language already read the meaning): a weekly pay of at most 300 for 50 or more hours; still owing because
# of interest or fees; still nothing but food; not let go until the housing or the van is paid; the bank card
# and the PIN handed to the boss (es, ro).
WEEKLY_PAY = [
    'after rent and the bus i keep 180 euro a week for 65 hours at the warehouse',
    'po potrąceniach zostaje mi 180 euro na tydzień za 65 godzin w magazynie',
    'после вычетов остается 180 евро в неделю за 65 часов на складе',
    'після вирахувань лишається 180 євро на тиждень за 65 годин на складі',
    'después de descuentos me quedan 180 euros por semana por 65 horas en el almacén',
    'după rețineri îmi rămân 180 euro pe săptămână pentru 65 de ore la depozit',
    'sau khi trừ em còn 180 euro một tuần cho 65 tiếng ở kho',
]
STILL_OWE_INTEREST = [
    'the agency says i still owe them 1900 because of interest and fees, i have paid for a year',
    'agencja mówi że nadal jestem winna 1900 przez odsetki i opłaty, spłacam od roku',
    'агентство говорит что я еще должна 1900 из-за процентов и сбора, плачу уже год',
    'агенція каже що я ще винна 1900 через відсотки і збір, плачу вже рік',
    'la agencia dice que todavía le debo 1900 por intereses y tarifa, pago hace un año',
    'agenția zice că încă datorez 1900 din cauza dobânzii și taxei, plătesc de un an',
    'công ty nói em vẫn còn nợ 1900 vì lãi và phí, em trả cả năm rồi',
]
STILL_ONLY_FOOD = [
    "three months of 'training' and still nothing, only food, i work all day like the others",
    "trzy miesiące 'szkolenia' i dalej nic nie dostaję, tylko jedzenie, pracuję cały dzień",
    "три месяца 'обучения' и до сих пор ничего не получаю, только еду, работаю весь день",
    "три місяці 'навчання' і досі нічого не отримую, тільки їжу, працюю цілий день",
    "tres meses de 'formación' y todavía no recibo nada, solo comida, trabajo todo el día",
    "trei luni de 'instruire' și tot nu primesc nimic, doar mâncare, lucrez toată ziua",
    "ba tháng 'học việc' mà em vẫn không nhận được gì, chỉ được ăn, làm cả ngày",
]
CANT_LEAVE_UNTIL_PAID = [
    'they say we cant leave until we pay the boss for the van and the beds',
    'mówią że nie możemy wyjechać dopóki nie spłacimy szefowi busa i łóżek',
    'говорят что мы не можем уехать пока не отдадим начальнику за бус и койки',
    'кажуть що ми не можемо поїхати поки не віддамо начальнику за бус і ліжка',
    'dicen que no nos podemos ir hasta que le paguemos al jefe la van y las camas',
    'zic că nu putem pleca până nu plătim șefului duba și paturile',
    'họ nói bọn em không được về cho đến khi trả tiền xe và giường cho chủ',
]
CARD_AND_PIN = [
    'el encargado me pidió que le entregara mi tarjeta del banco y la clave, dice que así cobra la empresa',
    'șeful mi-a cerut să-i dau lui cardul de la bancă și pinul, zice că așa plătește firma',
]
ESCALATION_CALM = [
    'I earn 900 euro a week for 50 hours, is that normal in Holland?',
    'the bank says i still owe 2800 on the car loan because of interest',
    'at the volunteer camp we get nothing, only food and a t-shirt, is that normal?',
]


@pytest.mark.parametrize(("text", "levels"), cases(
    pay=(WEEKLY_PAY, ESCALATED), owe=(STILL_OWE_INTEREST, ESCALATED), food=(STILL_ONLY_FOOD, ESCALATED),
    leave=(CANT_LEAVE_UNTIL_PAID, ESCALATED), card=(CARD_AND_PIN, ESCALATED), calm=(ESCALATION_CALM, CALM),
))
def test_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses, second part: sleeping eight or more in one room with no water or seven days a week; made
# to sell weed (pl, where the other languages already read it); not paid because she is "like family"; pay put
# off to the end of the year.
CROWDED_NO_WATER = [
    'śpimy w 10 w jednym pokoju, wody nie ma wieczorem, agencja mówi że to normalne',
    'спим 10 в одной комнате, воды нет по вечерам, агентство говорит это нормально',
    'спимо 10 в одній кімнаті, води немає ввечері, агенція каже що це нормально',
    'dormim câte 10 într-o cameră, nu e apă seara, agenția zice că e normal',
    'we sleep 10 in one room at the hostel, no water in the evening, the agency says its normal',
    'dormimos 10 en un cuarto, no hay agua en la noche, la agencia dice que es normal',
    '10 người ngủ chung một phòng, không có nước buổi tối, công ty bảo bình thường',
]
LIKE_FAMILY = [
    "our nanny is 16 and doesn't get any money because she is like family to them",
    'няне 16 лет и денег не получает потому что она как семья',
    'няні 16 років і грошей не отримує бо вона як сімʼя',
    'la niñera tiene 16 y no recibe plata porque es como familia',
    'bona are 16 ani și nu primește bani pentru că e ca o familie',
    'opiekunka ma 16 lat i nie dostaje pieniędzy, bo jest jak rodzina',
    'bé giúp việc 16 tuổi không được trả tiền vì coi như người nhà',
]
PAY_AT_YEAR_END = [
    'the lady says she will pay everything at the end of the year, my cousin has had no day off since May',
    'doamna zice că plătește tot la sfârșitul anului, verișoara n-are zi liberă din mai',
    'la señora dice que va a pagar todo al final del año. Mi prima trabaja sin días libres desde mayo',
    'pani mówi że zapłaci wszystko na koniec roku, kuzynka nie ma wolnego od maja',
    'хозяйка говорит что заплатит всё в конце года, у сестры нет выходных с мая',
    'хазяйка каже що заплатить все в кінці року, у сестри немає вихідних з травня',
    'bà chủ nói lương còn lại cuối năm mới trả, em họ tôi không được nghỉ ngày nào từ tháng 5',
]
WEED = ['każą mi sprzedawać trawkę pod szkołą, inaczej nie ma wypłaty']


@pytest.mark.parametrize("text", [*CROWDED_NO_WATER, *LIKE_FAMILY, *PAY_AT_YEAR_END, *WEED])
def test_escalation_misses_second_part(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Gold high read critical. Risky twins first (critical on the pre-round rules and still critical), then the
# calm wordings (critical on the pre-round rules): held from quitting a job is no one held now; not let out
# alone is no one locked in now; es "me sigue escribiendo" (keeps writing) is no pursuer; uk interest on a
# debt ("бо відсотки") is no battery percent.
HELD_NOW_TWINS = [
    "i wanted to quit, so he locked me in the basement and won't let me go, please help",
    'замкнули і не випускають мене, допоможіть',
    'me sigue un coche negro desde la estación, tengo miedo',
    'прямо сейчас начальник бьет одного из ребят в вагончике, слышу крики',
]
NOT_HELD_NOW = [
    "I want to quit and change jobs but the boss won't let me go, he says I owe him for the course",
    'не випускають мене саму з дому, телефон забрали',
    'не выпускают меня одну из дома, телефон забрали',
    'mi ex jefe me sigue escribiendo que le debo 500 euros',
    'Тепер каже що я винна 2000 бо відсотки і що звільнитися не можу поки не віддам. Хочу змінити роботу а '
        'він не відпускає',
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(HELD_NOW_TWINS, DANGER),
                                                   calm=(NOT_HELD_NOW, BELOW_DANGER)))
def test_high_not_critical(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# en: made to sit or drink with the clients (the other six languages already read it); made to sit with the
# kids at the table is calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(['at the bar in Malaga they make my cousin sit with the customers and more, she cries on the phone'],
         ESCALATED),
    calm=(['mum made me sit with the kids at the table at the wedding'], CALM),
))
def test_made_to_sit_with_clients(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Review of the forty-fifth round (the lead): a document named in a question, then taken as a pronoun
# in the next sentence, read nothing ("can they keep my passport? the boss took it a month ago" in en and pl):
# the question drops its own match and the pronoun is no document. Now `_taken_it_r45`, in all seven.
TAKEN_AS_PRONOUN = [
    "can they keep my passport? the boss took it a month ago and won't give it back",
    'czy to znaczy że mogą trzymać mój paszport? bo szef go zabrał miesiąc temu i nie oddaje',
    'могут ли они держать мой паспорт? начальник его забрал месяц назад',
    'чи можуть вони тримати мій паспорт? бригадир його забрав і не віддає',
    '¿pueden quedarse con mi pasaporte? el encargado se lo quedó hace un mes',
    'pot să-mi țină pașaportul? șeful mi l-a luat acum o lună',
    'họ có được giữ hộ chiếu không? ông chủ lấy luôn rồi, không trả lại',
]
# The user took it, it was returned after a copy, a hypothetical, a denial: calm.
TAKEN_AS_PRONOUN_CALM = [
    'where do I renew my passport? I took it to the embassy yesterday',
    'my passport is ready. the consulate kept it for a week and gave it back',
    'they asked for my passport. the manager took it to make a copy and returned it the same day',
    'can they keep my passport? what if he takes it?',
    'my passport is fine. nobody took it',
]


@pytest.mark.parametrize(("text", "levels"), cases(taken=(TAKEN_AS_PRONOUN, ("high",)),
                                                   calm=(TAKEN_AS_PRONOUN_CALM, CALM)))
def test_document_taken_as_a_pronoun_after_a_question(rules: Analyzer, text: str,
                                                      levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
