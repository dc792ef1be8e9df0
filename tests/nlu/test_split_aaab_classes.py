"""Splits AA and AB's classes (fourteenth round), written as meanings in new words, not AA-AB's sentences.

False escalations: a document copied and handed back, or a copy kept and the original with the user; a
thank-you for past help told as settled (a debt, a farm where someone was locked in); a loan from one's own
family for the ticket; no signal at sea; a residence card ("карта побыту") is not "побита" (beaten).
Their dangerous twins stay escalated: a copy made and the original kept by the boss, a past story still going
on, a debt to the boss for the ticket, a phone taken at sea.
Danger now, told indirectly: fear that a relative will harm herself after a farewell or with no answer since.
The fear alone stays below danger.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

COPIED_RETURNED = [
    "the manager took my ID card to scan it for the payroll and handed it back after five minutes",
    "szefowa wzięła mój dowód, zrobiła kserokopię i od razu oddała. czy tak można?",
    "бригадир взял паспорт, сделал ксерокопию для отдела кадров и сразу вернул",
    "менеджер взяв мій паспорт, зробив копію для бухгалтерії і одразу повернув",
    "la encargada tomó mi pasaporte para sacar una fotocopia y me lo devolvió enseguida",
    "patronul mi-a luat buletinul ca să facă o copie și mi l-a dat înapoi pe loc",
    "quản lý lấy hộ chiếu của em để photo rồi trả lại ngay",
    "they made a copy of my residence permit for the file, the original is with me",
    "zrobili kopię mojej wizy do akt, oryginał mam u siebie",
    "en la empresa hicieron una copia de mi permiso, el original lo tengo yo",
]

COPIED_KEPT = [
    "they made a copy of my passport and kept the original in the office safe",
    "szef zrobił kopię paszportu i nigdy mi go nie oddał, trzyma go w sejfie",
    "сделали копию паспорта, а сам паспорт хозяин так и не вернул, держит у себя",
    "hicieron una copia y el patrón se quedó con el pasaporte original, no me lo devolvió",
]

THANKS_SETTLED = [
    "three years ago you helped my sister when the agency kept her passport in Holland. it's all over now, "
    "she has a normal job. we just wanted to thank you",
    "trzy lata temu agencja trzymała mi paszport, pomogliście go odzyskać. już po wszystkim, pracuję "
    "legalnie. dziękuję za pomoc",
    "год назад мой брат был должен бригадиру за дорогу, вы помогли. всё позади, он работает дома. "
    "спасибо за помощь",
    "рік тому мою тітку тримали замкненою в теплиці, ви допомогли. все позаду, вона вдома. хочу подякувати",
    "el año pasado a mi primo le quitaron el pasaporte en una obra, ustedes lo ayudaron. ya todo pasó, está "
    "bien. gracias por la ayuda",
    "anul trecut vărul meu avea o datorie la patron pentru drum, ne-ați ajutat. totul s-a rezolvat. vreau să "
    "vă mulțumesc",
    "năm ngoái em họ tôi bị chủ giữ hộ chiếu, các anh chị đã giúp. mọi chuyện ổn rồi. cảm ơn các anh chị",
]

THANKS_STILL = [
    "thank you for your help last year, but the agency still keeps my passport and all is not fine",
    "год назад вы помогли, спасибо за помощь, но хозяин до сих пор держит паспорт",
]

KIN_LOAN = [
    "I owe my sister for the flight, I send her a bit every month, she doesn't mind. the job is fine",
    "jestem winna siostrze za bilet lotniczy, oddaję jej co miesiąc po trochu",
    "я должна сестре за билет на самолёт, отдаю по чуть-чуть каждый месяц",
    "я винен батькам за квиток, віддаю потроху щомісяця",
    "le debo a mi hermana el pasaje de avión, le voy pagando de a poco",
    "îi datorez surorii mele biletul de avion, îi dau câte puțin în fiecare lună",
    "em nợ chị gái tiền vé máy bay, trả dần mỗi tháng",
]

BOSS_LOAN = [
    "I owe my boss for the flight and he takes it from my wage, the debt keeps growing",
    "jestem winna szefowi za bilet, co miesiąc dług rośnie",
    "я должна хозяину за билет, долг только растёт",
    "em nợ chủ tiền vé máy bay, nợ cứ tăng mãi",
]

SEA_SIGNAL = [
    "my son works offshore on a rig, two weeks on two off, at sea there is often no signal for days. normal?",
    "syn pracuje na statku, na morzu często nie ma zasięgu po kilka dni, umowa jest",
    "брат на судне, в море по несколько дней нет связи, зарплата приходит",
    "чоловік на судні, в морі часто по кілька днів нема зв'язку, контракт є",
]

SEA_PHONE_TAKEN = [
    "my son is on a fishing boat, the captain took all their phones, they work 20 hours",
    "brat jest na kutrze, kapitan zabrał wszystkim telefony i nie płaci od trzech miesięcy",
]

PERMIT_CARD = [
    "мне нужно продлить карту побыта, какие документы нужны?",
    "де подати на карту побиту в Кракові?",
]

HARM_SELF = [
    "my aunt works as a carer in Germany, unpaid since May. an hour ago she wrote sorry for everything, "
    "now she's not answering. I'm afraid she'll do something to herself",
    "siostra sprząta w hotelu w Norwegii, nie płacą jej. napisała że przeprasza za wszystko i nie odbiera. "
    "boję się że coś sobie zrobi",
    "сестра на заводе в Чехии, денег не платят. написала что просит прощения за всё и теперь не берёт "
    "трубку. боюсь что она что-то с собой сделает",
    "сестра на фабриці в Чехії, не платять. написала що просить вибачення за все, тепер не бере трубку. "
    "боюсь що вона щось із собою зробить",
    "mi tía trabaja cuidando ancianos en Italia, no le pagan. me escribió pidiendo perdón por todo y ya no "
    "contesta. tengo miedo de que se haga algo",
    "mătușa mea lucrează în Germania, nu e plătită. mi-a cerut iertare pentru tot și acum nu mai răspunde. "
    "mi-e frică să nu își facă ceva",
    "dì em làm ở Nhật, không được trả lương. dì nhắn xin lỗi vì mọi chuyện rồi tắt máy. em sợ dì làm điều "
    "dại dột",
]

HARM_SELF_WORRY = [
    "my aunt is very stressed at work, I'm afraid she'll do something to herself one day",
    "siostra jest zmęczona pracą, boję się że coś sobie zrobi kiedyś",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    copied_returned=(COPIED_RETURNED, CALM), copied_kept=(COPIED_KEPT, ESCALATED),
    thanks_settled=(THANKS_SETTLED, CALM), thanks_still=(THANKS_STILL, ESCALATED),
    kin_loan=(KIN_LOAN, CALM), boss_loan=(BOSS_LOAN, ESCALATED),
    sea_signal=(SEA_SIGNAL, CALM), sea_phone_taken=(SEA_PHONE_TAKEN, ESCALATED),
    permit_card=(PERMIT_CARD, CALM),
    harm_self=(HARM_SELF, DANGER), harm_self_worry=(HARM_SELF_WORRY, BELOW_DANGER),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
