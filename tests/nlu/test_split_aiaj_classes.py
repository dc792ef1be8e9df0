"""Splits AI and AJ's classes (eighteenth round), written as meanings in new words, not AI-AJ's sentences.

Critical recall with the rules alone: a child under 18 being taken out of the country within hours against
the parent's will ("they're taking my 14 yo son abroad tonight, I never agreed"), told in a few words; a
worker up at a height now thinking of letting go (suicidal intent told by the place and the hands). Each has
its calm twin (the same trip agreed by the parent; a worker at the same height who is fine), which must stay
below danger. False escalation: a settled story (the culprit caught, the money recovered, a thank-you) after
"we reported him to the police"; a Vietnamese haircut ("cat toc") that is not a pay cut; the original passport
sent by post before departure (a pre-departure red flag, low). Their twins stay escalated: a threat to
report to the police now, a pay cut, a boss who keeps the passport. The rules are tested alone (the
statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A child taken abroad now, the parent never consented.
CHILD_TAKEN_NO_CONSENT = [
    "his father is taking my 15 year old daughter out of the country tonight, without my consent",
    "dziś w nocy ojciec wywiezie moją 13-letnią córkę za granicę, bez mojej zgody",
    "сегодня вечером бывший муж вывезет мою 15-летнюю дочь за границу, без моего согласия",
    "сьогодні ввечері колишній чоловік вивезе мою 13-річну доньку за кордон, без моєї згоди",
    "esta noche se lo llevan a mi niño de 13 al extranjero, sin mi permiso",
    "la noapte tatăl lui îl duce pe fiul meu de 15 ani peste graniță, fără acordul meu",
    "đêm nay bố nó mang con gái 15 tuổi của tôi đi nước ngoài, tôi không cho phép",
]

# The same trip, agreed by the parent: not danger now.
CHILD_TRIP_AGREED = [
    "my 15 year old daughter flies abroad tonight with her school for an exchange, I signed the consent form",
    "dziś w nocy moja 13-letnia córka jedzie z klasą na wycieczkę za granicę, podpisałam zgodę",
    "сегодня вечером моя 15-летняя дочь едет со школой на экскурсию за границу, я подписала согласие",
    "сьогодні ввечері моя 13-річна донька їде зі школою на екскурсію за кордон, я підписала згоду",
    "esta noche mi niño de 13 viaja al extranjero con su equipo de fútbol, yo firmé el permiso",
    "la noapte fiul meu de 15 ani pleacă în excursie cu școala în străinătate, am semnat acordul",
    "đêm nay con gái 15 tuổi của tôi đi du lịch nước ngoài với trường, tôi đã ký giấy đồng ý",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    taken=(CHILD_TAKEN_NO_CONSENT, DANGER), agreed=(CHILD_TRIP_AGREED, BELOW_DANGER),
))
def test_child_taken_abroad_without_consent(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Up at a height now, thinking of letting go, after months of unpaid work and a growing debt.
HEIGHT_LET_GO = [
    "no pay since spring and the debt keeps growing, I'm on the roof of the site now and I just want to let "
    "myself fall",
    "od wiosny bez pieniędzy, dług rośnie, siedzę teraz na dachu budowy i chcę po prostu puścić ręce",
    "с весны без денег, долг растёт, сижу сейчас на крыше стройки и хочу разжать руки",
    "з весни без грошей, борг росте, сиджу зараз на даху будови і хочу відпустити руки",
    "desde la primavera sin plata y la deuda sube, estoy ahora en la azotea de la obra y quiero dejarme caer",
    "de primăvară fără bani, datoria crește, stau acum pe acoperișul șantierului și vreau să-mi dau drumul",
    "từ mùa xuân không có tiền, nợ càng ngày càng tăng, giờ em đang ngồi trên mái nhà công trình và muốn "
    "buông tay",
]

# At the same height, fine.
HEIGHT_FINE = [
    "on the roof of the site now fixing tiles, harness on, good team, paid every friday",
    "siedzę teraz na dachu budowy, mam szelki, ekipa dobra, płacą co piątek",
    "сижу сейчас на крыше стройки, страховка есть, бригада хорошая, платят каждую пятницу",
    "сиджу зараз на даху будови, страховка є, бригада добра, платять щоп'ятниці",
    "estoy ahora en la azotea de la obra con arnés, buen equipo, pagan cada viernes",
    "stau acum pe acoperișul șantierului cu ham, echipă bună, plătesc în fiecare vineri",
    "giờ em đang trên mái nhà công trình, có dây an toàn, đội tốt, thứ sáu nào cũng trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    let_go=(HEIGHT_LET_GO, DANGER), fine=(HEIGHT_FINE, CALM),
))
def test_letting_go_at_a_height_is_danger_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)

# Reported to the police years ago, caught, money back, a thank-you: a settled story, not a threat.
SETTLED_REPORTED = [
    'Three years ago a fake sports agent took 5000 from my nephew. We reported him to the police, they '
    'caught him and we got most of the money back. Now he plays for a real team. Just wanted to say '
    'thank you',
    'Trzy lata temu fałszywy agent wziął od bratanka 5 tysięcy. Zgłosiliśmy go na policję, złapali go '
    'i odzyskaliśmy prawie wszystko. Teraz gra w prawdziwym klubie. Chciałam tylko podziękować',
    'Три года назад фальшивый агент взял с племянника 5 тысяч. Мы заявили на него в полицию, его '
    'поймали и вернули деньги почти все. Сейчас он играет в нормальном клубе. Хотела просто сказать '
    'спасибо',
    'Три роки тому фальшивий агент взяв з племінника 5 тисяч. Ми заявили на нього в поліцію, його '
    'спіймали і повернули гроші майже всі. Зараз він грає в нормальному клубі. Хотіла просто '
    'подякувати',
    'Hace tres años un falso agente le sacó 5000 a mi sobrino. Lo denunciamos a la policía, lo '
    'atraparon y recuperamos casi todo. Ahora juega en un club de verdad. Solo quería darles las '
    'gracias',
    'Acum trei ani un fals agent i-a luat nepotului 5000. L-am reclamat la poliție, l-au prins și am '
    'recuperat aproape tot. Acum joacă la un club adevărat. Voiam doar să vă mulțumesc',
    'Ba năm trước một tay cò giả lấy của cháu tôi 5000. Nhà tôi báo cảnh sát, họ bắt được hắn và lấy '
    'lại được gần hết tiền. Giờ cháu chơi cho đội bóng thật. Tôi chỉ muốn cảm ơn các bạn',
]

# The same agent threatening to report now: a threat.
REPORT_THREAT_NOW = [
    'A fake sports agent took 5000 from my nephew and now says he will report him to the police if we '
    'ask for it back',
    'Fałszywy agent wziął od bratanka 5 tysięcy, a teraz mówi że zgłosi go na policję jak będziemy '
    'chcieli zwrotu',
    'Фальшивый агент взял с племянника 5 тысяч, а теперь говорит что заявит на него в полицию если '
    'будем требовать деньги',
    'Фальшивий агент взяв з племінника 5 тисяч, а тепер каже що заявить на нього в поліцію якщо будемо '
    'вимагати гроші',
    'Un falso agente le sacó 5000 a mi sobrino y ahora dice que lo va a denunciar a la policía si '
    'pedimos la plata',
    'Un fals agent i-a luat nepotului 5000 și acum zice că îl reclamă la poliție dacă cerem banii '
    'înapoi',
    'Một tay cò giả lấy của cháu tôi 5000 euro, giờ hắn dọa báo cảnh sát nếu nhà tôi đòi lại tiền',
]


@pytest.mark.parametrize(("text", "levels"), cases(
    settled=(SETTLED_REPORTED, CALM), threat=(REPORT_THREAT_NOW, ESCALATED),
))
def test_reported_and_settled_is_a_story(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)

# A hairdresser with a contract and pay on time asks about notice: calm (the Vietnamese haircut).
HAIRDRESSER_FINE = [
    'I work at a barber shop in Lyon, contract signed, salary on time. How much notice do I give if I '
    'quit?',
    'Pracuję w salonie fryzjerskim w Lyonie, umowa podpisana, pensja na czas. Ile wcześniej muszę '
    'powiedzieć jeśli odchodzę?',
    'Работаю в парикмахерской в Лионе, договор подписан, зарплата вовремя. За сколько надо '
    'предупредить если увольняюсь?',
    'Працюю в перукарні в Ліоні, договір підписаний, зарплата вчасно. За скільки треба попередити якщо '
    'звільняюсь?',
    'Trabajo en una peluquería en Lyon, con contrato, el sueldo a tiempo. ¿Con cuánto aviso tengo que '
    'renunciar?',
    'Lucrez la o frizerie în Lyon, am contract, salariul la timp. Cu cât timp înainte trebuie să anunț '
    'dacă plec?',
    'Em làm tiệm cắt tóc ở Lyon, có hợp đồng, lương trả đúng hạn. Nếu em nghỉ thì báo trước bao lâu ạ?',
]

# A pay cut by the boss: wages withheld.
PAY_CUT = [
    'The boss cut my salary in half this month for no reason',
    'Szef obciął mi pensję o połowę w tym miesiącu bez powodu',
    'Шеф урезал мне зарплату наполовину в этом месяце без причины',
    'Шеф урізав мені зарплату наполовину цього місяця без причини',
    'El jefe me cortó el sueldo a la mitad este mes sin razón',
    'Șeful mi-a tăiat salariul la jumătate luna asta fără motiv',
    'Chủ cắt nửa lương của em tháng này mà không có lý do',
]


@pytest.mark.parametrize(("text", "levels"), cases(
    fine=(HAIRDRESSER_FINE, CALM), cut=(PAY_CUT, ESCALATED),
))
def test_haircut_is_not_a_pay_cut(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)

# An agency asks for the original passport by post before departure: a pre-departure red flag.
PASSPORT_BY_POST_BEFORE = [
    'A nursing home agency in Austria wants me to mail them my original passport before I travel, the '
    'contract comes later. Is that ok?',
    'Agencja opiekunek z Austrii chce, żebym wysłała im pocztą oryginał paszportu przed wyjazdem, '
    'umowa później. Czy to normalne?',
    'Агентство сиделок в Австрии просит выслать им почтой оригинал паспорта до отъезда, договор потом. '
    'Это нормально?',
    'Агенція доглядальниць в Австрії просить надіслати їм поштою оригінал паспорта до виїзду, договір '
    'потім. Це нормально?',
    'Una agencia de cuidadoras en Austria me pide mandarles por correo el pasaporte original antes de '
    'viajar, el contrato después. ¿Es normal?',
    'O agenție de îngrijitoare din Austria îmi cere să le trimit prin poștă pașaportul original '
    'înainte de plecare, contractul mai târziu. E normal?',
    'Một công ty chăm sóc người già ở Áo bảo em gửi bưu điện hộ chiếu bản gốc cho họ trước khi đi, hợp '
    'đồng tính sau. Vậy có được không ạ?',
]

KEEPS_PASSPORT = [
    "the boss at the care home keeps my passport and won't give it back",
    "szef w domu opieki trzyma mój paszport i nie chce oddać",
    "хозяйка держит мой паспорт и не отдаёт",
    "господиня тримає мій паспорт і не віддає",
    "la dueña de la residencia tiene mi pasaporte y no me lo devuelve",
    "patroana ține pașaportul meu și nu mi-l dă înapoi",
    "bà chủ giữ hộ chiếu của em không trả",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    pre=(PASSPORT_BY_POST_BEFORE, ("low",)), kept=(KEEPS_PASSPORT, ESCALATED),
))
def test_passport_posted_before_departure(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation recall: someone beating "our guys", the co-workers, told in a few words.
BEATS_OUR_GUYS = [
    "on the trawler the bosun beats our guys, my cousin got it too",
    "na kutrze bosman bije naszych, kuzynowi też się dostało",
    "на сейнере старпом избивает наших, куму тоже досталось",
    "на сейнері старпом б'є наших, куму теж дісталось",
    "en el barco el contramaestre les pega a los muchachos, a mi primo también le tocó",
    "pe vas șeful de echipaj îi bate pe ai noștri, și vărul meu a încasat",
    "trên tàu thuyền phó đánh anh em, anh họ em cũng bị",
]

# A veiled threat to the family at home (Vietnamese, the language that lacked it).
FAMILY_KNOWN = [
    "chủ thầu bảo nếu em bỏ về thì bọn nó biết nhà bố mẹ em ở quê",
    "cò nói nếu anh trốn thì người của hắn biết nhà vợ con anh",
]

# The user knows where the family lives: calm.
FAMILY_KNOWN_CALM = [
    "em biết nhà mẹ em ở quê vẫn ổn, tết này em về thăm mẹ",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    beaten=(BEATS_OUR_GUYS, ESCALATED), threat=(FAMILY_KNOWN, ESCALATED), calm=(FAMILY_KNOWN_CALM, CALM),
))
def test_short_violence_and_family_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
