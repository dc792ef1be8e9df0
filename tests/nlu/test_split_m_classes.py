"""Split M's classes (eighth round), written as meanings in new words, not M's sentences.

Danger now: a child about to be taken (a minor, someone coming tonight or within the hour, the child
crying or refusing); hiding as a group from a weapon ("we shut ourselves in"); not wanting to be alive;
after an escape, a pursuer driving slowly past or searching; locked in with no way out and no water.
Not danger now: a coach picking a teenager up within the hour; a past story ("a year ago ... we locked
ourselves in").
Escalation: threats to the family at home with their addresses; pickpocketing ordered; made to keep
clients company and go to the rooms; paid only when the season is over; "the ad said" a higher pay.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

CRITICAL = [
    "the guy who found my 15 year old cousin a 'cleaning job' is coming tonight to take her to "
    "the coast, she begs us not to let her go",
    "człowiek który znalazł mojej 15-letniej siostrze 'pracę' przyjedzie dziś wieczorem ją "
    "zabrać nad morze, ona płacze",
    "мужик, который нашёл моей 15-летней сестре 'работу', приедет через полчаса забрать её в "
    "другой город, она плачет",
    "чоловік, що знайшов моїй 15-річній сестрі 'роботу', приїде за пів години забрати її в "
    "інше місто, вона плаче",
    "el señor que le 'consiguió chamba' a mi prima de 15 viene esta noche por ella para "
    "llevarla a la frontera, no quiere ir",
    "omul care i-a gasit 'de lucru' surorii mele de 15 ani vine diseara s-o ia in alt oras, ea plange",
    "ông kia 'xin việc' cho em gái 15 tuổi của em nửa tiếng nữa đến đón nó đi thành phố khác, nó khóc",
    "the manager is waving a gun around the warehouse screaming, we shut ourselves in the toilets",
    "szef biega z siekierą po hali, zamknęliśmy się w magazynie",
    "бригадир ходит с топором по цеху и орёт, мы заперлись в раздевалке",
    "el encargado anda con una pistola gritando, nos escondimos en el baño",
    "șeful umblă cu un pistol prin depozit, ne-am ascuns în baie",
    "ông chủ cầm dao đuổi mọi người, bọn em trốn vào nhà vệ sinh",
    "i cant take the beatings anymore, im standing on the bridge and i dont want to be alive",
    "не могу больше, стою на мосту, жить не хочу",
    "не можу більше, стою на мосту, жити не хочу",
    "ya no aguanto, estoy en el puente y no quiero estar viva",
    "nu mai pot, sunt pe pod si nu vreau sa mai traiesc",
    "i ran away from the farm an hour ago, now behind a petrol station, their van drives "
    "slowly past again and again",
    "uciekłam z farmy w nocy, siedzę za stacją, ich bus przejeżdża powoli",
    "сбежал со стройки, сижу в гараже у дороги, машина бригадира проезжает медленно уже второй раз",
    "втік з будови, сиджу в гаражі, мене шукають",
    "me escapé del rancho, estoy detrás de una gasolinera, la camioneta del capataz pasa despacio",
    "they locked the five of us in the basement since yesterday, cant get out, no food, battery almost dead",
]

NOT_CRITICAL = [
    "moja 15-letnia córka jedzie na obóz, trener przyjedzie po nią za godzinę",
    "моей дочке 15 лет, тренер приедет за ней через час на соревнования",
    "mi hija de 15 va a un campamento, el profe viene por ella en una hora",
    "fiica mea de 15 ani merge in tabara, antrenorul vine peste o ora s-o ia",
    "rok temu szef biegał z siekierą, zamknęliśmy się w magazynie, teraz pracuję gdzie indziej",
    "мій брат рік тому казав що жити не хоче, зараз усе добре",
]

HIGH = [
    "the shift boss tells us if anyone goes to the union his people will pay our families a "
    "visit, he knows the addresses",
    "brygadzista mówi, że jak ktoś pójdzie na policję, to jego ludzie odwiedzą nasze rodziny, zna adresy",
    "бригадир говорит, если кто пожалуется, его люди приедут к нашим семьям, адреса у него есть",
    "бригадир каже, якщо хтось поскаржиться, його люди приїдуть до наших родин, адреси він має",
    "el capataz dice que si alguien pone una denuncia, su gente va a visitar a nuestras "
    "familias, tiene las direcciones",
    "șeful zice că dacă reclamă cineva, oamenii lui vin la familiile noastre, are adresele",
    "the woman who brought us makes us lift wallets from handbags on the buses",
    "ten co nas przywiózł każe nam wyciągać portfele z kieszeni w autobusach",
    "нас заставляют вытаскивать кошельки у людей в метро",
    "chủ bắt bọn em đi móc ví ở chợ",
    "nos obligan a sacar carteras de las bolsas en el metro",
    "każą mi dotrzymywać towarzystwa gościom i chodzić z nimi do pokoi na górze",
    "nos obligan a acompañar a los clientes toda la noche",
    "the farmer says we get our wages when the season is over, so far nothing",
    "the advert said 14 an hour in a hotel, now im washing dishes getting 5",
    "el anuncio decía 1200 al mes en una oficina y me tienen limpiando baños por 400",
]

LOOKALIKES = [
    "my family visits me every month, they know my address, work is fine",
    "moja rodzina mnie odwiedzi w maju, mają mój adres, praca ok",
    "the ad said 12 an hour and i get 12, contract signed, all good",
    "the season is over and we got all our wages, thank you",
    "the bus comes in an hour to take us to the farm, is the agency legit?",
    "we packed boxes there last year, the manager had our addresses for the contract, all fine",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    critical=(CRITICAL, DANGER), not_critical=(NOT_CRITICAL, BELOW_DANGER),
    high=(HIGH, ESCALATED), lookalikes=(LOOKALIKES, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
