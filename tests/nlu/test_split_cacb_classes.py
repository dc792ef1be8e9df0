"""Splits CA and CB's classes (thirty-ninth round), written as meanings in new words, not CA-CB's sentences.

Critical recall: held at the workplace until the order or the quota is done (nobody leaves), with the phones
taken and someone beaten, written from a hidden phone, is danger now; nobody leaving the party until the cake
is eaten is not held. A driver not going where he said with the phones taken is danger now; a detour with no
phones taken is calm. Sent to the guests' or clients' rooms tonight, not to clean, and told she will be found
and killed if she runs, is danger now; the same threat with no night told is high. Despair with a wish to
end it all tonight (pl "z tym wszystkim skończyć", ru "со всем покончить") is danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Held at the workplace until the order is done, phones taken, someone beaten, written from a hidden phone.
HELD = [
    "a phone i hid, sorry. warehouse, phones collected, nobody goes home until the shipment is finished. the "
    "foreman beat a man who complained",
    "piszę ze schowanego telefonu. magazyn, telefony zabrane, nikt stąd nie wyjdzie dopóki norma nie będzie "
    "zrobiona. brygadzista pobił kolegę",
    "пишу со спрятанного телефона. склад, телефоны отобрали, никто отсюда не уйдет пока не выполним план. "
    "бригадир избил парня",
    "пишу зі схованого телефону. склад, телефони відібрали, ніхто звідси не піде поки не виконаємо план. "
    "бригадир побив хлопця",
    "escribo de un teléfono escondido. bodega, nos quitaron los teléfonos, nadie sale de aquí hasta acabar "
    "la orden. el capataz golpeó a un compañero",
    "scriu de pe un telefon ascuns. depozit, ne-au luat telefoanele, nimeni nu pleacă de aici până nu "
    "terminăm comanda. șeful l-a bătut pe un coleg",
    "em nhắn bằng điện thoại giấu. kho hàng, họ thu điện thoại, không ai được về cho tới khi xong hàng. quản "
    "đốc đánh một anh",
]
HELD_CALM = ["nobody leaves the party until the cake is finished, my mum says, haha"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(HELD, DANGER), calm=(HELD_CALM, CALM)))
def test_held_until_the_order_is_done(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A driver not going where he said, with the phones taken.
WRONG_WAY = [
    "we are 4 students in a minibus, the driver is not taking us where he said, some motorway, he collected "
    "our phones, i kept one",
    "jesteśmy w 4 w busie, kierowca nie wiezie nas do hotelu, jakaś obwodnica, zabrał nam telefony, jeden "
    "mam schowany",
    "нас 4 студентки в машине, водитель везет нас не туда, какая-то объездная, отобрал телефоны, один я "
    "спрятала",
    "нас 4 студентки в машині, водій везе нас не туди, якась об'їзна, забрав телефони, один я сховала",
    "somos 4 estudiantes en una van, el chofer no nos lleva al hotel, una autopista, nos "
    "quitó los teléfonos, uno lo escondí",
    "suntem 4 studente într-o dubă, șoferul nu ne duce la hotel, o autostradă, ne-a luat telefoanele, unul "
    "l-am ascuns",
    "tụi em 4 đứa trên xe, tài xế không chở về khách sạn, chạy đường lạ, thu hết điện thoại, em giấu được "
    "một cái",
]
WRONG_WAY_CALM = ["the driver is not taking us to the hotel directly, the bridge is closed, we go round"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(WRONG_WAY, DANGER), calm=(WRONG_WAY_CALM, CALM)))
def test_driver_going_elsewhere_phones_taken(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Sent to the guests' rooms tonight, not to clean, and told she will be found and killed if she runs.
GUESTS = [
    "please help, tonight they send me to a client's suite, not for cleaning. the boss says if i escape they "
    "will track me and kill me",
    "ratunku, dziś w nocy mam iść do pokoju klienta, nie na sprzątanie. szef mówi że jak ucieknę to "
    "mnie złapią i zabiją",
    "помогите, сегодня ночью меня отправляют в номер к клиенту, не для уборки. хозяин сказал если сбегу "
    "поймают меня и убьют",
    "допоможіть, сьогодні вночі мене відправляють у номер до клієнта, не прибирати. хазяїн сказав якщо "
    "втечу знайдуть мене і вб'ють",
    "socorro, esta noche me mandan al cuarto de un cliente, no para limpiar. el jefe dice que si huyo me "
    "agarran y me matan",
    "ajutor, în noaptea asta mă trimit în camera clientului, nu la curățenie. șeful zice că dacă fug "
    "mă prind și mă omoară",
    "cứu em, tối nay họ bắt em vào phòng khách, không phải để dọn. chủ nói nếu em trốn thì tìm ra và giết em",
]
GUESTS_HIGH = ["the boss says if i escape they will track me and kill me"]


@pytest.mark.parametrize(("text", "levels"), cases(now=(GUESTS, DANGER), high=(GUESTS_HIGH, ESCALATED)))
def test_sent_to_guests_tonight_with_a_death_threat(rules: Analyzer, text: str,
                                                    levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_guests_rooms_by_day_is_not_danger(rules: Analyzer) -> None:
    check_level(rules, "the manager sends me to the clients rooms, not to clean, i hate it, what can i do",
                BELOW_DANGER)


# Despair and a wish to end it all tonight.
@pytest.mark.parametrize("text", [
    "już nie mogę, długi rosną, dziś w nocy chcę ze wszystkim skończyć",
    "не могу больше, долг растет, сегодня ночью со всем этим покончить хочу",
    "не можу більше, борг росте, сьогодні вночі хочу з усім покінчити",
    "i cant take it anymore, the debt grows, tonight i want to end all of it",
])
def test_end_it_all_tonight(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# A deduction for the room written in the contract the user signed (uk "в договорі, який я підписав", vi "hợp
# đồng em ký có ghi"), asked about; the twins: two months unpaid after a contrast, or the passport kept.
ROOM_DEDUCTION_HIGH = [
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав, але вже два "
    "місяці решту зарплати не платить. це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi, nhưng 2 tháng nay chủ "
    "giữ lương không trả. vậy có đúng luật không?",
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав. а паспорт він "
    "забрав і не віддає. це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi. chủ giữ hộ chiếu của "
    "tôi không trả. vậy có đúng luật không?",
]
ROOM_DEDUCTION_CALM = [
    "шеф знімає з зарплати 700 злотих за кімнату в хостелі. це є в договорі який я підписав і в "
    "розрахунковому листку. просто питаю чи це законно?",
    "chủ trừ vào lương tôi 700 mỗi tháng tiền phòng ở nhà trọ. hợp đồng tôi ký có ghi, phiếu lương cũng ghi. "
    "tôi chỉ hỏi có đúng luật không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(ROOM_DEDUCTION_HIGH, ESCALATED), calm=(ROOM_DEDUCTION_CALM, CALM),
))
def test_room_deduction_in_the_signed_contract(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi "cảnh báo" (a warning) is not "canh" (to guard); the twins: guarded day and night, with or without marks.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["ông chủ cho người canh tụi em suốt ngày đêm, đi đâu cũng bị theo",
           "quan ly canh chung toi suot, khong cho ra khoi ky tuc xa"], ESCALATED),
    calm=(["tôi dạy lớp 12, muốn biết những dấu hiệu cảnh báo chính các em cần biết khi đi làm thêm ở nước "
           "ngoài"], CALM),
))
def test_vi_warning_is_not_guarding(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses. Months with not a cent, or pocket money not paid for months, or "everything at the end".
@pytest.mark.parametrize("text", [
    "4 months on this internship and not a cent, they say students get paid at the very end",
    "od trzech miesięcy syn nie dostał wypłaty, szef mówi że wszystko na koniec sezonu",
    "od kilku tygodni nie dostałam kieszonkowego, rodzina mówi że dostanę na koniec",
    "4 miesiące praktyk i ani grosza, mówią że zapłacą na koniec",
    "ya van 4 meses sin pagarme nada, el dueño dice que al final de la temporada",
    "4 meses de prácticas y ni un euro, dicen que al final",
    "de 4 luni nu mi-au dat niciun ban, patronul zice că la sfârșit",
    "4 месяца на практике и ни копейки, говорят заплатят в конце",
    "4 місяці на практиці і ні копійки, кажуть заплатять в кінці",
])
def test_months_with_not_a_cent(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Paid half of what was agreed, or less than the rate promised.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=([
        "szef zapłacił mi połowę tego co obiecał, bo jestem nowy",
        "хозяин заплатил половину от того что обещал, потому что я новенький",
        "хазяїн заплатив половину від обіцяного, бо я новенький",
        "el dueño me dio la mitad de lo que prometió porque soy nuevo",
        "patronul mi-a dat jumătate din cât a promis, că sunt nou",
        "chủ quán trả có nửa số tiền đã hứa vì em mới vào",
        "they pay me 7 an hour, not the 12 they promised at the interview",
    ], ESCALATED),
    calm=(["the ad said 12 an hour and they pay 12, plus tips, all good"], CALM),
))
def test_paid_less_than_agreed(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The police set on students with the wrong visa if they quit; a mule told they know where he lives.
@pytest.mark.parametrize("text", [
    "szef mówi że jak odejdziemy to naśle na nas straż graniczną i policję, bo mamy złe wizy",
    "хозяин говорит если уйдем то ментов на нас натравит, визы у нас не рабочие",
    "хазяїн каже якщо підемо то поліцію на нас нацькує, візи в нас не робочі",
    "el patrón dice que si nos vamos nos manda a la migra porque la visa no es de trabajo",
    "patronul zice că dacă plecăm ne dă pe mâna poliției, că nu avem viză de muncă",
    "kolega chce przestać wypłacać kasę z kart dla tych typów, a oni mówią że wiedzą gdzie mieszka i przyjdą",
    "друг хочет бросить снимать деньги с чужих карт, а ему говорят что знают где он живет и придут",
    "друг хоче кинути знімати гроші з чужих карток, а йому кажуть що знають де він живе і прийдуть",
    "mi amigo quiere dejar lo de las tarjetas y le dicen que saben dónde vive y que van a ir por él",
    "prietenul meu vrea să renunțe la cardurile alea și i-au zis că știu unde stă și vin după el",
    "my roommate wants out of the card thing, they told him they know where he lives and will come for him",
])
def test_police_set_on_them_and_we_know_where_you_live(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# A minor at a job till 2 or 3 at night; up till 2am gaming has no job.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=([
        "my neighbour's boy is 15, he washes dishes in a restaurant kitchen, at night till 3am most days",
        "mi vecino tiene 15 y lava platos en la cocina de un restaurante, de noche hasta las 3 casi diario",
        "соседскому парню 15 лет, он моет посуду на кухне ресторана по ночам до 3 почти каждый день",
    ], ESCALATED),
    calm=(["im 16 and i stay up till 2am gaming on school nights, my mum is mad"], CALM),
))
def test_minor_at_a_job_till_late_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# pl: groped and told to come to his room; nowhere but work.
@pytest.mark.parametrize("text", [
    "szef kuchni ją obmacuje i mówi że ma przychodzić do jego pokoju wieczorem jak chce tu pracować",
    "nigdzie nie wolno nam wychodzić poza pracą, szef wszędzie nas wozi i pilnuje",
])
def test_pl_groping_and_nowhere_but_work(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# Gold high read critical. The risky twins were written first and stayed danger before and after each rule.
# Not let out alone is a restriction, not held now; kept till an hour is kept late at work.
HELD_NOW = [
    "no me dejan salir, me encerraron en el cuarto, ayuda",
    "no me dejan salir sola y ahora me encerraron en el sótano, ayuda",
    "szef trzyma mnie w piwnicy od wczoraj, pomocy",
    "șeful mă ține închisă în depozit de ieri, ajutor",
]
NOT_HELD_NOW = [
    "no me dejan salir sola, la señora me revisa el celular",
    "nu mă lasă să ies singură, doamna îmi verifică telefonul",
    "szef trzyma mnie do 2 w nocy, nawet jak rano szkoła",
    "sefu ma tine pana la 2 noaptea, chiar daca am scoala",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(HELD_NOW, DANGER), below=(NOT_HELD_NOW, BELOW_DANGER),
))
def test_not_let_out_alone_or_kept_late(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor made to go out with clients at night as a habit ("now they make her ... at night") is high; tonight
# is danger now.
CLIENTS_TONIGHT = [
    "my niece is 17, tonight they make her go out with clients, she begged me to help",
    "my niece is 17, now they make her go out with clients at night, and tonight a client is coming for her "
    "again",
]
CLIENTS_NIGHTLY = [
    "my niece is 17, she went to dubai as a promo girl. now they make her go out with clients at night and "
    "be sweet to them, she cries on the phone",
    "siostrzenica ma 17 lat, pojechała jako hostessa. teraz każą jej wieczorami chodzić z klientami i być "
    "dla nich miłą",
    "mi sobrina tiene 17, se fue de modelo. ahora le exigen salir de noche con clientes y ser cariñosa",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(CLIENTS_TONIGHT, DANGER), high=(CLIENTS_NIGHTLY, ("high",)),
))
def test_minor_out_with_clients_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi "cạnh" (beside) is not "canh" (to guard).
def test_vi_beside_is_not_guarding(rules: Analyzer) -> None:
    check_level(rules, "chủ nhật em mới được gọi về nhà, bà chủ ngồi cạnh, em nghe lời thôi", BELOW_DANGER)
    check_level(rules, "chủ nhật em mới được gọi về nhà, bà chủ ngồi cạnh, em nghe lời thôi", CALM)


# Older gaps. The passport given back the same day after a copy, then taken again and kept, is high; the
# return alone, or a fear that it will be taken again, stays calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=([
        "they took my passport for a copy and gave it back the same day, but last week they took it again "
        "and keep it",
        "szef wziął paszport do ksero i oddał tego samego dnia, ale w zeszłym tygodniu znowu zabrał i "
        "trzyma",
        "хозяин взял паспорт сделать копию и вернул в тот же день, но на прошлой неделе снова забрал и "
        "держит",
        "хазяїн взяв паспорт зробити копію і віддав того ж дня, але минулого тижня знову забрав і "
        "тримає",
        "el jefe se llevó mi pasaporte para sacar copia y me lo devolvió el mismo día, pero la semana pasada "
        "me lo quitó otra vez y lo tiene",
        "șeful mi-a luat pașaportul pentru o copie și mi l-a dat în aceeași zi, dar săptămâna trecută "
        "l-a luat din nou și îl ține",
        "chủ lấy hộ chiếu để photo rồi trả lại trong ngày, nhưng tuần trước lại lấy đi và giữ luôn",
    ], ESCALATED),
    calm=([
        "the manager took my passport for a copy and gave it back the same day, thanks, all fine",
        "the manager took my passport for a copy and gave it back the same day, but i am afraid they "
        "will take it again",
    ], CALM),
))
def test_passport_taken_again_after_a_same_day_return(rules: Analyzer, text: str,
                                                      levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A parking fine by one's own fault, then a debt to the boss to work off without pay, is high; the fine alone
# is calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["a parking fine, my fault, but now the boss says I owe him 2000 and must work it off without pay"],
          ESCALATED),
    calm=(["stopped for speeding, a 300 zl fine, my fault, paid it by card"], CALM),
))
def test_own_fine_then_a_debt_to_the_boss(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
