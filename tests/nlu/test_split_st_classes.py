"""Splits S and T's classes (eleventh round), written as meanings in new words, not S/T's sentences.

Danger now, told indirectly: despair ("I don't see the point anymore") with "one step and it's over" at a
height, or with ending it today; someone injured at work (fell, broken leg, bleeding) with the boss
refusing an ambulance; a beating or threat and the abuser "back tonight"; bleeding that will not stop
after a beating; a teenager gone with a man on a promised job, driving the wrong way now; escaped from
a situation and hiding now, afraid to go out, or their car seen twice; locked in from outside, writing
from a hidden phone, the address unknown.
Not danger now: one step left on a form, a fall with "no ambulance needed", a partner back tonight from a
trip, a school bus taking another road, a cat that ran off and hides (pl).
False escalations: a debt collector or bailiff threatening court or seizure over a loan (a lawful step);
a survivor who got out years ago and is fine now, writing to thank us; a question "asked in advance"; a
documentary; a recruiter's "hồ sơ" (file) and "hộ chiếu" (passport), which fold like "sợ họ" (afraid of
them).
Still high: a collector threatening violence, a boss threatening court if one leaves, a survivor whose
papers are still held or whose friend is still there.
Escalation: a contract penalty for leaving early after paying an agency; a threat to the family back
home if one refuses ("if not, something happens to his mother": the negation opens the condition).
Lookalikes: a notice period; a worry for a sick mother.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

ONE_STEP = [
    "they owe me for 5 months and i dont see the point anymore. on the crane i think one step and it's done",
    "nie widzę już sensu, na dachu hali myślę sobie jeden krok i koniec",
    "не вижу больше смысла, стою на крыше цеха и думаю один шаг и конец",
    "вже не бачу сенсу, стою на даху і думаю один крок і кінець",
    "ya no le veo sentido, en la azotea pienso un paso y se acaba",
    "nu mai văd rost, pe acoperiș mă gândesc un pas și gata",
    "em không còn thấy ý nghĩa, đứng trên mái nhà nghĩ bước một bước là hết",
]

END_TODAY = [
    "no pay for months, i dont see the point anymore, got pills with me and i'll finish it all today",
    "nie widzę już sensu, mam tabletki i chcę to dzisiaj skończyć",
    "уже не вижу смысла, таблетки со мной, сегодня всё закончу",
    "вже не бачу сенсу, таблетки є, сьогодні все закінчу",
    "ya no le veo sentido, tengo pastillas y hoy acabo con todo",
    "nu mai văd rost, am pastile și azi termin cu tot",
    "em không còn thấy ý nghĩa, có thuốc rồi, hôm nay kết thúc hết",
]

NO_AMBULANCE = [
    "the foreman hit him, he fell off the ladder and his leg is broken, boss says no ambulance",
    "brygadzista go pobił, spadł z drabiny, noga złamana, szef mówi żadnej karetki",
    "бригадир его избил, он упал с лестницы, нога сломана, хозяин говорит никакой скорой",
    "бригадир його побив, він впав з драбини, нога зламана, хазяїн каже ніякої швидкої",
    "el capataz le pegó, se cayó de la escalera, pierna rota y el patrón dice nada de ambulancia",
    "șeful l-a bătut, a căzut de pe scară, piciorul rupt, și zice fără salvare",
    "cai đánh anh ấy, bị ngã từ thang, gãy chân, chủ không cho gọi cấp cứu",
]

BACK_TONIGHT = [
    "he beat me again yesterday and said he'd kill me if i talk. he comes back tonight",
    "pobił mnie wczoraj i groził że mnie zabije, wróci dziś wieczorem",
    "он избил меня вчера и угрожал убить, вернётся сегодня вечером",
    "він побив мене вчора і погрожував вбити, повернеться сьогодні ввечері",
    "ayer me golpeó y amenazó con matarme, vuelve esta noche",
    "m-a bătut ieri și a amenințat că mă omoară, se întoarce diseară",
    "hôm qua hắn đánh em và dọa giết em, tối nay hắn quay lại",
]

BLOOD_WONT_STOP = [
    "the guard beat my friend with a stick, his blood won't stop",
    "strażnik pobił kolegę pałką, krew nie przestaje lecieć",
    "охранник избил друга палкой, кровь не останавливается",
    "охоронець побив друга палицею, кров не зупиняється",
    "el guardia golpeó a mi amigo con un palo y no para de sangrar",
    "paznicul l-a bătut pe prietenul meu cu bâta, sângele nu se oprește",
    "bảo vệ đánh bạn em bằng gậy, máu chảy không ngừng",
]

WRONG_WAY = [
    "my niece is 15, she left with a man who promised her a hotel job, she just texted they are"
    " going the wrong way",
    "siostrzenica ma 15 lat, pojechała z jakimś facetem co obiecał jej pracę, właśnie napisała że"
    " jadą w złą stronę",
    "племяннице 15 лет, уехала с каким то мужчиной, обещал ей работу, только что написала что едут"
    " не в ту сторону",
    "племінниці 15 років, поїхала з якимось чоловіком, обіцяв їй роботу, щойно написала що їдуть не туди",
    "mi sobrina tiene 15 años, se fue con un hombre que le prometió trabajo, recién escribió que"
    " van en otra dirección",
    "nepoata mea are 15 ani, a plecat cu un bărbat care i-a promis un loc de muncă, tocmai a scris"
    " că merg în altă direcție",
    "cháu em 15 tuổi đi theo một người đàn ông hứa cho việc làm, vừa nhắn là đang đi hướng khác",
]

ESCAPED_HIDING = [
    "we ran away from the house where they held us, they kept our passports, "
    "now hiding in the toilets at a mall",
    "uciekłam z domu gdzie nas trzymali, szef ma mój paszport, siedzę schowana w sklepie, boję się wyjść",
    "сбежала из квартиры где нас держали, паспорт у хозяина, прячусь в магазине, боюсь выйти",
    "втекла з квартири де нас тримали, паспорт у хазяїна, ховаюсь в магазині, боюся вийти",
    "me escapé de la casa donde nos tenían, el jefe tiene mi pasaporte, estoy escondida en una tienda, "
    "me da miedo salir",
    "am fugit din casa unde ne țineau, șeful are pașaportul meu, stau ascunsă într-un magazin, "
    "mi-e frică să ies",
    "em trốn khỏi nhà nơi họ nhốt tụi em, chủ giữ hộ chiếu, đang núp trong cửa hàng, sợ không dám ra",
    "ran away from the farm where they kept my ID, I saw their car twice near the station",
]

HIDDEN_PHONE = [
    "writing from a phone i hid, they locked the door from outside and took our phones, we are six",
    "piszę z telefonu który schowałam, zamknęli drzwi od zewnątrz, zabrali telefony, nie znam adresu",
    "пишу с телефона который спрятала, дверь закрыли снаружи, телефоны забрали, адрес не знаю",
    "пишу з телефону який сховала, двері замкнули ззовні, телефони забрали, адреси не знаю",
    "escribo de un teléfono que escondí, cerraron la puerta por fuera y nos quitaron los celulares",
    "scriu de pe telefonul pe care l-am ascuns, au încuiat ușa pe dinafară, ne-au luat telefoanele",
    "em nhắn từ điện thoại giấu được, họ khóa cửa ngoài, thu hết điện thoại, không biết địa chỉ",
]

PENALTY = [
    "paid the agency for a hotel job, here i wash dishes and the contract has a penalty of 6000 "
    "if i quit before 2 years",
    "w umowie jest kara 7000 zł jak odejdę przed końcem roku, a agencja wzięła ode mnie 2000",
    "агентству заплатила, а в контракте штраф 5000 евро если уволюсь раньше срока",
    "заплатила агенції, а в контракті штраф 5000 євро якщо звільнюсь раніше",
    "le pagué a la agencia y el contrato dice que si renuncio antes del año debo pagar 5000",
    "am plătit agenția și în contract e penalizare de cinci mii dacă demisionez mai devreme",
    "em trả công ty môi giới, hợp đồng ghi nếu nghỉ trước 2 năm phải đền tiền",
]

PENALTY_LOOKALIKES = [
    "the contract says i must give one month notice if i quit, is that normal?",
    "w umowie jest miesiąc wypowiedzenia jak odejdę",
]

FAMILY_THREAT = [
    "they make my cousin carry bags for them, said if he refuses something bad will happen "
    "to his family at home",
    "każą mu wozić paczki, powiedzieli że jak odmówi to coś się stanie jego rodzinie",
    "его заставляют возить сумки, сказали если откажется то что то случится с его семьей",
    "його змушують возити сумки, сказали якщо відмовиться то щось станеться з його родиною",
    "lo ponen a cargar bolsas y le dijeron que si no lo hace le va a pasar algo a su familia",
    "îl pun să care pachete și i-au zis că dacă refuză pățește ceva familia lui",
    "họ bắt anh ấy chở hàng, nói nếu không làm thì gia đình ở quê sẽ gặp chuyện",
]

FAMILY_WORRY = [
    "tengo miedo de que le pase algo a mi mamá, está enferma",
    "em lo mẹ ở quê, sợ mẹ sẽ gặp chuyện vì bệnh tim",
    "if they don't threaten us we are fine here",
]

NOT_CRITICAL = [
    "they havent paid me for 3 months, im going back tonight to ask again",
    "chủ không trả lương 3 tháng, tối nay em quay lại hỏi",
    "one step and the visa form is done, i dont see the point of the extra fee though",
    "fell off my bike on the way to work, small scratch, no ambulance needed",
    "spadłam z roweru, tylko siniak, bez karetki",
    "my husband is back tonight from his trip, so happy",
    "mąż wraca dziś wieczorem z delegacji",
    "муж вернётся сегодня вечером из командировки",
    "чоловік повернеться сьогодні ввечері з відрядження",
    "mi esposo vuelve esta noche del viaje",
    "soțul se întoarce diseară din delegație",
    "chồng em tối nay quay lại từ chuyến công tác",
    "my daughter is 15, the school bus took a different direction because of roadworks",
    "kot uciekł i siedzi schowany pod łóżkiem, boi się wyjść",
]

COLLECTORS = [
    "i have a loan from an app and the debt collectors keep calling, threatening to take me to court. legal?",
    "windykator ciągle dzwoni i grozi mi sądem za kredyt, to legalne?",
    "коллекторы по кредиту звонят и угрожают судом, так можно?",
    "колектори дзвонять через позику і погрожують судом, це законно?",
    "los cobradores me llaman por el préstamo y amenazan con demanda y embargo, es legal?",
    "recuperatorii mă sună pentru împrumut și mă amenință cu executorul, e legal?",
    "bên đòi nợ gọi suốt, dọa kiện ra tòa vì khoản vay, có hợp pháp không?",
]

THANKS = [
    "years ago a boss held my passport on a farm, i got out with the help of a church. now i'm"
    " fine, thank you all",
    "lata temu szef trzymał mój paszport, wyszłam z tego z pomocą fundacji. teraz wszystko dobrze, dziękuję",
    "лет пять назад хозяин держал мой паспорт, я выбралась с помощью волонтеров. сейчас всё хорошо, спасибо",
    "років п'ять тому хазяїн тримав мій паспорт, я вибралась завдяки волонтерам. зараз все добре, дякую",
    "hace años el patrón me quitó el pasaporte, salí con ayuda de una iglesia. ahora estoy bien, gracias",
    "acum câțiva ani șeful mi-a luat pașaportul, am scăpat cu ajutorul unei biserici. acum sunt"
    " bine, mulțumesc",
    "mấy năm trước chủ giữ hộ chiếu của em, em thoát được nhờ nhà thờ. giờ em ổn rồi, cảm ơn mọi người",
]

LOOKALIKES = [
    "just asking in advance: if i go to Germany and the employer wants to keep my passport, can he?",
    "tak tylko pytam na zaś: czy pracodawca może trzymać mój paszport?",
    "watched a doc about kids forced to grow cannabis, awful",
    "phải đóng phí hồ sơ và gửi hộ chiếu gốc trước khi bay, có ổn không ạ",
]

STILL_HIGH = [
    "rok temu zabrali mi paszport, teraz mam problem bo nadal nie oddają",
    "a year ago they took my passport, now i have a problem, they never gave it back",
    "the collectors said they will break my legs if i dont pay",
    "windykator groził że połamie mi nogi",
    "the boss threatens to take me to court if i leave before the contract ends and keeps my passport",
    "years ago i got out of that farm, now i'm fine, but they still have my passport",
    "lata temu uciekłam, teraz wszystko dobrze, ale szef nadal trzyma paszport mojej siostry",
    "лет пять назад я выбралась, сейчас всё хорошо, но моя сестра до сих пор там и паспорт у хозяина",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    one_step=(ONE_STEP, DANGER), end_today=(END_TODAY, DANGER), no_ambulance=(NO_AMBULANCE, DANGER),
    back_tonight=(BACK_TONIGHT, DANGER), blood_wont_stop=(BLOOD_WONT_STOP, DANGER),
    wrong_way=(WRONG_WAY, DANGER), not_critical=(NOT_CRITICAL, BELOW_DANGER),
    escaped_hiding=(ESCAPED_HIDING, DANGER), hidden_phone=(HIDDEN_PHONE, DANGER),
    collectors=(COLLECTORS, CALM), thanks=(THANKS, CALM), lookalikes=(LOOKALIKES, CALM),
    still_high=(STILL_HIGH, ESCALATED), penalty=(PENALTY, ESCALATED),
    penalty_lookalikes=(PENALTY_LOOKALIKES, CALM), family_threat=(FAMILY_THREAT, ESCALATED),
    family_worry=(FAMILY_WORRY, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
