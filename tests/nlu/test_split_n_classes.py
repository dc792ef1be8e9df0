"""Split N's classes (ninth round), written as meanings in new words, not N's sentences.

Danger now, told indirectly: suicidal intent as a farewell or despair with a method or place ("I said
goodbye to everyone, the sleeping pills are ready"); someone taken into a vehicle just now by a stranger,
crying or resisting; someone armed in the next room; locked in without water since the morning, or
locked in with a plea "please, someone".
Not danger now: a trip to the bridge for fireworks, a film, a joke, a letter to mum and a call tonight,
"I can't take this heat anymore", a parent putting a crying child into the car, a knife in a drawer next
door, no water in the container last summer.
Escalation: leaving only for a price and beaten for wanting to leave (a conditional is still coercion);
scamming people on dating apps for the bosses; a permission needed to go out on a day off; tools thrown
at workers; parcels driven over a border; a threat to call immigration after a refusal; made to sit with
the owner's guests and go upstairs; a child working till midnight.
Lookalikes: a question about the notice period, paying for one's own ticket home, a dating app used for
dating, a day off agreed with the manager, a courier's legal parcels, a teenager's homework.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

SELFHARM = [
    "i said goodbye to everyone today. the sleeping pills are ready, nobody will miss me",
    "napisałem list pożegnalny, idę na tory, tak będzie lepiej dla wszystkich",
    "попрощалась со всеми, сил больше нет, пойду на крышу",
    "не можу більше, написала листа дітям, піду на міст",
    "ya no aguanto, le dejé una carta a mis hijos y me voy al río esta noche",
    "nu mai rezist, mi-am luat rămas bun de la toți, mă duc la pod",
    "em hết chịu nổi rồi, đã viết thư cho con, tối nay em ra cầu",
]

ABDUCTION = [
    "two men just dragged her into a van outside the club, she was screaming",
    "przed chwilą jakiś typ wciągnął ją do busa, krzyczała",
    "только что какие-то мужики затащили ее в машину у вокзала, она кричала",
    "щойно двоє чоловіків затягли її в бус біля школи, вона кричала",
    "unos tipos acaban de subirla a una camioneta, iba gritando",
    "doi bărbați tocmai au băgat-o într-o dubă, țipa",
    "mấy người lạ vừa kéo con bé lên xe, nó la hét",
]

ARMED_NEARBY = [
    "my husband's boss is drunk with a gun in the next room",
    "szef jest pijany, ma nóż, siedzi w pokoju obok",
    "хозяин пьяный с ножом, он за стеной",
    "бригадир п'яний, з ножем, він за дверима",
    "el patrón anda borracho con una pistola detrás de la puerta",
    "șeful e beat, are un cuțit, e în camera de alături",
    "ông chủ say rượu cầm dao ở phòng bên cạnh",
]

LOCKED_NO_WATER = [
    "the boss locked us in the barn, no water since this morning",
    "szef zamknął nas w hali, nie mamy wody od rana",
    "бригадир запер нас на складе, с утра без воды",
    "бригадир замкнув нас на складі, з ранку без води",
    "el encargado nos encerró en la bodega, sin agua desde la mañana",
    "șeful ne-a încuiat în hală, fără apă de dimineață",
    "ông chủ nhốt tụi em trong kho, không có nước từ sáng",
    "they locked the six of us in the container, someone please",
    "zamknęli nas w kontenerze, proszę niech ktoś przyjedzie",
    "нас заперли в вагончике, пожалуйста, кто-нибудь",
    "нас замкнули у вагончику, будь ласка, хтось",
    "nos encerraron en el galpón, alguien por favor",
    "ne-au încuiat în container, vă rog cineva",
    "họ nhốt tụi em trong container, làm ơn ai đó",
]

NOT_CRITICAL = [
    "tonight we walk to the bridge to watch the fireworks",
    "i wrote a letter to my mom, tonight i call her too",
    "i cant take this heat anymore, we work on the roof all day, is there a law about it?",
    "i just put my son into the car, he was crying because he hates the dentist",
    "właśnie wsadziłam córkę do auta, płakała bo nie chce do szkoły",
    "cuțitul e în sertar în camera de alături, cu munca e totul bine",
    "ніж лежить у шухляді в сусідній кімнаті",
    "last year there was no water in the container since morning, now all fine",
    "не могу больше на этой жаре, завтра пойду к врачу",
    "just watched a film where two men pushed a girl into a van, she was screaming",
    "jajaja mi primo se despidió de todos y se fue al puente a ver los fuegos",
]

HIGH = [
    "they told my brother he can go home only if he pays the boss 3000 first",
    "jak ktoś chce odejść, musi zapłacić 2000 za 'szkolenie'",
    "если хочешь уехать, должен заплатить им 3000",
    "хто хоче піти, має заплатити 2000 'штрафу'",
    "si quieres irte tienes que pagar 3000 de multa",
    "dacă vrei să pleci, trebuie să plătești 3000 amendă",
    "muốn về thì phải đền 3000 đô",
    "anyone who tries to leave the camp gets beaten by the guards",
    "ci co chcą uciec, tych biją",
    "тех кто пытается сбежать, бьют",
    "a los que intentan escaparse les pegan",
    "pe cei care încearcă să fugă îi bat",
    "they force us to chat with lonely men on tinder and get money out of them",
    "każą nam pisać do facetów na tinderze i wyłudzać pieniądze",
    "нас заставляют писать мужчинам на сайтах знакомств и выманивать деньги",
    "нас змушують писати чоловікам на сайтах знайомств і виманювати гроші",
    "nos obligan a escribirle a hombres en apps de citas para sacarles dinero",
    "ne pun să scriem la bărbați pe dating și să le luăm banii",
    "bị bắt nhắn tin với đàn ông trên app hẹn hò để lấy tiền",
    "to go to town on our day off we need a signed ok from the supervisor",
    "w niedzielę na miasto tylko za zgodą brygadzisty, w wolne też",
    "в выходной в город можно только с разрешения бригадира, нужно просить",
    "у вихідний в місто тільки з дозволу бригадира, треба просити",
    "para salir al pueblo en el día libre necesitamos permiso del encargado",
    "ca să ieșim în oraș în ziua liberă trebuie voie de la șef",
    "ngày nghỉ muốn ra phố phải xin phép quản lý",
    "the foreman threw a hammer at my friend because the truck was late",
    "kierownik rzucił młotkiem w kolegę",
    "бригадир кинул молотком в парня из нашей бригады",
    "майстер жбурнув молотком у хлопця",
    "el encargado le tiró un martillo a mi compañero",
    "șeful a aruncat cu un ciocan în colegul meu",
    "quản đốc ném búa vào anh bạn em",
    "the boss makes us drive parcels across the border at night",
    "mi jefe me obliga a llevar cajas a través de la frontera",
    "when i refused he said he would report me to immigration",
    "cuando me negué me dijo que iba a llamar a migración",
    "the owner wants us to sit with his guests and then go upstairs with them",
    "хозяин велит сидеть с его гостями, а потом идти с ними наверх",
    "власник каже сидіти з гостями і йти з ними нагору",
    "el dueño nos hace sentarnos con sus amigos y luego subir arriba con ellos",
    "the boy next door, 13, washes cars every day till midnight, never at school",
    "мальчик лет 13 работает на мойке каждый день до полуночи",
    "хлопчик років 13 працює на мийці кожен день до півночі",
]

LOOKALIKES = [
    "if i want to leave before the end of the contract, do i have to pay back the training?",
    "i want to leave early on friday, i will pay for my own ticket",
    "my sister met her husband on a dating app, they are happy",
    "i asked the manager for a day off to go to town, he said ok",
    "i work as a courier and drive parcels across the border, all legal, paid well",
    "my 15 year old studies till midnight before exams",
    "she threw her keys on the table and laughed",
    "chcę wyjechać do domu na święta, muszę zapłacić za bilet",
    "хочу уехать домой на праздники, надо заплатить за билет",
    "vrea să plece acasă de Crăciun și trebuie să plătească biletul singură",
    "em muốn về quê ăn tết, phải trả tiền vé máy bay",
    "we need the manager's ok to take a day off, is that normal?",
    "my cousin uses tinder to chat with men, she is looking for a husband",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    selfharm=(SELFHARM, DANGER), abduction=(ABDUCTION, DANGER), armed=(ARMED_NEARBY, DANGER),
    locked=(LOCKED_NO_WATER, DANGER), not_critical=(NOT_CRITICAL, BELOW_DANGER),
    high=(HIGH, ESCALATED), lookalikes=(LOOKALIKES, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
