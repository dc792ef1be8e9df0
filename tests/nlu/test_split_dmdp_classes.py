"""Splits DM, DN, DO and DP's classes (fifty-third round), written as meanings in new words, not the splits'
sentences.

Critical: just beaten, the attacker waiting nearby now and the writer afraid to leave, in all seven languages;
a beating told with the writer safe at home stays high. False escalations: documents kept by their owners
after a contract ("signed a contract, keeps his own passport"), and late pay that came in full now (round 52's
bank delay without the bank); with their risky twins, in the cue lists' words and in fresh words, kept
escalated. The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

# Critical: just beaten, the attacker waiting nearby now, afraid to leave.
BEATEN_ATTACKER_WAITING = [
    "the foreman beat me up an hour ago, he's waiting outside the gate, I'm afraid to leave",
    "kierownik mnie pobił, teraz czeka na dole przy samochodzie, boję się wyjść z pokoju",
    "шеф меня избил, сейчас ждёт у подъезда в машине, боюсь выходить",
    "бригадир мене побив, зараз чекає внизу біля машини, боюся виходити",
    "el encargado me pegó, ahora me espera abajo en el coche, tengo miedo de salir",
    "șeful m-a bătut, acum așteaptă jos lângă mașină, mi-e frică să ies",
    "quản lý vừa đánh em, giờ đang đợi dưới nhà, em không dám ra",
]
# Its twins: a past beating, the writer now safe at home (high, not critical).
BEATEN_NOW_SAFE = [
    "the foreman beat me up last month, I'm back home with my family now and safe. Can I still report him?",
    "Kierownik pobił mnie w zeszłym miesiącu, teraz jestem bezpieczny w domu u rodziców. Mogę to zgłosić?",
    "Шеф избил меня месяц назад, сейчас я дома у родителей, в безопасности. Можно ещё заявить?",
    "Бригадир побив мене минулого місяця, зараз я вдома у батьків, у безпеці. Чи можна ще заявити?",
    "El encargado me pegó el mes pasado, ahora estoy en casa con mi familia, a salvo. ¿Todavía puedo "
        "denunciar?",
    "Șeful m-a bătut luna trecută, acum sunt acasă la părinți, în siguranță. Mai pot să-l reclam?",
    "Tháng trước quản lý đánh em, giờ em đã về nhà với bố mẹ, an toàn rồi. Em còn tố cáo được không?",
]


@pytest.mark.parametrize("text,levels", cases(
    waiting=(BEATEN_ATTACKER_WAITING, DANGER), safe=(BEATEN_NOW_SAFE, BELOW_DANGER)))
def test_beaten_attacker_waiting(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", BEATEN_NOW_SAFE)
def test_beaten_now_safe_stays_escalated(rules: Analyzer, text: str) -> None:
    check_level(rules, text, ESCALATED)


# False escalation: documents kept by their owners, after a contract.
OWN_DOCUMENTS_KEPT = [
    "My brother started at a warehouse in May. Proper contract, he keeps his own passport, wages every "
        "month. Anything else he should check?",
    "Sprawdziłam tę agencję: umowa o pracę, każdy ma swoje dokumenty, płacą co miesiąc. Czy coś jeszcze "
        "sprawdzić?",
    "Я узнала про эту ферму: договор есть, каждый хранит у себя свой паспорт, платят вовремя. Что ещё "
        "проверить?",
    "Я перевірила цю агенцію: договір є, кожен тримає в себе свій паспорт, платять вчасно. Що ще перевірити?",
    "Mi tío trabaja en una granja desde mayo. Tiene contrato, cada uno guarda sus documentos, le pagan cada "
        "mes. ¿Algo más que revisar?",
    "Fratele meu lucrează la un depozit din mai. Are contract, fiecare își ține actele, salariul vine lunar. "
        "Mai e ceva de verificat?",
    "Anh em làm ở kho từ tháng 5. Có hợp đồng, mọi người tự giữ hộ chiếu, lương trả hàng tháng. Còn gì cần "
        "kiểm tra không ạ?",
]
# Its risky twins: a document held told in the cue lists' words, or after a "but".
OWN_DOCUMENTS_TOLD = [
    "Proper contract, everyone keeps their own ID, but the manager took my passport last week.",
    "Umowa jest, każdy ma swoje dokumenty, ale mój paszport szef zabrał mi w zeszłym tygodniu.",
    "Договор есть, каждый хранит у себя паспорт, но у меня забрали паспорт на прошлой неделе.",
    "Contrato hay, cada uno guarda sus papeles, pero el jefe se quedó con mi pasaporte.",
    "Are contract, fiecare își ține actele, dar mie mi-a luat șeful pașaportul.",
    "El contrato bien, pero el patrón tiene sus documentos en la oficina y no se los devuelve.",
]
# Adversarial twins: the own-keeping cue, then a document held told in fresh words (no cue of the class).
OWN_DOCUMENTS_THEN_FRESH = [
    "He signed a contract, has his own documents. Only his passport has been sitting in the foreman's drawer "
        "since Tuesday and he won't hand it over.",
    "Umowa podpisana, każdy trzyma u siebie dowody. Tyle że mój paszport od wtorku leży w szufladzie "
        "kierownika.",
    "Firmó contrato, tiene sus documentos. Solo que su pasaporte lleva desde el martes en el cajón del "
        "capataz y no se lo devuelve.",
    "A semnat contract, actele le are la el. Doar că pașaportul stă de marți în sertarul maistrului.",
    "Bố tôi đã ký hợp đồng, giấy tờ tự giữ, không ai lấy gì. Có điều hộ chiếu của bố nằm trong ngăn kéo của "
        "quản lý từ thứ ba.",
]


@pytest.mark.parametrize("text,levels", cases(
    kept=(OWN_DOCUMENTS_KEPT, CALM), told=(OWN_DOCUMENTS_TOLD, ESCALATED),
    fresh=(OWN_DOCUMENTS_THEN_FRESH, ESCALATED)))
def test_own_documents_after_contract(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# False escalation: late pay that came in full now.
LATE_PAY_CAME_IN_FULL = [
    "My wages were late last week and I panicked, turns out it was the Easter break, it all came today.",
    "Pisałem, że wypłata się spóźnia. Dziś przyszło wszystko, z paskiem. Dzięki!",
    "Писал, что задерживают зарплату. Сегодня пришла полностью, с расчёткой. Спасибо!",
    "Писав, що затримують зарплату. Сьогодні прийшла повністю, з розрахунковим. Дякую!",
    "Me retrasaron el sueldo por el puente, pero hoy llegó completo. Gracias 🙂",
    "Salariul a întârziat o săptămână, era din cauza sărbătorii, azi a venit tot. Mersi!",
    "Lương bị chậm mấy hôm vì nghỉ lễ, hôm nay đã về đủ rồi. Cảm ơn ạ!",
]
# Its risky twins: "still", "but", only part of it, a bank error claimed with nothing arrived.
LATE_PAY_TOLD = [
    "The boss says it's a bank error but I haven't been paid for three months.",
    "Pay was late again, only half came today and the boss says that's all I'm getting.",
    "It all came today, but the boss still hasn't paid me for March.",
    "Wypłata się spóźnia, dziś przyszła tylko połowa, szef mówi że reszty nie będzie.",
    "Зарплату задерживают третий месяц, хозяин говорит, что ошибка банка.",
    "Hoy llegó todo completo, pero el jefe no me ha pagado marzo.",
    "Azi a venit tot, dar șeful nu mi-a plătit luna martie.",
    "Hôm nay tiền về đủ, nhưng chủ vẫn chưa trả lương tháng ba.",
]
# Adversarial twins: came in full, then a danger told in fresh words.
LATE_PAY_THEN_FRESH = [
    "My pay was late, it came in full today. Mind you, the foreman still has my passport locked in his "
        "desk.",
    "Wypłata się spóźniła, dziś przyszła cała. Tylko że paszport dalej leży u kierownika w biurku i nie "
        "chce oddać.",
    "Зарплату задержали, сегодня пришла полностью. Только паспорт до сих пор лежит у бригадира в столе, "
        "не отдаёт.",
]


@pytest.mark.parametrize("text,levels", cases(
    full=(LATE_PAY_CAME_IN_FULL, CALM), told=(LATE_PAY_TOLD, ESCALATED),
    fresh=(LATE_PAY_THEN_FRESH, ESCALATED)))
def test_late_pay_came_in_full(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation (es): a host who makes the housing conditional on sex; the condition is the coercion ("si quiero
# seguir aquí tengo que acostarme con él"). The other six languages read it already.
HOST_SEX_FOR_HOUSING = [
    "La dueña del piso me dijo que si queremos quedarnos con los niños tengo que acostarme con su hermano.",
    "El casero dice que si quiero seguir en el cuarto tengo que acostarme con él cada semana.",
    "The man whose flat we live in says if I want to keep the room for me and my kids I have to sleep with "
        "him.",
    "Gospodarz mówi, że jeśli chcę dalej mieszkać tu z dziećmi, muszę z nim spać.",
    "Proprietarul zice că dacă vreau să rămân aici cu copiii trebuie să mă culc cu el.",
    "Chủ nhà nói nếu muốn ở lại đây với các con thì em phải ngủ với ông ấy.",
]
# Its calm twins: a condition on the housing that is no sex.
HOST_CONDITION_CALM = [
    "Si quiero seguir aquí, ¿tengo que firmar otro contrato?",
    "Si quiero quedarme en el albergue tengo que dormir en la litera de arriba, ¿es normal?",
]


@pytest.mark.parametrize("text,levels", cases(
    host=(HOST_SEX_FOR_HOUSING, ESCALATED), calm=(HOST_CONDITION_CALM, CALM)))
def test_host_sex_for_housing(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation (vi, ro): the boss "pays" in goods or drugs, no wage seen; the other five read it already.
PAID_IN_GOODS = [
    "Em làm ở quán ba tháng rồi, sếp trả bằng thuốc chứ không đưa tiền.",
    "Ở xưởng được hai tháng, lương chưa thấy đâu, chủ bảo cứ làm đi.",
    "Șeful ne plătește în marfă de două luni, bani n-am văzut deloc.",
    "Szef mi \"płaci\" towarem, pieniędzy nie widziałem od miesiąca.",
    "Шеф «платить» товаром, грошей не бачив.",
]
# Its calm twins: a customer paying by card, a boss paying cash, a client paying in euro.
PAID_IN_GOODS_CALM = [
    "Khách ở quán em hay trả bằng thẻ, có sao không ạ?",
    "Chủ trả bằng tiền mặt mỗi tuần, em có cần hợp đồng không?",
    "Clientul mă plătește în euro, e o problemă cu taxele?",
]


@pytest.mark.parametrize("text,levels", cases(
    goods=(PAID_IN_GOODS, ESCALATED), calm=(PAID_IN_GOODS_CALM, CALM)))
def test_paid_in_goods(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation (en, vi): a rate agreed and far less landing, "but" between, in a long calm message.
RATE_AGREED_LESS_LANDS = [
    "Hello, quick one. I deliver for a fleet partner since spring, nice people, easy app, I like the "
        "evenings. We agreed 28 zl an hour but what comes to my account is barely 12, 'service fees' they "
        "say. Normal?",
    "We agreed 30 an hour with the fleet, but I only get about 12 after their cuts.",
    "Chào anh chị. Em chạy giao đồ cho đối tác từ mùa xuân, mọi người tốt, app dễ dùng. Thỏa thuận 28 "
        "zloty một giờ mà về tài khoản chỉ 12, họ nói là phí dịch vụ. Vậy có bình thường không?",
]
# Its calm twins: the rate agreed is the rate that lands.
RATE_AGREED_LANDS = [
    "We agreed 25 an hour and that's what I get, is the tax taken off automatically?",
    "Thỏa thuận 25 một giờ, tháng nào cũng nhận đủ, thuế tính sao ạ?",
]


@pytest.mark.parametrize("text,levels", cases(
    less=(RATE_AGREED_LESS_LANDS, ESCALATED), lands=(RATE_AGREED_LANDS, CALM)))
def test_rate_agreed_less_lands(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# With the net: late pay that came in full is not raised by the net either; a danger told after it stays.
NET_LATE_PAY_FULL = [
    "Săptămâna asta nu mi-a venit salariul și m-am speriat, era din cauza sărbătorii, azi au venit toți până "
        "la ultimul leu. Mersi!",
    "Me retrasaron el sueldo por el puente, pero hoy llegó completo. Gracias 🙂",
]
NET_LATE_PAY_TOLD = [
    "Salariul a întârziat, azi a venit tot. Doar că pașaportul meu stă de o lună în sertarul șefului.",
    "My pay was late, it came in full today. Mind you, the foreman still has my passport locked in his desk.",
]


@pytest.mark.parametrize("text,levels", cases(
    full=(NET_LATE_PAY_FULL, CALM), told=(NET_LATE_PAY_TOLD, ESCALATED)))
def test_late_pay_came_in_full_with_the_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)
