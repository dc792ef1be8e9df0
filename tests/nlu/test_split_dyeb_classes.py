"""Splits DY, DZ, EA and EB's classes (fifty-sixth round), written as meanings in new words, not the
splits' sentences.

False escalations: a rumour of passports taken checked by asking the person, answered by her own keeping
("I asked her straight, she has her passport, a contract, paid on time"); a rumour of unpaid work in a
rehab centre checked by a visit ("I went there, therapy only, he keeps his phone and can leave whenever he
likes"). Each with its risky twins (the check confirms the danger) and adversarial twins (the calm check,
then a danger told in fresh words), kept escalated. The rules are tested alone (the statistical net off)
unless a test says otherwise. And a bystander's supposition: "if a passenger ever told me someone took
their passport and they're kept somewhere, who would I call?" (risky twins: a passenger did tell it); a
recruiter's request before leaving to bring the original passport and give it to him to hold."""


from __future__ import annotations

import pytest

from nlu import Analyzer

from .levels import CALM, DANGER, ESCALATED, cases, check_level

# False escalations: a rumour of passports taken, the writer asked the person; risky twins first (it is true).
RUMOUR_ASKED_CONFIRMS = [
    "Heard a rumour that the hotel laundry where my cousin works takes the girls' passports. I asked "
        "her straight and it's true, the manager keeps her passport in his safe and she hasn't been paid "
        'since May.',
    'Słyszałam plotkę, że pralnia hotelowa, w której pracuje kuzynka, zabiera dziewczynom paszporty. '
        'Zapytałam ją wprost i to prawda, kierownik trzyma jej paszport w sejfie i nie płaci jej od maja.',
    'Слышала слух, что прачечная при отеле, где работает кузина, забирает у девушек паспорта. Спросила '
        'ее прямо, это правда, менеджер держит ее паспорт в сейфе и не платит ей с мая.',
    'Чула плітку, що пральня при готелі, де працює кузина, забирає в дівчат паспорти. Спитала її '
        'прямо, це правда, менеджер тримає її паспорт у сейфі і не платить їй з травня.',
    'Escuché un rumor de que la lavandería del hotel donde trabaja mi prima les quita el pasaporte a '
        'las chicas. Le pregunté directamente y es verdad, el gerente tiene su pasaporte en la caja fuerte '
        'y no le paga desde mayo.',
    'Am auzit o bârfă că spălătoria hotelului unde lucrează verișoara mea le ia pașapoartele fetelor. '
        'Am întrebat-o direct și e adevărat, managerul îi ține pașaportul în seif și nu a mai plătit-o din '
        'mai.',
    'Em nghe đồn tiệm giặt của khách sạn chỗ chị họ em làm hay giữ hộ chiếu của mấy cô. Em hỏi thẳng '
        'chị thì đúng thật, quản lý giữ hộ chiếu của chị trong két và không trả lương từ tháng năm.',
]

# The calm check: she has her passport herself.
RUMOUR_ASKED_OWN_KEEPING = [
    "Heard a rumour that the hotel laundry where my cousin works takes the girls' passports. I asked "
        'her straight, she has her passport, a signed contract, and they pay her on time. Anything else '
        'she should watch for?',
    'Słyszałam plotkę, że pralnia hotelowa, w której pracuje kuzynka, zabiera dziewczynom paszporty. '
        'Zapytałam ją wprost, paszport ma u siebie, umowę podpisaną, płacą na czas. Na co jeszcze ma '
        'uważać?',
    'Слышала слух, что прачечная при отеле, где работает кузина, забирает у девушек паспорта. Спросила '
        'ее прямо, паспорт у нее, договор подписан, платят вовремя. На что еще ей обратить внимание?',
    'Чула плітку, що пральня при готелі, де працює кузина, забирає в дівчат паспорти. Спитала її '
        'прямо, паспорт у неї, договір підписаний, платять вчасно. На що ще їй звернути увагу?',
    'Escuché un rumor de que la lavandería del hotel donde trabaja mi prima les quita el pasaporte a '
        'las chicas. Le pregunté directamente, tiene su pasaporte, contrato firmado, le pagan a tiempo. '
        '¿Qué más debería vigilar?',
    'Am auzit o bârfă că spălătoria hotelului unde lucrează verișoara mea le ia pașapoartele fetelor. '
        'Am întrebat-o direct, pașaportul e la ea, are contract semnat, o plătesc la timp. La ce să mai '
        'fie atentă?',
    'Em nghe đồn tiệm giặt của khách sạn chỗ chị họ em làm hay giữ hộ chiếu của mấy cô. Em hỏi thẳng '
        'chị rồi, hộ chiếu chị tự giữ, có hợp đồng ký rồi, trả lương đúng hạn. Chị nên để ý thêm gì ạ?',
]

