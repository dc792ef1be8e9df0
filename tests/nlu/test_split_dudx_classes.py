"""Splits DU, DV, DW and DX's classes (fifty-fifth round), written as meanings in new words, not the splits'
sentences.

Escalation misses: a follow-up answer naming who still holds "it" (short messages only); a permit signed only
if the writer comes to the boss's flat at night; paid half of what the job advert said; out to town only with
the foreman; all the pay at the end of the season.

Critical: a jump threatened tonight unless the writer is let out; still locked in, nothing eaten since
yesterday; someone who just wrote she will swallow pills tonight, threatened, not answering now. Their twins
told as past with the writer safe now, or locked out of a flat, stay below danger.

False escalations: talk passed on of a boss locking people in or reporting them, answered by the writer's own
look (a visit, an office, a register); the writer's own earlier message taken back ("two days ago I wrote that
...; it turned out ..., got it back"); a question about the future asked before leaving ("what if I get hurt
over there? I haven't left yet. could the boss keep my passport?"); stories of slaves heard in general with
the writer asking how to find something safe; a job offered to a minor and asked about (the offer no longer
holds when night work or a building site is told). Each with its risky twins (the look or the correction
confirms the danger) and adversarial twins (the calm frame, then a danger told in fresh words), kept
escalated. The rules are tested alone (the statistical net off) unless a test says otherwise."""

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


# Escalation misses: a follow-up answer naming who still holds "it"; risky twins first.
FOLLOW_UP_STILL_HELD = [
    'yeah, the foreman still has it',
    'tak, nadal go ma brygadzista',
    'да, до сих пор у бригадира',
    'так, досі у бригадира',
    'sí, aún lo tiene el capataz',
    'da, încă la el e, la maistru',
    'dạ, vẫn ở chỗ quản lý ạ',
]
# The calm check: given back.
FOLLOW_UP_GIVEN_BACK = [
    'no, he gave it back to me yesterday',
    'nie, oddał mi go wczoraj',
    'нет, он вчера мне его отдал',
    'ні, він учора мені його віддав',
    'no, ayer me lo devolvió',
    'nu, mi l-a dat înapoi ieri',
    'không, hôm qua ông ấy trả lại em rồi',
]
# A longer message: "it" is something else (calm).
LONG_IT_SOMETHING_ELSE = [
    'my neighbour borrowed my drill in May and he still has it, annoying but fine. what is the weather '
        'like in Krakow now?',
    'sąsiad pożyczył ode mnie wiertarkę w maju i dalej go ma, irytujące ale trudno. jaka jest teraz '
        'pogoda w Krakowie?',
]


@pytest.mark.parametrize("text,levels", cases(
    held=(FOLLOW_UP_STILL_HELD, ESCALATED), back=(FOLLOW_UP_GIVEN_BACK, CALM),
    long=(LONG_IT_SOMETHING_ELSE, CALM)))
