"""Splits AO and AP's classes (twenty-first round), written as meanings in new words, not AO-AP's sentences.

False escalation: a document held briefly (a night, an hour) by a hotel or a guesthouse and returned is no
retention; its twin, the passport held for weeks and still not returned, stays escalated. A deduction for the
room written in the contract or on the payslip is an arrangement; its twin, the contract's pay and a room
deduction that leaves almost nothing, told with "but", stays escalated. A question "not about work" about a
landlord who keeps a deposit and says the user owes him for repairs is no debt or fee (the statistical net
raises nothing either); its twin, the landlord who also holds the passport, stays escalated. The user who says
she will go to the police is not threatened; its twin, the boss who says he will call the police on the
worker, stays a threat. A document scanned and handed back after a few minutes is no debt; its twin, never
handed back, stays escalated. A bank loan asked about "having a residence permit" is no retention; its twin,
the boss holding the permit, stays escalated.
Critical recall: locked in a cellar since yesterday with a cry for help (the participle "zamknięci"); its
twin, an old story, stays below danger. In the back of a van now, phones taken, the driver threatening; its
twin, last year's ride, stays below danger. The door locked and the key taken by a man who said he will come
back tonight; its twin, the user who locked her own door, stays calm. Beaten with blood from the head and a
threat, in Ukrainian or Russian Latin letters; its twin, a nosebleed from the heat, stays below danger.
Escalation misses: a debt paid every month that grows instead of shrinking; its twin, a bank loan that
shrinks, stays calm. Not allowed out alone, only with the foreman; its twin, out alone whenever we like,
stays calm. The foreman kicked a worker (vi "đạp"); its twin, a ball kicked, stays calm.
Second commit: a worker yelled at who asks to move to another line raises nothing with the net on; its twin,
yelled at and slapped, stays escalated. Escaped long ago and "now I'm in Poland" is a story; its twin, "but
now they stand at the door" (Russian "но", but, is no negation), stays danger now. An old story and "can she
get any help now?" is below danger; its twins, beaten right now or locked in now with "can we get help now?",
stay danger now. "All of ours" (the documents) kept in his drawer is retention; its twin, only the keys in his
drawer, stays calm. Made to open bank accounts in one's own name is forced crime; its twin, a salary account,
stays calm. A contract signed only on arrival is a pre-departure red flag (low); its twin, signed at the
office before leaving, stays none.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A document held briefly by a hotel or a guesthouse and returned.
HELD_BRIEFLY_RETURNED = [
    "the guesthouse kept my passport for one night and gave it back at breakfast. ok?",
    "recepcja hotelu trzymała mój paszport przez jedną noc, rano mi go oddali. to normalne?",
    "в гостинице мой паспорт держали одну ночь, утром вернули. так можно?",
    "у хостелі мій паспорт тримали одну ніч, вранці повернули. так можна?",
    "en la pensión tuvieron mi pasaporte por una noche y me lo devolvieron en la mañana. ¿es normal?",
    "la pensiune mi-au ținut pașaportul o noapte și dimineața mi l-au dat. e normal?",
    "nhà nghỉ giữ hộ chiếu của em một đêm, sáng trả rồi. vậy có sao không?",
]

# The passport held for weeks and still not returned.
HELD_NOT_RETURNED = [
    "the hostel owner has held my passport for a month and still has not returned it",
    "właściciel hostelu trzyma mój paszport od miesiąca i dalej mi go nie oddał",
    "хозяин общежития держит мой паспорт уже месяц и до сих пор не вернул",
    "власник гуртожитку тримає мій паспорт уже місяць і досі не повернув",
    "el dueño del albergue tiene mi pasaporte hace un mes y todavía no me lo devolvió",
    "patronul căminului îmi ține pașaportul de o lună și încă nu mi l-a dat înapoi",
    "chủ nhà trọ giữ hộ chiếu của em cả tháng nay và vẫn chưa trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    returned=(HELD_BRIEFLY_RETURNED, CALM), held=(HELD_NOT_RETURNED, ESCALATED),
))
def test_a_document_held_briefly_and_returned(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A deduction for the room written in the contract or on the payslip.
ROOM_DEDUCTION_WRITTEN = [
    "in my contract it is written that 380 a month is deducted for the room, and the payslip shows it. is "
    "that legal?",
    "w umowie jest zapisane, że co miesiąc potrącają 380 zł za pokój, na pasku też to widać. czy to legalne?",
    "в договоре прописано, что за комнату удерживают 380 злотых в месяц, в расчётке тоже есть. это законно?",
    "в договорі прописано, що за кімнату утримують 380 злотих на місяць, в розрахунковому теж є. це законно?",
    "en el contrato dice que me descuentan 380 al mes por la habitación, en el recibo también sale. ¿es "
    "legal?",
    "în contract scrie că mi se oprește 380 pe lună pentru cameră, pe fluturaș apare și asta. e legal?",
    "trong hợp đồng ghi mỗi tháng trừ 380 tiền phòng, phiếu lương cũng có. vậy có hợp pháp không?",
]

# The contract's pay, but a room deduction that leaves almost nothing.
ROOM_DEDUCTION_LEAVES_NOTHING = [
    "the contract says 25 an hour but they deduct 900 for the room and fines and I get almost nothing",
    "w umowie jest 25 na godzinę, ale z wypłaty zabierają 900 zł za pokój i reszty nie płacą",
    "в договоре 25 в час, но из зарплаты забирают 900 за комнату, а остальное не платят",
    "в договорі 25 за годину, але утримують 900 за кімнату і штрафи, і я майже нічого не отримую",
    "en el contrato dice 25 la hora pero me descuentan 900 por la habitación y multas y no me queda casi "
    "nada",
    "în contract scrie 25 pe oră, dar îmi opresc 900 pentru cameră și amenzi și nu primesc aproape nimic",
    "hợp đồng ghi 25 một giờ nhưng họ trừ 900 tiền phòng với tiền phạt, em gần như không còn gì",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    written=(ROOM_DEDUCTION_WRITTEN, CALM), nothing=(ROOM_DEDUCTION_LEAVES_NOTHING, ESCALATED),
))
def test_a_room_deduction_written_in_the_contract(rules: Analyzer, text: str,
                                                  levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A question "not about work" about a landlord keeping a deposit.
LANDLORD_DEPOSIT = [
    "hello, not about work, the job is ok. my landlord keeps my 1500 deposit and says I owe him for a "
    "stained carpet. where can I complain?",
    "dzień dobry, nie w sprawie pracy, praca jest ok. właściciel mieszkania nie oddaje mi 1500 zł kaucji, "
    "mówi że jestem mu winien za poplamiony dywan. gdzie to zgłosić?",
    "здравствуйте, не по работе, работа нормальная. хозяин квартиры не возвращает залог 1500, говорит я "
    "ему должен за испорченный ковёр. куда жаловаться?",
    "добрий день, не по роботі, робота нормальна. господар квартири не повертає заставу 1500, каже що я "
    "йому винен за зіпсований килим. куди скаржитися?",
    "hola, no es del trabajo, el trabajo está bien. el dueño del piso se queda con mi depósito de 1500 y "
    "dice que le debo por una alfombra manchada. ¿dónde me quejo?",
    "bună ziua, nu e despre muncă, munca e ok. proprietarul nu-mi dă garanția de 1500 și zice că îi datorez "
    "pentru un covor pătat. unde reclam?",
    "chào anh chị, không phải chuyện công việc, việc vẫn ổn. chủ nhà giữ tiền cọc 1500 của em, nói em nợ "
    "tiền cái thảm bị bẩn. em bảo sẽ báo cảnh sát. em khiếu nại ở đâu?",
]

# The same landlord, who also holds the passport.
LANDLORD_HOLDS_PASSPORT = [
    "not about work, the job is ok. my landlord keeps my deposit and also took my passport until I pay him",
    "nie w sprawie pracy, praca ok. właściciel mieszkania zatrzymał kaucję i zabrał mi paszport, dopóki mu "
    "nie zapłacę",
    "не по работе, работа нормальная. хозяин квартиры забрал залог и забрал мой паспорт, пока я не заплачу",
    "не по роботі, робота нормальна. господар квартири забрав заставу і забрав мій паспорт, поки не заплачу",
    "no es del trabajo, el trabajo bien. el dueño del piso se quedó con el depósito y me quitó el pasaporte "
    "hasta que le pague",
    "nu e despre muncă, munca e ok. proprietarul mi-a oprit garanția și mi-a luat pașaportul până îl plătesc",
    "không phải chuyện công việc, việc ổn. chủ nhà giữ tiền cọc và giữ hộ chiếu của em đến khi em trả tiền",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    deposit=(LANDLORD_DEPOSIT, CALM), passport=(LANDLORD_HOLDS_PASSPORT, ESCALATED),
))
def test_a_landlord_deposit_not_about_work(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_landlord_deposit_not_about_work_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in LANDLORD_DEPOSIT:
        assert analyzer.parse(text).risk.level in CALM, text


# The boss says he will call the police on the worker (vi: the user says she will go to the police).
BOSS_WILL_CALL_POLICE = [
    "the boss said he will call the police and have us deported if we quit",
    "szef powiedział, że zadzwoni na policję i nas deportują, jeśli odejdziemy",
    "хозяин сказал, что вызовет полицию и нас депортируют, если уйдём",
    "хазяїн сказав, що викличе поліцію і нас депортують, якщо підемо",
    "el patrón dijo que va a llamar a la policía para que nos deporten si nos vamos",
    "șeful a zis că cheamă poliția să ne deporteze dacă plecăm",
    "chủ bảo sẽ báo cảnh sát cho trục xuất bọn em nếu bọn em nghỉ",
]


@pytest.mark.parametrize("text", BOSS_WILL_CALL_POLICE)
def test_the_boss_calling_the_police_stays_a_threat(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# A document scanned and handed back after a few minutes; a bank loan asked about "having a permit".
SCANNED_AND_HANDED_BACK = [
    "on the first day HR took my passport, scanned it and handed it back after 5 minutes. fine, right?",
    "pierwszego dnia kadry wzięły mój paszport, zeskanowały i oddali po 5 minutach. to w porządku?",
    "в первый день кадровичка взяла паспорт, отсканировала и вернула через 5 минут. это нормально?",
    "першого дня кадровичка взяла паспорт, відсканувала і віддала через 5 хвилин. це нормально?",
    "el primer día recursos humanos tomó mi pasaporte, lo escanearon y me lo devolvieron a los 5 minutos. "
    "¿está bien?",
    "în prima zi resursele umane mi-au luat pașaportul, l-au scanat și mi l-au dat înapoi după 5 minute. e "
    "ok?",
    "ngày đầu nhân sự cầm hộ chiếu của em, scan xong trả lại sau 5 phút. vậy là ổn đúng không?",
    "pot să iau un credit la bancă având permis de ședere?",
]

# Never handed back; the boss holds the permit.
NEVER_HANDED_BACK = [
    "on the first day HR took my passport to scan it and never gave it back",
    "pierwszego dnia kadry wzięły mój paszport do skanu i nigdy go nie oddali",
    "в первый день кадровичка забрала паспорт на скан и так и не вернула",
    "першого дня кадровичка забрала паспорт на скан і так і не повернула",
    "el primer día recursos humanos me quitó el pasaporte para escanearlo y nunca me lo devolvió",
    "în prima zi resursele umane mi-au luat pașaportul la scanat și nu mi l-au mai dat înapoi",
    "ngày đầu nhân sự lấy hộ chiếu của em để scan rồi giữ luôn không trả",
    "șeful îmi ține permisul de ședere în biroul lui",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    back=(SCANNED_AND_HANDED_BACK, CALM), kept=(NEVER_HANDED_BACK, ESCALATED),
))
def test_a_document_scanned_and_handed_back(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in a cellar since yesterday, and a cry for help.
LOCKED_IN_CELLAR_HELP = [
    "locked in the cellar since yesterday, help us",
    "zamknięci w piwnicy od wczoraj, ratunku",
    "заперты в подвале со вчера, помогите",
    "замкнені в підвалі з учора, допоможіть",
    "encerrados en el sótano desde ayer, ayuda",
    "încuiați în pivniță de ieri, ajutor",
    "bị nhốt dưới hầm từ hôm qua, cứu với",
]

# An old story of a cellar.
LOCKED_IN_CELLAR_OLD_STORY = [
    "three years ago they kept us locked in a cellar for a week. today I work legally and I am fine",
    "trzy lata temu byliśmy zamknięci w piwnicy przez tydzień. dziś pracuję legalnie i jest dobrze",
    "три года назад нас неделю держали запертыми в подвале. сейчас работаю легально, всё хорошо",
    "три роки тому нас тиждень тримали замкненими в підвалі. тепер працюю легально, все добре",
    "hace tres años nos tuvieron encerrados en un sótano una semana. hoy trabajo legal y estoy bien",
    "acum trei ani ne-au ținut încuiați într-o pivniță o săptămână. azi lucrez legal și sunt bine",
    "ba năm trước chủ khóa cửa nhốt bọn em dưới hầm một tuần. giờ em làm hợp pháp và ổn rồi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(LOCKED_IN_CELLAR_HELP, DANGER), old=(LOCKED_IN_CELLAR_OLD_STORY, BELOW_DANGER),
))
def test_locked_in_a_cellar_with_a_cry_for_help(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# In the back of a van now, phones taken, the driver threatening.
VAN_NOW_THREATENED = [
    "we are in the back of a van, no idea where. they took our phones at the border, I hid one. the driver "
    "said shut up or else",
    "jesteśmy z tyłu busa, nie wiem gdzie. zabrali nam telefony, jeden schowałam. kierowca mówi siedzieć "
    "cicho bo inaczej pożałujemy",
    "мы в бусе сзади, не знаю где. забрали телефоны, один я спрятала. водитель сказал молчать а то "
    "пожалеем",
    "ми в бусі ззаду, не знаю де. забрали телефони, один я сховала. водій сказав мовчати бо інакше "
    "пожалкуємо",
    "estamos atrás en la van, no sé dónde. nos quitaron los teléfonos, escondí uno. el chofer dijo que nos "
    "calláramos o nos vamos a arrepentir",
    "suntem în spatele dubei, nu știu unde. ne-au luat telefoanele, am ascuns unul. șoferul a zis să tăcem "
    "că altfel vedem noi",
    "bọn em ngồi sau xe van, không biết ở đâu. họ thu điện thoại, em giấu được một cái. tài xế bảo im lặng "
    "không thì biết tay",
]

# Last year's ride in a van, told as over.
VAN_LAST_YEAR = [
    "last year we rode in the back of a van, they took our phones and the driver said shut up or else. now "
    "I work in a shop",
    "w zeszłym roku jechaliśmy z tyłu busa, zabrali nam telefony, kierowca mówił siedzieć cicho bo inaczej "
    "pożałujemy. teraz pracuję w sklepie",
    "в прошлом году мы ехали в бусе сзади, забрали телефоны, водитель сказал молчать а то пожалеем. сейчас "
    "работаю в магазине",
    "минулого року ми їхали в бусі ззаду, забрали телефони, водій сказав мовчати бо інакше пожалкуємо. зараз "
    "працюю в магазині",
    "el año pasado íbamos atrás en la van, nos quitaron los teléfonos y el chofer dijo que nos calláramos. "
    "ahora trabajo en una tienda",
    "anul trecut am mers în spatele dubei, ne-au luat telefoanele și șoferul a zis să tăcem că altfel vedem "
    "noi. acum lucrez la un magazin",
    "năm ngoái bọn em ngồi sau xe van, họ thu điện thoại, tài xế bảo im lặng không thì biết tay. giờ em làm "
    "ở cửa hàng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(VAN_NOW_THREATENED, DANGER), old=(VAN_LAST_YEAR, BELOW_DANGER),
))
def test_in_the_back_of_a_van_threatened(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The door locked and the key taken by a man who comes back tonight.
LOCKED_IN_HE_RETURNS_TONIGHT = [
    "I clean for a family in Austria, the husband touched me last night. he locked the front door and took "
    "the key, said he comes back tonight",
    "sprzątam u rodziny w Austrii, mąż w nocy mnie dotykał. zamknął drzwi wejściowe i zabrał klucz, "
    "powiedział że wieczorem wróci",
    "убираю у семьи в Австрии, муж ночью меня трогал. запер входную дверь и забрал ключ, сказал вечером "
    "вернётся",
    "прибираю в родини в Австрії, чоловік уночі мене чіпав. замкнув вхідні двері і забрав ключ, сказав що "
    "ввечері повернеться",
    "limpio para una familia en Austria, el esposo me tocó anoche. cerró la puerta de entrada y se llevó la "
    "llave, dijo que esta noche vuelve",
    "fac curat la o familie în Austria, soțul m-a atins azi-noapte. a încuiat ușa de la intrare și a luat "
    "cheia, a zis că deseară vine iar",
    "em dọn nhà cho một gia đình ở Áo, ông chồng sờ soạng em đêm qua. hắn khóa cửa chính và lấy chìa khóa, "
    "nói tối nay hắn quay lại",
]

# The user locked her own door.
I_LOCKED_MY_DOOR = [
    "I locked the front door and took the key with me, my husband comes back tonight from work",
    "zamknęłam drzwi wejściowe i wzięłam klucz ze sobą, mąż wieczorem wróci z pracy",
    "я заперла входную дверь и взяла ключ с собой, муж вечером вернётся с работы",
    "я замкнула вхідні двері і взяла ключ із собою, чоловік ввечері повернеться з роботи",
    "cerré la puerta de entrada y me llevé la llave, mi esposo vuelve esta noche del trabajo",
    "am încuiat ușa de la intrare și am luat cheia cu mine, soțul vine deseară de la muncă",
    "em khóa cửa chính và mang chìa khóa theo, tối nay chồng em đi làm về",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_IN_HE_RETURNS_TONIGHT, DANGER), mine=(I_LOCKED_MY_DOOR, CALM),
))
def test_locked_in_and_he_returns_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Beaten, blood from the head, threatened (Ukrainian and Russian in Latin letters, and the rest).
BEATEN_BLEEDING_THREAT = [
    "the foreman beat me at the plant, blood is coming from my head. he says if I go to the police he will "
    "finish me",
    "brygadzista mnie pobił w zakładzie, krew leci z głowy. mówi że jak pójdę na policję to mnie dobije",
    "brigadir izbil menya na zavode, krov iz golovy idet. govorit poidesh v policiyu to dobyem",
    "majster pobyv mene na zavodi, krov z holovy ide. kazhe pidesh u policiiu to dob'iemo",
    "el capataz me golpeó en la planta, me sale sangre de la cabeza. dice que si voy a la policía me remata",
    "șeful de echipă m-a bătut la fabrică, îmi curge sânge din cap. zice că dacă merg la poliție mă termină",
    "tổ trưởng đánh em ở xưởng, máu chảy từ đầu. nó bảo nếu em báo công an thì nó giết em",
]

# A nosebleed from the heat.
NOSEBLEED_FROM_HEAT = [
    "my nose bled a little from the heat in the greenhouse, the boss gave me water and a break",
    "krew leciała mi z nosa od upału w szklarni, szef dał mi wodę i przerwę",
    "u menya shla krov iz nosa ot zhary v teplice, nachalnik dal vodu i pereryv",
    "u mene jshla krov z nosa vid speky v teplytsi, nachalnyk dav vodu i perervu",
    "me salió un poco de sangre de la nariz por el calor del invernadero, el jefe me dio agua y un descanso",
    "mi-a curs puțin sânge din nas de la căldura din seră, șeful mi-a dat apă și pauză",
    "em bị chảy máu cam vì nóng trong nhà kính, chủ cho em nước và nghỉ một lúc",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    beaten=(BEATEN_BLEEDING_THREAT, DANGER), heat=(NOSEBLEED_FROM_HEAT, BELOW_DANGER),
))
def test_beaten_and_bleeding_from_the_head(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A debt paid every month that grows instead of shrinking.
DEBT_GROWS = [
    "they said I owe 5000 for the trip and the bed. I repay every month and still its more not less",
    "mówią że jestem winna 5000 za przejazd i łóżko. spłacam co miesiąc, a ciągle jest więcej nie mniej",
    "говорят я должна 5000 за дорогу и койку. плачу каждый месяц, а всё равно больше а не меньше",
    "кажуть я винна 5000 за дорогу і ліжко. плачу кожен місяць, а все одно більше а не менше",
    "dicen que debo 5000 por el viaje y la cama. pago cada mes y cada vez es más no menos",
    "zic că datorez 5000 pentru drum și pat. plătesc în fiecare lună dar e tot mai mult nu mai puțin",
    "họ nói em nợ 5000 tiền đi đường và chỗ ngủ. tháng nào em cũng trả mà nợ càng nhiều chứ không bớt",
]

# A bank loan that shrinks.
LOAN_SHRINKS = [
    "I pay my bank loan every month and it gets smaller, almost done",
    "spłacam kredyt w banku co miesiąc i jest coraz mniej, prawie koniec",
    "плачу кредит в банке каждый месяц, остаётся всё меньше, почти всё",
    "плачу кредит у банку щомісяця, лишається все менше, майже все",
    "pago el préstamo del banco cada mes y cada vez queda menos, ya casi",
    "plătesc creditul la bancă în fiecare lună și e tot mai puțin, aproape gata",
    "em trả góp ngân hàng mỗi tháng, còn ít lắm rồi, sắp xong",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    grows=(DEBT_GROWS, ESCALATED), shrinks=(LOAN_SHRINKS, CALM),
))
def test_a_debt_that_grows_while_paid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Not allowed out alone, only with the foreman.
NOT_ALLOWED_OUT_ALONE = [
    "we go to the shop only on sunday with the foreman. alone not allowed, the gate is locked at 8",
    "do sklepu tylko w niedzielę z brygadzistą. samemu nie wolno, brama zamykana o 20",
    "в магазин только в воскресенье с бригадиром. одним нельзя, ворота закрывают в 8",
    "в магазин тільки в неділю з бригадиром. самим не можна, ворота зачиняють о 8",
    "a la tienda solo el domingo con el capataz. solos no se puede, el portón lo cierran a las 8",
    "la magazin doar duminica cu șeful de echipă. singuri nu avem voie, poarta se încuie la 8",
    "chỉ chủ nhật mới được đi chợ, tổ trưởng đi cùng. đi một mình không được, 8h tối khóa cổng",
]

# Out alone whenever we like.
OUT_ALONE_FREELY = [
    "we go to the shop alone whenever we want, the gate is open all day",
    "do sklepu chodzimy sami kiedy chcemy, brama otwarta cały dzień",
    "в магазин ходим сами когда хотим, ворота открыты весь день",
    "в магазин ходимо самі коли хочемо, ворота відчинені весь день",
    "vamos solos a la tienda cuando queremos, el portón está abierto todo el día",
    "mergem singuri la magazin când vrem, poarta e deschisă toată ziua",
    "bọn em tự đi chợ lúc nào cũng được, cổng mở cả ngày",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    alone=(NOT_ALLOWED_OUT_ALONE, ESCALATED), free=(OUT_ALONE_FREELY, CALM),
))
def test_not_allowed_out_alone(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The foreman kicked a worker; a ball kicked.
FOREMAN_KICKED = [
    "not me, my husband. the foreman kicked him for being slow, his rib is cracked",
    "nie ja, mój mąż. brygadzista kopnął go, bo był za wolny, ma pęknięte żebro",
    "не я, мой муж. бригадир пнул его, что медленно работал, у него трещина в ребре",
    "не я, мій чоловік. бригадир копнув його, що повільно працював, у нього тріщина в ребрі",
    "no yo, mi esposo. el capataz lo pateó por lento, tiene una costilla fisurada",
    "nu eu, soțul meu. șeful de echipă l-a lovit cu piciorul că era încet, are o coastă fisurată",
    "không phải em, chồng em. cai đạp anh ấy vì làm chậm, giờ rạn xương sườn",
]

BALL_KICKED = [
    "my husband kicked the ball with his friends after work, we are fine",
    "mąż kopał piłkę z dziećmi po pracy, u nas wszystko dobrze",
    "муж после работы пинал мяч с детьми, у нас всё хорошо",
    "чоловік після роботи копав м'яча з дітьми, у нас все добре",
    "mi esposo pateó la pelota con sus amigos después del trabajo, estamos bien",
    "soțul a dat cu piciorul în minge cu copiii după muncă, suntem bine",
    "chồng em đá bóng với bọn trẻ sau giờ làm, nhà em ổn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    kicked=(FOREMAN_KICKED, ESCALATED), ball=(BALL_KICKED, CALM),
))
def test_the_foreman_kicked_a_worker(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Yelled at by a manager, asking to move to another line (the net on: it raises nothing).
YELLED_ASKS_TRANSFER = [
    "the shift leader yelled at me in front of the team because I mixed up two pallets. I felt awful. can I "
    "ask to move to another line?",
    "kierowniczka krzyczała na mnie przy wszystkich, bo pomyliłam palety. było mi strasznie głupio. mogę "
    "poprosić o przeniesienie na inną linię?",
    "мастер накричал на меня при всех, что я перепутала паллеты. мне было очень стыдно. можно попросить "
    "перевести на другую линию?",
    "майстриня накричала на мене при всіх, що я переплутала палети. мені було дуже соромно. можна попросити "
    "перевести на іншу лінію?",
    "el jefe de turno me gritó delante de todos porque confundí las tarimas. me dio mucha vergüenza. "
    "¿puedo pedir que me cambien a otra línea?",
    "șefa de tură a țipat la mine în fața tuturor că am încurcat paleții. mi-a fost tare rușine. pot cere "
    "să mă mute pe altă linie?",
    "tổ trưởng quát em trước mặt mọi người vì em nhầm hai pallet. em xấu hổ lắm. em xin đổi chuyền được "
    "không ạ?",
]

# Yelled at and slapped.
YELLED_AND_SLAPPED = [
    "the shift leader yelled at me and slapped me in front of the team. can I ask to move to another line?",
    "kierowniczka krzyczała na mnie i uderzyła mnie w twarz przy wszystkich. mogę prosić o inną linię?",
    "мастер накричал на меня и ударил меня при всех. можно попросить перевести на другую линию?",
    "майстер накричав на мене і вдарив мене при всіх. можна попросити перевести на іншу лінію?",
    "el jefe de turno me gritó y me pegó una cachetada delante de todos. ¿puedo pedir otra línea?",
    "șeful de tură a țipat la mine și m-a lovit în fața tuturor. pot cere să mă mute pe altă linie?",
    "tổ trưởng quát em rồi đánh em trước mặt mọi người. em xin đổi chuyền được không?",
]


@pytest.mark.parametrize("text", YELLED_ASKS_TRANSFER)
def test_yelled_at_asking_for_another_line_is_calm_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


@pytest.mark.parametrize("text", YELLED_AND_SLAPPED)
def test_yelled_at_and_slapped_stays_escalated(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, ESCALATED)


# Escaped long ago, now safe in Poland, asking where to report.
ESCAPED_NOW_SAFE = [
    "three years ago in Ireland the gangmaster kept our bank cards and took all the wages. I escaped, now I "
    "am in Poland. where can I report him?",
    "trzy lata temu w Irlandii szef trzymał nasze karty bankowe i zabierał całą wypłatę. uciekłem, teraz "
    "jestem w Polsce. gdzie to zgłosić?",
    "три года назад в Ирландии бригадир держал наши банковские карты и забирал всю зарплату. я сбежал, "
    "сейчас в Польше. куда заявить?",
    "три роки тому в Ірландії бригадир тримав наші банківські картки і забирав всю зарплату. я втік, зараз у "
    "Польщі. куди заявити?",
    "hace tres años en Irlanda el jefe nos tenía las tarjetas del banco y se quedaba con todo el sueldo. me "
    "escapé, ahora estoy en España. ¿dónde lo denuncio?",
    "acum trei ani în Irlanda șeful ne ținea cardurile și lua tot salariul. am fugit, acum sunt în Polonia. "
    "unde îl pot reclama?",
    "ba năm trước ở Ai-len, cai giữ thẻ ngân hàng của bọn em và lấy hết lương. em trốn được, giờ đang ở Ba "
    "Lan. báo ở đâu ạ?",
]

# Escaped, now in Poland, and they are outside the door.
ESCAPED_PURSUED_NOW = [
    "I escaped from the farm, now I am in Poland but they are outside my door right now",
    "uciekłem z farmy, teraz jestem w Polsce, ale teraz oni stoją pod drzwiami",
    "я сбежал с фермы, сейчас в Польше, но сейчас они стоят под дверью",
    "я втік з ферми, зараз у Польщі, але зараз вони стоять під дверима",
    "me escapé de la granja, ahora estoy en España pero ellos están afuera de mi puerta ahora mismo",
    "am fugit de la fermă, acum sunt în Polonia dar ei sunt acum la ușa mea",
    "em trốn khỏi trang trại, giờ đang ở Ba Lan nhưng bọn nó đang đứng ngoài cửa phòng em",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    safe=(ESCAPED_NOW_SAFE, BELOW_DANGER), pursued=(ESCAPED_PURSUED_NOW, DANGER),
))
def test_escaped_and_now_in_poland(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An old story, then "can she get any help now?".
OLD_STORY_CAN_SHE_GET_HELP = [
    "my aunt picked grapes in France in 2004, the boss took all passports and beat a man who ran. she is "
    "still afraid. can she get any help now?",
    "ciocia w 2004 zbierała winogrona we Francji, szef zabrał wszystkim paszporty i pobił chłopaka, który "
    "uciekał. dalej się boi. może teraz dostać jakąś pomoc?",
    "тётя в 2004 собирала виноград во Франции, хозяин забрал у всех паспорта и избил парня, который убегал. "
    "она до сих пор боится. может она сейчас получить помощь?",
    "тітка у 2004 збирала виноград у Франції, хазяїн забрав у всіх паспорти і побив хлопця, який тікав. "
    "вона досі боїться. чи може вона зараз отримати допомогу?",
    "mi tía en 2004 cosechaba uvas en Francia, el patrón les quitó los pasaportes a todos y golpeó a uno que "
    "huyó. todavía tiene miedo. ¿puede recibir ayuda ahora?",
    "mătușa a cules struguri în Franța în 2004, șeful le-a luat tuturor pașapoartele și l-a bătut pe unul "
    "care a fugit. încă se teme. poate primi ajutor acum?",
    "năm 2004 dì em hái nho ở Pháp, chủ giữ hết hộ chiếu và đánh một người bỏ trốn. dì vẫn còn sợ. giờ dì "
    "có nhận được hỗ trợ không?",
]

# He is beating her right now.
BEATING_NOW_GET_HELP = [
    "he is beating her right now in the kitchen, can she get any help now?",
    "on ją teraz bije w kuchni, może teraz dostać jakąś pomoc?",
    "он её сейчас бьёт на кухне, может она сейчас получить помощь?",
    "він її зараз б'є на кухні, чи може вона зараз отримати допомогу?",
    "la está golpeando ahora mismo en la cocina, ¿puede recibir ayuda ahora?",
    "o bate chiar acum în bucătărie, poate primi ajutor acum?",
    "nó đang đánh dì em ngay bây giờ trong bếp, dì có nhận được hỗ trợ không?",
]


# Locked in now, a cry for help, and "can we get help now?" (no old story: the question stays a cry).
LOCKED_IN_NOW_CAN_WE_GET_HELP = [
    "the boss locked us in the basement, can we get help now?",
    "szef zamknął nas w piwnicy i nie wypuszcza, pomocy, czy możemy teraz dostać pomoc?",
    "хозяин запер нас в подвале, помогите, можем мы сейчас получить помощь?",
    "хазяїн замкнув нас у підвалі, допоможіть, чи можемо ми зараз отримати допомогу?",
    "el patrón nos encerró en el sótano, auxilio, ¿podemos recibir ayuda ahora?",
    "șeful ne-a încuiat în pivniță, ajutor, putem primi ajutor acum?",
    "chủ nhốt bọn em dưới hầm, cứu với, bọn em có nhận được hỗ trợ ngay không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    old=(OLD_STORY_CAN_SHE_GET_HELP, BELOW_DANGER), now=(BEATING_NOW_GET_HELP, DANGER),
    locked=(LOCKED_IN_NOW_CAN_WE_GET_HELP, DANGER),
))
def test_can_she_get_help_now_after_an_old_story(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Answers mid-conversation: all of ours (the documents asked about) in his drawer.
ALL_OURS_IN_HIS_DRAWER = [
    "no, the foreman keeps all of ours in his drawer since spring",
    "nie, brygadzista trzyma wszystkie nasze w szufladzie od wiosny",
    "ні, майстер тримає всі наші у себе в шухляді з весни",
    "no, el capataz guarda todos los de nosotros en su cajón desde la primavera",
    "nu, maistrul le ține pe toate ale noastre în sertar din primăvară",
    "không, cai giữ hết của bọn em trong ngăn kéo từ mùa xuân",
    "нет, бригадир держит все наши у себя в ящике с весны",
]

# Only the keys of the tool room in his drawer.
ONLY_KEYS_IN_HIS_DRAWER = [
    "no, the foreman keeps only the tool room keys in his drawer",
    "nie, brygadzista trzyma w szufladzie tylko klucze do magazynu",
    "ні, майстер тримає в шухляді тільки ключі від складу",
    "no, el capataz guarda en su cajón solo las llaves del almacén",
    "nu, maistrul ține în sertar doar cheile de la magazie",
    "không, cai chỉ giữ chìa khóa kho trong ngăn kéo",
    "нет, бригадир держит в ящике только ключи от склада",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    drawer=(ALL_OURS_IN_HIS_DRAWER, ESCALATED), keys=(ONLY_KEYS_IN_HIS_DRAWER, CALM),
))
def test_all_of_ours_in_his_drawer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Made to open bank accounts in one's own name; a salary account.
FORCED_TO_OPEN_ACCOUNTS = [
    "the people who found him the job force him to open bank accounts in his own name and collect parcels",
    "ci, co mu załatwili pracę, zmuszają go do otwierania kont w bankach na siebie i odbierania paczek",
    "те, кто нашёл ему работу, заставляют его открывать счета в банках на себя и забирать посылки",
    "ті, хто знайшов йому роботу, змушують його відкривати рахунки в банках на себе і забирати посилки",
    "los que le consiguieron el trabajo lo obligan a abrir cuentas bancarias a su nombre y recoger paquetes",
    "cei care i-au găsit de lucru îl obligă să deschidă conturi pe numele lui și să ridice colete",
    "mấy người tìm việc cho nó bắt nó mở tài khoản ngân hàng đứng tên nó rồi đi nhận hàng",
]

SALARY_ACCOUNT = [
    "the employer asked him to open a bank account for his salary, is that normal?",
    "pracodawca poprosił go o założenie konta w banku na wypłatę, to normalne?",
    "работодатель попросил его открыть счёт в банке для зарплаты, это нормально?",
    "роботодавець попросив його відкрити рахунок у банку для зарплати, це нормально?",
    "el empleador le pidió abrir una cuenta en el banco para el sueldo, ¿es normal?",
    "angajatorul i-a cerut să deschidă un cont la bancă pentru salariu, e normal?",
    "công ty bảo nó mở tài khoản ngân hàng để nhận lương, vậy có bình thường không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    forced=(FORCED_TO_OPEN_ACCOUNTS, ESCALATED), salary=(SALARY_ACCOUNT, CALM),
))
def test_forced_to_open_bank_accounts(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The contract signed only on arrival (a pre-departure red flag); signed at the office before leaving.
CONTRACT_ON_ARRIVAL = [
    "the recruiter says the contract we sign when I arrive, is that ok?",
    "rekruter mówi, że umowę podpiszemy na miejscu, to w porządku?",
    "рекрутер говорит, что контракт подпишем уже там, это нормально?",
    "рекрутер каже, що контракт підпишемо вже там, це нормально?",
    "el reclutador dice que el contrato lo firmamos al llegar, ¿está bien?",
    "recrutorul zice că semnăm contractul pe loc, e ok?",
    "người tuyển dụng bảo hợp đồng ký khi sang, vậy có ổn không?",
]

CONTRACT_SIGNED_BEFORE = [
    "I signed the contract at the agency office before the trip, is that ok?",
    "podpisałam umowę w biurze agencji przed wyjazdem, to w porządku?",
    "я подписала контракт в офисе агентства до поездки, это нормально?",
    "я підписала контракт в офісі агенції до поїздки, це нормально?",
    "firmé el contrato en la oficina de la agencia antes del viaje, ¿está bien?",
    "am semnat contractul la biroul agenției înainte de plecare, e ok?",
    "em đã ký hợp đồng ở văn phòng công ty trước khi đi, vậy có ổn không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    arrival=(CONTRACT_ON_ARRIVAL, ("low",)), before=(CONTRACT_SIGNED_BEFORE, ("none",)),
))
def test_a_contract_signed_only_on_arrival(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
