"""Split I's gap classes, written as meanings (new phrasings, not I's sentences): wages "saved for us"
until we go home or the season ends, being chased after escaping, a door kicked in while hiding, "send
someone", a collapse or fall with the ambulance refused, a push off the stairs, SIM cards taken, accounts
and loans in the user's name, sex work told as "extras" or videos online, one job promised and another
done, papers kept "for the registration". And the false alarms: savings or remittances sent home, a
husband coming to pick the user up, a workplace supervisor watching, the user's own phone lock,
carrying bags in a warehouse, questions and news about being followed, Vietnamese "có thể", "chiều"
and "Ba Lan"."""

from __future__ import annotations

import pytest

from nlu import Analyzer

HIGH = [
    ('the boss keeps our wages for us until the end of the season', 'wage_withholding'),
    ('they hold the rest of the money until we leave, he says its safer', 'wage_withholding'),
    ('the supervisor shoved him down the stairs for complaining', 'violence'),
    ('they took our sim cards on the first day', 'isolation'),
    ('they opened a bank account in my name and use it', 'forced_criminality'),
    ('the owner says the girls have to be nice to clients and do extras', 'sexual_exploitation'),
    ('he makes her do videos online for money', 'sexual_exploitation'),
    ('the ad said warehouse packing but we clean pig farms', 'deception'),
    ('the agency kept our passports for the registration, 3 weeks now', 'document_retention'),
    ('szef trzyma nasze pieniadze do konca sezonu, dostajemy tylko na jedzenie', 'wage_withholding'),
    ('szef zepchnal mnie ze schodow', 'violence'),
    ('kazali mi zalozyc konto na moje nazwisko', 'forced_criminality'),
    ('хозяин держит наши деньги до конца сезона, дает только на еду', 'wage_withholding'),
    ('заставили оформить кредит на меня', 'forced_criminality'),
    ('хозяин отобрал симки у всех', 'isolation'),
    ('зарплату тримають у себе до кінця сезону', 'wage_withholding'),
    ('el patron nos guarda el sueldo hasta el fin de temporada', 'wage_withholding'),
    ('me obligaron a abrir una cuenta a mi nombre', 'forced_criminality'),
    ('la obligan a hacer videos para internet', 'sexual_exploitation'),
    ('seful ne tine banii pana la sfarsitul sezonului', 'wage_withholding'),
    ('m-au obligat sa fac un credit pe numele meu', 'forced_criminality'),
    ('ông chủ giữ lương tới khi về nước', 'wage_withholding'),
]
CRITICAL = [
    'i escaped from the house an hour ago and two men are chasing me, im hiding behind a shop',
    'someone is kicking the door of the room, please send someone',
    'im locked in the bathroom and hes forcing the door, come get me',
    'my coworker fell from the scaffold and is bleeding, the foreman refuses to call an ambulance',
    'uciekłam z domu szefa, goni mnie jego brat, jestem teraz na dworcu',
    'wywazaja drzwi, schowalam sie w lazience, przyjedzcie',
    'я сбежал с стройки, за мной гонятся двое, я сейчас на вокзале',
    'выбивают дверь, я спряталась в ванной, приезжайте',
    'коллега упал с лесов, истекает кровью, а бригадир не хочет вызывать скорую',
    'втекла від хазяїна, за мною женуться, я зараз на зупинці',
    'me escape de la casa y me siguen dos hombres, estoy escondida en una tienda',
    'estan pateando la puerta, vengan rapido',
    'am fugit de la patron si ma urmaresc doi barbati, sunt acum in gara',
    'em trốn khỏi nhà chủ, có người đuổi theo em, giờ em đang ở bến xe',
    'họ đang đạp cửa, em trốn trong nhà vệ sinh, cứu em',
]
NOT_ESCALATED = [
    'i keep my savings until i go home',
    'i send the rest home to my mum every month',
    'my husband is coming to pick me up, he is waiting for me outside',
    'i locked my phone so my kids dont use it',
    'they told me the hotel job starts monday but we fly sunday',
    'we carry heavy bags all day in the warehouse, its tiring',
    'what should i do if someone follows me?',
    'a news story said a van followed a woman in spain',
    'muz jedzie po mnie, czeka na mnie przed sklepem',
    'муж едет за мной, ждет меня у магазина',
    'бригадир все время следит за нами на складе',
    'reszte wysylam do domu rodzinie',
    'остальное отправляю домой маме',
    'el resto se lo mando a mi familia',
    'bạn em 17 tuổi muốn làm thêm ở ba lan được không?',
    'chiều nay khách đông lắm',
    'họ có thể bắt làm bao nhiêu tiếng',
    'am pus parola la telefon',
]


@pytest.mark.parametrize(("text", "indicator"), HIGH)
def test_gap_classes_are_high(analyzer: Analyzer, text: str, indicator: str) -> None:
    res = analyzer.parse(text)
    assert indicator in {i.id for i in res.risk.indicators}, res.risk
    assert res.risk.level == "high", res.risk


@pytest.mark.parametrize("text", CRITICAL)
def test_danger_now_classes_are_critical(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level == "critical", analyzer.parse(text).risk


@pytest.mark.parametrize("text", NOT_ESCALATED)
def test_hard_negatives_are_not_escalated(analyzer: Analyzer, text: str) -> None:
    assert analyzer.parse(text).risk.level in ("none", "low"), analyzer.parse(text).risk
