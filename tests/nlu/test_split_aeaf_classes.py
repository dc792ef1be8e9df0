"""Splits AE and AF's classes (sixteenth round), written as meanings in new words, not AE-AF's sentences.

False escalations first: hard negatives that use alarming words. A knife or a blade as a work tool (gloves,
an apron, sharpening it, losing it); a debt paid off in full long ago; a gate locked at night while everyone
has a key or a card and goes out at will; a passport scanned or copied and handed back; housing to be taken
from the first pay, told before the job. Each has its danger twin, which must still escalate: someone with a
knife, a debt that grows, being locked in, a passport kept, pay withheld. The rules are tested alone (the
statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

KNIFE_TOOL = [
    "at the fish factory do they have to give us cut resistant gloves, and who pays if my filleting "
    "knife breaks or I lose it?",
    "pracuję przy filetowaniu, czy pracodawca musi dać rękawice, i czy mogę sam ostrzyć nóż w przerwie?",
    "работаю на разделке рыбы, должны ли давать перчатки и можно ли мне самому точить нож?",
    "працюю на розбиранні курей, чи мають видати рукавиці і фартух, і хто платить, якщо я загублю ніж?",
    "trabajo fileteando pescado, me tienen que dar guantes? y si pierdo el cuchillo me lo cobran?",
    "lucrez la tranșat carne, trebuie să îmi dea mănuși și șorț? și dacă pierd cuțitul îmi opresc "
    "din salariu?",
]

KNIFE_DANGER = [
    "the foreman has a knife and is screaming outside my door, please help",
    "brygadzista ma nóż i krzyczy pod drzwiami, pomocy",
    "у него нож, он за дверью и кричит что убьет, помогите",
    "el capataz tiene un cuchillo y está detrás de la puerta gritando, ayuda",
]

DEBT_PAID = [
    "my cousin had a debt with a recruiter in Germany three years ago, but she paid it all off and "
    "lives at home now; can she get back the fees?",
    "siostra miała dług u pośrednika w Holandii kilka lat temu, ale wszystko spłaciła i teraz "
    "pracuje w domu, czy może odzyskać opłaty?",
    "у сестры был долг перед агентством в Чехии, но она всё выплатила, уже год дома; можно ли "
    "вернуть комиссию?",
    "у сестри був борг перед посередником у Чехії, але вона все виплатила і вже рік вдома, чи можна "
    "повернути комісію?",
    "mi prima tenía una deuda con un reclutador en Alemania pero la pagó toda y ya vive en casa, "
    "puede recuperar las comisiones?",
    "verișoara mea avea o datorie la un intermediar în Germania, dar a plătit-o toată și acum stă "
    "acasă, poate recupera comisionul?",
    "chị họ em từng nợ môi giới bên Đức nhưng trả hết rồi, giờ ở nhà, có đòi lại được phí không ạ?",
]

DEBT_GROWING = [
    "my cousin owes the recruiter for the flight and the bed and the debt gets bigger every month",
    "siostra jest winna pośrednikowi za bilet i mieszkanie i dług ciągle rośnie",
    "сестра должна посреднику за билет и жильё и долг всё растет",
    "mi prima le debe al reclutador el pasaje y el cuarto y la deuda crece cada mes",
]

GATE_FREE = [
    "the farm closes the big gate at night for safety but each of us has his own key, we come and "
    "go as we want. how do I register with a doctor?",
    "na farmie na noc zamykają bramę, ale każdy ma swój klucz i wychodzimy kiedy chcemy. jak się "
    "zapisać do lekarza?",
    "на ферме на ночь закрывают ворота, но у каждого свой ключ, выходим когда хотим. как записаться к врачу?",
    "на фермі на ніч зачиняють ворота, але в кожного свій ключ, виходимо коли хочемо. як записатися "
    "до лікаря?",
    "en la finca cierran el portón de noche pero cada uno tiene su llave y salimos cuando queremos. "
    "cómo me inscribo en el médico?",
    "la fermă închid poarta noaptea, dar fiecare are cheia lui și ieșim când vrem. cum mă înscriu la medic?",
    "trang trại khóa cổng ban đêm nhưng mỗi người có thẻ, ra vào thoải mái. em đăng ký khám bệnh thế nào?",
]

GATE_LOCKED = [
    "they lock the gate at night and we can't get out, the boss has the only key",
    "na noc zamykają nas na klucz i nie możemy wyjść",
    "на ночь нас запирают и выйти нельзя",
    "por la noche nos encierran con llave y no podemos salir",
]

SCANNED_BACK = [
    "security took my passport at the gate, scanned it for the badge and gave it back right away, "
    "was that ok?",
    "w biurze wzięli mój paszport, zeskanowali do identyfikatora i oddali po dwóch minutach, czy to "
    "w porządku?",
    "в офисе взяли мой паспорт, отсканировали для пропуска и вернули через минуту, это нормально?",
    "в офісі взяли мій паспорт, відсканували для перепустки і віддали через хвилину, це нормально?",
    "en la oficina tomaron mi pasaporte, lo escanearon para el carnet y me lo devolvieron, está bien?",
    "la birou mi-au luat pașaportul, l-au scanat pentru ecuson și mi l-au dat înapoi, e în regulă?",
]

PASSPORT_KEPT = [
    "security took my passport at the gate and still has not given it back after a month",
    "w biurze wzięli mi paszport i do dziś nie oddali",
    "в офисе забрали паспорт и до сих пор не вернули",
    "en la oficina me quitaron el pasaporte y no me lo devuelven",
]

FIRST_PAY = [
    "a man from our town takes people to pick apples; we pay him for the seat in the van and the "
    "accommodation comes off the first pay. is he legit?",
    "sąsiad wozi ludzi na jabłka, płacimy mu za miejsce w busie, a za nocleg potrącą z pierwszej "
    "wypłaty. można mu ufać?",
    "сосед возит людей на яблоки, платим ему за место в бусе, а за жильё вычтут из первой зарплаты. "
    "ему можно верить?",
    "сусід возить людей на яблука, платимо йому за місце в бусі, а за житло знімуть з першої "
    "зарплати. йому можна вірити?",
    "un vecino lleva gente a la fruta, le pagamos el asiento en la furgoneta y el alojamiento lo "
    "descuentan del primer sueldo. es de fiar?",
    "một ông trong làng đưa người đi hái táo, nộp cho ông ấy tiền xe, còn tiền ở trừ vào lương "
    "tháng đầu. có tin được không?",
]

PAY_KEPT = [
    "the boss keeps back half our wages every month until the end of the season",
    "szef potrąca nam połowę wypłaty co miesiąc do końca sezonu",
    "хозяин удерживает половину зарплаты каждый месяц до конца сезона",
    "el jefe nos retiene la mitad del sueldo cada mes hasta el final de la temporada",
]

PHONES_BOXED = [
    "every morning the supervisor puts all our phones in a locked box and we get them back on Sunday",
    "co rano brygadzista chowa nasze telefony do skrzynki i oddaje dopiero w niedzielę",
    "каждое утро бригадир складывает наши телефоны в ящик и отдает только в воскресенье",
    "щоранку бригадир складає наші телефони в скриньку і віддає тільки в неділю",
    "cada mañana el supervisor mete nuestros celulares en una caja con candado y nos los da el domingo",
    "în fiecare dimineață șeful pune telefoanele noastre într-o cutie cu lacăt și ni le dă duminica",
]

NOT_ALLOWED_OUT = [
    "koordynator mówi, że nie wolno nam chodzić do miasta bez niego",
    "координатор сказал, что нам нельзя выходить в город без него",
    "координатор сказав, що нам не можна виходити в місто без нього",
    "coordonatorul zice că nu avem voie să ieșim în oraș fără el",
    "координатор каже, що самим виходити в місто не можна",
    "координатор говорит, что одним ходить в город нельзя",
    "koordynator mówi, że samym chodzić do miasta nie wolno",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    knife_tool=(KNIFE_TOOL, BELOW_DANGER), debt_paid=(DEBT_PAID, CALM), gate_free=(GATE_FREE, CALM),
    scanned_back=(SCANNED_BACK, CALM), first_pay=(FIRST_PAY, CALM),
))
def test_alarming_words_that_stay_calm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), cases(
    knife=(KNIFE_DANGER, DANGER), debt=(DEBT_GROWING, ESCALATED), gate=(GATE_LOCKED, ESCALATED),
    passport=(PASSPORT_KEPT, ESCALATED), pay=(PAY_KEPT, ESCALATED), phones=(PHONES_BOXED, ESCALATED),
    not_allowed=(NOT_ALLOWED_OUT, ESCALATED),
))
def test_their_danger_twins_still_escalate(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical recall with the rules alone: danger told indirectly. Retaliation on its way: they found out the
# worker spoke to an inspector, the police or a union, and they are coming for him. Its calm twin: the
# inspector is the one coming (a visit), or the boss knows and nothing follows.
RETALIATION = [
    "the gangmaster found out I called the police about the caravans, he says they're coming for me "
    "after dark",
    "szef się dowiedział, że rozmawiałem z policją, napisał że w nocy przyjadą po mnie",
    "хозяин узнал что я ходил в полицию, сказал ночью приедут за мной",
    "бригадир дізнався що я дзвонив у поліцію, написав що вночі приїдуть по мене",
    "el patrón se enteró que fui a la policía y me dijo que esta noche vienen por mí",
    "șeful a aflat că am vorbit cu poliția și zice că la noapte vin după mine",
    "chủ biết em đã báo công an rồi, nhắn là tối nay sẽ cho người đến tìm em",
]

RETALIATION_CALM = [
    "the boss knows I talked to the labour inspector and the inspector is coming on Monday to check "
    "the hours",
    "szef wie, że rozmawiałem z inspekcją pracy, inspektor przyjedzie w poniedziałek na kontrolę",
    "начальник знает что я говорил с инспекцией, инспектор приедет в понедельник с проверкой",
    "el jefe sabe que hablé con la inspección y el inspector viene el lunes a revisar",
]

# A child about to be taken abroad at dawn by a "modelling scout" met online; its calm twin: a casting the
# parents go to with her next month.
TEEN_SCOUT = [
    "my sister is 14, a modelling agent from instagram is picking her up at 6am tomorrow to take her abroad",
    "siostra ma 14 lat, agent modelek z instagrama jutro o 6 rano ma ją zawieźć do Berlina",
    "сестре 14, модельный агент из инстаграма завтра в 6 утра повезет ее в Москву а потом за границу",
    "a mi hermana de 14 la recoge mañana temprano un agente de modelos de instagram para llevarla a Madrid",
    "sora mea are 14 ani, un agent de modele de pe instagram vine mâine la 6 dimineața s-o ducă la București",
]

TEEN_SCOUT_CALM = [
    "my daughter is 15 and a model agency invited her to a casting next month, we'll both go, is "
    "the agency real?",
    "córka ma 15 lat, agencja modelek zaprosiła ją na casting w przyszłym miesiącu, pojedziemy razem",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    retaliation=(RETALIATION, DANGER), retaliation_calm=(RETALIATION_CALM, BELOW_DANGER),
    teen=(TEEN_SCOUT, DANGER), teen_calm=(TEEN_SCOUT_CALM, BELOW_DANGER),
))
def test_danger_told_indirectly(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Despair told indirectly: a letter written to the children tonight and a wish not to be here tomorrow, or
# "I can't anymore ... tonight I'm ending it". Its calm twin: not wanting to be at work tomorrow (a day off).
FAREWELL_LETTER = [
    "no pay for months again and i owe them more. wrote my kids a letter. i dont want to be here tomorrow",
    "znowu bez wypłaty i jeszcze długi. napisałam list do dzieci. nie chcę tu jutro być",
    "опять без зарплаты и долг растет. написала им письмо. не хочу завтра тут быть",
    "знову без зарплати і борг росте. написала їм листа. не хочу завтра тут бути",
    "otra vez sin pago y con la deuda. les escribí una carta. no quiero estar aquí mañana",
    "iar fără salariu și cu datoria. le-am scris o scrisoare. nu mai vreau să fiu aici mâine",
    "lại không có lương, nợ thì tăng. em đã viết thư cho các con. mai em không muốn ở đây nữa",
    "i cant do this anymore, they took everything again, tonight after work im ending it",
]

NOT_TOMORROW_CALM = [
    "i dont want to be here tomorrow, its my day off and the manager keeps calling me in",
    "nie chcę tu jutro być, mam wolne a kierownik każe przyjść",
    "no quiero estar aquí mañana, es mi día libre y el encargado insiste",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    farewell=(FAREWELL_LETTER, DANGER), calm=(NOT_TOMORROW_CALM, BELOW_DANGER),
))
def test_despair_told_indirectly(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
