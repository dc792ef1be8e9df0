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
        "pașapoarte luate și uși încuiate. Până la urmă și-a pierdut telefonul, are contract normal și "
        "totul e bine. Voiam doar să vă mulțumesc că m-ați liniștit.",
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
        "English, I "
        "paid them nothing, they only took a copy of my ID. Anything else I should check before I leave?",
    "W maju jadę do Holandii do pakowania kwiatów, agencja ma licencję, sprawdziłam w rejestrze. Umowa "
        "podpisana po polsku, nic nie płaciłam, mają tylko kopię mojego paszportu. Co jeszcze sprawdzić "
        "przed "
        "wyjazdem?",
    "В мае еду в Нидерланды упаковывать цветы, у агентства есть лицензия, я проверила. Договор подписан, я "
        "никому ничего не платила, у них только копия паспорта. Что ещё проверить перед отъездом?",
    "У травні їду до Нідерландів пакувати квіти, агенція має ліцензію, я перевірила. Договір підписаний, я "
        "нікому нічого не платила, у них лише копія паспорта. Що ще перевірити перед виїздом?",
    "En mayo nos vamos a Holanda a empacar flores, la agencia tiene licencia y lo comprobamos, contratos "
        "firmados, no pagamos nada a nadie y los pasaportes se quedan con nosotros. ¿Qué más revisar "
        "antes de "
        "irnos?",
    "În mai plecăm în Olanda la ambalat flori, agenția are licență, am verificat. Contractele sunt semnate, "
        "n-am plătit nimic nimănui și pașapoartele rămân la noi. Ce altceva să verificăm înainte de plecare?",
    "Tháng 5 tụi em sang Hà Lan đóng gói hoa, công ty có giấy phép, em đã kiểm tra, hợp đồng ký rồi, không "
        "trả phí cho ai, hộ chiếu tự giữ, sợ bị lừa đảo nên làm từng bước. Còn gì cần làm trước khi đi "
        "không ạ?",
]
# Its risky twins: a licensed agency, and now the boss keeps the passport and does not pay.
LICENSED_BUT_HELD = [
    "I went through a registered agency, but now the boss keeps my passport and hasn't paid me for two "
        "months. "
        "What should I do before I leave?",
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
