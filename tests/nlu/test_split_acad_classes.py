"""Splits AC and AD's classes (fifteenth round), written as meanings in new words, not AC-AD's sentences.

Short messages first (split AC: voice-to-text, no punctuation; the net does not read messages under 16 words,
so the rules are all there is). Danger now: despair with a wish not to wake up ("no money no passport i dont
want to wake up tomorrow", the negations before it are a list of losses); locked in by a keeper who left with
the keys; told "I'm quitting" and they come for me tonight; a child taken abroad tomorrow morning by a man
after the father was paid or married her off; despair on a roof with a message to mum; a threat, someone
coming and "they have keys"; an injured worker denied an ambulance with "whoever calls is fired"; a beating
in the next room. Their calm twins stay below danger: not wanting to get up early, a keeper who left the keys
with us, quitting and the boss coming to collect the tools, a grandfather driving a child to camp tomorrow
morning, standing on a roof at work.
The rules are tested alone (the statistical net off)."""

from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import BELOW_DANGER, CALM, DANGER, ESCALATED, cases, check_level

NO_WAKE = [
    "cant take it anymore lost the job lost my papers i dont want to wake up again",
    "już nie mam siły bez pracy bez paszportu nie chcę się już obudzić",
    "больше нет сил ни работы ни документов не хочу больше просыпаться",
    "більше не можу ні роботи ні документів не хочу більше прокидатися",
    "ya no aguanto sin trabajo sin papeles no quiero volver a despertar",
    "nu mai rezist fara bani fara acte nu mai vreau sa ma trezesc",
    "em hết chịu nổi rồi không việc không giấy tờ không muốn tỉnh dậy nữa",
]

NO_WAKE_CALM = [
    "i dont want to wake up at 5 again tomorrow is sunday a day off by law",
    "nie chce sie jutro obudzic o 4 czy szef moze kazac pracowac w niedziele",
    "не хочу завтра просыпаться в 5 утра можно ли отказаться от смены",
    "no quiero despertar a mi hijo tan temprano hay guarderia cerca de la obra",
    "không muốn thức dậy sớm mai có được nghỉ chủ nhật không",
]

KEYS_GONE = [
    "the manager shut us inside the kitchen and drove off with the keys we cannot get out",
    "kierownik zamknął nas w magazynie i poszedł z kluczami nie możemy wyjść",
    "бригадир закрыл нас на складе и ушёл с ключами выйти не можем",
    "бригадир закрив нас на складі і пішов з ключами вийти не можемо",
    "el encargado nos encerró en la bodega y se llevó las llaves no podemos salir",
    "sefa ne-a inchis in depozit si a plecat cu cheile nu putem iesi",
    "quản lý nhốt chúng em trong kho rồi đi mang theo chìa khóa không ra được",
]

KEYS_LEFT = [
    "the manager left us the keys and went home, we lock up ourselves",
    "kierownik zostawił nam klucze i pojechał do domu",
    "бригадир оставил нам ключи и уехал домой",
    "el encargado nos dejó las llaves y se fue a su casa",
]

QUIT_COME = [
    "told the foreman im leaving and he said tonight they are coming for me",
    "napisałam szefowej że odchodzę a ona że dziś wieczorem po mnie przyjadą",
    "сказала бригадиру что увольняюсь а он сказал вечером за мной приедут",
    "сказала бригадиру що звільняюся а він каже ввечері за мною приїдуть",
    "le dije al patrón que renuncio y dijo que esta noche vienen por mí",
    "i-am zis sefului ca plec si a zis ca diseara vin dupa mine",
    "em nói với chủ là em nghỉ việc thì chủ bảo tối nay sẽ đến tìm em",
]

QUIT_CALM = [
    "told the foreman im leaving and he said he will come tomorrow to take back the tools",
    "powiedziałam szefowej że odchodzę a ona że jutro przyjedzie po klucze od mieszkania",
    "сказала что увольняюсь а он сказал что завтра заедет за инструментом",
]

