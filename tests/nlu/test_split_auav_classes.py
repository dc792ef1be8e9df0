"""Splits AU and AV's classes (twenty-fourth round), written as meanings in new words, not AU-AV's sentences.

Escalation misses: someone online demanding photos with no clothes from a teenager, with a threat to send the
old ones around (sextortion: "wants pics with no clothes", "chce bez ubrań", "просит фото без одежды", "pide
fotos sin ropa", "cere poze fara haine", "đòi ảnh không mặc đồ"), is sexual exploitation (high, not danger
now by itself); its twin, someone wanting photos of the new clothes for a class album, stays calm.
Critical recall: the ones who made a teenager carry parcels standing outside the user's building now or
tonight, with a situation found ("they're outside my block now", "стоят у моего подъезда", "sunt in fata
blocului acum") is danger now; its twin, a friend waiting outside the building now to drive the user to work,
stays calm. Worn out and an ending told for tonight in a situation ("they hold my passport, I owe them, I'm
tired, tonight I want to end it all") is danger now; its twin, tired and wanting to finish everything on a
list tonight with no situation, stays calm. A girl of 15 whom a man from facebook promised a modelling job is
"coming for her tonight" (przyjeżdża po nią, viene por ella, vine după ea, приїде по неї) is danger now; its
twin, her coach coming for her tonight to drive her to a tournament, stays below danger.
False escalations: a teenager's summer job near home with the parent's signed consent, asking about a contract
and a break, is no child at work and the net raises nothing; its twin, the same consent with nights of 12
hours and no pay, stays escalated.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Someone online demands photos with no clothes from a teenager, threatening to send the old ones around.
NUDE_DEMAND = [
    "im 14, a guy from a game chat gave me skins for selfies. now he asks for "
    "photos without clothes and says he'll post the old ones to my school if i refuse",
    "mam 14 lat, chłopak z czatu w grze dawał mi skiny za selfie. teraz chce "
    "zdjęć bez ubrań i grozi że pokaże stare w szkole jak odmówię",
    "мне 14, парень из игрового чата дарил скины за селфи. теперь просит "
    "фото без одежды и пишет что разошлёт старые в школу если откажу",
    "мені 14, хлопець з ігрового чату дарував скіни за селфі. тепер вимагає "
    "фото без одягу і пише що розішле старі в школу якщо відмовлю",
    "tengo 14, un chico del chat del juego me daba skins por selfis. ahora "
    "pide fotos sin ropa y dice que manda las viejas al colegio si no",
    "am 14 ani, un baiat din chatul jocului imi dadea skinuri pe selfie-uri. "
    "acum cere poze fara haine si zice ca le da pe cele vechi la scoala",
    "em 14 tuổi, 1 anh trong nhóm chat game cho em skin để đổi ảnh selfie. "
    "giờ anh ấy đòi ảnh không mặc đồ, bảo em không gửi thì tung ảnh cũ lên trường",
]

# Someone wants photos of the new clothes for a class album.
CLOTHES_ALBUM = [
    "my son is 14, the class teacher wants photos of the kids in their new "
    "school clothes for the class album. is it ok to send them?",
    "syn ma 14 lat, wychowawczyni chce zdjęć dzieci w nowych ubraniach "
    "szkolnych do albumu klasy. czy mogę je wysłać?",
    "сыну 14, классная просит фото детей в новой школьной одежде для "
    "альбома класса. можно их отправить?",
    "сину 14, класна керівниця просить фото дітей у новому шкільному одязі "
    "для альбому класу. можна їх надіслати?",
    "mi hijo tiene 14, la profesora pide fotos de los niños con la ropa "
    "nueva del colegio para el álbum de la clase. puedo mandarlas?",
    "baiatul meu are 14 ani, diriginta cere poze cu copiii in hainele noi "
    "de scoala pentru albumul clasei. pot sa le trimit?",
    "con em 14 tuổi, cô chủ nhiệm xin ảnh các con mặc đồ mới đi học để "
    "làm album lớp. em gửi được không ạ?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    demand=(NUDE_DEMAND, ("high",)), album=(CLOTHES_ALBUM, CALM),
))
def test_photos_with_no_clothes_demanded_online(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# The ones who made a teenager carry parcels stand outside the user's building now.
OUTSIDE_BUILDING = [
    "im 16, they paid me to carry packets, its drugs. i quit. "
    "now theyre outside my block waiting, saying i owe them",
    "mam 16 lat, płacili mi za noszenie paczek, to narkotyki. rzuciłem to. "
    "teraz czekają pod moim blokiem i mówią że zmuszą mnie dalej nosić",
    "мне 16, мне платили за доставку пакетов, это наркотики. я бросил. "
    "сейчас ждут у моего подъезда, говорят заставят возить дальше",
    "мені 16, мені платили за доставку пакетів, це наркотики. я кинув. "
    "зараз чекають біля мого під'їзду, кажуть змусять возити далі",
    "tengo 16, me pagaban por llevar paquetes de droga. lo dejé. "
    "ahora me esperan afuera de mi edificio, dicen que me obligan a seguir",
    "am 16 ani, ma plateau sa duc pachete cu droguri. m-am lasat. "
    "acum ma asteapta in fata blocului, zic ca ma obliga sa duc mai departe",
    "em 16 tuổi, họ trả tiền cho em chở hàng ma túy. em bỏ rồi. "
    "giờ họ đứng dưới nhà em, nói bắt em chở tiếp tối nay",
]

# A friend waits outside the building now to drive the user to work.
FRIEND_DOWNSTAIRS = [
    "my friend is outside my block now, he drives me to the new job at the bakery",
    "kolega czeka teraz pod moim blokiem, zawiezie mnie do nowej pracy w piekarni",
    "друг сейчас ждёт у моего подъезда, отвезёт меня на новую работу в пекарню",
    "друг зараз чекає біля мого під'їзду, відвезе мене на нову роботу в пекарню",
    "mi amigo me espera ahora afuera de mi edificio, me lleva al nuevo trabajo",
    "prietenul meu ma asteapta acum in fata blocului, ma duce la noul job",
    "bạn em đang đứng dưới nhà em, chở em đi làm chỗ mới ở tiệm bánh",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(OUTSIDE_BUILDING, DANGER), friend=(FRIEND_DOWNSTAIRS, CALM),
))
def test_outside_my_building_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Worn out, in a situation, an ending told for tonight.
TIRED_END_TONIGHT = [
    "the agency holds my passport and says i owe 3000. im tired. tonight i will end everything",
    "agencja trzyma mój paszport, mówią że jestem winna 3000. nie mam już "
    "siły. dziś w nocy chcę to wszystko skończyć",
    "агентство держит мой паспорт, говорят я должна 3000. я устала. сегодня ночью хочу всё закончить",
    "агенція тримає мій паспорт, кажуть я винна 3000. я втомилась. сьогодні вночі хочу все закінчити",
    "la agencia tiene mi pasaporte y dice que le debo 3000. estoy cansada. esta noche acabo con todo",
    "agentia imi tine pasaportul si zice ca le datorez 3000. sunt obosita. la noapte termin cu tot",
    "công ty giữ hộ chiếu của em, bảo em nợ 3000. em mệt lắm rồi. đêm nay em muốn kết thúc hết",
]

# Tired, wanting to finish everything on a list tonight, no situation.
TIRED_TODO = [
    "im tired after the move. tonight i will finish everything in the boxes and sleep",
    "jestem zmęczona po przeprowadzce. dziś w nocy chcę to wszystko skończyć w kartonach i spać",
    "я устала после переезда. сегодня ночью хочу всё закончить с коробками и спать",
    "я втомилась після переїзду. сьогодні вночі хочу все закінчити з коробками і спати",
    "estoy cansada de la mudanza. esta noche termino todo con las cajas y a dormir",
    "sunt obosita dupa mutare. la noapte termin totul cu cutiile si dorm",
    "em mệt lắm rồi vì chuyển nhà. đêm nay em muốn kết thúc hết mấy thùng đồ rồi ngủ",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(TIRED_END_TONIGHT, DANGER), todo=(TIRED_TODO, CALM),
))
def test_tired_and_an_ending_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A man from facebook who promised a girl of 15 a modelling job is coming for her tonight.
COMING_FOR_HER = [
    "my niece is 15, a guy from instagram promised her a photo job in Milan and he is coming for her tonight",
    "siostrzenica ma 15 lat, facet z instagrama obiecał jej sesje w "
    "Mediolanie i przyjeżdża po nią dziś w nocy",
    "племяннице 15, мужчина из фейсбука обещал ей съёмки в Милане и приедет по неё сегодня ночью",
    "племінниці 15, чоловік з фейсбуку обіцяв їй зйомки в Мілані і приїде по неї сьогодні вночі",
    "mi sobrina tiene 15, un tipo de instagram le prometió fotos en Milán y viene por ella esta noche",
    "nepoata mea are 15 ani, un tip de pe facebook i-a promis poze la Milano si vine dupa ea la noapte",
    "cháu em 15 tuổi, một người trên facebook hứa cho nó chụp ảnh ở Milan, tối nay đến đón nó",
]

# Her coach is coming for her tonight to drive her to a tournament.
COACH_COMING = [
    "my niece is 15, her coach is coming for her tonight to drive the team to the tournament",
    "siostrzenica ma 15 lat, trener przyjeżdża po nią dziś w nocy, jadą drużyną na turniej",
    "племяннице 15, тренер приедет по неё сегодня ночью, едут командой на турнир",
    "племінниці 15, тренер приїде по неї сьогодні вночі, їдуть командою на турнір",
    "mi sobrina tiene 15, su entrenador viene por ella esta noche, van con el equipo al torneo",
    "nepoata mea are 15 ani, antrenorul vine dupa ea la noapte, merg cu echipa la turneu",
    "cháu em 15 tuổi, tối nay thầy huấn luyện đến đón nó đi giải đấu cùng đội",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(COMING_FOR_HER, DANGER), coach=(COACH_COMING, BELOW_DANGER),
))
def test_a_stranger_coming_for_a_girl_tonight(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A teenager's summer job near home, the parent's consent signed, asking about a contract and a break.
SUMMER_JOB_CONSENT = [
    "hi im 16, i got a summer job in a bakery near home, my mum signed the form. do i get a break?",
    "cześć mam 16 lat, mam pracę na wakacje w piekarni blisko domu, mama podpisała zgodę. czy mam przerwę?",
    "привет мне 16, устроилась на лето в пекарню рядом с домом, мама "
    "подписала согласие. мне положен перерыв?",
    "привіт мені 16, влаштувалась на літо в пекарню біля дому, мама підписала згоду. мені належить перерва?",
    "hola tengo 16, trabajo este verano en una panadería cerca de casa, mi "
    "mamá firmó el permiso. tengo descanso?",
    "salut am 16 ani, lucrez vara asta la o brutarie langa casa, mama a semnat acordul. am pauza?",
    "chào em 16 tuổi, hè này em làm ở tiệm bánh gần nhà, mẹ em đã ký giấy. em có được nghỉ giữa giờ không?",
]

# The same consent, nights of 12 hours and no pay.
CONSENT_NO_PAY = [
    "im 16, my mum signed the form, but i work nights 12 hours and they havent paid me for two months",
    "mam 16 lat, mama podpisała zgodę, ale pracuję po 12 godzin w nocy i nie płacą mi od dwóch miesięcy",
    "мне 16, мама подписала согласие, но я работаю ночами по 12 часов и мне не платят два месяца",
    "мені 16, мама підписала згоду, але я працюю ночами по 12 годин і мені не платять два місяці",
    "tengo 16, mi mamá firmó el permiso, pero trabajo de noche 12 horas y no me pagan hace dos meses",
    "am 16 ani, mama a semnat acordul, dar lucrez noaptea cate 12 ore si nu m-au platit de doua luni",
    "em 16 tuổi, mẹ em đã ký giấy, nhưng em làm đêm 12 tiếng mà 2 tháng nay không được trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(SUMMER_JOB_CONSENT, CALM), unpaid=(CONSENT_NO_PAY, ESCALATED),
))
def test_a_summer_job_with_the_parents_consent(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_summer_job_with_the_parents_consent_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in SUMMER_JOB_CONSENT:
        check_level(analyzer, text, CALM)


# The user escaped; someone stayed behind and was beaten this evening.
LEFT_BEHIND_BEATEN = [
    "i ran away, im at the train station. my friend stayed in the flat, they beat her this evening",
    "uciekłam, jestem na dworcu. koleżanka została w mieszkaniu, wieczorem ją pobili",
    "я сбежала, я на вокзале. подруга осталась в квартире, вечером её избили",
    "я втекла, я на вокзалі. подруга залишилась у квартирі, ввечері її побили",
    "me escapé, estoy en la estación. mi amiga se quedó en el piso, esta noche le pegaron",
    "am fugit, sunt la gara. prietena mea a ramas in apartament, diseara au batut-o",
    "em trốn ra rồi, em đang ở ga. bạn em vẫn ở đó, tối nay họ đánh nó",
]

# The same escape long ago, the friend beaten every evening back then.
LEFT_BEHIND_HABIT = [
    "i ran away in 2019. my friend stayed, they beat her every evening then, can i still report it?",
    "uciekłam w 2019. koleżanka została, bili ją jak zwykle wieczorem, czy mogę to jeszcze zgłosić?",
    "я сбежала в 2019. подруга осталась, её как обычно били вечером, можно ещё заявить?",
    "я втекла у 2019. подруга залишилась, її як завжди били ввечері, чи можна ще заявити?",
    "me escapé en 2019. mi amiga se quedó, como siempre le pegaban en la noche, puedo denunciar todavía?",
    "am fugit in 2019. prietena a ramas, o bateau ca de obicei seara, mai pot sa raportez?",
    "năm 2019 em đã bỏ trốn. bạn em ở lại, tối nào họ cũng đánh nó, giờ còn báo được không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(LEFT_BEHIND_BEATEN, DANGER), habit=(LEFT_BEHIND_HABIT, BELOW_DANGER),
))
def test_someone_left_behind_beaten_this_evening(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Locked in from outside, a friend having a seizure on the floor.
LOCKED_SEIZURE = [
    "they locked the room from outside and took the key, my friend is having a seizure and we cant get out",
    "zamknęli pokój od zewnątrz i zabrali klucz, kolega ma atak padaczki a my nie możemy wyjść",
    "нас заперли снаружи и забрали ключ, у подруги припадок, а мы не можем выйти",
    "нас замкнули ззовні і забрали ключ, у подруги напад епілепсії, а ми не можемо вийти",
    "nos encerraron por fuera y se llevaron la llave, mi amiga tiene convulsiones y no podemos salir",
    "ne-au incuiat pe dinafara si au luat cheia, prietena mea are convulsii si nu putem iesi",
    "họ khóa cửa từ bên ngoài và lấy chìa khóa, bạn em đang bị co giật mà bọn em không ra được",
]

# A friend's seizure at work with an ambulance, no one locked in.
SEIZURE_AT_WORK = [
    "my friend had a seizure at work today, the ambulance came and she is fine now. can she get sick leave?",
    "koleżanka miała dziś atak padaczki w pracy, przyjechała karetka, już dobrze. czy dostanie L4?",
    "у подруги сегодня на работе был припадок, приехала скорая, всё хорошо. ей дадут больничный?",
    "у подруги сьогодні на роботі був напад епілепсії, приїхала швидка, все добре. їй дадуть лікарняний?",
    "mi amiga tuvo convulsiones hoy en el trabajo, vino la ambulancia y ya está bien. le dan la baja?",
    "prietena mea a avut convulsii azi la munca, a venit ambulanta si e bine. primeste concediu medical?",
    "hôm nay bạn em bị co giật ở chỗ làm, xe cấp cứu đến rồi, giờ ổn rồi. bạn ấy được nghỉ ốm không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    danger=(LOCKED_SEIZURE, DANGER), work=(SEIZURE_AT_WORK, CALM),
))
def test_locked_in_with_a_seizure(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A relative's funeral the user can't afford to go home to, the loan for coming just paid back.
FUNERAL_REPAID = [
    "my grandpa died, i cant go home for the funeral, the flight costs 700 and i just paid off the loan "
    "for the trip here. the boss was kind and gave me a day off",
    "zmarł mi dziadek, nie mogę jechać na pogrzeb, lot kosztuje 700 a dopiero co spłaciłam pożyczkę "
    "na wyjazd. szef był miły i dał mi dzień wolnego",
    "умер дедушка, не могу поехать на похороны, перелёт стоит 700, а я только отдала долг за дорогу сюда. "
    "начальник был добрый и дал выходной",
    "помер дідусь, не можу поїхати на похорон, переліт коштує 700, а я тільки віддала борг за дорогу сюди. "
    "шеф був добрий і дав вихідний",
    "murió mi abuelo, no puedo ir al entierro, el vuelo cuesta 700 y apenas terminé de pagar el préstamo del "
    "viaje. el jefe fue amable y me dio un día libre",
    "a murit bunicul, nu pot merge la inmormantare, zborul costa 700 si abia am dat inapoi imprumutul pentru "
    "drum. seful a fost dragut si mi-a dat o zi libera",
    "ông em mất rồi, em ko về được, vé máy bay 700 mà em mới trả xong tiền vay để sang đây. "
    "chủ tốt, cho em nghỉ 1 ngày",
]

# The boss won't let the user go to the funeral, the debt for the trip still growing.
FUNERAL_FORBIDDEN = [
    "my grandpa died and the boss wont let me go home for the funeral, "
    "he says i still owe him for the flight",
    "zmarł mi dziadek a szef nie pozwala mi jechać na pogrzeb, mówi że dalej jestem mu winna za bilet",
    "умер дедушка, а начальник не отпускает меня на похороны, говорит я ещё должна ему за билет",
    "помер дідусь, а шеф не відпускає мене на похорон, каже я ще винна йому за квиток",
    "murió mi abuelo y el jefe no me deja ir al entierro, dice que todavía le debo el pasaje",
    "a murit bunicul si seful nu ma lasa sa merg la inmormantare, zice ca ii datorez inca biletul",
    "ông em mất mà chủ không cho em về đám tang, bảo em vẫn còn nợ tiền vé máy bay",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(FUNERAL_REPAID, CALM), forbidden=(FUNERAL_FORBIDDEN, ESCALATED),
))
def test_a_funeral_after_the_loan_is_repaid(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_funeral_after_the_loan_is_repaid_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in FUNERAL_REPAID:
        check_level(analyzer, text, CALM)


# A landlord keeps the deposit of a rented flat, the police said it is a civil matter.
LANDLORD_DEPOSIT = [
    "the landlord wont give back my deposit, 500 euro, says i broke the "
    "door. the police said its a civil case",
    "właściciel mieszkania nie oddaje kaucji 2000 zł, mówi że zepsułem "
    "drzwi. policja mówi że to sprawa cywilna",
    "хозяин квартиры не возвращает залог 500 евро, говорит я сломал дверь. "
    "в полиции сказали гражданское дело",
    "хазяїн квартири не повертає заставу 500 євро, каже я зламав двері. в поліції сказали це цивільна справа",
    "el casero no me devuelve el depósito de 500 euros, dice que rompí la "
    "puerta. la policía dice que es civil",
    "proprietarul nu-mi da inapoi garantia de 500 euro, zice ca am stricat usa. politia zice ca e civil",
    "chủ nhà ko trả lại tiền cọc 500 euro, bảo em làm hỏng cửa. công an bảo là việc dân sự",
]

# The landlord keeps the deposit, and the boss keeps the pay for months.
LANDLORD_AND_BOSS = [
    "the landlord keeps my deposit and the boss hasnt paid us for three months",
    "właściciel mieszkania trzyma kaucję, a szef nie płaci nam od trzech miesięcy",
    "хозяин квартиры держит залог, а начальник не платит нам три месяца",
    "хазяїн квартири тримає заставу, а шеф не платить нам три місяці",
    "el casero se queda con el depósito y el jefe no nos paga hace tres meses",
    "proprietarul tine garantia, iar seful nu ne plateste de trei luni",
    "chủ nhà giữ tiền cọc, còn chủ xưởng 3 tháng nay không trả lương",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    calm=(LANDLORD_DEPOSIT, CALM), unpaid=(LANDLORD_AND_BOSS, ESCALATED),
))
def test_a_landlords_deposit(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


def test_a_landlords_deposit_raises_nothing_with_the_net(analyzer: Analyzer) -> None:
    for text in LANDLORD_DEPOSIT:
        check_level(analyzer, text, CALM)
