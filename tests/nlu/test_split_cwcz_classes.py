"""Splits CW, CX, CY and CZ's classes (forty-ninth round), written as meanings in new words, not the splits'
sentences.

False escalations: a passport taken for a moment (a check-in, a copy) and given back minutes later reads
nothing, while one taken "for a moment" and not given back, or given back and taken again, stays high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

# A passport taken for a moment at a desk and given back minutes later (or at once, with a copy).
GIVEN_BACK_SOON = [
    "Quick update: the guesthouse took my passport at the desk but gave it back after five minutes, the job "
        "is what they promised and the first wage came on time.",
    "Krótko: w pensjonacie wzięli mój paszport na recepcji, ale oddali po pięciu minutach, praca taka jak "
        "obiecali, pierwsza wypłata na czas.",
    "Коротко: в гостинице на стойке забрали паспорт, но отдали через пять минут, работа как обещали, первая "
        "зарплата пришла вовремя.",
    "Коротко: у гостьовому домі на стійці забрали паспорт, але віддали через п'ять хвилин, робота як "
        "обіцяли, перша зарплата прийшла вчасно.",
    "Rápido: en la pensión me quitaron el pasaporte en la entrada pero me lo devolvieron a los cinco "
        "minutos, el trabajo es lo prometido y el primer sueldo llegó a tiempo.",
    "Pe scurt: la pensiune mi-au luat pașaportul la recepție, dar mi l-au dat înapoi după cinci minute, "
        "munca e cum au promis și primul salariu a venit la timp.",
    "Nói nhanh: ở nhà nghỉ lễ tân giữ hộ chiếu của em nhưng năm phút sau trả lại, việc đúng như hứa, lương "
        "đầu tiên về đúng hạn.",
    "At the interview they took my passport into the back office, I panicked a bit, but they returned it "
        "with a photocopy a few minutes later. Is that normal?",
    "На собеседовании унесли мой паспорт в кабинет, я испугался, но через пару минут вернули с ксерокопией. "
        "Так нормально?",
]
# Its risky twins: taken "for a moment" and not given back, promised back and still kept, given back and
# taken again.
TAKEN_NOT_BACK = [
    "They took my passport at the desk 'for a moment' and never gave it back, that was three weeks ago.",
    "The manager took my passport for five minutes to copy it, he said, and he still has it, not me.",
    "They gave it back after ten minutes, but the next day the boss took my passport again and keeps it.",
    "Wzięli mój paszport na chwilę i nie oddali do dziś.",
    "Забрали паспорт на минутку и так и не отдали, он у начальника.",
    "Забрали паспорт на хвилинку і досі не віддали, він у бригадира.",
    "Me quitaron el pasaporte un momento y no me lo devolvieron, lo tiene el jefe.",
    "Mi-au luat pașaportul pentru un minut și nu mi l-au mai dat înapoi, îl ține șeful.",
    "Chủ lấy hộ chiếu của em nói chỉ một phút nhưng không trả lại, chủ vẫn giữ.",
]


@pytest.mark.parametrize(("text", "levels"), cases(back=(GIVEN_BACK_SOON, CALM),
                                                   kept=(TAKEN_NOT_BACK, ESCALATED)))
def test_passport_taken_for_a_moment_and_given_back(rules: Analyzer, text: str,
                                                    levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
