"""Splits BI and BJ's classes (thirty-first round), written as meanings in new words, not BI-BJ's sentences.

Critical recall: thinking of jumping today off a bridge or a roof is suicidal intent; its twin, thinking of a
parachute jump, stays calm. Someone held in the keepers' car today and not let out is danger now; its twin, a
son sitting in the coach's car, stays calm. A child hit today and told he will be killed if he runs is danger
now; its twin, the same threat told as last year's story and fine now, stays below danger. A death threat if
the person runs ("zabiją go, jak ucieknie") with hiding is danger now; its twin, hiding from the rain, stays
calm. Confined, threatened (a photo of the mother's house) and made to swallow packets and fly tonight is
danger now; its twin, a nurse's capsule before a flight, stays calm. Locked in a flat not knowing exactly
where she is is danger now; its twin, a new flat and not knowing the street, stays calm.
False escalations: a gate locked at night that the guard opens at will stays calm (with the net too); its
twin, a guard who never opens, stays escalated. An advance paid back "as we agreed in writing", a passport at
a consulate, the helpline's advice quoted back, one's own bank account, phones allowed on the break, vi "tất
cả", es "me toca turno" stay calm; their twins (the agreement broken, a passport kept by the agency, the
advice broken, an account opened for the boss, no calls even on the break) stay escalated. With the net: a
visit to an online partner who never asked for money on one's own ticket, an employment contract told with
a question, stay calm; a contract with unpaid months and a kept passport stays escalated.
Review gap of round 30: a rumour and then, after "and now", what happened to someone close is that event;
the rumour with a close person's fear after it stays calm.
Escalation misses: a superior's hotel weekend for the contract, hit on the head at work as the others'
habit, a child paid half and sleeping in a shed, a debt that stays the same with costs added, something
happening to the children, a report to the border guard if the user leaves, shoplifting on order, a girl
told to be "nice" to a boyfriend's friends because she owes him, each beside a calm twin. A girl who still
comes home is high, not danger now; taken tonight, danger now.
Calm read low and high read critical: an hour after a want-word is no fee (a sum asked stays a red flag); a
door locked at a previous job, the user no longer there, is high with the net (locked in tonight stays
danger now).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Unpaid, in debt, and thinking of jumping today off a bridge or a roof.
JUMP = [
    "three months without pay and the debt keeps growing. today I am thinking to jump off the roof",
    "trzy miesiące bez wypłaty, dług rośnie. dziś myślę żeby skoczyć z dachu",
    "три месяца без зарплаты, долг только больше. сегодня думаю прыгнуть с крыши",
    "три місяці без зарплати, борг тільки більшає. сьогодні думаю стрибнути з даху",
    "tres meses sin pago y la deuda crece. hoy pienso tirarme del puente",
    "trei luni fără salariu, datoria tot crește. azi mă gândesc să sar de pe pod",
    "3 tháng không lương, nợ càng ngày càng nhiều. hôm nay em nghĩ đến chuyện nhảy cầu",
]
# Thinking of a parachute jump: no method, no height.
JUMP_CALM = [
    "this weekend I am thinking to jump with a parachute, is it safe?",
    "w weekend myślę żeby skoczyć ze spadochronem z kolegami",
    "на выходных думаю прыгнуть с парашютом с друзьями",
    "pienso tirarme en paracaídas el sábado con mis amigos",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    jump=(JUMP, DANGER), calm=(JUMP_CALM, CALM),
))
def test_thinking_of_jumping(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Held in the keepers' car today and not let out.
IN_THEIR_CAR = [
    "my cousin messaged today, he is in their van and they won't let him out until he finishes the job",
    "kuzyn napisał dziś, że jest w ich busie i nie chcą go wypuścić, dopóki nie skończy roboty",
    "брат написал сегодня, он в их машине, его не выпускают пока не отвезет груз",
    "брат написав сьогодні, він у їхній машині, його не випускають поки не відвезе вантаж",
    "mi primo me escribió hoy, está en el coche de ellos y no lo dejan salir hasta que entregue",
    "vărul meu mi-a scris azi că e în duba lor și nu-l lasă să iasă până nu livrează",
    "hôm nay em trai nhắn là đang ở trong xe của bọn nó, không cho xuống xe",
]
# A son in the coach's car, driven to training: no confinement.
IN_CAR_CALM = [
    "my son is in their car today, the coach drives the team to the match",
    "syn jest dziś w ich aucie, trener wiezie drużynę na mecz",
    "сын сегодня в их машине, тренер везёт команду на игру",
    "hôm nay con trai em ngồi trong xe của họ, huấn luyện viên chở cả đội đi thi đấu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(IN_THEIR_CAR, DANGER), calm=(IN_CAR_CALM, CALM),
))
def test_held_in_their_car(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A child made to sell or beg, hit today and told he will be killed if he runs.
CHILD_KILL = [
    "my brother is 13, they make him sell flowers at the market, today the man punched him and said if he "
    "runs they will kill him. he is there now",
    "brat ma 13 lat, każą mu sprzedawać kwiaty na targu, dzisiaj facet go pobił i powiedział, że jak "
    "ucieknie to go zabiją. jest tam teraz",
    "брату 13, его заставляют продавать цветы на рынке, сегодня мужик избил его и сказал что убьют если "
    "сбежит. он там сейчас",
    "брату 13, його змушують продавати квіти на ринку, сьогодні чоловік побив його і сказав що вб'ють якщо "
    "втече. він там зараз",
    "mi hermano tiene 13, lo obligan a vender flores en el mercado, hoy el tipo le pegó y le dijo que si se "
    "escapa lo matan. está allá ahora",
    "fratele meu are 13 ani, îl pun să vândă flori în piață, azi tipul l-a bătut și i-a zis că dacă fuge îl "
    "omoară. e acolo acum",
    "em trai em 13 tuổi, bị bắt bán hoa ở chợ, hôm nay thằng đó đánh nó và bảo trốn thì giết. giờ nó vẫn "
    "ở đó",
]
# The same threat as last year's story, fine now: high at most.
CHILD_KILL_PAST = [
    "last year a man hit my brother at the market and said if he runs they will kill him, now he is fine at "
    "home",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(CHILD_KILL, DANGER), past=(CHILD_KILL_PAST, BELOW_DANGER),
))
def test_child_hurt_and_threatened_with_death(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A death threat if the person runs, and hiding from it now.
RUN_KILL_HIDE = [
    "they took his phone, the boss's men said they will kill him if he runs. he hid in the barn",
    "zabrali mu telefon, ludzie szefa mówią, że go zabiją, jak ucieknie. schował się w stodole",
    "у него забрали телефон, люди шефа сказали убьют если сбежит. спрятался в сарае",
    "у нього забрали телефон, люди шефа кажуть що вб'ють якщо втече. сховався в сараї",
    "le quitaron el celular, los del jefe dicen que si se escapa lo matan. estoy escondido en el granero",
    "i-au luat telefonul, oamenii șefului zic că dacă fuge îl omoară. s-a ascuns în hambar",
]
# Hiding from the rain: no threat.
HIDE_CALM = [
    "he hid in the barn from the rain, the phone was in the car",
    "schował się w stodole przed deszczem i czekał na autobus",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hide=(RUN_KILL_HIDE, DANGER), calm=(HIDE_CALM, CALM),
))
def test_death_threat_if_he_runs(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in, threatened with a photo of the family's house, made to swallow packets and fly tonight.
SWALLOW = [
    "the door is locked, he showed me a photo of my parents house. tonight I must swallow the pellets and "
    "fly",
    "drzwi zamknięte na klucz, pokazał mi zdjęcie domu rodziców. dziś w nocy mam połknąć kapsułki i lecieć",
    "дверь закрыта на ключ, показал фото дома родителей. сегодня ночью надо проглотить капсулы и лететь",
    "двері замкнені, показав фото маминої хати. сьогодні вночі треба ковтнути капсули і летіти",
    "la puerta está con llave, me mostró fotos de la casa de mis papás. esta noche tengo que tragar las "
    "bolsitas y volar",
    "ușa e încuiată, mi-a arătat poza cu casa părinților. la noapte trebuie să înghit capsulele și să zbor "
    "la Londra",
]
# A nurse's capsule before a flight: calm.
SWALLOW_CALM = [
    "the nurse said to swallow the capsules with water before the flight, is that normal?",
    "lekarz kazał połknąć kapsułki przed lotem na chorobę lokomocyjną",
    "врач сказал проглотить капсулы перед самолетом от укачивания",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    swallow=(SWALLOW, DANGER), calm=(SWALLOW_CALM, CALM),
))
def test_body_packing_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in a flat, not knowing exactly where she is.
LOCKED_WHERE = [
    "my friend says they locked her in an apartment and she doesn't even know the street",
    "koleżanka pisze, że zamknęli ją w mieszkaniu i nie wie nawet jaka to ulica",
    "подруга пишет что ее заперли в квартире, она даже не знает какая улица",
    "подруга пише що він зачинив її в квартирі, вона навіть не знає яка вулиця",
    "me encerraron en una casa, no sé bien dónde estoy",
    "m-au încuiat într-o cameră, nu știu exact unde sunt",
    "họ khóa em trong phòng, không biết chính xác đang ở đâu",
]
# A new flat, not knowing the street yet: calm.
WHERE_CALM = [
    "we moved to a new apartment yesterday, she doesn't even know the street yet, haha",
    "przeprowadziłyśmy się wczoraj, koleżanka nie wie nawet jaka to ulica",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_WHERE, DANGER), calm=(WHERE_CALM, CALM),
))
def test_locked_in_not_knowing_where(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations. A gate locked at night that the guard opens at will, or one's own access card.
GATE_OPEN = [
    "the yard gate is locked at night for safety but the guard opens anytime, can I get a night bonus?",
    "brama na placu zamknięta w nocy, ale ochroniarz otwiera kiedy chcę. ile wynosi dodatek nocny?",
    "ворота на базе закрыты ночью, но охранник открывает когда нужно. какая доплата за ночь?",
    "ворота на базі зачинені вночі, але охоронець відчиняє коли потрібно. яка доплата за ніч?",
    "el portón del patio está cerrado de noche pero el vigilante nos abre cuando queramos. ¿hay plus "
    "nocturno?",
    "poarta curții e încuiată noaptea, dar paznicul îmi deschide oricând. se plătește sporul de noapte?",
    "cổng kho khóa ban đêm nhưng bảo vệ mở cho bất cứ lúc nào. làm đêm có phụ cấp không ạ?",
]
# The guard never opens: confinement.
GATE_CLOSED = [
    "the gate is locked at night and the guard never opens it, we cannot leave until morning",
    "brama zamknięta na noc, ochroniarz nie otwiera, nie możemy wyjść do rana",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    open=(GATE_OPEN, CALM), closed=(GATE_CLOSED, ESCALATED),
))
def test_gate_the_guard_opens(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", GATE_OPEN)
def test_gate_the_guard_opens_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


# An advance paid back or a deduction "as we agreed in writing", asked about; a passport at a consulate or an
# office; the helpline's advice quoted back; one's own bank account; phones allowed on the break; "tất cả";
# es "me toca turno".
CALM_READINGS = [
    "I took a 600 zl advance and pay back 200 a month as we agreed in writing. Can I change jobs before the "
    "end?",
    "wziąłem zaliczkę 600 zł i oddaję po 200 co miesiąc, jak ustaliliśmy na piśmie. czy mogę zmienić pracę?",
    "взял аванс 600 злотых, отдаю по 200 в месяц, как договорились. можно уволиться раньше?",
    "am luat un avans de 600 lei și îl dau înapoi câte 200 pe lună, cum ne-am înțeles. pot să plec mai "
    "devreme?",
    "my passport is at the embassy for the visa, they said three weeks. is that normal?",
    "мій паспорт у консульстві на візу, сказали чекати місяць. це нормально?",
    "you say never give your passport to anyone, but the hotel reception wants to see it, is that ok?",
    "вы пишете паспорт никому не отдавать, а в банке просят показать. можно?",
    "I start a new job next month and want to open my own bank account for the salary, they ask for an ID",
    "chcę założyć własne konto w banku na pensję, bank chce dowód osobisty",
    "em muốn tự mở tài khoản ngân hàng để nhận lương, ngân hàng cần hộ chiếu",
    "we leave phones in the locker on the line for safety, on the break we can call. is that legal?",
    "w pracy telefony zostawiamy w szafce, w przerwie można dzwonić. czy to legalne?",
    "công an đến kiểm tra giấy tờ của tất cả người lao động, em ổn, họ trả lại ngay",
    "a veces me toca turno de domingo en la tienda, ¿me pagan más?",
]
# Their escalated twins: the agreement broken, a passport kept by the agency, the advice quoted and then
# broken, an account opened for the boss, phones kept with no calls at all.
ESCALATED_READINGS = [
    "we agreed in writing on 4000 a month but for three months he has not paid us anything. what can I do?",
    "the agency took my passport and it is in their office, they will not give it back",
    "you say never give your passport to anyone, but my boss took my passport and keeps it in his safe",
    "they made me open an account in my name and the boss has the card",
    "they keep our phones in a locker all week, we cannot call anyone even on the break",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_READINGS, CALM), escalated=(ESCALATED_READINGS, ESCALATED),
))
def test_calm_readings(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net on: a visit to an online partner who never asked for money, on the user's own ticket; an
# employment contract told with a question; phones allowed on the break.
NET_CALM = [
    "we have talked online for a year, he never asked for money, he invited me and I buy my own ticket. what "
    "should I check?",
    "od roku piszemy, nigdy nie prosił o pieniądze, zaprosił mnie, bilet kupię sama. na co uważać?",
    "hablamos hace un año, nunca me pidió dinero, me invitó y yo compro mi pasaje. ¿qué reviso?",
    "I work in a shop in Gdansk with an employment contract, sometimes on Sundays. is it paid extra?",
    "lucrez la un magazin cu contract de muncă, uneori duminica. se plătește în plus?",
    "em làm ở siêu thị, có hợp đồng lao động, thỉnh thoảng làm chủ nhật. có được trả thêm không ạ?",
]
# The partner who asks for money, or a contract and unpaid months: escalated or a red flag.
NET_RISKY = [
    "I have a work contract but the boss has not paid me for three months and keeps my passport. what now?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(NET_CALM, CALM), risky=(NET_RISKY, ESCALATED),
))
def test_net_raises_nothing(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# Review gap of round 30: a rumour, and then after "and now" what happened to someone close, is that event.
RUMOUR_THEN_EVENT = [
    "on tiktok they say that this agency cheats, and now they took my brothers passport and he cant go home",
    "na tiktoku piszą, że ta agencja oszukuje, a teraz zabrali bratu paszport i nie może wyjechać",
    "в тиктоке пишут, что это агентство обманывает, а теперь у брата забрали паспорт и он не может уехать",
    "в тіктоку пишуть, що ця агенція обманює, а тепер у брата забрали паспорт і він не може поїхати",
    "en tiktok dicen que esa agencia estafa, y ahora a mi hermano le quitaron el pasaporte",
    "pe tiktok zice lumea că agenția asta înșală, iar acum fratelui i-au luat pașaportul și nu poate pleca",
    "trên tiktok người ta nói công ty đó lừa, mà giờ họ giữ hộ chiếu của anh trai em",
]
# The rumour alone, or with a close person's fear after "and now": still media.
RUMOUR_CALM = [
    "on tiktok they say that this agency takes passports, and now my sister is afraid to sign",
    "na tiktoku piszą, że ta agencja zabiera paszporty, a teraz siostra boi się jechać",
    "в тиктоке пишут, что это агентство забирает паспорта, а теперь сестра боится ехать",
    "в тіктоку пишуть, що ця агенція забирає паспорти, а тепер сестра боїться їхати",
    "en tiktok dicen que esa agencia quita los pasaportes, y ahora mi hermana tiene miedo de ir",
    "pe tiktok zice lumea că agenția asta ia pașapoartele, iar acum sora mea se teme să plece",
    "trên tiktok người ta nói công ty đó giữ hộ chiếu, mà giờ chị gái em sợ không dám đi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    event=(RUMOUR_THEN_EVENT, ESCALATED), rumour=(RUMOUR_CALM, CALM),
))
def test_rumour_then_what_happened(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses of the rules alone: a superior's hotel weekend for the contract; hit on the head at work
# as the others' habit; a child paid half and sleeping in a shed; a debt that stays the same with costs
# added; something happening to the children as a threat; reporting to the border guard if the user leaves;
# shoplifting on order; a girl told to be "nice" to a boyfriend's friends because she owes him.
ESCALATION = [
    "my team leader says if I spend a weekend with him in a hotel I get a permanent contract, otherwise no "
    "more shifts",
    "kierownik mówi, że jak pojadę z nim do hotelu na noc, dostanę awans, a jak nie, to koniec",
    "бригадир сказал, если поеду с ним в гостиницу на ночь, даст постоянный контракт",
    "майстер каже, якщо поїду з ним у готель на ніч, дасть постійний контракт",
    "el encargado dice que si voy con él a un hotel el sábado me da el puesto fijo",
    "șeful zice că dacă merg cu el la hotel sâmbătă îmi dă contract pe perioadă nedeterminată",
    "sếp bảo nếu em đi khách sạn với sếp một đêm thì sẽ ký hợp đồng dài hạn",
    "majster czasem da w łeb młodym, jak się guzdrzą",
    "мастер иногда дает по затылку новеньким, если медленно",
    "майстер іноді дає по потилиці новим, якщо повільно",
    "el capataz a veces les da coscorrones a los nuevos si van lentos",
    "maistrul le dă câte una după cap la cei noi când lucrează încet",
    "quản đốc hay cốc đầu mấy đứa mới nếu làm chậm",
    "my son is 15, the farmer pays him half of what the adults get and he sleeps in the shed",
    "syn ma 15 lat, rolnik płaci mu połowę tego co dorośli, śpi w szopie",
    "сыну 15, фермер платит ему половину от того что взрослым, спит в сарае",
    "i borrowed for the visa from the boss, half a year later I still owe the same because he keeps adding "
    "fines",
    "pożyczyłem od szefa na wizę, po pół roku dalej winien tyle samo, bo ciągle dolicza kary",
    "vay chủ tiền visa, nửa năm rồi vẫn nợ như cũ vì chủ cộng thêm tiền phạt",
    "he said that if I refuse something could happen to my kids back home",
    "powiedział, że jak odmówię, to dzieciom może się coś stać",
    "сказал, что если откажусь, с детьми может что-то случиться",
    "la jefa dijo que si no lo hago a mis hijos les puede pasar algo",
    "she says if I leave she will tell the border guard I was paid for the wedding",
    "mówi, że jak odejdę, to powie straży granicznej o ślubie",
    "they made us take clothes and perfume from the mall every day",
    "mówi, że córka ma być miła dla jego kolegów, bo jest mu winna za telefon",
    "говорит, что дочь должна быть поласковее с его друзьями, потому что должна ему за телефон",
    "каже, що донька має бути ласкава з його друзями, бо винна йому за телефон",
]
# Their calm twins: a hotel weekend with a husband; a pat on the head; a child's half-price ticket; a loan
# repaid on time; children happy; a real marriage; shopping at the mall; being nice to friends.
ESCALATION_CALM = [
    "my husband and I spend a weekend in a hotel in Sopot, then back to work",
    "majster czasem da premię młodym, jak szybko robią",
    "my son is 15, his bus ticket costs half the adult price and he sleeps at home",
    "i borrowed from my brother for the visa and paid it all back by summer",
    "the kids are happy at the new school, nothing happened to them",
    "we married in Dublin for love and we both work, do I need a new residence card?",
    "we went to the mall to buy clothes and perfume for my mum",
    "mówi, że córka ma być miła dla jego kolegów na urodzinach",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(ESCALATION, ESCALATED), calm=(ESCALATION_CALM, CALM),
))
def test_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A 16-year-old taken to a boyfriend's "friends" who still comes home is high, not danger now; taken
# tonight is danger now.
COMES_HOME = [
    "my daughter is 15, now her boyfriend takes her to his friends and says she must be nice to them "
    "because she owes him, she still comes home sometimes",
    "fiica mea are 15 ani, acum prietenul o duce la prietenii lui și zice că trebuie să fie drăguță cu ei, "
    "mai vine acasă",
]
TONIGHT = [
    "my daughter is 15, tonight her boyfriend takes her to clients in a hotel for sex, she still comes home "
    "sometimes",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    home=(COMES_HOME, ("high",)), tonight=(TONIGHT, DANGER),
))
def test_girl_who_still_comes_home(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm read low: an hour after a want-word ("otwiera kiedy chcę, nawet o 3") is a time, not a fee; its twin, a
# sum asked for, stays a red flag.
HOUR_CALM = [
    "portier wpuszcza kiedy chcę, nawet o 4 rano. czy to normalne?",
    "вахтер пускает когда хочешь, хоть в 4 утра. нормально?",
]
FEE_ASKED = [
    "agencja chce 800 zł za załatwienie pracy",
    "просят 500 злотых за работу, нормально?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    hour=(HOUR_CALM, ("none",)), fee=(FEE_ASKED, ("low", "high")),
))
def test_an_hour_is_no_fee(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net on: a door locked every night at a previous job, the user no longer there, is high, not danger
# now; the same told as tonight with nothing past stays danger now (the rules read it).
FORMER = [
    "at my previous job the landlord locked the gate every night from outside, I dont live there anymore, "
    "was it legal?",
]
LOCKED_TONIGHT = [
    "they locked us in the flat from outside tonight, phone battery 2%, we dont know the address",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    former=(FORMER, ("high",)), tonight=(LOCKED_TONIGHT, DANGER),
))
def test_former_job_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)
