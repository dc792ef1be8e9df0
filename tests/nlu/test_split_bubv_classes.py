"""Splits BU and BV's classes (thirty-seventh round), written as meanings in new words, not BU-BV's sentences.

Critical recall: the pills at hand and a wish to swallow them all tonight, or "I can't anymore" in a
situation already found (a debt that grows), is danger now; its twins, a course of antibiotics "all of them
over 7 days" and headache pills beside a debt, stay below it. Someone driven now to a place she doesn't
know, with men, against her will, is danger now; its twins, a mother's surprise trip, stay calm. A friend's
last message, a cry for help with the phones taken, then silence, is danger now; without the cry for help
it stays high. Locked in or the phone taken and told she won't leave there alive is danger now; "won't
leave until she pays" stays high and a cat at the vet stays calm. Romanian (Moldovan) "amu" is "acum"
(now): debt collectors banging on the door "amu" is danger now; "amu sunt acasă, totul e bine" stays calm.
False escalations: lawful twelve-hour shifts in a compact rota with as many days off ("4 on 4 off", "4 cu
4", "4 через 4", "làm 2 nghỉ 2"), asked whether legal, stay calm; twelve hours with no day off for weeks
stays high. A fear that the boss wanted the passport, and it was only a copy with the original kept, stays
calm; a threat told after it stays high. A mother's warning of what could happen abroad, no offer yet or
asked how to check an agency, stays calm; the passport taken after all stays high. Spanish "me toca
licencia" (I am due) and Vietnamese "danh bạ" (a directory) stay calm; "el jefe me toca" and "ông chủ đánh"
stay high.
Escalation misses: a fine for quitting with its sum, home with nothing for refusing, "keep quiet or you
won't get paid" are threats; a lease's or a parking fine, refusing dessert, quiet in a library stay calm.
"A bit more" or "something more" for massage clients and "extras" with clients for the pay are sexual
exploitation; "a bit more pressure" stays calm. Months of pay still owed, bank accounts opened and the
cards handed over, made to beg, work till midnight with no pay are high; back pay handed over stays calm.
Gold high read critical: an escape told with its past time ("сбежала на прошлой неделе, сейчас в хостеле"),
then a safe place now, is high; with someone outside the door now it stays danger.
Older gaps: hitting her heard now (pl), wanting to jump at a height now are danger; jumping into a pool, a
neighbour's hammer stay calm; ro "te omor dacă spui" is a threat ("te omor de râs" is not); es "la
encerraban" is confinement ("se encerraban" is not).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# The pills at hand and a wish to swallow them all, or "I can't anymore" in a situation already found.
PILLS = [
    "after that job abroad i cant anymore, the pills are here next to me, tonight i will swallow them all",
    "nie daję już rady po tym co było w pracy, mam tabletki obok, dziś w nocy wezmę wszystkie",
    "больше не могу после той работы, таблетки рядом, сегодня ночью выпью все",
    "більше не можу після того заробітку, таблетки поруч, сьогодні вночі вип'ю всі",
    "ya no puedo más, tengo las pastillas aquí al lado, esta noche me las quiero tomar todas",
    "nu mai pot, am pastilele aici lângă mine, la noapte vreau să le înghit pe toate",
    "em không chịu nổi nữa, thuốc để ngay cạnh, tối nay em uống hết",
    "już nie mogę, jestem im winna 8000 i ciągle więcej, mam tabletki w ręce",
]
PILLS_CALM = [
    "the doctor gave me antibiotics, i have the pills here and must take all of them over 7 days",
    "mam tabletki na ból głowy przy sobie, wziąć jedną czy dwie?",
]
PILLS_HIGH = [
    "wiszę im 5000 i rośnie, mam tabletki na głowę w torebce",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(PILLS, DANGER), calm=(PILLS_CALM, CALM), high=(PILLS_HIGH, ESCALATED),
))
def test_pills_at_hand(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_pills_beside_a_debt_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, PILLS_HIGH[0], BELOW_DANGER)


# Driven now to a place she doesn't know, with men, against her will.
DRIVEN = [
    "my cousin just rang, shes in a van with two guys, they are taking her somewhere she doesnt know, she "
    "didnt want to go",
    "siostra dzwoniła, siedzi w samochodzie z dwoma mężczyznami, wiozą ją nie wiadomo dokąd, nie chciała "
    "jechać",
    "сестра звонила, она в машине с двумя мужиками, везут неизвестно куда, она не хотела ехать",
    "сестра дзвонила, вона в авто з двома чоловіками, везуть невідомо куди, вона не хотіла їхати",
    "mi hermana llamó, va en una camioneta con dos tipos, la llevan y no sabe a dónde, no quería ir",
    "sora mea a sunat, e în dubă cu doi necunoscuți, o duc și nu știe unde, nu voia să plece",
    "chị em vừa gọi, đang trên xe với mấy người đàn ông, chở đi đâu không biết, chị không muốn đi",
]
DRIVEN_CALM = [
    "my mum is driving me somewhere i dont know, a surprise, i didnt want to go but ok",
    "mama wiezie mnie nie wiadomo gdzie, nie chciałam jechać, ale to niespodzianka",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(DRIVEN, DANGER), calm=(DRIVEN_CALM, CALM)))
def test_driven_with_men_against_her_will(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A friend's last message: a cry for help with the phones taken, then silence.
SILENCE = [
    "my sister sent 'help, bus, they took all phones' and then nothing, her last location was a petrol "
    "station",
    "kuzynka napisała 'ratunku, zabrali nam telefony' i potem cisza",
    "сестра прислала 'помогите, у нас забрали телефоны' и больше ничего",
    "сестра написала 'допоможіть, забрали телефони' і більше нічого",
    "mi prima mandó 'ayuda, nos quitaron los teléfonos' y luego nada",
    "verișoara a scris 'ajutor, ne-au luat telefoanele' și apoi nimic",
    "em họ nhắn 'cứu, họ lấy hết điện thoại' rồi im luôn",
]
SILENCE_HIGH = [
    "my colleague wrote 'the boss took our phones at work again' and then nothing, probably busy",
    "mój kolega napisał 'szef zabrał nam telefony' i cisza, pewnie pracuje",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(SILENCE, DANGER), high=(SILENCE_HIGH, ESCALATED)))
def test_last_message_then_silence(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", SILENCE_HIGH)
def test_phones_taken_without_a_cry_is_not_danger(rules: Analyzer, text: str) -> None:
    check_level(rules, text, BELOW_DANGER)


# Locked in or the phone taken, and told she won't leave there alive.
ALIVE = [
    "the manager locked her in the back room and took her phone, told her she wont get out alive",
    "szef zamknął ją w pokoju i zabrał telefon, powiedział że żywa nie wyjdzie",
    "хозяин запер её в комнате и забрал телефон, сказал что живой не выйдет",
    "господар замкнув її в кімнаті і забрав телефон, сказав що живою не вийде",
    "el dueño la encerró en el cuarto y le quitó el teléfono, le dijo que no va a salir viva",
    "patronul a încuiat-o în cameră și i-a luat telefonul, a zis că nu scapă vie",
    "chủ khóa cửa nhốt nó trong phòng, lấy điện thoại, nói đừng hòng sống mà ra",
]
ALIVE_HIGH = ["he locked the door of the room, took her phone, said she won't leave until she pays"]
ALIVE_CALM = ["he said my cat won't leave the vet alive lol, the vet is fine"]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(ALIVE, DANGER), high=(ALIVE_HIGH, ESCALATED), calm=(ALIVE_CALM, CALM),
))
def test_wont_leave_alive(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_locked_until_paid_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, ALIVE_HIGH[0], BELOW_DANGER)


# Romanian (Moldovan) "amu" is "acum" (now).
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["amu bat în ușă ăia cărora le datorez bani, sunt singură"], DANGER),
    calm=(["amu sunt acasă, totul e bine, mulțumesc"], CALM),
))
def test_ro_amu_is_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Lawful twelve-hour shifts in a compact rota with as many days off; the twin: twelve hours with no day off.
SHIFTS_CALM = [
    "12 hour shifts 4 on 4 off, overtime paid, contract fine, just tired. is that legal in poland?",
    "zmiany po 12 godzin, system 4 na 4, nadgodziny płatne, umowa ok. czy to legalne?",
    "смены по 12 часов 2 через 2, переработки оплачивают. это законно?",
    "зміни по 12 годин 3 через 3, понаднормові оплачують, договір є. це законно?",
    "turnos de 12 horas, 4 por 4, horas extra pagadas, contrato en regla. es legal?",
    "ture de 12 ore, 3 cu 3, plătite, contract bun. e legal?",
    "ca 12 tiếng, làm 2 nghỉ 2, tăng ca có trả, vậy có hợp pháp không",
]
SHIFTS_HIGH = [
    "12 hour shifts, they said 4 on 4 off, but for weeks now 12 hours with no day off",
    "ture de 12 ore, 4 cu 4 ne-au promis, dar de 3 săptămâni lucrăm 12 ore fără nicio zi liberă",
    "смены по 12 часов, говорили 4 через 4, а уже месяц без выходных по 12 часов",
    "зміни по 12 годин, казали 4 через 4, а вже місяць без вихідних по 12 годин",
    "ca 12 tiếng, nói là làm 4 nghỉ 4 mà 3 tuần nay không có ngày nghỉ nào",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(SHIFTS_CALM, CALM), high=(SHIFTS_HIGH, ESCALATED)))
def test_lawful_twelve_hour_rota(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A feared passport request that was only a copy, the original kept; the twin: a threat told after it.
COPY_CALM = [
    "I was afraid my new boss wanted my passport, he only made a copy, the original is with me. thanks",
    "tenía miedo del patrón por el pasaporte, hizo una copia y el original lo tengo yo, todo bien",
    "îmi era frică de șef pentru pașaport, a făcut o copie, originalul e la mine",
    "em sợ ông chủ giữ hộ chiếu, ông chỉ photo thôi, bản gốc em giữ, cảm ơn",
]
COPY_HIGH = [
    "me daba miedo que el jefe quería mi pasaporte, sacó una copia, el original lo tengo yo, pero dijo que "
    "si hablo con la policía me deporta",
    "tôi sợ ông chủ giữ hộ chiếu, ông chỉ photo, bản gốc tôi giữ, nhưng ông nói nếu tôi báo công an thì trục "
    "xuất tôi",
    "mi-era frică de șef, a făcut o copie la pașaport, dar a zis că dacă merg la poliție mă omoară",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(COPY_CALM, CALM), high=(COPY_HIGH, ESCALATED)))
def test_feared_request_was_a_copy(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A mother's warning of what could happen abroad, no offer yet; the twin: the passport taken after all.
WARNING_CALM = [
    "my mom says if I go abroad they will take my passport, no offer yet, just looking. how to check an "
    "agency?",
    "мама предупреждает если уеду то отберут паспорт, только ищу, как проверить агентство?",
    "мама попереджає якщо поїду то заберуть паспорт, тільки шукаю. як перевірити агенцію?",
    "mama mówi że jak wyjadę to zabiorą mi paszport, tylko szukam. jak sprawdzić agencję?",
]
WARNING_HIGH = [
    "мама говорит если поеду то заберут паспорт, я поехала и вчера бригадир забрал паспорт, как проверить "
    "агентство",
    "мама каже що в мене заберуть паспорт, а вчора бригадир забрав паспорт у мене і не віддає",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(WARNING_CALM, CALM), high=(WARNING_HIGH, ESCALATED)))
def test_mothers_warning(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Spanish "me toca" (I am due) and Vietnamese "danh bạ" (a directory); their twins stay high.
@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(["estoy embarazada, con contrato, me toca licencia de maternidad?",
           "em tra công ty trong danh bạ rồi, mọi người yên tâm"], CALM),
    high=(["el jefe me toca cuando estamos solos en la recepción", "ông chủ đánh bạn em ở kho hôm qua"],
          ESCALATED),
))
def test_due_and_directory(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: a fine for quitting, home with nothing for refusing, "keep quiet or no pay"; calm twins.
COERCION = [
    "my sister works in a laundry, the manager told her if she quits she pays a 2000 fine",
    "szef mówi że jak rzucę tę robotę to zapłacę 2000 kary",
    "начальник сказал если уволюсь заплачу штраф",
    "шеф каже якщо звільнюсь то заплачу штраф",
    "el encargado dijo que si renuncio pago una multa de 2000",
    "șeful a zis că dacă demisionează plătește 2000 amendă",
    "chủ nói nếu nghỉ ngang thì bị phạt 2000",
    "the supervisor says if i keep refusing him i go home with nothing",
    "brygadzista mówi że jak będę dalej odmawiać to wrócę bez grosza",
    "si sigo diciendo que no me devuelvo sin un peso, dice el capataz",
    "dacă tot refuz mă trimite acasă fără un ban, zice șeful",
    "nếu em cứ từ chối ông ấy thì về nước tay trắng",
    "the agency said keep quiet or you wont get paid this month",
    "agencja kazała siedzieć cicho bo nie dostanę wypłaty",
    "в агентстве сказали молчи а то не получишь зарплату",
    "в агенції сказали мовчи бо не отримаєш зарплату",
]
COERCION_CALM = [
    "my lease says if i leave before june i pay a fine of one month rent",
    "dacă plec mai devreme de la sală plătesc o amendă de parcare",
    "si me voy temprano del parqueo pago una multa",
    "she keeps refusing dessert and goes home with nothing in her stomach lol",
    "keep quiet in the library or you get sent out",
    # Review mend: a rights question about a fine for quitting early names no payment made or demanded.
    "если я уволюсь раньше, нужно ли платить штраф? в договоре об этом ничего нет",
    "якщо я звільнюсь раніше, чи треба платити штраф? в договорі про це нічого немає",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(COERCION, ESCALATED), calm=(COERCION_CALM, CALM)))
def test_coercion_told_as_a_condition(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "A bit more" for clients at a massage place, "extras" with clients for the pay; still owed months of pay;
# bank accounts opened and the cards handed over; made to beg; working till midnight with no pay.
EXPLOITED = [
    "they hired me for the front desk of a massage salon, now I must give massages and the clients want "
    "something more",
    "w salonie masażu mam masować, a klienci chcą czegoś więcej, coś więcej za dopłatą",
    "m-au pus la masaj și clienții vor ceva mai mult",
    "em làm ở tiệm massage, khách muốn thêm chút, bà chủ bảo bình thường",
    "szef powiedział że jak chcę pieniądze to mam robić dodatkowe z klientami",
    "хозяин сказал если хочешь деньги то дополнительно с клиентами",
    "власник сказав якщо хочеш гроші то додатково з клієнтами",
    "wiszą mi 3 miesiące pensji",
    "до сих пор должны за 3 месяца",
    "досі винні за 3 місяці",
    "me obligaban a abrir 2 cuentas y entregar las tarjetas al jefe",
    "m-au pus să deschid 2 conturi și să le dau cardurile",
    "a mi primo lo ponían a pedir dinero en el metro",
    "em gái làm từ sáng tới đêm không lương",
]
EXPLOITED_CALM = [
    "massage therapist here, clients always want a bit more pressure on the shoulders",
    "клиенты на массаже хотят чуть больше давления, это нормально",
    "oddali mi 2 miesiące wypłaty zaległej, wszystko ok",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(EXPLOITED, ESCALATED), calm=(EXPLOITED_CALM, CALM)))
def test_exploitation_in_few_words(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Gold high read critical: an escape told with its past time, then a safe place now, is high (the passport
# still held); an escape with someone outside the door now stays critical.
ESCAPED_BEFORE = [
    "я сбежал на прошлой неделе, сейчас живу у друга, а паспорт до сих пор у бригадира",
    "am fugit luna trecută, acum stau la o prietenă, dar șeful încă are pașaportul meu",
    "em trốn ra được tháng trước rồi, giờ ở nhà bạn, chủ vẫn giữ hộ chiếu",
]
ESCAPED_NOW = [
    "I escaped last week and now they are outside my door",
    "втекла минулого тижня, зараз вони стоять під дверима",
    "em trốn ra rồi, bây giờ họ đang đứng ngoài cửa",
]


@pytest.mark.parametrize("text", ESCAPED_BEFORE)
def test_escape_told_as_an_update_is_high(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ("high",))


@pytest.mark.parametrize("text", ESCAPED_NOW)
def test_escape_with_someone_outside_now_is_danger(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# Older gaps: hitting heard now (pl), wanting to jump at a height now, ro "te omor dacă", es "lo encerraban".
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["właśnie słyszę jak on ją bije w pokoju obok, ona krzyczy",
          "brat cały dzień na dachu, teraz stoi na krawędzi i chce skoczyć",
          "he worked up on the roof since 6, now hes on the edge and wants to jump"], DANGER),
    high=(["te omorâm dacă spui cuiva, a zis patronul", "la encerraban en el almacén cada noche"], ESCALATED),
    calm=(["teraz słyszę jak sąsiad uderza młotkiem w ścianę, remont",
           "my kids are on the roof of the shed now and want to jump into the pool lol",
           "te omor de râs cu glumele tale", "se encerraban en su cuarto a jugar videojuegos"], CALM),
))
def test_older_gaps(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