CHILD_SOLD = [
    "a man is taking my 15 year old cousin to germany tomorrow morning her father took money for it",
    "jakiś mężczyzna jutro rano wywozi moją 15 letnią kuzynkę do niemiec ojciec wziął pieniądze",
    "какой то мужчина завтра утром увозит мою 15 летнюю племянницу в германию отец взял деньги",
    "якийсь чоловік завтра зранку вивозить мою 15 річну племінницю до німеччини батько взяв гроші",
    "mañana temprano un señor se lleva a mi sobrina de 15 a alemania y su papá cobró",
    "un barbat o duce maine pe nepoata mea de 15 ani in germania tatal ei a luat bani",
    "sáng mai có người đàn ông đưa cháu gái tôi 15 tuổi ra nước ngoài bố nó đã nhận tiền rồi",
    "my classmates sister is 14 her father wants to marry her "
    "off to a man from abroad he comes tonight to take her",
    "сестре моей подруги 14 отец решил выдать ее замуж "
    "за мужчину из-за границы он приедет сегодня вечером ее забрать",
]

CHILD_CALM = [
    "grandpa is taking my 15 year old cousin to a summer camp tomorrow morning, we paid the camp",
    "dziadek jutro rano zawozi moją 15 letnią kuzynkę na obóz, zapłaciliśmy za obóz",
    "mañana temprano mi papá lleva a mi sobrina de 15 al campamento",
]

ROOF = [
    "i cant anymore the recruiter tells my parents the debt "
    "keeps growing im on the roof tell my mom im sorry",
    "nie dam już rady pośrednik mówi rodzicom że dług rośnie jestem na dachu powiedz mamie że przepraszam",
    "больше не могу агент говорит родителям что долг растёт я на крыше скажите маме что мне жаль",
    "більше не можу агент каже батькам що борг росте я на даху скажіть мамі що мені шкода",
    "ya no puedo más el agente dice a mis papás que la "
    "deuda crece estoy en la azotea díganle a mi mamá que lo siento",
    "nu mai pot agentul le zice alor mei ca datoria creste sunt pe acoperis spuneti-i mamei ca imi pare rau",
    "em hết chịu nổi rồi môi giới bảo bố mẹ em là nợ tăng em đang ở trên sân thượng nói với mẹ là em xin lỗi",
]

ROOF_CALM = [
    "we work on the roof twelve hours a day and the boss still hasnt paid",
    "pracujemy na dachu po 12 godzin a szef nadal nie zapłacił",
]

KEYS_THREAT = [
    "told the agent i want to go home and he said at 9 he will "
    "come with his boys to talk to me. i am alone and they have keys",
    "powiedziałam agentowi że odchodzę a on że o 21 przyjedzie "
    "z kolegami mi wytłumaczyć. jestem sama a oni mają klucze",
    "сказал агенту что ухожу а он что в 9 приедет с парнями поговорить. я один а у них есть ключи",
    "сказала агенту що звільняюся а він що о 21 приїде з хлопцями поговорити. я сама а в них є ключі",
    "le dije al agente que renuncio y dijo que a las "
    "9 viene con sus amigos a hablar. estoy sola y tienen llave",
    "i-am zis agentului ca plec si zice ca la 9 vine cu baietii sa vorbeasca. sunt singura si ei au chei",
    "em nói với môi giới là em nghỉ, anh ta nói 9h tối sẽ "
    "dẫn mấy thằng đến nói chuyện. em ở một mình mà họ có chìa khóa",
]

NO_AMBULANCE = [
    "mate fell from the scaffolding his leg is broken the boss says no ambulance, whoever calls is fired",
    "kolega spadł z dachu noga złamana a szef mówi żadnej karetki kto zadzwoni ten wylatuje",
    "напарник упал с лесов нога вывернута а бригадир говорит никакой скорой кто позвонит того уволят",
    "напарник впав з риштування нога вигнута а бригадир каже ніякої швидкої хто подзвонить того вижене",
    "un compañero se cayó del andamio tiene la pierna doblada y "
    "el jefe dice nada de ambulancia el que llame se va",
    "un coleg a cazut de pe schela are piciorul strâmb si seful zice fara ambulanta cine suna zboara",
]

