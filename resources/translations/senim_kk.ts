<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>App</name>
    <message>
        <source>Senim could not open its database in {folder}. Check that the folder exists, is writable and is not used by another Senim.</source>
        <translation>Senim {folder} қалтасындағы дерекқорды аша алмады. Қалтаның бар екенін, оған жазуға болатынын және оны басқа Senim пайдаланбайтынын тексеріңіз.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation>Бірдеңе дұрыс болмады. Сақталған жазбалар аман; толығырақ журналға жазылды. Қайталанса, Senim-ді қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім берілген</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>Келісімнен бас тартқан</translation>
    </message>
    <message>
        <source>Consent not asked</source>
        <translation>Келісім сұралмаған</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Анасы</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Әкесі</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Әжесі</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Атасы</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Қамқоршысы</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Басқа туысы</translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation>Жеке кеңес</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Топтық сабақ</translation>
    </message>
    <message>
        <source>Parent consultation</source>
        <translation>Ата-анаға кеңес</translation>
    </message>
    <message>
        <source>Teacher consultation</source>
        <translation>Педагогке кеңес</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Correctional-developmental session</source>
        <translation>Түзету-дамыту сабағы</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Дағдарыстық араласу</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>School administration</source>
        <translation>Мектеп әкімшілігі</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>111 contact centre</source>
        <translation>111 байланыс орталығы</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Психологиялық қолдау орталығы</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Физикалық</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Сөзбен</translation>
    </message>
    <message>
        <source>Social (exclusion, rumours)</source>
        <translation>Әлеуметтік (оқшаулау, өсек)</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Кибербуллинг</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Жыныстық қудалау</translation>
    </message>
    <message>
        <source>Property (damage, theft)</source>
        <translation>Мүліктік (бүлдіру, ұрлық)</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Қорқытып алу</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Сынып бөлмесі</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>Асхана</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>Дәретхана</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation>Спорт алаңы</translation>
    </message>
    <message>
        <source>School bus</source>
        <translation>Мектеп автобусы</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Outside school</source>
        <translation>Мектептен тыс</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Зардап шегуші</translation>
    </message>
    <message>
        <source>Aggressor</source>
        <translation>Агрессор</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Жасырын</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>1 — Low</source>
        <translation>1 — Төмен</translation>
    </message>
    <message>
        <source>2 — Moderate</source>
        <translation>2 — Орташа</translation>
    </message>
    <message>
        <source>3 — Serious</source>
        <translation>3 — Елеулі</translation>
    </message>
    <message>
        <source>4 — Critical</source>
        <translation>4 — Аса қауіпті</translation>
    </message>
    <message>
        <source>A single hurtful remark, teasing or pushing; no harm done; stopped on the spot.</source>
        <translation>Бір реттік ренжітетін сөз, мазақ немесе итеру; зиян жоқ; сол жерде тоқтатылды.</translation>
    </message>
    <message>
        <source>Repeated teasing, insults or exclusion; the pupil is upset; the class teacher and parents are told.</source>
        <translation>Қайталанған мазақ, балағат немесе оқшаулау; оқушы күйзелген; сынып жетекшісі мен ата-анасына хабарланды.</translation>
    </message>
    <message>
        <source>Systematic bullying, threats, cyberbullying or damaged property; the pupil is frightened or avoids school.</source>
        <translation>Жүйелі қудалау, қорқыту, кибербуллинг немесе заттарды бүлдіру; оқушы қорқады немесе мектепке келуден қашады.</translation>
    </message>
    <message>
        <source>Injury, sexual harassment, extortion or a risk to life or health, including thoughts of self-harm; act at once and refer.</source>
        <translation>Жарақат, жыныстық қудалау, қорқытып алу немесе өмір мен денсаулыққа қауіп, соның ішінде өзіне зиян келтіру ойлары; дереу әрекет етіп, мамандарға жолдаңыз.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Іс-шара</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтырыңыз.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <source>Use letters only; a hyphen, an apostrophe or a space may join parts.</source>
        <translation>Тек әріптер; бөліктерін дефис, апостроф немесе бос орынмен қосуға болады.</translation>
    </message>
    <message>
        <source>A pupil must be {min} to {max} years old today. Check the birth date.</source>
        <translation>Оқушының бүгінгі жасы {min} мен {max} аралығында болуы керек. Туған күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>A class is a grade from 0 to 11 and a capital letter, e.g. 7Ә or 10Б.</source>
        <translation>Сынып — 0-ден 11-ге дейінгі сан және бас әріп, мысалы 7Ә немесе 10Б.</translation>
    </message>
    <message>
        <source>An IIN is exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN (century and sex) must be from 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>The first six digits of an IIN must be a real birth date (YYMMDD).</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты туған күн болуы керек (ЖЖААКК).</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in this IIN.</source>
        <translation>Бақылау цифры сәйкес келмейді: ЖСН-де қате бар.</translation>
    </message>
    <message>
        <source>This IIN is for a birth date of {birth_date}: check the IIN or the birth date.</source>
        <translation>Бұл ЖСН {birth_date} туған күніне сәйкес: ЖСН-ді немесе туған күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>This IIN does not match the sex chosen.</source>
        <translation>Бұл ЖСН таңдалған жынысқа сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Another pupil already has this IIN.</source>
        <translation>Бұл ЖСН басқа оқушыда бар.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Бұл күн әлі келген жоқ.</translation>
    </message>
    <message>
        <source>A session that was held cannot be in the future. Mark it as planned or correct the date.</source>
        <translation>Өткізілген кеңес болашақта бола алмайды. Оны жоспарланған деп белгілеңіз немесе күнін түзетіңіз.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Бұл күн тым ерте.</translation>
    </message>
    <message>
        <source>The duration must be {min} to {max} minutes.</source>
        <translation>Ұзақтығы {min}–{max} минут болуы керек.</translation>
    </message>
    <message>
        <source>Add at least one pupil.</source>
        <translation>Кемінде бір оқушы қосыңыз.</translation>
    </message>
    <message>
        <source>A pupil is listed twice.</source>
        <translation>Оқушы екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>A pupil chosen here no longer exists.</source>
        <translation>Таңдалған оқушы дерекқорда жоқ.</translation>
    </message>
    <message>
        <source>No written parental consent for: {names}. Work without it is allowed only as an urgent crisis response; write why.</source>
        <translation>Ата-ананың жазбаша келісімі жоқ: {names}. Келісімсіз жұмыс тек шұғыл дағдарыстық әрекет ретінде рұқсат етіледі; себебін жазыңыз.</translation>
    </message>
    <message>
        <source>Choose at least one form of bullying.</source>
        <translation>Буллингтің кемінде бір түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Severity is from 1 to 4.</source>
        <translation>Ауырлығы 1-ден 4-ке дейін.</translation>
    </message>
    <message>
        <source>Add the pupils involved.</source>
        <translation>Қатысқан оқушыларды қосыңыз.</translation>
    </message>
    <message>
        <source>Give every pupil a role.</source>
        <translation>Әр оқушының рөлін көрсетіңіз.</translation>
    </message>
    <message>
        <source>At least one pupil must be the target.</source>
        <translation>Кемінде бір оқушы зардап шегуші болуы керек.</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +7 701 234 56 78.</source>
        <translation>Телефон нөмірін енгізіңіз, мысалы +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>This pupil does not take part in the chosen record.</source>
        <translation>Бұл оқушы таңдалған жазбаға қатыспайды.</translation>
    </message>
    <message>
        <source>Enter the school's name in Kazakh or in Russian.</source>
        <translation>Мектептің атауын қазақ немесе орыс тілінде енгізіңіз.</translation>
    </message>
    <message>
        <source>This record has been deleted or no longer exists.</source>
        <translation>Бұл жазба жойылған немесе енді жоқ.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Your text is still in the form; please try again. The details were written to the log.</source>
        <translation>Бірдеңе дұрыс болмады, ештеңе сақталған жоқ. Мәтініңіз формада қалды; қайталап көріңіз. Толығырақ журналға жазылды.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>Формада сақталмаған өзгерістер бар.</translation>
    </message>
</context>
</TS>
