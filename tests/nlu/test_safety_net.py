"""The safety net written from split G's classes: danger now told as a situation is critical; a work
context with a coercion meaning, overwork told as clock times, pay below a promise, confinement without a
lock word, a beating used as a warning and a working child are high; their neutral look-alikes are not."""

from __future__ import annotations

import pytest

from nlu import Analyzer

CRITICAL = [
    "someone is following me from the farm, they are right behind me",
    "the boss is beating my friend right now in the yard",
    "oni stoja pod oknem i krzycza",
    "он сейчас бьет мою сестру",
    "vin dupa mine, sunt ranita",
    "ayudenme ya, el patron me esta golpeando",
    "họ đang đập cửa phòng em",
    "я втекла і ховаюся, вони мене шукають",
]

HIGH = [
    ("the agency never paid us for march", "wage_withholding"),
    ("they dont let us out of the hostel, the boss says no days off", "restriction_of_movement"),
    ("my sister is 16 and she works in a bar at night", "minor"),
    ("работаем с 6 утра до 11 вечера без выходных", "abusive_conditions"),
    ("muncim de la 6 dimineata la 9 seara", "abusive_conditions"),
    ("nos prometieron 1500 al mes y nos pagan 600", "wage_withholding"),
    ("obiecali 4000 a placa 2000", "deception"),
    ("patronul ne-a batut in fata tuturor", "threats"),
    ("con trai em 14 tuổi làm ca đêm ở xưởng", "minor"),
    ("szef nie placil i trzymal moj paszport", "document_retention"),  # "and" ends the negation's reach
]

CALM = [
    "the shop is open from 6am to 10pm",
    "we work 8 hours, from 7 to 3",
    "my brother is 15 and goes to school",
    "they promised 12 and paid 12",
    "the boss paid us on time",
    "someone knocked at my door, it was the postman",
    "my passport is in the hotel safe",
    "sunt la usa agentiei, vreau sa intreb de contract",
    "el mes que viene me voy a trabajar a irlanda, qué preparo",
    "em đang ở Wroclaw tìm việc",
    "brat splacil kredyt w banku w zeszlym roku",
    "I'm 17, can I work in Germany in summer?",
]


@pytest.mark.parametrize("text", CRITICAL)
def test_danger_now_as_a_situation_is_critical(analyzer: Analyzer, text: str) -> None:
    res = analyzer.parse(text)
    assert res.risk.level == "critical", res.risk
    assert res.intent == "emergency"


@pytest.mark.parametrize(("text", "indicator"), HIGH)
def test_work_context_with_coercion_is_high(analyzer: Analyzer, text: str, indicator: str) -> None:
    res = analyzer.parse(text)
    assert res.risk.level in ("high", "critical"), res.risk
    assert indicator in {i.id for i in res.risk.indicators}
    assert all(i.evidence in text for i in res.risk.indicators)


@pytest.mark.parametrize("text", CALM)
def test_look_alikes_are_not_escalated(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level in ("none", "low"), analyzer.parse(text).risk


@pytest.mark.parametrize("text", [
    "what if we work from 5am to 10pm?",
    "if they promised 12 and paid 4, what can i do?",
])
def test_number_rules_keep_the_scope_rules(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level in ("none", "low")
