"""Splits CK and CL's classes (forty-fourth round), written as meanings in new words, not CK-CL's sentences.

Critical recall: a death threat with hiding now in the toilet or the bathroom is danger now (the threat told
as two years ago, now safe, stays below danger); men or clients brought tonight against her will is danger now
(guests brought tonight for dinner are calm); someone beaten and bleeding with no ambulance called is danger
now; locked in behind barred windows is danger now (a house with bars on the windows, no one locked in, is
calm); someone who wrote she would end her life and now does not answer is danger now.
False escalations: the passport denied taken ("no they didn't take my passport") is no retention (an id card
kept by the boss told after it stays high); "cuántos días de vacaciones me tocan" is leave owed, not touching
(the manager who touches her on her days off stays high); locked myself out ("m-am încuiat pe dinafară",
"zatrzasnęłam się na zewnątrz") is no confinement (passports held told after it stay high).
Escalation misses of the rules alone: paid so much an hour, not what was promised, is deception (a bus that
comes every hour, not every half hour as promised, is calm); calls home allowed only for a few minutes is
isolation.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A death threat, and hiding now.
KILL_HIDING = [
    'boss told me he kills me if i talk to anyone, now i am hiding in the toilet at the farm',
    'powiedział że mnie zabije jak komuś powiem, teraz siedzę zamknięta w toalecie na fermie',
    'хозяин сказал что убьет если кому скажу, сейчас прячусь в ванной на ферме',
    'хазяїн сказав що вбʼє якщо комусь скажу, зараз ховаюсь у ванній на фермі',
    'el jefe dijo que me mata si hablo con alguien, ahora estoy escondida en el baño de la granja',
    'șeful a zis că mă omoară dacă zic cuiva, acum sunt ascunsă în baie la fermă',
    'ông chủ nói sẽ giết em nếu em nói với ai, giờ em đang trốn trong nhà vệ sinh ở trang trại',
]
KILL_HIDING_PAST = [
    'two years ago the boss said he would kill me and i hid in the toilet, now i live in Poland safely and '
        'want to ask about compensation',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(KILL_HIDING, DANGER),
                                                   past=(KILL_HIDING_PAST, BELOW_DANGER)))
def test_death_threat_and_hiding_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Men or clients brought tonight against her will.
MEN_TONIGHT = [
    'tonight they are bringing clients to the flat again and i dont want to, please',
    'dzisiaj w nocy znowu przywiozą klientów do mieszkania a ja nie chcę, proszę',
    'ночью опять привезут клиентов в квартиру а я не хочу, пожалуйста',
    'вночі знову привезуть клієнтів у квартиру а я не хочу, будь ласка',
    'esta noche otra vez traen clientes al piso y no quiero, por favor',
    'la noapte iar aduc clienți în apartament și eu nu vreau, vă rog',
    'đêm nay họ lại đưa khách tới căn hộ mà em không muốn, làm ơn',
]
GUESTS_TONIGHT = [
    "tonight the taxi is bringing my parents' guests, i dont want to cook, any tips for a quick dinner?",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(MEN_TONIGHT, DANGER), calm=(GUESTS_TONIGHT, CALM)))
def test_men_brought_tonight_against_her_will(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Beaten and bleeding, no ambulance called.
BLEEDING_NO_AMBULANCE = [
    'the driver was beaten by the owner, he is bleeding from the head and they wont call an ambulance',
    'kierowca pobity przez właściciela, krwawi z głowy a nikt nie chce wezwać karetki',
    'водителя избил хозяин, из головы идет кровь, а скорую вызывать не хотят',
    'водія побив хазяїн, з голови тече кров, а швидку викликати не хочуть',
    'al chofer lo golpeó el dueño, le sale sangre de la cabeza y no quieren llamar a una ambulancia',
    'șoferul a fost bătut de patron, îi curge sânge din cap și nu vor să cheme ambulanța',
    'anh tài xế bị chủ đánh, đầu chảy máu mà họ không chịu gọi cấp cứu',
]


@pytest.mark.parametrize("text", BLEEDING_NO_AMBULANCE)
def test_beaten_bleeding_no_ambulance(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# Locked in behind barred windows.
LOCKED_BARS = [
    'they locked us in the basement, bars on the windows',
    'zamknęli nas w piwnicy, na oknach kraty',
    'нас троих заперли в подвале, на окнах решетки',
    'нас трьох замкнули в підвалі, на вікнах грати',
    'nos encerraron a los tres en el sótano, hay rejas en las ventanas',
    'ne-au încuiat pe toți trei în subsol, sunt gratii la geamuri',
    'họ nhốt tụi em trong hầm, có song sắt',
]
BARS_CALM = [
    'the old house we rent has bars on the windows, can the landlord lock the shed?',
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(LOCKED_BARS, DANGER), calm=(BARS_CALM, CALM)))
def test_locked_in_behind_bars(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# She wrote she would end her life and now does not answer.
ENDS_IT_SILENT = [
    'my cousin texted that she will end her life and now she is not answering her phone',
    'kuzynka napisała że skończy ze sobą i teraz nie odbiera telefonu',
    'сестра написала что покончит с собой и теперь не отвечает на звонки',
    'сестра написала що покінчить з собою і тепер не відповідає на дзвінки',
    'mi prima escribió que se va a quitar la vida y ahora no contesta el teléfono',
    'verișoara mi-a scris că își pune capăt zilelor și acum nu răspunde la telefon',
    'em họ nhắn là sẽ tự tử và giờ không nghe máy',
]


@pytest.mark.parametrize("text", ENDS_IT_SILENT)
def test_said_she_would_end_it_and_is_silent(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# The passport denied taken; leave owed (es); locked myself out. Risky twins written first.
NOT_TAKEN_TWINS = [
    'no they didnt take my passport, but the boss keeps my id card and work permit in his safe',
    'nie zabrali mi paszportu, ale szef trzyma mój dowód osobisty w sejfie i nie chce oddać',
    'не забрали паспорт, но начальник держит мой вид на жительство у себя в сейфе и не отдает',
    'no me quitaron el pasaporte, pero el jefe se quedó con mi tarjeta de residencia y no la devuelve',
    'nu mi-au luat pașaportul, dar șeful îmi ține buletinul în seif și nu mi-l dă',
    'tengo días de vacaciones pero cuando estoy sola el encargado me toca y me da miedo',
    'm-am încuiat pe dinafară la hostel, dar șeful de la fabrică ne ține pașapoartele și nu ni le dă',
]
NOT_TAKEN_CALM = [
    "no, they didn't take my passport, everything is ok, i only want to ask about overtime pay",
    'nie, nie zabrali mi paszportu, wszystko w porządku, pytam tylko o nadgodziny',
    'нет, паспорт не забрали, всё нормально, хочу спросить только про сверхурочные',
    'ні, не забрали мій паспорт, все добре, хочу спитати тільки про понаднормові',
    'no, no me quitaron el pasaporte, todo bien, solo pregunto por las horas extra',
    'nu, nu mi-au luat pașaportul, totul e bine, întreb doar de orele suplimentare',
    'không, không ai lấy hộ chiếu, mọi thứ ổn, em chỉ hỏi về tiền làm thêm giờ',
    'quería saber cuántos días de vacaciones me tocan este año trabajando en la fábrica',
    'm-am încuiat pe dinafară la apartament, cheia e la vecina, cum chem un lăcătuș?',
    'zatrzasnęłam się na zewnątrz mieszkania, jak wezwać ślusarza?',
]


@pytest.mark.parametrize(("text", "levels"), cases(twin=(NOT_TAKEN_TWINS, ESCALATED),
                                                   calm=(NOT_TAKEN_CALM, CALM)))
def test_not_taken_owed_locked_out(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Paid so much an hour, not what was promised; calls home allowed only for a few minutes.
PAY_NOT_PROMISED = [
    'they pay me three euros an hour, not ten like promised, warehouse in holland',
    'płacą mi trzy euro za godzinę a nie dziesięć jak obiecali, magazyn w holandii',
    'платят мне три евро в час а не десять как обещали, склад в голландии',
    'платять мені три євро на годину а не десять як обіцяли, склад у голландії',
    'me pagan tres euros la hora y no diez como prometieron, almacén en holanda',
    'îmi plătesc trei euro pe oră nu zece cum au promis, depozit în olanda',
    'họ trả em ba euro một giờ chứ không phải mười như đã hứa, kho ở hà lan',
]
CALLS_FEW_MINUTES = [
    'my aunt cleans a house in germany, they dont let her call home only 10 minutes a week with the owner '
        'listening',
    'ciocia sprząta dom w niemczech, nie dają jej dzwonić do domu, tylko 10 minut w tygodniu',
    'тетя убирает дом в германии, ей не дают звонить домой, только 10 минут в неделю',
    'тітка прибирає будинок у німеччині, їй не дають дзвонити додому, тільки 10 хвилин на тиждень',
    'mi tía limpia una casa en alemania, no la dejan llamar a casa, solo 10 minutos a la semana',
    'mătușa face curat într-o casă în germania, nu o lasă să sune acasă, doar 10 minute pe săptămână',
    'dì em dọn nhà ở đức, họ không cho dì gọi về nhà, chỉ 10 phút mỗi tuần',
]
BUS_NOT_PROMISED = ['the bus to work comes every hour, not every half hour like promised, is that normal?']


@pytest.mark.parametrize(("text", "levels"), cases(pay=(PAY_NOT_PROMISED, ESCALATED),
                                                   calls=(CALLS_FEW_MINUTES, ESCALATED),
                                                   calm=(BUS_NOT_PROMISED, CALM)))
def test_pay_not_promised_and_calls_rationed(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Review of the forty-fourth round: locked out of one's room, then locked in by the boss after a contrast, is
# confinement (and with blows now, danger now); the lockout alone stays calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["m-am încuiat afară aseară, iar acum șeful ne-a încuiat în hală și ne lovește, ajutor"], DANGER),
    calm=(["m-am încuiat pe dinafară la cameră în hostel, recepția e închisă până la 7"], CALM),
))
def test_locked_out_then_locked_in(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
