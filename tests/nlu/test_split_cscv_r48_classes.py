"""Splits CS, CT, CU and CV's classes (forty-eighth round, with the reviews' gaps), written as meanings in new
words, not the splits' sentences.

False escalations: a parent's thank-you after a false alarm that retells last week's fear ("turned out his
phone died, he has a proper contract and is fine, just wanted to say thanks") reads nothing and is told,
while "thank you, it turned out my son is not fine, the boss really keeps his passport" stays high. One going
abroad through a licensed agency who lists what was checked ("I paid them nothing, they only have a copy of my
passport") and asks what else to do before leaving reads nothing and is told; a licensed agency and now the
boss keeping the passport stays high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

# A thank-you after a false alarm, the old fears retold, then an all-clear.
FALSE_ALARM_THANKS = [
    "Hello, last month I wrote to you in tears because my daughter in Belgium did not pick up for days and I "
        "imagined locked doors and passports taken away. It turned out she dropped her phone in the sea, she "
        "has a proper contract and she is fine. I just wanted to say thank you for calming me down.",
    "Dzień dobry, w zeszłym miesiącu pisałem przerażony, bo córka w Belgii nie odbierała, a ja już widziałem "
        "zabrane paszporty i zamknięte drzwi. Okazało się, że zgubiła telefon, ma normalną umowę i wszystko "
        "w porządku. Chciałem tylko podziękować za spokojne słowa.",
    "Здравствуйте, в прошлом месяце я писал в ужасе, дочь в Бельгии не брала трубку, а мне уже мерещились "
        "отобранные паспорта и запертые двери. Оказалось, она потеряла телефон, у неё нормальный договор и "
        "всё хорошо. Хотел просто сказать спасибо, что успокоили.",
    "Добрий день, минулого місяця я писав наляканий, донька в Бельгії не брала слухавку, а мені вже "
        "ввижалися забрані паспорти і замкнені двері. Виявилось, вона загубила телефон, має нормальний "
        "договір і все добре. Хотів просто подякувати, що заспокоїли.",
    "Hola, el mes pasado les escribí asustado porque mi hija en Bélgica no contestaba y yo ya pensaba en "
        "pasaportes quitados y puertas cerradas. Resulta que perdió el teléfono, tiene su contrato y todo "
        "bien. Solo quería darles las gracias por tranquilizarme.",
    "Bună, luna trecută v-am scris speriat pentru că fiica mea din Belgia nu răspundea și mă gândeam la "
        "pașapoarte luate și uși încuiate. Până la urmă și-a pierdut telefonul, are contract normal și totul "
        "e bine. Voiam doar să vă mulțumesc că m-ați liniștit.",
    "Chào anh chị, tháng trước em nhắn trong hoảng loạn vì con gái ở Bỉ không nghe máy, em cứ tưởng bị giữ "
        "hộ chiếu, bị nhốt. Hóa ra con làm mất điện thoại, có hợp đồng đàng hoàng, mọi thứ ổn cả. Em chỉ "
        "muốn cảm ơn anh chị đã giúp em bình tĩnh.",
]
# Its risky twins: a thank-you after which the fear turned out true.
FALSE_ALARM_TRUE = [
    "thank you for yesterday, it turned out my son is not fine, the boss really keeps his passport",
    "thanks for your help. turned out she is fine at work, but actually the manager keeps her passport",
    "Chciałam podziękować. Okazało się, że syn nie ma normalnej umowy, a szef trzyma jego paszport.",
    "Хотела поблагодарить. Оказалось, что у сына нет нормального договора, паспорт держит начальник.",
    "Хотіла подякувати. Виявилось, що син досі без договору, паспорт тримає начальник.",
    "Quería agradecer. Resulta que mi hijo no está bien, el jefe todavía le tiene el pasaporte.",
    "Vreau să vă mulțumesc. Până la urmă fiul meu nu e bine, șeful încă îi ține pașaportul.",
    "Em muốn cảm ơn. Hóa ra con em không ổn, chủ vẫn giữ hộ chiếu của nó.",
]


@pytest.mark.parametrize(("text", "levels"), cases(thanks=(FALSE_ALARM_THANKS, CALM),
                                                   true=(FALSE_ALARM_TRUE, ESCALATED)))
def test_thanks_after_a_false_alarm(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)



# A checklist before leaving through a licensed or registered agency: what was checked, what else to do.
CHECKLIST_BEFORE_LEAVING = [
    "Going to the Netherlands in May to pack flowers through a registered agency. Contract signed in "
        "English, I paid them nothing, they only took a copy of my ID. Anything else I should check before I "
        "leave?",
    "W maju jadę do Holandii do pakowania kwiatów, agencja ma licencję, sprawdziłam w rejestrze. Umowa "
        "podpisana po polsku, nic nie płaciłam, mają tylko kopię mojego paszportu. Co jeszcze sprawdzić "
        "przed wyjazdem?",
    "В мае еду в Нидерланды упаковывать цветы, у агентства есть лицензия, я проверила. Договор подписан, я "
        "никому ничего не платила, у них только копия паспорта. Что ещё проверить перед отъездом?",
    "У травні їду до Нідерландів пакувати квіти, агенція має ліцензію, я перевірила. Договір підписаний, я "
        "нікому нічого не платила, у них лише копія паспорта. Що ще перевірити перед виїздом?",
    "En mayo nos vamos a Holanda a empacar flores, la agencia tiene licencia y lo comprobamos, contratos "
        "firmados, no pagamos nada a nadie y los pasaportes se quedan con nosotros. ¿Qué más revisar antes "
        "de irnos?",
    "În mai plecăm în Olanda la ambalat flori, agenția are licență, am verificat. Contractele sunt semnate, "
        "n-am plătit nimic nimănui și pașapoartele rămân la noi. Ce altceva să verificăm înainte de plecare?",
    "Tháng 5 tụi em sang Hà Lan đóng gói hoa, công ty có giấy phép, em đã kiểm tra, hợp đồng ký rồi, không "
        "trả phí cho ai, hộ chiếu tự giữ, sợ bị lừa đảo nên làm từng bước. Còn gì cần làm trước khi đi không "
        "ạ?",
]
# Its risky twins: a licensed agency, and now the boss keeps the passport and does not pay.
LICENSED_BUT_HELD = [
    "I went through a registered agency, but now the boss keeps my passport and hasn't paid me for two "
        "months. What should I do before I leave?",
    "Pojechałem przez agencję, która ma licencję, ale teraz szef trzyma mój paszport i nie płaci od dwóch "
        "miesięcy. Co zrobić przed wyjazdem?",
    "Агентство с лицензией, но сейчас начальник держит мой паспорт и два месяца не платит. Что делать перед "
        "отъездом?",
    "La agencia tiene licencia, pero ahora el jefe me tiene el pasaporte y no me paga hace dos meses. ¿Qué "
        "hago antes de irme?",
    "Công ty có giấy phép nhưng giờ chủ giữ hộ chiếu của em và hai tháng không trả lương. Em phải làm gì "
        "trước khi đi?",
]


@pytest.mark.parametrize(("text", "levels"), cases(checklist=(CHECKLIST_BEFORE_LEAVING, CALM),
                                                   held=(LICENSED_BUT_HELD, ESCALATED)))
def test_checklist_before_leaving_through_a_licensed_agency(rules: Analyzer, text: str,
                                                            levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", [*FALSE_ALARM_THANKS, *CHECKLIST_BEFORE_LEAVING])
def test_told_calm_messages_stay_calm_with_the_net(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert rules.risk.told(text, language)
    check_level(analyzer, text, CALM)


# A friend's offer with no office; she has not paid or sent anything (to the recruiter): no pay withheld.
NOT_PAID_OR_SENT = [
    "My cousin got a job offer on Instagram, waitress in Malta, 20 euro an hour. No office, no website, just "
        "a chat. She hasn't paid or sent anything yet. Red flags?",
    "Kuzynka dostała ofertę na Instagramie, kelnerka na Malcie, 20 euro za godzinę. Nie ma biura ani strony, "
        "tylko czat. Nie zapłaciła ani nie wysłała niczego. Na co uważać?",
    "Кузине пришло предложение в инстаграме, официантка на Мальте, 20 евро в час. Офиса нет, сайта нет, "
        "только чат. Она ничего не платила и не отправляла. На что смотреть?",
    "Кузині прийшла пропозиція в інстаграмі, офіціантка на Мальті, 20 євро на годину. Офісу немає, сайту "
        "немає, тільки чат. Вона нічого не платила і не надсилала. На що звернути увагу?",
    "A mi prima le llegó una oferta por Instagram, mesera en Malta, 20 euros la hora. No hay oficina ni "
        "página, solo un chat. Ella no ha pagado ni mandado nada. ¿Qué señales mirar?",
    "Verișoara a primit o ofertă pe Instagram, ospătăriță în Malta, 20 de euro pe oră. Nu au birou, nici "
        "site, doar un chat. N-a plătit și n-a trimis nimic. La ce să fim atenți?",
    "Em họ em nhận lời mời trên Instagram, phục vụ bàn ở Malta, 20 euro một giờ. Không có văn phòng, không "
        "có trang web, chỉ chat. Em ấy chưa trả tiền hay gửi giấy tờ gì. Cần để ý gì ạ?",
]
# Its risky twins: the pay really withheld.
PAY_WITHHELD = [
    "The agency hasn't paid me anything for two months and keeps my passport.",
    "La agencia no me ha pagado nada en dos meses.",
    "công ty hai tháng chưa trả tiền lương cho em",
]


@pytest.mark.parametrize(("text", "levels"), cases(offer=(NOT_PAID_OR_SENT, CALM),
                                                   withheld=(PAY_WITHHELD, ESCALATED)))
def test_not_paid_or_sent_anything_to_an_offer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Overtime chosen, "this job is killing me", friends who call it slavery; contract, passport, may say no.
FRIENDS_CALL_IT_SLAVERY = [
    "Honestly this job is killing me haha. I said yes to overtime before Christmas because it pays 150%, my "
        "friends say it's slavery, but I have a contract, my passport is with me and I can say no. How much "
        "notice do I give if I quit?",
    "Szczerze ta praca mnie wykańcza. Zgodziłem się na nadgodziny przed świętami, bo płacą 150%, znajomi "
        "mówią, że to niewolnictwo, ale mam umowę, paszport mam przy sobie i mogę odmówić. Jaki jest okres "
        "wypowiedzenia?",
    "Честно, эта работа меня добивает. Я сам согласился на сверхурочные перед Рождеством, платят 150%, "
        "друзья говорят, что это рабство, но у меня договор, паспорт у меня и я могу отказаться. Какой срок "
        "предупреждения при увольнении?",
    "Чесно, ця робота мене добиває. Я сам погодився на понаднормові перед Різдвом, платять 150%, друзі "
        "кажуть, що це рабство, але в мене договір, паспорт у мене і я можу відмовитись. Скільки треба "
        "попереджати про звільнення?",
    "Este trabajo me está matando jaja. Acepté horas extra en Navidad porque las pagan al 150%, mis amigos "
        "dicen que es esclavitud, pero tengo contrato, mi pasaporte lo tengo yo y puedo decir que no. "
        "¿Cuánto preaviso tengo que dar?",
    "Jobul ăsta mă omoară, sincer. Am acceptat ore suplimentare de Crăciun pentru că se plătesc 150%, "
        "prietenii zic că e sclavie, dar am contract, pașaportul e la mine și pot refuza. Cu cât timp "
        "înainte trebuie să anunț dacă plec?",
    "Việc này làm em mệt muốn xỉu luôn. Em tự nhận tăng ca dịp Giáng sinh vì được trả 150%, tổ trưởng hay "
        "quát, bạn bè bảo em làm nô lệ, nhưng em có hợp đồng, hộ chiếu em tự giữ, thứ bảy em có thể từ chối. "
        "Nghỉ việc thì báo trước bao lâu ạ?",
]
# Its risky twins: slaves' hours with the passports taken, a boss who yells and beats, passports collected.
SLAVERY_TOLD = [
    "we work 16 hours a day like slaves and the boss took our passports",
    "my friends say the farm is like slavery, we work 16 hours a day without a day off and sleep in a barn",
    "bạn bè bảo em làm nô lệ, chủ giữ hộ chiếu và không trả lương",
    "ông chủ quát và đánh em mỗi ngày",
    "chủ thu hộ chiếu của em từ thứ hai",
]


@pytest.mark.parametrize(("text", "levels"), cases(chosen=(FRIENDS_CALL_IT_SLAVERY, CALM),
                                                   told=(SLAVERY_TOLD, ESCALATED)))
def test_friends_call_chosen_overtime_slavery(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A "remote app tester" offer asking for a passport scan (an offer to check, no isolation); a recruiter who
# says one must send the original passport by courier (a request before leaving, no debt).
REMOTE_AND_COURIER = [
    "someone on whatsapp offers a remote app tester job, 250 a day, no experience, they want a photo of my "
        "passport for payroll. scam?",
    "ktoś na whatsappie oferuje pracę zdalnego testera aplikacji, 250 dziennie, bez doświadczenia, chcą "
        "zdjęcie paszportu do wypłat. oszustwo?",
    "в вотсапе предлагают удалённого тестировщика приложений, 250 в день, без опыта, просят фото паспорта "
        "для выплат. развод?",
    "у вотсапі пропонують віддаленого тестувальника застосунків, 250 на день, без досвіду, просять фото "
        "паспорта для виплат. це шахраї?",
    "alguien en whatsapp ofrece trabajo de tester de apps remoto, 250 al día, sin experiencia, quieren foto "
        "de mi pasaporte para los pagos. estafa?",
    "cineva pe whatsapp oferă job de tester de aplicații remote, 250 pe zi, fără experiență, vor poză cu "
        "pașaportul pentru plăți. e țeapă?",
    "có người trên whatsapp mời làm tester ứng dụng từ xa, 250 một ngày, không cần kinh nghiệm, muốn ảnh hộ "
        "chiếu để trả lương. lừa đảo không?",
    "Рекрутер пишет, что до выезда я должен прислать ему оригинал паспорта, чтобы сделать визу. Работа на "
        "складе в Чехии. Это нормально?",
]
# Its risky twins: a remote farm with the phones taken; a debt for the visa and the ticket.
REMOTE_AND_DEBT_TOLD = [
    "the farm is so remote, no bus, the boss took our phones",
    "я должен ему 2000 евро за визу и билет",
    "Я должен вернуть долг за визу и билет, иначе не отпустят",
]


@pytest.mark.parametrize(("text", "levels"), cases(offer=(REMOTE_AND_COURIER, CALM),
                                                   told=(REMOTE_AND_DEBT_TOLD, ESCALATED)))
def test_remote_tester_and_courier_request(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The reviews' gaps. Violence or withheld pay as the consequence of refusing: coercion told (threats, high).
REFUSING_COSTS = [
    "the boss makes us phone buyers and get their card details; if we refuse he doesn't pay us and hits us",
    "szef każe nam dzwonić do kupujących po dane karty, a jak odmówimy, to nie płaci i bije",
    "начальник заставляет звонить покупателям за данными карты, если откажемся, он не платит и бьёт",
    "начальник змушує дзвонити покупцям по дані картки, якщо відмовимося, він не платить і б'є",
    "el jefe nos obliga a llamar a compradores por los datos de tarjeta; si nos negamos no nos paga y nos "
        "pega",
    "șeful ne pune să sunăm cumpărătorii pentru datele cardului; dacă refuzăm nu ne plătește și ne bate",
    "chủ bắt gọi cho người mua lấy thông tin thẻ, nếu từ chối thì không trả lương và đánh",
]
# Its calm side: a question about what may happen.
REFUSING_ASKED = [
    "if he hits me, what do I do?",
    "if I refuse the offer, will they stop paying the bonus?",
    "if I say no to overtime, can the boss not pay me?",
    "nếu em từ chối thì có bị đánh không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(costs=(REFUSING_COSTS, ESCALATED),
                                                   asked=(REFUSING_ASKED, CALM)))
def test_violence_or_no_pay_for_refusing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The passport given back only at the end of the season, in a passive: retention until then.
GIVEN_BACK_AT_SEASON_END = [
    "the passport will be given back at the end of the season, the boss says",
    "our passports will be returned at the end of the season, that's what the farmer told us",
    "szef mówi, że paszport zostanie oddany na koniec sezonu",
    "начальник говорит, что паспорт будет возвращен в конце сезона",
    "начальник каже, що паспорт буде повернуто в кінці сезону",
    "el jefe dice que el pasaporte será devuelto al final de la temporada",
    "pașaportul va fi returnat la sfârșitul sezonului, zice patronul",
    "chủ nói hộ chiếu sẽ được trả lại vào cuối mùa",
]
# Its calm side: the user's own old passport given back to the office.
OWN_PASSPORT_GIVEN_BACK = [
    "I will give my old passport back to the office at the end of the season",
    "I returned my old passport to the office at the end of the season",
]


@pytest.mark.parametrize(("text", "levels"), cases(held=(GIVEN_BACK_AT_SEASON_END, ESCALATED),
                                                   own=(OWN_PASSPORT_GIVEN_BACK, CALM)))
def test_passport_given_back_at_season_end_passive(rules: Analyzer, text: str,
                                                   levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "It will end badly for me and he will come to my room", after refusing extra shifts: a threat.
END_BADLY_COME_TO_ROOM = [
    "I said no to the extra shifts and the manager told me it will end badly for me and he will come to my "
        "room tonight",
    "Nie chciałem brać dodatkowych zmian, kierownik powiedział, że źle się to dla mnie skończy i że "
        "przyjdzie do mojego pokoju",
    "Я отказался от лишних смен, менеджер сказал, что для меня это плохо кончится и что он придёт ко мне в "
        "комнату",
    "Я відмовився від додаткових змін, менеджер сказав, що для мене це погано скінчиться і що він прийде до "
        "моєї кімнати",
    "Dije que no a los turnos extra y el encargado me dijo que eso iba a terminar mal para mí y que vendría "
        "a mi cuarto",
    "Am refuzat turele în plus și șeful mi-a zis că o să se termine urât pentru mine și că vine în camera "
        "mea",
    "Em từ chối tăng ca, quản lý nói chuyện này sẽ kết thúc tệ cho em và hắn sẽ đến phòng em",
]
# Its calm side: a series that ends badly, friends invited over.
SERIES_ENDS_BADLY = [
    "the series ends badly, come to my room later and we can watch it",
    "ten serial dla mnie skończy się nudno, przyjdź do mnie wieczorem",
    "la serie termina mal para mí, ven a mi cuarto y la vemos, vendrá también Ana",
    "serialul se termină urât pentru mine, vino diseară, vine și Ana",
]


@pytest.mark.parametrize(("text", "levels"), cases(threat=(END_BADLY_COME_TO_ROOM, ESCALATED),
                                                   series=(SERIES_ENDS_BADLY, CALM)))
def test_end_badly_and_come_to_my_room(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A real case told after a what-if opening: the document named, then taken and not given back.
WHAT_IF_THEN_REAL = [
    "what if the owner took my passport? well he did, on Monday, and won't return it",
    "a co jeśli właściciel zabrał mi paszport? bo zabrał w poniedziałek i nie oddaje",
    "а что если хозяин забрал мой паспорт? он забрал его в понедельник и не отдаёт",
    "а що якщо власник забрав мій паспорт? він забрав його в понеділок і не віддає",
    "¿y si el dueño me quitó el pasaporte? me lo quitó el lunes y no me lo devuelve",
    "și dacă patronul mi-a luat pașaportul? mi l-a luat luni și nu mi-l dă înapoi",
    "nếu chủ lấy hộ chiếu của em thì sao? chủ lấy luôn từ thứ hai, không trả lại",
]
# Its calm side: the pure what-if.
WHAT_IF_ONLY = [
    "what if the owner takes my passport when I get there? is that legal?",
    "a co jeśli właściciel zabierze mi paszport na miejscu? czy to legalne?",
    "а что если хозяин заберёт паспорт, когда я приеду? это законно?",
]


@pytest.mark.parametrize(("text", "levels"), cases(real=(WHAT_IF_THEN_REAL, ESCALATED),
                                                   only=(WHAT_IF_ONLY, CALM)))
def test_real_case_after_a_what_if(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm messages that read high or critical: a self-employed user's unpaid invoice, a cut at home with no need
# for an ambulance, friends sharing a tent at a festival, a landlord who does not keep passports.
CALM_LOOKALIKES = [
    "my client has not paid my invoice for two months, I'm a freelancer, can I charge interest?",
    "klient nie zapłacił mojej faktury od dwóch miesięcy, jestem samozatrudniona, czy mogę naliczyć odsetki?",
    "клиент два месяца не платит мой счёт, я самозанятый, можно начислить пени?",
    "клієнт два місяці не платить мій рахунок, я самозайнятий, чи можна нарахувати пеню?",
    "un cliente no me ha pagado mi factura hace dos meses, soy autónomo, ¿puedo cobrar intereses?",
    "un client nu mi-a plătit factura mea de două luni, am PFA, pot cere penalități?",
    "khách hàng hai tháng chưa trả hóa đơn của em, em làm tự do, có đòi lãi được không?",
    "my daughter cut her finger on a knife, bleeding a little, no need for an ambulance, how do I clean it?",
    "syn skaleczył się nożem w palec, trochę krwawi, nie trzeba karetki, czym to przemyć?",
    "сын порезал палец ножом, немного идёт кровь, скорая не нужна, чем обработать?",
    "син порізав палець ножем, трохи йде кров, швидка не потрібна, чим обробити?",
    "mi hijo se cortó el dedo con un cuchillo, sangra un poco, no hace falta ambulancia, ¿con qué lo limpio?",
    "fiul meu s-a tăiat la deget cu cuțitul, sângerează puțin, nu e nevoie de ambulanță, cu ce dezinfectez?",
    "con em bị đứt tay do dao, chảy máu chút, không cần gọi cấp cứu, rửa bằng gì ạ?",
    "three of us friends share one tent at the festival this weekend, any tips?",
    "we trójkę dzielimy jeden namiot na festiwalu, jakieś rady?",
    "I rent out flats; I don't and I won't keep tenants' passports, is a copy enough?",
]
# Their risky twins: pay withheld under a self-employed label; a worker bleeding and no ambulance allowed.
LOOKALIKES_TOLD = [
    "I am self-employed on paper but the boss hasn't paid me for three months and keeps my passport",
    "he cut himself at work, bleeding a lot, the boss says no need for an ambulance",
    "the boss hit him, he is bleeding, the boss says no ambulance needed",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(CALM_LOOKALIKES, CALM),
                                                   told=(LOOKALIKES_TOLD, ESCALATED)))
def test_calm_lookalikes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses with the net. An online job paid the first week, then nothing for months.
PAID_FIRST_WEEK_ONLY = [
    "last year my brother did online data entry for a firm, they promised 1500 a month, paid the first week "
        "and then nothing for 2 months, then the site was gone",
    "W zeszłym roku brat pracował zdalnie przy wpisywaniu danych, obiecali 3 tysiące. Zapłacili za pierwszy "
        "tydzień, a potem przez 2 miesiące nic, aż strona zniknęła.",
    "В прошлом году брат работал удалённо, вводил данные, обещали 900 в месяц. Заплатили за первую неделю, "
        "потом 2 месяца ничего, а потом сайт пропал.",
    "Минулого року брат працював онлайн, вводив дані, обіцяли 900 на місяць. Заплатили за перший тиждень, "
        "потім 2 місяці нічого, а потім сайт зник.",
    "El año pasado mi hermano trabajó en línea digitando datos, le prometieron 700 al mes. Le pagaron la "
        "primera semana y luego 2 meses nada, y la página desapareció.",
    "Anul trecut fratele meu a lucrat online la introducere de date, i-au promis 900 pe lună. I-au plătit "
        "prima săptămână, apoi 2 luni nimic, și site-ul a dispărut.",
    "Năm ngoái anh em làm nhập liệu online, hứa 900 một tháng. Trả tuần đầu rồi 2 tháng không trả gì, sau đó "
        "trang web biến mất.",
]
# Its calm side: a course paid for the first week, nothing else needed.
PAID_FIRST_WEEK_CALM = [
    "we paid for the first week of the language course, then nothing else is needed",
    "Zapłaciliśmy za pierwszy tydzień kursu, potem nic więcej nie trzeba",
]


@pytest.mark.parametrize(("text", "levels"), cases(unpaid=(PAID_FIRST_WEEK_ONLY, ESCALATED),
                                                   course=(PAID_FIRST_WEEK_CALM, CALM)))
def test_paid_the_first_week_then_nothing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A permit fee paid, no permit, and "keep quiet or we call the police, you are illegal": a threat.
KEEP_QUIET_OR_POLICE = [
    "I paid the agency 2000 for a work permit, 5 months later still no permit, when I ask they tell me to "
        "keep quiet or they call the police and say I'm illegal",
    "Zapłaciłem agencji 2000 za zezwolenie na pracę, minęło 5 miesięcy, zezwolenia nie ma, jak pytam, mówią "
        "żebym siedział cicho, bo inaczej zadzwonią na policję, że jestem nielegalnie",
    "Заплатил агентству 2000 за разрешение на работу, прошло 5 месяцев, разрешения нет, когда спрашиваю, "
        "говорят молчать или позвонят в полицию, что я нелегал",
    "Заплатив агенції 2000 за дозвіл на роботу, минуло 5 місяців, дозволу нема, коли питаю, кажуть мовчати "
        "або подзвонять в поліцію, що я нелегал",
    "Le pagué a la agencia 2000 por el permiso, van 5 meses sin permiso, cuando pregunto me dicen que me "
        "quede callado o llaman a la policía para decir que estoy ilegal",
    "Am plătit agenției 2000 pentru permisul de muncă, au trecut 5 luni, permis nu e, când întreb îmi zic să "
        "tac sau sună la poliție că sunt ilegal",
    "Em đưa môi giới 2000 để làm giấy phép lao động, 5 tháng rồi chưa có, hỏi thì họ bảo im lặng không thì "
        "báo cảnh sát em ở bất hợp pháp",
]
# Its calm side: a neighbour and a loud party.
KEEP_QUIET_NEIGHBOUR = [
    "my neighbour told me to keep quiet or he calls the police, we had a party",
    "hàng xóm bảo em im lặng không thì báo cảnh sát, tụi em mở nhạc to quá",
]


@pytest.mark.parametrize(("text", "levels"), cases(threat=(KEEP_QUIET_OR_POLICE, ESCALATED),
                                                   party=(KEEP_QUIET_NEIGHBOUR, CALM)))
def test_keep_quiet_or_the_police_hear_you_are_illegal(rules: Analyzer, text: str,
                                                       levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Papers for the residence card signed only if she sleeps with him: sexual exploitation.
PAPERS_FOR_SEX = [
    "the foreman told my friend he will extend her contract and sign the papers for her residence card only "
        "if she sleeps with him",
    "brygadzista powiedział koleżance, że przedłuży jej umowę i podpisze papiery do karty pobytu tylko jeśli "
        "się z nim prześpi",
    "бригадир сказал подруге, что продлит ей договор и подпишет документы на вид на жительство, только если "
        "она с ним переспит",
    "бригадир сказав подрузі, що продовжить їй договір і підпише документи на посвідку, тільки якщо вона з "
        "ним переспить",
    "el capataz le dijo a mi amiga que le renueva el contrato y le firma los papeles de la residencia solo "
        "si se acuesta con él",
    "maistrul i-a zis unei colege ca ii semneaza actele pentru permis doar daca se culca cu el",
    "quản đốc nói với bạn em là sẽ gia hạn hợp đồng và ký giấy tờ thẻ cư trú cho bạn ấy chỉ khi bạn ấy ngủ "
        "với hắn",
]
# Its calm side: a grade only if one sleeps well.
SLEEP_WELL = [
    "the teacher said we only get a good grade if we sleep well before the exam",
]


@pytest.mark.parametrize(("text", "levels"), cases(exploited=(PAPERS_FOR_SEX, ESCALATED),
                                                   calm=(SLEEP_WELL, CALM)))
def test_papers_signed_only_for_sex(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm nights the net raised to critical: a cancelled train, a man who lost his job sleeping at a petrol
# station, a tour guide moving the group because of a flood. Told: the net raises nothing.
CALM_NIGHTS = [
    "where can I sleep tonight in Wroclaw? my train was cancelled",
    "gdzie mogę przenocować dziś w Poznaniu? odwołali mi pociąg",
    "где переночевать сегодня в Варшаве? поезд отменили",
    "де переночувати сьогодні у Кракові? потяг скасували",
    "a man has slept at our petrol station for three days, he lost his job, how can I help him?",
    "od trzech dni na naszej stacji benzynowej śpi mężczyzna, stracił pracę, jak mogę mu pomóc?",
    "un hombre duerme en nuestra gasolinera desde hace tres días, perdió su trabajo, ¿cómo puedo ayudarle?",
    "tonight the tour guide moves us to another hotel because of the flood",
    "diseară ghidul ne mută la alt hotel din cauza inundației",
]
# Their risky twins (the rules): a man at the petrol station whose boss took his passport; one hiding now.
NIGHTS_TOLD = [
    "a man sleeps at our petrol station, his boss took his passport and never paid him, how can I help him?",
    "a man is hiding at our petrol station now, he lost his job, his boss is outside and says he will kill "
        "him, how can I help him?",
]


@pytest.mark.parametrize("text", CALM_NIGHTS)
def test_calm_nights_are_told(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert rules.risk.told(text, language)
    check_level(analyzer, text, CALM)


@pytest.mark.parametrize("text", NIGHTS_TOLD)
def test_nights_told_stay_escalated(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# The passport in the manager's safe since a month, asked for and not given: retention (a hotel job).
SAFE_SINCE_MARCH = [
    "I clean rooms at a hotel, pay is fine. It has been in his safe since March and when I asked for it he "
        "said there's no need.",
    "Sprzątam w hotelu, płacą w terminie. Leży w jego sejfie od marca, a jak poprosiłam, powiedział, że nie "
        "trzeba.",
    "Убираю в отеле, платят вовремя. Лежит в его сейфе с марта, когда я попросила, сказал, что не нужно.",
    "Прибираю в готелі, платять вчасно. Лежить у його сейфі з березня, коли я попросила, сказав, що не "
        "треба.",
    "Limpio en un hotel, pagan a tiempo. Está en su caja fuerte desde marzo y cuando se lo pedí dijo que no "
        "hacía falta.",
    "Fac curat la un hotel, plătesc la timp. Stă în seiful lui din martie și când i l-am cerut a zis că nu e "
        "nevoie.",
    "Em dọn phòng khách sạn, lương đúng hạn. Cất trong két sắt từ tháng 3, em xin lại thì bảo không cần.",
]
# Its calm side: one's own things in the hotel safe, asked for and given.
SAFE_OWN_THINGS = [
    "my jewellery has been in the hotel safe since March, I asked for it today and got it at once",
    "Moja biżuteria leży w sejfie hotelowym od marca, poprosiłam o nią dziś i od razu dostałam",
    "mis joyas están en la caja fuerte del hotel desde marzo, las pedí hoy y me las dieron",
    "trang sức cất trong két sắt từ tháng 3, em xin lại thì nhận ngay",
]


@pytest.mark.parametrize(("text", "levels"), cases(held=(SAFE_SINCE_MARCH, ESCALATED),
                                                   own=(SAFE_OWN_THINGS, CALM)))
def test_passport_in_the_managers_safe_since_a_month(rules: Analyzer, text: str,
                                                     levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
