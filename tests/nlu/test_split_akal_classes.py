"""Splits AK and AL's classes (nineteenth round), written as meanings in new words, not AK-AL's sentences.

False escalation: a past story settled by a conviction ("last year the farmer hit us and kept us in the
barn, but the court sentenced him"): a story, not a situation; its twin, the culprit convicted while someone
still holds the passports, stays escalated. A recruiter who says he will keep the passport before departure
is a pre-departure red flag (low); its twin, a boss who has kept it since the arrival, stays escalated.
Romanian "acum doi ani" (two years ago) is not "now". Escalation recall: the boss locks the gate and keeps
the key (movement restricted); its twin, the same gate with a key for everyone, stays calm. The rules are
tested alone (the statistical net off)."""

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


# The boss locks the gate of the farm or the housing and keeps the key: movement restricted.
GATE_LOCKED_KEY_TAKEN = [
    "every evening the owner padlocks the gate of the yard and goes home with the key",
    "właściciel co wieczór zamyka bramę podwórza na kłódkę i zabiera klucz do domu",
    "хозяин каждый вечер закрывает ворота двора на замок и уносит ключ домой",
    "господар щовечора замикає ворота двору на замок і забирає ключ додому",
    "el dueño cada tarde cierra la verja del patio con candado y se va a casa con la llave",
    "patronul încuie poarta curții în fiecare seară și pleacă acasă cu cheia",
    "tối nào ông chủ cũng khóa cổng sân rồi mang chìa về nhà",
]

# The same gate, locked at night, with a key for everyone: free to leave.
GATE_LOCKED_KEYS_FOR_ALL = [
    "the yard gate is locked in the evening, but each of us has a key and goes out any time",
    "brama podwórza jest zamykana wieczorem, ale każdy z nas ma klucz i wychodzi kiedy chce",
    "ворота двора вечером закрывают, но у каждого из нас есть ключ и выходим когда хотим",
    "ворота двору ввечері зачиняють, але кожен з нас має ключ і виходить коли хоче",
    "la verja del patio se cierra por la tarde, pero cada uno tiene llave y salimos cuando queremos",
    "poarta curții se încuie seara, dar fiecare dintre noi are cheie și ieșim când vrem",
    "cổng sân khóa buổi tối nhưng ai cũng có chìa riêng, ra vào thoải mái",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    locked=(GATE_LOCKED_KEY_TAKEN, ESCALATED), free=(GATE_LOCKED_KEYS_FOR_ALL, CALM),
))
def test_gate_locked_and_key_taken(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
