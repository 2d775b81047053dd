<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Сіздің есептік жазбаңыз</translation>
    </message>
    <message>
        <source>You will sign in with this name and password. As the psychologist you can read everything and add accounts for colleagues later. The password cannot be seen by anyone, Senim included: keep it safe.</source>
        <translation>Бағдарламаға осы атпен және құпиясөзбен кіресіз. Психолог ретінде барлық жазбаны көресіз және кейін әріптестерге есептік жазба қоса аласыз. Құпиясөзді ешкім, тіпті Senim де көре алмайды: оны сенімді сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Толық &amp;аты-жөніңіз</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Құпиясөзді қайта&amp;лаңыз</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>&amp;Журналды құру</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Есептік жазбалар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Кіре алады</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>&amp;Жаңа құпиясөз…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>&amp;Stop signing in</source>
        <translation>Кіруге &amp;тыйым салу</translation>
    </message>
    <message>
        <source>&amp;Allow signing in</source>
        <translation>Кіруге &amp;рұқсат беру</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Senim could not open the journal in {folder}. Check that the folder exists, is writable and is not used by another Senim; the details are in the log.</source>
        <translation>Senim {folder} қалтасындағы журналды аша алмады. Қалтаның бар екенін, оған жазуға болатынын және оны басқа Senim пайдаланбайтынын тексеріңіз; толығырақ қателер журналында.</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Сақталмаған формалар</translation>
    </message>
    <message>
        <source>Forms with unsaved changes were open when Senim was locked. Signing out or quitting now closes them, and those changes are lost.</source>
        <translation>Senim құлыпталғанда сақталмаған өзгерістері бар формалар ашық болды. Қазір шықсаңыз, олар жабылады да, өзгерістер жоғалады.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation>Бірдеңе дұрыс болмады. Сақталған жазбалар аман; толығырақ журналға жазылды. Қайталанса, Senim-ді қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Әрекеттер журналы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(бүлінген)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>Тізбекті &amp;тексеру</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <source>The chain is intact: {count} entries checked.</source>
        <translation>Тізбек бүтін: {count} жазба тексерілді.</translation>
    </message>
    <message>
        <source>at entry No. {seq}</source>
        <translation>№ {seq} жазбада</translation>
    </message>
    <message>
        <source>The chain is broken {where}: entries were changed or removed outside Senim.</source>
        <translation>Тізбек бұзылған {where}: жазбалар Senim-ді айналып өтіп өзгертілген немесе жойылған.</translation>
    </message>