def test_follow_up_still_held(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A permit or visa signed only if the writer comes to the boss's place at night.
PERMIT_FOR_A_VISIT = [
    "my manager says he'll only sign my visa papers if I come to his place tonight, otherwise my stay "
        'runs out',
    'kierownik mówi że podpisze mi papiery do wizy tylko jak przyjdę do niego dziś wieczorem, inaczej '
        'skończy mi się pobyt',
    'начальник говорит, что подпишет мне документы на визу только если я приду к нему сегодня вечером, '
        'иначе мне конец с легальным пребыванием',
    'начальник каже, що підпише мені документи на візу тільки якщо я прийду до нього сьогодні ввечері, '
        'інакше мій дозвіл закінчиться',
    'el encargado dice que firma mis papeles de la visa solo si voy a su casa esta noche, si no se me '
        'acaba la estancia',
    'managerul zice că îmi semnează actele pentru viză doar dacă vin la el acasă diseară, altfel îmi '
        'expiră șederea',
    'quản lý bảo chỉ ký giấy phép cho em nếu tối nay em qua nhà anh ta, không thì em hết hạn cư trú',
]
# The calm check: the originals brought to the office.
PERMIT_AT_THE_OFFICE = [
    "my manager says he'll only sign my visa papers if I bring the originals to the office on Monday "
        'morning',
    'kierownik mówi że podpisze mi papiery do wizy tylko jak przyniosę oryginały do biura w poniedziałek '
        'rano',
    'el encargado dice que firma mis papeles de la visa solo si llevo los originales a la oficina el '
        'lunes por la mañana',
]


@pytest.mark.parametrize("text,levels", cases(
    visit=(PERMIT_FOR_A_VISIT, ESCALATED), office=(PERMIT_AT_THE_OFFICE, CALM)))
def test_permit_signed_for_a_visit(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Paid half of what the advert said (a follow-up: "no, not the warehouse").
HALF_OF_THE_AD = [
    "no, it's not the warehouse. it's gutting fish in a cold room and they pay about half of what the ad "
        'said',
    'nie, to nie magazyn. patroszę ryby w chłodni i płacą może połowę tego co było w ogłoszeniu',
    'нет, это не склад. потрошу рыбу в холодильном цеху и платят примерно половину того, что было в '
        'объявлении',
    'ні, це не склад. патраю рибу в холодильному цеху і платять десь половину того, що було в оголошенні',
    'no, no es el almacén. limpio pescado en una cámara fría y pagan más o menos la mitad de lo que decía'
        ' el anuncio',
    'nu, nu e depozitul. curăț pește într-o cameră frigorifică și plătesc cam jumătate din ce scria în '
        'anunț',
    'không, không phải kho hàng. em làm cá trong kho lạnh và họ trả chỉ khoảng một nửa so với quảng cáo',
]
# The calm check: paid as advertised, in two halves.
PAID_AS_ADVERTISED = [
    'the ad said 20 an hour and they pay exactly that, half of it on the 10th and half on the 25th',
    'el anuncio decía 12 la hora y pagan justo eso, la mitad el día 10 y la otra mitad el 25',
]


@pytest.mark.parametrize("text,levels", cases(
    half=(HALF_OF_THE_AD, ESCALATED), advertised=(PAID_AS_ADVERTISED, CALM)))
def test_paid_half_of_the_advert(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: a question about the future before leaving; risky twins first ("but my brother
# is there and his boss keeps his passport").
FUTURE_QUESTION_BUT_TOLD = [
    "what if I get hurt on the job over there? I haven't left yet, but my brother is there and his boss "
        "already keeps his passport and hasn't paid him since May",
    'a co jeśli złamię rękę w pracy za granicą? jeszcze nie wyjechałem, ale brat tam jest i szef już '
        'trzyma jego paszport i nie płaci mu od maja',
    'а что если я сломаю руку на работе за границей? я ещё не уехал, но брат там, и шеф уже держит его '
        'паспорт и не платит ему с мая',
    'а що якщо я зламаю руку на роботі за кордоном? я ще не поїхав, але брат там, і шеф уже тримає його '
        'паспорт і не платить йому з травня',
    'y si me lastimo en el trabajo allá? todavía no me he ido, pero mi hermano está allá y el jefe ya le '
        'tiene el pasaporte y no le paga desde mayo',
    'și dacă mă accidentez la muncă acolo? încă n-am plecat, dar fratele meu e acolo și șeful deja îi '
        'ține pașaportul și nu-l plătește din mai',
    'lỡ tôi bị tai nạn khi làm ở bên đó thì sao? tôi chưa đi, nhưng em trai tôi ở đó và chủ đã giữ hộ '
        'chiếu của nó, từ tháng năm không trả lương',
]
# The calm check: only asked.
FUTURE_QUESTION = [
    "what if I get hurt on the job over there? I haven't left yet. could the boss then keep my passport "
        'or stop my pay?',
    'a co jeśli złamię rękę w pracy za granicą? jeszcze nie wyjechałem. czy szef mógłby wtedy zatrzymać '
        'mi paszport albo nie zapłacić?',
    'а что если я сломаю руку на работе за границей? я ещё не уехал. может ли шеф тогда забрать паспорт '
        'или не заплатить?',
    'а що якщо я зламаю руку на роботі за кордоном? я ще не поїхав. чи може шеф тоді забрати паспорт або '
        'не заплатити?',
    'y si me lastimo en el trabajo allá? todavía no me he ido. el jefe podría quedarse con mi pasaporte o'
        ' no pagarme?',
    'și dacă mă accidentez la muncă acolo? încă n-am plecat. poate șeful atunci să-mi ia pașaportul sau '
        'să nu mă plătească?',
    'lỡ tôi bị tai nạn khi làm ở bên đó thì sao? tôi chưa đi. lúc đó chủ có được giữ hộ chiếu hay không '
        'trả lương không?',
]
# Adversarial twins: the question, then a relative's case in fresh words.
FUTURE_QUESTION_THEN_TOLD = [
    "what if I get hurt on the job over there? I haven't left yet. My cousin who is there says the owner "
        "piled everyone's passports into his safe and they now work only for food",
    'a co jeśli złamię rękę w pracy za granicą? jeszcze nie wyjechałem. Kuzyn który tam jest mówi że '
        'właściciel zamknął wszystkie paszporty w sejfie i teraz pracują tylko za jedzenie',
    'а что если я сломаю руку на работе за границей? я ещё не уехал. Двоюродный брат там говорит, что '
        'хозяин запер все паспорта в сейфе и они теперь работают только за еду',
    'а що якщо я зламаю руку на роботі за кордоном? я ще не поїхав. Двоюрідний брат там каже, що хазяїн '
        'замкнув усі паспорти в сейфі і вони тепер працюють тільки за їжу',
    'y si me lastimo en el trabajo allá? todavía no me he ido. Mi primo que está allá dice que el dueño '
        'encerró todos los pasaportes en su caja fuerte y ahora trabajan solo por la comida',
    'și dacă mă accidentez la muncă acolo? încă n-am plecat. Vărul meu care e acolo zice că patronul a '
        'încuiat toate pașapoartele în seif și acum muncesc doar pentru mâncare',
    'lỡ tôi bị tai nạn khi làm ở bên đó thì sao? tôi chưa đi. Anh họ tôi ở đó kể ông chủ khóa hết hộ '
        'chiếu trong két sắt, giờ họ làm chỉ để được ăn',
]


@pytest.mark.parametrize("text,levels", cases(
    told=(FUTURE_QUESTION_BUT_TOLD, ESCALATED), asked=(FUTURE_QUESTION, CALM),
    adversarial=(FUTURE_QUESTION_THEN_TOLD, ESCALATED)))
def test_question_about_the_future(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: stories of slaves heard in general; risky twins first (and now my own boss
# locks us in).
HEARSAY_THEN_OWN_LOCK = [
    'heard stories about slaves in greenhouses, and now my own boss locks us in the greenhouse at night. '
        'how do I find something safe?',
    'słyszałem o niewolnikach w szklarniach, a teraz mój szef zamyka nas na noc w szklarni. jak znaleźć '
        'coś pewnego?',
    'слышал про рабов в теплицах, а теперь мой шеф запирает нас на ночь в теплице. как найти что-то '
        'надёжное?',
    'чув про рабів у теплицях, а тепер мій шеф замикає нас на ніч у теплиці. як знайти щось надійне?',
    'escuché de esclavos en los invernaderos, y ahora mi jefe nos encierra en el invernadero por la '
        'noche. cómo encuentro algo seguro?',
    'am auzit de sclavi prin sere, iar acum șeful meu ne încuie noaptea în seră. cum găsesc ceva sigur?',
    'nghe kể có người bị làm nô lệ trong nhà kính, giờ chủ của tôi nhốt chúng tôi trong nhà kính ban đêm.'
        ' làm sao tìm được chỗ đáng tin?',
]
# The calm check: how to find something safe.
HEARSAY_FIND_SAFE = [
    "I'm 58 and want to pick strawberries in Spain this summer. heard stories about slaves on farms "
        'there, how do I find something safe?',
    'mam 58 lat i chcę latem zbierać truskawki w Hiszpanii. słyszałam o niewolnikach na tamtejszych '
        'farmach, jak znaleźć coś pewnego?',
    'мне 58, хочу летом собирать клубнику в Испании. слышала про рабов на тамошних фермах, как найти что-'
        'то надёжное?',
    'мені 58, хочу влітку збирати полуницю в Іспанії. чула про рабів на тамтешніх фермах, як знайти щось '
        'надійне?',
    'tengo 58 y quiero recoger fresas en España este verano. escuché de esclavos en las fincas de allá, '
        'cómo encuentro algo seguro?',
    'am 58 de ani și vreau să culeg căpșuni în Spania vara asta. am auzit de sclavi pe fermele de acolo, '
        'cum găsesc ceva sigur?',
    'tôi 58 tuổi, hè này muốn sang Tây Ban Nha hái dâu. nghe kể có người bị làm nô lệ ở các trang trại '
        'bên đó, làm sao tìm được chỗ đáng tin?',
]
# Adversarial twins: the hearsay and the question, then a husband's case in fresh words.
HEARSAY_THEN_HUSBAND = [
    'heard stories about slaves on farms, how do I find something safe? the guy who hired my husband took'
        ' his phone on day one and he sleeps in a pigsty',
    'słyszałam o niewolnikach na farmach, jak znaleźć coś pewnego? facet który zatrudnił męża zabrał mu '
        'telefon pierwszego dnia i mąż śpi w chlewie',
    'слышала про рабов на фермах, как найти что-то надёжное? мужик который нанял мужа забрал у него '
        'телефон в первый день, и муж спит в свинарнике',
    'чула про рабів на фермах, як знайти щось надійне? чоловік, який найняв мого чоловіка, забрав у нього'
        ' телефон першого дня, і він спить у свинарнику',
    'escuché de esclavos en las fincas, cómo encuentro algo seguro? el tipo que contrató a mi esposo le '
        'quitó el teléfono el primer día y duerme en una pocilga',
    'am auzit de sclavi pe ferme, cum găsesc ceva sigur? omul care l-a angajat pe soțul meu i-a luat '
        'telefonul din prima zi și doarme într-o cocină',
    'nghe kể có người bị làm nô lệ ở trang trại, làm sao tìm được chỗ đáng tin? người thuê chồng tôi giữ '
        'hộ chiếu của anh ấy từ ngày đầu, ba tháng không trả lương',
]


@pytest.mark.parametrize("text,levels", cases(
    own=(HEARSAY_THEN_OWN_LOCK, ESCALATED), find=(HEARSAY_FIND_SAFE, CALM),
    adversarial=(HEARSAY_THEN_HUSBAND, ESCALATED)))
def test_stories_heard_find_something_safe(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses (follow-up answers): out to town or the shop only with the foreman, counted back.
OUT_ONLY_WITH_FOREMAN = [
    "nope.. we're allowed into town only with the foreman and he does a head count when we get back",
    'nie za bardzo.. do miasta wolno nam tylko z kierownikiem, a po powrocie liczy ludzi',
    'не очень.. в город только с начальником, а после возвращения он всех пересчитывает',
    'не дуже.. до міста тільки з начальником, а після повернення він усіх перераховує',
    'no mucho.. al pueblo solo podemos ir con el capataz y al volver nos cuenta',
    'nu chiar.. în oraș avem voie doar cu șeful și la întoarcere ne numără',
    'không hẳn.. ra chợ phải đi cùng tổ trưởng, về thì bị đếm người',
]
# The calm check: out on their own, sometimes a lift from the foreman (calm with the rules).
OUT_ON_OUR_OWN = [
    'we go to the shop on our own whenever we like, sometimes the foreman gives us a lift in his van',
    'do sklepu chodzimy sami kiedy chcemy, czasem kierownik podwozi nas busem',
    'в магазин ходим сами когда хотим, иногда начальник подвозит нас на бусе',
    'в магазин ходимо самі коли хочемо, іноді начальник підвозить нас бусом',
    'al pueblo vamos solos cuando queremos, a veces el capataz nos lleva en su camioneta',
    'la magazin mergem singuri când vrem, uneori șeful ne duce cu duba',
    'ra chợ bọn em tự đi lúc nào cũng được, thỉnh thoảng tổ trưởng chở đi',
]


@pytest.mark.parametrize("text,levels", cases(
    only_with=(OUT_ONLY_WITH_FOREMAN, ESCALATED), own=(OUT_ON_OUR_OWN, CALM)))
def test_out_only_with_the_foreman(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Still nothing for a month, all of it at the end of the season.
ALL_AT_SEASON_END = [
    'no, still nothing for september. he says we get everything at the end of the season, in november',
    'nie, za wrzesień dalej nic. mówi że dostaniemy wszystko pod koniec sezonu, w listopadzie',
    'нет, за сентябрь до сих пор ничего. говорит всё получим в конце сезона, в ноябре',
    'ні, за вересень досі нічого. каже що все отримаємо в кінці сезону, в листопаді',
    'no, de septiembre todavía nada. dice que nos paga todo al final de la temporada, en noviembre',
    'nu, pe septembrie tot nimic. zice că primim tot la sfârșitul sezonului, în noiembrie',
    'chưa, tháng 9 vẫn chưa trả gì. ông ấy nói hết mùa mới trả, tháng 11',
]
# The calm check: paid every month, a bonus promised at the end (calm with the rules).
PAID_MONTHLY_BONUS_AT_END = [
    'yes, september came on the 10th like every month, and a bonus is promised at the end of the season',
    'tak, wrzesień przyszedł dziesiątego jak co miesiąc, a premię obiecali pod koniec sezonu',
    'да, за сентябрь пришло десятого как каждый месяц, а премию обещали в конце сезона',
    'так, за вересень прийшло десятого як щомісяця, а премію обіцяли в кінці сезону',
    'sí, septiembre llegó el 10 como cada mes, y prometieron un bono al final de la temporada',
    'da, septembrie a venit pe 10 ca în fiecare lună, iar un bonus ni l-au promis la sfârșitul sezonului',
    'dạ, tháng 9 trả ngày 10 như mọi tháng, còn thưởng thì hứa cuối mùa',
]


@pytest.mark.parametrize("text,levels", cases(
    withheld=(ALL_AT_SEASON_END, ESCALATED), paid=(PAID_MONTHLY_BONUS_AT_END, CALM)))
def test_all_pay_at_the_end_of_the_season(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalations: a job offered to a minor, asked about (ro "i-a propus", vi "rủ con"); risky twins first:
# the offer taken, night work on a building site now.
OFFERED_THEN_NIGHT_SITE = [
    'A neighbour offered my son a job, he is 15 and now he works nights on a building site',
    'Sąsiad zaproponował mojemu synowi (15 lat) pracę i teraz pracuje w nocy na budowie',
    'Сосед предложил моему сыну (15 лет) работу, и теперь он работает по ночам на стройке',
    'Сусід запропонував моєму синові (15 років) роботу, і тепер він працює вночі на будові',
    'Un vecino le ofreció a mi hijo (15 años) un trabajo y ahora trabaja de noche en una obra',
    'Un vecin i-a propus fiului meu (15 ani) o muncă și acum lucrează noaptea pe un șantier',
    'Ông hàng xóm rủ con trai tôi (15 tuổi) đi làm, giờ nó làm ca đêm ở công trường',
]
# The calm check: the offer asked about (low).
OFFERED_ASKED = [
    'A neighbour offered my daughter (15) summer work in a greenhouse in Germany. No contract yet, she '
        'says they do it there. Is that ok?',
    'Sąsiadka zaproponowała mojej córce (15 lat) pracę wakacyjną w szklarni w Niemczech. Na razie bez '
        'umowy, mówi że zrobią na miejscu. Czy to w porządku?',
    'Соседка предложила моей дочери (15 лет) летнюю работу в теплице в Германии. Пока без договора, '
        'говорит сделают на месте. Это нормально?',
    'Сусідка запропонувала моїй доньці (15 років) літню роботу в теплиці в Німеччині. Поки без договору, '
        'каже зроблять на місці. Це нормально?',
    'Una vecina le ofreció a mi hija (15 años) trabajo de verano en un invernadero en Alemania. Todavía '
        'sin contrato, dice que lo hacen allá. ¿Está bien?',
    'O vecină i-a propus fetei mele (15 ani) să lucreze vara la o seră în Germania. Fără contract '
        'deocamdată, zice că îl fac acolo. E ok?',
    'Một bà hàng xóm rủ con gái tôi (15 tuổi) sang Đức làm hè ở nhà kính. Chưa có hợp đồng, bà ấy nói '
        'sang đó mới làm. Có ổn không?',
]


@pytest.mark.parametrize("text,levels", cases(
    working=(OFFERED_THEN_NIGHT_SITE, ESCALATED), asked=(OFFERED_ASKED, CALM)))
def test_job_offered_to_a_minor(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical: she just wrote she will swallow pills tonight, a threat told, no answer now.
PILLS_TONIGHT_NO_ANSWER = [
    "my sister texted me a minute ago that tonight she'll swallow the pills, the agency said they'll "
        "deport her and she'll never see her son again. now she doesn't pick up",
    'siostra przed chwilą napisała że dziś wieczorem łyknie tabletki, agencja powiedziała że ją deportują'
        ' i nie zobaczy syna. teraz nie odbiera',
    'сестра минуту назад написала, что сегодня вечером наглотается таблеток, агентство сказало что её '
        'депортируют и она не увидит сына. сейчас не берёт трубку',
    'сестра хвилину тому написала, що сьогодні ввечері наковтається таблеток, агенція сказала що її '
        'депортують і вона не побачить сина. зараз не бере трубку',
    'mi hermana me escribió hace un minuto que esta noche se toma unas pastillas, la agencia le dijo que '
        'la deportan y no verá a su hijo. ahora no contesta',
    'sora mea mi-a scris acum un minut că diseară înghite pastilele, agenția i-a zis că o deportează și '
        'nu-și mai vede fiul. acum nu mai răspunde',
    'chị em vừa nhắn tối nay sẽ uống thuốc, công ty bảo sẽ trục xuất chị và chị không được gặp con nữa. '
        'giờ gọi không nghe máy',
]
# Its twins: a mother's usual pills tonight, asleep (below danger; en and es read high through an older
# forced-criminality "pills" phrase, before this round as after it).
PILLS_AS_USUAL = [
    "my mum takes her pills tonight as always, she's not answering now because she's asleep",
    'mama bierze tabletki wieczorem jak zawsze, teraz nie odbiera bo śpi',
    'мама вечером пьёт таблетки как всегда, сейчас не берёт трубку потому что спит',
    "мама ввечері п'є таблетки як завжди, зараз не бере трубку бо спить",
    'mi mamá se toma sus pastillas esta noche como siempre, ahora no contesta porque duerme',
    'mama își ia pastilele diseară ca întotdeauna, acum nu răspunde pentru că doarme',
    'mẹ em tối nay sẽ uống thuốc huyết áp như mọi ngày, giờ gọi không nghe máy vì mẹ ngủ rồi',
]


@pytest.mark.parametrize("text,levels", cases(
    now=(PILLS_TONIGHT_NO_ANSWER, DANGER), usual=(PILLS_AS_USUAL, BELOW_DANGER)))
def test_pills_tonight_no_answer(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Vietnamese only: "để lấy giấy tờ" (to get papers), "còn lại" (the rest), "làm giấy tờ cho em" (an offer to
# a minor); risky twins first.
VI_PAPERS_TAKEN = [
    'chủ lấy giấy tờ của em rồi không trả lại, đã hai tháng',
    'còn lại thì chủ lấy hết giấy tờ của bọn em, không trả',
    'em 16 tuổi, có anh trên facebook bảo làm giấy tờ cho em, giờ em đang làm ca đêm ở công trường',
]
# The calm checks.
VI_PAPERS_CALM = [
    'em muốn cưới bạn trai người Đức. cơ quan có thể nghi là cưới để lấy giấy tờ không?',
    'lương thì trả đủ, còn lại giấy tờ đầy đủ, em chỉ hỏi về thưởng thôi',
    'em 16 tuổi, có chị trên facebook bảo làm giấy tờ cho em đi làm Đức. có nên đi không?',
]


@pytest.mark.parametrize("text,levels", cases(
    taken=(VI_PAPERS_TAKEN, ESCALATED), calm=(VI_PAPERS_CALM, CALM)))
def test_vi_papers_words(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
