"""Splits CE and CF's classes (forty-first round), written as meanings in new words, not CE-CF's sentences.

Critical recall: locked in and nothing eaten for days is danger now (ill with no appetite is calm, locked in
and fed is high); an ending of one's life tonight in a situation found ("ending it tonight", "să-mi pun capăt
zilelor", "kết thúc cuộc đời") is danger now; made to swallow capsules and fly, killed if she refuses, kept in
their flat now with someone always at the door, is danger now (the same told as a past story is high); a
minor of "maybe 15" taken tonight to "work" with men is danger now (a girl "about 16" with a summer job is
low); es "anda buscándome" after an escape is a pursuer (a mother looking for her daughter for dinner is
calm).
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
