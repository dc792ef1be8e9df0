"""Splits DI, DJ, DK and DL's classes (fifty-second round), written as meanings in new words, not the splits'
sentences.

False escalations: one general class, a rumour answered by the writer's own check that denies it ("heard
rumours the hostel takes the students' phones; I asked the warden: only during lessons"), in all seven
languages; with its risky twins: the rumour confirmed ("it's true, they took mine"), and a danger told after
the check, in the cue lists' words or in fresh words, stays escalated. The rules are tested alone (the
statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

RUMOUR_DENIED = [
    "Someone told my friend our warehouse takes people's ID cards. I checked with the others, nobody's been "
        "asked for theirs, we all keep our own.",
    "A friend said my niece's boyfriend \"sold\" her abroad. I called her, she's fine, they both work in a "
        "shop and she has her own money.",
    "Heard rumours the language school takes the students' phones at night. I asked the warden: only during "
        "lessons, they get them back after. Is that normal?",
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem chłopaków z innych mieszkań: "
        "bzdura, każdy ma swój.",
    "Слышала слухи, что на нашей стройке запирают рабочих на ночь. Спросила у бригадира и у ребят: враньё, "
        "никого не запирают.",
    "Чула чутки, що в нашому хостелі забирають у студентів телефони. Спитала адміністраторку: тільки на час "
        "занять, ввечері віддають.",
    "Escuché el rumor de que la agencia les quita los pasaportes a los nuevos. Pregunté a varios compañeros: "
        "es mentira, cada uno tiene el suyo.",
    "Am auzit zvonuri că ferma noastră încuie oamenii noaptea. Am vorbit cu băieții din celelalte barăci: e "
        "minciună, nu e nimeni încuiat.",
    "Em nghe đồn xưởng bọn em giữ hộ chiếu công nhân. Em hỏi mấy chị làm lâu rồi thì không phải, chẳng ai bị "
        "giữ cả.",
]

# The risky twins: the same frame, the rumour confirmed or a danger told after the check.
RUMOUR_CONFIRMED = [
    "Heard a rumour the hostel takes the students' passports. I asked the warden and it's true, they took "
        "mine on Monday.",
    "Someone told my friend our warehouse takes people's ID cards. I asked around: nobody's been given "
        "theirs back since March.",
    "Heard rumours our agency locks people in. I asked the lads: rubbish, no one's locked in. But since last "
        "week the boss sits outside our door every night and won't let us out.",
    "Heard rumours our farm takes passports. Asked the boss, he said it's nonsense, then he took mine and "
        "locked it in his safe.",
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem kolegów: to prawda, mój też "
        "leży u koordynatora w sejfie.",
    "Слышала слухи, что на нашей стройке отбирают паспорта. Спросила у ребят: правда, у меня тоже забрали.",
    "Escuché el rumor de que la agencia les quita los pasaportes. Pregunté: es verdad, el mío lo tiene el "
        "jefe desde julio.",
    "Am auzit zvonuri că ferma ia pașapoartele. Am întrebat: e adevărat, pe al meu îl ține șeful în seif.",
    "Em nghe đồn xưởng giữ hộ chiếu công nhân. Em hỏi rồi, đúng là thật, hộ chiếu của em cũng bị chủ cất "
        "trong két.",
]

# Adversarial twins: the check denies the rumour, then a danger told in fresh words (no cue of the class).
RUMOUR_DENIED_THEN_TOLD = [
    "Heard rumours the agency locks people in. Asked the lads: rubbish, no one's locked in. Mind you, my "
        "passport has been sitting in the manager's safe for a month.",
    "Słyszałem plotki, że agencja zamyka ludzi na noc. Zapytałem chłopaków: bzdura, nikt nikogo nie zamyka. "
        "Tylko że mój paszport od tygodnia leży u szefa w sejfie.",
    "Слышал слух, что агентство запирает людей. Поговорил с ребятами: враньё, никого не запирают. Только мой "
        "паспорт уже месяц лежит у бригадира в сейфе.",
    "Чув плітку, що агенція закриває людей. Поговорив з хлопцями: брехня, ніхто нікого не закриває. Тільки "
        "мій паспорт уже місяць лежить у бригадира в сейфі.",
    "Escuché el rumor de que la agencia encierra a la gente. Hablé con los compañeros: es mentira, nadie "
        "está encerrado. Eso sí, mi pasaporte lleva un mes en la caja fuerte del jefe.",
    "Am auzit zvonuri că agenția încuie oamenii. Am vorbit cu băieții: e minciună, nu e nimeni încuiat. Doar "
        "că pașaportul meu stă de o lună în seiful șefului.",
    "Em nghe đồn công ty nhốt người. Em hỏi mấy anh rồi, không phải, chẳng ai bị nhốt cả. Có điều hộ chiếu "
        "của em nằm trong két của quản lý cả tháng nay.",
    "A friend said my cousin's husband \"sold\" her. I called her, she's fine, she says. He took the phone "
        "off her halfway and she hasn't answered since.",
]


@pytest.mark.parametrize("text,levels", cases(
    denied=(RUMOUR_DENIED, CALM), confirmed=(RUMOUR_CONFIRMED, ESCALATED),
    told=(RUMOUR_DENIED_THEN_TOLD, ESCALATED)))
def test_rumour_denied_by_own_check(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net: a rumour denied is not raised by the net either; the call cut off after "she's fine" (no cue
# of any class after the check) is left to the net, which the frame does not silence.
NET_DENIED = [
    "Słyszałem plotki, że nasza agencja zabiera ludziom paszporty. Zapytałem chłopaków z innych mieszkań: "
        "bzdura, każdy ma swój.",
    "Escuché el rumor de que la agencia les quita los pasaportes a los nuevos. Pregunté a varios compañeros: "
        "es mentira, cada uno tiene el suyo.",
]
NET_TOLD = [
    "Koleżanka mi napisała, że mąż kuzynki ją \"sprzedał\". Zadzwoniłam, wszystko u niej dobrze, tak mówi. "
        "Potem on wyrwał jej telefon i od tamtej pory nie odbiera.",
    "Em nghe đồn công ty nhốt người. Em hỏi mấy anh rồi, không phải, chẳng ai bị nhốt cả. Có điều hộ chiếu "
        "của em nằm trong két của quản lý cả tháng nay.",
]


@pytest.mark.parametrize("text,levels", cases(denied=(NET_DENIED, CALM), told=(NET_TOLD, ESCALATED)))
def test_rumour_denied_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# Escalation: the writer's whole salary paid onto the partner's account, the partner handing out an allowance.
SALARY_ON_PARTNERS_ACCOUNT = [
    "My boyfriend had all my wages paid into his account from the start, I only get pocket money from him "
        "when he feels like it.",
    "Cała moja pensja wpływa na konto męża, ja nie mam nawet karty, dostaję od niego 50 zł na tydzień.",
    "Всю мою зарплату переводят на счёт мужа, у меня нет карты, он выдаёт мне по 20 евро.",
    "Вся моя зарплата йде на рахунок чоловіка, своєї картки нема, дає мені 20 євро на тиждень.",
    "Todo mi sueldo va a parar a la cuenta de mi novio, no tengo tarjeta, me da 20 euros a la semana.",
    "Tot salariul meu intră în contul iubitului, n-am card, îmi dă 20 de euro pe săptămână.",
    "Bạn trai nhận hết lương của em vào tài khoản anh ấy, em không có thẻ, mỗi tuần đưa em 20 euro.",
]
# Its calm twins: the writer's own account, or the partner's salary on the writer's.
SALARY_ON_OWN_ACCOUNT = [
    "My whole salary goes into my own account and my husband's into his, we split the rent. Is that how "
        "taxes work?",
    "His whole salary goes to my account because he lost his card, is that a problem for taxes?",
    "Cała moja wypłata idzie na moje konto, mąż ma swoje. Jak rozliczyć podatek?",
    "Вся моя зарплата приходит на мою карту, у мужа своя. Как платить налоги?",
    "Todo mi sueldo llega a mi cuenta, mi esposo tiene la suya. ¿Cómo declaro impuestos?",
    "Tot salariul meu intră pe cardul meu, soțul are contul lui. Cum plătesc impozitul?",
    "Em nhận hết lương vào tài khoản của em, chồng có tài khoản riêng. Thuế tính thế nào ạ?",
]


@pytest.mark.parametrize("text,levels", cases(
    partner=(SALARY_ON_PARTNERS_ACCOUNT, ESCALATED), own=(SALARY_ON_OWN_ACCOUNT, CALM)))
def test_salary_on_partners_account(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation: a job promised at one hourly rate, another job done for less.
PROMISED_RATE_OTHER_JOB = [
    "It was supposed to be warehouse work at 14 an hour, but now I clean toilets at night for 7.",
    "Miała być praca na magazynie za 14 euro, a myję kible w nocy za 7.",
    "Должна была быть работа на складе по 14 евро, а я мою туалеты ночью за 7.",
    "Мала бути робота на складі по 14 євро, а я мию туалети вночі за 7.",
    "Iba a ser trabajo de almacén a 14 euros y limpio baños de noche por 7.",
    "Trebuia să fie muncă la depozit cu 14 euro, iar eu spăl toalete noaptea pentru 7.",
    "Họ nói là làm kho 14 euro, giờ em dọn nhà vệ sinh ban đêm chỉ được 7 euro.",
]
# Its calm twins: the rate promised is the rate paid.
PROMISED_RATE_KEPT = [
    "It was supposed to be 14 an hour and it is 14 an hour, all fine. How do I get a tax number?",
    "Miała być praca za 14 euro i jest za 14 euro. Jak załatwić numer podatkowy?",
    "Iba a ser a 14 euros y me pagan 14. ¿Cómo saco el número de impuestos?",
]


@pytest.mark.parametrize("text,levels", cases(
    other=(PROMISED_RATE_OTHER_JOB, ESCALATED), kept=(PROMISED_RATE_KEPT, CALM)))
def test_promised_rate_other_job(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation: a season's pay not given when sent home ("they say they'll send it later").
MONTHS_PAY_NOT_GIVEN = [
    "Sezon się skończył, odesłali nas do domu, a pieniędzy za trzy miesiące nam nie dali. Mówią, że potem "
        "prześlą.",
    "Сезон закінчився, нас відправили додому, а гроші за три місяці так і не дали. Кажуть, потім скинуть.",
    "Сезон закончился, нас отправили домой, а зарплату за два месяца так и не отдали. Говорят, потом "
        "переведут.",
    "Se acabó la temporada, nos mandaron a casa y el dinero de tres meses no nos lo dieron. Dicen que lo "
        "mandan después.",
    "Sezonul s-a terminat, ne-au trimis acasă și banii pe trei luni nu ni i-au dat. Zic că ni-i trimit mai "
        "târziu.",
    "Hết mùa rồi, họ cho bọn em về nước mà tiền ba tháng vẫn chưa trả. Họ bảo sau sẽ gửi.",
]
# Escalation: a threat of being reported told, then the writer's "I haven't done anything wrong" (round 51's
# calm frame must not drop it); its calm twin, the same words asked as a question only.
REPORT_THREAT_TOLD = [
    "Since I quit they keep messaging me that they'll report me to immigration. Can they? I haven't done "
        "anything wrong.",
    "Od kiedy odeszłam, piszą mi, że zgłoszą mnie do urzędu i mnie deportują. Mogą? Nic złego nie zrobiłam.",
]
REPORT_ASKED = [
    "Can they report me to immigration if I change jobs? I haven't done anything, just asking.",
]


@pytest.mark.parametrize("text,levels", cases(
    pay=(MONTHS_PAY_NOT_GIVEN, ESCALATED), threat=(REPORT_THREAT_TOLD, ESCALATED),
    asked=(REPORT_ASKED, CALM)))
def test_pay_not_given_and_report_threat_told(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: pay late through a bank's fault, all there now.
BANK_DELAY_PAID = [
    "Got scared cos my pay didn't come on Friday, turned out it was a bank error and it all arrived today. "
        "Thanks!",
    "Wpadłam w panikę, bo wypłata nie przyszła, okazało się, że to błąd banku i dziś wszystko przyszło. "
        "Dzięki!",
    "Испугалась, зарплата не пришла, оказалось, ошибка банка, сегодня всё пришло. Спасибо!",
    "Злякалась, зарплата не прийшла, виявилось, збій у банку, сьогодні все прийшло. Дякую!",
    "No me llegó el sueldo el viernes, al final fue un error del banco y hoy llegó todo. ¡Gracias!",
    "Nu mi-a venit salariul vineri, s-a dovedit că a fost o eroare a băncii și azi au intrat toți banii. "
        "Mersi!",
    "Lương không về, hóa ra là lỗi ngân hàng, hôm nay tiền về đủ rồi. Cảm ơn ạ!",
]
# Its risky twin: all there, but a deduction told after it.
BANK_DELAY_THEN_TOLD = [
    "Pay didn't come, turned out it was a bank error and it all arrived today. But the boss took 300 off for "
        "the room without asking.",
]
# False escalations: es "¿cuántos días ... nos tocan?" (entitled to) and "who would I call?"; their twins.
ENTITLED_AND_WHO_TO_CALL = [
    "Mi pareja y yo trabajamos en un almacén con contrato y pasaportes con nosotros. ¿Cuántos días de "
        "vacaciones nos tocan al año?",
    "¿Cuántos días libres me tocan si trabajo seis días a la semana?",
    "If a boss ever kept my ID, who would I call?",
]
TOUCHED_AND_THREAT_TO_CALL = [
    "El encargado me toca cuando estoy sola en el almacén y dice que si me quejo no me paga.",
    "¿Cuántas veces más me toca el jefe antes de que pueda denunciarlo? Ya van tres días seguidos.",
    "Who would I call if my boss kept my passport? He said he would call the police on me if I asked for it.",
    "If I leave, who would they call? They said they would call my family and tell them everything.",
]


@pytest.mark.parametrize("text,levels", cases(
    paid=(BANK_DELAY_PAID, CALM), told=(BANK_DELAY_THEN_TOLD, ESCALATED),
    entitled=(ENTITLED_AND_WHO_TO_CALL, CALM), touched=(TOUCHED_AND_THREAT_TO_CALL, ESCALATED)))
def test_bank_delay_entitled_and_who_to_call(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net: a bank error only claimed by the boss, nothing arrived, stays escalated.
BANK_ERROR_CLAIMED = [
    "Wypłata nie przyszła, szef mówi, że to błąd banku. Minęły trzy tygodnie i dalej nic.",
    "No me llegó el sueldo, el jefe dice que es un error del banco. Ya van tres semanas y nada.",
]


@pytest.mark.parametrize("text", BANK_ERROR_CLAIMED)
def test_bank_error_claimed_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, ESCALATED)


# Escalation: a payslip's gross and a small part of it paid, rent, transport and fees deducted unannounced.
PAYSLIP_GROSS_MOSTLY_DEDUCTED = [
    "Na fakturze mam 1500 brutto, a dostałam 300, bo potrącili za mieszkanie, busa i \"opłaty\". Nikt o tym "
        "nie mówił.",
    "En la nómina pone 1500 bruto y me pagaron 300 porque descontaron alquiler, transporte y \"gastos\". "
        "Nadie avisó.",
    "Pe fluturaș scrie 1500 brut și am primit 300, au reținut chiria, transportul și niște taxe. Nu ne-a zis "
        "nimeni.",
    "В расчётке 1500 брутто, а получила 300, вычли за жильё, транспорт и какие-то сборы. Никто не "
        "предупреждал.",
    "У розрахунковому 1500 брутто, а отримала 300, зняли за житло, транспорт і якісь збори. Ніхто не "
        "попереджав.",
    "Lương 1500 brutto mà em chỉ nhận 300, họ trừ tiền nhà, xe và phí. Không ai nói trước.",
]
# Its calm twins: tax and insurance taken from the gross.
PAYSLIP_TAX_DEDUCTED = [
    "En la nómina pone 1500 bruto y me llegaron 1180, descontaron impuestos y seguro social. ¿Es correcto?",
    "Pe fluturaș scrie 1500 brut și am primit 1150 net, au reținut impozitul și asigurările. E corect?",
    "В расчётке 1500 брутто, на руки 1150, вычли налоги и страховку. Это правильно?",
]


@pytest.mark.parametrize("text,levels", cases(
    deducted=(PAYSLIP_GROSS_MOSTLY_DEDUCTED, ESCALATED), tax=(PAYSLIP_TAX_DEDUCTED, CALM)))
def test_payslip_gross_mostly_deducted(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation: students expected to "dance privately" for sponsors (a euphemism for sexual exploitation).
DANCE_PRIVATELY_FOR_SPONSORS = [
    "My daughter's ballet school abroad says the top girls have to dance privately for sponsors at night if "
        "they want a scholarship.",
    "W szkole tańca mówią, że najlepsze dziewczyny tańczą prywatnie dla sponsorów wieczorami, inaczej "
        "wylatują.",
    "В школе танцев говорят, что лучшие девочки танцуют приватно для спонсоров по вечерам, иначе отчислят.",
    "У школі танців кажуть, що найкращі дівчата танцюють приватно для спонсорів увечері, інакше виженуть.",
    "En la escuela de danza dicen que las mejores bailan en privado para patrocinadores por la noche, si no "
        "te echan.",
    "La școala de dans zic că cele mai bune fete dansează privat pentru sponsori seara, altfel te dau afară.",
    "Trường múa nói các bạn giỏi nhất phải múa riêng cho nhà tài trợ buổi tối, không thì bị đuổi.",
]
# Its calm twins: a gala danced before sponsors, parents in the audience.
DANCE_AT_GALA = [
    "Our dance school's best students dance for sponsors at the yearly gala, parents in the audience. What "
        "should she wear?",
    "Najlepsze dziewczyny tańczą dla sponsorów na gali na koniec roku, rodzice na widowni. Co ubrać?",
    "Las mejores bailan para patrocinadores en la gala anual, con los padres en el público. ¿Qué se pone?",
]


@pytest.mark.parametrize("text,levels", cases(
    private=(DANCE_PRIVATELY_FOR_SPONSORS, ESCALATED), gala=(DANCE_AT_GALA, CALM)))
def test_dance_privately_for_sponsors(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation: documents held told beside an all-clear or a thank-you ("generally fine, the only thing: the
# agency keeps our IDs in the office ... just asking out of curiosity"; "thanks, all good; oh, and the
# residence card is still with my old boss"); the twins: the card given back.
HELD_BESIDE_ALL_CLEAR = [
    "Jedyne co, to agencja trzyma nasze dowody w biurze. Pytam z ciekawości, czy tak jest wszędzie.",
    "Спасибо за помощь, все хорошо. И ещё: карта побыту до сих пор у бывшего шефа, отдаст только лично.",
    "Дякую за допомогу, все добре. І ще: карта побиту досі у колишнього шефа, віддасть тільки особисто.",
]
CARD_GIVEN_BACK = [
    "Дякую за допомогу, у мене все добре. Карту побиту мені колишній шеф віддав, все ок.",
    "Карта побыту у меня, шеф вернул. Как подать налоги?",
]


@pytest.mark.parametrize("text,levels", cases(
    held=(HELD_BESIDE_ALL_CLEAR, ESCALATED), back=(CARD_GIVEN_BACK, CALM)))
def test_documents_held_beside_all_clear(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation (vi): pleasing the boyfriend's friends who pay him; "quit and you are thrown out of the room";
# "or they go to your parents' house"; "come back and work off the debt". Calm twins in the same words.
VI_TOLD = [
    "em quen anh ay tren mang, gio anh bat em phai chieu ban anh, ho tra tien cho anh, em khong muon",
    "Bạn trai bắt em ngủ với bạn anh, họ đưa tiền cho anh ấy.",
    "Anh trai em muốn nghỉ thì quản lý bảo nghỉ là đuổi ra khỏi phòng ngay và báo lên cơ quan.",
    "Em nghỉ việc, chủ bảo phải nộp phạt 1500 hoặc quay lại làm trừ nợ, không thì sẽ đến nhà bố mẹ em.",
]
VI_CALM = [
    "Cuối tuần em chiều bạn anh ấy đi ăn, họ trả tiền cho anh rồi nên vui lắm.",
    "Em nghỉ phép 3 ngày thì có bị trừ lương không ạ? Không thì cuối tuần em đến nhà bố mẹ chơi.",
    "Làm sao để trả nợ ngân hàng nhanh hơn ạ?",
]


@pytest.mark.parametrize("text,levels", cases(told=(VI_TOLD, ESCALATED), calm=(VI_CALM, CALM)))
def test_vi_friends_pay_him_eviction_and_parents(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalation: "nobody's" (folded to one word) negates a lock ("nobody's locking me in"); the twin with
# the lock told after other words stays escalated.
NOBODYS_LOCKING = [
    "Nobody's locking me in, I have my passport and get paid. I just want to quit early, how much notice?",
]
LOCKED_AFTER_NOBODYS = [
    "Nobody's helping me, the boss is locking me in every night.",
]


@pytest.mark.parametrize("text,levels", cases(
    calm=(NOBODYS_LOCKING, CALM), locked=(LOCKED_AFTER_NOBODYS, ESCALATED)))
def test_nobodys_negates_the_lock(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalation: "where would you report stuff like that?" asks for help; the twins tell a threat.
WHERE_TO_REPORT = [
    "Heard a rumour the site locks workers in. Asked the lads: rubbish, nobody is locked in. Just generally, "
        "where would you report that kind of thing?",
]
REPORT_THREAT_AFTER_ASK = [
    "Where would you report that? The boss said he would report me to immigration if I talk.",
    "Who will you call? He said they will call my family.",
]


@pytest.mark.parametrize("text,levels", cases(
    ask=(WHERE_TO_REPORT, CALM), threat=(REPORT_THREAT_AFTER_ASK, ESCALATED)))
def test_where_would_you_report(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
