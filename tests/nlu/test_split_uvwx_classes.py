"""Splits U, V, W and X's classes (twelfth round), written as meanings in new words, not U-X's sentences.

Danger now, told indirectly: a wish not to exist ("better if I wasn't here") with despair or "nobody would
notice"; a stranger coming to pick a child up today, hours left; a child who just got into a car with a
so-called boyfriend and is not coming back; a minder standing near and watching the user, with a deadline
within hours, in a forced-crime situation; someone lying on the ground bleeding after a beating, with an
ambulance refused or asked about; confinement written about secretly ("don't call back"), even with a
habit in another sentence.
Not danger now: a wish to be elsewhere during an inspection, a school bus picking a child up, a film with a
watcher, a fall with nobody to blame, "don't call back, I'm at work", an adult partner leaving.
False escalations: "N years ago" read as an age (minor); an unpaid season years ago told as settled
("he paid everything back later") or followed by "now I have my own business, all is well".
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

NOT_HERE = [
    "i can't take it anymore, the debt only grows. better if i wasnt around, nobody would care",
    "nie mam już siły, dług rośnie. lepiej gdyby mnie nie było, nikt by nawet nie zauważył",
    "сил больше нет, долг растёт. лучше бы меня не было, никто бы и не заметил",
    "сил більше нема, борг росте. краще б мене не було, ніхто б не помітив",
    "ya no puedo más con esta deuda, mejor si yo no estuviera, nadie me echaría de menos",
    "nu mai pot, datoria tot crește. mai bine să nu mai fiu, nimeni nu ar observa",
    "em không chịu nổi nữa, nợ cứ tăng. không còn trên đời thì tốt hơn, chẳng ai để ý",
]

PICKUP_TODAY = [
    "my niece is 14, some guy she met online is coming to pick her up today for a modelling job, 3 "
    "hours left",
    "siostrzenica ma 14 lat, jakiś typ z internetu dziś po nią przyjedzie na niby casting, zostały 3 godziny",
    "сестре 14, какой то мужик из интернета сегодня заедет за ней на кастинг, осталось 3 часа",
    "сестрі 14, якийсь чоловік з інтернету сьогодні приїде її забрати на кастинг, лишилось 3 години",
    "mi sobrina tiene 14 años, un tipo de internet hoy pasa a recogerla para un casting, quedan 3 horas",
    "nepoata mea are 14 ani, un tip de pe internet vine azi să o ia la un casting, mai sunt 3 ore",
    "cháu gái em 14 tuổi, một người đàn ông trên mạng chiều nay đến đón nó đi casting, còn 3 tiếng nữa",
]

SO_CALLED = [
    "my sister is 15, she just got in a car with her so-called boyfriend, she texted she won't come back",
    "siostra ma 15 lat, właśnie wsiadła do auta z tak zwanym chłopakiem, napisała że nie wróci",
    "сестре 15, только что села в машину с так называемым парнем, написала что не вернется",
    "сестрі 15, щойно сіла в машину з так званим хлопцем, написала що не повернеться",
    "mi hermana tiene 15, se acaba de subir a un carro con su supuesto novio, dice que no va a volver",
    "sora mea are 15 ani, tocmai s-a urcat în mașină cu așa-zis iubit, a scris că nu se mai întoarce",
    "em gái em 15 tuổi, vừa lên xe với người gọi là bạn trai, nhắn là không về nữa",
]

WATCHER = [
    "they made me carry a package of drugs through the airport, a guy is standing nearby watching "
    "me, boarding in an hour",
    "kazali mi przewieźć paczkę z narkotykami, facet stoi obok i mnie pilnuje, odlot za godzinę",
    "меня заставили везти пакет с наркотиками, мужик стоит неподалеку и следит за мной, посадка через час",
    "мене змусили везти пакунок з наркотиками, чоловік стоїть поруч і стежить за мною, посадка через годину",
    "me obligaron a llevar un paquete con droga, un tipo está cerca vigilándome, el vuelo sale en una hora",
    "m-au obligat să duc un pachet cu droguri, un tip stă aproape și mă urmărește, zborul e peste o oră",
    "họ bắt em mang gói ma túy qua sân bay, một người đứng gần theo dõi em, 1 tiếng nữa lên máy bay",
]

LYING_BLEEDING = [
    "the foreman beat a worker with a stick, he is lying on the floor, the boss won't let us call "
    "an ambulance",
    "majster pobił chłopaka kijem, leży na podłodze, nie pozwalają nam dzwonić po karetkę",
    "прораб избил парня палкой, он лежит на полу, не дают вызвать скорую",
    "бригадир побив хлопця палицею, він лежить на підлозі, не дають викликати швидку",
    "el capataz golpeó a un chico con un palo, está tirado en el suelo, no nos dejan llamar a la ambulancia",
    "șeful l-a bătut pe un băiat cu un băț, zace pe jos, nu ne lasă să chemăm salvarea",
    "quản đốc đánh một anh bằng gậy, anh ấy nằm trên sàn, họ không cho gọi cấp cứu",
]

DONT_CALL_BACK = [
    "they locked us in the flat and took our phones, every night we have to see clients. don't call "
    "back please",
    "zamknęli nas w mieszkaniu na klucz i zabrali telefony, co noc musimy chodzić do klientów. nie "
    "oddzwaniajcie",
    "нас заперли в квартире и забрали телефоны, каждую ночь водят к клиентам. не перезванивайте",
    "нас замкнули в квартирі і забрали телефони, щоночі водять до клієнтів. не передзвонюйте",
    "nos encerraron en el piso y nos quitaron los teléfonos, todas las noches nos llevan con "
    "clientes. no devuelvan la llamada",
    "ne-au închis în apartament și ne-au luat telefoanele, în fiecare noapte ne duc la clienți. nu "
    "sunați înapoi",
    "họ nhốt tụi em trong căn hộ và lấy điện thoại, đêm nào cũng bắt tiếp khách. đừng gọi lại nha",
]

NOT_DANGER = [
    "it would be better if i wasnt here during the inspection, can i take a day off?",
    "the school bus will pick her up at 7 today, she is 14, 2 hours left to pack",
    "in the film a man is standing near watching her at the airport, flight in an hour",
    "the dog is lying on the floor and not getting up, just tired after the walk, how do i call a vet",
    "don't call back, i'm at work, i'll write later",
    "my so-called boyfriend just got in the car and he's not coming back, good riddance",
    "autobus szkolny dziś po nią przyjedzie o 7, córka ma 14 lat, zostały 2 godziny",
    "школьный автобус сегодня заедет за ней в 7, дочке 14, осталось 2 часа",
    "nie oddzwaniajcie, jestem w pracy, napiszę później",
    "не перезванивайте, я на работе, напишу позже",
    "no devuelvan la llamada, estoy en el trabajo",
    "nu sunați înapoi, sunt la muncă",
    "đừng gọi lại, em đang làm việc",
]


CALM_LOOKALIKES = [
    "it would be better if i wasnt here during the inspection, can i take a day off?",
    "nie oddzwaniajcie, jestem w pracy, napiszę później",
    "đừng gọi lại, em đang làm việc",
]



PAST_SETTLED = [
    "12 years ago on a farm in spain they never paid us, now i have my own business and life is "
    "good, thanks for your work",
    "jakieś 12 lat temu na truskawkach nie zapłacili nam, dziś mam swoją firmę i wszystko jest "
    "dobrze, dziękuję",
    "12 лет назад на стройке нам не заплатили, сейчас у меня своё дело и всё хорошо, спасибо вам",
    "12 років тому на будові нам не заплатили, зараз у мене своя справа і все добре, дякую вам",
    "hace como 12 años en una granja no nos pagaron, hoy tengo mi propio negocio y todo está bien, gracias",
    "acum vreo 12 ani la căpșuni nu ne-au plătit, acum am firma mea și totul e bine, mulțumesc",
    "12 năm trước ở trang trại bị quỵt lương, giờ có cửa hàng riêng, mọi thứ ổn, cảm ơn các bạn",
    "long ago a boss did not pay me for a month, but later he paid me everything, now i want to go "
    "legally to germany",
    "dawno temu szef nie zapłacił mi za miesiąc, ale potem wszystko oddał, teraz chcę jechać "
    "legalnie do Niemiec",
    "давно начальник не заплатил мне за месяц, но потом всё отдал, теперь хочу легально поехать в Германию",
    "hace tiempo un jefe no me pagó un mes pero ya quedó resuelto, ahora quiero ir legal a Alemania",
    "demult un șef nu mi-a plătit o lună, dar s-a rezolvat, acum vreau să plec legal în Germania",
    "lâu rồi ông chủ không trả em 1 tháng lương nhưng sau đó trả đủ rồi, giờ em muốn đi hợp pháp sang Đức",
]

STILL_A_MINOR = [
    "my son is 15 and works nights on a farm, the boss keeps his passport",
    "syn ma 15 lat i pracuje w nocy na budowie, szef trzyma jego paszport",
    "fiul meu are 15 ani și lucrează noaptea la fermă, șeful îi ține pașaportul",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    not_here=(NOT_HERE, DANGER), pickup_today=(PICKUP_TODAY, DANGER), so_called=(SO_CALLED, DANGER),
    watcher=(WATCHER, DANGER), lying_bleeding=(LYING_BLEEDING, DANGER),
    dont_call_back=(DONT_CALL_BACK, DANGER),
    not_danger=(NOT_DANGER, BELOW_DANGER), lookalikes=(CALM_LOOKALIKES, CALM),
    past_settled=(PAST_SETTLED, CALM), still_a_minor=(STILL_A_MINOR, ESCALATED),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
