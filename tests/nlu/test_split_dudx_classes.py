"""Splits DU, DV, DW and DX's classes (fifty-fifth round), written as meanings in new words, not the splits'
sentences.

Critical: a jump threatened tonight unless the writer is let out; still locked in, nothing eaten since
yesterday. Their twins told as past with the writer safe now, or locked out of a flat, stay below danger.

False escalations: talk passed on of a boss locking people in or reporting them, answered by the writer's
own look (a visit, an office, a register); the writer's own earlier message taken back ("two days ago I wrote
that ...; it turned out ..., got it back"). Each with its risky twins (the look or the correction confirms the
danger) and adversarial twins (the calm frame, then a danger told in fresh words), kept escalated. The rules
are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# False escalations: talk of a boss locking people in, the writer's own look; risky twins first (it is
# true).
RUMOUR_LOOK_CONFIRMS = [
    'My roommates kept saying the owner of the bakery locks the night shift inside. I went there myself '
        "on Friday and it's true, the back door was padlocked from outside and a girl inside begged me for "
        'help.',
    'Współlokatorzy gadali, że właściciel piekarni zamyka nocną zmianę w środku. Sam tam pojechałem w '
        'piątek i to prawda, drzwi zamknięte na kłódkę od zewnątrz, dziewczyna w środku prosiła o pomoc.',
    'Соседи по комнате говорили что хозяин пекарни запирает ночную смену внутри. Я сам туда съездил в '
        'пятницу, это правда, дверь заперта на замок снаружи, девушка внутри просила о помощи.',
    "Сусіди по кімнаті казали що власник пекарні замикає нічну зміну всередині. Я сам туди з'їздив у "
        "п'ятницю, це правда, двері замкнені на замок ззовні, дівчина всередині просила допомоги.",
    'Mis compañeros de piso decían que el dueño de la panadería encierra al turno de noche. Fui yo mismo '
        'el viernes y es verdad, la puerta tenía candado por fuera y una chica adentro me pidió ayuda.',
    'Colegii de cameră ziceau că patronul brutăriei încuie tura de noapte înăuntru. M-am dus și eu vineri'
        ' și e adevărat, ușa era încuiată cu lacăt pe dinafară și o fată dinăuntru mi-a cerut ajutor.',
    'Mấy anh cùng phòng cứ đồn ông chủ tiệm bánh nhốt ca đêm ở trong. Thứ sáu em tự đến xem thì đúng '
        'thật, cửa khóa bên ngoài, một cô gái bên trong xin em cứu.',
]
# The calm check: the writer went there, the doors are open.
RUMOUR_LOOK_DENIES = [
    'My roommates kept saying the owner of the bakery locks the night shift inside. I went there myself '
        "on Friday, it isn't true, the back door is open and people come and go. Anything else I should "
        'check?',
    'Współlokatorzy gadali, że właściciel piekarni zamyka nocną zmianę w środku. Sam tam pojechałem w '
        'piątek, to nieprawda, drzwi otwarte, ludzie wchodzą i wychodzą. Coś jeszcze sprawdzić?',
    'Соседи по комнате говорили что хозяин пекарни запирает ночную смену внутри. Я сам туда съездил в '
        'пятницу, это неправда, двери открыты, люди входят и выходят. Что ещё проверить?',
    "Сусіди по кімнаті казали що власник пекарні замикає нічну зміну всередині. Я сам туди з'їздив у "
        "п'ятницю, це неправда, двері відкриті, люди заходять і виходять. Що ще перевірити?",
    'Mis compañeros de piso decían que el dueño de la panadería encierra al turno de noche. Fui yo mismo '
        'el viernes, no es cierto, las puertas están abiertas y la gente entra y sale. ¿Qué más debería '
        'revisar?',
    'Colegii de cameră ziceau că patronul brutăriei încuie tura de noapte înăuntru. M-am dus și eu '
        'vineri, nu e adevărat, ușile sunt deschise, oamenii intră și ies. Ce să mai verific?',
    'Mấy anh cùng phòng cứ đồn ông chủ tiệm bánh nhốt ca đêm ở trong. Thứ sáu em tự đến xem, không phải '
        'thật, cửa mở, người ra vào bình thường. Em cần kiểm tra gì thêm không?',
]
# Adversarial twins: the calm look, then the writer's own case in fresh words.
RUMOUR_LOOK_THEN_OWN_DANGER = [
    'My roommates kept saying the owner of the bakery locks the night shift inside. I went there myself, '
        "it isn't true, the door is open. My own supervisor though has carried all our passports in his "
        'glovebox since March and says we get them back once the debt is cleared.',
    'Współlokatorzy gadali, że właściciel piekarni zamyka nocną zmianę w środku. Sam tam pojechałem, to '
        'nieprawda, drzwi otwarte. Za to mój brygadzista od marca wozi wszystkie nasze paszporty w schowku w '
        'aucie i mówi że oddadzą jak spłacimy dług.',
    'Соседи по комнате говорили что хозяин пекарни запирает ночную смену внутри. Я сам туда съездил, это '
        'неправда, двери открыты. Зато мой бригадир с марта возит все наши паспорта в бардачке и говорит '
        'отдаст когда отработаем долг.',
    "Сусіди по кімнаті казали що власник пекарні замикає нічну зміну всередині. Я сам туди з'їздив, це "
        'неправда, двері відкриті. Зате мій бригадир з березня возить усі наші паспорти в бардачку і каже '
        'віддасть коли відпрацюємо борг.',
    'Mis compañeros de piso decían que el dueño de la panadería encierra al turno de noche. Fui yo mismo,'
        ' no es cierto, las puertas están abiertas. En cambio mi supervisor lleva todos nuestros pasaportes '
        'en la guantera desde marzo y dice que nos los devuelve cuando paguemos la deuda.',
    'Colegii de cameră ziceau că patronul brutăriei încuie tura de noapte înăuntru. M-am dus și eu, nu e '
        'adevărat, ușile sunt deschise. În schimb șeful meu de echipă ne plimbă pașapoartele în torpedo din '
        'martie și zice că ni le dă când plătim datoria.',
    'Mấy anh cùng phòng cứ đồn ông chủ tiệm bánh nhốt ca đêm ở trong. Em tự đến xem, không phải thật, cửa'
        ' mở. Còn tổ trưởng của em thì giữ hộ chiếu của cả nhóm trong cốp xe từ tháng ba, bảo trả hết nợ mới '
        'đưa lại.',
]


@pytest.mark.parametrize("text,levels", cases(
    confirms=(RUMOUR_LOOK_CONFIRMS, ESCALATED), denies=(RUMOUR_LOOK_DENIES, CALM),
    adversarial=(RUMOUR_LOOK_THEN_OWN_DANGER, ESCALATED)))
def test_rumour_answered_by_own_look(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    denies=(RUMOUR_LOOK_DENIES, CALM), adversarial=(RUMOUR_LOOK_THEN_OWN_DANGER, ESCALATED)))
def test_rumour_answered_by_own_look_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# The writer's own earlier message taken back; risky twins first (it turned out he still keeps it).
CORRECTION_CONFIRMS = [
    "Two days ago I wrote that the landlord kept my sister's ID card. It turned out he still has it and "
        'says she gets it back only when she pays him 500 euro.',
    'Przedwczoraj pisałam że właściciel mieszkania zatrzymał siostrze dowód. Okazało się że dalej go '
        'trzyma i mówi że odda jak mu zapłaci 500 euro.',
    'Позавчера я писала что хозяин квартиры забрал у сестры паспорт. Оказалось он до сих пор его держит и'
        ' говорит отдаст только когда она заплатит ему 500 евро.',
    'Позавчора я писала що власник квартири забрав у сестри паспорт. Виявилось він досі його тримає і '
        'каже віддасть тільки коли вона заплатить йому 500 євро.',
    'Anteayer escribí que el casero le quitó el pasaporte a mi hermana. Resulta que todavía lo tiene y '
        'dice que se lo devuelve solo cuando le pague 500 euros.',
    'Alaltăieri am scris că proprietarul i-a luat pașaportul surorii mele. S-a dovedit că încă îl ține și'
        ' zice că i-l dă înapoi doar când îi plătește 500 de euro.',
    'Hôm kia em nhắn là chủ nhà giữ hộ chiếu của chị em. Hóa ra ông ta vẫn giữ, bảo chị em phải trả 500 '
        'euro mới đưa lại.',
]
# The calm check: it turned out she left it herself, got it back.
CORRECTION_TAKEN_BACK = [
    "Two days ago I wrote that the landlord kept my sister's ID card. It turned out she left it at the "
        'reception for the lease, she got it back that evening. All fine, thank you',
    'Przedwczoraj pisałam że właściciel mieszkania zatrzymał siostrze dowód. Okazało się że zostawiła go '
        'w recepcji do umowy najmu, dostała z powrotem tego samego wieczoru. Wszystko ok, dziękuję',
    'Позавчера я писала что хозяин квартиры забрал у сестры паспорт. Оказалось она сама оставила его на '
        'ресепшене для договора аренды, получила обратно в тот же вечер. Всё хорошо, спасибо',
    'Позавчора я писала що власник квартири забрав у сестри паспорт. Виявилось вона сама залишила його на'
        ' рецепції для договору оренди, отримала назад того ж вечора. Все добре, дякую',
    'Anteayer escribí que el casero le quitó el pasaporte a mi hermana. Resulta que ella lo dejó en la '
        'recepción para el contrato de alquiler, se lo devolvieron esa misma noche. Todo bien, gracias',
    'Alaltăieri am scris că proprietarul i-a luat pașaportul surorii mele. S-a dovedit că ea l-a lăsat la'
        ' recepție pentru contractul de chirie, l-a primit înapoi în aceeași seară. Totul e bine, mersi',
    'Hôm kia em nhắn là chủ nhà giữ hộ chiếu của chị em. Hóa ra chị ấy tự để ở lễ tân để làm hợp đồng '
        'thuê nhà, tối đó được trả lại rồi. Ổn hết rồi, cảm ơn',
]
# Adversarial twins: the correction, then a danger told in fresh words.
CORRECTION_THEN_DANGER = [
    "Two days ago I wrote that the landlord kept my sister's ID card. It turned out she left it at the "
        'reception, she got it back that evening. Now her foreman shoves her against the wall every morning '
        'and she sleeps in the van.',
    'Przedwczoraj pisałam że właściciel mieszkania zatrzymał siostrze dowód. Okazało się że zostawiła go '
        'w recepcji, dostała z powrotem tego samego wieczoru. Teraz jej brygadzista co rano popycha ją na '
        'ścianę a ona śpi w busie.',
    'Позавчера я писала что хозяин квартиры забрал у сестры паспорт. Оказалось она сама оставила его на '
        'ресепшене, получила обратно в тот же вечер. А теперь бригадир каждое утро швыряет её об стену и она '
        'ночует в фургоне.',
    'Позавчора я писала що власник квартири забрав у сестри паспорт. Виявилось вона сама залишила його на'
        ' рецепції, отримала назад того ж вечора. А тепер бригадир щоранку жбурляє її об стіну і вона ночує в'
        ' бусі.',
    'Anteayer escribí que el casero le quitó el pasaporte a mi hermana. Resulta que ella lo dejó en la '
        'recepción, se lo devolvieron esa misma noche. Ahora el capataz la estrella contra la pared cada '
        'mañana y ella duerme en la furgoneta.',
    'Alaltăieri am scris că proprietarul i-a luat pașaportul surorii mele. S-a dovedit că ea l-a lăsat la'
        ' recepție, l-a primit înapoi în aceeași seară. Acum șeful de echipă o izbește de perete în fiecare '
        'dimineață și ea doarme în dubă.',
    'Hôm kia em nhắn là chủ nhà giữ hộ chiếu của chị em. Hóa ra chị ấy tự để ở lễ tân, tối đó được trả '
        'lại rồi. Giờ thì sáng nào tổ trưởng cũng xô chị ấy vào tường, chị phải ngủ trong xe.',
]


@pytest.mark.parametrize("text,levels", cases(
    confirms=(CORRECTION_CONFIRMS, ESCALATED), taken_back=(CORRECTION_TAKEN_BACK, CALM),
    adversarial=(CORRECTION_THEN_DANGER, ESCALATED)))
def test_earlier_message_taken_back(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    taken_back=(CORRECTION_TAKEN_BACK, CALM), adversarial=(CORRECTION_THEN_DANGER, ESCALATED)))
def test_earlier_message_taken_back_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# Critical: a jump threatened tonight unless the writer is let out, with despair.
JUMP_UNLESS_LET_OUT = [
    "can't take it anymore. if they won't let me out of this room tonight i'll jump",
    'nie daję już rady. jak mnie dziś nie wypuszczą z tego pokoju to wyskoczę',
    'больше не могу. если меня сегодня не выпустят из этой комнаты, я спрыгну',
    'більше не можу. якщо мене сьогодні не випустять з цієї кімнати, я зістрибну',
    'ya no aguanto. si hoy no me dejan salir de este cuarto me tiro',
    'nu mai rezist. dacă nu mă lasă să ies din cameră în seara asta, sar',
    'em hết chịu nổi rồi. tối nay họ không cho em ra khỏi phòng thì em nhảy xuống',
]
# Its twins: told as past, the writer home now (below danger with the rules).
JUMP_TOLD_AS_PAST = [
    "last winter i couldn't take it anymore and told my sister if they didn't let me out that night i'd "
        "jump. i got out in spring, i'm home now and seeing a therapist",
    'zeszłej zimy nie dawałam już rady i napisałam siostrze że jak mnie tej nocy nie wypuszczą to skoczę.'
        ' wyszłam wiosną, jestem w domu i chodzę na terapię',
    'прошлой зимой я больше не могла и написала сестре что если меня той ночью не выпустят, я прыгну. '
        'весной я вырвалась, теперь дома и хожу к психологу',
    'минулої зими я більше не могла і написала сестрі що якщо мене тієї ночі не випустять, я стрибну. '
        'навесні я вирвалась, тепер вдома і ходжу до психолога',
    'el invierno pasado ya no podía más y le escribí a mi hermana que si no me dejaban salir esa noche me'
        ' tiraba. salí en primavera, ahora estoy en casa y voy a terapia',
    'iarna trecută nu mai puteam și i-am scris surorii mele că dacă nu mă lasă să ies în noaptea aia sar.'
        ' am scăpat în primăvară, acum sunt acasă și merg la terapie',
    'mùa đông năm ngoái em hết chịu nổi, nhắn chị là đêm đó họ không cho em ra thì em nhảy xuống. mùa '
        'xuân em thoát được, giờ em ở nhà và đi gặp bác sĩ tâm lý',
]


@pytest.mark.parametrize("text,levels", cases(
    now=(JUMP_UNLESS_LET_OUT, DANGER), past=(JUMP_TOLD_AS_PAST, BELOW_DANGER)))
def test_jump_unless_let_out(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical: still locked in, nobody back, nothing eaten since yesterday.
STILL_LOCKED_HUNGRY = [
    "we're still locked in the barrack, nobody came. haven't eaten since yesterday morning, six of us",
    'nadal zamknięci w baraku, nikt nie przyszedł. nic nie jedliśmy od wczoraj rana, jest nas sześciu',
    'мы всё ещё заперты в бараке, никто не пришёл. не ели со вчера, нас шестеро',
    'досі замкнені в бараку, ніхто не прийшов. нічого не їли з учора, нас шестеро',
    'seguimos encerradas en la bodega, nadie vino. sin comer desde ayer en la mañana, somos seis',
    'tot suntem încuiați în baracă, n-a venit nimeni. nu am mâncat de ieri dimineață, suntem șase',
    'bọn em vẫn bị nhốt trong lán, không ai đến. chưa ăn gì từ sáng hôm qua, 6 người',
]
# Its twin: locked out of a flat, no food since breakfast (calm).
LOCKED_OUT_HUNGRY = [
    "we're still locked out of the flat, no food since breakfast lol, the locksmith comes at 8",
]


@pytest.mark.parametrize("text,levels", cases(
    now=(STILL_LOCKED_HUNGRY, DANGER), locked_out=(LOCKED_OUT_HUNGRY, CALM)))
def test_still_locked_in_hungry(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
