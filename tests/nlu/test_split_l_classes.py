"""Split L's classes (seventh round), written as meanings in new words, not L's sentences.

False escalations: a rights question with "legally" and its translations (modal in a question, even
far from "can"); an all-clear past season closing its sentence ("our own passports, paid weekly, no
problems at all"); films and streaming; a lawful deduction asked about ("tax was taken off, am I being
cheated?").
Danger now: hiding from a weapon or a threat ("locked myself in the toilet", "me escondí"); a child
taken to "clients" today, tonight or now; people locked in a moving vehicle, not knowing where to;
suicidal intent with a method ("me tiro del puente").
Escalation: papers held by a keeper (an agent, a foreman, a safe), "you can leave when you pay it
back", a debt that keeps growing, a girl sent to guests at night.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

NOT_ESCALATED = [
    # a rights question: "legally" far from "can"
    'can a recruitment agency in Germany legally hold on to my id card while i work there?',
    'czy firma w Holandii może legalnie zatrzymać mój dowód na czas kontraktu?',
    'может ли агентство в Чехии законно забрать мою карту побыту на время работы?',
    'чи може фірма в Німеччині законно забрати мою посвідку на час роботи?',
    '¿una empresa en España puede legalmente quedarse con mi identificación mientras trabajo?',
    'poate o firmă din Italia să-mi păstreze legal buletinul cât lucrez acolo?',
    'công ty ở Nhật có hợp pháp giữ thẻ ngoại kiều của em không?',
    # an all-clear past season closing its sentence
    'last summer we picked apples in Kent, had our own ids the whole time, paid weekly, '
    'no problems at all. any similar farms?',
    'rok temu zbieraliśmy truskawki w Holandii, dokumenty mieliśmy przy sobie, '
    'kasa co tydzień, zero problemów. polecicie coś podobnego?',
    'прошлым летом были на клубнике в Финляндии, паспорта были у нас, платили каждую неделю, '
    'никаких проблем. где найти похожее?',
    'минулого літа були на полуниці у Фінляндії, паспорти тримали у себе, платили щотижня, '
    'жодних проблем. де шукати таке?',
    'el verano pasado estuvimos en la fresa en Huelva, los pasaportes los teníamos nosotros, '
    'nos pagaban cada semana, ningún problema. dónde busco algo así?',
    'vara trecută am fost la căpșuni în Spania, pașapoartele le aveam noi, '
    'plăteau în fiecare săptămână, nicio problemă. unde găsesc ceva asemănător?',
    # films and streaming
    'just finished a film on netflix about women sold to a brothel, so sad, any similar ones?',
    'terminé una peli de chicos obligados a robar, alguien sabe otra parecida?',
    'em vừa xem xong phim về mấy người bị bán sang nước ngoài, có phim nào giống vậy không',
    # a lawful deduction asked about
    'my first payslip in the uk shows tax and national insurance taken off, '
    'is that normal or are they cheating me?',
    'potrącili mi podatek i składki zus z pensji, czy mnie oszukują?',
    'с зарплаты вычли налог и страховку, меня обманывают?',
]

CRITICAL = [
    # hiding from a weapon or a threat now
    'the landlord is outside my room with an axe shouting, im hiding in the wardrobe',
    'szef biega z nożem po hali, zamknęłam się w toalecie',
    'хозяин с ножом ходит по двору, я спряталась в сарае',
    'бригадир з ножем бігає по двору, я сховалася в коморі',
    'el encargado anda con una navaja buscándome, me escondí en la bodega',
    'patronul umblă cu un cuțit prin curte, m-am ascuns în magazie',
    'ông chủ cầm dao đi tìm em, em đang trốn trong kho',
    # a child taken to "clients" today, tonight or now
    'a woman next door takes her 13 year old daughter to clients tonight, what can i do',
    'sąsiad dziś wieczorem wiezie 15-latkę do klientów',
    'сосед сегодня вечером везет 15-летнюю девочку к клиентам',
    'сусід сьогодні ввечері везе 15-річну дівчинку до клієнтів',
    'el vecino lleva hoy a una niña de 13 con clientes',
    'vecinul o duce diseară pe fata de 15 ani la clienți',
    'tối nay ông hàng xóm đưa bé gái 13 tuổi đi gặp khách',
    # people locked in a moving vehicle
    'we are shut in the back of a lorry, cant get out, no idea where they are driving us',
    'zamknęli nas w naczepie, nie wiemy dokąd nas wiozą',
    'нас заперли в фуре, не знаем куда везут',
    'нас закрили у фурі, не знаємо куди везуть',
    'nos encerraron en un tráiler, no sabemos a dónde nos llevan',
    'ne-au încuiat într-un camion, nu știm unde ne duc',
    'bọn em bị nhốt trong thùng xe tải, không biết họ chở đi đâu',
    # suicidal intent with a method
    'esta noche me tiro del puente, ya no aguanto las deudas',
]

# Their lookalikes: hiding a phone, a knife at work, a taxi ride, a bus trip, guests at a hotel.
NOT_CRITICAL = [
    'i hid my phone in my sock because the boss checks them, is that allowed?',
    'we use knives all day in the meat plant, are gloves provided by law?',
    'tonight a taxi takes me to the airport, how do i find the agency office?',
    'no idea where the bus to the farm leaves from, anyone know?',
]

HIGH = [
    # papers held by a keeper
    'our papers are in the foremans safe and he says they stay there until spring',
    'dowody osobiste są u brygadzisty, mówi że tak bezpieczniej',
    'паспорта у бригадира в сейфе, говорит так надежнее',
    'паспорти в сейфі у бригадира, каже так надійніше',
    'los pasaportes los tiene el capataz en la caja fuerte',
    'pașapoartele sunt la șeful de echipă în seif',
    # leave when repaid, a debt that grows
    'he says i can go home once i pay back the visa and the bed, every month the debt keeps growing',
    'szef mówi że mogę jechać jak oddam za bilet i mieszkanie, dług ciągle rośnie',
    'хозяин говорит, уедешь когда отдашь за дорогу, а долг растет',
    'хазяїн каже, поїдеш коли віддаси за дорогу, а борг росте',
    'el patrón dice que me puedo ir cuando le pague el viaje, y la deuda sube cada semana',
    'șeful zice că pot pleca când plătesc drumul, iar datoria crește',
    'chủ nói trả hết tiền vé thì mới được về, nợ cứ tăng',
    # a girl sent to guests at night
    'the owner sends the new girl to certain guests at night, she is scared',
    'власник вночі відправляє її до гостей, вона боїться йому відмовити',
    # one all-clear after a report does not cover it
    'the boss took my passport, pays every week though',
    'szef zabrał mi paszport, zero problemów poza tym',
]

# Their lookalikes: my own passport in my safe, a bank loan, a hotel guest.
LOOKALIKES = [
    'i keep my own passport in the hotel safe, is that enough?',
    'i can go home once i pay back my bank loan for the car, any jobs?',
    'the hotel sends breakfast to guests, is kitchen work hard?',
    'the hotel sends me to clean guests rooms at night, is night pay extra?',
    'menedżerka wysyła mnie w nocy do gości z ręcznikami, czy to normalne?',
]


@pytest.mark.parametrize(("text", "levels"), cases(
    not_escalated=(NOT_ESCALATED, CALM), critical=(CRITICAL, DANGER),
    not_critical=(NOT_CRITICAL, BELOW_DANGER), high=(HIGH, ESCALATED), lookalikes=(LOOKALIKES, CALM),
))
def test_class_levels(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
