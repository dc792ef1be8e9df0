"""Splits DA, DB, DC and DD's classes (fiftieth round), written as meanings in new words, not the splits'
sentences.

False escalations: sex work an adult tells as her own choice (independent, registered, "nobody forces her,
she keeps her money and her passport") reads no sexual exploitation, while a taker, a debt, force, a minor
or a "but now" keeps it high; a rumour answered by the user's own all-clear; an unpaid trial in an offer not
yet started; parents' loan for the ticket, a lawful deduction, "we don't know where to start" and a son with
a written contract who paid nothing or keeps his own passport, each with its risky twins.
The rules are tested alone (the statistical net off) unless a test says otherwise."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, ESCALATED, cases, check_level

# Sex work told as chosen by an adult, asking about rights, health or safety; a friend's chosen escorting.
CHOSEN_SEX_WORK = [
    "I'm a grown woman and do sex work independently in Austria, fully registered. What can I do if a client "
        "refuses to pay, and if the owner of my flat threatens to evict me?",
    "I do sex work by my own choice. Is there a clinic where I can get checked anonymously? Just being "
        "careful.",
    "My flatmate does escort work. Nobody forces her, she keeps her money, her passport is with her. How "
        "would we notice if that ever changed?",
    "Pracuję seksualnie samodzielnie, jestem pełnoletnia. Jakie mam prawa, jeśli klient nie zapłaci?",
    "Kuzynka pracuje jako escort. Nikt jej nie zmusza, pieniądze ma dla siebie, paszport u niej. Czy to "
        "legalne?",
    "Я работаю в секс-работе по своему выбору. Где можно анонимно провериться? Просто хочу быть осторожной.",
    "Сестра работает в эскорте, никто не заставляет, деньги у неё, паспорт у неё. Как понять, если что-то "
        "изменится?",
    "Я працюю в секс-бізнесі самостійно. Які права маю, якщо клієнт не заплатив?",
    "Hago trabajo sexual por decisión propia. ¿Dónde me hago pruebas sin dar mi nombre?",
    "Mi prima trabaja de escort. Nadie la obliga, la plata es de ella, tiene su pasaporte. ¿Es legal eso?",
    "Fac muncă sexuală pe cont propriu. Ce drepturi am dacă un client nu plătește?",
    "Verișoara mea lucrează ca escortă. Nu o obligă nimeni, banii sunt ai ei, pașaportul e la ea.",
    "Em làm mại dâm do em tự chọn. Em muốn xét nghiệm ở đâu mà không cần cho tên?",
    "Chị họ em bắt đầu làm escort, không ai ép, tiền nó giữ, hộ chiếu nó giữ. Có sao không?",
]
# Its risky twins: a taker, a debt, force, a held passport, a minor, a chosen start that changed.
NOT_CHOSEN = [
    "I started doing sex work by my own choice, but now my boyfriend takes all the money and keeps my "
        "passport.",
    "She says nobody forces her, but she has to see clients every night to pay the debt to the agency.",
    "My friend started escorting and now the agency keeps her passport.",
    "I'm 16 and I do sex work by my own choice, where can I get tested?",
    "Zaczęłam pracować seksualnie z własnego wyboru, ale teraz chłopak zabiera wszystkie pieniądze.",
    "Moja przyjaciółka pracuje jako escort, musi przyjmować klientów, żeby spłacić dług.",
    "Я работаю в эскорте по своему выбору, но сейчас менеджер забирает деньги и держит паспорт.",
    "Подругу заставляют работать в эскорте, паспорт у сутенёра.",
    "Я працюю в секс-бізнесі самостійно, але зараз хлопець забирає всі гроші.",
    "Подруга почала працювати ескорт, а тепер агенція тримає її паспорт.",
    "Hago trabajo sexual por mi cuenta, pero ahora mi novio se queda con toda la plata.",
    "Mi amiga trabaja de escort, tiene que atender clientes para pagar la deuda.",
    "Fac muncă sexuală din alegerea mea, dar acum iubitul îmi ia toți banii.",
    "Prietena mea lucrează ca escortă, trebuie să primească clienți ca să plătească datoria.",
    "Em làm mại dâm do em tự chọn, nhưng bây giờ bạn trai lấy hết tiền và giữ hộ chiếu.",
    "Bạn em làm escort, bị ép tiếp khách để trả nợ.",
    "Mam 17 lat i pracuję seksualnie z własnego wyboru.",
]


@pytest.mark.parametrize(("text", "levels"), cases(chosen=(CHOSEN_SEX_WORK, CALM),
                                                   forced=(NOT_CHOSEN, ESCALATED)))
def test_sex_work_told_as_chosen(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A rumour or a relative's fear answered by the user's own all-clear.
RUMOUR_ALL_CLEAR = [
    "I heard some agencies keep workers' passports and don't pay them. Nothing like that with me, my "
        "passport is with me. How do I check an agency is registered?",
    "Friends scared me that delivery fleets don't pay couriers, so I watched closely for three months. Every "
        "payment came on time, no problems at all. What do I need for my own account?",
    "My mum got scared because I work for my aunt abroad. I get paid every month, keep my own documents and "
        "can leave any time. What is trafficking exactly?",
    "Słyszałam, że agencje zabierają ludziom paszporty i nie płacą. U mnie nic takiego, paszport mam przy "
        "sobie. Jak sprawdzić agencję?",
    "Знакомые пугали что фирмы не платят курьерам. Каждая выплата пришла вовремя, никаких проблем. Что нужно "
        "для своего аккаунта?",
    "Чула, що агенції забирають паспорти і не платять. В мене нічого такого, паспорт при мені. Як перевірити "
        "агенцію?",
    "Escuché que las agencias quitan el pasaporte y no pagan. A mí nada de eso, el pasaporte lo tengo yo. "
        "¿Cómo reviso que es legal?",
    "Prietenii m-au speriat că firmele nu plătesc curierii. Fiecare plată a venit la timp, nicio "
        "problemă. Ce acte îmi trebuie?",
    "Em nghe nói có công ty giữ hộ chiếu rồi không trả lương. Em thì không có gì như vậy, hộ chiếu em tự "
        "giữ.",
]
# Its risky twins: the rumour come true for the user, or an all-clear that changed.
RUMOUR_TRUE = [
    "I heard agencies take workers' passports, and mine took my passport too last week.",
    "I heard agencies don't pay. Nothing like that at first, but now the agency keeps my passport and owes "
        "me two months.",
    "Słyszałam, że agencje zabierają paszporty, i mnie też zabrali paszport.",
    "Znajomi straszyli mnie, że floty nie płacą, i mnie nie zapłacili od dwóch miesięcy.",
    "Слышала, что агентства забирают паспорта, у меня тоже забрали паспорт.",
    "Чула, що агенції забирають паспорти, і в мене забрали паспорт.",
    "Escuché que las agencias quitan el pasaporte, y a mí también me quitaron el pasaporte.",
    "Am auzit că agențiile iau pașapoartele, și mie mi-au luat pașaportul.",
    "Em nghe nói công ty môi giới giữ hộ chiếu, công ty em cũng giữ hộ chiếu của em.",
]


@pytest.mark.parametrize(("text", "levels"), cases(clear=(RUMOUR_ALL_CLEAR, CALM),
                                                   true=(RUMOUR_TRUE, ESCALATED)))
def test_rumour_answered_by_own_all_clear(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# An unpaid trial of two weeks with the contract "later", in an offer not yet started (gold low: asked about).
TRIAL_NOT_STARTED = [
    "A pizzeria offered me a job, but the owner says the first two weeks are a trial without a contract and "
        "without pay, the contract comes later. I haven't started yet, is that normal?",
    "Dostałam ofertę w kawiarni, szef mówi, że pierwsze dwa tygodnie to okres próbny bez umowy i bez "
        "wypłaty. Jeszcze nie zaczęłam, co myślicie?",
    "Мне предложили работу в кафе, хозяин говорит, что первые две недели испытательный срок без договора и "
        "без оплаты. Я ещё не начала, это нормально?",
    "Мені запропонували роботу в кафе, власник каже, що перші два тижні пробний період без договору і без "
        "оплати. Я ще не почала, це нормально?",
    "Me ofrecieron trabajo en una cafetería, el dueño dice que las primeras dos semanas son de prueba sin "
        "contrato y sin pago. Todavía no empiezo, ¿es normal?",
    "Am primit o ofertă la o cafenea, patronul zice că primele două săptămâni sunt de probă fără contract și "
        "fără plată. Încă n-am început, e normal?",
    "Em được mời làm ở quán cà phê, chủ nói hai tuần đầu làm thử không hợp đồng không lương. Em chưa bắt "
        "đầu, vậy có bình thường không?",
]
# Its risky twins: the unpaid trial worked and never paid, or a passport kept already.
TRIAL_WORKED_UNPAID = [
    "The first two weeks were a trial without pay, I worked them and they never paid me.",
    "I haven't started yet, the trial is two weeks without pay, and they already keep my passport.",
    "Pierwsze dwa tygodnie to był okres próbny bez wypłaty, przepracowałam je i nic nie zapłacili.",
    "Первые две недели был испытательный срок без оплаты, я отработала, и ничего не заплатили.",
    "Перші два тижні був пробний період без оплати, я відпрацювала, і нічого не заплатили.",
    "Las primeras dos semanas fueron de prueba sin pago, las trabajé y no me pagaron nada.",
    "Primele două săptămâni au fost de probă fără plată, le-am lucrat și nu mi-au plătit nimic.",
    "Hai tuần đầu làm thử không lương, em làm xong rồi mà họ không trả đồng nào.",
]


@pytest.mark.parametrize(("text", "levels"), cases(offer=(TRIAL_NOT_STARTED, CALM),
                                                   worked=(TRIAL_WORKED_UNPAID, ESCALATED)))
def test_unpaid_trial_not_yet_started(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Calm questions: parents' loan for the ticket paid back from wages; a lawful deduction asked about; a boss
# who wants to hire a colleague and doesn't know where to start; a son with a written contract who paid
# nothing.
CALM_QUESTIONS = [
    "If my parents lend me the money for the bus ticket and I give it back from my first wages, is that debt "
        "bondage?",
    "Jeśli rodzice mi pożyczą na bilet, a ja im oddam z pensji, to czy to niewola za długi?",
    "Если родители одолжат на билет, а я верну им с зарплаты, это долговая кабала?",
    "Si mis padres me prestan para el boleto y les devuelvo con el sueldo, ¿eso es servidumbre por deudas?",
    "Dacă părinții îmi împrumută bani de bilet și le dau înapoi din salariu, e servitute pentru datorii?",
    "Nếu bố mẹ cho em vay tiền vé rồi em trả dần bằng lương thì có phải nợ ép lao động không?",
    "My employer in Belgium takes rent and health insurance out of my salary. Is that allowed without asking "
        "me? The job itself is fine.",
    "Работодатель вычитает квартиру и медстраховку из зарплаты. Можно так? Работой я доволен.",
    "Chủ trừ tiền phòng với bảo hiểm y tế vào lương. Họ có được làm vậy không? Công việc thì ổn.",
    "Роботодавець вираховує кімнату і медстраховку із зарплати. Чи можна без моєї згоди? Роботою задоволена.",
    "Our manager wants to hire my Ukrainian colleague for good and asks about a work permit. All is fine, we "
        "just don't know where to start.",
    "El jefe quiere contratar fijo a mi compañero y pregunta por el permiso de trabajo. Todo bien, solo no "
        "sabemos por dónde empezar.",
    "Șefa vrea să-l angajeze pe colegul meu și întreabă de permisul de muncă. Totul e bine, doar nu știm de "
        "unde să începem.",
    "My daughter goes to Germany with a neighbour who works there. She has a signed contract, the agency is "
        "registered, she paid nothing. What else should we agree?",
]
# Their risky twins: a debt to the agency worked off, deductions leaving nothing, locked in and lost, no pay.
NOT_CALM = [
    "My parents lent me money for the ticket, but the agency says I owe them 3000 and must work it off.",
    # The lead's review: the agency's or the boss's own debt told with "and", not "but" (read none after
    # the round's first check).
    "my parents lent me money for the ticket and the agency says I owe them 2000 more and I must work it off",
    "my parents lent me the ticket money, and now the boss says my debt for the room grows every month",
    "The agency takes housing and health insurance out of my salary and I'm left with nothing, I owe them "
        "money. Is that allowed?",
    "They locked us in the barrack and we don't know where we are.",
    "I worked three months and got paid nothing, the boss says next month.",
    "Rodzice mi pożyczyli na bilet, ale agencja mówi, że mam u nich dług i muszę go odpracować.",
    "Pracowałem trzy miesiące i szef nic nie zapłacił.",
    "Работодатель вычитает жилье и страховку из зарплаты, ничего не остается, я должна ему долг. Так можно?",
    "Hoy trabajé todo el mes y el jefe no pagó nada.",
    "Mis padres me prestaron para el pasaje, pero la agencia dice que le debo 2000 y tengo que trabajarlo.",
    "Patronul îmi ia cazarea din salariu și nu îmi rămâne nimic, am o datorie la el și trebuie să o "
        "muncesc.",
    "Chủ trừ tiền nhà với bảo hiểm vào lương, em không còn gì, còn mắc nợ chủ. Có được làm vậy không?",
]


@pytest.mark.parametrize(("text", "levels"), cases(calm=(CALM_QUESTIONS, CALM),
                                                   risky=(NOT_CALM, ESCALATED)))
def test_calm_questions_about_loans_deductions_permits(rules: Analyzer, text: str,
                                                       levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A son or daughter leaving with a signed contract who keeps his or her own passport.
SIGNED_OWN_PASSPORT = [
    "My daughter leaves for the Netherlands to pack flowers with a registered agency. She has a signed "
        "contract, she keeps her passport. What else should she check?",
    "Syn jedzie do Holandii, ma podpisaną umowę, paszport ma przy sobie. Co jeszcze sprawdzić?",
    "Дочь едет в Нидерланды на цветы, контракт подписан, паспорт у неё. Что ещё проверить?",
    "Донька їде в Нідерланди, договір підписаний, паспорт у неї. Що ще перевірити?",
    "Mi hija va a Holanda, tiene contrato firmado, el pasaporte lo guarda ella. ¿Qué más revisamos?",
    "Fiica mea pleacă în Olanda, are contract semnat, pașaportul îl ține ea. Ce să mai verificăm?",
]
# Its risky twins: the signed contract and a boss who keeps the passport.
SIGNED_PASSPORT_KEPT = [
    "My son has a signed contract but the farmer keeps his passport.",
    "He has a signed contract. The boss took his passport and keeps it in the safe.",
    "Mi hijo tiene contrato firmado, pero el pasaporte lo guarda el jefe.",
    "Сын подписал контракт, но бригадир забрал паспорт и держит у себя.",
    "Syn ma podpisaną umowę, ale szef zabrał mu paszport.",
]


@pytest.mark.parametrize(("text", "levels"), cases(own=(SIGNED_OWN_PASSPORT, CALM),
                                                   kept=(SIGNED_PASSPORT_KEPT, ESCALATED)))
def test_signed_contract_and_own_passport(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
