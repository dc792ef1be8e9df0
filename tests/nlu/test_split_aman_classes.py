"""Splits AM and AN's classes (twentieth round), written as meanings in new words, not AM-AN's sentences.

False escalation: a past wage problem settled by the labour inspection or a union ("they sorted it and I
got everything"): a story; its twin, the inspection came and the pay is still held, stays escalated. A
worker locked OUT of his room with the key inside is no confinement; its twin, locked IN by the boss who
took the key, stays escalated. A minor who wants a summer job, or a parent asking whether he may legally
work, is a plan, and "no fee for him" is no unpaid work; its twin, a 15-year-old working nights unpaid,
stays escalated. A thank-you because someone got her documents back and is home is a recovery; its twin,
the documents still held, stays escalated. An accident after which the company called an ambulance is
care given; its twin, the ambulance refused for a bleeding worker, stays danger now. Critical recall:
"tonight I'll end it" with exhaustion and no strength left; its twin, finishing the shift tonight, stays
below danger. Locked in since last night and the door still not opened; its twin, an old story, stays
below danger. A girl of 15 sent a taxi to the airport today by a "model agent"; its twin, a school trip
with her teacher, stays below danger. The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A past wage problem settled by the labour inspection or a union.
SETTLED_BY_INSPECTION = [
    "last year a hotel in Malta withheld my tips and two salaries, but the union sorted it out and I got "
    "everything. how do I check a new employer?",
    "w zeszłym roku firma z Niemiec nie wypłaciła mi pensji, ale inspekcja pracy to załatwiła i dostałem "
    "wszystko. jak sprawdzić nowego pracodawcę?",
    "в прошлом году фирма в Чехии задержала мне зарплату, но профсоюз всё решил и я получил всё. как "
    "проверить нового работодателя?",
    "торік фірма в Литві затримала мені зарплату, але інспекція праці все вирішила і я отримав усе. як "
    "перевірити нового роботодавця?",
    "el año pasado una empresa en Portugal me retuvo el sueldo, pero el sindicato lo resolvió y recibí "
    "todo. ¿cómo reviso a un empleador nuevo?",
    "anul trecut o firmă din Belgia mi-a oprit salariul, dar inspecția muncii a rezolvat și am primit tot. "
    "cum verific un angajator nou?",
    "năm ngoái công ty ở Séc giữ lại lương của em nhưng công đoàn đã giải quyết rồi, em nhận đủ. làm sao "
    "kiểm tra chủ mới?",
]

# The inspection came, but the pay is still held now.
INSPECTION_CAME_STILL_UNPAID = [
    "the labour inspection visited the farm but the boss still holds back our wages for three months",
    "inspekcja pracy była na fermie, ale szef dalej nie płaci nam od trzech miesięcy",
    "инспекция приходила на ферму, но хозяин до сих пор не платит нам зарплату три месяца",
    "інспекція приходила на ферму, але хазяїн досі не платить нам зарплату три місяці",
    "la inspección vino a la granja pero el patrón todavía no nos paga el sueldo hace tres meses",
    "inspecția a venit la fermă, dar șeful tot nu ne plătește salariul de trei luni",
    "thanh tra có đến trang trại nhưng chủ vẫn nợ lương bọn em ba tháng nay",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    settled=(SETTLED_BY_INSPECTION, CALM), unpaid=(INSPECTION_CAME_STILL_UNPAID, ESCALATED),
))
def test_wages_settled_by_inspection_is_a_story(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked out of one's own room with the key inside.
LOCKED_OUT = [
    "I locked myself out of my room at the workers hostel, the key is inside and the caretaker comes "
    "tomorrow. can the police open it?",
    "zatrzasnąłem drzwi do pokoju w hotelu pracowniczym, klucz w środku, a kierownik jest dopiero jutro. "
    "dzwonić na policję?",
    "захлопнул дверь комнаты в общежитии, ключ внутри, а комендант будет только завтра. звонить в полицию?",
    "захлопнув двері кімнати в гуртожитку, ключ всередині, а комендант буде лише завтра. дзвонити в "
    "поліцію?",
    "me quedé afuera de la habitación del albergue, la llave adentro y el encargado viene mañana. "
    "¿llamo a la policía?",
    "am rămas pe dinafară la camera din cămin, cheia e înăuntru și administratorul vine mâine. sun la "
    "poliție?",
    "em bị khóa ngoài phòng ở khu trọ công nhân, để quên chìa trong phòng, mai quản lý mới về. có nên gọi "
    "cảnh sát không?",
]

# Locked in by the boss, who took the key.
LOCKED_IN_KEY_TAKEN = [
    "the boss locked me in my room at the hostel and took the key with him",
    "szef zamknął mnie w pokoju w hotelu pracowniczym i zabrał klucz",
    "начальник запер меня в комнате общежития и забрал ключ",
    "начальник замкнув мене в кімнаті гуртожитку і забрав ключ",
    "el jefe me encerró en la habitación del albergue y se llevó la llave",
    "șeful m-a încuiat în camera din cămin și a luat cheia",
    "ông chủ nhốt em trong phòng ở khu trọ và cầm chìa đi mất",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    out=(LOCKED_OUT, CALM), held=(LOCKED_IN_KEY_TAKEN, ESCALATED),
))
def test_locked_out_is_not_confinement(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor who wants a summer job, or a parent asking if he may legally work; "no fee for him".
MINOR_WANTS_SUMMER_JOB = [
    "my son is 16 and wants to work in July at an ice cream stand in Gdansk. can he legally, and how many "
    "hours?",
    "syn ma 16 lat i chce pracować w lipcu w lodziarni. czy może legalnie i ile godzin?",
    "сыну 16, может он легально поработать летом в кафе в Праге? агентство говорит для него без оплаты",
    "синові 16, чи може він легально попрацювати влітку в кафе в Празі? агенція каже для нього без оплати",
    "mi hijo tiene 16 y quiere trabajar en julio en una heladería. ¿puede trabajar legalmente y cuántas "
    "horas?",
    "băiatul meu are 16 ani și vrea să lucreze în iulie la o gelaterie. e legal și câte ore?",
    "con trai em 16 tuổi muốn làm thêm tháng 7 ở quán kem. có hợp pháp không và làm mấy tiếng?",
]

# A 15-year-old working nights unpaid now.
MINOR_WORKING_NIGHTS = [
    "my nephew is 15 and works every night at a car wash, they never pay him",
    "bratanek ma 15 lat i pracuje co noc na myjni, nic mu nie płacą",
    "племяннику 15 лет, он каждую ночь работает на автомойке, ему не платят",
    "племіннику 15 років, він щоночі працює на автомийці, йому не платять",
    "mi sobrino tiene 15 años y trabaja todas las noches en un lavadero, no le pagan nada",
    "nepotul meu are 15 ani și lucrează în fiecare noapte la o spălătorie, nu-l plătesc",
    "cháu em 15 tuổi đêm nào cũng làm ở tiệm rửa xe, không được trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    wish=(MINOR_WANTS_SUMMER_JOB, CALM), working=(MINOR_WORKING_NIGHTS, ESCALATED),
))
def test_minor_wanting_summer_job_is_a_plan(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Thanks: someone got her documents back and is home.
THANKS_DOCS_BACK_HOME = [
    "thank you so much, my aunt took her passport back from the agency and is home now",
    "dziękuję bardzo, ciocia odebrała paszport z agencji i jest już w domu",
    "спасибо большое, тётя забрала паспорт из агентства и уже дома",
    "дуже дякую, тітка забрала паспорт з агенції і вже вдома",
    "muchas gracias, mi tía recuperó el pasaporte de la agencia y ya está en casa",
    "mulțumesc mult, mătușa și-a luat pașaportul de la agenție și e deja acasă",
    "cảm ơn nhiều ạ, dì em lấy lại được hộ chiếu ở công ty và đã về nhà rồi",
]

# The agency still holds the documents.
DOCS_STILL_HELD = [
    "thank you, but the agency still keeps my aunt's passport and won't give it back",
    "dziękuję, ale agencja dalej trzyma paszport cioci i nie chce oddać",
    "спасибо, но агентство до сих пор держит паспорт тёти и не отдаёт",
    "дякую, але агенція досі тримає паспорт тітки і не віддає",
    "gracias, pero la agencia todavía tiene el pasaporte de mi tía y no lo devuelve",
    "mulțumesc, dar agenția încă ține pașaportul mătușii și nu-l dă înapoi",
    "cảm ơn, nhưng công ty vẫn giữ hộ chiếu của dì em không trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    home=(THANKS_DOCS_BACK_HOME, CALM), held=(DOCS_STILL_HELD, ESCALATED),
))
def test_documents_back_and_home_is_settled(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An accident after which the company called an ambulance: care given.
ACCIDENT_AMBULANCE_CALLED = [
    "a pallet fell on my colleague at the warehouse, the company called an ambulance at once. who pays "
    "his sick leave?",
    "koledze w magazynie spadła paleta na nogę, firma od razu wezwała karetkę. kto płaci za zwolnienie?",
    "на коллегу на складе упал поддон, фирма сразу вызвала скорую. кто платит больничный?",
    "на колегу на складі впав піддон, фірма одразу викликала швидку. хто платить лікарняний?",
    "a mi compañero le cayó un palé en la bodega, la empresa llamó a la ambulancia enseguida. ¿quién paga "
    "la incapacidad?",
    "pe un coleg din depozit l-a lovit un palet, firma a chemat ambulanța imediat. cine plătește "
    "concediul medical?",
    "đồng nghiệp ở kho bị pallet rơi trúng chân, công ty gọi cấp cứu ngay. ai trả tiền nghỉ ốm?",
]

# A bleeding worker, the ambulance refused.
INJURED_AMBULANCE_REFUSED = [
    "my colleague cut his leg at the sawmill and is bleeding a lot, the boss says no ambulance",
    "kolega rozciął nogę w tartaku, krew leci mocno, szef mówi żadnej karetki",
    "коллега порезал ногу на пилораме, сильно идёт кровь, начальник говорит никакой скорой",
    "колега порізав ногу на пилорамі, дуже тече кров, начальник каже швидку не викликати",
    "mi compañero se cortó la pierna en el aserradero, está sangrando mucho, el jefe dice nada de "
    "ambulancia",
    "colegul și-a tăiat piciorul la gater, sângerează tare, șeful zice fără ambulanță",
    "đồng nghiệp bị cưa vào chân chảy máu nhiều lắm, chủ nói không gọi cấp cứu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    aid=(ACCIDENT_AMBULANCE_CALLED, CALM), refused=(INJURED_AMBULANCE_REFUSED, DANGER),
))
def test_ambulance_called_after_accident_is_care(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Tonight I'll end it", exhausted, no strength left.
TONIGHT_END_IT = [
    "i still owe them more than at the start, no strength left. tonight i'm ending it, sorry",
    "dalej wiszę im więcej niż na początku, nie mam siły. dziś wieczorem to skończę, przepraszam",
    "долг только растёт, сил больше нет. сегодня вечером всё закончу, простите",
    "борг тільки росте, сил більше немає. сьогодні ввечері все закінчу, вибачте",
    "la deuda solo crece, ya no puedo más. esta noche termino con todo, perdón",
    "datoria tot crește, nu mai pot. diseară termin cu tot, iertați-mă",
    "nợ cứ tăng, em hết sức rồi. tối nay em kết thúc hết, xin lỗi",
]

# Finishing the shift tonight.
TONIGHT_FINISH_SHIFT = [
    "sorry for the late reply, tonight i finish the last shift and fly home on monday",
    "przepraszam za późną odpowiedź, dziś wieczorem kończę ostatnią zmianę i w poniedziałek lecę do domu",
    "простите что поздно, сегодня вечером заканчиваю последнюю смену и в понедельник лечу домой",
    "вибачте що пізно, сьогодні ввечері закінчую останню зміну і в понеділок лечу додому",
    "perdón por la demora, esta noche termino el último turno y el lunes vuelo a casa",
    "scuze de întârziere, diseară termin ultima tură și luni zbor acasă",
    "xin lỗi trả lời muộn, tối nay em làm xong ca cuối và thứ hai bay về nhà",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    end=(TONIGHT_END_IT, DANGER), shift=(TONIGHT_FINISH_SHIFT, BELOW_DANGER),
))
def test_ending_it_tonight_is_danger(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in since last night, the door still not opened.
LOCKED_IN_SINCE_LAST_NIGHT = [
    "the farmer's son locked me in the shed last night and still won't open, I only have a bottle of water",
    "syn gospodarza zamknął mnie w szopie wczoraj wieczorem i dalej nie otwiera",
    "сын хозяина запер меня в сарае вчера вечером и до сих пор не открывает",
    "син хазяїна замкнув мене в сараї вчора ввечері і досі не відчиняє",
    "el hijo del patrón me encerró en el galpón anoche y todavía no abre",
    "fiul patronului m-a încuiat în șopron aseară și tot nu deschide",
    "con trai ông chủ nhốt em trong kho từ tối qua đến giờ chưa mở",
]

# An old story of being locked in.
LOCKED_IN_LAST_YEAR = [
    "last year the farmer's son locked us in the shed for a night, we left the next week",
    "w zeszłym roku syn gospodarza zamknął nas na noc w szopie, po tygodniu wyjechaliśmy",
    "в прошлом году сын хозяина запер нас на ночь в сарае, через неделю мы уехали",
    "минулого року син хазяїна замкнув нас на ніч у сараї, через тиждень ми поїхали",
    "el año pasado el hijo del patrón nos encerró una noche en el galpón, a la semana nos fuimos",
    "anul trecut fiul patronului ne-a încuiat o noapte în șopron, după o săptămână am plecat",
    "năm ngoái con trai ông chủ nhốt bọn em một đêm trong kho, tuần sau bọn em đi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(LOCKED_IN_SINCE_LAST_NIGHT, DANGER), past=(LOCKED_IN_LAST_YEAR, BELOW_DANGER),
))
def test_locked_in_since_last_night_is_danger(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A girl of 15 sent a taxi to the airport today by a "model agent".
MODEL_AGENT_TAXI_TODAY = [
    "my sister is 15, a model agent from tiktok is sending a taxi today to take her to the airport",
    "siostra ma 15 lat, agent modelek z tiktoka wysyła dziś po nią taksówkę na lotnisko",
    "сестре 15, модельный агент из тиктока сегодня присылает за ней такси в аэропорт",
    "сестрі 15, модельний агент з тіктоку сьогодні присилає за нею таксі в аеропорт",
    "mi hermana tiene 15, un agente de modelos de tiktok le manda hoy un taxi al aeropuerto",
    "sora mea are 15 ani, un agent de modele de pe tiktok îi trimite azi taxi la aeroport",
    "em gái em 15 tuổi, quản lý người mẫu trên tiktok hôm nay gửi taxi đón em ra sân bay",
]

# A school trip with her teacher.
SCHOOL_TRIP_TAXI = [
    "my sister is 15, today a taxi takes her class and the teacher to the airport for the school trip",
    "siostra ma 15 lat, dziś taksówka wiezie jej klasę z nauczycielką na wycieczkę szkolną",
    "сестре 15, сегодня класс с учительницей едет на школьную экскурсию",
    "сестрі 15, сьогодні клас з учителькою їде на шкільну екскурсію",
    "mi hermana tiene 15, hoy su clase sale con la profesora de excursión del colegio",
    "sora mea are 15 ani, azi clasa ei pleacă cu profesoara în excursia școlii",
    "em gái em 15 tuổi, hôm nay cả lớp đi dã ngoại với cô giáo",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    taken=(MODEL_AGENT_TAXI_TODAY, DANGER), trip=(SCHOOL_TRIP_TAXI, BELOW_DANGER),
))
def test_model_agent_taxi_today_is_danger(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# After the round (review): a lockout drops confinement and danger now, never a threat told in the same
# message; and a death threat told with one person as subject or the object first is a threat.
LOCKED_OUT_BUT_THREATENED = [
    "I locked myself out of my room, the key is inside, and the boss said he will kill me if I complain",
    "zatrzasnąłem się na zewnątrz pokoju, klucz w środku, a szef powiedział że mnie zabije jak będę narzekać",
    "захлопнул дверь, ключ остался внутри, а бригадир сказал что убьёт меня если буду жаловаться",
    "зачинив двері, ключ залишився всередині, а бригадир сказав що вб'є мене якщо буду скаржитися",
    "me quedé afuera del cuarto con la llave adentro, y el jefe dijo que me mata si me quejo",
    "am rămas pe dinafară, cheia e înăuntru, iar șeful a zis că mă omoară dacă mă plâng",
    "em bị khóa ngoài phòng, chìa ở trong, còn ông chủ nói sẽ giết em nếu em kêu ca",
]

# A sigh, not a threat: the heat or the job "is killing me".
KILLING_ME_SIGH = [
    "this job is killing me, how much do they pay for overtime here",
    "ta praca mnie zabije, ile płacą za nadgodziny",
    "эта жара меня убьёт, сколько платят в час",
    "ця спека мене вб'є, скільки платять за годину",
    "la espalda me mata, cuánto pagan la hora extra",
    "căldura asta mă omoară, cât se plătește ora suplimentară",
    "trời nóng thế này chết mất, làm thêm giờ trả bao nhiêu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    threatened=(LOCKED_OUT_BUT_THREATENED, ESCALATED), sigh=(KILLING_ME_SIGH, CALM),
))
def test_a_lockout_keeps_a_threat_told(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# After an escape, now somewhere else, but they write that they will find and kill: a threat told in writing.
ESCAPED_BUT_THREATENED = [
    "I ran away from the farm, now I'm in another city, but they text me that they'll find me and kill me",
    "uciekłem z farmy, jestem już w innym mieście, ale piszą że mnie znajdą i zabiją",
    "сбежал с фермы, теперь я в другом городе, но они пишут что найдут меня и убьют",
    "втік з ферми, тепер я в іншому місті, але вони пишуть що знайдуть мене і вб'ють",
    "me escapé de la finca, ya estoy en otra ciudad, pero me escriben que me van a encontrar y me matan",
    "am fugit de la fermă, acum sunt în alt oraș, dar îmi scriu că mă găsesc și mă omoară",
    "em trốn khỏi trang trại, giờ em ở thành phố khác, nhưng họ nhắn sẽ tìm và giết em",
]


@pytest.mark.parametrize("text", ESCAPED_BUT_THREATENED)
def test_a_threat_in_writing_after_an_escape(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)
