"""Splits AA and AB's classes (fourteenth round), written as meanings in new words, not AA-AB's sentences.

False escalations: a document copied and handed back, or a copy kept and the original with the user; a
thank-you for past help told as settled (a debt, a farm where someone was locked in); a loan from one's own
family for the ticket; no signal at sea; a residence card ("карта побыту") is not "побита" (beaten).
Their dangerous twins stay escalated: a copy made and the original kept by the boss, a past story still going
on, a debt to the boss for the ticket, a phone taken at sea.
Danger now, told indirectly: fear that a relative will harm herself after a farewell or with no answer since;
an injured worker at sea whose captain will not go to port; locked in from outside by an employer away on
holiday, the food gone, the third day; a man paid for a child coming tonight, "they will take her anyway"; a
child handed to a man leaving tomorrow morning, crying; a car coming tonight to take the writer to "clients"
at a club, with a threat; the boss coming tonight "to sort me out". Escalation: a threat to cancel the visa
after a complaint.
Escalation (rules alone): the advert's rate against a smaller payslip figure ("comes out at 7"); calls only on
speaker with someone sitting next to her; a teenage relative kept from school to clean and mind children;
"your family will have problems"; made to open bank accounts (also with "if I close them"); left with a cup
to beg; "I don't want to be beaten again" (a fear telling of a past beating). Round-13 over-reach fixed: an
old beating and no contact since is not danger now. Not danger now: the fear alone, a captain heading back
to port, a parent driving a child to camp tomorrow morning, a friend coming tonight.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

COPIED_RETURNED = [
    "the manager took my ID card to scan it for the payroll and handed it back after five minutes",
    "szefowa wzięła mój dowód, zrobiła kserokopię i od razu oddała. czy tak można?",
    "бригадир взял паспорт, сделал ксерокопию для отдела кадров и сразу вернул",
    "менеджер взяв мій паспорт, зробив копію для бухгалтерії і одразу повернув",
    "la encargada tomó mi pasaporte para sacar una fotocopia y me lo devolvió enseguida",
    "patronul mi-a luat buletinul ca să facă o copie și mi l-a dat înapoi pe loc",
    "quản lý lấy hộ chiếu của em để photo rồi trả lại ngay",
    "they made a copy of my residence permit for the file, the original is with me",
    "zrobili kopię mojej wizy do akt, oryginał mam u siebie",
    "en la empresa hicieron una copia de mi permiso, el original lo tengo yo",
]

COPIED_KEPT = [
    "they made a copy of my passport and kept the original in the office safe",
    "szef zrobił kopię paszportu i nigdy mi go nie oddał, trzyma go w sejfie",
    "сделали копию паспорта, а сам паспорт хозяин так и не вернул, держит у себя",
    "hicieron una copia y el patrón se quedó con el pasaporte original, no me lo devolvió",
]

THANKS_SETTLED = [
    "three years ago you helped my sister when the agency kept her passport in Holland. it's all over now, "
    "she has a normal job. we just wanted to thank you",
    "trzy lata temu agencja trzymała mi paszport, pomogliście go odzyskać. już po wszystkim, pracuję "
    "legalnie. dziękuję za pomoc",
    "год назад мой брат был должен бригадиру за дорогу, вы помогли. всё позади, он работает дома. "
    "спасибо за помощь",
    "рік тому мою тітку тримали замкненою в теплиці, ви допомогли. все позаду, вона вдома. хочу подякувати",
    "el año pasado a mi primo le quitaron el pasaporte en una obra, ustedes lo ayudaron. ya todo pasó, está "
    "bien. gracias por la ayuda",
    "anul trecut vărul meu avea o datorie la patron pentru drum, ne-ați ajutat. totul s-a rezolvat. vreau să "
    "vă mulțumesc",
    "năm ngoái em họ tôi bị chủ giữ hộ chiếu, các anh chị đã giúp. mọi chuyện ổn rồi. cảm ơn các anh chị",
]

THANKS_STILL = [
    "thank you for your help last year, but the agency still keeps my passport and all is not fine",
    "год назад вы помогли, спасибо за помощь, но хозяин до сих пор держит паспорт",
]

KIN_LOAN = [
    "I owe my sister for the flight, I send her a bit every month, she doesn't mind. the job is fine",
    "jestem winna siostrze za bilet lotniczy, oddaję jej co miesiąc po trochu",
    "я должна сестре за билет на самолёт, отдаю по чуть-чуть каждый месяц",
    "я винен батькам за квиток, віддаю потроху щомісяця",
    "le debo a mi hermana el pasaje de avión, le voy pagando de a poco",
    "îi datorez surorii mele biletul de avion, îi dau câte puțin în fiecare lună",
    "em nợ chị gái tiền vé máy bay, trả dần mỗi tháng",
]

BOSS_LOAN = [
    "I owe my boss for the flight and he takes it from my wage, the debt keeps growing",
    "jestem winna szefowi za bilet, co miesiąc dług rośnie",
    "я должна хозяину за билет, долг только растёт",
    "em nợ chủ tiền vé máy bay, nợ cứ tăng mãi",
]

SEA_SIGNAL = [
    "my son works offshore on a rig, two weeks on two off, at sea there is often no signal for days. normal?",
    "syn pracuje na statku, na morzu często nie ma zasięgu po kilka dni, umowa jest",
    "брат на судне, в море по несколько дней нет связи, зарплата приходит",
    "чоловік на судні, в морі часто по кілька днів нема зв'язку, контракт є",
]

SEA_PHONE_TAKEN = [
    "my son is on a fishing boat, the captain took all their phones, they work 20 hours",
    "brat jest na kutrze, kapitan zabrał wszystkim telefony i nie płaci od trzech miesięcy",
]

PERMIT_CARD = [
    "мне нужно продлить карту побыта, какие документы нужны?",
    "де подати на карту побиту в Кракові?",
]

HARM_SELF = [
    "my aunt works as a carer in Germany, unpaid since May. an hour ago she wrote sorry for everything, "
    "now she's not answering. I'm afraid she'll do something to herself",
    "siostra sprząta w hotelu w Norwegii, nie płacą jej. napisała że przeprasza za wszystko i nie odbiera. "
    "boję się że coś sobie zrobi",
    "сестра на заводе в Чехии, денег не платят. написала что просит прощения за всё и теперь не берёт "
    "трубку. боюсь что она что-то с собой сделает",
    "сестра на фабриці в Чехії, не платять. написала що просить вибачення за все, тепер не бере трубку. "
    "боюсь що вона щось із собою зробить",
    "mi tía trabaja cuidando ancianos en Italia, no le pagan. me escribió pidiendo perdón por todo y ya no "
    "contesta. tengo miedo de que se haga algo",
    "mătușa mea lucrează în Germania, nu e plătită. mi-a cerut iertare pentru tot și acum nu mai răspunde. "
    "mi-e frică să nu își facă ceva",
    "dì em làm ở Nhật, không được trả lương. dì nhắn xin lỗi vì mọi chuyện rồi tắt máy. em sợ dì làm điều "
    "dại dột",
]

HARM_SELF_WORRY = [
    "my aunt is very stressed at work, I'm afraid she'll do something to herself one day",
    "siostra jest zmęczona pracą, boję się że coś sobie zrobi kiedyś",
]


PORT_REFUSED = [
    "my cousin is on a trawler, he broke his arm yesterday, the bone is sticking out, the skipper won't go "
    "to port and makes him work one handed",
    "szwagier na kutrze złamał rękę, kość wystaje, kapitan nie chce wracać do portu, każe robić jedną ręką",
    "муж на траулере сломал руку, кость торчит, капитан не хочет возвращаться в порт, говорит работай одной "
    "рукой",
    "чоловік на судні зламав руку, кістка стирчить, капітан не хоче повертатися в порт, каже працювати "
    "однією рукою",
    "mi cuñado en un pesquero se rompió el brazo, se le ve el hueso, el capitán no quiere volver al puerto y "
    "le dice que trabaje con una mano",
    "cumnatul meu pe un vas și-a rupt mâna, iese osul, căpitanul nu vrea să se întoarcă în port, îi zice să "
    "muncească cu o mână",
    "anh rể em trên tàu cá bị gãy tay, lòi xương, thuyền trưởng không chịu quay vào bờ, bắt làm bằng một tay",
]

LOCKED_AWAY = [
    "my employers flew to Spain and locked me in the house from outside, second day now, no food left",
    "pracodawcy wyjechali i zamknęli mnie w domu od zewnątrz, już drugi dzień, skończyło się jedzenie",
    "хозяева уехали и заперли меня в доме снаружи, уже второй день, еда закончилась",
    "господарі поїхали і замкнули мене в будинку ззовні, вже другий день, їжа закінчилась",
    "mis patrones se fueron y me dejaron encerrada por fuera, segundo día, no queda comida",
    "stăpânii au plecat și m-au încuiat în casă din afară, a doua zi, s-a terminat mâncarea",
    "chủ đi du lịch khóa em trong nhà từ bên ngoài, ngày thứ hai rồi, hết đồ ăn",
]

CHILD_TONIGHT = [
    "my brother-in-law took money from a man and tonight the man comes for my niece, she's 15, they say "
    "they'll take her anyway",
    "szwagier wziął pieniądze od faceta, dziś wieczorem facet przyjedzie po bratanicę, ma 15 lat, mówią że i "
    "tak ją zabiorą",
    "отчим взял деньги у мужика, сегодня вечером он приедет за сестрой, ей 15, говорят всё равно заберут",
    "вітчим взяв гроші в чоловіка, сьогодні ввечері той приїде за сестрою, їй 15, кажуть все одно заберуть",
    "mi padrastro recibió plata de un tipo y esta noche ese tipo viene por mi hermana, tiene 15, dicen que "
    "igual se la llevan",
    "tatăl vitreg a luat bani de la un tip și diseară tipul vine după sora mea, are 15 ani, zic că o iau "
    "oricum",
    "chú em lấy tiền của một ông, tối nay ông đó tới đón em gái, em 15 tuổi, họ nói vẫn bắt đi",
]

CHILD_TOMORROW = [
    "la vecina le da su hija de 13 años a un señor que se la lleva a trabajar, salen mañana a las 5 y la "
    "niña llora",
    "vecinul își dă fata de 13 ani unui bărbat care o duce la muncă, pleacă mâine la 5, fata plânge",
    "сусід віддає доньку, їй 13, чоловіку, той везе її на роботу, їдуть завтра о 5, дівчинка плаче",
]

CLIENTS_TONIGHT = [
    "the man who brought me said tonight a car comes for me and i'll work with clients at a club, if i "
    "refuse i'll regret it",
    "facet co mnie przywiózł mówi że dziś o 23 przyjedzie po mnie auto, będę pracować z klientami w klubie, "
    "a jak odmówię to pożałuję",
    "мужчина, который меня привёз, сказал что сегодня в 23 за мной приедет машина и я буду работать с "
    "клиентами в клубе, а если откажусь пожалею",
    "чоловік, що мене привіз, сказав що сьогодні о 23 за мною приїде машина і я працюватиму з клієнтами в "
    "клубі, а якщо відмовлюсь пошкодую",
    "el hombre que me trajo dijo que esta noche viene un carro por mí para atender clientes en un club y si "
    "me niego me voy a arrepentir",
    "bărbatul care m-a adus a zis că diseară vine mașina după mine să lucrez cu clienții într-un club, dacă "
    "refuz o să regret",
    "người đưa em sang nói tối nay xe tới đón em đi tiếp khách ở quán karaoke, không đi thì biết tay",
]

SORT_OUT = [
    "the foreman found out i called the union, says he's coming round tonight to sort me out, and he has my "
    "passport",
    "brygadzista wie że dzwoniłem do PIP, powiedział że wieczorem przyjedzie i mnie załatwi, paszport ma u "
    "siebie",
    "бригадир узнал что я звонил в инспекцию, сказал вечером приедет со своими разобраться со мной",
    "бригадир дізнався що я дзвонив в інспекцію, сказав ввечері приїде розібратися зі мною",
    "el capataz supo que llamé a la inspección, dice que esta noche viene a darme una lección, y tiene mi "
    "pasaporte",
    "șeful a aflat că am sunat la inspecție, zice că diseară vine să mă învețe minte, are pașaportul meu",
    "chủ biết em gọi thanh tra, nói tối nay sẽ tới dạy em một bài học, hộ chiếu chủ đang giữ",
]

VISA_THREAT = [
    "the agency says if my wife complains they'll cancel her visa",
    "agencja mówi że jak żona będzie się skarżyć, to anulują jej wizę",
    "агентство говорит, если будет жаловаться, ей аннулируют визу",
    "агенція каже, якщо буде скаржитись, їй скасують візу",
    "la agencia dice que si se queja le cancelan la visa",
    "agenția zice că dacă se plânge îi anulează viza",
    "công ty nói nếu vợ em khiếu nại thì sẽ hủy visa",
]

NOT_NOW = [
    "my cousin broke his arm on the trawler, the skipper turned back and they reached port, he's in hospital",
    "my daughter is 14, tomorrow at 6 I drive her to a summer camp, she's crying because she's nervous",
    "a friend comes for me tonight at 10 and we go to a club",
    "I work with clients at a bank, is it normal to do overtime?",
]


RULES_ESCALATION = [
    "the ad said 15 euro an hour at the packing plant, my payslip comes out at 8 after 'deductions'",
    "w ogłoszeniu było 15 euro za godzinę, a na pasku wychodzi mi 8",
    "в объявлении было 15 евро в час, а в расчётке выходит 8",
    "в оголошенні було 15 євро за годину, а в розрахунку виходить 8",
    "el anuncio decía 15 euros la hora y en la nómina me salen 8",
    "în anunț scria 15 euro pe oră, pe fluturaș îmi iese 8",
    "quảng cáo bảo 15 euro một giờ mà phiếu lương ra có 8",
    "my sister works as a nanny abroad, she only calls on speakerphone and someone is sitting next to her",
    "siostra dzwoni tylko na głośnomówiącym, a ktoś obok siedzi i słucha",
    "сестра звонит только на громкой связи, и кто-то рядом сидит",
    "сестра дзвонить тільки на гучному, і хтось поруч сидить",
    "mi hermana solo llama en altavoz y alguien está sentado al lado",
    "sora mea sună doar pe difuzor și cineva stă lângă ea",
    "chị em chỉ gọi bằng loa ngoài, có người ngồi bên cạnh nghe",
    "my nephew is 14, his uncle took him abroad to study, he doesnt go to school, he cleans the shop all day",
    "bratanek ma 14 lat, do szkoły nie chodzi, cały dzień sprząta w sklepie wujka",
    "племяннику 14, в школу не ходит, целый день убирает в кафе у дяди",
    "племіннику 14, до школи не ходить, цілий день прибирає в кафе дядька",
    "mi sobrino tiene 14, no lo mandan al colegio, se la pasa limpiando el local del tío",
    "nepotul meu are 14 ani, nu merge la școală, face curat toată ziua la unchiul lui",
    "cháu em 14 tuổi, không cho đi học, cả ngày dọn dẹp quán của chú",
    "the boss said if he complains his family back home will have problems",
    "szef powiedział, że jak się poskarży, to rodzina w Polsce będzie miała problemy",
    "начальник сказал, если пожалуется, его семья дома будет иметь проблемы, будут проблемы",
    "шеф сказав, якщо поскаржиться, його родина вдома матиме проблеми, будуть проблеми",
    "el jefe dijo que si se queja su familia va a tener problemas",
    "șeful a zis că dacă se plânge familia lui o să aibă probleme",
    "chủ nói nếu khiếu nại thì gia đình ở quê sẽ gặp rắc rối",
    "the recruiter made me open two bank accounts and hand over the cards",
    "kazał mi otworzyć dwa konta i oddać mu karty",
    "вербовщик заставил меня открыть два счета и отдать карты",
    "вербувальник змусив мене відкрити два рахунки і віддати картки",
    "el tipo me hizo abrir dos cuentas y dice que si las cierro tendré problemas",
    "tipul m-a pus să deschid două conturi și zice că dacă le închid am probleme",
    "người môi giới bắt em mở hai tài khoản ngân hàng rồi đưa thẻ cho hắn",
    "a man puts an old woman with a cup outside the station every morning and collects her at night",
]

RULES_CALM = [
    "I want to open a bank account for my salary, which documents do I need?",
    "the ad said 15 euro an hour and my payslip comes out at 15, all fine",
    "I call my mum on speaker so my kids can say hello",
]


BEATEN_AGAIN = [
    "I don't want to be beaten again by the foreman",
    "nie chcę, żeby brygadzista znowu mnie pobił",
    "tengo miedo de que el jefe me pegue de nuevo",
    "em sợ lại bị chủ đánh nữa",
    "I'm scared they'll lock us in the container again",
]

OLD_LOST_CONTACT = [
    "two years ago the boss beat my cousin on the farm, since then his phone is off. can you find him?",
    "dwa lata temu szef pobił kuzyna na farmie, od tego czasu nie odbiera. jak go szukać?",
    "год назад хозяин избил брата на стройке, с тех пор телефон выключен. как его найти?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    copied_returned=(COPIED_RETURNED, CALM), copied_kept=(COPIED_KEPT, ESCALATED),
    thanks_settled=(THANKS_SETTLED, CALM), thanks_still=(THANKS_STILL, ESCALATED),
    kin_loan=(KIN_LOAN, CALM), boss_loan=(BOSS_LOAN, ESCALATED),
    sea_signal=(SEA_SIGNAL, CALM), sea_phone_taken=(SEA_PHONE_TAKEN, ESCALATED),
    permit_card=(PERMIT_CARD, CALM),
    harm_self=(HARM_SELF, DANGER), harm_self_worry=(HARM_SELF_WORRY, BELOW_DANGER),
    port_refused=(PORT_REFUSED, DANGER), locked_away=(LOCKED_AWAY, DANGER),
    child_tonight=(CHILD_TONIGHT, DANGER),
    child_tomorrow=(CHILD_TOMORROW, DANGER), clients_tonight=(CLIENTS_TONIGHT, DANGER),
    rules_escalation=(RULES_ESCALATION, ESCALATED), rules_calm=(RULES_CALM, CALM),
    beaten_again=(BEATEN_AGAIN, ESCALATED), old_lost_contact=(OLD_LOST_CONTACT, BELOW_DANGER),
    sort_out=(SORT_OUT, DANGER), visa_threat=(VISA_THREAT, ("high",)), not_now=(NOT_NOW, BELOW_DANGER),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_thousands_mark_is_no_sentence_break() -> None:
    """Romanian and Polish thousands dots ("10.000 lei") and decimal marks do not split a sentence."""
    from nlu.text import tokenize

    tokens = tokenize("datorez 10.000 lei pentru drum, 2,5 ani")
    assert {t.sentence for t in tokens} == {0}
    assert len({t.clause for t in tokens}) == 2  # only the ", " before "2,5" breaks a clause
    assert tokenize("am plătit 10. Apoi")[-1].sentence == 1  # a real full stop still does
