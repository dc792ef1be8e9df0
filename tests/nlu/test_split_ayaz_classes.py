"""Splits AY and AZ's classes (twenty-sixth round), written as meanings in new words, not AY-AZ's sentences.

False escalations: pay for sick days under a contract ("a friend says on my contract sick days are not paid",
"na zleceniu za chorobowe nie płacą", "за лікарняний нічого не заплатять", "nghỉ ốm không được trả tiền") is a
question of sick pay, not withheld wages; its twin, sick leave told in one sentence and two months unpaid in
another, stays escalated. Twelve-hour shifts in a rota with as many days off ("3 days of 12 hours, then 3
off") are no abusive day; their twin, 12 hours every day with no day off, stays escalated. A locker key is no
lock-in; its twin, the boss locking the room at night, stays escalated. A cigarette break ("każdą przerwę na
papierosa") is no smuggling; its twin, made to carry cigarettes across the border, stays escalated. A
deduction "exactly as in the contract" ("potrącają tak jak w umowie", "trừ đúng như hợp đồng") is an
arrangement; its twin, deducted more than the contract says, stays escalated. A loan from a relative repaid
in instalments ("borrowed from my brother-in-law", "pożyczyłam od szwagra", "me prestó mi cuñado") is no debt
bondage; its twin, a debt to the agency that grows every month, stays escalated. A recruiter who wants the
original passport sent to him before departure ("wants her to send him the original passport") is a request
(low); its twin, sent and never given back, stays escalated. A 17-year-old invited to a job by someone on
Facebook (vi "trên facebook mời đi") is an offer (low); its twin, a 16-year-old working nights, stays high.
Vietnamese "Hà Nội đòi" (a company in Hanoi demands) folds like "nói dối" (lying) and is no deception.
Critical recall: a friend or relative who wrote she will take her life ("wants to end her life", "się
zabije", "покончит с собой", "se va a matar", "se omoară", "muốn tự tử") and is not answering now is danger
now; its twin, ending her contract early and not answering on shift, stays below danger. A death threat for
running ("mi-au zis că dacă fugim ne omoară", "si nos escapamos nos matan") with the user hiding now is danger
now; its twin, hiding in the bathroom in hide-and-seek ("a las escondidas", "chơi trốn tìm"), stays calm.
Locked in and threatened as the other branch ("tonight she must go with clients or they will hurt her", "bo
ją pobiją", "иначе ее изобьют", "o le van a pegar") with no answer now is danger now; its twin, a sister on
the night shift not answering, stays calm. Locked in a flat from outside, "writing quietly" ("пишу тихо",
"piszę cicho", "escribo bajito"), is danger now; its twin, writing quietly because the baby sleeps, with her
own key, stays calm.
Escalation misses: pay short of the hours or not in full ("salary is not coming in full", "niedopłaca",
"недоплачивает", "nos paga menos horas", "rețineri pe care nu le explică nimeni") is withheld pay; its twin,
paid in full (or "never underpaid", negated), stays calm. Reporting the worker to the migration office or the
border guard ("сообщит в ужонд", "llama a la guardia de fronteras"), knowing where the parents live ("знає, де
живуть мої батьки", "știe unde stau părinții"), or a beating as the other branch (vi "nếu không ... thì sẽ
đánh") are threats; their twin, the coordinator telling the office's opening hours, stays calm. Begging with
all the money collected by a man at night is forced criminality; its twin, busking and keeping the money,
stays calm. A child working "from 7 am till midnight" ("с 7 утра до ночи", "od 7 rano do nocy") is abusive
conditions; its twin, 7 till noon, stays calm. Sexual services demanded as the job's condition ("must do
extra with the clients", "ma chodzić z gośćmi na pokoje") is sexual exploitation; its twin, extra shifts or a
porter carrying luggage to the rooms, stays calm (pl "chodzę z gośćmi na pokoje" is read by an older phrase: a
known over-read, so the twin says "noszę walizki").
Gold high read as critical: a knife as the work tool ("filetear con cuchillo", "на филе с ножом", "la
filetat cu cuțitul") is no weapon, and deductions nobody can explain are withheld pay; the twin, the foreman
at the door with a knife now, stays danger now. An escape told weeks ago ("I escaped 2 weeks ago", "am fugit
acum o lună", "em trốn ra tháng trước") with the user safe now is below danger; its twin, escaped just now
("me acabo de escapar") with a car looking for the user, stays danger now. Spanish "a escondidas" (secretly)
is no hiding and "keeping her passport" no person held; their twins, hiding from a knife and kept locked in
now, stay danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Sick pay asked about: a not-paid phrase next to a sick-leave word.
SICK_PAY = [
    "I'm on sick leave for a week with a doctor's note. A "
    "colleague says on my kind of contract the sick days "
    "are not paid. Is that right?",
    "Jestem na zwolnieniu lekarskim tydzień. Koleżanka mówi, że na "
    "zleceniu za chorobowe nie płacą. To prawda?",
    "Я на больничном неделю, врач выписал. Коллега говорит, что на моем договоре за больничный не платят. "
    "Это так?",
    "Я на лікарняному тиждень, лікар виписав. Колега каже, що на моєму договорі за лікарняний не платять. "
    "Це правда?",
    "Estoy de baja médica una semana. Una compañera dice que con mi contrato no me pagan los días de baja. "
    "Es cierto?",
    "Sunt în concediu medical o săptămână. O colegă zice că pe contractul meu nu se plătesc zilele de boală. "
    "E adevărat?",
    "Em đang nghỉ ốm một tuần, có giấy bác sĩ. Bạn em nói hợp đồng của em nghỉ ốm thì không được trả lương. "
    "Có đúng không?",
]

# Sick leave told in one sentence, two months unpaid in another.
SICK_AND_UNPAID = [
    "I'm on sick leave this week. The agency has not paid us for two months of work.",
    "Jestem na zwolnieniu lekarskim. Agencja nie płaci nam od dwóch miesięcy.",
    "Я сейчас на больничном. Агентство не платит нам уже два месяца.",
    "Я зараз на лікарняному. Агенція не платить нам вже два місяці.",
    "Estoy de baja médica esta semana. La agencia no nos paga desde hace dos meses.",
    "Sunt în concediu medical. Agenția nu ne plătește de două luni.",
    "Em đang nghỉ ốm. Công ty không trả lương cho bọn em đã hai tháng.",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    sickpay=(SICK_PAY, CALM), unpaid=(SICK_AND_UNPAID, ESCALATED),
))
def test_sick_pay_question_is_not_withheld_wages(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Twelve-hour shifts in a rota with as many days off.
ROTA = [
    "new job at a care home: 3 days of 12 hours, then 3 off. are 12 hour shifts normal there?",
    "nowa praca w domu opieki: 3 dni po 12 godzin, potem 3 wolne. czy 12 godzin to normalne?",
    "новая работа в доме престарелых: 3 дня по 12 часов, потом 3 выходных. это нормально?",
    "нова робота в будинку для літніх: 3 дні по 12 годин, потім 3 вихідні. це нормально?",
    "trabajo nuevo en una residencia: 3 días de 12 horas y luego 3 libres. es normal?",
    "job nou la un cămin de bătrâni: 3 zile a câte 12 ore, apoi 3 libere. e normal?",
    "việc mới ở viện dưỡng lão: 3 ngày mỗi ngày 12 tiếng rồi nghỉ 3 ngày. vậy có bình thường không?",
]

# Twelve hours every day, no day off.
NO_ROTA = [
    "at the care home we do 12 hours every day, no day off for 6 weeks",
    "w domu opieki robimy 12 godzin codziennie, bez dnia wolnego od 6 tygodni",
    "в доме престарелых работаем по 12 часов каждый день, без выходных 6 недель",
    "у будинку для літніх працюємо по 12 годин щодня, без вихідних 6 тижнів",
    "en la residencia trabajamos 12 horas todos los días, sin día libre hace 6 semanas",
    "la cămin lucrăm 12 ore în fiecare zi, fără zi liberă de 6 săptămâni",
    "ở viện dưỡng lão bọn em làm 12 tiếng mỗi ngày, 6 tuần không được nghỉ ngày nào",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    rota=(ROTA, CALM), daily=(NO_ROTA, ESCALATED),
))
def test_twelve_hour_rota_with_days_off(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A locker key given on the first day.
LOCKER = [
    "on my first day the manager gave me a locker key and showed me the kitchen",
    "pierwszego dnia kierownik dał mi klucz do szafki i pokazał kuchnię",
    "в первый день менеджер дал мне ключ от шкафчика и показал кухню",
    "першого дня менеджер дав мені ключ від шафки і показав кухню",
    "el primer día el encargado me dio la llave de la taquilla y me enseñó la cocina",
    "în prima zi managerul mi-a dat cheia de la dulap și mi-a arătat bucătăria",
    "ngày đầu quản lý đưa em chìa khóa tủ đồ và chỉ chỗ bếp",
]

# The boss locks the room at night.
LOCKED_ROOM = [
    "every night the manager locks us in the room and takes the key",
    "co noc kierownik zamyka nas w pokoju na klucz",
    "каждую ночь менеджер запирает нас в комнате на ключ",
    "щоночі менеджер замикає нас у кімнаті на ключ",
    "cada noche el encargado nos encierra en el cuarto con llave",
    "în fiecare noapte managerul ne încuie în cameră cu cheia",
    "tối nào quản lý cũng khóa cửa nhốt bọn em trong phòng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locker=(LOCKER, CALM), locked=(LOCKED_ROOM, ESCALATED),
))
def test_locker_key_is_no_lock_in(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A strict boss who counts the cigarette breaks, paid on time.
SMOKE_BREAK = [
    "the foreman is strict, he counts every cigarette break and shouts if you are late, but pays on time",
    "brygadzista jest ostry, liczy każdą przerwę na papierosa, ale płaci na czas",
    "бригадир строгий, считает каждый перекур, но платит вовремя",
    "бригадир суворий, рахує кожен перекур, але платить вчасно",
    "el capataz es estricto, cuenta cada pausa para fumar, pero paga a tiempo",
    "șeful e strict, numără fiecare pauză de țigară, dar plătește la timp",
    "cai rất khó, đếm từng lần nghỉ hút thuốc, nhưng trả lương đúng hạn",
]

# Made to carry cigarettes across the border.
SMUGGLING = [
    "the boss makes us smuggle cigarettes across the border in the truck",
    "szef każe nam przemycać papierosy przez granicę",
    "начальник заставляет нас перевозить контрабандные сигареты через границу",
    "начальник змушує нас перевозити контрабанду через кордон",
    "el jefe nos obliga a pasar contrabando de cigarrillos por la frontera",
    "șeful ne obligă să ducem țigări de contrabandă peste graniță",
    "ông chủ bắt bọn em buôn lậu thuốc lá qua biên giới",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    smoke=(SMOKE_BREAK, CALM), smuggle=(SMUGGLING, ESCALATED),
))
def test_cigarette_break_is_no_smuggling(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A deduction exactly as the contract says.
AS_AGREED = [
    "the contract says 500 a month for the hostel. the payslip deducts it as agreed. is that legal?",
    "w umowie jest 500 zł za hostel. z wypłaty potrącają tyle, zgodnie z umową. to legalne?",
    "в договоре 500 в месяц за общежитие. из зарплаты вычитают столько же, как в договоре. это законно?",
    "у договорі 500 на місяць за гуртожиток. із зарплати відраховують стільки ж, як у договорі. це законно?",
    "el contrato dice 500 al mes por el albergue. del sueldo descuentan eso, según el contrato. es legal?",
    "în contract scrie 500 pe lună pentru cămin. din salariu se reține atât, conform contractului. e legal?",
    "hợp đồng ghi 500 một tháng tiền ký túc xá. lương bị trừ đúng như hợp đồng. vậy có đúng luật không?",
]

# Deducted more than the contract says.
NOT_AS_AGREED = [
    "they keep half our pay every month and the boss says we get it when the season ends",
    "szef zatrzymuje połowę wypłaty co miesiąc, mówi że oddadzą po sezonie",
    "начальник удерживает половину зарплаты каждый месяц, говорит отдаст в конце сезона",
    "начальник утримує половину зарплати щомісяця, каже віддасть у кінці сезону",
    "el jefe se queda con la mitad del sueldo cada mes y dice que lo da al final de la temporada",
    "șeful ne oprește jumătate din salariu în fiecare lună, zice că ni-i dă la sfârșitul sezonului",
    "lương bị trừ không đúng như hợp đồng, tháng nào chủ cũng giữ lại một nửa lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    agreed=(AS_AGREED, CALM), kept=(NOT_AS_AGREED, ESCALATED),
))
def test_deduction_as_in_the_contract(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A loan from a relative repaid in instalments.
KIN_LOAN = [
    "I borrowed from my brother-in-law for the flight and pay him "
    "back 100 a month, 300 left. Do I pay tax twice?",
    "Pożyczyłam od szwagra na bilet i oddaję mu po 100 zł "
    "miesięcznie, zostało 300. Czy płacę podatek podwójnie?",
    "Занял у шурина на билет, отдаю ему по 100 в месяц, осталось 300. Нужно ли платить налог дважды?",
    "Позичив у шурина на квиток, віддаю йому по 100 на місяць, залишилось 300. Чи платити податок двічі?",
    "Me prestó mi cuñado para el pasaje y le devuelvo 100 al mes, me quedan 300. Pago impuestos dos veces?",
    "Am împrumutat de la cumnatu pentru bilet și îi dau înapoi câte 100 pe lună, mai am 300. Plătesc impozit "
    "de două ori?",
    "Em vay của anh rể tiền vé máy bay, mỗi tháng trả lại 100, còn 300. Em có phải đóng thuế hai lần không?",
]

# A debt to the agency that grows every month.
AGENCY_DEBT = [
    "the agency says I owe them for the ticket and the room and every month the debt gets bigger",
    "agencja mówi, że jestem winna za bilet i pokój, i co miesiąc dług rośnie",
    "агентство говорит, что я должна за билет и комнату, и каждый месяц долг растет",
    "агенція каже, що я винна за квиток і кімнату, і щомісяця борг росте",
    "la agencia dice que le debo el pasaje y el cuarto y cada mes la deuda sube",
    "agenția zice că le datorez pentru bilet și cameră și în fiecare lună datoria crește",
    "công ty nói em nợ tiền vé và tiền phòng, tháng nào nợ cũng tăng thêm",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    kin=(KIN_LOAN, CALM), agency=(AGENCY_DEBT, ESCALATED),
))
def test_loan_from_a_relative_repaid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A recruiter wants the original passport sent to him before departure (a request: low).
SEND_PASSPORT = [
    "A recruiter offered my aunt a job in Austria. He wants her to send him the original passport before she "
    "leaves. She has not sent it. Is it safe?",
    "Pośrednik zaproponował cioci pracę w Austrii. Chce, żeby przed wyjazdem wysłała mu oryginał paszportu. "
    "Jeszcze nie wysłała. Czy to bezpieczne?",
    "Тете предложили работу в Австрии через посредника. Он хочет, чтобы она заранее отправила ему оригинал "
    "паспорта. Она еще не отправила. Это безопасно?",
    "Тітці запропонували роботу в Австрії через посередника. Він хоче, щоб вона заздалегідь надіслала йому "
    "оригінал паспорта. Вона ще не надіслала. Це безпечно?",
    "Un intermediario le ofreció a mi tía trabajo en Austria. "
    "Quiere que antes de viajar le mande el pasaporte "
    "original. Todavía no lo mandó. Es seguro?",
    "Un intermediar i-a oferit mătușii un job în Austria. Vrea ca "
    "ea să-i trimită pașaportul original înainte "
    "de plecare. Încă nu l-a trimis. E sigur?",
    "Có người môi giới mời dì em sang Áo làm. Anh ta muốn dì gửi cho họ hộ chiếu bản gốc trước khi đi. "
    "Dì chưa gửi. Có an toàn không?",
]

# Sent, and never given back.
SENT_KEPT = [
    "My aunt sent her passport to the recruiter, he keeps it and won't give it back, 2 months now",
    "Ciocia wysłała pośrednikowi paszport i od 2 miesięcy go nie oddaje",
    "Тетя отправила посреднику паспорт, и он уже 2 месяца не отдает",
    "Тітка надіслала посереднику паспорт, і він вже 2 місяці не віддає",
    "Mi tía le mandó el pasaporte al intermediario y hace 2 meses que no se lo devuelve",
    "Mătușa i-a trimis pașaportul intermediarului și de 2 luni nu i-l dă înapoi",
    "Dì em gửi hộ chiếu cho môi giới, 2 tháng nay họ giữ không trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    request=(SEND_PASSPORT, ("low",)), kept=(SENT_KEPT, ESCALATED),
))
def test_passport_to_be_sent_before_departure(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor invited to a job by someone online (vi "trên facebook mời"): an offer, low.
@pytest.mark.parametrize(("text", "levels"), cases(
    offer=(["em gái tôi 16 tuổi, có người trên facebook mời đi Đức làm nhà hàng, chỉ nhắn tin zalo. "
            "có nên không?"], ("low",)),
    work=(["em gái tôi 16 tuổi, đang làm ca đêm ở xưởng may 12 tiếng"], ESCALATED),
))
def test_minor_invited_online_is_an_offer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Hà Nội đòi" is not "nói dối"; lying told as such stays deception.
@pytest.mark.parametrize(("text", "levels"), cases(
    hanoi=(["công ty ở Hà Nội đòi 5000 đô phí, hợp đồng sang đó mới ký. có nên đóng không?"], ("low",)),
    lied=(["công ty nói dối bọn em, sang đây làm việc khác hẳn, lương chỉ bằng một nửa"], ESCALATED),
))
def test_hanoi_is_not_lying(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A friend or relative who said she will take her life, and no answer now (third person).
ENDS_HER_LIFE = [
    "my cousin wrote that she wants to end her life, the boss keeps her passport. now she is not picking up",
    "kuzynka napisała, że się zabije, szef trzyma jej paszport. teraz nie odbiera",
    "сестра написала, что покончит с собой, хозяин держит ее паспорт. сейчас не берет трубку",
    "сестра написала, що покінчить з собою, хазяїн тримає її паспорт. зараз не бере трубку",
    "mi prima escribió que se va a matar, el jefe le tiene el pasaporte. ahora no contesta",
    "verișoara mi-a scris că se omoară, șeful îi ține pașaportul. acum nu răspunde",
    "em họ nhắn là muốn tự tử, chủ giữ hộ chiếu của nó. giờ không nghe máy",
]

# Her contract, not her life.
ENDS_HER_CONTRACT = [
    "my cousin wrote that she wants to end her contract early. now she is not picking up, she is on shift",
    "kuzynka napisała, że chce skończyć umowę wcześniej. teraz nie odbiera, jest na zmianie",
    "сестра написала, что хочет расторгнуть договор раньше. сейчас не берет трубку, она на смене",
    "сестра написала, що хоче розірвати договір раніше. зараз не бере трубку, вона на зміні",
    "mi prima escribió que quiere terminar el contrato antes. ahora no contesta, está en el turno",
    "verișoara mi-a scris că vrea să rezilieze contractul mai devreme. acum nu răspunde, e la tură",
    "em họ nhắn là muốn chấm dứt hợp đồng sớm. giờ không nghe máy, đang làm ca",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    life=(ENDS_HER_LIFE, DANGER), contract=(ENDS_HER_CONTRACT, BELOW_DANGER),
))
def test_third_person_suicidal_and_no_answer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A death threat for running, and hiding from them now.
THREAT_AND_HIDING = [
    "they said if we run they kill us. now they are at the door, I'm hiding in the bathroom",
    "powiedzieli, że jak uciekniemy to nas zabiją. teraz są pod drzwiami, schowałam się w łazience",
    "сказали, что если сбежим, убьют. сейчас они под дверью, я спряталась в ванной",
    "сказали, що як втечемо, то вб'ють. зараз вони під дверима, я сховалась у ванній",
    "dijeron que si nos escapamos nos matan. ahora están en la puerta, me escondí en el baño",
    "mi-au zis că dacă fugim ne omoară. acum sunt la ușă, m-am ascuns în baie",
    "họ nói nếu bỏ trốn sẽ giết. giờ họ đang ở ngoài cửa, em trốn trong nhà vệ sinh",
]

# Hiding in the bathroom in a game.
HIDE_AND_SEEK = [
    "playing hide and seek with my kids, I'm hiding in the bathroom, they will never find me haha",
    "bawimy się z dziećmi w chowanego, schowałam się w łazience",
    "играем с детьми в прятки, я спряталась в ванной",
    "граємо з дітьми в хованки, я сховалась у ванній",
    "jugamos a las escondidas con los niños, me escondí en el baño",
    "ne jucăm de-a v-ați ascunselea cu copiii, m-am ascuns în baie",
    "đang chơi trốn tìm với các con, em trốn trong nhà vệ sinh",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    threat=(THREAT_AND_HIDING, DANGER), game=(HIDE_AND_SEEK, CALM),
))
def test_threatened_for_running_and_hiding_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in and threatened, tonight, and no answer now.
LOCKED_THREATENED_SILENT = [
    "my sister wrote an hour ago she is locked in a room and tonight she must go with clients or they will "
    "hurt her. she is not answering now",
    "siostra napisała godzinę temu, że zamknęli ją w pokoju i dziś w nocy musi iść z klientami, bo ją "
    "pobiją. teraz nie odbiera",
    "сестра написала час назад, что ее заперли в комнате и сегодня ночью она должна идти к клиентам, иначе "
    "ее изобьют. сейчас не берет трубку",
    "сестра написала годину тому, що її замкнули в кімнаті і сьогодні вночі вона має йти до клієнтів, бо "
    "її поб'ють. зараз не бере трубку",
    "mi hermana escribió hace una hora que la encerraron en un cuarto y esta noche tiene que ir con clientes "
    "o le van a pegar. ahora no contesta",
    "sora mea a scris acum o oră că au încuiat-o într-o cameră și în seara asta trebuie să meargă cu "
    "clienții sau o bat. acum nu răspunde",
    "em gái tôi nhắn cách đây một tiếng là bị nhốt trong phòng, tối nay phải đi với khách không thì bị "
    "đánh. giờ không nghe máy",
]

# A workplace habit told in general and a worker on shift, not answering.
SHIFT_NOT_ANSWERING = [
    "my sister works in a hotel laundry, paid on time, she has a contract. she is not answering now because "
    "she is on the night shift",
    "siostra pracuje w pralni hotelowej, płacą na czas, ma umowę. teraz nie odbiera, bo jest na nocnej "
    "zmianie",
    "сестра работает в прачечной отеля, платят вовремя, договор есть. сейчас не берет трубку, она в ночную "
    "смену",
    "сестра працює в пральні готелю, платять вчасно, договір є. зараз не бере трубку, бо на нічній зміні",
    "mi hermana trabaja en la lavandería de un hotel, le pagan a tiempo, tiene contrato. ahora no contesta "
    "porque está en el turno de noche",
    "sora mea lucrează la spălătoria unui hotel, e plătită la timp, are contract. acum nu răspunde, e în "
    "tura de noapte",
    "em gái tôi làm giặt là ở khách sạn, lương trả đúng hạn, có hợp đồng. giờ không nghe máy vì đang làm "
    "ca đêm",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(LOCKED_THREATENED_SILENT, DANGER), shift=(SHIFT_NOT_ANSWERING, CALM),
))
def test_locked_threatened_and_not_answering(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in a flat from outside by the family, writing quietly.
LOCKED_WRITING_QUIETLY = [
    "writing quietly. the family I clean for went away and locked me in the flat from outside, they took my "
    "phone",
    "piszę cicho. rodzina, u której sprzątam, wyjechała i zamknęła mnie w mieszkaniu od zewnątrz, zabrali "
    "mi telefon",
    "пишу тихо. семья, у которой я убираю, уехала и заперла меня в квартире снаружи, телефон забрали",
    "пишу тихо. родина, в якої я прибираю, поїхала і замкнула мене в квартирі ззовні, телефон забрали",
    "escribo bajito. la familia donde limpio se fue y me encerró en el piso por fuera, me quitaron el "
    "teléfono",
    "scriu în liniște. familia la care fac curat a plecat și m-a încuiat în apartament pe dinafară, mi-au "
    "luat telefonul",
    "em nhắn khẽ. gia đình chủ đi vắng và khóa em trong căn hộ từ bên ngoài, lấy điện thoại của em",
]

# Writing quietly because the baby sleeps.
WRITING_QUIETLY_BABY = [
    "writing quietly because the baby is asleep. the family pays on time and I have my own key",
    "piszę cicho, bo dziecko śpi. rodzina płaci na czas, mam swój klucz",
    "пишу тихо, ребенок спит. семья платит вовремя, ключ у меня свой",
    "пишу тихо, дитина спить. родина платить вчасно, ключ маю свій",
    "escribo bajito porque el bebé duerme. la familia paga a tiempo y tengo mi propia llave",
    "scriu în liniște că doarme copilul. familia plătește la timp și am cheia mea",
    "em nhắn khẽ vì em bé đang ngủ. gia đình trả lương đúng hạn, em có chìa khóa riêng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(LOCKED_WRITING_QUIETLY, DANGER), baby=(WRITING_QUIETLY_BABY, CALM),
))
def test_locked_in_from_outside_writing_quietly(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Pay short of the hours worked, or not in full.
UNDERPAID = [
    "for three months my brother's salary is not coming in full, only half, the boss says next month",
    "od trzech miesięcy agencja niedopłaca nam po 40 godzin",
    "третий месяц агентство недоплачивает нам по 40 часов",
    "третій місяць агенція недоплачує нам по 40 годин",
    "hace tres meses la agencia nos paga menos horas, siempre faltan 40",
    "de trei luni ne opresc bani din salariu, rețineri pe care nu le explică nimeni",
    "ba tháng nay chủ trả thiếu lương, nếu không im thì họ nói sẽ đánh",
]

# Paid in full, never short.
PAID_IN_FULL = [
    "my brother's salary always comes on time, he only misses home",
    "agencja płaci za wszystkie godziny, nigdy nie niedopłacali",
    "агентство платит за все часы, ни разу не недоплачивали",
    "агенція платить за всі години, жодного разу не недоплачували",
    "la agencia paga todas las horas a tiempo, nunca falta nada",
    "din salariu se reține doar impozitul, contabila ne-a explicat tot",
    "ba tháng nay chủ trả lương đủ và đúng hạn",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    short=(UNDERPAID, ESCALATED), full=(PAID_IN_FULL, CALM),
))
def test_underpaid_hours(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Threats: reporting the worker to the migration office or the border guard, or knowing where the family
# lives.
REPORT_THREAT = [
    "the coordinator said he knows where my parents live and I should keep my mouth shut",
    "koordynator powiedział, że wie gdzie mieszkają moi rodzice, mam siedzieć cicho",
    "координатор сказал, что сообщит в ужонд и знает, где живут мои родители",
    "координатор сказав, що повідомить в ужонд і знає, де живуть мої батьки",
    "el coordinador dijo que si sigo reclamando llama a la guardia de fronteras",
    "coordonatorul a zis că știe unde stau părinții mei și să tac",
    "quản lý nói nếu không im thì sẽ đánh",
]

# The user reports, or asks about the office.
REPORT_OWN = [
    "my coordinator said the migration office opens at 8, I went there for my card",
    "koordynator powiedział, że urząd otwierają o 8, poszłam po kartę",
    "координатор сказал, что ужонд открывается в 8, я сходила за картой",
    "координатор сказав, що ужонд відкривається о 8, я сходила за картою",
    "el coordinador dijo que la oficina de extranjeros abre a las 8, fui por mi tarjeta",
    "coordonatorul a zis că biroul de imigrări se deschide la 8, am fost după card",
    "quản lý nói văn phòng xuất nhập cảnh mở cửa lúc 8 giờ, em đã đến đó làm hồ sơ",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    threat=(REPORT_THREAT, ESCALATED), own=(REPORT_OWN, CALM),
))
def test_reporting_and_family_threats(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Begging with all the money collected by another; a child at work from morning to night.
BEGGING_COLLECTED = [
    "my uncle begs at the station and at night a guy collects all the money",
    "wujek żebrze na dworcu, a wieczorem jakiś facet zabiera mu wszystkie pieniądze",
    "дядя просит милостыню на вокзале, а вечером какой-то тип забирает у него все деньги",
    "дядько просить милостиню на вокзалі, а ввечері якийсь тип забирає у нього всі гроші",
    "mi tío pide limosna en la estación y en la noche un tipo le recoge todo",
    "unchiul cerșește la gară și seara un tip îi ia toți banii",
    "chú em đi xin tiền ở ga, tối có người thu hết tiền của chú",
]

# Busking, and keeping the money.
BUSKING_OWN = [
    "my uncle plays the guitar at the station on weekends and keeps what he earns",
    "wujek gra na gitarze na dworcu w weekendy i zostawia sobie, co zarobi",
    "дядя по выходным играет на гитаре на вокзале, заработок оставляет себе",
    "дядько у вихідні грає на гітарі на вокзалі, заробіток лишає собі",
    "mi tío canta en la estación los fines de semana y se queda con lo que gana",
    "unchiul cântă la chitară în gară în weekend și păstrează ce câștigă",
    "chú em cuối tuần đánh đàn ở ga, tiền kiếm được chú giữ",
]

MINOR_TILL_NIGHT = [
    "my son is 16 and works in his uncle's shop from 7 am till midnight every day",
    "syn ma 16 lat i pracuje u wujka od 7 rano do nocy codziennie",
    "сыну 16, работает у дяди с 7 утра до ночи каждый день",
    "сину 16, працює в дядька з 7 ранку до ночі щодня",
    "mi hijo tiene 16 y trabaja con su tío desde 7 de la mañana hasta la noche todos los días",
    "fiul meu are 16 ani și lucrează la unchiul lui de la 7 dimineața până noaptea în fiecare zi",
    "con trai tôi 16 tuổi, làm ở tiệm của chú từ 7 giờ sáng đến đêm mỗi ngày",
]

ADULT_TILL_LUNCH = [
    "I work at the shop from 7 am till noon, then I study",
    "pracuję w sklepie od 7 rano do południa, potem się uczę",
    "работаю в магазине с 7 утра до обеда, потом учусь",
    "працюю в магазині з 7 ранку до обіду, потім навчаюсь",
    "trabajo en la tienda desde las 7 de la mañana hasta el mediodía, luego estudio",
    "lucrez la magazin de la 7 dimineața până la prânz, apoi învăț",
    "em làm ở tiệm từ 7 giờ sáng đến trưa, sau đó đi học",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    begging=(BEGGING_COLLECTED, ESCALATED), busking=(BUSKING_OWN, CALM),
    child=(MINOR_TILL_NIGHT, ESCALATED), lunch=(ADULT_TILL_LUNCH, CALM),
))
def test_money_collected_and_days_till_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Sexual services demanded as the condition of the job or the debt.
SERVICES_DEMANDED = [
    "my friend works in a massage place and the owner says she must do extra with the clients to pay the "
    "debt",
    "szef powiedział koleżance, że ma chodzić z gośćmi na pokoje, bo inaczej odda 2000 euro",
]

# A porter who takes guests to their rooms with the luggage.
PORTER = [
    "my friend works at a massage place, she does extra shifts on saturdays, paid on time",
    "jako portier noszę gościom walizki do pokoi, płacą na czas",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    demanded=(SERVICES_DEMANDED, ESCALATED), porter=(PORTER, CALM),
))
def test_services_demanded_with_clients(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A knife as the work tool: filleting fish, deboning.
KNIFE_TOOL = [
    "they put us on filleting with a knife in the cold room, the deductions nobody can explain",
    "postawili nas do filetowania z nożem w chłodni",
    "поставили на филе с ножом в холодном цеху",
    "поставили на філе з ножем у холодному цеху",
    "nos pusieron a filetear con cuchillo en la cámara fría",
    "ne-au pus la filetat cu cuțitul în frig",
    "họ cho em đi lọc cá bằng dao trong kho lạnh",
]

# A knife held against the user now.
KNIFE_NOW = [
    "the foreman is at my door now with a knife, I'm hiding in the bathroom",
    "brygadzista stoi teraz pod drzwiami z nożem, schowałam się w łazience",
    "бригадир сейчас под дверью с ножом, я спряталась в ванной",
    "бригадир зараз під дверима з ножем, я сховалась у ванній",
    "el capataz está ahora en mi puerta con un cuchillo, me escondí en el baño",
    "șeful e acum la ușă cu un cuțit, m-am ascuns în baie",
    "cai đang đứng ngoài cửa với con dao, em trốn trong nhà vệ sinh",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    tool=(KNIFE_TOOL, BELOW_DANGER), weapon=(KNIFE_NOW, DANGER),
))
def test_knife_as_a_work_tool(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An escape told weeks ago, now safe with a friend.
ESCAPED_WEEKS_AGO = [
    "I escaped 2 weeks ago from a farm where they kept our passports. I'm at my cousin's now and want my "
    "passport",
    "uciekłam 2 tygodnie temu z farmy, gdzie trzymali nasze paszporty. teraz jestem u kuzynki",
    "я сбежал 2 недели назад с фермы, где держали наши паспорта. сейчас живу у брата",
    "я втекла 2 тижні тому з ферми, де тримали наші паспорти. зараз живу в сестри",
    "me escapé hace semanas de una granja donde nos tenían los pasaportes. ahora estoy con mi prima",
    "am fugit acum o lună de la o fermă unde ne țineau pașapoartele. stau la o verișoară",
    "em trốn ra tháng trước từ trang trại giữ hộ chiếu của bọn em. giờ em ở nhà chị họ",
]

# Escaped just now and they are looking for the user.
ESCAPED_NOW = [
    "I escaped from the farm 10 minutes ago and now their car is driving around looking for me",
    "uciekłam z farmy przed chwilą, teraz krąży ich samochód i mnie szukają",
    "я только что сбежал с фермы, сейчас их машина кружит, ищут меня",
    "я щойно втекла з ферми, зараз їхня машина кружляє, шукають мене",
    "me acabo de escapar de la granja y ahora andan en carro buscándome",
    "am fugit acum de la fermă și mașina lor trece pe lângă, mă caută",
    "em vừa trốn ra khỏi trang trại, giờ họ chạy xe đi tìm em",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    past=(ESCAPED_WEEKS_AGO, BELOW_DANGER), now=(ESCAPED_NOW, DANGER),
))
def test_escape_told_weeks_ago(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Spanish "a escondidas" (secretly) is no hiding; English "keeping her passport" is no person held.
@pytest.mark.parametrize(("text", "levels"), cases(
    secretly=(["me llama a escondidas del teléfono de un compañero, le quitaron el suyo",
               "the agency is keeping her passport for the card and has not returned it"], BELOW_DANGER),
    hiding=(["estoy escondida en el baño, el jefe tiene un cuchillo y me busca",
             "they are keeping her locked in the back room right now, please help"], DANGER),
))
def test_secretly_and_keeping_her_passport(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
