"""Splits BG and BH's classes (thirtieth round), written as meanings in new words, not BG-BH's sentences.

Critical recall: someone taken to a flat with men who is afraid they will kill her is danger now; its
twin, a friend moving into a flat with men and afraid of the rent, stays calm. An ending told for tonight
with "nobody will notice" is suicidal intent; its twin, finishing the packing tonight, stays calm. Despair
with a wish not to wake up is suicidal intent; its twin, a medicine from the doctor to sleep, stays calm. A
threat over money ("if I don't pay, his people will hurt me") and men outside the user's room now is danger
now; its twin, a friend waiting outside the room, stays calm.
Locked in a flat since yesterday with the address unknown, or told as "suntem închise" or "bị khóa trong căn
hộ", is danger now; its twin, a flat with a known address and the keys, stays below danger. Hiding in the
bathroom ("я зачинилась у ванній", "em khóa mình trong nhà tắm") from a man who threatens to kill is danger
now; its twin, shutting oneself in the bathroom to call home, stays calm.
False escalations: an agency keeping the original passport "until the bus leaves" (a pre-departure request),
a rumour "people on tiktok say that", a student's essay question, an advert's rate ("16 euro/ora") and perks
("vivienda y carro gratis"), papers checked by the police "all fine", stay calm; their twins (passports kept
after arrival, the user's own case after the rumour, a car slept in) stay escalated.
Escalation misses: pay kept till the season's end told with "😅", months gone by with only a little money
given, not let out the first week told while still working there, the family told about the debt, extras
with clients as the condition for shifts, a debt grown bigger than on arrival, cards and PINs handed to the
boss, "one phone call and the police pick you up", each beside a calm twin.
Review gaps: an opening "HELP" with a confinement is danger now ("help with my payslip" stays calm); a
contract only in a language the worker does not understand is no contract (low), one in their language too
stays calm. Gold high read as critical: "sưng" is no gun, a hidden phone is not the user hiding, "and now he
says" is not hurt now, "fine now" is not trapped now; their twins stay danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Someone taken to a flat with men, afraid they will kill her.
AFRAID_KILLED = [
    "my cousin wrote an hour ago, a man drove her to a house full of strangers, she is terrified they will "
    "kill "
    "her and now her phone is off",
    "siostra napisała, że wywieźli ją do domu z obcymi facetami i boi się, że ją zabiją, od tej pory cisza",
    "сестра написала что её привезли в дом к незнакомым мужикам, она боится что её там убьют, больше не "
    "отвечает",
    "сестра написала що її привезли в будинок до чужих чоловіків, вона боїться що її там вбʼють, більше не "
    "відповідає",
    "mi prima escribió que la llevaron a una casa con hombres desconocidos, tiene miedo de que la maten "
    "allí, no "
    "contesta",
    "verișoara mi-a scris că au dus-o într-o casă cu bărbați străini, îi e frică să n-o omoare acolo, nu "
    "mai răspunde",
    "em họ em nhắn là bị chở đến 1 ngôi nhà toàn đàn ông lạ, nó sợ bị giết ở đó, giờ không liên lạc được",
]

# Moving in with men from work, afraid of the rent: no danger.
AFRAID_CALM = [
    "my cousin moved into a house with three guys from the warehouse, she is afraid the rent is too high",
    "siostra zamieszkała z trzema kolegami z magazynu i boi się, że czynsz będzie za wysoki",
    "сестра переехала в дом с тремя ребятами со склада, боится что аренда слишком дорогая",
    "сестра переїхала в будинок з трьома хлопцями зі складу, боїться що оренда задорога",
    "mi prima se mudó a una casa con tres chicos del almacén, tiene miedo de que el alquiler sea muy caro",
    "verișoara s-a mutat într-o casă cu trei colegi de la depozit, îi e frică să nu fie chiria prea mare",
    "em họ em chuyển đến ở chung nhà với 3 anh cùng kho, nó sợ tiền thuê nhà đắt quá",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    afraid=(AFRAID_KILLED, DANGER), calm=(AFRAID_CALM, CALM),
))
def test_afraid_they_will_kill_her(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Suicidal intent: an ending tonight with "nobody will notice"; despair with a wish not to wake up.
SELF_HARM = [
    "they hold my documents and I owe more every week. tonight i will end it all, nobody will notice anyway",
    "trzymają mój paszport, dług rośnie. dziś w nocy to wszystko skończę, i tak nikt nie zauważy",
    "паспорт у них, долг только растёт. сегодня ночью всё это закончу, никто и не заметит",
    "паспорт у них, борг тільки росте. сьогодні вночі все це закінчу, ніхто й не помітить",
    "I owe them more each month and they keep my passport. I cannot do this anymore, better to not wake up",
    "борг росте, паспорт у них. я вже не можу, краще б не прокинутись",
    "nợ ngày càng nhiều, họ giữ hộ chiếu. em không chịu nổi nữa, chỉ muốn ngủ rồi không tỉnh dậy",
]

# Finishing the packing tonight; pills from the doctor to sleep: no danger.
SELF_HARM_CALM = [
    "tonight i will finish the packing, the bus leaves at six",
    "dziś w nocy skończę pakowanie, autobus jest o szóstej",
    "сегодня ночью закончу собирать вещи, автобус в шесть",
    "the doctor gave me a medicine to sleep because I wake up at night after the shifts",
    "лікар дав мені таблетки для сну, бо я прокидаюсь вночі після змін",
    "bác sĩ cho em thuốc ngủ vì em hay tỉnh dậy lúc nửa đêm sau ca làm",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    harm=(SELF_HARM, DANGER), calm=(SELF_HARM_CALM, CALM),
))
def test_self_harm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A threat over money, and a car or men outside the user's room now (or "they are outside at the door").
OUTSIDE_ROOM = [
    "the recruiter said if i dont pay by this evening his guys will hurt me. now two men are standing "
    "outside my "
    "room",
    "pośrednik powiedział, że jak nie oddam kasy dziś wieczorem, to mnie pobiją. od godziny pod moim pokojem "
    "stoi dwóch facetów",
    "посредник сказал если не отдам деньги его люди меня покалечат. уже час под моей комнатой стоят двое",
    "посередник сказав якщо не віддам гроші його люди мене покалічать. вже годину під моєю кімнатою стоять "
    "двоє",
    "el reclutador dijo que si no pago hoy su gente me va a golpear. hace una hora hay dos tipos afuera de "
    "mi cuarto",
    "recrutorul a zis că dacă nu dau banii diseară oamenii lui mă bat. de o oră stau doi bărbați sub camera "
    "mea",
    "họ nói tối nay phải mang tiền đến, nếu không người của họ đánh em. giờ có 2 thằng đứng trước phòng em "
    "cả "
    "tiếng rồi",
    "mâine ne duc la clienți și nu putem refuza. sunt afară la ușă acum",
]

# A friend waiting outside the room: no threat, no danger.
OUTSIDE_CALM = [
    "my friend is waiting outside my room now, we go to the cinema tonight",
    "kolega czeka pod moim pokojem, dziś wieczorem idziemy do kina",
    "друг уже час ждёт под моей комнатой, сегодня вечером идём в кино",
    "mi amigo está afuera de mi cuarto, esta noche vamos al cine",
    "prietenul meu așteaptă sub camera mea, diseară mergem la film",
    "bạn em đang đợi trước phòng em, tối nay đi xem phim",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    outside=(OUTSIDE_ROOM, DANGER), calm=(OUTSIDE_CALM, CALM),
))
def test_someone_outside_the_room(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in a flat since yesterday, the address unknown, writing from a hidden phone.
LOCKED_FLAT = [
    "we are three women locked in a flat since yesterday, they took the phones, we dont even know the "
    "address",
    "jesteśmy we trzy zamknięte w mieszkaniu od wczoraj, zabrali telefony, nie wiemy jaki to adres",
    "нас трое заперли в квартире со вчера, телефоны забрали, адрес не знаем",
    "somos tres encerradas en una casa desde ayer, nos quitaron los teléfonos, no sabemos la dirección",
    "suntem trei închise în casă de ieri, ne-au luat telefoanele, nu știm adresa",
    "bọn em 3 người bị khóa trong phòng từ hôm qua, bị lấy điện thoại, không biết địa chỉ",
]

# A flat with a known address and the keys: no confinement now.
LOCKED_CALM = [
    "we are three women in a new flat since yesterday, we have the keys and the address is Polna 5",
    "od wczoraj mieszkamy we trzy w nowym mieszkaniu, mamy klucze, adres to Polna 5",
    "мы втроём со вчера в новой квартире, ключи у нас, адрес знаем",
    "suntem trei în casa nouă de ieri, avem cheile și știm adresa",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_FLAT, DANGER), calm=(LOCKED_CALM, BELOW_DANGER),
))
def test_locked_in_a_flat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Hiding in the bathroom from a man who threatens to kill.
HIDING = [
    "можна дзвонити в поліцію якщо сусід кричить що вбʼє мене? я зачинилась у ванній",
    "em gọi công an được không nếu anh ta hét là giết em? em khóa mình trong nhà tắm rồi",
]

# Shutting oneself in the bathroom to call home: no danger.
HIDING_CALM = [
    "я зачинилась у ванній щоб спокійно подзвонити мамі",
    "em khóa mình trong nhà tắm để gọi cho mẹ cho yên tĩnh",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hiding=(HIDING, DANGER), calm=(HIDING_CALM, CALM),
))
def test_hiding_from_a_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)





# False escalations: the original passport kept by the agency "until the bus leaves" (a pre-departure request,
# low); a rumour "people on tiktok say" about agencies (media, calm); a student's essay question (general); an
# advert's rate and perks ("18 euro/h", "flat and car free"); papers checked by the police, "all fine".
CALM_READINGS = [
    "the agency says bring the original passport on monday, they keep it until the bus leaves for the border",
    "biuro każe przynieść oryginał paszportu w poniedziałek, trzymają go do odjazdu busa",
    "агентство просит принести оригинал паспорта, будет у них до отправки автобуса",
    "la agencia dice que llevemos el pasaporte original el lunes, lo guardan hasta que salga el bus",
    "agenția zice să aducem pașaportul original luni, îl țin până pleacă autobuzul",
    "công ty bảo thứ 2 mang hộ chiếu gốc đến, họ giữ đến khi xe xuất phát",
    "people on tiktok say every agency in Germany takes your passport. is that true? I got an offer from one",
    "na tiktoku ludzie piszą, że każda agencja zabiera paszporty. to prawda?",
    "в тиктоке пишут что каждое агентство забирает паспорт, это правда?",
    "в тіктоці пишуть що кожна агенція забирає паспорт, це правда?",
    "en tiktok dicen que cada agencia te quita el pasaporte, es verdad?",
    "pe tiktok zice lumea că orice agenție îți ia pașaportul, e adevărat?",
    "trên tiktok mọi người bảo công ty nào cũng giữ hộ chiếu, có đúng không?",
    "jaka kara grozi za pracę przymusową? piszę referat na zajęcia",
    "what sentence does forced labour carry in Poland? it is for my essay",
    "oferta: sere în Germania, 16 euro/ora, cazare și mașină gratis, fără experiență",
    "oferta: invernaderos en Alemania, 16 euros/hora, vivienda y carro gratis, sin experiencia",
    "sprawdzili dokumenty, wszystko w porządku, paszporty mamy przy sobie",
]

# Their escalated twins: passports kept after arrival, the user's own case told after the rumour, a real
# threat, a car to sleep in.
ESCALATED_READINGS = [
    "the agency kept our passports when we arrived and says we get them when the contract ends",
    "na tiktoku ludzie piszą, że agencje zabierają paszporty. moja agencja zabrała mi "
    "paszport tydzień temu i nie oddaje",
    "szef grozi, że jak pójdę na policję, to mnie wywiezie do lasu",
    "dormimos en el carro del patrón desde hace un mes, trabajamos 14 horas",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_READINGS, CALM), escalated=(ESCALATED_READINGS, ESCALATED),
))
def test_calm_readings(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: pay kept "till the end of the season" told with a nervous smile, or months gone by and
# only a little money given; not let out the first week told as past while still working there; the family
# told about the debt if the user leaves; extras with clients as the condition for shifts.
ESCALATION = [
    "the boss keeps our wages until the season ends so we dont waste them 😅 it is august already",
    "szef trzyma nam pensje do końca sezonu, żebyśmy nie wydali 😅 a już sierpień",
    "it has been 4 months and they only gave us 150 euro for food",
    "минуло вже 4 місяці, а дали тільки 150 злотих на їжу",
    "pasaron 4 meses y solo nos han dado 150 euros para comer",
    "au trecut 4 luni și ne-au dat doar 150 de euro pentru mâncare",
    "đã 4 tháng mà chỉ được cho 150 euro tiền ăn",
    "the first days they did not let us leave the house until the permits came, now its ok we work. was that "
    "legal?",
    "los primeros días no nos dejaban salir de la casa, ya todo bien, estamos trabajando. era legal?",
    "în primele zile nu ne-au lăsat să ieșim din casă, acum e ok, lucrăm. era legal?",
    "the recruiter says if I quit early he will tell my family about the debt",
    "rekruter mówi, że jak odejdę wcześniej, to powie rodzinie o długu",
    "вербовщик говорит если уйду раньше, расскажут родителям про долг",
    "рекрутер каже якщо піду раніше, розкажуть батькам про борг",
    "el reclutador dice que si me voy antes le cuentan a mi familia lo de la deuda",
    "recrutorul zice că dacă plec mai devreme le spune părinților despre datorie",
    "the owner says if I want more shifts I have to do extras with the clients",
    "właściciel mówi, że jak chcę więcej godzin, to muszę robić dodatki z klientami",
    "la dueña dice que si quiero más horas tengo que hacer extras con los clientes",
    "patroana zice că dacă vreau mai multe ore trebuie să fac extra cu clienții",
    "bà chủ bảo muốn nhiều ca hơn thì phải làm thêm cho khách",
]

# Their calm twins: pay on time with a smile, days off counted in months, a first week's training told as
# past, the family told of a flight date, overtime for a customer, friendliness with clients.
ESCALATION_CALM = [
    "the boss pays us every friday 😅 just asking how the tax works",
    "4 months here and I only got 2 days off, is that the law for seasonal work?",
    "the agency will tell my family the flight date if I leave earlier",
    "em phải làm thêm giờ cho khách hàng gấp, có được trả thêm không?",
    "tenemos que ser amables con los clientes en la tienda, es normal",
    "the first days we did the safety training in the hostel, now its ok we work",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    escalated=(ESCALATION, ESCALATED), calm=(ESCALATION_CALM, CALM),
))
def test_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# More escalation misses: a debt that grows while working; the cards and PINs of accounts opened for the boss;
# "one phone call and the police pick you up, we'll find something"; the last weeks not paid (ro); all our
# passports in the boss's office till the contract ends (es).
ESCALATION_MORE = [
    "three months of work and I owe them more than when I arrived",
    "pracuję trzy miesiące, a mam większy dług niż jak przyjechałem",
    "три месяца работаю, а долг больше, чем когда приехал",
    "три місяці працюю, а борг більший, ніж коли приїхав",
    "tres meses trabajando y la deuda es mayor que cuando llegué",
    "lucrez de trei luni și datoria e mai mare decât când am venit",
    "làm 3 tháng rồi mà nợ còn nhiều hơn lúc mới sang",
    "zakładamy konta na siebie i dajemy szefowi karty i piny",
    "abrimos cuentas y le dimos al jefe las tarjetas con el pin",
    "I asked for my money and he said one phone call and the police take you, we'll find something",
    "zapytałem o wypłatę, a on że jeden telefon i policja mnie zgarnie",
    "спросил про деньги, а он: один звонок и полиция заберёт, что-нибудь найдём",
    "запитав про гроші, а він: один дзвінок і поліція забере",
    "pedí mi plata y me dijo que con una llamada la policía te lleva",
    "am cerut banii și a zis că un telefon și te ridică poliția",
    "ultimele trei săptămâni nu mi le-au mai plătit",
    "el patrón guarda todos nuestros pasaportes en la oficina hasta que termine el contrato",
]

# Their calm twins: more friends than on arrival; a bank card of one's own; a phone call to the police about
# the noise; a deposit given back when the contract ends.
ESCALATION_MORE_CALM = [
    "three months here and I have more friends than when I arrived",
    "założyłem konto w banku i dostałem kartę z pinem",
    "I made one phone call and the police came to take the report about the noise",
    "el contrato termina en octubre y el patrón nos devuelve la fianza del cuarto cuando termine",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    escalated=(ESCALATION_MORE, ESCALATED), calm=(ESCALATION_MORE_CALM, CALM),
))
def test_more_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Two older gaps found in review. A cry for help ("HELP" opening the message) with a confinement now is danger
# now, as "POMOCY" is; "help with my payslip" is a request, and a lock told as last year stays below danger.
CRY_LOCKED = [
    "HELP they locked us in the barrack and don't pay us",
    "help they shut us in the container, the door is locked",
    "POMOCY zamknęli nas w baraku i nie płacą",
    "ПОМОГИТЕ нас заперли в бараке и не платят",
    "ДОПОМОЖІТЬ нас замкнули в бараку і не платять",
    "AYUDA nos encerraron en la barraca y no nos pagan",
    "AJUTOR ne-au încuiat în baracă și nu ne plătesc",
    "CỨU EM họ nhốt bọn em trong lán và không trả lương",
]
CRY_CALM = [
    "help with my payslip please, the tax looks wrong",
    "help needed: how do I change the bank account for my salary?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    cry=(CRY_LOCKED, DANGER), calm=(CRY_CALM, CALM),
))
def test_cry_for_help_while_locked_in(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A contract only in a language the worker does not understand is no contract (low, at least); one in the
# worker's language too stays calm.
CONTRACT_FOREIGN = [
    "the contract is only in Polish, I don't understand it and nobody explained",
    "umowa jest tylko po niemiecku, nie rozumiem jej i nikt nie wytłumaczył",
    "договор только на польском, я его не понимаю и никто не объяснил",
    "договір тільки польською, я його не розумію і ніхто не пояснив",
    "el contrato está solo en polaco, no lo entiendo y nadie me lo explicó",
    "contractul e doar în poloneză, nu-l înțeleg și nimeni nu mi-a explicat",
    "hợp đồng chỉ bằng tiếng Ba Lan, em không hiểu và không ai giải thích",
]
CONTRACT_OWN_LANGUAGE = [
    "the contract is in Polish and in English, I read it all",
    "umowa jest po polsku i po ukraińsku, wszystko jasne",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    foreign=(CONTRACT_FOREIGN, ("low", "high")), own=(CONTRACT_OWN_LANGUAGE, ("none",)),
))
def test_contract_in_a_foreign_language(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Gold high read as critical: vi "sưng" (swollen) is no gun; a hidden old phone is not the user hiding; "broke
# my tooth, and now he says he takes a fine" is not hurt now; locked in the first week, "fine now", is not
# trapped now. Their twins: a gun, the user hiding, bleeding now, stay danger now.
NOT_NOW = [
    "hôm qua quản lý đẩy em ngã, tay sưng hết, có được báo công an không?",
    "tengo un celular viejo escondido, nos quitaron los otros, no sé la dirección de la finca",
    "the foreman punched me and broke my tooth, and now says he will take a fine from my pay",
    "majster uderzył mnie i złamał mi ząb, a teraz mówi, że potrąci mi karę",
    "șeful m-a lovit și mi-a rupt un dinte, iar acum zice că-mi taie din salariu",
    "tuần đầu họ khóa cửa nhốt bọn em, không biết địa chỉ, giờ ổn rồi",
]
STILL_NOW = [
    "anh ta có súng, em đang trốn trong nhà vệ sinh",
    "estoy escondida en el baño, el tipo tiene un cuchillo",
    "the foreman broke my arm and now I am bleeding a lot, help",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    not_now=(NOT_NOW, BELOW_DANGER), now=(STILL_NOW, DANGER),
))
def test_high_not_danger_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
