"""Splits AK and AL's classes (nineteenth round), written as meanings in new words, not AK-AL's sentences.

False escalation: a past story settled by a conviction ("last year the farmer hit us and kept us in the
barn, but the court sentenced him"): a story, not a situation; its twin, the culprit convicted while someone
still holds the passports, stays escalated. Romanian "acum doi ani" (two years ago) is not
"now". The rules are tested alone (the statistical net off)."""

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


# Romanian "acum doi ani" is "two years ago", not "now"; "acum" alone stays "now".
@pytest.mark.parametrize(("text", "levels"), cases(
    ago=(["acum trei ani m-au închis în depozit, dar s-a rezolvat demult, mulțumesc"], BELOW_DANGER),
    now=(["acum m-au închis în depozit și nu pot ieși, ajutor"], DANGER),
))
def test_romanian_acum_ani_is_ago(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
