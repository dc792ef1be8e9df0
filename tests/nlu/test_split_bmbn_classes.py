"""Splits BM and BN's classes (thirty-third round), written as meanings in new words, not BM-BN's sentences.

Critical recall: thinking of killing oneself with "się", "себя", "себе" before the verb ("chcę się dziś
zabić") or "killing myself" is danger now; its twin, killing the mice in the barn or buying oneself a
ticket, stays calm. Hiding in the short Ukrainian form ("я ховаюсь") is danger now. Writing in secret from a
bathroom with confinement found is danger now; its twin, writing from the office toilet about a boring
boss, stays calm.
False escalations: overtime hours, the user's own document after a match begun in another clause, a
deduction in the contract the user signed, free to leave at will, a drug rehab centre, contact only by
phone, a bailiff's seizure of pay, and Vietnamese words folding like a phrase's word ("khuyết tật", "nó muốn
về") stay calm; their twins (16 hours a day, a passport taken from the user, a deduction never signed, a
gate locked and no leaving, made to sell drugs, phones taken, the boss taking half the pay for a debt, a
slap) stay escalated. With the net: a drug rehab centre left at will stays calm.
Gold high read critical: an escape weeks ago from a beating and a lock, a shelter now, asking where to report,
is high with the net (it raises nothing); its twin, an escape an hour ago and hiding now, stays danger now. uk
"подзвонить" (he will call the police) is a threat, no cry for help; "подзвоніть" (call!) with a beating is
danger now.
Escalation misses: pay eaten by fines told as what was left ("from 3000 i got 900"), paid in drink, drugs or
goods instead of money, not leaving until the debt is paid, ro a debt that grew in the past tense, vi a debt
growing month by month, and "he knows where your mother lives" in ro and vi are escalated; their twins (gross
and net after tax, paying by card, waiting for the rain, paying for the bread, a bank loan, a friend who
knows a good restaurant) stay calm.
Older gaps of round 32: a rumour without "that" ("on tiktok they say the agency ...") is media; "she must
sleep with them in one tent", the user's own stolen bike, a bank card blocked by the bank and a funeral told
with "we will bury him" stay calm; es "viene a mi cuarto en la noche" (a habit at night) is high, not danger
now. Their twins (a rumour then a sister's passport taken, sleeping with the clients, made to steal, a bank
card taken with the passport, a threat to bury the user, "hoy en la noche") stay escalated or danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# Thinking of killing oneself, the reflexive before the verb, with a situation.
KILL_SELF = [
    "no pay for months, they hold my passport, i keep thinking about killing myself tonight",
    "szef trzyma paszport, nie wytrzymam, chcę się dziś zabić",
    "хозяин держит паспорт, я думаю себя убить",
    "хазяїн тримає паспорт, хочу себе вбити",
]
# Killing the mice, buying oneself a ticket: no harm to oneself.
KILL_SELF_CALM = [
    "thinking about killing the mice in our barn, any tips?",
    "хочу себе купити квиток додому",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(KILL_SELF, DANGER), calm=(KILL_SELF_CALM, CALM),
))
def test_thinking_of_killing_oneself(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_hiding_in_the_short_ukrainian_form(rules: Analyzer) -> None:
    check_level(rules, "я ховаюсь у сусідів, хазяїн шукає мене", DANGER)


# Writing in secret from a bathroom, confinement found.
BATHROOM = [
    "writing from the toilet, the door is locked from outside and the man took my passport",
    "piszę z toalety, zamknęli nas na klucz",
    "пишу из туалета, нас заперли в квартире",
    "te escribo desde el baño, nos encerraron con llave",
    "em nhắn từ nhà vệ sinh, bọn nó khóa cửa nhốt em",
    "vă scriu din baie, ne-au încuiat în casă",
]
# Writing from the office toilet: no confinement.
BATHROOM_CALM = [
    "writing from the toilet at the office, my boss is so boring lol",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(BATHROOM, DANGER), calm=(BATHROOM_CALM, CALM),
))
def test_writing_from_the_bathroom(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Overtime hours counted in a month.
OVERTIME = [
    "I worked 14 hours overtime in march, is the 50% bonus right?",
    "W marcu mam 16 godzin nadgodzin, dobrze liczą dodatek?",
    "В марте 16 часов сверхурочных, правильно доплатили?",
    "У березні 14 годин понаднормових, чи правильно порахували?",
    "En marzo hice 14 horas extras, ¿está bien el pago?",
    "În martie am 14 ore suplimentare, e corect calculat?",
    "Tháng 3 em làm 14 giờ tăng ca, tính vậy đúng không?",
]
# A working day of 16 hours.
OVERTIME_TWIN = ["we work 16 hours a day, overtime never paid"]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(OVERTIME, CALM), twin=(OVERTIME_TWIN, ESCALATED),
))
def test_overtime_hours(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The user's own document, after a match begun in another clause; a deduction in the contract the user signed.
OWN_DOC = [
    "бригадир хранит ключи от склада, паспорт у меня",
    "бригадир тримає ключі від складу, паспорт у мене",
    "công ty photo hộ chiếu của em, bản gốc em giữ",
    "W umowie mam 300 zł za pokój potrącane z wypłaty, podpisałem to",
    "in the contract the room is deducted from my pay, i signed it",
]
# A passport taken from the user; a deduction never signed.
OWN_DOC_TWIN = [
    "они забрали паспорт у меня",
    "they deduct half my pay, i never signed anything",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(OWN_DOC, CALM), twin=(OWN_DOC_TWIN, ESCALATED),
))
def test_own_document_and_signed_deduction(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Free to leave at will; a drug rehab centre; contact only by phone; a bailiff's seizure; Vietnamese folds.
CALM_PLACES = [
    "the gate of the hostel is locked at night, but my daughter can leave whenever she wants",
    "la puerta del albergue la cierran de noche, pero puede salir cuando quiera",
    "mi hermano está en un centro de rehabilitación de drogas, trabaja en la cocina",
    "a man offered me a job in spain, no office, everything by phone, is it safe?",
    "Komornik zabiera mi część wypłaty na długi, szef pokazuje to na pasku",
    "the bailiff takes part of my salary for old debts, is that legal?",
    "anh trai em bị khuyết tật, đang làm ở xưởng bảo trợ",
    "nó muốn về quê thăm mẹ",
]
# A gate locked and no leaving; made to sell drugs; phones taken; the boss taking pay for a debt; a slap.
CALM_PLACES_TWIN = [
    "the gate is locked at night and she cant leave",
    "me obligan a vender drogas en la calle",
    "they took our phones, no phone for weeks",
    "szef zabiera mi połowę wypłaty na dług za mieszkanie",
    "chủ tát em và đánh mọi người",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_PLACES, CALM), twin=(CALM_PLACES_TWIN, ESCALATED),
))
def test_calm_settings(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An escape days or weeks ago from a beating and a lock, a shelter now, asking where to report: high, with
# the net too (it raises nothing).
SHELTERED = [
    "I ran away two weeks ago. The farmer beat me and locked me in the barn for 3 days. Im at a shelter now. "
    "Where can i report him?",
    "Uciekłam dwa tygodnie temu. Szef mnie bił i zamknął w piwnicy na 3 dni. Teraz jestem w schronisku. "
    "Gdzie to zgłosić?",
    "Сбежала две недели назад. Хозяин бил меня и запер в подвале на 3 дня. Сейчас в приюте. Куда можно "
    "заявить?",
    "Hace dos semanas me escapé. El patrón me golpeó y me encerró en un galpón 3 días. Ahora estoy en un "
    "refugio. ¿Dónde denuncio?",
    "Am fugit acum două săptămâni. Șeful m-a bătut și m-a închis în beci 3 zile. Acum sunt la un adăpost. "
    "Unde pot să reclam?",
]
# Its twin: an escape an hour ago, hiding and looked for now.
SHELTERED_TWIN = [
    "I ran away an hour ago, the farmer beat me and locked me in the barn, im hiding in the forest now, "
    "he is looking for me",
]
HIGH_ONLY = ("high",)


@pytest.mark.parametrize(("text", "levels"), cases(
    story=(SHELTERED, HIGH_ONLY), now=(SHELTERED_TWIN, DANGER),
))
def test_escape_weeks_ago_at_a_shelter_with_the_net(analyzer: Analyzer, text: str,
                                                      levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# uk "подзвонить" (he will call the police) is a threat, no cry for help; its twin "подзвоніть" (call!) with
# a beating is danger now.
@pytest.mark.parametrize(("text", "levels"), [
    ("шеф каже що подзвонить у поліцію і мене депортують, бо в мене закінчилась віза", HIGH_ONLY),
    ("подзвоніть в поліцію, мене тут б'ють", DANGER),
])
def test_uk_he_will_call_is_no_cry(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A drug rehab centre the person can leave at will: calm with the net too.
REHAB = [
    "Mi hijo está en un centro de rehabilitación, trabaja en la huerta 4 horas al día, la puerta se cierra "
    "de noche pero puede salir cuando quiera. ¿Es legal?",
    "Syn jest w ośrodku leczenia uzależnień, pracuje w kuchni, brama zamykana na noc, ale może wyjść kiedy "
    "chce. Czy to legalne?",
]


@pytest.mark.parametrize("text", REHAB)
def test_rehab_left_at_will_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


# Pay eaten by fines, told as what was left; its twin, gross and net after tax, stays calm.
LEFT_OF_PAY = [
    "from 3000 i got 900 this month, he takes it for every little thing",
    "z 3000 zostało mi 900, szef potrąca za wszystko",
    "из 3000 осталось 900, шеф вычитает за всё",
    "з 3000 лишилось 900, шеф вираховує за все",
    "de 3000 me quedaron 900, el jefe descuenta por todo",
    "din 3000 mi-au rămas 900, șeful scade pentru orice",
    "lương 3000 còn có 900, chủ trừ đủ thứ",
]
LEFT_OF_PAY_CALM = [
    "from 4666 gross i got 3510 net after tax and ZUS, is that right?",
    "z 4666 brutto zostało mi 3510 netto po podatku i ZUS",
    "из 4666 брутто осталось 3510 после налогов, правильно?",
    "lương 4666 brutto còn 3510 sau thuế và bảo hiểm, đúng không?",
    "from 50 tomatoes i got 20 good ones this summer",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    left=(LEFT_OF_PAY, ESCALATED), calm=(LEFT_OF_PAY_CALM, CALM),
))
def test_pay_left_after_fines(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Paid in drink, drugs or goods instead of money; its twin, paying by card or for beer at a party, stays calm.
PAID_IN_KIND = [
    "the farmer paid us in vodka and cigarettes, never money",
    "instead of wages they give him beer and a bed in the shed",
    "szef płacił nam wódką, nie pieniędzmi",
    "хозяин платил нам водкой, а не деньгами",
    "вместо зарплаты ему дают самогон",
    "хазяїн платив нам горілкою, а не грошима",
    "замість зарплати йому дають самогон",
    "el patrón nos pagaba con trago, nunca con plata",
    "patronul ne plătea cu băutură, nu cu bani",
    "în loc de salariu îi dădea țuică",
    "thay vì trả lương thì ông ấy cho bia",
    "chủ trả công bằng rượu",
]
PAID_IN_KIND_CALM = [
    "the company pays for beer at the christmas party, and the salary comes on the 10th",
    "firma płaci za piwo na imprezie",
    "el jefe paga con tarjeta, no con plata",
    "chủ trả lương bằng chuyển khoản",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    kind=(PAID_IN_KIND, ESCALATED), calm=(PAID_IN_KIND_CALM, CALM),
))
def test_paid_in_kind(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Not leaving until the debt is paid; a debt that grew; knowing where the mother lives. Twins: waiting for the
# rain to stop, paying for the bread, a bank loan paid monthly, a friend who knows a good place.
HELD_BY_DEBT = [
    "he says my brother wont leave the farm until he pays it all",
    "mówi że brat nie wyjedzie z farmy póki nie spłaci",
    "говорит что брат не уедет с фермы пока не выплатит",
    "каже що брат не поїде з ферми поки не виплатить",
    "dice que mi hermano no sale de la finca hasta pagar todo",
    "zice că fratele meu nu pleacă de la fermă până nu plătește tot",
    "datoria creștea în fiecare lună pentru odaie",
    "nợ tăng mỗi tháng vì tiền nhà",
    "cînd am vrut acasă mi-a zis că o știe pe mama și unde trăiește",
    "em muốn về thì nó bảo biết mẹ em ở đâu",
]
HELD_BY_DEBT_CALM = [
    "nie wyjedziemy póki nie skończy się deszcz",
    "мы не уедем пока не закончится дождь",
    "no salimos hasta que pare la lluvia",
    "nu plecăm până nu se termină ploaia",
    "i won't leave the shop until i pay for the bread, obviously",
    "datoria la bancă a crescut puțin, plătesc rata lunar",
    "chị bảo biết quán ăn ngon ở đâu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(HELD_BY_DEBT, ESCALATED), calm=(HELD_BY_DEBT_CALM, CALM),
))
def test_held_by_debt_and_threatened_family(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Older gaps of round 32. A rumour without "that" ("on tiktok they say the agency ..."); its twin, a rumour
# and then what happened to a sister, stays high.
RUMOUR = [
    "on tiktok they say the agency in warsaw takes everyones passport",
    "na tiktoku mówią, agencja w Poznaniu zabiera paszporty",
    "в тиктоке говорят, эта фирма забирает паспорта",
    "у тіктоці кажуть, ця фірма забирає паспорти",
    "en tiktok dicen la agencia les quita el pasaporte a todos",
    "pe tiktok se zice agenția asta ia pașapoartele",
    "trên tiktok người ta bảo công ty đó giữ hộ chiếu",
]
RUMOUR_TWIN = [
    "on tiktok they say the agency is bad, and now they took my sisters passport",
    "на тиктоке говорят что фирма плохая, а теперь у сестры забрали паспорт",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    rumour=(RUMOUR, CALM), twin=(RUMOUR_TWIN, ESCALATED),
))
def test_rumour_without_that(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Sleeping in one tent or room with "them", the user's own stolen thing, a bank card blocked by the bank, a
# funeral told with "we will bury him": calm. Twins: sleeping with the clients, made to steal, a bank card
# taken with the passport, a threat to bury the user.
OLDER_CALM = [
    "on the school trip she must sleep with them in one tent",
    "on the trip my son has to sleep with them in the same room, the other boys",
    "my stolen bike was found by the police, can i get it back?",
    "someone stole my bike yesterday, my stolen bike is on olx now",
    "ukradli mi rower spod bloku, mój skradziony rower jest na olx",
    "у меня украли велосипед, можно заявить?",
    "mi-au furat bicicleta ieri",
    "my bank card was lost and they lock my bank card, what now?",
    "the bank blocked my debit card",
    "bank zablokował mi kartę bankową, co robić?",
    "банк заблокировал мою банковскую карту",
    "el banco bloqueó mi tarjeta de débito",
    "they said we will bury him on friday, the funeral is in the village",
    "dijeron que lo vamos a enterrar el viernes, el velorio es en casa",
    "au zis că îl îngropăm vineri, înmormântarea e la țară",
]
OLDER_TWIN = [
    "she must sleep with the clients every night",
    "they make us steal phones in the mall",
    "szef każe nam kraść w sklepach",
    "the boss took my bank card and my passport",
    "he said he will bury me if i talk to the police",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(OLDER_CALM, CALM), twin=(OLDER_TWIN, ESCALATED),
))
def test_older_gaps_calm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The au pair told to be "cariñosa", and he comes to her room at night (a habit): high, not danger now; its
# twin, "hoy en la noche" (tonight) he comes, stays danger now.
@pytest.mark.parametrize(("text", "levels"), [
    ("el papá de la familia dice que tengo que ser cariñosa con él o me mandan de vuelta, viene a mi "
     "cuarto en la noche", ("high",)),
    ("el papá dice que tengo que ser cariñosa con él o me mandan de vuelta, hoy en la noche viene a mi "
     "cuarto, tengo miedo", DANGER),
])
def test_comes_to_her_room_at_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
