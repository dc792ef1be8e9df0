"""Splits BQ and BR's classes (thirty-fifth round), written as meanings in new words, not BQ-BR's sentences.

Critical recall: blows heard now from a locked place is danger now; its twin, the blows of a hammer next
door, stays calm. Someone here now demanding to take away a person he hits or whose passport he keeps is
danger now; its twin, a father at the school asking to take his daughter home, stays calm. Someone "done" on
a bridge in a situation is danger now; its twin, done with the traffic on a bridge, stays calm. A child in a
situation watched now by the one who holds him is danger now; its twin, a parent watching a son's football,
stays calm. "You won't walk again" with someone coming tonight is danger now; its twin, a grandfather who
will not walk after a stroke, stays calm. Locked in since the morning with no water, and a pupil of 15 held
and told to be "nice to the guests" tonight, are danger now.
False escalations: a hospital ward locked with visiting hours, "it scared me" after a documentary, a visa or a
passport asked about "if he has" a residence card stay calm; their twins (locked in a barrack by the boss, the
foreman scared me, the boss has my passport) stay escalated. The owners' children helping a few hours in a
family bakery stay calm, with the net too (vi "đóng gói", packing, is no fee); so does a worker's own account
of a lawful job, paid every Friday and home for the holidays; its twin, with a passport kept, stays high. es
"violando la ley", es "tiene que pagar" and vi "bán hàng ở chợ" stay calm; raped, a passport kept and sold to
clients stay high.
Escalation misses: a minor at a job (a counter, a car wash) till midnight or through the night is a child at
work; its twin, a girl of 15 up till midnight on her phone, stays calm. Paid only the first month, the rest
at the end of the season, is escalated; a bonus at the end of a fully paid season stays calm.
Gold high read critical: ro "nu e în pericol acum" and vi "cho khỏi bỏ trốn" are no danger now; their twins
(in danger now with a cry for help, running now and chased) stay critical.
Older gaps: a copy given and the original passport kept, pay below the contract asked "is that normal?" are
escalated; a threat "one day if I talk" is high, not danger now; a debt paid down is calm. Their twins (the
original kept by the user, a question whether they could pay less, a threat with the man at the door, a debt
that grew) hold.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# Blows heard now; a hammer is a noise.
BLOWS = [
    "right now i can hear blows from the barn where the workers sleep, the door is padlocked",
    "teraz słychać uderzenia z baraku, drzwi zamknięte na kłódkę od zewnątrz",
    "сейчас из вагончика слышно удары и крики, дверь заперта снаружи",
    "зараз з бараку чути удари, двері замкнені ззовні",
    "ahora se escuchan golpes en la bodega de atrás, tiene candado",
    "acum se aud lovituri din baraca, ușa e încuiată pe dinafară",
    "giờ em nghe tiếng đánh trong kho, cửa bị khóa ngoài",
]
BLOWS_CALM = [
    "acum aud lovituri de ciocan la vecini, renovează",
    "сейчас слышу удары молотка у соседей",
    "right now i hear blows of a hammer next door, they renovate",
]
# Eighth-session review: a hammer someone is hit with is a weapon, not a noise.
BLOWS_WEAPON = [
    "i can hear him hitting her with a hammer right now in the next room, she is screaming",
    "teraz słyszę, jak bije ją młotkiem w pokoju obok, ona krzyczy",
    "ahora se escuchan golpes en el cuarto, le está pegando con un martillo y ella grita",
    "сейчас слышу, как он бьёт её молотком в соседней комнате, она кричит",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(BLOWS, DANGER), calm=(BLOWS_CALM, CALM), weapon=(BLOWS_WEAPON, DANGER),
))
def test_blows_heard_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Here now demanding to take her away, after violence or a kept passport.
DEMAND = [
    "the man who keeps her passport hit her and is downstairs now demanding to take her home",
    "on ma jej paszport i ją bije, teraz stoi przed izbą i żąda żeby ją wypisać",
    "он держит её паспорт и бьёт её, сейчас стоит в коридоре и требует её забрать",
    "el patrón le quitó el pasaporte y la golpea, ahora está en la puerta exigiendo llevársela",
]
DEMAND_CALM = [
    "my dad is at the school now demanding to take my sister home early",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(DEMAND, DANGER), calm=(DEMAND_CALM, CALM),
))
def test_demanding_to_take_her(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "Done" on a bridge in a situation; a child watched now by the one who holds him.
@pytest.mark.parametrize(("text", "levels"), [
    ("my cousin is on the bridge now and hes done, the boss keeps his passport, he owes 5000", DANGER),
    ("kolega stoi na moście i ma dość, szef trzyma jego paszport", DANGER),
    ("stuck on the bridge in traffic for an hour, im done", CALM),
    ("im 14, he makes me beg at the market and hits me, right now he is across the road watching me", DANGER),
    ("mam 14 lat, każe mi żebrać i mnie bije, teraz stoi po drugiej stronie i patrzy na mnie", DANGER),
    ("my son is 14, he plays football, right now im watching him from the bench", CALM),
])
def test_done_on_a_bridge_and_a_child_watched(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "You won't walk again" and someone coming tonight.
WALK = [
    "the foreman called, they are coming to my room tonight and i wont walk again",
    "brygadzista dzwonił, dziś w nocy przyjadą do mnie i już nie będę chodził",
    "бригадир звонил, сегодня ночью приедут ко мне и ходить я больше не буду",
    "бригадир дзвонив, сьогодні вночі приїдуть до мене і більше не будеш ходити",
    "el capataz llamó, esta noche vienen a mi cuarto y dijo que no vas a volver a caminar",
    "șeful a sunat, la noapte vin la cazare și n-o să mai merg pe picioarele mele",
    "tổ trưởng gọi bảo tối nay sẽ đến phòng em, em sẽ không đi lại được nữa",
]
WALK_CALM = [
    "since the accident my grandpa will never walk again, we are saving for a wheelchair",
    "дедушка после инсульта ходить больше не будет, врач сказал",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(WALK, DANGER), calm=(WALK_CALM, CALM),
))
def test_wont_walk_again_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in since the morning with no water; a pupil held and told to be nice to the guests tonight.
@pytest.mark.parametrize("text", [
    "la encargada lo encerró en la bodega desde la mañana, no tiene agua",
    "patronul l-a încuiat în hală de dimineață, n-are apă",
    "моя ученица, 15 лет, её не выпускают из квартиры, сегодня она должна быть приветливой с гостями",
    "моя учениця, 15 років, її не випускають, сьогодні вона має бути привітною з гостями",
    "una alumna mía de 15 está encerrada en un piso, esta noche tiene que ser amable con los invitados",
])
def test_locked_without_water_and_a_pupil_tonight(rules: Analyzer, text: str) -> None:
    check_level(rules, text, DANGER)


# False escalations: a locked ward, "it scared me" after a film, a visa "if she has" a card; twins stay.
CALM_BQBR = [
    "mama leży na oddziale kardiologii, teraz oddział zamknięty, wizyty od 15",
    "acum tata e internat în spital, ușa secției e încuiată noaptea",
    "we saw a documentary about forced labour yesterday and it scared me a lot",
    "does my son need a visa if he has a polish residence card?",
    "¿necesita pasaporte nuevo si tiene la tarjeta de residencia?",
]
CALM_BQBR_TWIN = [
    "teraz szef zamknął nas w baraku na klucz",
    # eighth-session review: a "ward" with no one in hospital and no visits can be where workers are locked
    "the boss locked us in the old hospital ward building, we cannot get out now and there is no water",
    "the foreman scared me, said he will call immigration on me",
    "el jefe tiene mi pasaporte en su oficina",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_BQBR, CALM), twin=(CALM_BQBR_TWIN, ESCALATED),
))
def test_calm_bqbr(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A minor at a job till midnight or through the night is a child at work; a few hours of light help in the
# owners' family business, or up till midnight on the phone, is not.
CHILD_NIGHTS = [
    "the boy from the flat below is 13, every evening hes behind the counter of the kebab shop till midnight",
    "córka sąsiadów ma 15 lat i co dzień stoi za ladą w budce do północy",
    "сыну соседки 15 лет, он работает на автомойке по ночам с 22 до 6",
    "племінниці 15 років, вона щодня стоїть за прилавком до опівночі",
    "mi sobrino tiene 15, trabaja en un lavadero de noche de 9 a 5",
    "vecina are 15 ani și lucrează la o spălătorie noaptea de la 22 la 6",
    "thằng bé 15 tuổi, đi rửa xe làm đêm từ 9 giờ tối",
]
CHILD_LIGHT = [
    "my daughter is 15 and stays up till midnight on tiktok",
    "w rodzinnej piekarni synowie właściciela (14 i 16 lat) pomagają w sobotę, może ze 3 godziny",
    "в семейной пекарне сыновья хозяина, 14 и 16 лет, по субботам помогают часа три",
    "tiệm bánh mì của một gia đình, con trai chủ tiệm 15 tuổi đóng gói bánh chừng 3 tiếng sáng thứ bảy",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    night=(CHILD_NIGHTS, ESCALATED), light=(CHILD_LIGHT, CALM),
))
def test_child_at_a_job_through_the_night(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_family_help_keeps_the_net_silent(analyzer: Analyzer) -> None:
    text = "в семейной пекарне сыновья хозяина, 14 и 16 лет, по субботам помогают часа три"
    assert analyzer.parse(text).risk.level in CALM


# A worker's own account of a lawful job (paid every Friday, home for the holidays) keeps the rules and the
# net calm; with a kept passport it stays high.
LAWFUL_ACCOUNT = [
    "a minibus takes the men next door to the farm at 6, one said they get paid every friday and go home "
    "for christmas",
    "sąsiad mówi że szef wozi ich do pracy bo nie ma autobusu, wypłata co piątek, na święta jadą do domu",
    "сосед говорит, шеф возит их на стройку, автобуса нет, зарплата каждую пятницу, на Новый год едут домой",
    "dice que el patrón los lleva al campo porque no hay bus, les pagan cada viernes y en navidad se van a "
    "su casa",
]
LAWFUL_ACCOUNT_TWIN = [
    "they pay every friday and we go home for christmas, but the boss keeps our passports in his safe",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(LAWFUL_ACCOUNT, CALM), twin=(LAWFUL_ACCOUNT_TWIN, ESCALATED),
))
def test_lawful_account_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# Older gaps, with their twins: a copy given and the original kept; pay below the contract asked "is this
# normal?"; a threat "one day if I go to the police"; a debt paid down.
@pytest.mark.parametrize(("text", "levels"), [
    ("нам раздали ксерокопии, а оригиналы паспортов оставили у прораба", ESCALATED),
    ("dostałem ksero, a oryginał dowodu zatrzymał kierownik", ESCALATED),
    ("ne-au dat copii, iar originalele pașapoartelor le-a păstrat patronul", ESCALATED),
    ("họ phát cho bọn em bản photo, bản gốc hộ chiếu chủ giữ hết", ESCALATED),
    ("mam ksero paszportu, oryginał mam przy sobie w domu", CALM),
    ("em có bản photo hộ chiếu, bản gốc em tự giữ ở nhà", CALM),
    ("my contract says 15 euro an hour but they pay me 9, is that normal?", ESCALATED),
    ("we agreed 20 an hour, could they pay me 8 instead?", CALM),
    ("the boss said he will kill me one day if i talk to the inspector", ("high",)),
    ("he will kill me, he is at the door now", DANGER),
    ("came with 3000 debt, now its 500 left", CALM),
    ("came with 900 debt and now its 1600", ESCALATED),
])
def test_older_gaps(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Words in other senses: es breaking a law, es "tiene que" (has to), vi selling goods at the market; their
# twins (raped, the boss has the passport, sold to clients) stay high.
@pytest.mark.parametrize(("text", "levels"), [
    ("¿estoy violando la ley si le alquilo el piso a 8 personas?", CALM),
    ("a mi prima le piden 900 dólares por la visa, tiene que pagar por adelantado, ¿es normal?", CALM),
    ("chị hàng xóm bán hàng ở chợ, nhờ em hỏi giúp về visa", CALM),
    ("el encargado me violó en la bodega", ESCALATED),
    ("el jefe tiene mi pasaporte y mi visa", ESCALATED),
    ("ông chủ bán em cho khách", ESCALATED),
])
def test_words_in_other_senses(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Paid only the first month, the rest at the end of the season; a bonus at the end of a fully paid season is
# calm. ro "nu e în pericol acum" (not in danger now) and vi "cho khỏi bỏ trốn" (so they don't run) are no
# danger now; in danger now with a cry for help, and running now with someone chasing, stay critical.
@pytest.mark.parametrize(("text", "levels"), [
    ("the farmer paid us only the first month, the rest at the end of the season", ESCALATED),
    ("szef zapłacił nam tylko za pierwszy miesiąc, resztę na koniec sezonu", ESCALATED),
    ("хозяин заплатил нам только за первый месяц, остальное в конце сезона", ESCALATED),
    ("patronul ne-a plătit doar prima lună, restul la sfârșitul sezonului", ESCALATED),
    ("chủ chỉ trả tháng đầu, còn lại cuối vụ mới trả", ESCALATED),
    ("they pay every month in full, plus a bonus at the end of the season", CALM),
    ("el jefe me descuenta la prima del sueldo", CALM),
])
def test_season_pay(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize(("text", "levels"), [
    ("e obosită, dar nu e în pericol acum", CALM),
    ("ea e în pericol acum, ajutor", DANGER),
    ("chủ giữ lương đến cuối vụ cho khỏi bỏ trốn", ("high",)),
    ("em vừa trốn ra được, họ đang đuổi theo em", DANGER),
])
def test_no_danger_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
