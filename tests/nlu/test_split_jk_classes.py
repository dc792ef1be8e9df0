"""Split J's and K's classes (sixth round), written as meanings in new words, not J's or K's sentences.

False escalations, as scopes over a sentence or the message (cues.yml): media (a film, an article, a
report, "those stories"), jokes (haha, jajaja, =)), 😂), all-clear statements ("everything fine, paid on
time"), general questions ("just curious", "pytam ogólnie"), the user's own protective action ("I lock
myself in at night", with thefts as the reason), the user robbed ("are they ripping me off", "se fură"),
papers collected "for the trip" (pre-departure, low), a minor offered a job (low, not high).
Escalation: a threat to break bones, locked in from the outside, beaten for bringing too little, made
to steal goods from shops, owing more than one earns.
Pay always promised for next week; a promise and a smaller pay in the next sentence.
Danger now: the pursuer's car passing by after an escape, someone back or arriving with a situation
already told, someone coming tonight to take a
person who is held, suicidal intent. The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

NOT_ESCALATED = [
    'saw a movie last night about girls whose passports were taken, is that real?',
    'i read an article where workers were beaten and locked in, does this happen in the uk?',
    'oglądałam reportaż o ludziach zamkniętych na farmie bez wypłaty, to się dzieje naprawdę?',
    'смотрел фильм где у рабочих забрали паспорта и били, такое правда бывает?',
    'дивилась серіал, де дівчат тримали під замком, таке буває насправді?',
    'vi una película donde les quitaban el pasaporte a las chicas, eso pasa de verdad?',
    'am citit un articol despre muncitori bătuți și închiși, se întâmplă asta și la noi?',
    'em xem phóng sự về người bị giữ hộ chiếu và bị đánh, chuyện đó có thật không?',
    'my brother locked me in the bathroom for an hour haha classic',
    'moja siostra zamknęła mnie w łazience na godzinę hahaha',
    'брат запер меня в ванной на час ахаха',
    'сестра замкнула мене у ванній на годину хахаха',
    'mi hermano me encerró en el baño una hora jajaja',
    'frate-miu m-a închis în baie o oră =))',
    'thằng em nhốt tôi trong nhà tắm cả tiếng 😂',
    'the boss is great, everything fine, paid on time, nobody takes our documents',
    'wszystko w porządku, płacą na czas, nikt nie zabiera dokumentów, pytam o nową ofertę',
    'всё нормально, платят вовремя, паспорт у меня, хочу сменить работу',
    'все гаразд, платять вчасно, документи в мене, шукаю нову роботу',
    'todo bien, pagan a tiempo, nadie nos quita los papeles, busco otro trabajo',
    'totul e bine, plătesc la timp, nimeni nu ne ia actele, caut alt job',
    'mọi thứ ổn, trả lương đúng hạn, không ai giữ giấy tờ, em muốn đổi việc',
    'just curious, is it allowed for a company to hold workers passports?',
    'pytam ogólnie, czy pracodawca może zatrzymać paszport?',
    'просто спрашиваю, имеет ли право работодатель держать паспорт?',
    'просто питаю, чи може роботодавець тримати паспорт?',
    'solo pregunto, el patrón puede quedarse con el pasaporte?',
    'doar întreb, angajatorul are voie să țină pașaportul?',
    'em hỏi chung thôi, chủ có được giữ hộ chiếu không?',
    'at night i lock myself in the room at the hostel, lots of stealing there',
    'na noc zamykam się w pokoju w hostelu, dużo kradną',
    'на ночь запираюсь в комнате в общежитии, много воруют',
    'на ніч замикаюся в кімнаті в гуртожитку, багато крадуть',
    'en la noche me encierro en el cuarto del hostal porque roban mucho',
    'noaptea mă încui în cameră la cămin că se fură mult',
    'the agent collects all passports for the trip to the border, then gives them back?',
    'agent zbiera paszporty na czas podróży, to normalne?',
    'водитель собирает паспорта на время поездки, это нормально?',
    'водій збирає паспорти на час поїздки, це нормально?',
    'el chofer recoge los pasaportes para el viaje, es normal?',
    'șoferul strânge pașapoartele pentru drum, e normal?',
    'tài xế thu hộ chiếu trên đường đi, vậy có bình thường không?',
    'my payslip shows tax and pension deducted, are they ripping me off?',
    'the fuel keeps getting stolen from our trucks lately, any advice?',
    "i'm scared they'll take my phone like in those stories, what should i do before i go?",
    'boję się że zabiorą mi paszport jak w tych historiach, co sprawdzić?',
    'my husband is back, i hear the car, talk later',
    'wrócili z wakacji, słyszę auto sąsiada',
    'сегодня ночью приедет мама, жду её',
    'esta noche vienen mis primos a cenar',
    'diseară vine mama la noi',
    'tối nay bạn em đến chơi',
    'this job is killing me lol, worked 10 hours today',
    'me mato trabajando pero pagan bien',
    'the contract ends tonight and the bus comes to take us home',
]

MINOR_OFFERED = [
    'im 15 and a guy on instagram offers me a job in a bar in london, should i go?',
    'mam 15 lat i ktoś na instagramie proponuje mi pracę w barze w Londynie, jechać?',
    'мне 15, мужик в инстаграме предлагает работу в баре в Лондоне, ехать?',
    'мені 15, чоловік в інстаграмі пропонує роботу в барі в Лондоні, їхати?',
    'tengo 15 y un tipo en instagram me ofrece trabajo en un bar en Londres, voy?',
    'am 15 ani și un tip pe instagram îmi oferă job într-un bar la Londra, să merg?',
    'em 15 tuổi, có anh trên instagram rủ em sang London làm quán bar, có nên đi không',
]

CRITICAL = [
    "i escaped from the house an hour ago, now at the bus stop, the boss's car drove past twice",
    'uciekłam z domu godzinę temu, jestem na przystanku, auto szefa przejechało dwa razy',
    'я сбежала из дома час назад, я на остановке, машина хозяина проехала мимо два раза',
    'я втекла з дому годину тому, я на зупинці, машина хазяїна проїхала повз двічі',
    'me escapé de la casa hace una hora, estoy en la parada, el carro del patrón pasó dos veces',
    'am fugit din casă acum o oră, sunt în stație, mașina șefului a trecut pe aici de două ori',
    "the boss beat me last week and said he'd kill me if i left. they're back now, i can hear them outside",
    'szef mnie pobił i zabrał paszport. wrócili, słyszę ich pod drzwiami',
    'хозяин забрал паспорт и бил нас. они вернулись, слышу машину',
    'хазяїн забрав паспорт і бив нас. вони повернулися, чую машину',
    'el patrón me pegó y tiene mi pasaporte. volvieron, oigo el carro afuera',
    'șeful m-a bătut și mi-a luat pașaportul. s-au întors, aud mașina afară',
    'chủ đánh em và giữ hộ chiếu. tụi nó quay lại rồi, em nghe tiếng xe',
    'they keep us locked in the flat and tonight a man comes to take my friend away',
    'zamykają nas w mieszkaniu, dziś w nocy ktoś przyjdzie zabrać koleżankę',
    'нас держат взаперти, сегодня ночью приедут забрать подругу',
    'nos tienen encerradas y esta noche vienen a llevarse a mi amiga',
    'ne țin încuiate și diseară vine cineva s-o ia pe prietena mea',
    'họ nhốt bọn em trong nhà, tối nay có người đến bắt bạn em đi',
    'no pay for months, i owe them everything, i want to end my life',
    'nie płacą od miesięcy, jestem winny wszystko, nie chcę już żyć',
    'не платят месяцами, я должен всё, не хочу жить',
    'не платять місяцями, я винен усе, не хочу жити',
    'no me pagan hace meses, les debo todo, no quiero vivir',
    'nu mă plătesc de luni de zile, le datorez tot, nu mai vreau să trăiesc',
    'mấy tháng không trả lương, em nợ hết, em không muốn sống nữa',
]

# Lookalikes that must stay escalated: the scopes do not reach past their sentence or a contrast.
STILL_HIGH = [
    "every night men come to my cousin's flat and he takes all the money",
    'каждый вечер к ней приходят мужчины, а он забирает все деньги',
    'щовечора до неї приходять чоловіки, а він забирає всі гроші',
    'cada noche vienen hombres a verla y él se queda con toda la plata',
    'în fiecare seară vin bărbați la ea și el îi ia toți banii',
    'tối nào cũng có đàn ông đến phòng chị ấy, hắn lấy hết tiền',
    'обещали склад, а на деле стройка за полцены, кидалово полное',
    'обіцяли склад, а насправді будова за півціни, обман повний',
    'they promised a hotel job and 10 an hour, it was all lies, we pick onions for 4',
    'the pay slips were fake, the whole offer was a complete lie',
    'co noc przychodzą do niej klienci, a on zabiera całą kasę',
    'jej zdjęcia są na roksie, wstawił je szef',
    'me obligan a seguir estafando a viejitos por teléfono',
    'ya no quiero seguir estafando, me dijeron que me van a castigar',
    'agenția ne-a promis hotel, e o țeapă totală, culegem ceapă',
    'the manager always says the money comes next week, it has been 4 months',
    'szef wciąż mówi że wypłata w przyszłym tygodniu, a minęły 2 miesiące',
    'начальник постоянно обещает зарплату на следующей неделе, уже третий месяц',
    'шеф постійно обіцяє зарплату наступного тижня, вже третій місяць',
    'el encargado siempre dice que el sueldo la próxima semana, ya van 3 meses',
    'șeful mereu promite salariul săptămâna viitoare, au trecut 3 luni',
    'quản lý cứ hẹn tuần sau trả lương, đã 3 tháng rồi',
    'everything was fine at first, but then the boss took our passports',
    'wszystko było dobrze, ale potem szef zabrał nam paszporty',
    'todo bien al principio, pero luego el patrón nos quitó los pasaportes',
    'i saw a film yesterday. at work the boss keeps our passports and does not pay us',
    'they make us steal from shops',
    'нас заставляют воровать в магазинах',
    'the driver took our passports on the way and never gave them back',
    'my sister is 15 and works nights in a bar',
]



@pytest.mark.parametrize("text", MINOR_OFFERED)
def test_minor_offered_a_job_is_low(rules: Analyzer, text: str) -> None:
    res = rules.parse(text)
    assert res.risk.level == "low", rules.risk.explain(text)
    assert "minor" in {i.id for i in res.risk.indicators}



# Escalation classes: 'all lies' / 'развод полный' after a promise, men coming to her while he takes
# the money, made to go on scamming, pay always promised for next week, a threat to break bones, locked
# in from the outside, beaten for bringing too little,
# made to steal goods from shops, owing more than one earns.
HIGH = [
    'the foreman said if anyone talks to the police he will break our arms',
    'brygadzista mówi że jak ktoś pójdzie na policję to połamie mu ręce',
    'бригадир сказал, кто пожалуется — тому руки переломают',
    'бригадир сказав, хто поскаржиться, тому руки зламають',
    'el capataz dice que al que hable con la policía le rompen los brazos',
    'șeful a zis că dacă vorbim cu poliția ne rupe mâinile',
    'cai nói ai báo công an thì bẻ gãy tay',
    'the farmer padlocks the barn where we sleep from the outside at night',
    'gospodarz zamyka barak na kłódkę od zewnątrz na noc',
    'хозяин на ночь запирает барак снаружи',
    'хазяїн на ніч замикає барак ззовні',
    'el patrón cierra la bodega donde dormimos con candado por fuera',
    'patronul încuie baraca pe dinafară noaptea',
    'ông chủ khóa cửa phòng ngủ của bọn em từ ngoài mỗi đêm',
    'if we sell too few flowers the boss beats us',
    'jak sprzedamy za mało kwiatów to szef nas bije',
    'если продадим мало цветов, хозяин нас бьет',
    'si vendemos poco nos pegan',
    'dacă vindem prea puțin ne bate șeful',
    'nếu bán được ít thì bị đánh',
    'they send us to the market to pinch wallets',
    'każą nam wynosić perfumy ze sklepów',
    'нас заставляют выносить духи из магазинов',
    'нас змушують виносити парфуми з магазинів',
    'nos mandan a sacar perfumes de las tiendas',
    'ne pun să scoatem parfumuri din magazine',
    'i owe the boss more than i earn in a month now',
    'jestem winna szefowi więcej niż zarabiam',
    'я должна хозяину больше чем зарабатываю',
    'я винна хазяїну більше ніж заробляю',
    'le debo al patrón más de lo que gano',
    'îi datorez șefului mai mult decât câștig',
    'em nợ chủ nhiều hơn lương',
]

# Their lookalikes: the user's own lock, an injury, a bank debt, a visit tonight, selling perfume.
LOOKALIKES = [
    'это объявление сплошной обман?',
    'це оголошення повний обман?',
    'es pura mentira que en Alemania pagan 5000?',
    'is this offer a scam or a lie?',
    'czy to ściema?',
    'the agency promised 12 an hour. i checked the payslip, they pay 12 plus 2 bonus',
    'i lock the flat from outside when i go to work',
    'zamykam mieszkanie od zewnątrz jak wychodzę do pracy',
    'cierro la casa con llave por fuera cuando salgo',
    'încui ușa pe dinafară când plec la muncă',
    'em khóa cửa ở ngoài khi đi làm',
    'i broke my legs skiing last winter, can i still work in construction?',
    'złamałam nogę na nartach, czy mogę pracować?',
    'the pay is too little, if they cut it more i will quit',
    'i owe the bank more than i earn in a month, any advice?',
    'tonight my friend comes to take me to the cinema',
    'сегодня вечером приедет брат, заберет меня домой',
    'esta noche viene mi novio a llevarme a cenar',
    'my mum is coming tonight to pick me up, so excited',
    'we sell perfumes and razors in the shopping centre, 12 euro an hour',
]


@pytest.mark.parametrize(("text", "levels"), cases(
    not_escalated=(NOT_ESCALATED, CALM), critical=(CRITICAL, DANGER), still_high=(STILL_HIGH, ESCALATED),
    high=(HIGH, ESCALATED), lookalikes=(LOOKALIKES, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
