"""Splits DQ, DR, DS and DT's classes (fifty-fourth round), written as meanings in new words, not the splits'
sentences.

Critical: a child made to beg, watched by a man, there now; running away now and hiding; sent to "clients"
tonight and locked in the bathroom, asking for help. False escalations: a rumour of danger answered by the
writer's own check (a relative said to be locked in, called, fine and home; an owner said to lock his workers
in, the workers asked); with their risky twins and adversarial twins (the calm cue, then a danger told in
fresh words), kept escalated. The rules are tested alone (the statistical net off) unless a test says
otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Critical: a child made to beg, watched by a man, there now.
CHILD_BEGGING_WATCHED_NOW = [
    "at the bus station there's a little girl, maybe 10, a man keeps an eye on her and makes her beg from "
        "everyone, she's there right now",
    "na dworcu autobusowym jest dziewczynka, może 10 lat, jakiś facet jej pilnuje i każe jej żebrać od "
        "ludzi, "
        "jest tam teraz",
    "на автовокзале девочка лет 10, мужчина следит за ней и заставляет её попрошайничать, она там сейчас",
    "на автовокзалі дівчинка років 10, чоловік стежить за нею і змушує її жебракувати, вона там зараз",
    "en la terminal de buses hay una niña de unos 11 años, un hombre la vigila y la obliga a pedir limosna, "
        "está ahí ahora",
    "la autogară e o fetiță de vreo 11 ani, un bărbat o păzește și o pune să cerșească la oameni, e acolo "
        "acum",
    "ở bến xe có một bé gái khoảng 10 tuổi, một người đàn ông canh con bé và bắt nó đi xin tiền, bé đang ở "
        "đó",
]
# Its twins: the same child seen in the past, nothing "there now" (high, not critical).
CHILD_BEGGING_SEEN_BEFORE = [
    "last summer I saw a girl of about 11 made to beg at the station by a man, I didn't report it then. Can "
        "I "
        "still?",
    "zeszłego lata widziałam na dworcu dziewczynkę, może 11 lat, facet kazał jej żebrać. Czy mogę to jeszcze "
        "zgłosić?",
    "прошлым летом видела на вокзале девочку лет 11, мужчина заставлял её попрошайничать. Можно ещё "
        "сообщить?",
    "минулого літа бачила на вокзалі дівчинку років 11, чоловік змушував її жебракувати. Чи можна ще "
        "повідомити?",
    "el verano pasado vi en la estación a una niña de unos 11 años, un hombre la obligaba a pedir limosna. "
        "¿Todavía puedo avisar?",
    "vara trecută am văzut la gară o fetiță de vreo 11 ani, un bărbat o punea să cerșească. Mai pot anunța?",
    "hè năm ngoái em thấy ở ga một bé gái khoảng 11 tuổi bị một người đàn ông bắt đi xin tiền. Giờ em còn "
        "báo "
        "được không?",
]


@pytest.mark.parametrize("text,levels", cases(
    now=(CHILD_BEGGING_WATCHED_NOW, DANGER), before=(CHILD_BEGGING_SEEN_BEFORE, BELOW_DANGER)))
def test_child_begging_watched_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", CHILD_BEGGING_SEEN_BEFORE)
def test_child_begging_seen_before_stays_escalated(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Critical: running away now and hiding.
RUNNING_AWAY_HIDING = [
    "running away from them right now, hiding in the toilet at a gas station, they said they'd kill me if I "
        "ran",
    "uciekam od nich, schowałam się w toalecie na stacji benzynowej, mówili że zabiją jak ucieknę",
    "я сбегаю от них, прячусь в туалете на АЗС, сказали убьют если сбегу",
    "я зараз тікаю, ховаюсь у туалеті на АЗС, казали вб'ють якщо втечу",
    "me estoy escapando, estoy escondida en el baño de una gasolinera, dijeron que si me iba me mataban",
    "fug de ei, m-am ascuns în toaleta unei benzinării, au zis că mă omoară dacă fug",
    "em đang chạy trốn, đang núp trong nhà vệ sinh cây xăng, họ nói nếu em trốn sẽ giết em",
]
# Critical: sent to "clients" tonight, locked in the bathroom, asking for help.
CLIENTS_TONIGHT_LOCKED_IN_BATHROOM = [
    "they want me to go with 'clients' tonight at the motel, I locked myself in the bathroom, help",
    "chcą żebym dziś w nocy poszła z 'klientami' w motelu, zamknęłam się w łazience, pomocy",
    "хотят чтобы я сегодня ночью пошла с «клиентами», я закрылась в ванной, помогите",
    "хочуть щоб я сьогодні вночі пішла з «клієнтами», я закрилась у ванній, допоможіть",
    "quieren que esta noche me vaya con 'clientes' en el motel, me encerré en el baño, ayuda",
    "vor să merg diseară cu 'clienții' la motel, m-am încuiat în baie, ajutor",
    "tối nay họ bắt em đi với 'khách' ở nhà nghỉ, em khóa cửa trong nhà vệ sinh rồi, cứu em",
]
# Their twins: the escape or the night told as past, the writer safe now (escalated; some read critical
# before this round: a past escape with hiding, left as it was).
ESCAPED_BEFORE_SAFE_NOW = [
    "last year I ran away from them and hid in a gas station toilet; now I'm at a shelter and safe. Can I "
        "report them?",
    "в прошлом году я сбежала от них и спряталась в туалете на заправке, сейчас я в шелтере, в безопасности. "
        "Можно заявить?",
    "anul trecut am fugit de ei și m-am ascuns în toaleta unei benzinării, acum sunt la un adăpost, în "
        "siguranță. Pot să-i reclam?",
    "last month they wanted me to go with clients, I locked myself in the bathroom and left the next day. "
        "I'm "
        "home now, can I report them?",
    "w zeszłym miesiącu chcieli żebym poszła z klientami, zamknęłam się w łazience i następnego dnia "
        "wyjechałam. Jestem w domu, mogę zgłosić?",
]


@pytest.mark.parametrize("text", RUNNING_AWAY_HIDING + CLIENTS_TONIGHT_LOCKED_IN_BATHROOM)
def test_running_away_or_locked_in_now(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


@pytest.mark.parametrize("text", ESCAPED_BEFORE_SAFE_NOW)
def test_escaped_before_stays_escalated(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# False escalation: a rumour of danger now, answered by the writer's own check. Its risky twins first: the
# check confirms it (kept escalated).
RUMOUR_LOCKED_CONFIRMED = [
    "heard my nephew was locked in at a farm, I called him and it's true, he's still locked in and they took "
        "his phone",
    "słyszałam że brata zamknęli na budowie, zadzwoniłam do niego i to prawda, dalej siedzi zamknięty, nie "
        "wypuszczają go",
    "слышала что брата заперли на стройке, позвонила ему, это правда, он до сих пор заперт, не выпускают",
    "чула що брата замкнули на будові, подзвонила йому, це правда, його досі тримають замкненим, не "
        "випускають",
    "escuché que a mi sobrino lo encerraron en una granja, le llamé y es verdad, sigue encerrado y no lo "
        "dejan "
        "salir",
    "am auzit că pe nepotul meu l-au încuiat la o fermă, l-am sunat și e adevărat, tot încuiat e, nu-l lasă "
        "să "
        "iasă",
    "nghe nói cháu em bị nhốt ở trang trại, em gọi thì đúng thật, nó vẫn bị nhốt, không cho ra ngoài",
]
# The calm check: called, fine, home.
RUMOUR_LOCKED_CHECKED_FINE = [
    "heard my nephew was being kept locked in at a farm, but I rang him, he's fine, already home with his "
        "mum. "
        "Thanks anyway",
    "słyszałam że brata trzymają zamkniętego na budowie, ale zadzwoniłam do niego, wszystko dobrze, już w "
        "domu. "
        "Dzięki mimo wszystko",
    "слышала что брата держат взаперти на ферме, но я позвонила, всё хорошо, он уже дома. Спасибо всё равно",
    "чула що брата тримають замкненим на фермі, але я подзвонила, все добре, він вже вдома. Дякую все одно",
    "oí que a mi sobrino lo tenían encerrado en una granja, pero le llamé, está bien, ya está en casa. "
        "Gracias "
        "igual",
    "am auzit că pe nepotul meu îl țin încuiat la o fermă, dar l-am sunat, e bine, e deja acasă. Mersi "
        "oricum",
    "nghe nói cháu em bị nhốt ở trang trại, nhưng em đã gọi, nó vẫn ổn, đã về nhà rồi. Dù sao cũng cảm ơn",
]
# False escalation: an owner said to lock his workers in, the workers asked.
RUMOUR_OWNER_WORKERS_ASKED = [
    "people say the owner of the pizza place near us locks his staff in at night. I asked the guys who work "
        "there, they go home after work, all ok. just wanted to tell",
    "ludzie mówią że właściciel pizzerii u nas zamyka pracowników na noc. zapytałam chłopaków stamtąd, po "
        "pracy "
        "idą do domu, wszystko ok. tak tylko piszę",
    "люди говорят что хозяин пиццерии у нас запирает работников на ночь. я спросила ребят оттуда, после "
        "работы "
        "идут домой, все ок. просто пишу",
    "люди кажуть що власник піцерії у нас замикає працівників на ніч. я спитала хлопців звідти, після роботи "
        "йдуть додому, все ок. просто пишу",
    "dicen que el dueño de la pizzería de la esquina encierra a sus empleados de noche. les pregunté a los "
        "chicos de ahí, se van a casa después del trabajo, todo bien. solo contaba",
    "lumea zice că patronul pizzeriei de lângă noi își încuie angajații noaptea. am întrebat băieții de "
        "acolo, "
        "merg acasă după muncă, totul e ok. doar spuneam",
    "người ta nói chủ tiệm pizza gần nhà em nhốt nhân viên ban đêm. em hỏi mấy anh làm ở đó, làm xong đi về "
        "nhà, ổn cả. em chỉ kể thôi",
]
# Adversarial twins: the calm check, then a danger of the writer's own told in fresh words.
RUMOUR_CHECKED_THEN_FRESH = [
    "heard my nephew was locked in at a farm, I called him, he's fine, already home. My own boss though "
        "bolted "
        "the container door from outside tonight and drove off with our phones",
    "słyszałam że brata zamknęli na budowie, zadzwoniłam, wszystko dobrze, już w domu. Za to nas brygadzista "
        "dziś zamknął w kontenerze na kłódkę i zabrał nam telefony",
    "слышала что брата заперли на стройке, позвонила, все хорошо, он уже дома. А вот нас бригадир сегодня "
        "задвинул засов на вагончике снаружи и уехал с нашими телефонами",
    "чула що брата замкнули на будові, подзвонила, все добре, він вже вдома. А от нас бригадир сьогодні "
        "засунув засов на вагончику ззовні і поїхав з нашими телефонами",
    "escuché que a mi primo lo encerraron en una obra, le llamé, está bien, ya está en casa. A nosotros en "
        "cambio el capataz nos echó el cerrojo por fuera del contenedor esta noche y se llevó los teléfonos",
    "am auzit că pe vărul meu l-au încuiat pe un șantier, l-am sunat, e bine, e deja acasă. Pe noi însă "
        "maistrul ne-a zăvorât containerul pe dinafară în seara asta și a plecat cu telefoanele noastre",
    "nghe nói anh họ em bị nhốt ở công trường, em gọi thì anh ấy vẫn ổn, đã về nhà rồi. Còn bọn em thì tối "
        "nay "
        "đốc công cài then container từ bên ngoài rồi mang điện thoại đi mất",
    "people say the owner locks his staff in. I asked the guys, they go home after work, all ok. but "
        "yesterday "
        "he slapped the new girl and took her passport",
]


@pytest.mark.parametrize("text,levels", cases(
    confirmed=(RUMOUR_LOCKED_CONFIRMED, ESCALATED), fine=(RUMOUR_LOCKED_CHECKED_FINE, CALM),
    asked=(RUMOUR_OWNER_WORKERS_ASKED, CALM), fresh=(RUMOUR_CHECKED_THEN_FRESH, ESCALATED)))
def test_rumour_of_danger_checked(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    confirmed=(RUMOUR_LOCKED_CONFIRMED, ESCALATED), fine=(RUMOUR_LOCKED_CHECKED_FINE, CALM),
    asked=(RUMOUR_OWNER_WORKERS_ASKED, CALM), fresh=(RUMOUR_CHECKED_THEN_FRESH, ESCALATED)))
def test_rumour_of_danger_checked_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    """With the net on, the checked rumour raises nothing and the fresh danger stays."""
    check_level(analyzer, text, levels)


# Escalation misses (DR, DQ, DT). A minor pressed for underwear or nude pictures under the threat of sending
# the first ones (sextortion).
MINOR_SEXTORTION = [
    "im 14, a guy from a modelling account took photos of me and now wants pics in my underwear or he'll "
        "show the "
        "old ones to my school",
    "mam 14 lat, gość z agencji modelek zrobił mi zdjęcia, a teraz chce fotek w bieliźnie, bo inaczej "
        "pokaże tamte "
        "mojej szkole",
    "мне 14, парень из модельного аккаунта меня фотографировал, теперь требует фото в нижнем белье, иначе "
        "покажет "
        "старые в школе",
    "мені 14, хлопець з модельного акаунта мене фотографував, тепер вимагає фото в білизні, інакше покаже "
        "старі в "
        "школі",
    "tengo 14, un tipo de una cuenta de modelos me tomó fotos y ahora quiere fotos en ropa interior o si no "
        "enseña "
        "las otras en mi escuela",
    "am 14 ani, un tip de la un cont de modele mi-a făcut poze și acum vrea poze în lenjerie, altfel le "
        "arată pe "
        "celelalte la școală",
    "em 14 tuổi, một người bên tài khoản người mẫu chụp ảnh em, giờ đòi ảnh mặc đồ lót, không thì đưa mấy "
        "ảnh cũ "
        "cho trường em",
]
# Its calm twins: a shoot with a parent there, the photos handed over, a release form asked about.
MINOR_PHOTO_SHOOT_CALM = [
    "I'm 15, a modelling page did a shoot with me in a studio, my mum was there, they sent me all the "
        "photos. Is "
        "it normal to sign a release form?",
    "tengo 15, una agencia de modelos me hizo una sesión con mi mamá presente y me mandaron las fotos. ¿Es "
        "normal "
        "firmar una autorización?",
    "am 15 ani, o agenție de modele mi-a făcut o ședință foto cu mama de față și mi-au trimis pozele. E "
        "normal să "
        "semnez un acord?",
    "мне 15, модельное агентство сделало мне фотосессию при маме и прислало все фото. Нормально подписывать "
        "согласие?",
    "em 15 tuổi, công ty người mẫu chụp ảnh cho em có mẹ đi cùng, họ gửi hết ảnh cho em rồi. Ký giấy đồng ý "
        "có "
        "bình thường không?",
]
# A minor whose adult boyfriend asks her to be "nice" to his friends, who pay him.
MINOR_NICE_TO_FRIENDS_PAID = [
    "i'm 15 and my boyfriend is 23, he keeps asking me to be \"sweet\" to his mates and they give him money "
        "for it",
    "mam 15 lat, mój chłopak ma 23, ciągle prosi żebym była \"miła\" dla jego kumpli, a oni mu za to płacą",
    "мне 15, моему парню 23, он всё просит чтобы я была \"ласковой\" с его друзьями, а они ему за это платят",
    "мені 15, моєму хлопцю 23, він весь час просить щоб я була \"лагідною\" з його друзями, а вони йому за "
        "це "
        "платять",
    "tengo 15 y mi novio 23, me pide que sea \"cariñosa\" con sus amigos y ellos le dan dinero por eso",
    "am 15 ani și iubitul meu 23, îmi tot cere să fiu \"drăguță\" cu prietenii lui, iar ei îi dau bani "
        "pentru asta",
    "em 15 tuổi, bạn trai em 23, cứ bảo em \"chiều\" bạn của anh ấy, họ đưa tiền cho anh ấy",
]
# Its calm twins: a boyfriend of the same age, friendly friends, no money.
MINOR_FRIENDS_CALM = [
    "I'm 16, my boyfriend is 17, he wants me to be nice to his friends when we hang out, they're lovely to "
        "me",
    "tengo 16, mi novio tiene 17 y quiere que sea amable con sus amigos cuando salimos, ellos son muy majos "
        "conmigo",
    "em 16 tuổi, bạn trai em 17, anh ấy muốn em thân thiện với bạn anh ấy khi đi chơi, họ rất tốt với em",
]
# A streamer whose agency keeps all the donations.
STREAMER_DONATIONS_TAKEN = [
    "i stream on a platform, i'm 16, the agency has been taking all my donations for 2 months and sends me "
        "nothing, they promised 60%",
    "streamuję, mam 16 lat, agencja od 2 miesięcy zabiera wszystkie donejty i nic mi nie przelewa, obiecali "
        "60%",
    "я стримлю, мне 16, агентство уже 2 месяца забирает все донаты и ничего не переводит, обещали 60%",
    "я стрімлю, мені 16, агенція вже 2 місяці забирає всі донати і нічого не переводить, обіцяли 60%",
    "hago streams, tengo 16, la agencia se queda con todas mis donaciones desde hace 2 meses y no me pasa "
        "nada, "
        "prometieron el 60%",
    "fac stream, am 16 ani, agenția îmi ia toate donațiile de 2 luni și nu-mi trimite nimic, au promis 60%",
    "em làm streamer, 16 tuổi, công ty quản lý lấy hết tiền donate 2 tháng nay mà không chuyển cho em đồng "
        "nào, "
        "hứa 60%",
]
# Its calm twins: the agency's cut as in the contract, the rest paid.
STREAMER_SHARE_CALM = [
    "I'm 17, I stream, the agency takes 30% of donations as in the contract and sends me the rest every "
        "month",
    "мне 17, я стримлю, агентство берёт 30% донатов по договору, остальное переводит каждый месяц",
    "я стрімлю, мені 17, агенція бере 30% донатів за договором, решту переказує щомісяця",
]
# Bogus self-employment: made to register as self-employed, months unpaid.
BOGUS_SELF_EMPLOYED_UNPAID = [
    "they had me register as self-employed for a tiling job in Belgium, and for two months I haven't been "
        "paid "
        "anything, they say the main contractor hasn't paid",
    "kazali mi założyć działalność do kafelkowania w Belgii i od dwóch miesięcy nie dostałem ani grosza, "
        "mówią że "
        "generalny wykonawca nie zapłacił",
    "меня заставили оформиться как ИП на плитку в Бельгии, и два месяца мне ничего не платят, говорят "
        "генподрядчик не заплатил",
    "мене змусили оформитись ФОПом на плитку в Бельгії, і два місяці мені нічого не платять, кажуть "
        "генпідрядник "
        "не заплатив",
    "me hicieron darme de alta de autónomo para alicatar en Bélgica y llevo dos meses sin cobrar nada, "
        "dicen que "
        "la contrata no ha pagado",
    "m-au pus să-mi fac PFA pentru faianță în Belgia și de două luni n-am primit nimic, zic că antreprenorul "
        "principal n-a plătit",
    "họ bắt em đăng ký tự kinh doanh để lát gạch ở Bỉ, hai tháng nay em không được trả đồng nào, nói là "
        "tổng thầu "
        "chưa trả",
]
# Its calm twins: the writer's own business and a client's unpaid invoice (round 48's frame, kept).
OWN_BUSINESS_INVOICE_CALM = [
    "I'm self-employed, a client hasn't paid my invoice for two months, can I charge interest?",
    "soy autónomo, un cliente lleva dos meses sin pagarme la factura, ¿puedo cobrar intereses?",
    "am PFA, un client nu mi-a plătit factura de două luni, pot cere penalități?",
    "I had to set up as self-employed myself to invoice my clients, they pay me on time, which tax form do "
        "I need?",
]
# Fines every month, little left.
MONTHLY_FINES = [
    "fines every month: 150 for being late, 250 for a broken plate, rent, 'documents'. this month I got 400 "
        "zloty "
        "for the whole month",
    "co miesiąc kary: 150 za spóźnienie, 250 za stłuczony talerz, mieszkanie, 'dokumenty'. w tym miesiącu "
        "dostałam 400 zł za cały miesiąc",
    "каждый месяц штрафы: 150 за опоздание, 250 за разбитую тарелку, жильё, «документы». в этом месяце "
        "получила "
        "400 злотых за весь месяц",
    "щомісяця штрафи: 150 за запізнення, 250 за розбиту тарілку, житло, «документи». цього місяця отримала "
        "400 "
        "злотих за весь місяць",
    "cada mes multas: 150 por llegar tarde, 250 por un plato roto, alquiler, 'papeles'. este mes cobré 400 "
        "zlotys "
        "por todo el mes",
    "amenzi în fiecare lună: 150 pentru întârziere, 250 pentru o farfurie spartă, chirie, 'acte'. luna asta "
        "am "
        "luat 400 de zloți pe toată luna",
    "tháng nào cũng bị phạt: 150 đi trễ, 250 làm vỡ đĩa, tiền nhà, 'giấy tờ'. tháng này em nhận được 400 "
        "zloty cả "
        "tháng",
]
# Its calm twins: no fines, full pay; a school lateness fine asked about.
NO_FINES_CALM = [
    "la noi nu sunt amenzi, luna asta am primit tot salariul, 4000 de lei",
    "em bị phạt 200 nghìn vì đi trễ giờ học, có sao không?",
]


@pytest.mark.parametrize("text,levels", cases(
    sextortion=(MINOR_SEXTORTION, ESCALATED), shoot=(MINOR_PHOTO_SHOOT_CALM, CALM),
    friends=(MINOR_NICE_TO_FRIENDS_PAID, ESCALATED), friendly=(MINOR_FRIENDS_CALM, CALM),
    donations=(STREAMER_DONATIONS_TAKEN, ESCALATED), share=(STREAMER_SHARE_CALM, CALM),
    bogus=(BOGUS_SELF_EMPLOYED_UNPAID, ESCALATED), invoice=(OWN_BUSINESS_INVOICE_CALM, CALM),
    fines=(MONTHLY_FINES, ESCALATED), nofines=(NO_FINES_CALM, CALM)))
def test_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses, smaller classes: months "now with no payment" after bogus self-employment (en); a
# passport "still not given back" (en); the owner's "if you want to keep the job, tonight you must 'please'
# me" (vi, a condition that is the coercion).
SMALL_TOLD = [
    "They made me sign up as a sole trader for the drywall job, said I'd be my own boss. Three months now "
        "with no "
        "payment.",
    "the manager took my passport in march for some paperwork and still hasn't given it back, he keeps "
        "saying "
        "next week",
    "ông chủ bảo nếu muốn ở lại làm thì tối phải 'chiều' ông ấy",
]
# Their calm twins: paid, the passport back, a question about a condition, an evening meal with a husband.
SMALL_CALM = [
    "he paid me everything, nothing unpaid, two months now with no problems",
    "the manager took my passport for a copy and gave it back the same minute",
    "nếu chủ bảo tối phải chiều ông ấy thì em có được từ chối không?",
    "chiều nay em đi làm, tối phải chiều chồng đi ăn",
]


@pytest.mark.parametrize("text,levels", cases(told=(SMALL_TOLD, ESCALATED), calm=(SMALL_CALM, CALM)))
def test_small_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalation (DR pl, ro): a teenager asking whether or how long they may legally work, after a contract
# signed with a parent or an all-clear. Its risky twins first: a document taken or pay withheld told after
# "but".
TEEN_LEGAL_WORK_TOLD = [
    "mam 16 lat, umowa podpisana z mamą, ale szef zabrał mi dowód i nie płaci. ile godzin mogę legalnie "
        "pracować?",
    "I'm 16, mum signed the contract, but the boss took my ID and hasn't paid me. How many hours can I work "
        "a day?",
    "am 16 ani, mama a semnat contractul, dar șeful mi-a luat buletinul. câte ore pe zi am voie să lucrez?",
]
# The calm question.
TEEN_LEGAL_WORK_ASKED = [
    "mam 16 lat, dorabiam w piekarni u wujka, umowę podpisała mama, płacą co tydzień. ile godzin dziennie "
        "mogę "
        "legalnie pracować?",
    "nobody took my passport or anything, I'm 17 and want to know if I can legally work this summer in "
        "Austria",
    "мне 16, работаю в пекарне у дяди, договор подписала мама, платят каждую неделю. сколько часов в день "
        "мне "
        "можно работать?",
    "мені 16, працюю в пекарні у дядька, договір підписала мама, платять щотижня. скільки годин на день мені "
        "можна працювати?",
    "tengo 16, trabajo en la panadería de mi tío, mi mamá firmó el contrato y pagan cada semana. ¿cuántas "
        "horas "
        "al día puedo trabajar?",
    "nimeni nu mi-a luat pașaportul sau ceva, am 17 ani și vreau să știu dacă pot lucra legal vara în "
        "Austria",
    "em 16 tuổi, làm ở tiệm bánh của chú, mẹ em ký hợp đồng cùng, trả lương hàng tuần. một ngày em được làm "
        "tối "
        "đa mấy tiếng?",
]
# Adversarial twins: the calm frame, then night work or a shift through the night told in fresh words.
TEEN_LEGAL_WORK_THEN_FRESH = [
    "mam 16 lat, umowa podpisana z mamą. Pracuję w myjni od 22 do 8 rano, sama, bez przerwy. ile godzin "
        "dziennie "
        "mogę legalnie pracować?",
    "I'm 16, mum signed the contract. I wash cars from 10pm to 8am on my own with no break. How many hours "
        "can I "
        "work a day?",
    "nikt mi nie zabrał paszportu ani nic, mam 15 lat, pracuję na budowie w nocy, noszę cegły. czy mogę "
        "legalnie "
        "pracować?",
]


@pytest.mark.parametrize("text,levels", cases(
    told=(TEEN_LEGAL_WORK_TOLD, ESCALATED), asked=(TEEN_LEGAL_WORK_ASKED, CALM),
    fresh=(TEEN_LEGAL_WORK_THEN_FRESH, ESCALATED)))
def test_teen_legal_work_question(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalation (DS en, vi): a rumour answered by a relative who works there ("my cousin works there a
# year, says it's all legal"). Its risky twins first: the relative confirms it.
RUMOUR_RELATIVE_CONFIRMS = [
    "people say that agency locks its workers up, my friend works there and says it's true, they locked her "
        "in "
        "the hostel last week",
    "ludzie mówią że ta agencja zamyka ludzi, kuzynka tam pracuje i mówi że to prawda, zamknęli ją w "
        "hostelu w "
        "zeszłym tygodniu",
    "люди говорят что это агентство запирает людей, кума там работает и говорит что правда, её заперли в "
        "общежитии на прошлой неделе",
    "люди кажуть що ця агенція замикає людей, кума там працює і каже що це правда, її замкнули в гуртожитку "
        "минулого тижня",
    "dicen que esa agencia encierra a la gente, mi prima trabaja ahí y dice que es verdad, la encerraron en "
        "el "
        "albergue la semana pasada",
    "lumea zice că agenția asta încuie oamenii, verișoara lucrează acolo și zice că e adevărat, șeful o "
        "încuie în "
        "cameră noaptea",
    "nghe đồn công ty đó nhốt người, chị họ em làm ở đó bảo đúng thật, tuần trước họ nhốt chị ấy trong ký "
        "túc xá",
]
# The calm answer: the relative says it's all legal.
RUMOUR_RELATIVE_ALL_LEGAL = [
    "people say that agency locks its workers up, but my cousin works there, says it's all legal and they "
        "pay. "
        "how do I check an agency?",
    "ludzie mówią że ta agencja zamyka ludzi, ale kuzynka tam pracuje od roku i mówi że wszystko legalnie. "
        "jak "
        "sprawdzić agencję?",
    "люди говорят что это агентство запирает людей, но кума там работает год и говорит все легально. как "
        "проверить агентство?",
    "люди кажуть що ця агенція замикає людей, але кума там працює рік і каже все легально. як перевірити "
        "агенцію?",
    "dicen que esa agencia encierra a la gente, pero mi prima trabaja ahí y dice que todo legal. ¿cómo "
        "verifico "
        "una agencia?",
    "lumea zice că agenția asta încuie oamenii, dar verișoara lucrează acolo de un an și zice că totul e "
        "legal. "
        "cum verific agenția?",
    "nghe đồn công ty đó nhốt người nhưng chị họ em làm ở đó bảo hợp pháp hết, trả lương đủ. kiểm tra công "
        "ty "
        "thế nào ạ?",
]
# Adversarial twin: the relative's all-clear, then the writer's own confinement in fresh words.
RUMOUR_RELATIVE_THEN_FRESH = [
    "people say that agency locks its workers up, but my cousin works there, says it's all legal. Me, my "
        "own boss "
        "bolted our container from outside and drove off with our phones",
]
# False escalation (DT ro): a passport taken only to be copied and handed back the same day; kept, it stays.
PASSPORT_COPIED_BACK = [
    "m-am speriat când șefa a luat pașaportul, dar era doar ca să-l copieze pentru contract, mi l-a dat "
        "înapoi "
        "după o oră",
]
PASSPORT_COPIED_KEPT = [
    "am crezut că șeful a luat pașaportul ca să-l copieze, dar nu mi l-a mai dat înapoi de o lună",
    "șeful a luat pașaportul ca să-l copieze și îl ține în seif de o lună, nu vrea să mi-l dea",
]


@pytest.mark.parametrize("text,levels", cases(
    confirms=(RUMOUR_RELATIVE_CONFIRMS, ESCALATED), legal=(RUMOUR_RELATIVE_ALL_LEGAL, CALM),
    fresh=(RUMOUR_RELATIVE_THEN_FRESH, ESCALATED), back=(PASSPORT_COPIED_BACK, CALM),
    kept=(PASSPORT_COPIED_KEPT, ESCALATED)))
def test_relative_all_clear_and_copy(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation miss (DR uk): a minor paid nothing for a month, "you'll get it all at the end of the season".
NOTHING_PAID_END_OF_SEASON = [
    "I'm 15, picking cherries at a neighbour's farm, a month and he hasn't paid me anything, says I'll get "
        "it all at "
        "the end of the season",
    "mam 15 lat, zbieram wiśnie u sąsiada, od miesiąca nic mi nie zapłacił, mówi że wszystko dostanę na "
        "koniec "
        "sezonu",
    "мне 15, собираю вишню у соседа, уже месяц ничего не заплатил, говорит всё получишь в конце сезона",
    "мені 15, збираю вишні в сусіда, вже місяць нічого не заплатив, каже все отримаєш в кінці сезону",
    "tengo 15, recojo cerezas en la finca del vecino, hace un mes que no me paga nada, dice que todo al "
        "final de "
        "la temporada",
    "am 15 ani, culeg cireșe la vecin, de o lună nu mi-a plătit nimic, zice că primesc tot la sfârșitul "
        "sezonului",
    "em 15 tuổi, hái anh đào ở vườn hàng xóm, một tháng rồi chưa trả đồng nào, bảo cuối mùa trả hết",
]
# Its calm twins: an advance every week and the rest at the end as agreed; the writer paid nothing for a
# course.
PAID_WEEKLY_REST_AT_END = [
    "мені 17, працюю на полуниці, аванс платять щотижня, решту в кінці сезону за договором",
    "я нічого не заплатила за навчання, а в кінці сезону отримала сертифікат",
]


@pytest.mark.parametrize("text,levels", cases(
    told=(NOTHING_PAID_END_OF_SEASON, ESCALATED), calm=(PAID_WEEKLY_REST_AT_END, CALM)))
def test_nothing_paid_end_of_season(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
