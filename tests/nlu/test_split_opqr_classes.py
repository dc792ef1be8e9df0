"""Splits O-R's classes (tenth round), written as meanings in new words, not O-R's sentences.

Danger now, told indirectly: ending it all tonight with despair ("no point anymore, tonight I finish it
all"), or despair with "it would be easier to never wake up"; bleeding or breathing badly now after a
beating; held for ransom with a deadline ("pay by Friday or they kill us"); trapped now behind an
outside lock (phone dying, no idea where); a child being taken away now by a man or with a pretext
("says it's a cleaning job"); hiding from being sent to a client.
Not danger now: finishing the paperwork tonight, a nosebleed from dry air, a mother who "will kill us",
a gate locked every night, a low battery, a daughter on the coach to a school camp.
False escalations: a past wage problem settled ("the union got it all back"); a private debt to an
in-law; a recruiter asking for the original passport by courier (a pre-departure flag, low); a question
announced as theoretical or about what one heard; a TikTok video; a passport the user kept.
Still high: a debt to the agency for the bus, passports taken by the boss.
Escalation: a crew not let ashore; made to receive transfers and pass them on (a money mule); a threat
to call immigration when asking for wages; a teenager driven to hotels to "friends". Lookalikes: shore
leave in every port, one's own bank accounts, a call to immigration about one's own visa, a family
driven to a wedding hotel.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

ENDING = [
    "no point anymore. tonight i finish it all, sorry mum",
    "nie widzę sensu, dziś w nocy skończę ze wszystkim",
    "не вижу смысла, сегодня ночью покончу со всем",
    "не бачу сенсу, сьогодні вночі покінчу з усім",
    "ya no aguanto, hoy termino con todo",
    "nu mai are rost, diseară termin cu toate",
    "nu mai văd nicio ieșire, diseară termin cu toate",
    "już nie mam siły, dziś wieczorem skończę ze wszystkim",
    "em không thấy lối thoát, tối nay em kết thúc hết",
]

WOULD_BE_EASIER = [
    "i cant go on, honestly it would be easier to never wake up",
    "nie mam już siły, byłoby łatwiej po prostu się nie obudzić",
    "больше не могу, было бы проще не проснуться завтра",
    "більше не можу, було б легше просто не прокинутись",
    "ya no aguanto, sería más fácil no despertar mañana",
    "nu mai pot, ar fi mai ușor să nu mă mai trezesc",
    "em không chịu nổi nữa, giá mà đừng thức dậy nữa",
]

BLEEDING = [
    "me volvió a pegar, me sale sangre de la boca y ahora duerme",
    "the boss kicked him in the head, blood is coming from his mouth and he wont get up",
    "brygadzista uderzył go łopatą, krew leci z nosa i nikt nie dzwoni",
    "хозяин избил его палкой, кровь течет из носа, он лежит",
    "бригадир побив його палицею, кров тече з носа",
    "el patrón le pegó con un palo, le sale sangre de la nariz y no se levanta",
    "șeful l-a bătut cu bâta, îi curge sânge din nas",
    "chủ đánh anh ấy bằng gậy, đang chảy máu ở đầu",
]

RANSOM = [
    "they keep us locked in a garage and say our families must pay 3000 by friday or they kill us",
    "trzymają nas zamkniętych w garażu, rodzina ma zapłacić do jutra, inaczej nas zabiją",
    "нас держат взаперти в гараже, семья должна перевести деньги до завтра, иначе нас убьют",
    "нас тримають замкненими в гаражі, родина має заплатити до завтра, інакше нас вбють",
    "nos tienen encerrados en un garaje, la familia tiene que pagar para mañana o nos matan",
    "ne țin închiși într-un garaj, familia trebuie să plătească până mâine, altfel ne omoară",
    "tụi nó nhốt bọn em trong gara, gia đình phải trả tiền trước ngày mai, không thì giết",
]

TRAPPED = [
    "the foreman locked us in the shed from outside and drove off, my battery is nearly gone",
    "brygadzista zamknął nas w kontenerze od zewnątrz i odjechał, bateria prawie pada",
    "бригадир запер нас в сарае снаружи и уехал, заряда почти нет",
    "бригадир замкнув нас у сараї ззовні і поїхав, заряду майже нема",
    "el capataz nos encerró en la bodega por fuera y se fue, la batería se me acaba",
    "maistrul ne-a încuiat în magazie pe dinafară și a plecat, bateria e aproape gata",
    "quản đốc khóa bọn em trong kho từ bên ngoài rồi bỏ đi, điện thoại sắp hết pin",
]

CHILD_TAKEN = [
    "a man just put my 14 year old cousin on a coach to london, says its a cleaning job",
    "jakiś facet właśnie wsadza moją 15-letnią kuzynkę do busa, niby praca w sklepie",
    "jakiś typ właśnie zabiera moją 14letnią kuzynkę do auta, obiecał jej pracę",
    "sąsiad mówi że moja 14letnia kuzynka właśnie wsiada do busa z obcym, który jej obiecał pracę w Berlinie",
    "какой-то мужик сейчас сажает мою 14-летнюю дочь в машину, говорит работа в кафе",
    "якийсь чоловік зараз садить мою 14-річну доньку в машину, каже робота в кафе",
    "un tipo se está llevando ahorita a mi hija de 14 años, dice que es trabajo en una tienda",
    "un bărbat o urcă acum pe fiica mea de 14 ani în mașină, zice că e de muncă la un magazin",
    "một người đàn ông vừa đưa con gái em 14 tuổi lên xe, hứa cho làm nhà hàng",
]

HIDING = [
    "locked myself in the toilet, the manager wants me to go with a client to the room",
    "zamknęłam się w łazience, szef chce żebym poszła z klientem do pokoju",
    "я закрылась в туалете, хозяйка хочет чтобы я пошла с клиентом в комнату",
    "я закрилась в туалеті, власниця хоче щоб я пішла з клієнтом у кімнату",
    "me encerré en el baño, la dueña quiere que me vaya con un cliente al cuarto",
    "m-am încuiat în baie, patroana vrea să merg cu un client în cameră",
    "em đang trốn trong nhà vệ sinh, chủ bắt em đi với khách vào phòng",
]

NOT_CRITICAL = [
    "tonight i finish everything on the report and then i go home",
    "if i dont wake up on time tomorrow i lose the job, i cant take it anymore",
    "dziś w nocy skończę wszystko w pracy i wracam do domu",
    "hoy termino con todo el papeleo, por fin vacaciones",
    "krew leci mi z nosa od suchego powietrza w mieszkaniu",
    "у меня кровь из носа идет от жары, что делать?",
    "mama ne omoară dacă nu ajungem acasă până mâine",
    "mama mnie zabije jak nie wrócę do jutra",
    "every night the owner locks the gate from outside, my battery is fine",
    "night shift, its dark and my battery is low, the boss locked the warehouse gate as usual",
    "nocna zmiana, ciemno, bateria słaba, szef jak zwykle zamknął bramę od zewnątrz",
    "ночная смена, темно, заряда мало, хозяин как обычно закрыл ворота снаружи",
    "нічна зміна, темно, заряду мало, хазяїн як завжди закрив ворота ззовні",
    "turno de noche, está oscuro, poca batería, el jefe como siempre cerró el portón por fuera",
    "tură de noapte, e întuneric, baterie puțină, șeful ca de obicei a încuiat poarta pe dinafară",
    "ca đêm, tối om, điện thoại sắp hết pin, chủ như mọi khi khóa cổng từ bên ngoài",
    "my phone battery is at 5%, can you call me back later?",
    "my 14 year old daughter is on a coach to a school camp now, the teacher is with them",
    "moja 15-letnia córka wsiada teraz do autobusu na obóz harcerski",
    "моя дочь 14 лет сейчас садится в автобус в лагерь с классом",
    "mi hija de 14 años se sube ahorita al bus del colegio para la excursión",
    "con gái em 14 tuổi đang lên xe đi trại hè với trường",
]

STILL_HIGH_NOT_SETTLED = [
    "el patrón me pegó, ya pasó dos veces este mes",
    "szef nie płaci od trzech miesięcy, to dawno trwa",
    "хозяин не платит уже полгода, это давно продолжается",
    "șeful nu ne plătește, am primit tot felul de amenințări",
]

SETTLED = [
    "two years ago the farm didnt pay us for a month, but the union got it all back, all good now",
    "rok temu agencja nie zapłaciła mi za miesiąc, ale poszłam do inspekcji i wszystko odzyskałam",
    "hace dos años una empresa no me pagó un mes, pero fui al sindicato y me pagaron todo, eso ya pasó",
    "два года назад агентство не заплатило мне за месяц, но через профсоюз всё вернули, это давно",
    "два роки тому агенція не заплатила мені за місяць, але через профспілку все повернули",
    "років п'ять тому мені не заплатили за сезон, але то давно і вже все добре",
    "acum doi ani o firmă nu m-a plătit o lună, dar am mers la sindicat și am primit toți banii",
    "hai năm trước chủ quỵt lương em 1 tháng, nhưng công đoàn giúp lấy lại được hết",
]


LOOKALIKES = [
    "i owe my sister in law 500 for the sofa and she keeps reminding me",
    "jestem winna szwagrowi tysiąc złotych za remont, ciągle o tym gada",
    "я должна деверю 30 тысяч за ремонт, он постоянно напоминает",
    "я винна шурину 5 тисяч за ремонт, він весь час нагадує",
    "le debo a mi cuñado 400 dólares del arreglo y siempre me lo recuerda",
    "îi datorez cumnatului 300 de euro pentru frigider și tot îmi amintește",
    "em nợ anh rể 5 triệu sửa nhà, lần nào gặp cũng nhắc",
    "the agency wants me to send my original passport by courier for the visa, is that normal?",
    "agencja chce żebym wysłała oryginał paszportu kurierem do wizy, to normalne?",
    "агентство хочет чтобы я отправила оригинал паспорта курьером для визы, это нормально?",
    "агенція хоче щоб я відправила оригінал паспорта новою поштою для візи, це нормально?",
    "la agencia quiere que mande mi pasaporte original por paquetería para la visa, es normal?",
    "agenția vrea să trimit pașaportul original prin curier pentru viză, e normal?",
    "công ty muốn em gửi hộ chiếu gốc qua bưu điện để làm visa, vậy có bình thường không?",
    "theoretical question: if my employer keeps my passport in germany, is that legal?",
    "чула що бувають роботодавці які забирають паспорт, що тоді робити?",
    "he oído que hay patrones que quitan el pasaporte, qué se hace en ese caso?",
    "i saw on tiktok a girl who says they sold her in europe, does that really happen?",
    "am văzut pe tiktok o fată care zice că au vândut-o în Europa, chiar se întâmplă?",
    "anul trecut la cules, contract bun, pașaportul l-am ținut eu tot timpul",
]

STILL_HIGH = [
    "we owe the agency for the bus and the bed and it grows every month",
    "szef zabrał nam paszporty i trzyma je w sejfie",
    "brother in law got me this job and the boss took my passport, he wont give it back",
]


ESCALATION = [
    "the captain hasnt let the crew off the ship for four months, not even in harbour",
    "kapitan od czterech miesięcy nie puszcza załogi na ląd, nawet w porcie",
    "капитан уже четыре месяца не отпускает команду на берег, даже в порту",
    "капітан вже чотири місяці не пускає команду на берег, навіть у порту",
    "hace cuatro meses que el capitán no nos deja bajar del barco, ni en el puerto",
    "de patru luni căpitanul nu ne lasă să coborâm pe uscat, nici în port",
    "bốn tháng nay thuyền trưởng không cho bọn em lên bờ, kể cả khi vào cảng",
    "the online job had me receive transfers on my card and forward them as crypto",
    "kazali mi przyjmować przelewy na moje konto i wysyłać je dalej na krypto",
    "меня заставили принимать переводы на мою карту и переводить их дальше в крипту",
    "мене змусили приймати перекази на мою картку і переводити їх далі",
    "me pusieron a recibir transferencias en mi cuenta y enviarlas en cripto",
    "m-au pus să primesc bani pe card și să-i scot și să-i dau unui tip",
    "họ bắt em nhận chuyển khoản vào tài khoản rồi chuyển sang tiền ảo",
    "when i asked for my wages he said one call to immigration and im deported",
    "jak poprosiłam o wypłatę, szef powiedział że zadzwoni do straży granicznej i wylecę",
    "когда я спросила про зарплату, он сказал что позвонит в миграционную и меня депортируют",
    "коли я спитала про зарплату, він сказав що подзвонить у міграційну і мене депортують",
    "cuando pedí mi sueldo me dijo que llama a migración y me deportan",
    "când am cerut banii mi-a zis că sună la imigrări și mă deportează",
    "em đòi lương thì chủ nói sẽ gọi di trú để trục xuất em",
    "my 15 year old niece has an older boyfriend who takes her to hotels to see his friends",
    "moja 15-letnia siostra ma starszego chłopaka, który wozi ją do hotelu do kolegów",
    "моей сестре 15, её взрослый парень возит её в гостиницу к друзьям",
    "моїй сестрі 15, її дорослий хлопець возить її в готель до друзів",
    "mi sobrina de 15 tiene un novio mayor que la lleva a hoteles con sus amigos",
    "verișoara mea de 15 ani are un iubit mai mare care o duce la hoteluri la prietenii lui",
    "em gái em 15 tuổi, bạn trai lớn tuổi chở nó đến khách sạn gặp bạn của hắn",
]

ESCALATION_LOOKALIKES = [
    "the skipper lets us off the boat in every port, all fine",
    "el capitán nos deja bajar a tierra cada fin de semana",
    "i opened accounts in two banks for my savings and got new cards",
    "my dad drives us to the hotel to meet his friends for the wedding",
    "i want to call immigration myself to ask about my visa",
    "vreau să sun la imigrări să întreb de viza mea",
    "recibo transferencias en mi cuenta de mi familia cada mes",
    "em nhận tiền lương vào tài khoản mỗi tháng",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    ending=(ENDING, DANGER), would_be_easier=(WOULD_BE_EASIER, DANGER), bleeding=(BLEEDING, DANGER),
    ransom=(RANSOM, DANGER),
    trapped=(TRAPPED, DANGER), child_taken=(CHILD_TAKEN, DANGER), hiding=(HIDING, DANGER),
    not_critical=(NOT_CRITICAL, BELOW_DANGER), settled=(SETTLED, CALM), lookalikes=(LOOKALIKES, CALM),
    still_high=(STILL_HIGH, ESCALATED), not_settled=(STILL_HIGH_NOT_SETTLED, ESCALATED),
    escalation=(ESCALATION, ESCALATED),
    escalation_lookalikes=(ESCALATION_LOOKALIKES, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
