"""A frame found by the lead after DQ-DT's first run (the fourteenth session), in new words.

A passport taken "for the journey" is a pre-departure flag (level low), unless the taking is told as still
held: since the fortieth round a "won't give it back" in the taking's own sentence said so; now one in a later
sentence does too ("my boyfriend took my passport before the trip ... we're in Germany now and he won't give
it back"), with es "no me lo quiere devolver" and ro "nu vrea să mi-l dea" added. A minor with a held
passport is high. The rules are tested alone."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

HELD_AFTER_THE_TRIP = [
    "My boyfriend took my passport before the trip, he said he'd handle it. We're in Germany now, I'm 16, "
        "and he won't give it back.",
    "Chłopak wziął mój paszport przed podróżą. Jesteśmy już w Niemczech, mam 16 lat, a on nie chce oddać.",
    "Mi novio agarró mi pasaporte antes del viaje. Ya estamos en Alemania, tengo 16 y no me lo quiere "
        "devolver.",
    "Prietenul meu mi-a luat pașaportul înainte de drum. Suntem deja în Germania, am 16 ani și nu vrea să "
        "mi-l dea.",
]
FOR_THE_JOURNEY = [
    "the driver keeps everyone's passports for the journey, we get them back at the border",
    "El chofer guarda los pasaportes para el viaje, nos los devuelve en la frontera.",
]


@pytest.mark.parametrize(("text", "levels"), cases(held=(HELD_AFTER_THE_TRIP, ESCALATED),
                                                   journey=(FOR_THE_JOURNEY, CALM)))
def test_passport_taken_for_the_trip_and_held(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
