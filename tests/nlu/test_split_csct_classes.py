"""Splits CS, CT, CU and CV's classes (forty-seventh round, false escalations only), written as meanings
in new words, not the splits' sentences.

False escalations: one who tells he does not do it and does not want to break the law (a landlord asking
whether he may keep a tenant's passport as a deposit) reads no document or fee indicator, and the net raises
nothing (the `told` guard), while a tenant whose landlord keeps the passport as a deposit and does not give it
back stays retention. "What if I went abroad and the employer took my passport, is that legal? can I go to the
police?" is a question (none), while a passport taken ("my employer took my passport, is that legal?") stays
retention and a boss threatening to go to the police stays a threat. A buyer on a marketplace who wants the
user's card details "to receive the payment" is a scam against the user (none), while a boss who makes the
workers get card details from buyers (and holds their passports) stays escalated.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

# A landlord who does not do it and does not want to break the law asks whether he may keep a passport.
LANDLORD_ASKS = [
    "I rent out two rooms. A friend said some landlords hold the tenant's passport as a deposit. I don't do "
        "that and I don't want to break the law, can I at least ask for a scan?",
    "Wynajmuję mieszkanie. Słyszałem, że niektórzy właściciele zatrzymują paszport najemcy jako kaucję. Nie "
        "robię tego i nie chcę łamać prawa, czy mogę wziąć kserokopię?",
    "Сдаю комнату. Знакомый говорит, что хозяева забирают паспорт у жильца как залог. Я так не делаю и не "
        "хочу нарушать закон, можно ли хотя бы сделать копию?",
    "Здаю кімнату. Знайомий каже, що власники забирають паспорт у мешканця як заставу. Я так не роблю і не "
        "хочу порушувати закон, чи можна хоча б зробити копію?",
    "Alquilo una habitación. Un conocido dice que los caseros se quedan con el pasaporte del inquilino como "
        "depósito. Yo no lo hago y no quiero romper la ley, ¿puedo pedir una fotocopia?",
    "Închiriez o cameră. Un prieten zice că proprietarii țin pașaportul chiriașului ca garanție. Eu nu fac "
        "asta și nu vreau să încalc legea, pot cere măcar o copie?",
    "Tôi cho thuê phòng. Bạn tôi nói nhiều chủ nhà giữ hộ chiếu của người thuê làm tiền cọc. Tôi không làm "
        "thế và không muốn phạm luật, tôi có thể chụp một bản không?",
]
# Its risky twin: the tenant's own passport kept by the landlord as a deposit and not given back.
LANDLORD_KEEPS = [
    "my landlord keeps my passport as a deposit and won't give it back, I don't want to break the law, what "
        "do I do?",
    "mój właściciel mieszkania trzyma mój paszport jako kaucję i nie chce oddać, nie chcę łamać prawa, co "
        "robić?",
    "хозяин квартиры держит мой паспорт как залог и не отдает, не хочу нарушать закон, что делать?",
    "el casero se quedó con mi pasaporte como depósito y no me lo devuelve, no quiero romper la ley, ¿qué "
        "hago?",
    "chủ nhà giữ hộ chiếu của em làm tiền cọc và không trả lại, em không muốn phạm luật, em phải làm sao?",
]


@pytest.mark.parametrize(("text", "levels"), cases(asks=(LANDLORD_ASKS, CALM), keeps=(LANDLORD_KEEPS,
                                                                                    ESCALATED)))
def test_landlord_who_does_not_do_it_asks(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# "What if my employer took my passport abroad, is that legal? can I go to the police?": a question.
WHAT_IF_PASSPORT = [
    "quick one: what if I move to Germany and my employer takes my passport, is that legal? can I go to the "
        "police there or will I get in trouble?",
    "pytanie: a co jeśli wyjadę do Holandii i szef zabierze mi paszport, czy to legalne? mogę iść na "
        "policję?",
    "вопрос: а что если я уеду в Польшу и работодатель заберет паспорт, это законно? могу пойти в полицию?",
    "питання: а що якщо я поїду до Чехії і роботодавець забере паспорт, це законно? можу піти в поліцію?",
    "una duda, y si me voy a Italia y el jefe me quita el pasaporte, es legal eso? puedo ir a la policía?",
    "o întrebare: și dacă plec în Germania și patronul îmi ia pașaportul, e legal? pot să merg la poliție?",
    "hỏi chút, nếu sang Đài Loan mà công ty giữ hộ chiếu thì có hợp pháp không? em có thể đi báo cảnh sát "
        "không?",
]
# Its risky twins: the passport taken (no what-if before it), a boss threatening to go to the police.
PASSPORT_TAKEN_LEGAL = [
    "my employer in Germany took my passport, is that legal? can I go to the police?",
    "what if they find me? the boss took my passport last week, is that legal?",
    "szef w Holandii zabrał mi paszport, czy to legalne? mogę iść na policję?",
    "el jefe en Italia me quitó el pasaporte, es legal eso?",
    "ông chủ bên Đài Loan giữ hộ chiếu của em, có hợp pháp không?",
    "chủ dọa sẽ đi báo cảnh sát nếu em bỏ về",
]


@pytest.mark.parametrize(("text", "levels"), cases(question=(WHAT_IF_PASSPORT, CALM),
                                                   taken=(PASSPORT_TAKEN_LEGAL, ESCALATED)))
def test_what_if_passport_is_a_question(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A buyer on a marketplace who wants the user's card details: a phishing scam against the user.
BUYER_CARD = [
    'selling my old bike online, the buyer sent a courier link and wants my card details so I can "receive '
        'the payment". safe?',
    'sprzedaję stary rower na olx, kupujący przysłał link kuriera i chce dane karty żebym "odebrała '
        'pieniądze". to bezpieczne?',
    'продаю старый велосипед на авито, покупатель прислал ссылку доставки и просит данные карты, чтобы '
        '«получить оплату». это безопасно?',
    'продаю старий велосипед на олх, покупець надіслав посилання доставки і просить дані картки, щоб '
        '«отримати оплату». це безпечно?',
    'vendo mi bici vieja en marketplace, el comprador me mandó un link del envío y pide los datos de mi '
        'tarjeta para "recibir el pago". es seguro?',
    'vând bicicleta veche pe olx, cumpărătorul mi-a trimis un link de curier și vrea datele cardului ca să '
        '„primesc banii”. e sigur?',
    'em bán xe đạp cũ trên chợ facebook, người mua gửi link giao hàng và bảo em nhập thông tin thẻ để "nhận '
        'tiền". có an toàn không?',
]
# Its risky twins: a boss who makes the workers get card details from buyers.
BOSS_CARD_SCAM = [
    'ông chủ bắt em nhắn cho người mua để lấy thông tin thẻ rồi chuyển tiền, không làm thì bị đánh',
    'the boss took our passports and makes us get the card details from the buyer on the phone all day',
    'el jefe nos quitó los pasaportes y nos obliga a sacarle al comprador los datos de la tarjeta',
]


@pytest.mark.parametrize(("text", "levels"), cases(scam=(BUYER_CARD, CALM), forced=(BOSS_CARD_SCAM,
                                                                                  ESCALATED)))
def test_buyer_asking_for_card_details(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text", [*LANDLORD_ASKS, *WHAT_IF_PASSPORT, *BUYER_CARD])
def test_told_calm_messages_stay_calm_with_the_net(rules: Analyzer, analyzer: Analyzer, text: str) -> None:
    language = rules.parse(text).language
    assert rules.risk.told(text, language)
    check_level(analyzer, text, CALM)