</context>
<context>
    <name>BlankScreen</name>
    <message>
        <source>Press Esc to return.</source>
        <translation>Оралу үшін Esc басыңыз.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat the new password</source>
        <translation>Жаңа құпиясөзді қайта&amp;лаңыз</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <source>{role}, severity {severity}: {forms}</source>
        <translation>{role}, ауырлығы {severity}: {forms}</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>Мерзімінде орындау</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Counts only: names, notes and IINs are not shown here.</source>
        <translation>Тек сандар: аты-жөні, жазбалар мен ЖСН мұнда көрсетілмейді.</translation>
    </message>
    <message>
        <source>Pupils studying now</source>
        <translation>Қазір оқитын оқушылар</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Өткізілген кеңестер</translation>
    </message>
    <message>
        <source>Observations recorded</source>
        <translation>Тіркелген бақылаулар</translation>
    </message>
    <message>
        <source>Observations still open</source>
        <translation>Әлі ашық бақылаулар</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Орындалатын іс-шаралар</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Мерзімі өткен іс-шаралар</translation>
    </message>
    <message>
        <source>This school year, since {date}</source>
        <translation>Осы оқу жылы, {date} бастап</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>&amp;Choose pupil…</source>
        <translation>Оқушыны &amp;таңдау…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Не істеу керек</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Кім орындайды</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Орындалды</translation>
    </message>
    <message>
        <source>Done o&amp;n</source>
        <translation>Орындалған &amp;күні</translation>
    </message>
    <message>
        <source>No pupil chosen yet.</source>
        <translation>Оқушы әлі таңдалмаған.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Linked to the session of {date}</source>
        <translation>{date} күнгі кеңеске байланысты</translation>
    </message>
    <message>
        <source>Linked to the observation of {date}</source>
        <translation>{date} күнгі бақылауға байланысты</translation>
    </message>
    <message>
        <source>Linked to a record that has been deleted</source>
        <translation>Жойылған жазбаға байланысты</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>{date} орындалды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Қандай іс-шараларды көрсету</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done today (Ctrl+D)</source>
        <translation>Таңдалған іс-шараларды бүгін орындалды деп белгілеу (Ctrl+D)</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Жаңа іс-шара…</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Мерзімі өткен: {count}</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Мерзімі өткен жоқ</translation>
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
        <source>Signed in</source>
        <translation>Кірді</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Шықты</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Read confidential notes</source>
        <translation>Құпия жазбалар ашылды</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <source>Made a PDF</source>
        <translation>PDF жасалды</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Заңды өкіл</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>School profile</source>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-деректер</translation>
    </message>
    <message>
        <source>Counsellor / social pedagogue</source>
        <translation>Әлеуметтік педагог / кеңесші</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Мектеп басшысы</translation>
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
    <name>LockAfterDialog</name>
    <message>
        <source>Lock after</source>
        <translation>Құлыптау уақыты</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without use. Signing in again opens it where you left off.</source>
        <translation>Журнал осынша минут пайдаланылмаса, құлыпталады. Қайта кіргенде, тоқтаған жеріңізден ашылады.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Кеңестер</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Журнал ашылуда…</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>Жаңа &amp;оқушы…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Жаңа &amp;кеңес…</translation>
    </message>
    <message>
        <source>A new counselling session; for the pupil on the card, if one is open</source>
        <translation>Жаңа кеңес; оқушы карточкасы ашық болса — сол оқушы үшін</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Жаңа &amp;бақылау…</translation>
    </message>
    <message>
        <source>A new observation of bullying; for the pupil on the card, if one is open</source>
        <translation>Жаңа бақылау (буллинг жағдайы); оқушы карточкасы ашық болса — сол оқушы үшін</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Жаңа іс-ша&amp;ра…</translation>
    </message>
    <message>
        <source>A new follow-up action; for the pupil on the card, if one is open</source>
        <translation>Жаңа іс-шара; оқушы карточкасы ашық болса — сол оқушы үшін</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Search the list on this page</source>
        <translation>Осы беттегі тізімнен іздеу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Оқушылар</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Кеңестер</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Бақылаулар</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Іс-шаралар</translation>
    </message>
    <message>
        <source>&amp;School profile…</source>
        <translation>&amp;Мектеп деректері…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>&amp;About Senim</source>
        <translation>Senim &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Close the journal until you sign in again; open forms are kept</source>
        <translation>Қайта кіргенше журналды жабу; ашық формалар сақталады</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>Экранды &amp;жасыру</translation>
    </message>
    <message>
        <source>Hide everything at once; Esc brings it back</source>
        <translation>Бәрін бірден жасыру; Esc қайтарады</translation>
    </message>
    <message>
        <source>Loc&amp;k after…</source>
        <translation>Құлыптау &amp;уақыты…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Есептік жазбалар…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Құпиясөзді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Әрекеттер &amp;журналы…</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>Follow-ups ({count} overdue)</source>
        <translation>Іс-шаралар (мерзімі өткен: {count})</translation>
    </message>
    <message>
        <source>Pupils: {count}</source>
        <translation>Оқушылар: {count}</translation>
    </message>
    <message>
        <source>About Senim</source>
        <translation>Senim туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;An offline journal for school psychologists.&lt;br&gt;&lt;br&gt;Data folder:&lt;br&gt;{folder}</source>
        <translation>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;Интернетсіз жұмыс істейтін мектеп психологының журналы.&lt;br&gt;&lt;br&gt;Деректер қалтасы:&lt;br&gt;{folder}</translation>
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
        <source>Use letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Әріптерді, цифрларды, нүкте, дефис немесе астын сызуды қолданыңыз; басында әріп не цифр болсын.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Бұл пайдаланушы аты бос емес.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>Құпиясөзде кемінде {min} таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>This folder holds an encrypted journal, but its keyring (keys.json) is missing. Put keys.json back from where it was copied from; nothing has been changed.</source>
        <translation>Бұл қалтада шифрланған журнал бар, бірақ оның кілттер файлы (keys.json) жоқ. keys.json файлын көшірілген жерінен қайтарыңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Бұл сіздің қазіргі құпиясөзіңіз емес.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Сәтсіз әрекеттер тым көп. {seconds} с кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>You cannot stop your own account while you are signed in with it.</source>
        <translation>Өз есептік жазбаңызбен жұмыс істеп отырып, оған кіруге тыйым сала алмайсыз.</translation>
    </message>
    <message>
        <source>This is the last psychologist's account: someone must be able to manage the journal.</source>
        <translation>Бұл психологтың соңғы есептік жазбасы: журналды біреу басқара алуы керек.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this journal. Check it letter by letter.</source>
        <translation>Бұл осы журналдың қалпына келтіру кілті емес. Әріптерін бір-бірлеп тексеріңіз.</translation>
    </message>
    <message>
        <source>There is no account with this name.</source>
        <translation>Мұндай атпен есептік жазба жоқ.</translation>
    </message>
    <message>
        <source>Your role does not allow this; nothing was changed.</source>
        <translation>Сіздің рөліңіз бұған рұқсат бермейді; ештеңе өзгерген жоқ.</translation>
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
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>Құпиясөзді қайта&amp;лаңыз</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>New observation</source>
        <translation>Жаңа бақылау</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation>Болған &amp;уақыты</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Forms of bullying</source>
        <translation>Буллинг &amp;түрлері</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Ауырлығы</translation>
    </message>
    <message>
        <source>Pupils &amp;involved</source>
        <translation>Қатысушы оқушы&amp;лар</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>— choose a role —</source>
        <translation>— рөлді таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Add pupils…</source>
        <translation>Оқушыларды &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>&amp;Хабарлаған</translation>
    </message>
    <message>
        <source>Reporter's na&amp;me</source>
        <translation>Хабарлаушының аты-&amp;жөні</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous report</source>
        <translation>Жасырын хабар болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Не болды</translation>
    </message>
    <message>
        <source>Immediate a&amp;ctions</source>
        <translation>&amp;Шұғыл шаралар</translation>
    </message>
    <message>
        <source>Who was &amp;notified</source>
        <translation>Кім хабардар &amp;етілді</translation>
    </message>
    <message>
        <source>Class teacher, parents, deputy director…</source>
        <translation>Сынып жетекшісі, ата-ана, директордың орынбасары…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <source>Observation of {when}</source>
        <translation>Бақылау, {when}</translation>
    </message>
    <message>
        <source>Choose how serious it is; a description of each level appears here.</source>
        <translation>Ауырлық деңгейін таңдаңыз; әр деңгейдің сипаттамасы осында шығады.</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>New observation…</source>
        <translation>Жаңа бақылау…</translation>
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>Choose a pupil on the left</source>
        <translation>Сол жақтан оқушыны таңдаңыз</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Заңды өкілдер</translation>
    </message>
    <message>
        <source>&amp;Edit pupil…</source>
        <translation>Деректерді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Жаңа кеңес…</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Жаңа бақы&amp;лау…</translation>
    </message>
    <message>
        <source>New follow-&amp;up…</source>
        <translation>Жаңа &amp;іс-шара…</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this pupil.</source>
        <translation>Бұл оқушы бойынша әлі жазба жоқ.</translation>
    </message>
    <message>
        <source>{age}, born {date}</source>
        <translation>{age}, туған күні: {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Only the last four digits are shown.</source>
        <translation>Тек соңғы төрт цифры көрсетілген.</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Оқиды</translation>
    </message>
    <message>
        <source>Left the school on {date}</source>
        <translation>{date} мектептен шықты</translation>
    </message>
    <message>
        <source>Left the school</source>
        <translation>Мектептен шықты</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Given on {date} by {who}</source>
        <translation>{date} берілді ({who})</translation>
    </message>
    <message>
        <source>Refused on {date} by {who}</source>
        <translation>{date} бас тартты ({who})</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Әлі сұралмаған</translation>
    </message>
    <message>
        <source>Diagnostics, counselling and trainings with the pupil need a parent's written consent; without it, only an urgent crisis response.</source>
        <translation>Оқушымен диагностика, кеңес және тренинг өткізу үшін ата-ананың жазбаша келісімі қажет; онсыз тек шұғыл дағдарыстық әрекетке рұқсат етіледі.</translation>
    </message>
    <message>
        <source>Chronology ({count})</source>
        <translation>Хронология ({count})</translation>
    </message>
</context>
<context>
    <name>PupilDialog</name>
    <message>
        <source>New pupil</source>
        <translation>Жаңа оқушы</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>If any</source>
        <translation>Бар болса</translation>
    </message>
    <message>
        <source>S&amp;ex</source>
        <translation>Жы&amp;нысы</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Т&amp;уған күні</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>12 digits, optional</source>
        <translation>12 цифр, міндетті емес</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>С&amp;ынып</translation>
    </message>
    <message>
        <source>7Ә</source>
        <translation>7Ә</translation>
    </message>
    <message>
        <source>&amp;Language of study</source>
        <translation>&amp;Оқыту тілі</translation>
    </message>
    <message>
        <source>Parental c&amp;onsent</source>
        <translation>Ата-ананың к&amp;елісімі</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>Келісім &amp;күні</translation>
    </message>
    <message>
        <source>Consent given b&amp;y</source>
        <translation>Келісім &amp;берген</translation>
    </message>
    <message>
        <source>The parent or guardian who signed</source>
        <translation>Келісімге қол қойған ата-ана немесе заңды өкіл</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Оқуы</translation>
    </message>
    <message>
        <source>S&amp;till studying at this school</source>
        <translation>Осы &amp;мектепте оқиды</translation>
    </message>
    <message>
        <source>Le&amp;ft on</source>
        <translation>&amp;Шыққан күні</translation>
    </message>
    <message>
        <source>G&amp;uardians</source>
        <translation>Заңды &amp;өкілдер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>&amp;Add guardian</source>
        <translation>Өкіл &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>Pupil: {name}</source>
        <translation>Оқушы: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n of 12 digits</source>
        <translation>
            <numerusform>%n / 12 цифр</numerusform>
            <numerusform>%n / 12 цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>This IIN is for: born {date}, {sex}.</source>
        <translation>ЖСН бойынша: туған күні {date}; жынысы: {sex}.</translation>
    </message>
    <message>
        <source>Guardian {n}: {message}</source>
        <translation>Заңды өкіл {n}: {message}</translation>
    </message>
</context>
<context>
    <name>PupilPickerDialog</name>
    <message>
        <source>Choose pupils</source>
        <translation>Оқушыларды таңдау</translation>
    </message>
    <message>
        <source>Choose a pupil</source>
        <translation>Оқушыны таңдау</translation>
    </message>
    <message>
        <source>&amp;Find a pupil by name, or by the first digits of the IIN:</source>
        <translation>Оқушыны аты-жөні немесе ЖСН-нің алғашқы цифрлары бойынша &amp;іздеңіз:</translation>
    </message>
    <message>
        <source>Surname, given name…</source>
        <translation>Тегі, аты…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Туған күні: {date}</translation>
    </message>
    <message>
        <source>No pupils found.</source>
        <translation>Оқушы табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>Табылды: %n</numerusform>
            <numerusform>Табылды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n</source>
        <translation>
            <numerusform>Таңдалды: %n</numerusform>
            <numerusform>Таңдалды: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартқан</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Сұралмаған</translation>
    </message>
    <message>
        <source>{name} has left the school</source>
        <translation>{name} мектептен шықты</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Find a pupil: part of a name or IIN</source>
        <translation>Оқушыны іздеу: аты-жөнінің бөлігі немесе ЖСН</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Show pupils who &amp;left</source>
        <translation>Мектептен &amp;шыққандарды көрсету</translation>
    </message>
    <message>
        <source>New pupil…</source>
        <translation>Жаңа оқушы…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation>Табылған оқушылар: {count}</translation>
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
<context>
    <name>RecordListPage</name>
    <message>
        <source>Find by a pupil's name</source>
        <translation>Оқушының аты бойынша іздеу</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new password with the recovery key</source>
        <translation>Қалпына келтіру кілтімен жаңа құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Қалпына келтіру &amp;кілті</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat the new password</source>
        <translation>Жаңа құпиясөзді қайта&amp;лаңыз</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <source>If a password is forgotten, this key lets you set a new one. It is shown only now and is not stored anywhere: print it or write it down, and keep it locked away from the computer.</source>
        <translation>Құпиясөз ұмытылса, осы кілтпен жаңасын орнатуға болады. Ол тек қазір көрсетіледі және еш жерде сақталмайды: оны басып шығарыңыз немесе жазып алыңыз да, компьютерден бөлек, құлыпты жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Қалпына келтіру кілтін &amp;жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <source>Senim recovery key</source>
        <translation>Senim қалпына келтіру кілті</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Жаңа құпиясөз: {name}</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Жаңа &amp;құпиясөз</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>Қайта&amp;лаңыз</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School profile</source>
        <translation>Мектеп деректері</translation>
    </message>
    <message>
        <source>These details appear on referral letters and reports. Give the school's name in Kazakh, in Russian, or both.</source>
        <translation>Бұл деректер жолдамалар мен есептерде көрсетіледі. Мектептің атауын қазақ тілінде, орыс тілінде немесе екі тілде де көрсетіңіз.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>+7 727 123 45 67</source>
        <translation>+7 727 123 45 67</translation>
    </message>
    <message>
        <source>&amp;Director</source>
        <translation>&amp;Директор</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Тегі, аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <source>P&amp;sychologist</source>
        <translation>&amp;Психолог</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Сіздің мектебіңіз</translation>
    </message>
    <message>
        <source>Senim keeps everything on this computer, encrypted. First, the school: its name goes on letters and reports.</source>
        <translation>Senim барлығын осы компьютерде шифрланған күйде сақтайды. Алдымен мектеп туралы: оның атауы хаттар мен есептерде көрсетіледі.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Қ&amp;азақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>&amp;Director</source>
        <translation>&amp;Директоры</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Психологы</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Жаңа кеңес</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>Күні мен &amp;уақыты</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Ұзақты&amp;ғы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Initiated by</source>
        <translation>&amp;Бастамашысы</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Оқушылар</translation>
    </message>
    <message>
        <source>&amp;Add pupils…</source>
        <translation>Оқушыларды &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>Why &amp;without consent</source>
        <translation>&amp;Неге келісімсіз</translation>
    </message>
    <message>
        <source>Why the work could not wait for a parent's signature</source>
        <translation>Жұмысты ата-ананың қолын күтпей неге бастау керек болды</translation>
    </message>
    <message>
        <source>Ot&amp;her participants</source>
        <translation>Басқа қ&amp;атысушылар</translation>
    </message>
    <message>
        <source>Parents, teachers, specialists</source>
        <translation>Ата-аналар, педагогтер, мамандар</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>С&amp;ебебі</translation>
    </message>
    <message>
        <source>Why the session took place, in a few words</source>
        <translation>Кеңестің себебі, қысқаша</translation>
    </message>
    <message>
        <source>Confidential &amp;notes</source>
        <translation>Құпия &amp;жазбалар</translation>
    </message>
    <message>
        <source>&amp;Outcome and recommendations</source>
        <translation>Нәтижесі мен &amp;ұсынымдар</translation>
    </message>
    <message>
        <source>Only the psychologist can record or change sessions.</source>
        <translation>Кеңестерді тек психолог жаза және өзгерте алады.</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Кеңес, {when}</translation>
    </message>
    <message>
        <source>Confidential: only the psychologist can read these notes.</source>
        <translation>Құпия: бұл жазбаларды тек психолог оқи алады.</translation>
    </message>
    <message>
        <source>No written parental consent for: {names}. Work without it is allowed only as an urgent crisis response — say why.</source>
        <translation>Ата-ананың жазбаша келісімі жоқ: {names}. Келісімсіз жұмыс тек шұғыл дағдарыстық әрекет ретінде рұқсат етіледі — себебін жазыңыз.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Кеңес түрі</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Жаңа кеңес…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Senim</source>
        <translation>Senim баптау</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to open the journal.</source>
        <translation>Журналды ашу үшін кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>A new password is set. Sign in with it.</source>
        <translation>Жаңа құпиясөз орнатылды. Сонымен кіріңіз.</translation>
    </message>
    <message>
        <source>Locked. Sign in again to go on.</source>
        <translation>Құлыпталған. Жалғастыру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Журнал ашылуда…</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>You may try again now.</source>
        <translation>Енді қайталап көруге болады.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Сәтсіз әрекеттер тым көп. {seconds} с кейін қайталаңыз.</translation>
    </message>
</context>
</TS>
