"""Splits AK and AL's classes (nineteenth round), written as meanings in new words, not AK-AL's sentences.

False escalation: a past story settled by a conviction ("last year the farmer hit us and kept us in the
barn, but the court sentenced him"): a story, not a situation; its twin, the culprit convicted while someone
still holds the passports, stays escalated. A recruiter who says he will keep the passport before departure
is a pre-departure red flag (low); its twin, a boss who has kept it since the arrival, stays escalated. The
rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A past story settled by a conviction.
SETTLED_BY_CONVICTION = [
    "last year the farmer hit us and kept us in the barn, it's behind us, he was sentenced in "
    "march",
    "rok temu brygadzista pobił kolegę i zamykał nas w baraku, ale został skazany, teraz pytam tylko o "
    "zaległe pieniądze",
    "в прошлом году бригадир избил моего друга и запирал нас в бараке, но его осудили, я просто "
    "спрашиваю о компенсации",
    "торік бригадир побив мого друга і замикав нас у бараці, але його засудили, я тільки питаю про "
    "компенсацію",
    "el año pasado el capataz le pegó a mi amigo y nos encerraba en la nave, pero lo condenaron, solo "
    "pregunto por la indemnización",
    "anul trecut șeful de echipă l-a bătut pe prietenul meu și ne încuia în baracă, dar a fost condamnat, "
    "întreb doar de despăgubire",
    "năm ngoái cai đánh bạn em và nhốt bọn em trong lán, nhưng hắn bị kết án rồi, em chỉ hỏi về tiền bồi "
    "thường",
]

# Convicted, but the passports are still held now.
CONVICTED_BUT_STILL_HELD = [
    "the farmer was convicted last year. his son still keeps our passports in the office",
    "szef został skazany w zeszłym roku. jego syn dalej trzyma nasze paszporty w biurze",
    "шефа осудили в прошлом году. его сын до сих пор держит наши паспорта в офисе",
    "шефа засудили торік. його син досі тримає наші паспорти в офісі",
    "el jefe fue condenado el año pasado. su hijo todavía tiene nuestros pasaportes en la oficina",
    "șeful a fost condamnat anul trecut. fiul lui încă ne ține pașapoartele în birou",
    "ông chủ bị kết án rồi. con trai ông ấy vẫn giữ hộ chiếu của bọn em ở văn phòng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    settled=(SETTLED_BY_CONVICTION, CALM), held=(CONVICTED_BUT_STILL_HELD, ESCALATED),
))
def test_settled_by_conviction_is_a_story(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A recruiter who will keep the passport before departure: a pre-departure red flag (low).
PASSPORT_BEFORE_DEPARTURE = [
    "the agent says he will hold my passport before departure, to arrange the work permit",
    "pośrednik mówi, że przed wyjazdem weźmie mój paszport do załatwienia pozwolenia",
    "посредник говорит, что перед отъездом возьмёт мой паспорт для оформления разрешения",
    "посередник каже, що перед виїздом візьме мій паспорт для оформлення дозволу",
    "el intermediario dice que antes de viajar se queda con mi pasaporte para tramitar el permiso",
    "intermediarul zice că înainte de plecare îmi ia pașaportul pentru permisul de muncă",
    "người môi giới bảo trước khi xuất cảnh sẽ giữ hộ chiếu của em để làm giấy phép",
]

# A boss who has kept the passport since the arrival: held now.
PASSPORT_KEPT_SINCE_ARRIVAL = [
    "since we arrived the boss keeps my passport in his safe and won't give it back",
    "od przyjazdu szef trzyma mój paszport w sejfie i nie chce oddać",
    "с приезда начальник держит мой паспорт в сейфе и не отдаёт",
    "з приїзду начальник тримає мій паспорт у сейфі і не віддає",
    "desde que llegamos el jefe tiene mi pasaporte en su caja fuerte y no me lo devuelve",
    "de când am ajuns șeful îmi ține pașaportul în seif și nu mi-l dă înapoi",
    "từ lúc sang đây ông chủ giữ hộ chiếu của em trong két và không trả lại",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    pre=(PASSPORT_BEFORE_DEPARTURE, CALM), held=(PASSPORT_KEPT_SINCE_ARRIVAL, ESCALATED),
))
def test_passport_before_departure_is_low(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Romanian "acum doi ani" is "two years ago", not "now"; "acum" alone stays "now".
@pytest.mark.parametrize(("text", "levels"), cases(
    ago=(["acum trei ani m-au închis în depozit, dar s-a rezolvat demult, mulțumesc"], BELOW_DANGER),
    now=(["acum m-au închis în depozit și nu pot ieși, ajutor"], DANGER),
))
def test_romanian_acum_ani_is_ago(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
