"""Splits BK and BL's classes (thirty-second round), written as meanings in new words, not BK-BL's sentences.

Critical recall: a bare jump tonight ("tonight I think I jump") with despair or a situation found is
suicidal intent; its twin, a jump into a lake tonight with friends, stays calm. A message just now from
someone locked in and beaten is danger now; its twin, a joke lock at a camp told just now, stays below
danger. Locked in with someone who fell and does not wake up is danger now; its twin, a grandfather asleep
on the sofa, stays calm. Held and not knowing where ("no sé qué calle es") is danger now; its twin, a new
flat and not knowing the street, stays calm. The pills in the hand and a wish to end it all is danger now;
its twin, headache pills and finishing the work by the evening, stays calm.
False escalations: hours told per week, a relative fine after all ("turns out his phone broke, he's fine"),
the household locking its own door, a fee the user never paid, a loan from a cousin asked about stay calm;
their twins (hours a day, "turns out" a farm, a door locked by the keeper, pay never received, a debt to the
boss) stay escalated. With the net: a free city bus with real volunteers, the household's own lock and a
broken phone with the person fine stay calm; a door locked from outside stays escalated.
Escalation misses: the month's pay lost for not going where one is sent, a threat to tell the police one
worked illegally, told to be "nice" to him or else, pay always put off to "next week", an agency loan that
never gets smaller, bank accounts opened in one's name and the cards handed over stay escalated; their twins
(an optional trip with full pay, a police officer's lesson on permits, nice to the children, pay on a fixed
day, a bank loan paid down, one's own account) stay calm.
Gold high read critical: held at sea and threatened, then weeks of silence, is high (a missing person to
report); its twin, beaten and no contact since last night, stays danger now.
Older gaps of round 31: pay much less than agreed ("we agreed 25 an hour but he pays 14") and "she must
sleep with the clients" are escalated; the agreement kept stays calm. "On facebook people say that" is a
rumour in all seven languages, as TikTok and the internet are; a rumour and then what happened to a sister
stays high.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# A bare jump tonight, in despair or in a situation already found.
JUMP_TONIGHT = [
    "four months in the kitchen and no wages, the chef holds my passport. i cant anymore, tonight i jump",
    "cztery miesiące bez wypłaty, szef trzyma mój paszport. nie dam już rady, dziś w nocy wyskoczę",
    "четыре месяца без зарплаты, хозяин держит паспорт. больше не могу, сегодня ночью спрыгну",
    "чотири місяці без зарплати, хазяїн тримає паспорт. більше не можу, сьогодні вночі стрибну",
    "cuatro meses sin sueldo y el patrón tiene mi pasaporte. ya no aguanto, esta noche me voy a tirar",
    "patru luni fără salariu, șeful ține pașaportul meu. nu mai rezist, la noapte mă arunc",
    "4 tháng không lương, chủ giữ hộ chiếu. em không chịu nổi nữa, tối nay em nhảy cầu",
]
# A jump into a lake or a pool tonight, no despair and no situation.
JUMP_CALM = [
    "tonight i jump into the lake with my friends, cant wait for the summer party",
    "dziś w nocy skoczę do jeziora z kolegami, będzie impreza",
    "сегодня ночью прыгну в озеро с друзьями, будет праздник",
    "esta noche me tiro a la piscina con mis amigos, es el cumpleaños de Ana",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    jump=(JUMP_TONIGHT, DANGER), calm=(JUMP_CALM, CALM),
))
def test_jump_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A message just now from someone locked in and beaten.
JUST_SENT = [
    "my sister just texted from a strangers phone, they locked her in a garage and they beat her",
    "siostra właśnie napisała z cudzego telefonu, zamknęli ją w garażu i biją",
    "сестра только что написала с чужого телефона, ее заперли в гараже и бьют",
    "сестра щойно написала з чужого телефону, її зачинили в гаражі і б'ють",
    "mi hermana me acaba de escribir desde otro teléfono, la tienen encerrada en un garaje y le pegan",
    "sora mea tocmai mi-a scris de pe alt telefon, e închisă într-un subsol și o bat",
    "em gái vừa nhắn từ máy người khác, bọn nó nhốt nó trong nhà kho và đánh nó",
]
# A joke lock at a camp, told just now: no violence, no danger now.
JUST_SENT_CALM = [
    "my daughter just sent a message from camp, the kids locked her in the bathroom as a joke",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(JUST_SENT, DANGER), calm=(JUST_SENT_CALM, BELOW_DANGER),
))
def test_message_just_now_from_someone_held(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in, and someone fell and does not wake up.
NOT_WAKING = [
    "we are locked in the container, six of us, my friend fell down and doesnt wake up",
    "jesteśmy zamknięci w kontenerze, kolega upadł i się nie budzi",
    "нас заперли в контейнере, друг упал и не приходит в себя",
    "нас замкнули в контейнері, друг впав і не приходить до тями",
    "estamos encerrados en un contenedor, mi amigo se cayó y no despierta",
    "suntem încuiați într-un container, prietenul meu a căzut și nu se trezește",
]
# A grandfather asleep on the sofa: no confinement.
NOT_WAKING_CALM = [
    "grandpa fell asleep on the sofa and doesnt wake up for the football, typical",
    "dziadek zasnął na kanapie i się nie budzi na mecz, jak zwykle",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(NOT_WAKING, DANGER), calm=(NOT_WAKING_CALM, CALM),
))
def test_locked_in_and_not_waking(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Held in a flat, not knowing where.
HELD_NOT_KNOWING = [
    "my cousin went for a job in a bar, they locked her in a flat and she doesnt know where she is",
    "estoy en una casa, me cierran con llave, no sé qué calle es",
    "сижу в квартире, дверь заперли снаружи, не знаю что за улица",
]
# A new flat and not knowing the street: nothing held.
NEW_FLAT_CALM = [
    "moved today to a new flat in Gdansk, still learning the streets, the names are confusing",
    "me mudé hoy, todavía no sé qué calle es, el barrio es nuevo para mí",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    held=(HELD_NOT_KNOWING, DANGER), calm=(NEW_FLAT_CALM, CALM),
))
def test_held_not_knowing_where(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The pills in the hand and a wish to end it all.
PILLS_END = [
    "the boss keeps adding to the debt. in my hand pills and i want to end it all",
    "долг растет, в руке таблетки и я хочу всё закончить",
    "борг росте, в руці таблетки і я хочу все закінчити",
    "la deuda crece, en la mano las pastillas y quiero terminar con todo",
]
# Headache pills and finishing the work by the evening.
PILLS_CALM = [
    "в руке таблетки от головы, хочу всё закончить с отчётом сегодня и лечь спать",
    "w ręce tabletki od bólu głowy, chcę wszystko skończyć w pracy do piątej i iść do domu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    now=(PILLS_END, DANGER), calm=(PILLS_CALM, CALM),
))
def test_pills_and_ending_it(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm: hours told per week, a relative fine after all, the household locking its own door, a fee never paid,
# a loan from a cousin asked about.
CALM_LIFE = [
    "i work 18 hours a week in a shop next to my studies, the owner pays on the 10th. do i need a permit?",
    "pracuję 16 godzin w tygodniu w sklepie obok studiów, właściciel płaci dziesiątego",
    "работаю 18 часов в неделю в магазине, хозяин платит десятого числа",
    "працюю 16 годин на тиждень у магазині, власник платить десятого",
    "trabajo 18 horas por semana en una tienda, el dueño paga el día 10",
    "lucrez 16 ore pe săptămână la un magazin, patronul plătește pe 10",
    "em làm 18 tiếng một tuần ở cửa hàng, chủ trả lương ngày 10",
    "my sister did not call for two days, turns out she lost the charger, shes fine and back at work",
    "siostra nie dzwoniła dwa dni, okazało się, że zgubiła ładowarkę, wszystko w porządku",
    "mi hermana no llamó dos días, resulta que perdió el cargador, está bien y ya trabaja",
    "сестра не звонила два дня, а у нее телефон разбился, всё хорошо, уже работает",
    "сестра не дзвонила два дні, а в неї телефон розбився, все добре, вже працює",
    "we rent a room from an old couple, we lock the door at night ourselves and keep our own keys",
    "wynajmujemy pokój, na noc drzwi zamykamy sami, klucze mamy swoje",
    "stăm în chirie, încuiem ușa noaptea noi singuri, avem cheile noastre",
    "i go as an au pair with a licensed agency, i paid nothing, pocket money 300 a month, what to check?",
    "na bilet pożyczyłam od kuzynki i oddaję po trochu. czy urząd zapyta o ten dług?",
    "am împrumutat bani de la vărul meu pentru bilet și îi dau înapoi încet, contează datoria la permis?",
]
# Their twins: hours a day, "turns out" a farm, a door locked by the keeper, pay never received, a debt to the
# boss.
RISKY_LIFE = [
    "i work 18 hours a day in a shop, seven days, the owner says that is normal",
    "turns out the hotel job was on a farm and they took our passports",
    "the owner locks the door at night from outside and keeps the keys, we cannot go out",
    "they paid me nothing for three months, always next week",
    "szef mówi, że jestem mu winna 3000 za mieszkanie i dług rośnie co miesiąc",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(CALM_LIFE, CALM), risky=(RISKY_LIFE, ESCALATED),
))
def test_calm_life_and_twins(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A free city bus with real volunteers, asked about: the net raises nothing.
REAL_VOLUNTEERS = [
    "my mum arrives next week, the city has a free bus from the border with real volunteers, is it better "
    "than a stranger's car?",
    "мама приезжает на следующей неделе, город дает бесплатный автобус от границы с настоящими "
    "волонтерами. это лучше, чем машина незнакомца?",
    "mi mamá llega la otra semana, hay un bus gratis de la ciudad con voluntarios de verdad. ¿es mejor que "
    "ir con un desconocido?",
]


@pytest.mark.parametrize("text", REAL_VOLUNTEERS)
def test_real_volunteers_with_the_net(analyzer: Analyzer, text: str) -> None:
    check_level(analyzer, text, CALM)


# With the net: the household locking its own door, a phone that broke and the person fine.
NET_CALM = [
    "we rent from a family, we have our own keys and we lock the door at night ourselves. can i work?",
    "alquilamos con una familia, tenemos llaves y cerramos de noche nosotros mismos. ¿puedo trabajar legal?",
    "my cousin did not answer for two days, his phone broke, hes fine. how do we make a safety plan?",
]
# Their twin: a door locked by the keeper, with the net too.
NET_RISKY = [
    "the family keeps our passports and locks the door at night from outside, we cannot leave",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(NET_CALM, CALM), risky=(NET_RISKY, ESCALATED),
))
def test_own_door_and_fine_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# Escalation misses: the month's pay lost for not going where one is sent; a threat to tell the police one
# worked illegally; told to be "nice" to him or else; pay always put off to "next week"; an agency loan that
# never gets smaller; bank accounts opened in one's name and the cards handed over.
RISKY_MISSES = [
    "the foreman said a van leaves for the Netherlands at 6, whoever doesnt go loses this month's pay",
    "brygadzista mówi, że rano bus do Holandii, kto nie pojedzie, nie dostanie pieniędzy za ten miesiąc",
    "бригадир сказал, утром бус в Голландию, кто не поедет, не получит денег за этот месяц",
    "бригадир сказав, зранку бус до Голландії, хто не поїде, не отримає грошей за цей місяць",
    "el capataz dijo que mañana sale una van a Holanda, el que no vaya no cobra este mes",
    "șeful de echipă a zis că mâine pleacă duba în Olanda, cine nu merge nu primește banii pe luna asta",
    "tổ trưởng bảo sáng mai có xe đi Hà Lan, ai không đi thì mất lương tháng này",
    "when i asked for my wages the owner said he will tell the police i work illegally",
    "szef powiedział, że zgłosi na policję, że pracuję nielegalnie, jak będę dalej pytać o wypłatę",
    "хозяин сказал, что сообщит в полицию, что я работаю нелегально, если буду требовать деньги",
    "the manager says i must be nice to him at the parties, or else he ends my contract",
    "kierownik mówi, że mam być dla niego miła, inaczej nie przedłuży mi umowy",
    "el encargado dice que tengo que ser cariñosa con él, si no me despide",
    "quản lý bảo em phải chiều ông ta, không thì cắt hợp đồng",
    "my cousin works at the hotel laundry, money always next week, three months now",
    "kuzyn pracuje w pralni, a wypłata ciągle w przyszłym tygodniu, już trzeci miesiąc",
    "брат работает на мойке, а зарплата всё на следующей неделе, уже три месяца",
    "the recruiter loan is taken from every salary but it never gets smaller",
    "każą nam założyć konta w banku na siebie i oddać im karty",
]
# Their twins: the trip optional, the police told of a crime against the user, nice to the children, pay on a
# fixed day, a bank loan paid down, one's own account.
CALM_TWINS = [
    "the company trip to the Netherlands is on friday, whoever doesnt go can stay home with full pay",
    "at the integration class the police officer told us working without a permit is illegal",
    "the host mum says i should be nice to the children and patient at bedtime",
    "the salary comes every 10th, this month it came early",
    "my bank loan gets smaller every month, two years left",
    "założyłam sobie konto w banku na pensję, karta przyszła pocztą",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(RISKY_MISSES, ESCALATED), calm=(CALM_TWINS, CALM),
))
def test_escalation_classes(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Held at sea and threatened, then weeks of silence: high, a missing person to report, not danger now.
WEEKS_SILENT = [
    "my brother is on a fishing boat, the skipper took all phones and they are not let ashore, since then "
    "silence, 3 weeks",
    "brat jest na kutrze, szyper zabrał wszystkim telefony, nie wypuszczają ich w porcie. od tego czasu "
    "cisza, 3 tygodnie",
    "брат на сейнере, капитан забрал у всех телефоны, в порту их не выпускают. с тех пор тишина, 3 недели",
]
# Its twin: beaten and no contact since last night stays danger now.
SILENT_SINCE_NIGHT = [
    "last night he wrote they beat them there and to do something, since then his phone is off",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    weeks=(WEEKS_SILENT, ("high",)), night=(SILENT_SINCE_NIGHT, DANGER),
))
def test_weeks_of_silence(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Older gaps of round 31: pay much less than agreed; she must sleep with the clients; a rumour on Facebook.
OLDER_RISKY = [
    "we agreed 25 an hour in writing but he pays 14 and keeps the rest",
    "ustaliliśmy 30 zł na godzinę, a płaci 18",
    "договорились 25 в час, а платит 14",
    "my cousin is in a flat in Berlin, she must sleep with the clients or she gets no food",
    "on facebook people say that agency is bad, and now they took my sisters passport",
]
OLDER_CALM = [
    "we agreed 25 an hour in writing and he pays 25, all good",
    "on facebook people say that agency takes passports",
    "na facebooku piszą że ta agencja zabiera paszporty",
    "в фейсбуке пишут что эта агентура забирает паспорта",
    "у фейсбуці пишуть що ця агенція забирає паспорти",
    "en facebook dicen que esa agencia quita pasaportes",
    "pe facebook se zice că agenția asta ia pașapoartele",
    "trên facebook người ta nói công ty đó giữ hộ chiếu",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    risky=(OLDER_RISKY, ESCALATED), calm=(OLDER_CALM, CALM),
))
def test_older_gaps(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