# Adversarial twins: the calm check, then a danger told in fresh words.
RUMOUR_ASKED_THEN_DANGER = [
    "Heard a rumour that the hotel laundry where my cousin works takes the girls' passports. I asked "
        'her straight, she has her passport. Her shift leader though shoves her into the storeroom when '
        'she is slow and she has not been allowed home for nine days.',
    'Słyszałam plotkę, że pralnia hotelowa, w której pracuje kuzynka, zabiera dziewczynom paszporty. '
        'Zapytałam ją wprost, paszport ma u siebie. Tylko brygadzistka popycha ją do magazynu, gdy jest za '
        'wolna, i od dziewięciu dni nie pozwalają jej wrócić do domu.',
    'Слышала слух, что прачечная при отеле, где работает кузина, забирает у девушек паспорта. Спросила '
        'ее прямо, паспорт у нее. Только старшая смены толкает ее в кладовку, когда она медленная, и уже '
        'девять дней ее не отпускают домой.',
    'Чула плітку, що пральня при готелі, де працює кузина, забирає в дівчат паспорти. Спитала її '
        "прямо, паспорт у неї. Тільки старша зміни штовхає її в комору, коли вона повільна, і вже дев'ять "
        'днів її не відпускають додому.',
    'Escuché un rumor de que la lavandería del hotel donde trabaja mi prima les quita el pasaporte a '
        'las chicas. Le pregunté directamente, tiene su pasaporte. Pero la jefa de turno la empuja al '
        'almacén cuando va lenta y hace nueve días que no la dejan volver a casa.',
    'Am auzit o bârfă că spălătoria hotelului unde lucrează verișoara mea le ia pașapoartele fetelor. '
        'Am întrebat-o direct, pașaportul e la ea. Doar că șefa de tură o împinge în magazie când e lentă '
        'și de nouă zile nu o lasă să meargă acasă.',
    'Em nghe đồn tiệm giặt của khách sạn chỗ chị họ em làm hay giữ hộ chiếu của mấy cô. Em hỏi thẳng '
        'chị rồi, hộ chiếu chị tự giữ. Có điều tổ trưởng hay xô chị vào kho khi chị làm chậm và chín ngày '
        'nay không cho chị về nhà.',
]



@pytest.mark.parametrize("text,levels", cases(
    confirms=(RUMOUR_ASKED_CONFIRMS, ESCALATED), denies=(RUMOUR_ASKED_OWN_KEEPING, CALM),
    adversarial=(RUMOUR_ASKED_THEN_DANGER, ESCALATED)))
def test_rumour_answered_by_own_keeping(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    denies=(RUMOUR_ASKED_OWN_KEEPING, CALM), adversarial=(RUMOUR_ASKED_THEN_DANGER, ESCALATED)))
def test_rumour_answered_by_own_keeping_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]
                                                 ) -> None:
    check_level(analyzer, text, levels)



# A rumour of unpaid work in a rehab centre, checked by a visit; risky twins first (it is true).
REHAB_VISIT_CONFIRMS = [
    'Heard rumours that the rehab my brother is going into makes people work for free. I went there '
        "and it's true, they dig on the centre's farm all day without pay and their phones are locked in "
        'the office.',
    'Słyszałam plotki, że ośrodek odwykowy, do którego idzie brat, każe ludziom pracować za darmo. '
        'Byłam tam i to prawda, zabierają wszystkim paszporty przy wejściu i nikomu nie płacą za pracę na '
        'farmie.',
    'Слышала слухи, что ребцентр, куда ложится брат, заставляет людей работать бесплатно. Я туда '
        'съездила, и это правда, они весь день копают на ферме центра без оплаты, а телефоны заперты в '
        'кабинете.',
    "Чула чутки, що реабцентр, куди лягає брат, змушує людей працювати безкоштовно. Я туди з'їздила, і "
        'це правда, вони цілий день копають на фермі центру без оплати, а телефони замкнені в кабінеті.',
    'Escuché rumores de que el centro de rehabilitación donde va a entrar mi hermano pone a la gente a '
        'trabajar gratis. Fui y es verdad, cavan en la granja del centro todo el día sin pago y los '
        'teléfonos están encerrados en la oficina.',
    'Am auzit zvonuri că centrul de reabilitare unde intră fratele meu pune oamenii să muncească pe '
        'gratis. Am fost acolo și e adevărat, sapă toată ziua la ferma centrului fără plată și telefoanele '
        'sunt încuiate în birou.',
    'Em nghe đồn trung tâm cai nghiện anh em sắp vào bắt người ta làm không công. Em đã đến đó và đúng '
        'thật, họ đào đất ở trang trại của trung tâm cả ngày không lương, điện thoại bị khóa trong văn '
        'phòng.',
]

