"""Splits CC and CD's classes (fortieth round), written as meanings in new words, not CC-CD's sentences.

Critical recall: made to "entertain" or "please" the boss's friends tonight (a euphemism for sex), with the
phone taken or hiding now, is danger now; the same as a weekly habit, or with no hold or hiding told, is high.
es "ahorita" (right now) is now: a man who threatened to kill the user standing outside her room ahorita is
danger now.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Made to "entertain" the boss's friends tonight, the phone taken, hiding now.
ENTERTAIN = [
    "my cousin works at a packing shed, the manager took away her mobile and tonight he expects her to "
    "'please' his mates. she's hiding in the storeroom",
    "kuzynka pracuje w chłodni, kierownik zabrał jej komórkę i dziś wieczorem chce, żeby umilała czas jego "
    "kumplom. schowała się w magazynie",
    "двоюродная сестра на складе, начальник отобрал у неё мобильный и сегодня вечером хочет, чтобы она "
    "ублажала его приятелей. она спряталась в подсобке",
    "двоюрідна сестра на складі, начальник відібрав у неї мобільний і сьогодні ввечері хоче, щоб вона "
    "розважала його приятелів. вона сховалася в коморі",
    "mi prima trabaja en una empacadora, el encargado le quitó el teléfono y esta noche quiere que "
    "entretenga a sus compadres. se escondió en la bodega",
    "verișoara mea lucrează la un depozit, șeful i-a luat mobilul și diseară vrea să-i înveselească pe "
    "amicii lui. s-a ascuns în magazie",
    "em họ em làm ở kho lạnh, quản lý lấy điện thoại của nó, tối nay bắt nó chiều bạn của sếp. nó đang trốn "
    "trong kho",
]
# The twins: the same as a weekly habit, or tonight with no hold and no hiding: high, not danger.
ENTERTAIN_HIGH = [
    "every weekend the manager makes her entertain his mates, he keeps her phone all week",
    "tonight the manager expects her to please his mates, she told me on the phone",
    "co weekend kierownik każe jej zabawiać swoich kolegów, zawsze zabiera jej telefon",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(ENTERTAIN, DANGER), high=(ENTERTAIN_HIGH, ESCALATED),
))
def test_entertain_the_bosss_friends_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", ENTERTAIN_HIGH)
def test_entertain_as_a_habit_or_with_no_hold_is_not_danger(rules: Analyzer, text: str) -> None:
    check_level(rules, text, BELOW_DANGER)


# es "ahorita" (right now): threatened with death, the man outside the room now.
@pytest.mark.parametrize(("text", "levels"), cases(
    now=(["el capataz dijo que me mata si hablo con alguien. ahorita está afuera de mi cuarto pateando la "
          "puerta"], DANGER),
    calm=(["ahorita estoy en la chamba, todo bien, solo quería saber el horario de la línea"], CALM),
))
def test_es_ahorita_is_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
