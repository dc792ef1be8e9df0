"""Splits CE and CF's classes (forty-first round), written as meanings in new words, not CE-CF's sentences.

Critical recall: locked in and nothing eaten for days is danger now (ill with no appetite is calm, locked in
and fed is high); an ending of one's life tonight in a situation found ("ending it tonight", "să-mi pun capăt
zilelor", "kết thúc cuộc đời") is danger now; made to swallow capsules and fly, killed if she refuses, kept in
their flat now with someone always at the door, is danger now (the same told as a past story is high); a
minor of "maybe 15" taken tonight to "work" with men is danger now (a girl "about 16" with a summer job is
low); es "anda buscándome" after an escape is a pursuer (a mother looking for her daughter for dinner is
calm).
False escalations (each calming check written after its risky twin, which stays high): es social security
taken off the pay, asked about; a hostess or dancer job offered and asked about (low); vi "so ho chieu" (a
passport number) is no "sợ họ"; a case supposed for school, asked at the opening, calm with the net too.
Escalation misses of the rules alone: paid only for "extra services"; made to sleep with his friends to pay a
debt; men who come at night and she must be "nice" to them; not a single day off; a child kept from school;
ru, uk the firm never paid, nowhere to go till the debt is paid, made to pick pockets; ro the passports "le
ține" (object first); pl a penalty of a sum for leaving early.
Gold high read critical: men who come at night, in the present, are a habit (tonight stays danger now); vi
"giúp việc", "trước nhà thờ" and "Hồi em làm" are no danger now.
Older gaps: a school trip's rule, nobody going anywhere alone, is calm (at a farm it stays high); a sum of
money after a young person's word is no age; a minor taken to a client "just now" is danger now in all seven;
outside English "entertain his friends" wants a boss word (a husband's guests are calm).
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_high_with, check_level

# Locked in, nothing eaten for days.
STARVED = [
    "my aunt looks after an old man in Leeds, she messaged that his son locked her in the box room and she "
    "hasn't eaten since Monday, for 2 days now",
    "ciocia opiekuje się starszym panem, napisała, że jego syn zamknął ją w pokoju i od 2 dni nic nie jadła",
    "тётя ухаживает за стариком, написала, что его сын запер её в кладовке и она уже два дня ничего не ела",
    "тітка доглядає старого, написала, що його син замкнув її в коморі і вона вже два дні нічого не їла",
    "mi tía cuida a un señor mayor, me escribió que el hijo la encerró en el cuarto y lleva 2 días sin comer",
    "mătușa mea are grijă de un bătrân, mi-a scris că fiul lui a încuiat-o în cameră și n-a mâncat de 2 zile",
    "dì tôi chăm một ông cụ, nhắn là con trai ông ấy nhốt dì trong kho, 2 ngày rồi dì không được ăn gì",
]
# The twins: ill and not eating (calm); locked in and fed (high).
STARVED_CALM = [
    "my aunt has the flu and hasn't eaten in two days, what soup should I make her",
    "ciocia ma grypę i od dwóch dni nic nie jadła, co jej ugotować",
]
LOCKED_FED = ["my aunt's employer locks her in the flat when they go out, but she gets her meals fine"]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(STARVED, DANGER), calm=(STARVED_CALM, CALM), high=(LOCKED_FED, ESCALATED),
))
def test_locked_in_and_not_eaten_for_days(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", LOCKED_FED)
def test_locked_in_and_fed_is_not_danger(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "restriction_of_movement")


# Ending one's life tonight, in a situation found.
END_LIFE = [
    "no money for 3 months, the agency keeps my ID, I am so tired of this, ending it tonight",
    "od 3 miesięcy bez wypłaty, trzymają mój dowód, dziś w nocy chcę zakończyć swoje życie",
    "3 месяца без зарплаты, паспорт у них, сегодня ночью хочу покончить с жизнью",
    "3 місяці без зарплати, паспорт у них, сьогодні вночі хочу покінчити з життям",
    "3 meses sin sueldo, tienen mi pasaporte, esta noche quiero acabar con mi vida",
    "nu-mi dau banii de 3 luni, îmi țin buletinul, sunt terminată, vreau să-mi pun capăt zilelor în seara "
    "asta",
    "ba tháng không lương, chủ giữ hộ chiếu, em mệt lắm rồi, tối nay em muốn kết thúc cuộc đời",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(END_LIFE, DANGER),
    calm=(["the series ends tonight, they are ending it after six seasons"], CALM),
))
def test_ending_ones_life_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Made to swallow capsules and fly, killed if she refuses, in their flat now, someone always at the door.
CAPSULES = [
    "tomorrow I must swallow the pellets and board the plane, if I refuse they'll kill me. I'm at their "
    "house "
    "right now, someone is always by the door",
    "jutro mam połknąć kapsułki i polecieć, jak odmówię to mnie zabiją. teraz siedzę u nich, ktoś cały czas "
    "pilnuje przy drzwiach",
    "завтра мне глотать капсулы и лететь, если откажусь убьют. сейчас я у них дома, у двери всё время кто-то "
    "сидит",
    "завтра мені ковтати капсули і летіти, якщо відмовлюсь вб'ють. зараз я у них вдома, біля дверей весь час "
    "хтось сидить",
    "mañana tengo que tragarme las bolsitas y volar, si me niego me matan. ahora estoy en su casa y "
    "siempre hay "
    "alguien en la puerta",
    "mâine trebuie să înghit pachetele și să zbor, dacă refuz mă omoară. acum sunt la ei în casă și mereu "
    "stă "
    "cineva la ușă",
    "mai họ bắt em nuốt mấy túi hàng rồi lên máy bay, không chịu thì họ giết. giờ em đang ở nhà họ, lúc nào "
    "cũng có người đứng canh cửa",
]
# The twin: the same as a past story: high, not danger.
CAPSULES_PAST = [
    "two years ago they made me swallow capsules and fly, if I refused they'd kill me, someone was always by "
    "the door. I got away and testified",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(CAPSULES, DANGER), high=(CAPSULES_PAST, ESCALATED)))
def test_capsules_killed_if_she_refuses_guarded_now(rules: Analyzer, text: str,
                                                     levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", CAPSULES_PAST)
def test_capsules_as_a_past_story_is_not_danger(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "threats")


# A minor of "maybe 14" taken tonight to "work" with men.
TAKEN_TO_MEN = [
    "theres a boy at the shelter, maybe 14, some man is taking him tonight to work with men at a flat. he is "
    "shaking. what do we do now",
    "w schronisku jest chłopak, może 14 lat, jakiś facet zabiera go dziś w nocy do pracy z mężczyznami. "
    "co robić",
    "в приюте мальчик, лет 14, какой-то мужик сегодня ночью увозит его работать с мужчинами на квартиру. что "
    "делать",
    "у притулку хлопчик, років 14, якийсь чоловік сьогодні вночі забирає його працювати з чоловіками на "
    "квартиру. що робити",
    "en el albergue hay un chico, tendrá unos 14, un señor se lo lleva esta noche a trabajar con hombres "
    "a un "
    "departamento. qué hacemos",
    "în adăpost e un băiat, poate 14 ani, un bărbat îl ia la noapte să lucreze cu bărbați. ce facem",
    "ở nhà tạm lánh có một cậu bé chắc khoảng 14 tuổi, tối nay có gã đưa nó đi làm với đàn ông. giờ làm sao",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(TAKEN_TO_MEN, DANGER),
    calm=(["a girl from our class, about 16, got a summer job at the bakery"], CALM),
))
def test_minor_taken_tonight_to_work_with_men(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# es "anda buscándome" after an escape: a pursuer; a mother looking for her daughter is not.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["me escapé anoche de la finca, estoy escondida en una gasolinera. el patrón anda buscándome en la "
          "camioneta, dijo que me mata"], DANGER),
    calm=(["mi mamá anda buscándome para ir a comer, ahorita voy"], CALM),
))
def test_es_anda_buscandome_after_an_escape(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations. The risky twins were written first and stayed high before and after each calming rule.
# es social security taken off the pay ("la seguridad social"), written in the contract, asked about in a
# sentence of its own; the twins: the same deduction with half the pay kept, or with a bed charge and wages
# unpaid.
SOCIAL_HIGH = [
    "El patrón me descuenta del sueldo la seguridad social, pero no me da de alta y encima se queda con la "
    "mitad de mi sueldo cada mes.",
    "Del sueldo me descuentan la seguridad social y además me quitan 300 por la cama, y no me pagan desde "
    "marzo.",
]
SOCIAL_CALM = [
    "Trabajo cuidando niños. En el contrato pone que del salario me descuentan la seguridad social y las "
    "retenciones, recibo mi nómina cada mes. ¿Es legal?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(SOCIAL_HIGH, ESCALATED), calm=(SOCIAL_CALM, CALM)))
def test_es_social_security_off_the_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A hostess or dancer job in a club, offered and asked about: a red flag before departure (low); the twins:
# offered, then made to sleep with clients there; working as a hostess and sent upstairs with men.
HOSTESS_HIGH = [
    "they offered me a job as a hostess in a club in Cyprus and now that I'm here the manager makes me sleep "
    "with clients, what do I do?",
    "I work as a hostess in a night club, we must drink with men till 5 and go upstairs with them. is this "
    "legal?",
]
HOSTESS_LOW = [
    "they offered me a job on instagram: dancer in a club in Dubai, 5000 dollars a month, flights covered, "
    "they just want my passport scan. legit?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(HOSTESS_HIGH, ESCALATED), low=(HOSTESS_LOW, CALM)))
def test_hostess_job_offered_and_asked_about(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# vi unmarked "so ho chieu" (số hộ chiếu, a passport number) is no "sợ họ" (afraid of them); the twins: afraid
# of them, with the passport kept and a beating or a death threat.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["em so ho lam, ho giu ho chieu cua em va doa danh em",
           "chu giu ho chieu, em so ho, ho doa se giet em neu em bo tron"], ESCALATED),
    calm=(["co nguoi moi lam phuc vu o Nhat, 2000 do mot thang, bao an o, chi can gui so ho chieu truoc. co "
           "lua dao khong?"], CALM),
))
def test_vi_passport_number_is_not_afraid_of_them(rules: Analyzer, text: str,
                                                  levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A case supposed for school, asked at the opening ("Для доклада в школе: если ...?"): a question in general,
# rules alone and with the net; the twins: the school named, then one's own forced selling, with no
# supposition, or after a contrast.
SCHOOL_HIGH = [
    "Для доклада в школе я ничего не успел, потому что те, кто привез меня сюда, заставляют продавать "
    "наркотики каждую ночь. Что мне делать?",
    "para una tarea del colegio no tuve tiempo, los que me trajeron me obligan a vender droga todas las "
    "noches, "
    "qué hago?",
    "Em hỏi để làm bài tập ở trường thôi, nhưng thật ra những kẻ đưa em sang đây ép em bán ma túy, em phải "
    "làm sao?",
]
SCHOOL_CALM = [
    "Pentru un proiect la școală: ce face poliția dacă pe cineva îl obligă să fure cei care l-au adus la "
    "muncă?",
    "projekt do szkoły: czy jeśli kogoś zmuszają do kradzieży ludzie, którzy go przywieźli, to policja "
    "traktuje go jak ofiarę?",
    "para un proyecto del colegio: si a una chica la obligan a prostituirse los que la trajeron, es víctima?",
    "Для школьного проекта: если подростка заставляют воровать те, кто его привез, он преступник?",
    "Для реферату: якщо людину змушують продавати наркотики ті, хто її привіз, її судять?",
    "Em hỏi để làm bài tập ở trường: nếu ai đó bị ép trộm đồ thì họ có bị bắt không ạ?",
]


@pytest.mark.parametrize(("text", "levels"), cases(high=(SCHOOL_HIGH, ESCALATED), calm=(SCHOOL_CALM, CALM)))
def test_a_case_supposed_for_school(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", SCHOOL_CALM)
def test_a_case_supposed_for_school_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


# Escalation misses of the rules alone.
# Paid only for "extra services" (a euphemism for sex), in all seven.
EXTRA_SERVICES = [
    "my friend cleans for a family in Dubai, the husband says she'll be paid only if she does him \"extra "
    "services\". nothing paid for a month",
    "przyjaciółka sprząta u rodziny, pan domu mówi, że płaci tylko jeśli będzie mu robić dodatkowe usługi",
    "хозяин говорит подруге, что платит только если она будет оказывать ему дополнительные услуги",
    "господар каже подрузі, що платить тільки якщо вона буде надавати йому додаткові послуги",
    "el patrón le dice a mi amiga que solo le paga si le hace favores, y lleva meses sin que le paguen",
    "patronul îi zice prietenei mele că o plătește doar dacă îi face servicii în plus",
    "ông chủ nói chỉ trả tiền nếu chị ấy phục vụ thêm cho ông ta",
]
# Made to sleep with his friends to pay a debt he says she owes.
SLEEP_TO_PAY = [
    "my ex found me work in a bar in Greece, now he says I owe him and I have to sleep with his mates to "
    "clear "
    "it",
    "były załatwił mi pracę w barze, teraz mówi, że muszę spać z jego kumplami, żeby oddać dług",
    "бывший устроил меня в бар, теперь говорит, что я ему должна за все и должна спать с его приятелями",
    "колишній влаштував мене в бар, тепер каже, що я маю спати з його приятелями, щоб віддати борг",
    "mi ex me consiguió chamba en un bar, ahora dice que le debo todo y tengo que acostarme con sus compas",
    "fostul mi-a găsit de lucru într-un bar, acum zice că îi sunt datoare pentru tot și trebuie să mă "
    "culc cu "
    "amicii lui",
    "người yêu cũ tìm việc ở quán bar cho em, giờ bắt em phải ngủ với bạn hắn để trả nợ",
]
# Not a single day off for months (en, es, ro, vi; pl, ru, uk had it).
NO_DAY_OFF = [
    "I'm a carer, up at 5 and in bed at 1, not a single day off since January, is that allowed?",
    "soy cuidadora, desde enero ni un día libre y trabajo 16 horas, ¿es normal?",
    "sunt îngrijitoare, din ianuarie n-am avut nicio zi liberă, e normal?",
    "em làm giúp việc, từ tháng 1 chưa được nghỉ ngày nào, vậy có đúng không?",
]
# A child working in a household, kept from school.
KEPT_FROM_SCHOOL = [
    "my little brother is 15, he works for a family abroad and they don't let him go to school",
    "mój brat ma 15 lat, pracuje u rodziny za granicą i nie puszczają go do szkoły",
    "брату 15, он работает в семье за границей и его не пускают в школу",
    "братові 15, він працює в сім'ї за кордоном і його не пускають до школи",
    "mi hermano tiene 15, trabaja con una familia y no lo dejan ir al colegio",
    "fratele meu are 15 ani, lucrează la o familie și nu îl lasă la școală",
    "em trai tôi 15 tuổi, làm cho một gia đình bên nước ngoài và họ không cho nó đi học",
]
# ru, uk: the firm never paid; nowhere to go till the debt is paid back; made to pick pockets. ro: the
# passports, the boss keeps them (the object first). pl: a penalty of a sum for leaving early. pl, ru, uk: men
# come at night and she must be "nice" to them.
OTHERS = [
    "Фирма так и не заплатила ему за три последних месяца работы на складе",
    "Фірма так і не заплатила йому за останні три місяці на складі",
    "Хозяин говорит, никуда не уедешь, пока не вернешь долг за дорогу",
    "Господар каже, нікуди не поїдеш, поки не повернеш борг за дорогу",
    "его заставляют лазить по карманам на рынке",
    "його змушують лазити по кишенях на ринку",
    "la fabrică pașapoartele le ține șeful, să nu plecăm",
    "jak rzucę pracę przed końcem sezonu, zapłacę 2000 zł kary",
    "co noc przychodzą panowie i ona musi być dla nich miła, ma 15 lat",
    "каждую ночь приходят клиенты и она должна быть с ними послушной, ей 15",
    "щоночі приходять клієнти і вона має бути з ними слухняною, їй 15",
]
ESCALATION_CALM = [
    "моему брату 15, он на карантине, в школу пока не пускают из-за гриппа",
    "I sleep with my friends in one room at the hostel",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    high=(EXTRA_SERVICES + SLEEP_TO_PAY + NO_DAY_OFF + KEPT_FROM_SCHOOL + OTHERS, ESCALATED),
    calm=(ESCALATION_CALM, CALM),
))
def test_escalation_misses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", EXTRA_SERVICES + SLEEP_TO_PAY)
def test_sex_for_pay_or_a_debt_is_sexual_exploitation(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "sexual_exploitation")


# Gold high read critical. The risky twins were written first and stayed escalated (danger where danger).
# Men who come at night, in the present, to the flat a minor lives in, and she must be "nice" to them: a
# habit, high; the twins: tonight men are coming for her: danger now.
MEN_TONIGHT = [
    "my niece is 16, she lives in a flat the 'agency' rents, tonight men are coming there for her and she "
    "must "
    "be nice to them",
    "mi sobrina tiene 16, esta noche llegan hombres al departamento y ella tiene que ser amable con ellos",
    "moja siostrzenica ma 16 lat, dziś w nocy przychodzą faceci i ma być dla nich miła",
    "племяннице 16, сегодня ночью к ней придут мужчины и она должна быть с ними ласковой",
    "племінниці 16, сьогодні вночі до неї прийдуть чоловіки і вона має бути з ними милою",
]
MEN_AT_NIGHT = [
    "my niece is 16, she lives in a flat the 'agency' rents, at night men come and she must be nice to them",
    "mi sobrina tiene 16, ahora vive en un piso de la 'agencia' y en la noche llegan hombres y ella tiene "
    "que "
    "ser amable con ellos",
    "moja siostrzenica ma 16 lat, teraz mieszka w mieszkaniu 'agencji' i w nocy przychodzą faceci, ma być "
    "dla "
    "nich miła",
    "племяннице 16, теперь живет в квартире 'агентства', ночью приходят мужчины и она должна быть с ними "
    "ласковой",
]


@pytest.mark.parametrize(("text", "levels"), cases(now=(MEN_TONIGHT, DANGER), high=(MEN_AT_NIGHT, ESCALATED)))
def test_men_coming_tonight_or_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", MEN_AT_NIGHT)
def test_men_coming_at_night_is_a_habit(rules: Analyzer, text: str) -> None:
    check_high_with(rules, text, "sexual_exploitation")


# vi: "giúp việc" (housework) is no "giúp ... ngay" (help at once); "trước nhà thờ" (by a church) is no one
# outside the house; "Hồi em làm ..." (back when I worked there) is a past story. The twins: a cry for help,
# someone outside the user's house with a death threat, locked in now with a cry for help: danger now.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["cứu em với, giúp em ngay, họ khóa cửa nhốt em",
          "họ đang đứng trước nhà em, họ dọa giết em",
          "họ khóa em trong căn hộ, em không có chìa khóa, cứu em"], DANGER),
    high=(["em làm giúp việc 14 tiếng một ngày, bà chủ giữ hộ chiếu của em",
           "sáng nào họ cũng thả chú ở trước nhà thờ xin tiền, tối lấy hết tiền của chú",
           "Hồi em làm cho nhà đó, họ khóa em trong nhà, em không có chìa khóa. Giờ em nghỉ rồi nhưng họ "
           "còn nợ "
           "lương"], ("high",)),
))
def test_vi_housework_church_and_back_when(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Older gaps from the fortieth round's review. The risky twins were written first and stayed escalated.
# A school trip's or a camp's rule, nobody going anywhere alone: calm; the twins: the same at a farm, and a
# school trip where the teacher locked them in and took the phones: high.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["at the farm nobody is allowed to go anywhere alone",
           "on the school trip the teacher locked us in the room and took our phones, help",
           "na farmie nikomu nie wolno nigdzie chodzić samemu",
           "на фермі нікому не можна нікуди ходити самому",
           "la fermă nimeni n-are voie să meargă nicăieri singur"], ESCALATED),
    calm=(["nobody is allowed to go anywhere alone on the school trip, is that a normal rule?",
           "na wycieczce szkolnej nikt nie może nigdzie chodzić sam, taka zasada",
           "на экскурсии никому нельзя никуда ходить одному, так правила",
           "en la excursión escolar nadie puede ir solo a ningún lado, es la regla",
           "în excursie nimeni n-are voie să meargă nicăieri singur, așa e regula"], CALM),
))
def test_a_school_trips_rule(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# ru, uk: a sum of money after a young person's word is no age; the twin: the age, then a sum, at work at
# night: high.
@pytest.mark.parametrize(("text", "levels"), cases(
    high=(["парню 15, ему заплатили 15 евро за ночь на стройке, работает по ночам"], ESCALATED),
    calm=(["заплатили парню 15 евро за разгрузку фуры", "заплатили хлопцю 15 євро за розвантаження"], CALM),
))
def test_a_sum_of_money_is_no_age(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor taken to a client "just now" is danger now in all seven (en "just now" was already).
JUST_NOW_CLIENT = [
    "my sister is 15, just now they drove her to a client, she wrote me from the car",
    "moja siostra ma 15 lat, przed chwilą zawieźli ją do klienta, napisała z auta",
    "моей сестре 15 лет, только что отвезли её к клиенту, написала из машины",
    "моїй сестрі 15 років, щойно відвезли її до клієнта, написала з машини",
    "mi hermana tiene 15 años, hace un rato la llevaron con un cliente, me escribió desde el carro",
    "sora mea are 15 ani, adineauri au dus-o la un client, mi-a scris din mașină",
    "em gái tôi 15 tuổi, vừa nãy họ đưa nó đến chỗ khách, nó nhắn từ trong xe",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(JUST_NOW_CLIENT, DANGER),
    high=(["my sister is 15, a year ago they drove her to a client, now she's safe at home with us and in "
           "therapy"], ("high",)),
))
def test_minor_taken_to_a_client_just_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Outside English, "entertain his friends" wants the boss, the owner or the manager in its sentence: a
# husband's guests at a party are calm; the twins: the boss took her phone and wants it tonight: danger now.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["szef zabrał jej telefon i dziś w nocy chce, żeby zabawiała jego kolegów",
          "хозяин забрал у неё телефон и сегодня ночью хочет, чтобы она развлекала его друзей"], DANGER),
    calm=(["mój mąż chce, żebym dziś wieczorem zabawiała jego kolegów, muszę gotować dla sześciu osób",
           "мой муж хочет, чтобы я сегодня вечером развлекала его друзей, надо готовить на шестерых",
           "мій чоловік хоче, щоб я сьогодні ввечері розважала його друзів, треба готувати на шістьох",
           "mi esposo quiere que esta noche atienda a sus amigos, tengo que cocinar para seis",
           "soțul meu vrea să-i distrez diseară pe prietenii lui, trebuie să gătesc pentru șase",
           "chồng em muốn tối nay em tiếp bạn của anh ấy, em phải nấu cho sáu người"], CALM),
))
def test_entertain_his_friends_wants_a_boss_word(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Review of the fortieth and forty-first rounds (my own twins of their calming checks).
# "Entertain his friends" with no boss word, but locked in with a cry for help: the fortieth round's danger
# rule still reads it as danger now; a husband's guests with no cry stay calm (above).
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["zabrał mi telefon, zamknął drzwi, dziś w nocy mam zabawiać jego kolegów, pomocy",
          "забрал телефон, запер дверь, сегодня ночью я должна развлекать его друзей, помогите"], DANGER),
))
def test_entertain_with_a_cry_for_help_stays_danger(
        rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Passports taken "during the bus trip" and still held a month later are held now, not a journey's
# arrangement (the fortieth round's trip forms had made them pre-departure); the arrangement asked about
# before leaving stays low.
STILL_HELD_AFTER_TRIP = [
    "during the bus trip the driver took our passports and a month later he still has them",
    "podczas podróży kierowca zabrał nam paszporty i do dziś nie oddaje, pracujemy tu miesiąc",
    "во время поездки водитель забрал паспорта и так и не отдал, мы тут уже месяц",
    "під час поїздки водій забрав паспорти і так і не віддав, ми тут уже місяць",
    "durante el trayecto el chofer nos quitó los pasaportes y hasta hoy no nos los devuelve",
    "în timpul călătoriei șoferul ne-a luat pașapoartele și nici acum nu ni le dă înapoi",
    "trong lúc đi xe tài xế thu hộ chiếu, tới giờ vẫn chưa trả, tụi em ở đây 1 tháng rồi",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(STILL_HELD_AFTER_TRIP, ESCALATED),
    calm=(["the agency says the driver will hold our passports during the bus trip for the border and give "
           "them back on arrival. is that normal?"], CALM),
))
def test_passports_taken_on_the_trip_and_still_held(
        rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