NEXT_ROOM = [
    "my friend wrote from a clients phone, some man is beating "
    "another girl in the next room and says she is next",
    "koleżanka pisze z telefonu klienta, jakiś facet bije inną dziewczynę w pokoju obok",
    "подруга пишет с телефона клиента, какой-то мужик бьёт другую девушку в соседней комнате",
    "подруга пише з телефону клієнта, якийсь чоловік б'є іншу дівчину в сусідній кімнаті",
    "un tip bate alta fata in camera de alaturi si zice ca ea e urmatoarea",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    no_wake=(NO_WAKE, DANGER), no_wake_calm=(NO_WAKE_CALM, BELOW_DANGER),
    keys_gone=(KEYS_GONE, DANGER), keys_left=(KEYS_LEFT, BELOW_DANGER),
    quit_come=(QUIT_COME, DANGER), quit_calm=(QUIT_CALM, BELOW_DANGER),
    child_sold=(CHILD_SOLD, DANGER), child_calm=(CHILD_CALM, BELOW_DANGER),
    roof=(ROOF, DANGER), roof_calm=(ROOF_CALM, BELOW_DANGER),
    keys_threat=(KEYS_THREAT, DANGER), no_ambulance=(NO_AMBULANCE, DANGER), next_room=(NEXT_ROOM, DANGER),
))
def test_danger_now_short_and_indirect(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalations, short and unpunctuated (split AC) and told at length (AD).
ESCALATED_CLASSES = [
    # a child at work, sleeping at the workplace or out of school
    "my niece is 15 she cleans rooms at a hostel all week and has no school",
    "bratanica ma 15 lat sprząta w hotelu cały tydzień śpi na zapleczu",
    "племяннице 15 она убирает в хостеле всю неделю спит на работе в школу не ходит",
    "племінниці 15 вона прибирає в хостелі весь тиждень спить на роботі в школу не ходить",
    "mi sobrina de 15 limpia en un hostal toda la semana duerme en el trabajo no va a la escuela",
    "nepoata mea de 15 ani face curat la un hostel toata saptamana nu merge la scoala",
    "cháu gái em 15 tuổi dọn phòng ở nhà nghỉ cả tuần không đi học",
    # not knowing which town or village
    "we dont even know what city we are in they bus us to the farm and back",
    "nawet nie wiem w jakim mieście jestem wożą nas na farmę i z powrotem",
    "даже не знаю в каком городе я возят на ферму и обратно",
    "навіть не знаю в якому місті я возять на ферму і назад",
    "no sé ni en qué ciudad estoy nos llevan a la granja y de vuelta",
    "nici nu stiu in ce oras sunt ne duc la ferma si inapoi",
    "em còn không biết đang ở thành phố nào họ chở ra trang trại rồi về",
    # out only with the supervisor
    "we can only leave the hostel with the foreman",
    "z hostelu możemy wyjść tylko z kierownikiem",
    "из общежития выходить можно только с охраной",
    "з гуртожитку виходити можна тільки з охороною",
    "del albergue salimos solo con el capataz",
    "din camin iesim doar cu seful",
    "bọn em chỉ được ra ngoài với quản lý",
    # half the promised pay
    "the farm pays half of what they promised",
    "farma płaci połowę tego co obiecali",
    "ферма платит половину от того что обещали",
    "ферма платить половину від того що обіцяли",
    "la granja paga la mitad de lo prometido",
    "ferma plateste jumatate din ce a promis",
    "trang trại chỉ trả một nửa như đã hứa",
    # made to sit with clients after closing
    "i was hired as a cleaner but after closing the owner wants us to sit with the customers",
    "po zamknięciu szef każe siedzieć z klientami",
    "после закрытия хозяйка велит сидеть с клиентами",
    "після закриття хазяйка велить сидіти з клієнтами",
    "después de cerrar el dueño nos hace sentarnos con los clientes",
    "dupa inchidere patronul ne pune sa stam cu clientii",
    "sau giờ đóng cửa chủ bắt bọn em ngồi với khách",
    # the last month not paid
    "the farm still hasnt paid my last month",
    "firma nadal nie wypłaciła za ostatni miesiąc",
    "фермер так и не заплатил за последний месяц",
    "фермер досі не заплатив за останній місяць",
    "el patrón todavía no me pagó el último mes",
    "patronul inca nu a platit ultima luna",
    "công ty chưa trả tháng cuối",
    # told one job, doing another
    "they said hotel but we clean offices at night",
    "mówili hotel a sprzątamy biura nocami",
    "говорили отель а мы моем офисы по ночам",
    "казали готель а ми прибираємо офіси ночами",
    "dijeron hotel y limpiamos oficinas de noche",
    "au zis hotel si noi facem curat in birouri noaptea",
    # a debt for the bike the work needs; a debt that grows every month
    "the man who got him the delivery job says he owes for the scooter",
    "mi primo le debe la moto al que le dio la cuenta",
    "nợ với chủ trang trại tháng nào cũng tăng",
    # scam compounds: fake accounts for crypto; let go only for a payment
    "he writes to people from fake accounts to get crypto and they let him go only if he pays",
    "pisze z fejkowych kont żeby wyłudzić krypto wypuszczą go jak zapłaci",
    "пишет с фейковых аккаунтов чтобы выманить крипту отпустят если заплатит",
    # worked day and night
    "my aunt worked day and night as a carer",
    "ciocia pracowała dzień i noc jako opiekunka",
    "тётя работала днём и ночью сиделкой",
    "тітка працювала вдень і вночі доглядальницею",
    "mi tía trabajaba día y noche de cuidadora",
    "matusa lucra zi si noapte ca ingrijitoare",
    "dì em làm ngày đêm chăm ông cụ",
]

CALM_CLASSES = [
    "my niece is 15 and has no school this week, can she help at the hostel for pocket money?",
    "we know the city well, they drive us to the farm and back",
    "we can leave the hostel whenever we want, the foreman lives there too",
    "they paid everything they promised, the last month too",
    "I owe my brother for the scooter, he lent me the money",
    # a past case told as closed, and helping a relative now
    "two years ago the agency held our passports but I reported them, the case is closed and I got my back "
    "pay. now my niece wants to go to Spain, how do we check an agency?",
    "2 роки тому агенція тримала наші паспорти, але я заявив, справа закінчилась. "
    "тепер хочу перевірити агенцію",
    # the agency keeps a copy of the passport, the salary is fine
    "агентство держит копию паспорта в деле, оригинал у меня, зарплату платят вовремя",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    escalated=(ESCALATED_CLASSES, ESCALATED), calm=(CALM_CLASSES, CALM),
))
def test_escalations_and_their_calm_twins(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# A habit is not danger now ("every day ... and in the evening comes and takes the money"); its twin: someone
# coming tonight after a lock-in, with "always" told much earlier in the sentence.
HABIT = [
    "codziennie zostawia go pod sklepem żeby żebrał i wieczorem przyjeżdża i zabiera wszystkie pieniądze",
    "every day he leaves my uncle outside the station to beg and in the evening he comes and takes the money",
]

NOW_STORY = [
    "the boss is beating me right now and has my passport, i escaped to the bathroom, help",
    "there is a girl next door, she is always crying, they keep her locked in the back room and some men "
    "are coming tonight to take her",
    "a year ago he brought me here and he is beating me, help",
]


@pytest.mark.parametrize(("text", "levels"), cases(
    habit=(HABIT, ("high",)), now=(NOW_STORY, DANGER),
))
def test_habits_are_not_danger_now(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
