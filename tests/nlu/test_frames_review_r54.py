"""Frames found by the lead's review of the fifty-fourth round (the fifteenth session), in new words.

- An all-clear turned by "only the boss ..." ("u mnie wszystko ok, tylko brygadzista ma nasze dowody"):
  "only" with an employer after it is a contrast, as round 42's "only that" is, so the document held
  after it stays high. Without the employer, "all fine, only ..." still reads calm.
- A rumour of documents taken told as "someone said", answered by the writer's own check ("I asked around,
  nobody's was taken"): round 52's rumour frame with the words it lacked (en "someone said", pl "ktoś mówił",
  "popytałem", es "alguien dijo", ro "cineva zicea", "nimănui nu i l-au luat"); a check that confirms it stays
  high.
- Words for documents the phrases lacked: Latin-American "cédulas" held; a residence card lying in the
  manager's safe; "the boss took it" after the document; pl "zaryglował" (bolted in).
The rules are tested alone."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

ONLY_THE_BOSS_AFTER_ALL_CLEAR = [
    "u mnie wszystko ok, pensja przychodzi, tylko brygadzista ma nasze dowody i nie oddaje",
    "all good here, the pay comes, only the foreman has our ids and won't give them back",
    "todo bien aquí, pagan a tiempo, solo el capataz tiene nuestros pasaportes y no los devuelve",
    "totul e bine, salariul vine, doar șeful ne ține pașapoartele și nu ni le dă",
]
ALL_CLEAR_ONLY = [
    "u mnie wszystko ok, pensja przychodzi, tylko trochę tęsknię za domem",
    "all good here, the pay comes on time, only the food is a bit boring",
]
RUMOUR_CHECKED = [
    "someone said our farm takes passports, i asked around, nobody's was taken, the boss only "
        "photocopied them",
    "ktoś mówił, że na naszej farmie zabierają paszporty, popytałem, nikomu nie zabrali, szef tylko "
        "zrobił ksero",
    "alguien dijo que en la granja quitan los pasaportes, pregunté y a nadie se lo quitaron, el jefe "
        "solo sacó "
        "copias",
    "cineva zicea că la ferma noastră iau pașapoartele, am întrebat, nimănui nu i l-au luat, șeful "
        "doar a făcut "
        "copii",
]
RUMOUR_CONFIRMED = [
    "someone said our farm takes passports, i asked around: it's true, mine was taken on the first "
        "day and he "
        "won't give it back",
    "alguien dijo que en la granja quitan los pasaportes. pregunté y es cierto, a mí me lo quitaron "
        "el primer día "
        "y no me lo devuelve",
]
DOCUMENT_WORDS = [
    "verificamos la agencia antes de ir, todo bien. pero desde julio el coordinador tiene nuestras "
        "cédulas y paga "
        "la mitad",
    "mój syn podpisał umowę, ma swoje dokumenty. tylko karta pobytu leży od marca w sejfie kierownika",
    "my passport is gone from my bag, the boss took it",
    "szef zaryglował nas w kontenerze na noc, rano znowu do roboty",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(ONLY_THE_BOSS_AFTER_ALL_CLEAR, ESCALATED), calm=(ALL_CLEAR_ONLY, CALM)))
def test_only_the_boss_turns_the_all_clear(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), cases(
    confirmed=(RUMOUR_CONFIRMED, ESCALATED), checked=(RUMOUR_CHECKED, CALM)))
def test_rumour_someone_said_answered_by_a_check(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", DOCUMENT_WORDS)
def test_document_words_the_phrases_lacked(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)
