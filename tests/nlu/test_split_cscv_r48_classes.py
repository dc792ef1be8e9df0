"""Splits CS, CT, CU and CV's classes (forty-eighth round, with the reviews' gaps), written as meanings in new
words, not the splits' sentences.

False escalations: a parent's thank-you after a false alarm that retells last week's fear ("turned out his
phone died, he has a proper contract and is fine, just wanted to say thanks") reads nothing and is told,
while "thank you, it turned out my son is not fine, the boss really keeps his passport" stays high.
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


@pytest.mark.parametrize("text", [*FALSE_ALARM_THANKS])
def test_told_calm_messages_stay_calm_with_the_net(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert rules.risk.told(text, language)
    check_level(analyzer, text, CALM)