# The calm check: therapy only, his phone with him, free to leave.
REHAB_VISIT_DENIES = [
    'Heard rumours that the rehab my brother is going into makes people work for free. I went there, '
        "talked to a therapist, it's state run, therapy only, he keeps his phone and can leave whenever he "
        'likes. What else should I check?',
    'Słyszałam plotki, że ośrodek odwykowy, do którego idzie brat, każe ludziom pracować za darmo. '
        'Byłam tam, rozmawiałam z terapeutką, to ośrodek państwowy, tylko terapia, telefon ma przy sobie i '
        'może wyjść kiedy chce. Co jeszcze sprawdzić?',
    'Слышала слухи, что ребцентр, куда ложится брат, заставляет людей работать бесплатно. Я туда '
        'съездила, поговорила с терапевтом, это государственный центр, только терапия, телефон у него с '
        'собой, может уйти когда захочет. Что еще проверить?',
    "Чула чутки, що реабцентр, куди лягає брат, змушує людей працювати безкоштовно. Я туди з'їздила, "
        'поговорила з терапевткою, це державний центр, тільки терапія, телефон у нього з собою, може піти '
        'коли захоче. Що ще перевірити?',
    'Escuché rumores de que el centro de rehabilitación donde va a entrar mi hermano pone a la gente a '
        'trabajar gratis. Fui, hablé con la terapeuta, es un centro público, solo terapia, tiene su '
        'celular y puede salir cuando quiera. ¿Qué más debería revisar?',
    'Am auzit zvonuri că centrul de reabilitare unde intră fratele meu pune oamenii să muncească pe '
        'gratis. Am fost acolo, am vorbit cu terapeuta, e centru de stat, doar terapie, are telefonul la '
        'el și poate pleca oricând vrea. Ce să mai verific?',
    'Em nghe đồn trung tâm cai nghiện anh em sắp vào bắt người ta làm không công. Em đã đến đó, nói '
        'chuyện với chuyên viên, đó là trung tâm nhà nước, chỉ trị liệu, anh giữ điện thoại và muốn về lúc '
        'nào cũng được. Em cần kiểm tra thêm gì không?',
]

# Adversarial twins: the calm visit, then a danger told by someone else in fresh words.
REHAB_VISIT_THEN_DANGER = [
    'Heard rumours that the rehab my brother is going into makes people work for free. I went there, '
        'talked to a therapist, therapy only. His roommate from last year told me the director pockets '
        'their benefit cards and beats anyone who tries to walk out.',
    'Słyszałam plotki, że ośrodek odwykowy, do którego idzie brat, każe ludziom pracować za darmo. '
        'Byłam tam, tylko terapia. Jego zeszłoroczny współlokator powiedział mi, że dyrektor chowa ich '
        'karty z zasiłkiem i bije każdego, kto próbuje wyjść.',
    'Слышала слухи, что ребцентр, куда ложится брат, заставляет людей работать бесплатно. Я туда '
        'съездила, только терапия. Его прошлогодний сосед рассказал мне, что директор бьет тех, кто хочет '
        'уйти, и не выпускает их за ворота.',
    "Чула чутки, що реабцентр, куди лягає брат, змушує людей працювати безкоштовно. Я туди з'їздила, "
        "тільки терапія. Його торішній сусід розповів мені, що директор б'є тих, хто хоче піти, і не "
        'випускає їх за ворота.',
    'Escuché rumores de que el centro de rehabilitación donde va a entrar mi hermano pone a la gente a '
        'trabajar gratis. Fui, solo terapia. Su compañero del año pasado me contó que el director se queda '
        'con sus tarjetas de ayuda y golpea a quien intenta irse.',
    'Am auzit zvonuri că centrul de reabilitare unde intră fratele meu pune oamenii să muncească pe '
        'gratis. Am fost acolo, doar terapie. Colegul lui de cameră de anul trecut mi-a spus că directorul '
        'le păstrează cardurile de ajutor și îl bate pe oricine încearcă să plece.',
    'Em nghe đồn trung tâm cai nghiện anh em sắp vào bắt người ta làm không công. Em đã đến đó, chỉ '
        'trị liệu. Bạn cùng phòng năm ngoái của anh kể với em là giám đốc giữ thẻ trợ cấp của họ và đánh '
        'bất cứ ai định bỏ đi.',
]



