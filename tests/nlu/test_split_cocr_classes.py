"""Splits CO, CP, CQ and CR's classes (forty-sixth round), written as meanings in new words, not the splits'
sentences.

False escalations: someone who wants the original passport sent to them before the journey is a request before
departure (low), while a passport sent and now not given back stays retention; "another guy will call me" is a
phone arrangement, while "he will call the police on us" stays a threat; es "quiere entrar a trabajar / a una
tienda" is joining a workplace, while "quieren entrar, golpean la puerta" stays danger now; vi without
diacritics "no chi lam" ("nó chỉ làm", he only) is no "nợ chị" (owe), while "nợ chị 2000" stays; a phone match
whose holding verb follows a document belongs to the document. For the statistical net (the `told` guard, the
net raises nothing): a bystander who tells that nothing bad happened and only wants to help, a thank-you after
a false alarm, a hotel asked about for a family weekend; each beside a risky twin the rules still escalate.
Escalation misses of the rules alone: an employer who has not paid for months (an employer who paid on time
is calm); "it will end badly" after a refusal (a series that ends badly is calm); a threat to come round or
tell the police if he stops (a bill sent if piano lessons stop is calm); several sleeping in one bed in shifts
(twins sharing a bed are calm); bleeding with a boss who allows no ambulance or hospital is danger now (a
film's gangster is calm). Critical misses of the rules alone: moved somewhere else tonight with a guard, a man
or a dog at the door is danger now (a tour guide taking us to another hotel, the bus at the door, is calm).
A passport given back only at the end of the season or the contract is retention (the user's own old passport
given back to the office is calm).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# Asked to send the original passport before leaving: a request (low), not retention.
SEND_PASSPORT_REQUEST = [
    'the agency for the cruise ship wants me to send them my original passport "for processing" and they '
        'will keep '
        'it until i fly, i have not left yet, is that ok?',
    'agencja chce żebym wysłała im oryginał paszportu "do załatwienia wizy", będą go trzymać do wyjazdu, '
        'jeszcze '
        'nie wyjechałam. wysyłać?',
    'фирма из Чехии хочет чтобы я отправила им оригинал паспорта «для оформления визы», я еще не уехала, '
        'отправлять?',
    'фірма з Чехії хоче щоб я надіслала їм оригінал паспорта «для оформлення візи», я ще не виїхала, '
        'надсилати?',
    'la agencia quiere que le envíe el pasaporte original "para tramitar la visa" y lo guardan hasta el '
        'viaje, '
        'todavía no me fui, ¿lo mando?',
    'agenția vrea să le trimit pașaportul original "pentru acte" și îl țin ei până la zbor, încă n-am '
        'plecat, '
        'să-l trimit?',
    'công ty bên Nhật muốn em gửi hộ chiếu bản gốc cho họ để "làm visa" và nói giữ luôn đến khi em bay, '
        'em có '
        'nên gửi không?',
]
SEND_PASSPORT_KEPT = [
    'the agency wanted me to send them my original passport, i sent it, and now the boss in Malta keeps my '
        'passport and does not give it back',
    'firma chciała żebym wysłała im paszport, wysłałam, a teraz szef dalej go trzyma i nie oddaje',
    'фирма хотела чтобы я отправила им паспорт, я отправила, а теперь начальник до сих пор его держит и '
        'не отдает',
    'la empresa quería que le enviara el pasaporte, lo mandé y ahora el jefe todavía lo tiene y no me lo '
        'devuelve',
]


@pytest.mark.parametrize(("text", "levels"), cases(request=(SEND_PASSPORT_REQUEST, CALM),
                                                   kept=(SEND_PASSPORT_KEPT, ESCALATED)))
def test_asked_to_send_the_original_passport(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Another guy will call me": a phone arrangement, no threat.
CALL_ME = [
    'a woman on telegram offers cleaning work in Norway, says her boss will call me tomorrow, fee 200. '
        'legit?',
    'the recruiter said the driver would call me when he is near the station, is this normal?',
]
CALL_POLICE = [
    'the farmer said he will call the police and immigration if we complain about the money',
]


@pytest.mark.parametrize(("text", "levels"), cases(arrangement=(CALL_ME, CALM), threat=(CALL_POLICE,
ESCALATED)))
def test_will_call_me_is_no_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# es "quiere entrar a trabajar / a una tienda": joining a workplace, nobody breaking in.
JOIN_WORK = [
    '¿Mi sobrina de 17 puede trabajar los sábados? Quiere entrar a una tienda de ropa del centro.',
    'mi hija quiere entrar a trabajar en un hotel este verano, ¿qué papeles necesita?',
]
BREAK_IN = [
    'están golpeando la puerta, quieren entrar, tengo mucho miedo, ayuda',
]


@pytest.mark.parametrize(("text", "levels"), cases(join=(JOIN_WORK, CALM), danger=(BREAK_IN, DANGER)))
def test_wants_to_join_a_workplace(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi without diacritics "no chi lam" (he only ...) is no "nợ chị" (owe); the phone lost, the passport kept by
# himself.
VI_HE_ONLY = [
    'toi lo qua vi em trai o Duc khong goi ve, hoa ra no chi lam roi dien thoai xuong song thoi, moi thu on',
    'con gai toi khong nhan tin may ngay, hoa ra no chi quen sac pin 😅 moi thu on, luong tra du',
]
VI_OWE = [
    'chủ nói em nợ chị ấy 2000 euro tiền vé, phải làm trả hết mới được về',
    'ông chủ giữ điện thoại và hộ chiếu của em, không cho gọi về nhà',
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(VI_HE_ONLY, CALM), risky=(VI_OWE, ESCALATED)))
def test_vi_he_only_is_no_debt(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Told (the net raises nothing): a bystander, nothing bad told, who only wants to help.
BYSTANDER = [
    'a woman has been sitting at our bus stop for two days, she says she left her job and has nowhere to '
        'stay, '
        'she told nothing bad, i just want to help, who can i call?',
    'przy naszym sklepie od dwóch dni siedzi kobieta, mówi że rzuciła pracę i nie ma gdzie spać, nic '
        'złego nie '
        'opowiadała, chcę jej tylko pomóc. do kogo dzwonić?',
    'возле нашего магазина второй день сидит женщина, говорит что бросила работу и негде ночевать, ничего '
        'плохого не говорила, просто хочу помочь. куда звонить?',
    'біля нашого магазину другий день сидить жінка, каже що кинула роботу і ніде ночувати, нічого '
        'поганого не '
        'казала, просто хочу допомогти. куди дзвонити?',
    'junto a nuestra tienda lleva dos días sentada una mujer, dice que dejó el trabajo y no tiene dónde '
        'dormir, '
        'no contó nada malo, solo quiero ayudarla. ¿a quién llamo?',
    'lângă magazinul nostru stă de două zile o femeie, zice că a lăsat lucrul și nu are unde dormi, nu a '
        'spus '
        'nimic rău, vreau doar să o ajut. pe cine sun?',
    'trước cửa hàng tôi có một chị ngồi hai ngày rồi, nói là bỏ việc và không có chỗ ở, chị ấy không kể '
        'chuyện gì xấu, tôi chỉ muốn giúp. tôi nên gọi ai?',
]
BYSTANDER_HARM = [
    'a woman has been sitting at our bus stop for two days, she says the boss took her passport and beat '
        'her, '
        'i just want to help, who can i call?',
    'возле нашего магазина сидит женщина, говорит что хозяин забрал паспорт и бил её, просто хочу помочь',
]
# A thank-you after a false alarm.
FALSE_ALARM = [
    'just wanted to say thank you. on monday i wrote in panic because my son in Norway did not answer, he '
        'dropped his phone in the sea, he is fine and paid. sorry for the scare',
    'Chciałam tylko podziękować, w poniedziałek pisałam w panice bo córka w Niemczech nie odbierała, zepsuł '
        'jej się telefon, wszystko dobrze. Przepraszam za panikę',
]
# A hotel for a family weekend asked about.
TRIP = [
    'hi, do you know any hotel near the lakes with a pool for the weekend with the kids? thanks',
    'ад ơi có biết khách sạn nào ở Đà Lạt có sân chơi cho cuối tuần đi với con không ạ',
]


@pytest.mark.parametrize("text", [*BYSTANDER, *FALSE_ALARM, *TRIP])
def test_told_calm_messages_stay_calm_with_the_net(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert rules.risk.told(text, language)
    check_level(rules, text, CALM)
    check_level(analyzer, text, CALM)


@pytest.mark.parametrize("text", BYSTANDER_HARM)
def test_bystander_told_harm_stays_escalated(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Escalation misses of the rules alone. An employer who has not paid for months.
NOT_PAID_MONTHS = [
    'i need a place to sleep, i quit because the farmer hasnt paid us for 3 months',
    'rzuciłam robotę bo szef nie płacił nam od 3 miesięcy, gdzie mogę przenocować?',
    'ушел с фермы, хозяин 3 месяца не платил, где переночевать?',
    'пішов з ферми, хазяїн 3 місяці не платив, де переночувати?',
    'me fui de la finca porque el patrón no nos pagaba hace 3 meses, ¿dónde duermo?',
    'am plecat de la fermă pentru că patronul nu ne plătea de 3 luni, unde pot dormi?',
    'em bỏ đi vì ông chủ không trả lương 3 tháng rồi, tối nay ngủ ở đâu?',
]
NOT_PAID_CALM = ['the employer paid everything on time, i left after 3 months because i moved to Gdansk']
# A threat that it "will end badly" after a refusal.
END_BADLY = [
    'my cousin refused, and the owner told him it will end badly for him',
    'brat odmówił, a szef na to że to się źle skończy',
    'брат отказался дальше возить коробки, а шеф сказал что это плохо кончится',
    'брат відмовився далі возити коробки, а шеф сказав що це погано закінчиться',
    'mi hermano dijo que ya no, y el patrón le dijo que todo va a terminar mal',
    'fratele meu nu mai vrea, iar șeful i-a zis că o să se termine urât',
    'anh em không làm nữa, ông chủ bảo chuyện này sẽ kết thúc không hay',
]
END_BADLY_CALM = ['the series i refused to watch will end badly, everyone says so']
# A threat to come round or tell the police if he stops.
IF_STOP = [
    'my nephew is 15, some guys pay him to carry bags, now they say if he stops they will come to our flat',
    'bratanek ma 15 lat, jacyś ludzie płacą mu za noszenie toreb, piszą że przyjadą jak przestanie',
    'племяннику 15, какие-то люди платят ему за сумки, пишут что приедут если он перестанет',
    'племіннику 15, якісь люди платять йому за сумки, пишуть що приїдуть якщо він перестане',
    'mi sobrino tiene 15, unos tipos le pagan por llevar bolsas, ahora dicen que vienen si deja de hacerlo',
    'nepotul meu are 15 ani, niște tipi îl plătesc să care genți, zic că vin peste noi dacă se lasă',
    'cháu tôi 15 tuổi, mấy người trả tiền cho cháu xách túi, giờ nhắn là sẽ tới nhà nếu cháu thôi',
]
IF_STOP_CALM = ['if he stops the piano lessons the teacher will send us the bill, is that fair?']
# Sleeping several in one bed in shifts.
BED_SHIFTS = [
    'at the greenhouse we sleep two in one bed in shifts, day shift and night shift',
    'w szklarni śpimy we dwóch na jednym łóżku na zmiany',
    'в теплице спим вдвоем на одной кровати по сменам',
    'в теплиці спимо вдвох на одному ліжку по змінах',
    'en el invernadero dormimos dos en una cama por turnos',
    'în seră dormim câte doi într-un pat pe ture',
    'ở nhà kính tụi em ngủ chung một giường thay ca nhau',
]
BED_CALM = ['my twins share one bed, should i buy bunk beds?']
# Bleeding and no ambulance or hospital allowed: danger now.
BLEEDING_NO_AMBULANCE = [
    'a guy cut his leg on the machine, so much blood, the boss says no ambulance no hospital, what do we do',
    'kolega rozciął nogę na maszynie, dużo krwi, szef mówi żadnej karetki, co robić',
    'парень порезал ногу на станке, много крови, начальник говорит никакой скорой, что делать',
    'хлопець порізав ногу на верстаті, багато крові, начальник каже ніякої швидкої, що робити',
    'un compañero se cortó la pierna en la máquina, mucha sangre, el jefe dice nada de ambulancia, '
        'qué hacemos',
    'un coleg și-a tăiat piciorul la mașină, mult sânge, șeful zice fără ambulanță, ce facem',
    'một anh bị máy cắt vào chân, máu nhiều lắm, ông chủ không cho gọi cấp cứu, làm sao đây',
]
BLEEDING_CALM = ['watched a film last night, the gangster boss is bleeding and says no hospital, so dumb']


@pytest.mark.parametrize(("text", "levels"), cases(
    paid=(NOT_PAID_MONTHS, ESCALATED), paid_calm=(NOT_PAID_CALM, CALM),
    badly=(END_BADLY, ESCALATED), badly_calm=(END_BADLY_CALM, CALM),
    stop=(IF_STOP, ESCALATED), stop_calm=(IF_STOP_CALM, CALM),
    bed=(BED_SHIFTS, ESCALATED), bed_calm=(BED_CALM, CALM),
    bleeding=(BLEEDING_NO_AMBULANCE, DANGER), bleeding_calm=(BLEEDING_CALM, CALM)))
def test_escalation_misses_of_the_rules(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical misses of the rules alone: moved somewhere else tonight with a guard, a man or a dog at the door.
MOVED_TONIGHT_GUARD = [
    'tonight they are moving us to another farm, a guard with a dog stands at the door all the time',
    'dziś w nocy mają nas wywieźć gdzieś indziej, pod drzwiami stoi ochroniarz z psem',
    'сегодня ночью нас увозят в другое место, у двери стоит охранник с собакой',
    'сьогодні вночі нас вивозять в інше місце, біля дверей стоїть охоронець з собакою',
    'esta noche nos trasladan a otra finca, hay un guardia con un perro en la puerta',
    'la noapte ne mută în altă fermă, la ușă stă un paznic cu un câine',
    'đêm nay họ chuyển bọn em đi nơi khác, có bảo vệ với con chó đứng ở cửa',
]
MOVED_TONIGHT_CALM = ['tonight the tour guide is taking us to another hotel, the bus waits at the door']


@pytest.mark.parametrize(("text", "levels"), cases(now=(MOVED_TONIGHT_GUARD, DANGER),
                                                   calm=(MOVED_TONIGHT_CALM, CALM)))
def test_moved_tonight_with_a_guard_at_the_door(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses of the rules alone (second part): the passport given back only at the end of the season.
PASSPORT_END_OF_SEASON = [
    'the farm keeps my passport and will give it back at the end of the season',
    'szef mówi że paszport odda mi dopiero na koniec sezonu',
    'хозяин говорит что паспорт вернут только в конце сезона',
    'власник каже, що паспорти повернуть у кінці сезону',
    'el patrón dice que nos devuelven los pasaportes al final de la temporada',
    'patronul zice că ne dă înapoi pașapoartele la sfârșitul sezonului',
    'ông chủ nói cuối mùa mới trả hộ chiếu',
]
DEPOSIT_END_OF_SEASON = [
    'I will give my old passport back to the office at the end of the season when I get the new one',
]


@pytest.mark.parametrize(("text", "levels"), cases(kept=(PASSPORT_END_OF_SEASON, ESCALATED),
                                                   own=(DEPOSIT_END_OF_SEASON, CALM)))
def test_passport_given_back_at_the_end_of_the_season(rules: Analyzer, text: str,
                                                      levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
