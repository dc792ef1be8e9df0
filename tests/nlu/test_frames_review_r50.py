"""Frames found by the lead's probes after the fiftieth round (during the fifty-first), in no split.

Asking frames that tell the case: "is it normal that ..." in Spanish and Romanian takes the subjunctive ("¿es
normal que el jefe se quede con mi pasaporte?", "e normal să-mi țină patronul pașaportul?"); Vietnamese asks
"có bình thường không khi ..." (is it normal when ...), whose "không" is no negation; "is it legal that they
haven't paid me ...?" asks the law about a case it tells; a question about rules answered by what already
happened ("can my boss keep my passport? he has had it for 2 months"); ro "nu vrea să ne dea pașapoartele"
(won't give them back) is no recruiter's request. Calm frames that told none: help thanked for or offered to
others is no cry for help now; "who keeps the passport?" in a checklist; a professional's "what if a client
says ...?"; a school question about traffickers; a fear told before ", that" that did not come true; a
person's own passport with her among a signed contract; pl "kiedy chcę" (when I want) is no boss's whim.
Each with its risky twins. The rules are tested alone."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

SUBJUNCTIVE = [
    "¿Es normal que el jefe se quede con mi pasaporte?",
    "¿Es normal que el patrón tenga nuestros pasaportes desde marzo?",
    "¿Es normal que nos encierren en la bodega de noche?",
    "¿Es normal que el encargado nos quite los celulares?",
    "¿Está bien que me peguen si me equivoco?",
    "¿Es normal que la señora no me deje salir de la casa?",
    "Oye, ¿es normal que no nos paguen desde hace dos meses?",
    "E normal să-mi țină patronul pașaportul?",
    "E normal ca patronul să ne țină pașapoartele de 3 luni?",
    "E ok să nu ne dea banii până la sfârșitul sezonului? Așa ne-a zis șeful",
]
WHEN_VI = [
    "Có bình thường không khi chủ giữ hộ chiếu của em?",
    "Có bình thường không khi ba tháng rồi không trả lương?",
    "Ba tháng rồi không trả lương, có bình thường không?",
    "co binh thuong khong khi sep giu ho chieu cua em",
]
LEGAL_THAT = [
    "is it legal that they havent paid me for three months?",
    "is it legal that the boss keeps my passport since march?",
    "¿Es legal que no me paguen desde hace tres meses?",
    "¿Es legal que me amenacen con la policía si me voy?",
    "E legal să nu ne plătească de trei luni?",
]
ANSWERED = [
    "Can my boss keep my passport? he has had it for 2 months",
    "is it legal for the boss to keep my passport?  he has it since march",
    "can they hold my wages till the end of the season? thats what they told us",
    "¿Puede el jefe quedarse con mi pasaporte? ya lo tiene hace 2 meses",
    "Может ли работодатель держать мой паспорт? Он у него уже 2 месяца",
    "Чи може роботодавець тримати мій паспорт? Він у нього вже 2 місяці",
    "Sếp có được giữ hộ chiếu của em không? Ổng giữ từ tháng 3 rồi",
    "Are voie patronul să-mi ia pașaportul? Mi l-a luat ieri",
]
# The same frames about rules in general, before leaving, or about a copy; thanks and a bonus.
ABOUT_RULES = [
    "Can an employer keep my passport? asking before I go",
    "is it legal for the boss to keep my passport?",
    "is it legal that an employer keeps a workers passport?",
    "¿Es legal que una empresa se quede con el pasaporte de un trabajador?",
    "E legal ca un patron să țină pașaportul unui muncitor?",
    "¿Puede el empleador quedarse con mi pasaporte? Pregunto antes de viajar",
    "¿Es normal que pidan copia del pasaporte para el contrato? Solo copia",
    "E normal să ceară copie după pașaport? Doar copie",
    "Có bình thường không khi công ty xin bản sao hộ chiếu? Chỉ bản sao thôi",
    "Sếp trừ thưởng vì em đi muộn, có bình thường không?",
    "Tháng này không có thưởng, lương vẫn trả đủ, có bình thường không?",
    "thank you for the help yesterday, everything is ok now, I found a new job with a contract",
    "Gracias por la ayuda, todo bien ahora, encontré trabajo con contrato",
    "Dziękuję za pomoc, wszystko już dobrze, mam nową pracę z umową",
]
# Calm frames: a professional's "what if a client says ...?", a school question about traffickers, a fear
# that did not come true, a person's own passport among a signed contract, "I can leave when I want".
CALM_FRAMES = [
    "Jestem pracownikiem socjalnym. Co robić, jeśli klientka powie, że pracodawca trzyma jej paszport?",
    "Я соцработник. Что делать, если клиентка скажет, что работодатель держит её паспорт?",
    "Soy trabajadora social. ¿Qué hago si una usuaria me dice que su empleador le retiene el pasaporte?",
    "what can I do if my friend says her boss took her passport?",
    "for my school essay: how do traffickers keep people, do they take passports and make debts?",
    "do pracy domowej: jak handlarze ludźmi zatrzymują ofiary, zabierają paszporty i robią długi?",
    "для доклада: как торговцы людьми удерживают жертв, забирают паспорта и делают долги?",
    "para una tarea: ¿cómo retienen los tratantes a las víctimas, les quitan el pasaporte?",
    "cho bài luận ở trường: bọn buôn người giữ nạn nhân thế nào, có lấy hộ chiếu và bắt nợ không?",
    "w zeszłym roku bałem się, że nie zapłacą, ale zapłacili wszystko na czas, jadę znowu",
    "в прошлом году боялся, что не заплатят, но заплатили всё вовремя, еду снова",
    "my cousin works in a hotel in Spain, contract signed, passport with her, paid every month",
    "kuzynka pracuje w hotelu w Hiszpanii, umowa podpisana, paszport u niej, płacą co miesiąc",
    "verișoara lucrează la un hotel în Spania, contract semnat, pașaportul la ea, e plătită lunar",
    "chị họ em làm khách sạn ở Tây Ban Nha, hợp đồng ký rồi, hộ chiếu chị giữ, lương trả hàng tháng",
    "nikt nie zabrał mi paszportu, płacą co miesiąc, mogę odejść kiedy chcę, pytam tylko o urlop",
    "I was trafficked 5 years ago, now I'm safe and I want to volunteer to help others, how can I?",
    "my mother asks what to check before I go: contract, agency licence, who keeps the passport. what else?",
    "mamá pregunta qué revisar antes de irme: contrato, licencia de la agencia, quién guarda el pasaporte.",
    "mama întreabă ce să verific înainte să plec: contractul, licența agenției, cine ține pașaportul.",
    "agentul vrea să-i dau pașaportul original înainte de plecare",
    "em không nợ môi giới đồng nào, công ty trả hết",
]
# Their risky twins: the case told, the fear come true, the boss's hand, pay at the boss's whim.
TOLD_FRAMES = [
    "my friend says her boss took her passport, what can I do?",
    "if I ask for my passport, he says he keeps it until I pay the debt, what can I do?",
    "for my school essay: how do traffickers keep people? my boss took my passport last week",
    "for my school essay: how do traffickers keep people, but actually they took my passport",
    "bałem się, że nie zapłacą i nie zapłacili do dziś",
    "боялся, что не заплатят, и правда не платят уже два месяца",
    "my cousin has a contract signed, the boss took her passport, it is with him now",
    "kuzynka ma umowę podpisaną, ale paszport u niego, szef nie oddaje",
    "szef płaci kiedy chce",
    "szef płaci nam jak chce, raz 500 raz nic",
    "Who keeps my passport now? The boss took it yesterday",
    "patronul nu vrea să ne dea pașapoartele înapoi",
    "công ty nói tụi em nợ 3000 đô tiền môi giới phải làm trả",
]
# The review of round 51's general calm frame: a danger told after the writer's all-clear is news, not the
# worry it settles (each read none with the frame as the round left it).
TOLD_AFTER_ALL_CLEAR = [
    "we checked the agency before going. since july the coordinator holds our id cards in his office and "
        "pays half",
    "nothing bad happened at first. then the coordinator collected our passports for registration and never "
        "returned them",
    "I haven't done anything wrong. The foreman confiscated my residence card and says I'm in debt for the "
        "flat",
    "sprawdziliśmy agencję. od lipca koordynator przechowuje nasze paszporty w sejfie i wypłaca połowę",
    "мы проверили агентство. с июля координатор хранит наши паспорта в сейфе и платит половину",
    "nic złego się nie stało, tylko od dwóch miesięcy zero wypłaty i szef mówi że jesteśmy mu winni za "
        "mieszkanie",
    "contract and pay are ok, only the landlord who is the boss's brother holds our passports as a deposit",
    "everything else is fine, only the pay: 4 months nothing at all",
]
# Romanian clitics between "nu" and the verb ("nu mi l-au luat"): negated; the told forms stay.
RO_CLITICS_NEGATED = [
    "pasaportul nu mi l-au luat, salariul vine la timp, contract semnat",
    "nu ni le-au luat pașapoartele, doar au făcut copii",
    "banii nu mi i-au oprit niciodată",
]
RO_CLITICS_TOLD = [
    "nu ne-au plătit și mi l-au luat pașaportul",
    "nu știu de ce mi l-au luat pașaportul",
    "patronul mi l-a luat pașaportul",
]
# Help thanked for, then asked for again: danger now.
THANKED_THEN_HELP = [
    "thanks for the help but he is back, he is beating me, help now please",
    "gracias por la ayuda pero volvió, me está pegando, ayuda ahora",
    "help now, they beat my friend, I want to help others here too",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    subjunctive=(SUBJUNCTIVE, ESCALATED), when=(WHEN_VI, ESCALATED), legal=(LEGAL_THAT, ESCALATED),
    answered=(ANSWERED, ESCALATED), rules=(ABOUT_RULES, CALM), help=(THANKED_THEN_HELP, DANGER),
    calm=(CALM_FRAMES, CALM), told=(TOLD_FRAMES, ESCALATED), after=(TOLD_AFTER_ALL_CLEAR, ESCALATED),
    ro_negated=(RO_CLITICS_NEGATED, CALM), ro_told=(RO_CLITICS_TOLD, ESCALATED)))
def test_frames(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