@pytest.mark.parametrize("text,levels", cases(
    confirms=(REHAB_VISIT_CONFIRMS, ESCALATED), denies=(REHAB_VISIT_DENIES, CALM),
    adversarial=(REHAB_VISIT_THEN_DANGER, ESCALATED)))
def test_rehab_rumour_answered_by_visit(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    denies=(REHAB_VISIT_DENIES, CALM), adversarial=(REHAB_VISIT_THEN_DANGER, ESCALATED)))
def test_rehab_rumour_answered_by_visit_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]
                                                 ) -> None:
    check_level(analyzer, text, levels)


# A bystander's supposition: risky twins first (a passenger did tell it, last night).
BYSTANDER_TOLD_NOW = [
    'I drive a taxi. Last night a passenger told me a man took her passport and they keep her locked '
        'in a flat above a bar. Who do I call?',
    'Jeżdżę taksówką. Wczoraj pasażerka powiedziała mi, że facet zabrał jej paszport i trzymają ją '
        'zamkniętą w mieszkaniu nad barem. Gdzie mam zadzwonić?',
    'Я таксист. Вчера пассажирка сказала мне, что мужчина забрал у нее паспорт и ее держат взаперти в '
        'квартире над баром. Куда мне звонить?',
    'Я таксист. Вчора пасажирка сказала мені, що чоловік забрав у неї паспорт і її тримають замкненою '
        'в квартирі над баром. Куди мені дзвонити?',
    'Manejo taxi. Anoche una pasajera me dijo que un hombre le quitó el pasaporte y la tienen '
        'encerrada en un piso encima de un bar. ¿A dónde llamo?',
    'Sunt taximetrist. Aseară o pasageră mi-a zis că un bărbat i-a luat pașaportul și o țin încuiată '
        'într-un apartament deasupra unui bar. Unde să sun?',
    'Tôi chạy taxi. Tối qua một hành khách nói với tôi là một người đàn ông lấy hộ chiếu của cô và '
        'nhốt cô trong căn hộ trên quán bar. Tôi gọi cho ai?',
]
# The calm question: "if a passenger ever told me ..., who would I call?"
BYSTANDER_IF_EVER = [
    "I work the night bus. If a rider ever told me someone took his passport and he's being held "
        'somewhere, who should I ring?',
    'Jestem kierowcą nocnego autobusu. Gdyby pasażer kiedyś mi powiedział, że ktoś zabrał mu paszport '
        'i go przetrzymują, to do kogo mam dzwonić?',
    'Я вожу ночной автобус. Если когда-нибудь пассажир мне скажет, что у него забрали паспорт и его '
        'где-то держат, кому мне звонить?',
    'Я воджу нічний автобус. Якщо колись пасажир мені скаже, що в нього забрали паспорт і його десь '
        'тримають, кому мені дзвонити?',
    'Manejo el bus nocturno. Si algún día un pasajero me cuenta que le quitaron el pasaporte y lo '
        'retienen en algún sitio, ¿a quién llamo?',
    'Conduc autobuzul de noapte. Dacă vreodată un pasager mi-ar spune că i-au luat pașaportul și îl '
        'țin undeva, pe cine să sun?',
    'Tôi lái xe buýt đêm. Nếu có ngày hành khách kể với tôi là bị lấy hộ chiếu và bị giữ ở đâu đó thì '
        'tôi nên gọi ai?',
]
# Adversarial twins: the supposition, then a rider's danger told in fresh words.
BYSTANDER_IF_EVER_THEN_DANGER = [
    'I work the night bus. If a rider ever told me someone took his passport, who should I ring? A lad '
        'who rides at 3am showed me bruises yesterday and said the gang boss sleeps on the mattress by '
        'their door so nobody slips away.',
    'Jestem kierowcą nocnego autobusu. Gdyby pasażer kiedyś mi powiedział, że ktoś zabrał mu paszport, '
        'do kogo mam dzwonić? Chłopak, który jeździ o trzeciej w nocy, pokazał mi wczoraj siniaki i '
        'powiedział, że szef śpi na materacu przy ich drzwiach, żeby nikt nie uciekł.',
    'Я вожу ночной автобус. Если когда-нибудь пассажир мне скажет, что у него забрали паспорт, кому '
        'звонить? Парень, который ездит в три ночи, вчера показал мне синяки и сказал, что главный спит на '
        'матрасе у их двери, чтобы никто не сбежал.',
    'Я воджу нічний автобус. Якщо колись пасажир мені скаже, що в нього забрали паспорт, кому '
        'дзвонити? Хлопець, який їздить о третій ночі, вчора показав мені синці і сказав, що головний '
        'спить на матраці біля їхніх дверей, щоб ніхто не втік.',
    'Manejo el bus nocturno. Si algún día un pasajero me cuenta que le quitaron el pasaporte, ¿a quién '
        'llamo? Un chico que sube a las tres de la mañana ayer me enseñó moretones y dijo que el jefe '
        'duerme en un colchón junto a su puerta para que nadie se escape.',
    'Conduc autobuzul de noapte. Dacă vreodată un pasager mi-ar spune că i-au luat pașaportul, pe cine '
        'să sun? Un băiat care urcă la trei noaptea mi-a arătat ieri vânătăi și a zis că șeful doarme pe o '
        'saltea lângă ușa lor ca să nu fugă nimeni.',
    'Tôi lái xe buýt đêm. Nếu có ngày hành khách kể với tôi là bị lấy hộ chiếu thì tôi nên gọi ai? Hôm '
        'qua một cậu đi chuyến 3 giờ sáng cho tôi xem vết bầm và nói ông trùm ngủ trên tấm nệm cạnh cửa '
        'phòng họ để không ai trốn được.',
]


