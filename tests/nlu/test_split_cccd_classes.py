"""Splits CC and CD's classes (fortieth round), written as meanings in new words, not CC-CD's sentences.

Critical recall: made to "entertain" or "please" the boss's friends tonight (a euphemism for sex), with the
phone taken or hiding now, is danger now; the same as a weekly habit, or with no hold or hiding told, is high.
es "ahorita" (right now) is now: a man who threatened to kill the user standing outside her room ahorita is
danger now.
False escalations (each calming check written after its risky twin, which stays high): an example inside a
hypothetical ("if something ever happened, like they took my passport, who would I call?"); a deduction
"written in the contract", asked about; a passport a recruiter will hold "during the trip, for the border"
before departure (low); vi a passport photocopied and the original given back at once.
Escalation misses of the rules alone: nobody allowed to go anywhere alone; the job or the contract kept only
if she sleeps with him; working for food till an investor pays; a sum a month taken off for the bed or the
room; half of what was promised (ro, vi); phones collected (uk, ru "повідбирали", "поотбирали"); overtime
never paid.
Older gaps: a minor taken to a client (singular) right now is danger now; uk the signed contract's deduction
does not calm an unpaid wage told after "але"; ru, uk "парню 15" is an age; pl "trzyma mnie do 2 w nocy" is
below high for an adult alone and high with a minor.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_high_with, check_level

# Made to "entertain" the boss's friends tonight, the phone taken, hiding now.
ENTERTAIN = [
    "my cousin works at a packing shed, the manager took away her mobile and tonight he expects her to "
    "'please' his mates. she's hiding in the storeroom",
    "kuzynka pracuje w chłodni, kierownik zabrał jej komórkę i dziś wieczorem chce, żeby umilała czas jego "
    "kumplom. schowała się w magazynie",
    "двоюродная сестра на складе, начальник отобрал у неё мобильный и сегодня вечером хочет, чтобы она "
    "ублажала его приятелей. она спряталась в подсобке",
    "двоюрідна сестра на складі, начальник відібрав у неї мобільний і сьогодні ввечері хоче, щоб вона "
    "розважала його приятелів. вона сховалася в коморі",
    "mi prima trabaja en una empacadora, el encargado le quitó el teléfono y esta noche quiere que "
    "entretenga a sus compadres. se escondió en la bodega",
    "verișoara mea lucrează la un depozit, șeful i-a luat mobilul și diseară vrea să-i înveselească pe "
    "amicii lui. s-a ascuns în magazie",
    "em họ em làm ở kho lạnh, quản lý lấy điện thoại của nó, tối nay bắt nó chiều bạn của sếp. nó đang trốn "
    "trong kho",
]
# The twins: the same as a weekly habit, or tonight with no hold and no hiding: high, not danger.
ENTERTAIN_HIGH = [
    "every weekend the manager makes her entertain his mates, he keeps her phone all week",
    "tonight the manager expects her to please his mates, she told me on the phone",
    "co weekend kierownik każe jej zabawiać swoich kolegów, zawsze zabiera jej telefon",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(ENTERTAIN, DANGER), high=(ENTERTAIN_HIGH, ESCALATED),
))
def test_entertain_the_bosss_friends_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", ENTERTAIN_HIGH)
def test_entertain_as_a_habit_or_with_no_hold_is_not_danger(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "sexual_exploitation")


def test_en_entertain_wants_a_boss_word(rules: Analyzer) -> None:
    # A mend: en wants the boss, the owner or the manager in the sentence; a husband's guests are not this.
    check_level(rules, "my husband wants me to entertain his friends tonight, I have to cook for six, ugh",
                CALM)


# es "ahorita" (right now): threatened with death, the man outside the room now.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["el capataz dijo que me mata si hablo con alguien. ahorita está afuera de mi cuarto pateando la "
          "puerta"], DANGER),
    calm=(["ahorita estoy en la chamba, todo bien, solo quería saber el horario de la línea"], CALM),
))
def test_es_ahorita_is_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# An example inside a hypothetical ("if something ever happened, like they took my passport, who would I
# call?"); the twins: no example cue ("if anything happens to me, know that..."), or the example and then
# the real event in a sentence of its own.
IF_EVER_HIGH = [
    "If anything happens to me, know that the foreman took my passport and said he'd hurt my family",
    "I always wondered what I'd do if something ever happened, like they took my passport. Now it happened: "
    "yesterday the boss took my passport and won't give it back.",
    "Zawsze się zastanawiałam, co bym zrobiła, gdyby coś się stało, np. zabrali paszport. Teraz się stało: "
    "wczoraj szef zabrał mi paszport i nie oddaje.",
    "Я всегда думала, что делать, если вдруг что-то случится, например заберут паспорт. Теперь случилось: "
    "вчера начальник забрал паспорт и не отдаёт.",
    "Я завжди думала, що робити, якщо раптом щось станеться, наприклад заберуть паспорт. Тепер сталося: "
    "вчора начальник забрав паспорт і не віддає.",
    "Siempre pensé qué haría si algún día pasa algo, por ejemplo que me quiten el pasaporte. Ahora pasó: "
    "ayer el jefe me quitó el pasaporte y no me lo devuelve.",
    "M-am gândit mereu ce aș face dacă s-ar întâmpla ceva, de exemplu să-mi ia pașaportul. Acum s-a "
    "întâmplat: ieri șeful mi-a luat pașaportul și nu mi-l dă înapoi.",
    "Em vẫn nghĩ nếu lỡ có chuyện gì, ví dụ bị giữ hộ chiếu, thì làm sao. Giờ thì xảy ra rồi: hôm qua chủ "
    "giữ hộ chiếu của em không trả.",
]
IF_EVER_CALM = [
    "In case anything ever goes wrong on the site, for example the boss keeps my documents or holds back my "
    "wages, which number should I ring? Everything is fine so far, I'm only saving it.",
    "Gdyby kiedyś coś się stało na budowie, przykładowo szef zatrzymałby mi dokumenty albo nie wypłacił "
    "pensji, pod jaki numer dzwonić? Na razie wszystko w porządku.",
    "Если что-то случится на стройке, к примеру отберут документы или не выплатят зарплату, по какому "
    "номеру звонить? Пока всё хорошо, просто сохраняю.",
    "Якщо щось трапиться на будові, скажімо заберуть документи чи не виплатять зарплату, за яким номером "
    "дзвонити? Поки все добре, просто зберігаю.",
    "Si algo sale mal en la obra, como que el jefe se quede con mis papeles o no me pague, ¿a qué número "
    "llamo? Por ahora todo bien, solo lo guardo.",
    "Dacă se întâmplă ceva pe șantier, cum ar fi să-mi rețină actele sau să nu-mi dea salariul, la ce număr "
    "sun? Deocamdată e totul bine.",
    "Nếu có chuyện gì ở công trường, chẳng hạn chủ giữ giấy tờ hay không trả lương, thì em gọi số nào? Giờ "
    "vẫn ổn, em chỉ lưu số thôi.",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(IF_EVER_HIGH, ESCALATED), calm=(IF_EVER_CALM, CALM),
))
def test_an_example_inside_a_hypothetical(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A deduction "written in the contract", asked about; the twins: unpaid wages after a contrast, or the
# passport taken.
WRITTEN_HIGH = [
    "знімають 60 євро на тиждень за кімнату, це прописано в договорі. Але зарплату не платять вже два "
    "місяці. Це законно?",
    "they take 60 a week for the room, it's written in the contract. But my passport they took and keep. Is "
    "that legal?",
    # "Written in the contract" reaches only its own sentence and the one before: months unpaid told after it.
    "Я погодився на 60 євро за кімнату, це прописано в договорі. Зарплату не платять вже три місяці, це "
    "законно?",
]
WRITTEN_CALM = [
    "Z wypłaty potrącają 50 euro tygodniowo za pokój. To jest zapisane w umowie, pokój jest w porządku. Czy "
    "to legalne?",
    "Із зарплати вираховують 50 євро на тиждень за житло. Це прописано в договорі, житло нормальне. Чи це "
    "законно?",
    "С зарплаты вычитают 50 евро в неделю за жильё. Это прописано в договоре, жильё нормальное. Это законно?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(WRITTEN_HIGH, ESCALATED), calm=(WRITTEN_CALM, CALM),
))
def test_deduction_written_in_the_contract(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A recruiter who will hold the passport during the trip, "for the border", before departure (low); the
# twins: taken for the border and not given back now.
TRIP_HIGH = [
    "паспорт забрали во время поездки «для границы», мы уже 2 месяца здесь, и до сих пор не отдают",
    "паспорт забрали під час поїздки «для кордону», ми вже 2 місяці тут, і досі не віддають",
    "me quitaron el pasaporte durante el trayecto 'por la frontera', ya llevamos 2 meses aquí y no me lo "
    "devuelven",
]
TRIP_LOW = [
    "Посредник говорит, что паспорт будет держать у себя во время пути, для границы. Я ещё дома. Это "
    "нормально?",
    "Посередник каже, що паспорт триматиме в себе під час дороги, «для кордону». Я ще вдома. Це нормально?",
    "El reclutador dice que él guarda el pasaporte durante el trayecto, por la frontera. Todavía no salgo. "
    "¿Es normal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(TRIP_HIGH, ESCALATED), low=(TRIP_LOW, CALM)))
def test_passport_held_for_the_trip(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi: the passport photocopied and the original given back at once; the twins: a return promised and not
# made, or not given back.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["họ photo hộ chiếu của em rồi hứa trả bản gốc lại ngay nhưng đến giờ vẫn giữ",
           "phong nhan su photo ho chieu cua em nhung khong tra ban goc lai, van giu"], ESCALATED),
    calm=(["chủ photo hộ chiếu của em để đăng ký tạm trú rồi trả bản gốc lại cho em luôn. như vậy có sao "
           "không ạ?"], CALM),
))
def test_vi_copy_and_the_original_back(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses of the rules alone.
# Nobody allowed to go anywhere alone (es, ro, en forms; the others had theirs).
ALONE = [
    "our team leader drives us everywhere, but none of us is allowed to go anywhere alone, not even to "
    "the pharmacy",
    "brygadzista wszystko załatwia, ale nikomu nie wolno nigdzie chodzić samemu, nawet do apteki",
    "бригадир всё решает, но никому нельзя никуда ходить одному, даже в аптеку",
    "бригадир усе вирішує, але нікому не можна нікуди ходити самому, навіть в аптеку",
    "el mayordomo nos lleva a todos lados, pero nadie puede salir solo, ni a la farmacia",
    "șeful de echipă ne duce peste tot, dar nimeni nu are voie să iasă nicăieri singur, nici la farmacie",
    "tổ trưởng chở đi khắp nơi, nhưng không ai được đi đâu một mình, kể cả hiệu thuốc",
]
# The job or the contract kept only if she sleeps with him (a condition by its meaning).
SLEEP_FOR_JOB = [
    "the supervisor told my friend she keeps her contract only if she sleeps with him",
    "kierownik powiedział koleżance, że przedłuży jej umowę, jeśli będzie z nim sypiać",
    "мастер сказал подруге, что продлит ей контракт, только если она будет с ним спать",
    "майстер сказав подрузі, що продовжить їй контракт, тільки якщо вона буде з ним спати",
    "el capataz le dijo a mi amiga que le renueva el contrato solo si se acuesta con él",
    "maistrul i-a zis prietenei mele că îi prelungește contractul doar dacă se culcă cu el",
    "tổ trưởng nói với bạn em muốn được gia hạn hợp đồng thì phải ngủ với ông ta",
]
SLEEP_CALM = ["she keeps her job only if she sleeps enough, the doctor says, night shifts are hard"]
# Working for food until an investor pays.
FOR_FOOD = [
    "the contractor says we work for meals until the developer pays him, 10 weeks now",
    "majster mówi, że pracujemy za jedzenie, aż deweloper mu zapłaci",
    "прораб говорит, что пашем за кормёжку, пока заказчик не заплатит",
    "виконроб каже, що пашемо за їжу, поки замовник не заплатить",
    "el contratista dice que chambeamos por comida hasta que le pague la constructora",
    "antreprenorul zice că muncim pe mâncare până îl plătește dezvoltatorul",
    "cai thầu bảo anh em làm lấy cơm tới khi chủ đầu tư trả tiền",
]
# A sum a month taken off for the bed or the room (beside a lower rate than promised); the calm twin: the
# deduction written in the contract, asked about.
ROOM_TAKEN = [
    "they promised 15 an hour, here it is 7, and on top of that they deduct 400 every month for the bed "
    "in the container",
    "nos prometieron 15 la hora, aquí son 7, y encima nos quitan 400 al mes por la cama",
    "obiecali 15 na godzinę, tu jest 7, a do tego odliczają 400 za łóżko w kontenerze",
    "ne-au promis 15 pe oră, aici e 7, și ne mai rețin 400 pe lună pentru pat",
]
ROOM_CALM = ["they deduct 400 a month for the room, it's written in the contract, is that legal?"]
# Half of what was promised (ro, vi); phones collected (uk, ru "повідбирали", "поотбирали"); overtime never
# paid.
OTHER_MISSES = [
    "am luat doar jumătate din cât ne-au promis pe luna trecută",
    "tháng này em nhận có một nửa số tiền họ hứa",
    "на будові в перший день повідбирали мобільні, віддають раз на тиждень",
    "в первый день поотбирали телефоны, отдают раз в неделю",
    "em làm 11 tiếng mỗi ngày, làm thêm giờ không bao giờ được trả",
    "we do 11 hours a day and the overtime is never paid",
    "robimy po 11 godzin, nadgodzin nigdy nie płacą",
    "работаем по 11 часов, сверхурочные никогда не платят",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    alone=(ALONE, ESCALATED), sleep=(SLEEP_FOR_JOB, ESCALATED), food=(FOR_FOOD, ESCALATED),
    room=(ROOM_TAKEN, ESCALATED), other=(OTHER_MISSES, ESCALATED),
    calm=([*SLEEP_CALM, *ROOM_CALM], CALM),
))
def test_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", SLEEP_FOR_JOB)
def test_sleep_for_the_job_is_sexual_exploitation(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "sexual_exploitation")


def test_vi_foreman_says_is_not_reading_the_news(rules: Analyzer) -> None:
    # vi "quản đốc bảo" (the foreman says) folds like "đọc báo" (reading the news), which made a media scope.
    check_high_with(rules, "quản đốc bảo muốn có ca tốt thì phải ngủ với hắn", "sexual_exploitation")


# Older gaps. A minor taken to a client (in the singular) right now is danger now; a sales meeting with a
# client is not exploitation.
TO_A_CLIENT = [
    "my girl is 16, right now they drove her to a client, she texted from a hotel bathroom",
    "moja córka ma 16 lat, teraz zawieźli ją do klienta, napisała z hotelu",
    "моей дочке 16 лет, сейчас отвезли её к клиенту, написала из отеля",
    "моїй доньці 16 років, зараз відвезли її до клієнта, написала з готелю",
    "mi hija tiene 16 años, ahorita la llevaron con un cliente, me escribió del baño del hotel",
    "fiica mea are 16 ani, acum au dus-o la un client, mi-a scris din baia hotelului",
    "con gái em 16 tuổi, bây giờ họ đưa nó đến chỗ khách, nó nhắn từ khách sạn",
]
CLIENT_MEETING = [
    "the agency drove her to a client meeting for the sales job, she's 25",
    "la llevaron con un cliente importante para cerrar la venta, es vendedora",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(TO_A_CLIENT, DANGER), calm=(CLIENT_MEETING, CALM),
))
def test_minor_taken_to_a_client_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# uk: the signed contract's deduction no longer calms an unpaid wage told after "але"; the deduction alone,
# asked about, stays calm.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["у договорі, який я підписала, утримання за житло, але зарплату не виплачують вже два місяці"],
          ESCALATED),
    calm=(["у договорі, який я підписав, вирахування за кімнату 300 злотих. це законно?"], CALM),
))
def test_signed_contract_then_a_contrast(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# ru, uk: an age without "лет"/"років" after a young person's word; at work at night, a child at work.
@pytest.mark.parametrize("text", [
    "соседскому пацану 14, он таскает ящики на складе по ночам",
    "сусідському хлопчику 14, він тягає ящики на складі ночами",
])
def test_age_without_the_word_years(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "minor")


# pl "trzyma mnie do 2 w nocy" (kept at work till 2 at night): not high for an adult alone (one late shift is
# no indicator); with a minor it is a child at work late at night.
@pytest.mark.parametrize(("text", "levels"), cases(
    adult=(["szef trzyma nas do 1 w nocy, bo jest dużo zamówień"], CALM),
    minor=(["mam 15 lat, szef trzyma mnie do 1 w nocy na zmywaku"], ESCALATED),
))
def test_kept_till_late_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
