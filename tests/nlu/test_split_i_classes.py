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
    ('they pay us only 100 in cash, the rest at the end of the contract', 'wage_withholding'),
    ('agencja trzyma nasze wyplaty do konca umowy', 'wage_withholding'),
    ('оплату отдадут только в конце сезона, сейчас дают копейки', 'wage_withholding'),
    ('ne dau doar 100 cash, restul la sfarsitul sezonului', 'wage_withholding'),
    ('solo nos dan 100 en efectivo, el resto al final de la temporada', 'wage_withholding'),
    ('chủ nói cuối mùa mới trả lương, giờ chỉ đưa tiền ăn', 'wage_withholding'),
    ('the foreman threw him off the truck because he asked for his money', 'violence'),
    ('бригадир избил его за то что спросил про зарплату', 'violence'),
    ('el capataz lo golpeo porque pregunto por el pago', 'violence'),
    ('seful l-a batut pentru ca a intrebat de bani', 'violence'),
    ('ông chủ đánh anh ấy vì hỏi lương', 'violence'),
    ('the boss gives us our phones only on sunday for one hour', 'isolation'),
    ('szef zabral nam karty sim i wifi tylko w biurze', 'isolation'),
    ('нам дают телефоны только раз в неделю', 'isolation'),
    ('nos quitaron los chips y solo hay wifi en la oficina', 'isolation'),
    ('ne-au luat cartelele sim, avem internet doar o ora pe zi', 'isolation'),
    ('chủ lấy sim của tụi em, chỉ được dùng wifi 10 phút mỗi ngày', 'isolation'),
    ('they make us carry drugs across the border', 'forced_criminality'),
    ('każą nam wozić narkotyki', 'forced_criminality'),
    ('заставляют делать закладки', 'forced_criminality'),
    ('nos obligan a pasar droga', 'forced_criminality'),
    ('ne obliga sa livram droguri', 'forced_criminality'),
    ('họ bắt em vận chuyển ma túy', 'forced_criminality'),
    ('we water cannabis plants in a house all day', 'forced_criminality'),
    ('money from strangers comes into my account and they take it out', 'forced_criminality'),
    ('the boss says she must go with clients to hotels', 'sexual_exploitation'),
    ('musi byc mila dla klientow i robic wszystko czego chca', 'sexual_exploitation'),
    ('её заставляют сниматься на видео для сайта', 'sexual_exploitation'),
    ('la obligan a dar servicios especiales a los clientes', 'sexual_exploitation'),
    ('o obliga sa faca poze pentru site', 'sexual_exploitation'),
    ('họ bắt chị ấy quay video bán lên mạng', 'sexual_exploitation'),
    ('they promised restaurant work but we ended up in a car wash', 'deception'),
    ('obiecali prace w fabryce a wyladowalismy na budowie', 'deception'),
    ('обещали работу на заводе, а на деле мы на стройке', 'deception'),
    ('nos dijeron que era en una fabrica y terminamos en el campo', 'deception'),
    ('ne-au promis munca in fabrica dar am ajuns pe un santier', 'deception'),
    ('họ hứa làm nhà máy mà giờ em phải làm ở công trường', 'deception'),
    ('the agency still has our passports for the insurance', 'document_retention'),
    ('работодатель оставил у себя наши паспорта для регистрации', 'document_retention'),
    ('la agencia se quedo con los pasaportes por seguridad', 'document_retention'),
    ('công ty giữ luôn hộ chiếu của tụi em', 'document_retention'),
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
    'they are following me in a black car, i ran away from the farm, please help',
    'someone is trying to break in, im hiding in the wardrobe',
    "i got out through the window and they're chasing me now",
    'please come get me, im hiding at the bus stop, he is looking for me',
    'hes banging and kicking the door, send the police',
    'she passed out in the field and the boss says no doctor',
    'my brother is unconscious after falling off the roof and they wont take him to hospital',
    'ktos idzie za mna od dworca, uciekłam od szefa',
    'szef dobija sie do drzwi, zamknelam sie w pokoju, pomocy',
    'kolega spadl z rusztowania, krwawi, szef nie pozwala zadzwonic po karetke',
    'brygadzista nie chce wezwac karetki a kolega jest nieprzytomny',
    'за мной едет машина хозяина, я сбежала, спрячусь где-нибудь',
    'они ломятся в дверь, я закрылась в туалете',
    'подруга без сознания, а хозяйка запретила вызывать скорую',
    'вони ломляться в двері, я сховалась у ванній, допоможіть',
    'колега знепритомнів на полі, а бригадир не дає викликати швидку',
    'мене переслідують, я втекла з заводу, зараз на вокзалі',
    'me persiguen desde que me escapé, estoy en una tienda',
    'mi compañero se cayo del andamio y el capataz no quiere llamar a la ambulancia',
    'están forzando la puerta, estoy escondida en el baño',
    'ma urmareste o masina de cand am fugit, sunt la benzinarie',
    'sparg usa, m-am ascuns in baie, veniti repede',
    'colegul a cazut de pe schela si seful nu vrea sa cheme salvarea',
    'có xe đuổi theo em từ lúc em trốn ra, em đang núp ở chợ',
    'bạn em bị ngất ngoài ruộng mà chủ không cho gọi cấp cứu',
    'họ đang phá cửa phòng, em trốn trong tủ',
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
    'what if they follow me after i leave?',
    'co zrobic jesli ktos idzie za mna?',
    'the film was about a girl chased by a van',
    'мой муж едет за мной на машине, скоро буду дома',
    'my friend passed out at the party but she is fine now',
    'el resto lo ahorro para mi casa',
    'restul ii trimit acasa la mama',
    'em gửi phần còn lại về nhà cho mẹ',
    'we clean the hotel kitchen, the ad was right',
    'i opened a bank account for my salary',
    'am deschis cont la banca pentru salariu',
    'otworzylam konto w banku na wyplate',
    'my cousin sells cakes online from home',
    'the boss asked for a copy of my passport for insurance',
    'agencja chce paszport do ubezpieczenia',
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
