"""Splits Y and Z's classes (thirteenth round), written as meanings in new words, not Y-Z's sentences.

Danger now, told indirectly: despair with doubt about being alive tomorrow ("I don't think I'll be here
tomorrow"); a child in a car with a "model agency" man heading to the border; escaped and the pursuer
driving around the area, his car seen; someone kicked now, covered in blood, nobody allowed to call an
ambulance; hammering on the door with a threat to kill; someone beaten, then no contact since ("since then
his phone is off"); locked in from outside with no key, not knowing when they come back.
Not danger now: "I won't be here tomorrow" about a day off, a child driven to the border by a parent, a
car seen without an escape, unpaid wages and then a phone off, knocking on a door.
Escalation: grabbed by the neck or hair and slammed against a wall (violence, high, not danger now).
False escalations: a question about checking an agency, "I don't want to get scammed" (a worry, not an event);
a ticket borrowed from family and paid back from the first wage; "nobody took our passports, paid every
Friday with a receipt". Their dangerous twins stay escalated.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

NOT_TOMORROW = [
    "the debt to the boss keeps growing, i can't take it anymore. don't think i'll be alive tomorrow",
    "dług u szefa tylko rośnie, nie mam już siły. nie dożyję jutra",
    "долг хозяину только растёт, сил больше нет. не думаю что доживу до завтра",
    "борг хазяїну тільки росте, сил більше нема. до завтра не доживу",
    "la deuda con el patrón no para de crecer, ya no aguanto más. no creo llegar a mañana",
    "datoria la patron tot crește, nu mai pot. nu cred că mai apuc ziua de mâine",
    "nợ chủ cứ tăng mãi, em không chịu nổi nữa. chắc không sống được đến mai",
]

CHILD_TO_BORDER = [
    "my cousin is 14, she says right now she's in a car with a guy from a modelling agency heading to the "
    "border",
    "kuzynka ma 14 lat, właśnie jedzie samochodem z typem z agencji modelek w stronę granicy",
    "моей крестнице 14, только что едет в машине с мужиком из модельного агентства в сторону границы",
    "моїй хрещениці 14, щойно їде в машині з якимсь чоловіком з модельної агенції в бік кордону",
    "mi sobrina tiene 14, ahorita va en un carro con un tipo de una agencia de modelos rumbo a la frontera",
    "verișoara mea are 14 ani, chiar acum e în mașină cu un tip de la o agenție de modele spre graniță",
    "em họ tôi 14 tuổi, vừa lên xe với một ông bên công ty người mẫu đi về phía biên giới",
]

DRIVING_AROUND = [
    "i escaped from the flat at night, now in a shop, the boss's cousin is driving around the area, i saw "
    "his car",
    "uciekłem z budowy w nocy, szef jeździ po okolicy, widziałem jego auto pod sklepem",
    "я сбежал со стройки ночью, бригадир ездит по району, видел его машину у магазина",
    "я втік з ферми вночі, бригадир їздить по району, бачив його машину біля магазину",
    "me escapé del rancho anoche, el encargado anda dando vueltas, vi su carro en la tienda",
    "am fugit de la fermă azi-noapte, șeful umblă cu mașina prin zonă, am văzut mașina lui la magazin",
    "em bỏ trốn khỏi xưởng tối qua, ông chủ đi lòng vòng khắp nơi, em thấy xe của hắn ở chợ",
]

KICKED_BLEEDING = [
    "the foreman is kicking a guy from our crew behind the hall, he is covered in blood, nobody calls an "
    "ambulance",
    "szef bije chłopaka z naszej ekipy za halą, jest cały we krwi, nikt nie dzwoni po karetkę",
    "хозяин избивает парня из нашей бригады за цехом, он весь в крови, никто не вызывает скорую",
    "хазяїн б'є хлопця з нашої бригади за цехом, він весь у крові, ніхто не викликає швидку",
    "el patrón le está pegando a un muchacho de la cuadrilla, está lleno de sangre, nadie llama a la "
    "ambulancia",
    "patronul îl bate pe un băiat din echipă în spatele halei, e plin de sânge, nimeni nu cheamă salvarea",
    "ông chủ đang đạp anh cùng tổ sau xưởng, anh ấy đầy máu, không ai gọi cấp cứu",
]

DOOR_KILL = [
    "the landlord is drunk, pounding on my door and yelling he'll kill me",
    "хозяин пьяный колотит в дверь и кричит что убьет",
    "хазяїн п'яний гатить у двері і кричить що вб'є",
    "el dueño está borracho aporreando la puerta y grita que me va a matar",
]

LOST_CONTACT = [
    "my brother works on a farm in spain, on sunday he wrote the boss beat him and took him somewhere, "
    "since then his phone is off",
    "brat pracuje na farmie w Hiszpanii, w niedzielę napisał że szef go pobił, od tego czasu nie odbiera",
    "брат работает на ферме в Испании, в воскресенье написал что его избили, с тех пор не отвечает",
    "брат працює на фермі в Іспанії, в неділю написав що його побили, відтоді не відповідає",
    "mi hermano trabaja en un rancho, el domingo escribió que el patrón le pegó, desde entonces no contesta",
    "fratele meu lucrează la o fermă în Spania, duminică a scris că l-au bătut, de atunci nu mai răspunde",
    "em trai tôi làm ở trang trại bên Tây Ban Nha, chủ nhật nó nhắn là bị đánh, từ đó mất liên lạc",
]

LOCKED_NO_KEY = [
    "they locked us in the container from outside, we have no key, dont know when they will be back",
    "zamknęli nas w baraku od zewnątrz, nie mamy klucza, nie wiemy kiedy wrócą",
    "нас заперли в бараке снаружи, нет ключа, не знаем когда вернутся",
    "нас замкнули в бараку ззовні, немає ключа, не знаємо коли повернуться",
    "nos encerraron en la bodega por fuera, no tenemos llave, no sabemos cuándo vuelven",
    "ne-au încuiat în baracă din afară, nu avem cheie, nu știm când se întorc",
    "bọn em bị khóa trong kho từ bên ngoài, không có chìa, không biết bao giờ họ về",
]

# Look-alikes: below danger (the first ones calm, the last ones a situation without danger now).
NOT_DANGER = [
    "i can't take this heat anymore, i don't think i'll be here tomorrow, i have a day off",
    "my daughter is 14, right now she is in a car with her dad heading to the border for the holidays",
    "i saw his car at the shop yesterday, the new neighbour",
    "they didn't pay my brother for two months, since then his phone is off",
    "szef nie zapłacił bratu za dwa miesiące, od tego czasu nie odbiera",
    "нам не заплатили за два месяца, с тех пор не отвечает бригадир",
    "the courier is knocking on the door, I'll call you back",
    "we have no key to the storeroom, don't know when they will be back from lunch",
]

WORRY_LOAN_ALLCLEAR = [
    "how can i tell if this recruiter is real? i dont want to get cheated",
    "jak sprawdzić czy agencja jest legalna? nie chcę żeby mnie oszukali",
    "как проверить агентство? не хочу чтобы меня обманули",
    "як перевірити агенцію? не хочу щоб мене обманули",
    "cómo sé si la agencia es seria? no quiero que me estafen",
    "cum verific agenția? nu vreau să fiu înșelat",
    "làm sao biết công ty có thật không? em không muốn bị lừa",
    "i borrowed from my sister for the flight, i'll give it back from my first wage",
    "pożyczyłam od siostry na bilet, oddam z pierwszej wypłaty",
    "занял у брата на билет, отдам с первой зарплаты",
    "позичила в батьків на квиток, поверну з першої зарплати",
    "le pedí prestado a mi hermano para el boleto, se lo devuelvo con el primer sueldo",
    "em vay bố mẹ tiền vé, tháng lương đầu em trả lại",
    "nobody took our passports, paid every week with a receipt",
    "nie zabrali nam paszportów, płacili co piątek, pokój w porządku",
    "паспорта не забирали, платили каждую неделю, всё нормально",
    "no nos quitaron los pasaportes, pagaban cada semana con recibo",
]

GRABBED_SLAMMED = [
    "the owner of the car wash grabbed me by the throat and shoved me into the wall over a scratch",
    "szef na myjni chwycił mnie za gardło i rzucił mną o ścianę przez rysę",
    "хозяин мойки схватил меня за горло и швырнул об стену из-за царапины",
    "хазяїн мийки схопив мене за горло і жбурнув об стіну через подряпину",
    "el dueño del autolavado me jaló del pelo y me aventó contra la pared por un rayón",
    "patronul spălătoriei m-a apucat de gât și m-a trântit de perete pentru o zgârietură",
    "ông chủ tiệm rửa xe nắm tóc em rồi đập em vào tường vì một vết xước",
]

STILL_ESCALATED = [
    "they scammed me, the agency keeps my passport and pays nothing",
    "не хочу чтобы меня опять обманули, хозяин до сих пор держит паспорт",
    "my brother owes the boss 2000 for the ticket and has to work it off",
    "pagaban cada semana pero el patrón se quedó con mi pasaporte",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    not_tomorrow=(NOT_TOMORROW, DANGER), child_to_border=(CHILD_TO_BORDER, DANGER),
    driving_around=(DRIVING_AROUND, DANGER), kicked_bleeding=(KICKED_BLEEDING, DANGER),
    door_kill=(DOOR_KILL, DANGER), lost_contact=(LOST_CONTACT, DANGER), locked_no_key=(LOCKED_NO_KEY, DANGER),
    not_danger=(NOT_DANGER[:3], CALM), below_danger=(NOT_DANGER[3:], BELOW_DANGER),
    grabbed_slammed=(GRABBED_SLAMMED, ("high",)), worry_loan_allclear=(WORRY_LOAN_ALLCLEAR, CALM),
    still_escalated=(STILL_ESCALATED, ESCALATED),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
