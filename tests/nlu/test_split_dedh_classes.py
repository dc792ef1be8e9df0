"""Splits DE, DF, DG and DH's classes (fifty-first round), written as meanings in new words, not the splits'
sentences.

False escalations: one general calm frame (the writer's own all-clear, "nothing bad has happened", "it all
turned out fine", "we checked", "I haven't done anything, just asking", with nothing told of a present or
past danger) and hours asked about as a rights question ("is 8 nights in a row legal?"), each with its risky
twins: the same frame telling a danger (taken, not paid, owe, locked, threatened, a penalty) stays escalated.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# The general calm frame: an employer who wants to hire fairly, a family that checked a job, a blackmail try
# that ended, a question asked before doing anything, a worry that turned out fine.
CALM_FRAME = [
    "We run a small farm and want to take on seasonal pickers through an agency. We want to be sure nobody "
        "pays a fee or has their documents taken. Nothing bad has happened, we just want to do it right.",
    "Years ago I wrote in because I feared my employer was a letterbox firm. It all turned out fine, I was "
        "paid for every month. Thanks for the help back then.",
    "Someone tried to blackmail me over a video call last month. I sent nothing, blocked him and that was "
        "the end of it. Now I want to warn my kids who are 13 and 15, what should I tell them?",
    "Is it illegal to lend my bank account to a friend's business? I haven't done anything, just asking "
        "before I get into trouble.",
    "Chcemy zatrudnić kierowców z zagranicy przez agencję, tak żeby nikt nie płacił prowizji i nikomu nie "
        "zabierano paszportu. Nic złego się nie stało, po prostu chcemy zrobić to dobrze.",
    "Ktoś próbował mnie szantażować zdjęciami, zablokowałam go i na tym się skończyło. U mnie wszystko ok. "
        "Co powiedzieć córce, która ma 13 lat?",
    "Syn jedzie do pracy w hotelu na Malcie, rodzina się bała. Sprawdziliśmy: umowa jest, paszport trzyma "
        "sam, firma płaci za lot.",
    "Мы хотим нанять водителей из-за границы через агентство, чтобы никто не платил комиссию и ни у кого "
        "не забирали паспорт. Ничего плохого не случилось, просто хотим сделать правильно.",
    "Один тип пытался меня шантажировать фотографиями, я его заблокировала, на этом всё закончилось. У "
        "меня всё нормально. Что сказать дочке, ей 13 лет?",
    "Ми хочемо найняти водіїв з-за кордону через агенцію, щоб ніхто не платив комісію і ні в кого не "
        "забирали паспорт. Нічого поганого не сталось, просто хочемо зробити правильно.",
    "Один тип намагався мене шантажувати фото, я його заблокувала, на тому все скінчилося. У мене все "
        "добре. Що сказати доньці, їй 13 років?",
    "Mi hijo se va a trabajar a un hotel en Malta, la familia tenía miedo. Lo revisamos: tiene contrato, "
        "guarda su pasaporte y la empresa paga el vuelo.",
    "¿Es delito vender mi tarjeta SIM a un desconocido? No he hecho nada, solo pregunto.",
    "Vrem să angajăm șoferi din străinătate printr-o agenție, ca nimeni să nu plătească comision și "
        "nimănui să nu i se ia pașaportul. Nu s-a întâmplat nimic rău, doar vrem să facem bine.",
    "Fiul meu pleacă la un hotel în Malta, familia s-a temut. Am verificat: are contract, își ține "
        "pașaportul, firma plătește zborul.",
    "Bán sim đứng tên mình có bị phạm pháp không? Em chưa làm gì, chỉ hỏi trước thôi.",
    # Nearer the splits' frames (each read high before the round).
    "Our hotel wants to hire cooks from abroad through an agency. We want to make sure no one pays "
        "fees, gets their passport taken, or is lied to. Nothing bad has happened, we just want to do it "
        "right.",
    "Two years ago I wrote because I thought my agency was cheating me with a debt for the flat. It "
        "all turned out fine, I got every payment. Just wanted to say thanks.",
    "Someone tried to blackmail me last month, he said he had a video and threatened to send it. I "
        "sent nothing and blocked him, that was the end of it. Everything is fine with me. But my kids "
        "are 11 and 14, what should I tell them?",
    "Nasza piekarnia chce zatrudnić piekarzy z zagranicy przez agencję. Chcemy mieć pewność, że nikt "
        "nie płaci opłat, nikt nie oddaje paszportu i nikt nie jest oszukany. Nic złego się nie stało, "
        "po prostu chcemy zrobić to dobrze.",
    "Siostrzenica jedzie do pracy w hotelu w Dubaju. Najpierw rodzina się bała. Ale sprawdziliśmy: "
        "duża sieć, umowa po angielsku, paszport trzyma sama, firma płaci bilet.",
    "Ktoś próbował mnie szantażować, groził że wyśle nagranie. Nic nie wysłałam, zablokowałam i na "
        "tym się skończyło. U mnie wszystko ok. Ale mam syna 13 lat, co mu powiedzieć?",
    "Наша пекарня хочет нанять пекарей из-за границы через агентство. Хотим быть уверены что никто "
        "не платит сборы, ни у кого не забирают паспорт и никого не обманывают. Ничего плохого не "
        "случилось, просто хотим сделать правильно.",
    "Один тип пытался меня шантажировать, угрожал что разошлёт видео. Я ничего не отправила, "
        "заблокировала, на этом всё закончилось. У меня всё нормально. Но у меня сын 13 лет, что ему "
        "сказать?",
    "Племянник едет работать в отель в Дубай. Сначала родные испугались. Но мы проверили: большая "
        "сеть, договор на английском, паспорт у него, билет оплачивает фирма.",
    "Наша пекарня хоче найняти пекарів з-за кордону через агенцію. Хочемо бути певні що ніхто не "
        "платить збори, ні в кого не забирають паспорт і нікого не обманюють. Нічого поганого не "
        "сталось, просто хочемо зробити правильно.",
    "Один тип намагався мене шантажувати, погрожував що розішле відео. Я нічого не надіслала, "
        "заблокувала, на тому все скінчилося. У мене все добре. Але в мене син 13 років, що йому "
        "сказати?",
    "Mi sobrino se va a trabajar a un hotel en Dubái. Al principio la familia se asustó. Pero lo "
        "revisamos: es una cadena grande, contrato en inglés, él guarda su pasaporte y la empresa paga "
        "el billete.",
    "Brutăria noastră vrea să angajeze brutari din străinătate printr-o agenție. Vrem să fim siguri "
        "că nimeni nu plătește comisioane, nimănui nu i se ia pașaportul și nimeni nu e păcălit. Nu s-a "
        "întâmplat nimic rău, doar vrem să facem bine.",
    "Nepotul meu pleacă să lucreze la un hotel în Dubai. La început familia s-a speriat. Dar am "
        "verificat: e un lanț mare, contract în engleză, își ține singur pașaportul și firma plătește "
        "biletul.",
    "czy sprzedaż karty sim na moje nazwisko jest nielegalna? kolega mówi że ludzie dobrze za to "
        "płacą. nic nie zrobiłem, pytam zanim się w coś wpakuję.",
]
# Its risky twins: the same calm words, and a danger told (taken, not paid, owe, locked, threatened, a
# penalty, "still", "but" after the all-clear).
CALM_FRAME_TOLD = [
    "Nothing bad has happened yet, but yesterday the boss took my passport 'for safekeeping'.",
    "It all turned out fine at first, but now they haven't paid me for two months.",
    "I'm in Spain now and all is fine with me, but they still write that I owe them and know where my mum "
        "lives.",
    "We checked the agency, it was registered. When we arrived they took our passports and locked us in the "
        "hostel.",
    "I haven't done anything wrong, and the foreman took my passport and says I owe him 2000 for the bus.",
    "Nic złego się nie stało, ale szef zabrał mi paszport i nie płacą mi od marca.",
    "Sprawdziliśmy agencję, a na miejscu szef zabrał mi paszport i od marca nie płaci.",
    "Ничего плохого не случилось, но у меня забрали паспорт и говорят, что я должен за дорогу.",
    "Мы проверили агентство, а на месте хозяин забрал паспорт и не платит с марта.",
    "Нічого поганого не сталось, але в мене забрали паспорт і кажуть, що я винен за житло.",
    "No ha pasado nada malo, pero me quitaron el pasaporte y no me pagan desde marzo.",
    "Lo revisamos todo, pero el jefe se quedó con mi pasaporte y dice que le debo 1500 por el viaje.",
    "Nu s-a întâmplat nimic rău, dar mi-au luat pașaportul și nu mi-au plătit salariul.",
    "Am verificat firma, dar acum patronul îmi ține pașaportul și zice că am o datorie.",
    "Em chưa làm gì sai, vậy mà chủ lấy hộ chiếu của em và ba tháng không trả lương.",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(CALM_FRAME, CALM),
                                                   told=(CALM_FRAME_TOLD, ESCALATED)))
def test_general_calm_frame(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Hours asked about as a rights question, nothing told; a night's clock range is no count of hours.
HOURS_ASKED = [
    "Do warehouse workers in Belgium get a night bonus? I work 11pm to 7am. Are 9 nights in a row legal?",
    "Czy magazynierom należy się dodatek nocny? Robię 23-7. 9 nocy pod rząd to legalne?",
    "Складским положен ночной доплаты? Работаю с 23 до 7. 9 ночей подряд это законно?",
    "Складським доплачують за нічні? Працюю з 23 до 7. 9 ночей підряд це законно?",
    "¿A los de almacén les pagan extra por la noche? Trabajo de 23 a 7. ¿9 noches seguidas es legal?",
    "Cei de la depozit primesc spor de noapte? Lucrez de la 23 la 7. 9 nopți la rând e legal?",
    "Công nhân kho có phụ cấp ca đêm không? Em làm từ 23h đến 7h. Làm 9 đêm liền có đúng luật không?",
]
# Its risky twins: the same hours told as forced, without a day off, or a day of 13+ hours by the clock.
HOURS_TOLD = [
    "They make me work 14 nights in a row without a day off, is that legal?",
    "Zmuszają nas do pracy 14 nocy pod rząd bez dnia wolnego, czy to legalne?",
    "Заставляют работать 14 ночей подряд без выходных, это законно?",
    "Nos obligan a trabajar 14 noches seguidas sin día libre, ¿es legal?",
    "Ne obligă să lucrăm 14 nopți la rând fără zi liberă, e legal?",
    "Robię od 5 do 22 codziennie, szef nie płaci nadgodzin.",
    "Работаю с 6 до 22 каждый день, без выходных.",
]


@pytest.mark.parametrize(("text", "levels"), cases(asked=(HOURS_ASKED, CALM), told=(HOURS_TOLD, ESCALATED)))
def test_hours_asked_as_rights_question(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A sextortion deadline with a suicidal wish: danger now (tested below), and told coercion.
SEXTORTION_SUICIDAL = [
    "They have my photos and want 2000 by morning or they send them to my wife. I don't want to be alive "
        "tomorrow if this gets out.",
    "Quieren 1000 euros antes de la noche o se lo mandan a mi familia. Si esto sale no quiero estar vivo.",
    "Vor 1000 de euro până diseară sau îl trimit soției. Dacă iese asta nu mai vreau să trăiesc.",
    "Хотят 1000 евро до утра или отправят жене. Если это выйдет, я не хочу завтра жить.",
    "Хочуть 1000 євро до ранку або відправлять дружині. Якщо це вийде, я не хочу жити завтра.",
    "Họ đòi tiền trước sáng mai không thì gửi cho vợ em. Nếu chuyện này lộ ra em không muốn sống nữa.",
]
# Escalation and critical misses: sent at night to cut copper cables; "if I stop they'll give my ID to the
# police"; "you want me to call immigration?"; a sextortion deadline with a suicidal wish, told after "if".
TOLD_COERCION = [
    "The guy who runs the recycling yard takes us out at night to cut copper cables by the tracks, and no "
        "pay if we refuse.",
    "Szef złomowiska zabiera nas nocą ciąć kable miedziane przy torach.",
    "Хозяин свалки возит нас ночью резать медные кабели у железной дороги.",
    "Власник брухту возить нас вночі різати мідні кабелі біля колії.",
    "El jefe del desguace nos lleva de noche a cortar cables de cobre junto a las vías.",
    "Șeful de la fier vechi ne duce noaptea să tăiem cabluri de cupru lângă calea ferată.",
    "Chủ bãi phế liệu chở bọn em đi ban đêm cắt dây đồng cạnh đường ray.",
    "I moved money through my account for them. They said if I stop they will send my passport scan and "
        "selfie to the police as the fraudster.",
    "Przelewałem dla nich pieniądze. Powiedzieli, że jak przestanę, to wyślą mój dowód i selfie na policję.",
    "Am mutat bani prin contul meu pentru ei. Au zis că dacă mă opresc trimit buletinul și selfie-ul meu la "
        "poliție.",
    "Em chuyển tiền qua tài khoản cho họ. Họ nói nếu nghỉ sẽ gửi căn cước và ảnh selfie của em cho công an.",
    "When I asked for my overtime the foreman said: you want me to call immigration on you?",
    *SEXTORTION_SUICIDAL,
]
# Their calm twins: cables cut by day as an electrician's job; a boss's quit-without-notice question; police
# and immigration asked about by the user.
CALM_WORK_QUESTIONS = [
    "I'm an apprentice electrician, in the day we cut and lay copper cables in new flats. Is 40 hours a week "
        "normal for an apprentice?",
    "Jestem elektrykiem, w dzień tniemy i układamy kable miedziane w nowych mieszkaniach. Ile powinienem "
        "zarabiać?",
    "Sunt electrician, ziua tăiem și montăm cabluri de cupru în blocuri noi. Cât ar trebui să câștig?",
    "If I quit my job in Germany, do I have to tell the job centre or the police about my new address?",
    "Should I call immigration myself to ask about my permit, or go to the office?",
]


@pytest.mark.parametrize(("text", "levels"), cases(told=(TOLD_COERCION, ESCALATED),
                                                   calm=(CALM_WORK_QUESTIONS, CALM)))
def test_coercion_and_deadline_told(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)




@pytest.mark.parametrize("text", SEXTORTION_SUICIDAL)
def test_sextortion_deadline_with_suicidal_wish_is_critical(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# Calm: an offer not taken yet ("I haven't sent anything yet"), a passport taken for a badge and given back
# the same day, an es question about signing a new work contract; the lead's review gaps read calm: sex work
# by one's own free will, a loan from an uncle or an aunt paid back from wages, asked about.
CALM_MORE = [
    "A recruiter on Telegram wants a photo of my passport and a selfie holding it to 'register me'. I "
        "haven't sent anything yet, is it legit?",
    "Rekruter chce zdjęcie paszportu i selfie z paszportem. Nic jeszcze nie wysłałam, to legalne?",
    "Рекрутер хочет фото паспорта и селфи с паспортом. Я ещё ничего не отправила, это нормально?",
    "Рекрутер хоче фото паспорта і селфі з паспортом. Я ще нічого не надіслала, це нормально?",
    "Un recrutor vrea poza pașaportului și un selfie cu pașaportul. N-am trimis nimic, e legal?",
    "Người tuyển dụng muốn ảnh hộ chiếu và ảnh selfie cầm hộ chiếu. Em chưa gửi gì, có sao không?",
    "At the port they took my passport to make a pass and gave it back the same day. Is that a sign of "
        "anything?",
    "В порту взяли паспорт для пропуска и отдали в тот же день. Это нормально?",
    "Si mi empresa cambia de dueño y me dicen que tengo que firmar un contrato nuevo, ¿estoy obligada?",
    "I do escort work of my own free will, where can I get tested?",
    "Pracuję jako escort z własnej woli, gdzie mogę się przebadać?",
    "Работаю в эскорте по собственному желанию, где можно провериться?",
    "Працюю в ескорті за власним бажанням, де можна перевіритися?",
    "Trabajo de escort por voluntad propia, ¿dónde me hago pruebas?",
    "Lucrez ca escortă de bunăvoie, unde mă pot testa?",
    "Làm escort là em tự nguyện, em muốn xét nghiệm ở đâu?",
    "My aunt lent me money for the ticket and I pay her back from my wages, is that debt bondage?",
    "Mi tío me presta para el pasaje y le devuelvo con el sueldo, ¿eso es servidumbre por deudas?",
]
# Their risky twins, and the review's gaps that tell a danger: a reply "nothing since September", a lock
# from outside with the captors back at nine, passports taken and driven on now, a penalty for leaving.
TOLD_MORE = [
    "The recruiter took my passport 'to register me' and I haven't sent anything else yet.",
    "В порту забрали паспорт и до сих пор не отдали.",
    "Trabajo de escort por voluntad propia, pero ahora el manager se queda con toda la plata.",
    "Работаю в эскорте по своему желанию, но сейчас менеджер забирает все деньги.",
    "My uncle lent me money for the ticket, and now the agency says I owe them 3000 and must work it off.",
    "nie. nic od lutego, ciągle mówi że w przyszłym tygodniu",
    "the contract says a 2000 euro penalty if I leave before the season ends",
]
DANGER_NOW = [
    "zamknęli nas na klucz od zewnątrz, wrócą rano",
    "we landed an hour ago, the man took our passports, now he is driving us somewhere else",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(CALM_MORE, CALM), told=(TOLD_MORE, ESCALATED),
                                                   danger=(DANGER_NOW, DANGER)))
def test_offers_not_taken_and_review_gaps(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: weeks worked on an unpaid "trial" after a fee, no pay at all, told; a passport sent to a
# "visa agent" held for more money. Their calm twins: an unpaid trial offered and asked about; a visa agent's
# extra fee with the passport at home.
TOLD_FEE_TRIAL_HELD = [
    "I gave a man 500 for this kitchen job, no contract. 4 weeks I work there now and no pay at all, he says "
        "the trial isn't paid.",
    "Le di 500 euros a un tipo por el trabajo. Ya van 4 semanas en la cocina y cero pago, dice que la prueba "
        "no se paga.",
    "Dałem gościowi 2000 zł za robotę. Czwarty tydzień pracuję w kuchni i zero pieniędzy, mówi że próba "
        "jest bezpłatna.",
    "Em đưa ông ấy 500 euro để có việc. Em làm 4 tuần rồi mà chưa có đồng nào, ông ấy bảo thử việc không "
        "lương.",
    "I sent my original passport to a visa agent from Instagram. Now he wants 300 more or he won't send the "
        "passport back.",
    "Wysłałem oryginał paszportu agentowi od wiz. Teraz chce jeszcze 1000 zł albo paszportu nie odda.",
    "I-am trimis pașaportul unui agent de vize. Acum vrea 300 de euro sau nu-mi trimite pașaportul înapoi.",
]
CALM_TRIAL_OFFERS = [
    "The job offer says the first 2 weeks are an unpaid trial, no pay at all, is that legal?",
    "The visa agent wants 300 more for the express fee. My passport is at home with me, is that normal?",
    "Agent wizowy chce jeszcze 300 zł za ekspres. Paszport mam przy sobie, to normalne?",
]


@pytest.mark.parametrize(("text", "levels"), cases(told=(TOLD_FEE_TRIAL_HELD, ESCALATED),
                                                   calm=(CALM_TRIAL_OFFERS, CALM)))
def test_unpaid_trial_worked_and_passport_held_for_money(rules: Analyzer, text: str,
                                                         levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An older gap found in the round: a general question ("just asking") kept only danger now, so a case told in
# the first person after it read none. Told: escalated; asked with "if": calm.
JUST_ASKING_TOLD = [
    "I haven't done anything, just asking: the foreman took my passport and says I owe him 2000 for the bus.",
    "tak tylko pytam, szef zabrał mi paszport trzy miesiące temu, czy może tak?",
    "Solo pregunto: el jefe me quitó el pasaporte y dice que le debo 1500.",
    "Em chỉ hỏi thôi: chủ lấy hộ chiếu của em ba tháng rồi.",
]
JUST_ASKING_IF = [
    "Just asking in general: if an agency took my passport, is that legal?",
    "Solo pregunto: si el jefe me quitó el pasaporte, ¿qué hago?",
    "chỉ hỏi thôi, chưa có chuyện gì: nếu tụi em chuyển sang Đức và chồng em giữ hộ chiếu của em thì có hợp "
        "pháp không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(told=(JUST_ASKING_TOLD, ESCALATED),
                                                   asked=(JUST_ASKING_IF, CALM)))
def test_just_asking_with_own_case_told(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
