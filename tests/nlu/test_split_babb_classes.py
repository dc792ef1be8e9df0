"""Splits BA and BB's classes (twenty-seventh round), written as meanings in new words, not BA-BB's sentences.

False escalations: a fine from the office for registering the address late ("a fine for late meldunek",
"mandat za spóźnione zameldowanie", "штраф за поздний мельдунек", "amendă că m-am înregistrat târziu") is no
fine or debt imposed at work, and "can they deport me for it?" asked in that message is a worry, not a threat;
its twins, fines and a debt taken by the boss in another sentence, or the boss saying he will have the user
deported, stay escalated. Vietnamese "gia hạn" (renew) is no "hắn" and "thư giới thiệu" (a reference letter)
no "thu" (confiscate); Russian "паспорт был у меня" (was with me) is no "бил" (beat); "tenía mi llave" (I had
my key) is no lock-in; their twins, the boss taking the residence card, beating a worker, or keeping the
room's key and locking the workers in, stay escalated.
Critical recall: a man looking at the windows or the door of the user's or a relative's home now, after a
threat ("if I testify he will hurt my mother", "он убьет мою маму", "le hace daño a mi hermana", "nó giết chị
em") or an escape, is danger now; its twin, a window cleaner looking at the windows now, stays calm. The pills
at hand with no wish to live or an ending tonight ("mam tabletki przy sobie", "таблетки уже в руке", "thuốc
trong tay") is danger now; its twin, pills for a headache and a shift ending early, stays calm. Taken to
another city tonight with the passport held is danger now; its twin, the company's bus to another city with
the passports kept by the workers, stays below danger. "Disappearing" for making trouble ("if she makes
trouble she disappears", "jak będzie sprawiać kłopoty to zniknie", "если будет рыпаться исчезнет") is a
threat; its twin, a message that disappears when the app has problems, stays calm.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A fine from the office for registering the address late, and a worry about deportation.
REGISTRATION_FINE = [
    "I had to pay a fine because I registered late at my new address. Can they deport me for that?",
    "Zapłaciłam mandat za spóźnione zameldowanie w nowym mieszkaniu. Czy mogą mnie za to deportować?",
    "Заплатила штраф за поздний мельдунек на новой квартире. Могут за это депортировать?",
    "Заплатила штраф за пізній мельдунок на новій квартирі. Можуть за це депортувати?",
    "Pagué una multa por registrar tarde mi nueva dirección. Me pueden deportar por eso?",
    "Am plătit o amendă că m-am înregistrat târziu la noua adresă. Mă pot expulza pentru asta?",
    "Em bị phạt vì đăng ký tạm trú muộn ở nhà mới. Họ có trục xuất em vì chuyện đó không?",
]

# The same fine, and the boss taking fines and a debt or threatening deportation in another sentence.
REGISTRATION_AND_BOSS = [
    "I paid a fine for late address registration. Now the boss says I owe him 3000 for the flat and "
    "he will have me deported if I complain.",
    "Zapłaciłem mandat za meldunek. Szef mówi, że jestem mu winien 3000 za mieszkanie i zadzwoni, żeby "
    "mnie deportowali.",
    "Заплатил штраф за мельдунек. Теперь хозяин говорит что я должен ему 3000 за квартиру и что меня "
    "депортируют если буду жаловаться.",
    "Заплатив штраф за мельдунок. Тепер шеф каже що я винен йому 3000 за квартиру і мене депортують якщо "
    "буду скаржитись.",
    "Pagué la multa por registrar tarde. Ahora el jefe dice que le debo 3000 por el cuarto y que me va a "
    "deportar si me quejo.",
    "Am plătit amenda că m-am înregistrat târziu. Acum șeful zice că îi datorez 3000 pentru cazare și că mă "
    "expulzează dacă mă plâng.",
    "Em nộp phạt vì đăng ký tạm trú muộn. Giờ chủ bảo em còn nợ 3000 tiền nhà và sẽ báo trục xuất em.",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    fine=(REGISTRATION_FINE, CALM), boss=(REGISTRATION_AND_BOSS, ESCALATED),
))
def test_fine_for_late_registration(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Words that fold like risk words: vi "gia hạn", "thư giới thiệu"; ru "был у меня"; "tenía mi llave".
FOLDS_CALM = [
    "em đã nộp hồ sơ gia hạn visa, bao giờ có kết quả ạ?",
    "em nghỉ việc rồi, xin chủ viết thư giới thiệu thế nào ạ?",
    "жил в общежитии год, ключ был у меня свой, документы тоже были у меня. как сняться с учета?",
    "en la obra tenía mi llave del cuarto y los papeles conmigo, ahora me cambio de trabajo",
]

FOLDS_RISKY = [
    "chủ thu thẻ cư trú của em rồi không trả lại",
    "бригадир бил меня при всех, паспорт забрал",
    "el jefe se quedó con la llave del cuarto y nos encierra de noche",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(FOLDS_CALM, CALM), risky=(FOLDS_RISKY, ESCALATED),
))
def test_words_that_fold_like_risk(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A threat against a relative, then a man looking at her windows or door now.
STAKED_OUT = [
    "my old boss phoned: if I go to court he will hurt my mother. right now a man is standing by her house "
    "looking at the windows",
    "szef napisał, że jak pójdę na policję, to skrzywdzi moją siostrę. teraz jakiś typ stoi pod jej blokiem "
    "i zagląda w okna",
    "хозяин сказал если я пойду в полицию он убьет мою сестру. сейчас у ее подъезда стоит мужик и смотрит в "
    "окна",
    "хазяїн сказав якщо піду в поліцію він вбє мою сестру. зараз біля її будинку стоїть чоловік і дивиться "
    "у вікна",
    "el patrón dijo que si hablo con la policía le hace daño a mi mamá. ahora mismo hay un hombre frente a "
    "su casa mirando las ventanas",
    "fostul șef a zis că dacă merg la poliție o omoară pe mama. acum un bărbat stă în fața casei ei și se "
    "uită la ferestre",
    "chủ cũ nhắn nếu em báo công an thì nó giết bố em. bây giờ có người đứng trước nhà bố nhìn vào cửa sổ",
]

# Someone looking at the windows now, with no threat and no escape.
WINDOW_CLEANER = [
    "a man is standing by our house right now looking at the windows, he's the window cleaner the landlord "
    "sent",
    "teraz jakiś pan stoi pod blokiem i zagląda w okna, to fachowiec od okien",
    "сейчас у подъезда стоит мужик и смотрит в окна, это мастер по окнам от управляющей",
    "ahora mismo hay un señor mirando las ventanas, es el que viene a limpiarlas",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    staked=(STAKED_OUT, DANGER), cleaner=(WINDOW_CLEANER, CALM),
))
def test_man_outside_after_a_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The pills at hand with no wish to live, or an ending tonight.
PILLS_AT_HAND = [
    "i dont want to live anymore, the pills in my hand",
    "nie chcę już żyć, mam tabletki przy sobie",
    "не хочу больше жить, таблетки в руке",
    "не хочу більше жити, таблетки в руці",
    "ya no quiero vivir, tengo las pastillas aquí",
    "nu mai vreau să trăiesc, am pastilele în mână",
    "em không muốn sống nữa, thuốc trong tay rồi",
]

# Pills for a headache, a shift ending early.
PILLS_HEADACHE = [
    "I have the pills here for my headache, today I finish the shift early",
    "mam tabletki przy sobie na ból głowy, dziś kończę zmianę wcześniej",
    "таблетки рядом, от головы, сегодня заканчиваю смену раньше",
    "tengo las pastillas aquí para el dolor de cabeza, hoy salgo temprano",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    pills=(PILLS_AT_HAND, DANGER), headache=(PILLS_HEADACHE, CALM),
))
def test_pills_at_hand(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Taken to another city tonight, the passport held.
MOVED_TONIGHT = [
    "they took my passport and tonight they will take me to another city",
    "zabrali mi paszport i dziś w nocy chcą mnie przewieźć do innego miasta",
    "забрали паспорт и сегодня ночью хотят перевезти меня в другой город",
    "забрали паспорт і сьогодні вночі хочуть перевезти мене в інше місто",
    "me quitaron el pasaporte y esta noche me llevan a otra ciudad",
    "mi-au luat pașaportul și la noapte mă duc în alt oraș",
    "họ giữ hộ chiếu của em, tối nay chở em sang thành phố khác",
]

# The company's bus to another city, the passports with the workers.
MOVED_BY_BUS = [
    "the company bus takes our team to another city tonight for the new site, everyone has their own "
    "passport",
    "la empresa nos lleva esta noche a otra ciudad para la nueva obra, cada uno con su pasaporte",
    "they have not paid us for two months, and tonight the bus takes us to another city for the new site",
    "od dwóch miesięcy nie płacą, a dziś w nocy bus wiezie nas do innego miasta na nową budowę",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    moved=(MOVED_TONIGHT, DANGER), bus=(MOVED_BY_BUS, BELOW_DANGER),
))
def test_taken_to_another_city_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Disappearing" for making trouble.
DISAPPEAR = [
    "the driver told the new girl that if she makes trouble she disappears",
    "kierowca powiedział nowej, że jak będzie sprawiać kłopoty to zniknie",
    "водитель сказал новенькой, если будет рыпаться исчезнет",
    "водій сказав новенькій, якщо буде рипатись то зникне",
    "el chofer le dijo a la nueva que si da lío desaparece",
    "șoferul i-a zis celei noi că dacă face scandal dispare",
    "tài xế bảo con bé mới nếu gây chuyện thì biến mất",
]

# A message that disappears when the app has problems.
APP_GLITCH = [
    "when the app has problems my message disappears, how do I write to you?",
    "cuando la app tiene problemas el mensaje desaparece, cómo les escribo?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    threat=(DISAPPEAR, ESCALATED), glitch=(APP_GLITCH, CALM),
))
def test_disappear_for_making_trouble(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Wages kept or held for months (the integrator's gap in English; the other six read it already).
WAGES_KEPT = [
    "the agency kept three months of our wages when we left",
    "agencja zatrzymała nam trzy pensje, kiedy odeszliśmy",
    "агентство задержало нам зарплату за три месяца, когда мы ушли",
    "агенція затримала нам зарплату за три місяці, коли ми пішли",
    "la agencia se quedó con tres meses de nuestro sueldo cuando nos fuimos",
    "agenția ne-a reținut salariul pe trei luni când am plecat",
    "công ty giữ 3 tháng lương của bọn em khi bọn em nghỉ",
]

# The user's own savings.
WAGES_SAVED = [
    "I kept three months of my salary as savings for the flat",
    "we kept our wages in the bank account, paid every friday",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    kept=(WAGES_KEPT, ESCALATED), saved=(WAGES_SAVED, CALM),
))
def test_wages_kept_for_months(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The passport still with the intermediary after the user left.
PASSPORT_STILL_WITH_THEM = [
    "wyjechałam w maju, a paszport nadal ma ta agencja",
    "уехала в мае, а паспорт до сих пор у работодателя",
    "поїхала в травні, а паспорт досі у роботодавця",
    "me fui en mayo y el pasaporte todavía lo tiene el patrón",
    "am plecat în mai și pașaportul tot îl are patronul",
    "em về nước rồi mà hộ chiếu vẫn ở chỗ môi giới",
    "I left in May and the agent still has my passport",
]

# The passport still with the user.
PASSPORT_STILL_MINE = [
    "wyjechałam w maju, paszport nadal mam przy sobie",
    "уехала в мае, паспорт до сих пор у меня",
    "поїхала в травні, паспорт досі у мене",
    "me fui en mayo, el pasaporte todavía lo tengo yo",
    "am plecat în mai, pașaportul îl am eu",
    "em về nước rồi, hộ chiếu vẫn ở chỗ em",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    theirs=(PASSPORT_STILL_WITH_THEM, ESCALATED), mine=(PASSPORT_STILL_MINE, CALM),
))
def test_passport_still_with_the_intermediary(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A gate locked at night with the key only with the boss; not allowed out without permission.
GATE_KEY_WITH_HIM = [
    "bramę na noc zamykają na kłódkę, a klucz ma tylko szef",
    "двери на ночь запирают, ключ только у хозяина",
    "двері на ніч замикають, ключ тільки у хазяїна",
    "no podíamos salir del hostal sin permiso, ni de día",
    "suntem încuiați într-o baracă de la 9 seara",
    "cierran el portón con candado a las 9 y la llave solo la tiene el capataz",
    "cổng khóa lúc 9 giờ tối, chìa khóa chỉ cai giữ",
]

# A gate locked at night, everyone with a key; going out after asking, as a courtesy.
GATE_KEY_FOR_ALL = [
    "bramę zamykają na noc, ale każdy z nas ma swój klucz",
    "двери на ночь запирают, ключ у каждого свой",
    "двері на ніч замикають, але ключ у кожного свій",
    "cierran la puerta con candado a las 9, la llave la tiene cada uno",
    "cổng khóa lúc 9 giờ tối, mỗi người có chìa khóa riêng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(GATE_KEY_WITH_HIM, ESCALATED), free=(GATE_KEY_FOR_ALL, CALM),
))
def test_gate_locked_with_the_key_with_him(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Paid less "instead of" the rate promised.
INSTEAD_OF_RATE = [
    "zamiast 22 złotych na godzinę płacą nam 11",
    "вместо 30 злотых в час платят 15",
    "замість 30 злотих на годину платять 15",
    "en vez de 12 euros la hora nos pagan 6",
    "în loc de 30 de lei pe oră ne dau 15",
    "thay vì 25 đô một giờ họ chỉ trả 12",
]

# Paid more than the rate first said.
INSTEAD_OF_MORE = [
    "zamiast 22 złotych na godzinę płacą nam 25, bo jesteśmy na nocce",
    "en vez de 12 euros la hora nos pagan 14 por el turno de noche",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    less=(INSTEAD_OF_RATE, ESCALATED), more=(INSTEAD_OF_MORE, CALM),
))
def test_paid_less_instead_of_the_rate(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Made to be with clients or men (ro, uk); accounts opened and the cards handed over (ro); reported to the
# migration office (uk); a month never paid (en).
MADE_TO_SERVE = [
    "patronul o obligă să meargă la clienți noaptea",
    "її змушували приймати клієнтів у квартирі",
    "её заставляли принимать гостей на съёмной квартире",
    "șeful ne-a pus să deschidem conturi la bănci și să-i dăm cardurile",
    "каже працюй без грошей або здам тебе в міграційну",
    "they never paid me october, the agency says wait",
]

# Polite to the clients; one's own bank account; the migration office's hours; paid for October.
SERVE_CALM = [
    "patronul ne cere să fim politicoși cu clienții",
    "am deschis un cont la bancă și am primit cardul meu",
    "у міграційній сказали прийти в понеділок",
    "they paid me october in full, thanks",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(MADE_TO_SERVE, ESCALATED), calm=(SERVE_CALM, CALM),
))
def test_services_accounts_and_reports(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "sin permiso de trabajo" (a work permit) and "del médico" are no permission to go out.
@pytest.mark.parametrize("text", [
    "ya no podemos salir sin permiso de trabajo al extranjero?",
    "no puedo salir sin permiso del médico mientras estoy de baja",
])
def test_work_permit_is_no_permission_to_go_out(rules: Analyzer, text: str) -> None:
    check_level(rules, text, CALM)


# An escape or an injury told months or a year ago: ro "acum 2 luni" (ago), vi "năm ngoái", "2 tuần rồi".
PAST_ESCAPE_OR_INJURY = [
    "am fugit acum 3 luni de la o fermă unde ne băteau. stau la sora mea",
    "a scăpat acum câteva săptămâni de la omul care îl bătea, vrea să facă plângere",
    "năm ngoái anh ấy bị cai đánh gãy tay, không cho đi viện. giờ có đòi bồi thường được không",
    "nó trốn được 3 tuần rồi, trước bị nhốt trong nhà không cho ra. giờ nó ở nhà bạn",
]

# Escaped or hurt just now.
ESCAPE_OR_INJURY_NOW = [
    "anh ấy vừa bị cai đánh gãy tay, cai không cho đi viện",
    "am fugit acum de la fermă și mașina lor trece pe lângă, mă caută",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    past=(PAST_ESCAPE_OR_INJURY, BELOW_DANGER), now=(ESCAPE_OR_INJURY_NOW, DANGER),
))
def test_escape_or_injury_told_months_ago(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Low-level calm readings: a finished contract "everything paid"; vi a tax refund, "lao động" (labour).
SETTLED_CALM = [
    "my contract ended in may on the farm, everything paid. can I get a reference?",
    "am terminat contractul în mai, tot plătit. cum cer o recomandare?",
    "làm sao lấy lại tiền thuế năm ngoái ạ?",
    "em có giấy phép lao động cho 1 công ty, muốn đổi chỗ làm",
]

# An offer with everything paid in another sentence; a broker taking money; a registration fee.
OFFER_LOW = [
    "my contract finished in may. now a man offers 4000 a month in Germany, everything paid",
    "môi giới lấy tiền 5000 đô mới cho đi",
    "trebuie să dau 200 euro de înscriere la agenție",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(SETTLED_CALM, ("none",)), low=(OFFER_LOW, ("low",)),
))
def test_settled_pay_and_fees(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