@pytest.mark.parametrize("text,levels", cases(
    told=(BYSTANDER_TOLD_NOW, ESCALATED), supposed=(BYSTANDER_IF_EVER, CALM),
    adversarial=(BYSTANDER_IF_EVER_THEN_DANGER, ESCALATED)))
def test_bystander_if_ever(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


@pytest.mark.parametrize("text,levels", cases(
    told=(BYSTANDER_TOLD_NOW, ESCALATED), supposed=(BYSTANDER_IF_EVER, CALM),
    adversarial=(BYSTANDER_IF_EVER_THEN_DANGER, ESCALATED)))
def test_bystander_if_ever_with_net(analyzer: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(analyzer, text, levels)


# A recruiter's request before leaving: risky twins first (the passport given, now held for money).
PASSPORT_GIVEN_HELD = [
    'a man from our prayer group finds jobs on a dairy farm in Austria. I gave him my original '
        "passport to hold for the paperwork last month and now he won't give it back until I pay 800 euro. "
        "I haven't gone yet.",
    'facet z naszej grupy modlitewnej załatwia pracę na farmie mlecznej w Austrii. W zeszłym miesiącu '
        'dałam mu oryginał paszportu na przechowanie i teraz nie chce go oddać, dopóki nie zapłacę 800 '
        'euro. Jeszcze nie pojechałam.',
    'un om din grupul nostru de rugăciune face de lucru la o fermă de lapte în Austria. Luna trecută '
        'i-am dat pașaportul original să-l țină pentru acte și acum nu vrea să mi-l dea înapoi până nu '
        'plătesc 800 de euro. Încă n-am plecat.',
    'мужчина из нашей молитвенной группы устраивает на молочную ферму в Австрии. В прошлом месяце я '
        'отдала ему оригинал паспорта на хранение, и теперь он не отдает его, пока не заплачу 800 евро. Я '
        'еще не уехала.',
    'чоловік з нашої молитовної групи влаштовує на молочну ферму в Австрії. Минулого місяця я віддала '
        'йому оригінал паспорта на зберігання, і тепер він не віддає його, поки не заплачу 800 євро. Я ще '
        'не поїхала.',
    'un hombre de nuestro grupo de oración consigue trabajo en una granja lechera en Austria. El mes '
        'pasado le di mi pasaporte original para que lo guardara y ahora no me lo devuelve hasta que pague '
        '800 euros. Todavía no me he ido.',
    'một người trong nhóm cầu nguyện tìm việc ở trang trại bò sữa bên Áo. Tháng trước em đưa anh ấy '
        'giữ hộ chiếu gốc để làm giấy tờ, giờ anh ấy không trả lại nếu em không đưa 800 euro. Em chưa đi.',
]
# The calm question: "he says bring your original passport and hand it to him to keep"; not gone yet.
PASSPORT_BRING_REQUEST = [
    'a man from our prayer group finds jobs on a dairy farm in Austria. he says bring your original '
        "passport and hand it to him to keep for the paperwork, the contract we sign there. I haven't gone "
        'yet, is that ok?',
    'facet z naszej grupy modlitewnej załatwia pracę na farmie mlecznej w Austrii. mówi żeby wziąć '
        'oryginał paszportu i oddać mu na przechowanie do papierów, umowę podpiszemy na miejscu. Jeszcze '
        'nie pojechałam, czy to w porządku?',
    'un om din grupul nostru de rugăciune face de lucru la o fermă de lapte în Austria. zice să iau '
        'pașaportul original și să i-l dau lui să-l țină pentru acte, contractul îl semnăm acolo. Încă '
        'n-am plecat, e în regulă?',
    'мужчина из нашей молитвенной группы устраивает на молочную ферму в Австрии. говорит взять '
        'оригинал паспорта и отдать ему на хранение для бумаг, договор подпишем там. Я еще не уехала, это '
        'нормально?',
    'чоловік з нашої молитовної групи влаштовує на молочну ферму в Австрії. каже взяти оригінал '
        'паспорта і віддати йому на зберігання для паперів, договір підпишемо там. Я ще не поїхала, це '
        'нормально?',
    'un hombre de nuestro grupo de oración consigue trabajo en una granja lechera en Austria. dice que '
        'lleve mi pasaporte original y se lo dé para que lo guarde por los papeles, el contrato se firma '
        'allá. Todavía no me he ido, ¿es normal?',
    'một người trong nhóm cầu nguyện tìm việc ở trang trại bò sữa bên Áo. anh ấy bảo mang hộ chiếu gốc '
        'đưa anh giữ để làm giấy tờ, hợp đồng sang đó mới ký. Em chưa đi, vậy có ổn không?',
]
# Adversarial twins: the request, then a cousin's danger told in fresh words.
PASSPORT_BRING_THEN_DANGER = [
    'a man from our prayer group finds jobs on a dairy farm in Austria. he says bring your original '
        "passport and hand it to him to keep for the paperwork. I haven't gone yet but my cousin who went "
        'with him in spring sleeps in the cowshed and he slaps her when she cries.',
    'facet z naszej grupy modlitewnej załatwia pracę na farmie mlecznej w Austrii. mówi żeby wziąć '
        'oryginał paszportu i oddać mu na przechowanie. Jeszcze nie pojechałam, ale kuzynka, która '
        'pojechała z nim wiosną, śpi w oborze, a on ją bije, kiedy płacze.',
    'un om din grupul nostru de rugăciune face de lucru la o fermă de lapte în Austria. zice să iau '
        'pașaportul original și să i-l dau lui să-l țină. Încă n-am plecat, dar verișoara mea care a '
        'plecat cu el în primăvară doarme în grajd și el o bate când plânge.',
    'мужчина из нашей молитвенной группы устраивает на молочную ферму в Австрии. говорит взять '
        'оригинал паспорта и отдать ему на хранение. Я еще не уехала, но кузина, которая поехала с ним '
        'весной, спит в коровнике, и он ее бьет, когда она плачет.',
    'чоловік з нашої молитовної групи влаштовує на молочну ферму в Австрії. каже взяти оригінал '
        'паспорта і віддати йому на зберігання. Я ще не поїхала, але кузина, яка поїхала з ним навесні, '
        "спить у корівнику, і він її б'є, коли вона плаче.",
    'un hombre de nuestro grupo de oración consigue trabajo en una granja lechera en Austria. dice que '
        'lleve mi pasaporte original y se lo dé para que lo guarde. Todavía no me he ido, pero mi prima '
        'que fue con él en primavera duerme en el establo y él le pega cuando llora.',
    'một người trong nhóm cầu nguyện tìm việc ở trang trại bò sữa bên Áo. anh ấy bảo mang hộ chiếu gốc '
        'đưa anh giữ. Em chưa đi nhưng chị họ em đi với anh ấy hồi mùa xuân giờ ngủ trong chuồng bò và bị '
        'anh ấy đánh khi khóc.',
]


@pytest.mark.parametrize("text,levels", cases(
    held=(PASSPORT_GIVEN_HELD, ESCALATED), request=(PASSPORT_BRING_REQUEST, CALM),
    adversarial=(PASSPORT_BRING_THEN_DANGER, ESCALATED)))
def test_recruiter_asks_to_bring_passport(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Escalation misses: a passport kept in a mission's office, given back only when the year of service ends.
PASSPORT_BACK_AFTER_SERVICE = [
    "I'm volunteering with a church mission in Portugal. My passport sits in the mission office, they "
        "say they'll hand it back when I finish my year.",
    'Jestem na wolontariacie w misji kościelnej w Portugalii. Paszport jest w biurze misji, mówią, że '
        'oddadzą jak skończę rok.',
    'Sunt voluntară la o misiune a bisericii în Portugalia. Pașaportul e în biroul misiunii, zic că '
        'mi-l dau înapoi când termin anul.',
    'Я волонтёр в церковной миссии в Португалии. Паспорт хранится в офисе миссии, говорят, отдадут '
        'когда закончу год.',
    'Я волонтерка в церковній місії в Португалії. Паспорт лежить в офісі місії, кажуть, віддадуть коли '
        'закінчу рік.',
    'Soy voluntaria en una misión de la iglesia en Portugal. El pasaporte está en la oficina de la '
        'misión, dicen que me lo devuelven cuando termine el año.',
    'Em làm tình nguyện ở một hội truyền giáo tại Bồ Đào Nha. Hộ chiếu để ở văn phòng hội, họ nói làm '
        'xong một năm mới trả.',
]
# Calm twins: the passport with the writer, a bike deposit returned at the year's end.
PASSPORT_OWN_DEPOSIT_BACK = [
    "I'm volunteering with a church mission in Portugal. I keep my passport in my own drawer, and they "
        'hand the deposit for the bike back when I finish my year. Is that usual?',
    'Jestem na wolontariacie w misji kościelnej w Portugalii. Paszport trzymam w swojej szufladzie, a '
        'kaucję za rower zwracają po roku. Czy to normalne?',
    'Sunt voluntară la o misiune a bisericii în Portugalia. Pașaportul îl țin în sertarul meu, iar '
        'garanția pentru bicicletă o primesc la sfârșitul anului. E normal?',
    'Я волонтёр в церковной миссии в Португалии. Паспорт у меня с собой, а залог за велосипед '
        'возвращают в конце года. Это нормально?',
    'Я волонтерка в церковній місії в Португалії. Паспорт тримаю у своїй шухляді, а заставу за '
        'велосипед повертають наприкінці року. Це нормально?',
    'Soy voluntaria en una misión de la iglesia en Portugal. El pasaporte lo tengo yo, y el depósito '
        'de la bici me lo dan al final del año. ¿Es normal?',
    'Em làm tình nguyện ở một hội truyền giáo tại Bồ Đào Nha. Hộ chiếu ở chỗ em, còn xe đạp thì cuối '
        'năm em trả lại cho hội. Vậy có bình thường không?',
]
# A threat to send the videos recorded at a shoot to the family unless she comes again.
VIDEOS_TO_FAMILY = [
    'I did a shoot for a fitness brand and they secretly recorded me changing. Now the photographer '
        "says he'll post the videos to my family unless I do a private session.",
    'Zrobiłam sesję dla marki fitness i potajemnie nagrali mnie, jak się przebieram. Teraz fotograf '
        'pisze, że wyśle nagrania mojej rodzinie, jeśli nie przyjdę na prywatną sesję.',
    'Am făcut o ședință pentru un brand de fitness și m-au filmat pe ascuns când mă schimbam. Acum '
        'fotograful zice că trimite filmările la familia mea dacă nu vin la o ședință privată.',
    'Я снималась для фитнес-бренда, и меня тайно записали, когда я переодевалась. Теперь фотограф '
        'пишет, что отправит видео родителям, если я не приду на частную съемку.',
    'Я знімалася для фітнес-бренду, і мене таємно записали, коли я перевдягалася. Тепер фотограф пише, '
        'що надішле відео батькам, якщо я не прийду на приватну зйомку.',
    'Hice una sesión para una marca de fitness y me grabaron a escondidas cambiándome. Ahora el '
        'fotógrafo dice que mandará los videos a mi familia si no voy a una sesión privada.',
    'Em chụp hình cho một hãng thể hình và họ lén quay lúc em thay đồ. Giờ thợ chụp nói sẽ gửi video '
        'cho gia đình em nếu em không đến buổi chụp riêng.',
]
# Calm twins: the photographer sends the photos to her email, paid next week.
PHOTOS_TO_EMAIL = [
    'I did a shoot for a fitness brand, it went great. The photographer will send the photos to my '
        'email on Friday and I get paid next week. Anything to check in the release form?',
    'Zrobiłam sesję dla marki fitness, poszło świetnie. Fotograf wyśle zdjęcia na mojego maila w '
        'piątek, a zapłatę dostanę w przyszłym tygodniu. Co sprawdzić w zgodzie na publikację?',
    'Am făcut o ședință pentru un brand de fitness, a mers super. Fotograful trimite pozele pe mail '
        'vineri și primesc banii săptămâna viitoare. Ce să verific în acord?',
    'Я снималась для фитнес-бренда, всё прошло отлично. Фотограф пришлёт фото на почту в пятницу, а '
        'оплату получу на следующей неделе. Что проверить в согласии на публикацию?',
    'Я знімалася для фітнес-бренду, все пройшло чудово. Фотограф надішле фото на пошту в пʼятницю, а '
        'оплату отримаю наступного тижня. Що перевірити у згоді на публікацію?',
    'Hice una sesión para una marca de fitness, salió genial. El fotógrafo mandará las fotos a mi '
        'correo el viernes y me pagan la próxima semana. ¿Qué reviso en el permiso de publicación?',
    'Em chụp hình cho một hãng thể hình, mọi thứ ổn. Thợ chụp sẽ gửi ảnh qua email cho em thứ sáu và '
        'tuần sau em được trả tiền. Em cần xem gì trong giấy đồng ý?',
]


@pytest.mark.parametrize("text,levels", cases(
    held=(PASSPORT_BACK_AFTER_SERVICE, ESCALATED), own=(PASSPORT_OWN_DEPOSIT_BACK, CALM),
    threat=(VIDEOS_TO_FAMILY, ESCALATED), calm=(PHOTOS_TO_EMAIL, CALM)))
def test_service_year_passport_and_videos_threat(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Critical (en only): "hes at the door" with no "is", and a kill told in the present after "says".
AT_THE_DOOR_KILL_EN = [
    'please hes at my door again, my boss says he kills me if i tell the police about the flat',
    'theyre at the door now, they say they kill us if we open our mouths',
]
# Calm twins: a kill that is a game, nothing at the door.
KILL_GAME_EN = [
    'the lads say they kill me at darts every friday, should I practise more?',
]


@pytest.mark.parametrize("text,levels", cases(
    danger=(AT_THE_DOOR_KILL_EN, DANGER), calm=(KILL_GAME_EN, CALM)))
def test_at_the_door_kill_en(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)


# Polish only: "kopię umowy" (a copy of the contract) normalised to "kopie" (kicks) is no beating.
COPY_OF_CONTRACT_PL = [
    'Dziękuję za pomoc! Agencja przysłała mi kopię umowy z podpisem jeszcze wczoraj, już wszystko gra.',
]
KICKS_PL = [
    'brygadzista kopie mnie co rano i zabrał kopię umowy, już nie daję rady',
]


@pytest.mark.parametrize("text,levels", cases(
    copy=(COPY_OF_CONTRACT_PL, CALM), kicks=(KICKS_PL, ESCALATED)))
def test_copy_of_contract_pl(rules: Analyzer, text: str, levels: tuple[str, ...]) -> None:
    check_level(rules, text, levels)
