<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Senim</source>
        <translation>Senim туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;An offline journal for school psychologists.</source>
        <translation>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;Мектеп психологының офлайн журналы.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Деректер қалтасы: {folder}</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Деректер қалтасын &amp;ашу</translation>
    </message>
    <message>
        <source>Licences of what Senim includes:</source>
        <translation>Senim құрамындағы бөліктердің лицензиялары:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Кітапханалар</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Serif (documents)</source>
        <translation>Қаріптер: DejaVu Serif (құжаттар)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL version 3: their libraries are separate files in Senim&apos;s folder and can be replaced with compatible builds.</source>
        <translation>Qt пен PySide6 LGPL 3-нұсқасы лицензиясы бойынша қолданылады: олардың кітапханалары Senim қалтасындағы жеке файлдар, оларды үйлесімді жинақтармен ауыстыруға болады.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence file is missing from this copy.</source>
        <translation>Бұл көшірмеде қаріптер лицензиясының файлы жоқ.</translation>
    </message>
</context>
<context>
    <name>AccompanimentDialog</name>
    <message>
        <source>Individual accompaniment</source>
        <translation>Жеке сүйемелдеу</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Негіздері</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>Parents &amp;informed</source>
        <translation>Ата-анасына &amp;хабарланды</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Қалай</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Review &amp;every (days)</source>
        <translation>Қарау &amp;кезеңі (күн)</translation>
    </message>
    <message>
        <source>&amp;Notice to the parents</source>
        <translation>Ата-анаға &amp;хабарлама</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>The &amp;plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <source>Add a &amp;measure…</source>
        <translation>&amp;Шара қосу…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Print the p&amp;lan</source>
        <translation>Жоспарды &amp;басып шығару</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Құпия жазба</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Қ&amp;араулар</translation>
    </message>
    <message>
        <source>Add a re&amp;view…</source>
        <translation>Қ&amp;арау қосу…</translation>
    </message>
    <message>
        <source>Your role may read accompaniments but not change them.</source>
        <translation>Сіздің рөліңіз сүйемелдеуді оқи алады, бірақ өзгерте алмайды.</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>Қазақ тілінде…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>Орыс тілінде…</translation>
    </message>
    <message>
        <source>{decision}: meeting No. {number} of {date}</source>
        <translation>{decision}: {date} № {number} отырыс</translation>
    </message>
    <message>
        <source>Accompanied since {date}</source>
        <translation>{date} бастап сүйемелдеуде</translation>
    </message>
    <message>
        <source>Ended on {date}: {outcome}</source>
        <translation>{date} аяқталды: {outcome}</translation>
    </message>
    <message>
        <source>Review overdue since {date}</source>
        <translation>Қарау мерзімі {date} бастап өтті</translation>
    </message>
    <message>
        <source>Next review by {date}</source>
        <translation>Келесі қарау {date} дейін</translation>
    </message>
    <message>
        <source>Individual accompaniment: {name}</source>
        <translation>Жеке сүйемелдеу: {name}</translation>
    </message>
</context>
<context>
    <name>AccompanimentList</name>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздері</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Келесі қарау</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Accompanied now</source>
        <translation>Қазір сүйемелдеуде</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Қарау мерзімі өтті</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
</context>
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
        <source>Give its role&apos;s &amp;keys</source>
        <translation>Рөлінің &amp;кілттерін беру</translation>
    </message>
    <message>
        <source>The account&apos;s keys do not match its role (an account from before the update, or a record changed outside Senim): give it exactly its role&apos;s keys.</source>
        <translation>Есептік жазбаның кілттері оның рөліне сәйкес емес (жаңартуға дейінгі есептік жазба немесе Senim-нен тыс өзгертілген жазба): оған дәл өз рөлінің кілттерін беру.</translation>
    </message>
    <message>
        <source>&amp;Change all keys…</source>
        <translation>Барлық кілттерді &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>After stopping an account whose holder may have copied a key: every key of the journal is changed, passwords stay, and everyone signs in again.</source>
        <translation>Иесі кілтті көшіріп алуы мүмкін есептік жазба тоқтатылғаннан кейін: журналдың барлық кілті ауыстырылады, құпиясөздер өзгермейді, бәрі қайта кіреді.</translation>
    </message>
    <message>
        <source>{role} (keys incomplete)</source>
        <translation>{role} (кілттері толық емес)</translation>
    </message>
    <message>
        <source>{role} (its keys: {held})</source>
        <translation>{role} (кілттері: {held})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
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
    <message>
        <source>Change all keys</source>
        <translation>Барлық кілттерді ауыстыру</translation>
    </message>
    <message>
        <source>Every key of the journal will be changed. Everyone keeps their password, but copies of the old keys (kept by a stopped account, or seen by someone) will open nothing. The journal closes while this is done, and you sign in again. Open forms are kept.</source>
        <translation>Журналдың барлық кілті ауыстырылады. Әркімнің құпиясөзі сол күйі қалады, бірақ ескі кілттердің көшірмелері (тоқтатылған есептік жазбада сақталған немесе біреу көрген) енді ештеңе ашпайды. Ауыстыру кезінде журнал жабылады, содан кейін қайта кіресіз. Ашық формалар сақталады.</translation>
    </message>
    <message>
        <source>&amp;Change all keys</source>
        <translation>Барлық кілттерді &amp;ауыстыру</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>What changed after the referral was sent, and when. The letter as sent is not changed.</source>
        <translation>Жолдама жіберілгеннен кейін не өзгерді және қашан. Жіберілген хат өзгермейді.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Не өзгерді</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The backup could not be restored; the journal is as it was. The details were written to the log.</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады; журнал бұрынғыдай қалды. Толық мәлімет бағдарлама журналына жазылды.</translation>
    </message>
    <message>
        <source>The backup of {when} is back in place. Sign in to go on.</source>
        <translation>{when} көшірмесі қалпына келтірілді. Жалғастыру үшін кіріңіз.</translation>
    </message>
    <message>
        <source>The last backup, on {date}, failed. Settings → Backups… shows why and makes a new one.</source>
        <translation>Соңғы сақтық көшірме ({date}) жасалмады. Баптаулар → Сақтық көшірмелер… себебін көрсетеді және жаңасын жасайды.</translation>
    </message>
    <message>
        <source>Senim could not open the journal in {folder}. Check that the folder exists, is writable and is not used by another Senim; the details are in the log.</source>
        <translation>Senim {folder} қалтасындағы журналды аша алмады. Қалтаның бар екенін, оған жазуға болатынын және оны басқа Senim пайдаланбайтынын тексеріңіз; толығырақ қателер журналында.</translation>
    </message>
    <message>
        <source>This version of Senim could not bring the journal up to date, so it was left as it was and nothing is lost.</source>
        <translation>Senim-нің бұл нұсқасы журналды жаңарта алмады, сондықтан ол бұрынғы күйінде қалдырылды — ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>A copy made just before is in {file}.</source>
        <translation>Алдында жасалған көшірме: {file}.</translation>
    </message>
    <message>
        <source>Change all keys</source>
        <translation>Барлық кілттерді ауыстыру</translation>
    </message>
    <message>
        <source>This journal is the school&apos;s, shared through its server: every laptop holds its keys, so they cannot yet be changed from one laptop. Stop the account you no longer trust instead (Accounts): it signs in nowhere and syncs no more.</source>
        <translation>Бұл – мектептің сервері арқылы ортақ журналы: оның кілттері әр ноутбукта бар, сондықтан оларды әзірге бір ноутбуктан ауыстыру мүмкін емес. Оның орнына сенім артпайтын тіркелгіні тоқтатыңыз (Тіркелгілер): ол еш жерге кіре алмайды және енді үндестірілмейді.</translation>
    </message>
    <message>
        <source>The keys could not be changed. Sign in: what was begun is finished or undone then, and nothing is lost. The details were written to the log.</source>
        <translation>Кілттерді ауыстыру мүмкін болмады. Кіріңіз: басталған іс аяқталады немесе болдырылмайды, ештеңе жоғалмайды. Толығырақ журналға жазылды.</translation>
    </message>
    <message>
        <source>Every key of the journal was changed. Sign in again with your password.</source>
        <translation>Журналдың барлық кілті ауыстырылды. Өз құпиясөзіңізбен қайта кіріңіз.</translation>
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
        <source>Nothing is published for the head teacher yet. The counts are published when the psychologist or a counsellor closes or locks the journal after working in it.</source>
        <translation>Мектеп басшысы үшін әзірге ештеңе жарияланған жоқ. Жиынтық сандар психолог немесе әлеуметтік педагог журналда жұмыс істегеннен кейін оны жапқанда не бұғаттағанда жарияланады.</translation>
    </message>
    <message>
        <source>The published counts cannot be read: the file was changed or comes from another journal. The next time the psychologist or a counsellor closes the journal, they are published again.</source>
        <translation>Жарияланған сандарды оқу мүмкін емес: файл өзгертілген немесе басқа журналға тиесілі. Психолог немесе әлеуметтік педагог журналды келесі рет жапқанда, олар қайта жарияланады.</translation>
    </message>
    <message>
        <source>Your account is waiting for its keys since Senim was updated: ask the psychologist to give them (Settings → Accounts → Give its role&apos;s keys), then sign in again.</source>
        <translation>Senim жаңартылғаннан бері есептік жазбаңыз өз кілттерін күтуде: психологтан оларды беруді сұраңыз («Баптаулар → Есептік жазбалар → Рөлінің кілттерін беру»), содан кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Senim is already open on this computer with this journal ({folder}). Switch to that window (look in the taskbar); a second Senim on the same journal is not started.</source>
        <translation>Senim осы компьютерде осы журналмен ашық тұр ({folder}). Сол терезеге ауысыңыз (тапсырмалар тақтасынан қараңыз); сол журналмен екінші Senim іске қосылмайды.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation>Бірдеңе дұрыс болмады. Сақталған жазбалар аман; толығырақ журналға жазылды. Қайталанса, Senim-ді қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>AttentionCommand</name>
    <message>
        <source>Needs attention on {date}: {n} pupils</source>
        <translation>{date} күнгі назар аударуды қажет ететіндер: {n} оқушы</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Ерекше назарды қажет ететін ешкім жоқ.</translation>
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
        <source>Since</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Карточканы ашу</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>А&amp;лып тастау…</translation>
    </message>
    <message>
        <source>Hide this warning with a reason; a new record about the pupil raises it again</source>
        <translation>Ескертуді себебін көрсетіп жасыру; оқушы туралы жаңа жазба оны қайта көтереді</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Кім туралы</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Find by name or class</source>
        <translation>Аты немесе сыныбы бойынша іздеу</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Кімнен: {source}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
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
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>Concerns awaiting a response ({n})</source>
        <translation>Жауап күтіп тұрған өтініштер ({n})</translation>
    </message>
    <message>
        <source>Actions due this week ({n})</source>
        <translation>Осы аптадағы қадамдар ({n})</translation>
    </message>
    <message>
        <source>Planned for today ({n})</source>
        <translation>Бүгінге жоспарланған ({n})</translation>
    </message>
    <message>
        <source>Referrals waiting for feedback ({n})</source>
        <translation>Жауап күтіп тұрған жолдамалар ({n})</translation>
    </message>
    <message>
        <source>{reason} (since {date})</source>
        <translation>{reason} ({date} бастап)</translation>
    </message>
    <message>
        <source>not set: add it in Settings → Early warning</source>
        <translation>көрсетілмеген: «Баптаулар → Ерте ескерту» бөлімінде қосыңыз</translation>
    </message>
    <message>
        <source>Risk of self-harm: {names}.
111 contact centre for the rights of the family, women and children: {line}. Psychological support centre: {centre}.</source>
        <translation>Өзіне зиян келтіру қаупі: {names}.
Отбасы, әйелдер мен балалардың құқықтарын қорғау мәселелері бойынша 111 бірыңғай байланыс орталығы: {line}. Психологиялық қолдау орталығы: {centre}.</translation>
    </message>
    <message>
        <source>Needs attention — pupils: {pupils}, warnings: {warnings}</source>
        <translation>Назар аударуды қажет етеді — оқушылар: {pupils}, ескертулер: {warnings}</translation>
    </message>
    <message>
        <source>Nobody needs attention right now: no warning is raised and none is left open.</source>
        <translation>Қазір ерекше назарды қажет ететін ешкім жоқ: ескерту жоқ.</translation>
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
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Senim backs up the journal, encrypted, when it closes and at least once a day, and checks each backup. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Senim журналдың шифрланған сақтық көшірмесін жабылғанда және күніне кемінде бір рет жасап, әрқайсысын тексереді. 7 күндік, 4 апталық және 12 айлық көшірме сақталады.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Choose second folder…</source>
        <translation>Екінші &amp;бума…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Буманы &amp;ашу</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>In {folder} and in {second}.</source>
        <translation>{folder} және {second} ішінде.</translation>
    </message>
    <message>
        <source>In {folder}. Choose a second folder, on a USB stick, to keep a copy away from this computer.</source>
        <translation>{folder} ішінде. Көшірме тек осы компьютерде болмауы үшін флешкадағы екінші буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ тексерілді</translation>
    </message>
    <message>
        <source>✗ failed: {reason}</source>
        <translation>✗ қате: {reason}</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ қате</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>The last automatic backup, on {when}, failed: {why}.</source>
        <translation>Соңғы автоматты көшіру ({when}) сәтсіз аяқталды: {why}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Көшіру…</translation>
    </message>
    <message>
        <source>Backed up and verified.</source>
        <translation>Көшірме жасалып, тексерілді.</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Сақтық көшірмелерге арналған екінші бума</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>This backup cannot be read: it is damaged. Choose another.</source>
        <translation>Бұл көшірмені оқу мүмкін емес: ол бүлінген. Басқасын таңдаңыз.</translation>
    </message>
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
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Bullying cases</source>
        <translation>Буллинг жағдайлары</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>The backup of {when} holds:</source>
        <translation>{when} көшірмесінде:</translation>
    </message>
    <message>
        <source>Restoring replaces the whole journal: Senim closes it, puts the backup in its place and asks you to sign in again (with the passwords as they were then). The journal as it is now is kept aside in a before-restore folder, so the restore can be undone. Unsaved text in open forms is kept as drafts.</source>
        <translation>Қалпына келтіру бүкіл журналды ауыстырады: Senim оны жабады, орнына сақтық көшірмені қояды және қайта кіруді сұрайды (құпиясөздер сол кездегідей болады). Журналдың қазіргі күйі before-restore қалтасында бөлек сақталады, сондықтан қалпына келтіруді болдырмауға болады. Ашық формалардағы сақталмаған мәтін жоба ретінде сақталады.</translation>
    </message>
    <message>
        <source>Accounts and passwords come back as they were in the backup: a password changed since then no longer works, and an account added since then is gone.</source>
        <translation>Есептік жазбалар мен құпиясөздер сақтық көшірмедегідей болып қайтады: одан кейін өзгертілген құпиясөз енді жарамайды, ал одан кейін қосылған есептік жазба жойылады.</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>Қазір қалпына &amp;келтіру</translation>
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
    <name>CalendarCommand</name>
    <message>
        <source>The school calendar has no school year {year}: add it in Settings → School year… or with `senim calendar import`.</source>
        <translation>Мектеп күнтізбесінде {year} оқу жылы жоқ: оны Баптаулар → Оқу жылы… мәзірінде немесе `senim calendar import` командасымен қосыңыз.</translation>
    </message>
    <message>
        <source>“{year}” is not a school year; write it like 2026-2027.</source>
        <translation>«{year}» — оқу жылы емес; былай жазыңыз: 2026-2027.</translation>
    </message>
    <message>
        <source>The school calendar has no school year {year}.</source>
        <translation>Мектеп күнтізбесінде {year} оқу жылы жоқ.</translation>
    </message>
    <message>
        <source>School year {year}: lessons {dates}</source>
        <translation>{year} оқу жылы: сабақтар {dates}</translation>
    </message>
    <message>
        <source>Confirmed against the ministry&apos;s order.</source>
        <translation>Министрліктің бұйрығымен салыстырылды.</translation>
    </message>
    <message>
        <source>Not confirmed: Senim&apos;s best guess, check it against the ministry&apos;s order.</source>
        <translation>Расталмаған: бұл Senim-нің болжамы, оны министрліктің бұйрығымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Quarter {n}: {first} – {last}</source>
        <translation>{n}-тоқсан: {first} – {last}</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Каникулдар:</translation>
    </message>
    <message>
        <source>(grade 1 only)</source>
        <translation>(тек 1-сынып)</translation>
    </message>
    <message>
        <source>Public holidays and days off:</source>
        <translation>Мереке және демалыс күндері:</translation>
    </message>
    <message>
        <source>No public holidays or days off.</source>
        <translation>Мереке және демалыс күндері жоқ.</translation>
    </message>
    <message>
        <source>(the school&apos;s)</source>
        <translation>(мектеп белгілеген)</translation>
    </message>
    <message>
        <source>Working weekend days:</source>
        <translation>Жұмыс істейтін сенбі мен жексенбілер:</translation>
    </message>
    <message>
        <source>Wrote {n} school years to {file}.</source>
        <translation>{n} оқу жылы жазылды: {file}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>replaces the dates in the journal</source>
        <translation>журналдағы күндерді ауыстырады</translation>
    </message>
    <message>
        <source>the same as in the journal</source>
        <translation>журналдағымен бірдей</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(расталмаған)</translation>
    </message>
    <message>
        <source>Lessons: {first} – {last}</source>
        <translation>Сабақтар: {first} – {last}</translation>
    </message>
    <message>
        <source>Break: {first} – {last}</source>
        <translation>Каникул: {first} – {last}</translation>
    </message>
    <message>
        <source>Holiday corrections: {n}</source>
        <translation>Мереке және демалыс күндеріне түзетулер: {n}</translation>
    </message>
    <message>
        <source>Only the psychologist can change the school calendar; nothing was imported.</source>
        <translation>Мектеп күнтізбесін тек психолог өзгерте алады; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Preview only: nothing was imported. Run again with --yes to import.</source>
        <translation>Тек алдын ала қарау: ештеңе импортталмады. Импорттау үшін команданы --yes параметрімен қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Import this calendar? [y/N] </source>
        <translation>Бұл күнтізбені импорттау керек пе? [и/Ж] </translation>
    </message>
    <message>
        <source>Imported {n} school years: {names}.</source>
        <translation>{n} оқу жылы импортталды: {names}.</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>replaces the dates in the journal</source>
        <translation>журналдағы күндерді ауыстырады</translation>
    </message>
    <message>
        <source>the same as in the journal</source>
        <translation>журналдағымен бірдей</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(расталмаған)</translation>
    </message>
    <message>
        <source>{year}: {status}{mark}; lessons {first} – {last}</source>
        <translation>{year}: {status}{mark}; сабақтар {first} – {last}</translation>
    </message>
    <message>
        <source>Holiday corrections: {n}</source>
        <translation>Мереке күндеріне өзгерістер: {n}</translation>
    </message>
    <message>
        <source>Import a school calendar</source>
        <translation>Оқу жылының күнтізбесін импорттау</translation>
    </message>
    <message>
        <source>Calendar files (*.csv *.txt);;All files (*)</source>
        <translation>Күнтізбе файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файлды оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Файл UTF-8 мәтіні емес. Оны «CSV UTF-8» ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Import this school calendar?</source>
        <translation>Осы күнтізбені импорттау керек пе?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ештеңе импортталмады:</translation>
    </message>
</context>
<context>
    <name>CalendarNote</name>
    <message>
        <source>Summer holidays after {year}</source>
        <translation>{year} оқу жылынан кейінгі жазғы каникул</translation>
    </message>
    <message>
        <source>Break after quarter {n} of {year}</source>
        <translation>{year} оқу жылының {n}-тоқсанынан кейінгі каникул</translation>
    </message>
    <message>
        <source>Quarter {n} of {year}</source>
        <translation>{year} оқу жылының {n}-тоқсаны</translation>
    </message>
    <message>
        <source>The school calendar has no school year {year}: quarters cannot be shown until it is added.</source>
        <translation>Мектеп күнтізбесінде {year} оқу жылы жоқ: ол қосылмайынша тоқсандарды көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>The dates of {year} are Senim&apos;s best guess: check them against the ministry&apos;s order.</source>
        <translation>{year} оқу жылының күндері — Senim-нің болжамы: оларды министрліктің бұйрығымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>a public holiday ({name})</source>
        <translation>мереке күні ({name})</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>сенбі</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>жексенбі</translation>
    </message>
    <message>
        <source>Lessons would begin on {was}, {why}: moved to {now}.</source>
        <translation>Сабақтар {was} басталар еді — {why}: {now} күніне ауыстырылды.</translation>
    </message>
    <message>
        <source>Quarter {n} would begin on {was}, {why}: moved to {now}.</source>
        <translation>{n}-тоқсан {was} басталар еді — {why}: {now} күніне ауыстырылды.</translation>
    </message>
    <message>
        <source>Quarter {n} would end on {was}, {why}: moved back to {now}.</source>
        <translation>{n}-тоқсан {was} аяқталар еді — {why}: ертерек, {now} күніне ауыстырылды.</translation>
    </message>
    <message>
        <source>Lessons would end on {was}, {why}: moved back to {now}.</source>
        <translation>Сабақтар {was} аяқталар еді — {why}: ертерек, {now} күніне ауыстырылды.</translation>
    </message>
    <message>
        <source>Lessons begin on 1 September, or the first working day after it: {now} (last year: {was}).</source>
        <translation>Сабақтар 1 қыркүйекте немесе одан кейінгі алғашқы жұмыс күні басталады: {now} (өткен жылы: {was}).</translation>
    </message>
    <message>
        <source>Grade 1&apos;s extra break keeps its weekdays: {first} – {last}.</source>
        <translation>1-сыныптың қосымша каникулы апта күндерін сақтайды: {first} – {last}.</translation>
    </message>
    <message>
        <source>An extra break keeps its weekdays: {first} – {last}.</source>
        <translation>Қосымша каникул апта күндерін сақтайды: {first} – {last}.</translation>
    </message>
    <message>
        <source>Add the school year…</source>
        <translation>Оқу жылын қосу…</translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>Күндерді тексеру…</translation>
    </message>
    <message>
        <source>Not a school day.</source>
        <translation>Оқу күні емес.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New bullying case</source>
        <translation>Жаңа буллинг жағдайы</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Буллинг жағдайы</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Не болды, қысқаша</translation>
    </message>
    <message>
        <source>Opened o&amp;n</source>
        <translation>Ашылған кү&amp;ні</translation>
    </message>
    <message>
        <source>&amp;Pupils and roles</source>
        <translation>&amp;Оқушылар мен рөлдер</translation>
    </message>
    <message>
        <source>Complaint received &amp;by</source>
        <translation>Шағымды қа&amp;былдаған</translation>
    </message>
    <message>
        <source>Who took the complaint</source>
        <translation>Шағымды кім қабылдады</translation>
    </message>
    <message>
        <source>What the &amp;complaint says</source>
        <translation>Шағымның &amp;мәні</translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation>Келесі &amp;тексеру</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>Needed under monitoring; once the date has passed, the case is marked as review overdue.</source>
        <translation>Мониторинг кезеңінде міндетті; күні өткенде жағдайға «тексеру мерзімі өтті» деген белгі қойылады.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Жалпы</translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation>&amp;Кезеңдер</translation>
    </message>
    <message>
        <source>&amp;Help plan</source>
        <translation>Көмек жо&amp;спары</translation>
    </message>
    <message>
        <source>&amp;Linked records</source>
        <translation>Бай&amp;ланысты жазбалар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Move to the next stage…</source>
        <translation>Келесі кезеңге ө&amp;ту…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>{date} орындалды</translation>
    </message>
    <message>
        <source>No actions yet. Add what will be done for the pupils, by whom and by when.</source>
        <translation>Әзірге қадам жоқ. Оқушылар үшін не істелетінін, кім және қай мерзімге дейін орындайтынын қосыңыз.</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>Қадам &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Орындалды деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>No records linked yet. Link the incidents, sessions and concerns of this case.</source>
        <translation>Әзірге байланысты жазба жоқ. Осы жағдайдың оқиғаларын, кеңестерін және өтініштерін байланыстырыңыз.</translation>
    </message>
    <message>
        <source>&amp;Link records…</source>
        <translation>Жазбаларды &amp;байланыстыру…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Байланысты &amp;үзу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Save the case first: then move it through the stages, plan help and link its records.</source>
        <translation>Алдымен жағдайды сақтаңыз: содан кейін оны кезеңдер бойынша жүргізіп, көмекті жоспарлап, жазбаларын байланыстыра аласыз.</translation>
    </message>
    <message>
        <source>Bullying case: {title}</source>
        <translation>Буллинг жағдайы: {title}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Нәтижесі: {outcome}</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Қайта &amp;ашу…</translation>
    </message>
    <message>
        <source>Closed on {date}.</source>
        <translation>{date} жабылды.</translation>
    </message>
    <message>
        <source>Now: {stage}, since {date}.</source>
        <translation>Қазір: {stage}, {date} бастап.</translation>
    </message>
    <message>
        <source>Review overdue: it was due on {date}.</source>
        <translation>Тексеру мерзімі өтті: ол {date} болуы керек еді.</translation>
    </message>
    <message>
        <source>Next review: {date}.</source>
        <translation>Келесі тексеру: {date}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Link records</source>
        <translation>Жазбаларды байланыстыру</translation>
    </message>
    <message>
        <source>There are no incidents, sessions or concerns about the case&apos;s pupils that are not in a case already.</source>
        <translation>Осы жағдайдың оқушылары туралы әлі ешбір жағдайға кірмеген оқиға, кеңес немесе өтініш жоқ.</translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
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
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Жағдай</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Targets first: {names}</source>
        <translation>Алдымен зардап шегушілер: {names}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Келесі тексеру</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Ашық қадамдар</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>{date} жабылды</translation>
    </message>
    <message>
        <source>{date}: review overdue</source>
        <translation>{date}: тексеру мерзімі өтті</translation>
    </message>
    <message>
        <source>{count}, overdue {overdue}</source>
        <translation>{count}, мерзімі өткен {overdue}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Тексеру мерзімі өткен</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>Қандай жағдайларды көрсету</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Жаңа жағдай…</translation>
    </message>
    <message>
        <source>Review overdue: {count}</source>
        <translation>Тексеру мерзімі өткен: {count}</translation>
    </message>
    <message>
        <source>No review overdue</source>
        <translation>Мерзімі өткен тексеру жоқ</translation>
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
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
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
        <source>From: {source}</source>
        <translation>Кімнен: {source}</translation>
    </message>
    <message>
        <source>{role}; review overdue</source>
        <translation>{role}; тексеру мерзімі өтті</translation>
    </message>
    <message>
        <source>{role} in the case</source>
        <translation>Жағдайдағы рөлі: {role}</translation>
    </message>
    <message>
        <source>To: {organisation}</source>
        <translation>Қайда: {organisation}</translation>
    </message>
    <message>
        <source>To do: {what}</source>
        <translation>Орындау: {what}</translation>
    </message>
</context>
<context>
    <name>ClassCombo</name>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
</context>
<context>
    <name>ConcernClock</name>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation>1 жұмыс күні қалды</translation>
    </message>
    <message>
        <source>{n} working days left</source>
        <translation>{n} жұмыс күні қалды</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 күнге кешікті</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>{n} күнге кешікті</translation>
    </message>
    <message>
        <source>Acknowledged on {date} — late: it was due {due}</source>
        <translation>Алынғаны {date} расталды — кешігіп, мерзімі {due} болатын</translation>
    </message>
    <message>
        <source>Acknowledged on {date}</source>
        <translation>Алынғаны {date} расталды</translation>
    </message>
    <message>
        <source>Acknowledge by {date} — {clock}</source>
        <translation>Алынғанын растау мерзімі: {date} — {clock}</translation>
    </message>
    <message>
        <source>Answered in writing on {date} — late: it was due {due}</source>
        <translation>Жазбаша жауап {date} берілді — кешігіп, мерзімі {due} болатын</translation>
    </message>
    <message>
        <source>Answered in writing on {date}</source>
        <translation>Жазбаша жауап {date} берілді</translation>
    </message>
    <message>
        <source>Written answer by {date} — {clock}</source>
        <translation>Жазбаша жауап мерзімі: {date} — {clock}</translation>
    </message>
    <message>
        <source>Holidays of {years} are not known for certain: the deadline counts the expected days off and may miss a transferred one. Check them in Settings → Holidays.</source>
        <translation>{years} ж. мереке күндері нақты белгісіз: мерзім күтілетін демалыс күндері бойынша есептеледі және ауыстырылған демалыс күнін ескермеуі мүмкін. Оларды Баптаулар → Мереке күндері мәзірінде тексеріңіз.</translation>
    </message>
    <message>
        <source>{clock} (holidays of {years} not known)</source>
        <translation>{clock} ({years} ж. мереке күндері белгісіз)</translation>
    </message>
    <message>
        <source>Answered {date}</source>
        <translation>Жауап берілді {date}</translation>
    </message>
    <message>
        <source>Acknowledge: {clock}</source>
        <translation>Растау: {clock}</translation>
    </message>
    <message>
        <source>Answer: {clock}</source>
        <translation>Жауап: {clock}</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>New concern</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Түскен уақыты</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Кімнен</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Who raised it</source>
        <translation>Өтініш &amp;берген</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>Бай&amp;ланыс</translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, эл. пошта немесе мессенджер</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Түсу &amp;арнасы</translation>
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
        <source>Re&amp;move</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>No pupil named: say in the summary whom the concern is about (a class, a group). It will not appear in any pupil&apos;s chronology.</source>
        <translation>Оқушы көрсетілмеген: өтініш кім туралы екенін (сынып, топ) сипаттамада жазыңыз. Ол ешбір оқушының хронологиясына түспейді.</translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translation>Өтініштің &amp;мәні</translation>
    </message>
    <message>
        <source>The concern in the words it was put, as fully as you can</source>
        <translation>Өтінішті айтылған сөздерімен, мүмкіндігінше толық жазыңыз</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Add respo&amp;nse…</source>
        <translation>&amp;Жауап қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>Responses are saved at once. Any response acknowledges the concern; only a written answer answers it.</source>
        <translation>Жауаптар бірден сақталады. Кез келген жауап өтініштің алынғанын растайды; оған тек жазбаша жауап қана жауап болып саналады.</translation>
    </message>
    <message>
        <source>This concern is part of a bullying case.</source>
        <translation>Бұл өтініш буллинг жағдайына кіреді.</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Буллинг жағдайы</translation>
    </message>
    <message>
        <source>Your role may read concerns but not change them.</source>
        <translation>Сіздің рөліңіз өтініштерді оқуға рұқсат етеді, бірақ өзгертуге емес.</translation>
    </message>
    <message>
        <source>Concern of {when}</source>
        <translation>{when} өтініші</translation>
    </message>
    <message>
        <source>Anonymous: no name is kept</source>
        <translation>Жасырын: аты-жөні сақталмайды</translation>
    </message>
    <message>
        <source>Name, and who they are to the pupil (mother, class teacher…)</source>
        <translation>Аты-жөні және оқушыға кім болатыны (анасы, сынып жетекшісі…)</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about {names} is still open.</source>
        <translation>Қайталанған: {names} туралы бұрынғы өтініш әлі жабылмаған.</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about {names} was still open when this one came.</source>
        <translation>Қайталанған: бұл өтініш түскенде {names} туралы бұрынғы өтініш әлі жабылмаған еді.</translation>
    </message>
    <message>
        <source>Open the concern of {date}</source>
        <translation>{date} өтінішін ашу</translation>
    </message>
    <message>
        <source>Delete response</source>
        <translation>Жауапты жою</translation>
    </message>
    <message>
        <source>Delete the response “{kind}” of {date}? The concern&apos;s clocks count again as if it had not been given.</source>
        <translation>{date} күнгі «{kind}» жауабын жою керек пе? Өтініштің мерзімдері ол берілмегендей қайта есептеледі.</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Received</source>
        <translation>Түскен уақыты</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Өтініштің мәні</translation>
    </message>
    <message>
        <source>No pupil named</source>
        <translation>Оқушы көрсетілмеген</translation>
    </message>
    <message>
        <source>Repeated: {pupils}</source>
        <translation>Қайталанған: {pupils}</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about this pupil was still open when this one came.</source>
        <translation>Қайталанған: бұл өтініш түскенде осы оқушы туралы бұрынғы өтініш әлі жабылмаған еді.</translation>
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
        <source>Answered</source>
        <translation>Жауап берілген</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Which concerns to show</source>
        <translation>Қандай өтініштерді көрсету</translation>
    </message>
    <message>
        <source>New concern…</source>
        <translation>Жаңа өтініш…</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts with the school&apos;s server</source>
        <translation>Мектеп серверімен қайшылықтар</translation>
    </message>
    <message>
        <source>The same field was changed on this laptop and by someone else. The server&apos;s value was kept; nothing is lost until you choose.</source>
        <translation>Бір өрісті осы ноутбукта да, әріптес те өзгерткен. Сервердегі мән сақталды; сіз таңдағанша ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>&amp;Use this laptop&apos;s</source>
        <translation>&amp;Осы ноутбуктағыны алу</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>&amp;Сервердегіні қалдыру</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Осы ноутбукта</translation>
    </message>
    <message>
        <source>On the server (kept)</source>
        <translation>Серверде (сақталған)</translation>
    </message>
    <message>
        <source>{record}{who}: {field} ({when})</source>
        <translation>{record}{who}: {field} ({when})</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ашық қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>removed on one side</source>
        <translation>бір жақта жойылған</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Жаңа отырыс…</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сүйемелдеу</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Кеңес мүшелері</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздері</translation>
    </message>
    <message>
        <source>Proposals ({count})</source>
        <translation>Ұсыныстар ({count})</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
</context>
<context>
    <name>CouncilPrinting</name>
    <message>
        <source>Minutes No. {number}</source>
        <translation>№ {number} хаттама</translation>
    </message>
    <message>
        <source>Notice to the parents: {name}</source>
        <translation>Ата-анаға хабарлама: {name}</translation>
    </message>
    <message>
        <source>Individual plan: {name}</source>
        <translation>Жеке жоспар: {name}</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The journal is missing</source>
        <translation>Журнал жоқ</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Журнал зақымданған</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>Журнал файлы зақымданған</translation>
    </message>
    <message>
        <source>Part of the journal file on this computer can no longer be read. Senim has closed it and will write nothing more to it, so nothing more is lost.</source>
        <translation>Осы компьютердегі журнал файлының бір бөлігі енді оқылмайды. Senim оны жапты және оған енді ештеңе жазбайды, сондықтан бұдан артық ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <source>The journal file is empty</source>
        <translation>Журнал файлы бос</translation>
    </message>
    <message>
        <source>The journal file is missing</source>
        <translation>Журнал файлы жоқ</translation>
    </message>
    <message>
        <source>The journal file senim.db is missing from {folder} (or is empty), although the folder has its keys (keys.json). Senim has created nothing in its place.</source>
        <translation>{folder} қалтасында журнал файлы senim.db жоқ (немесе бос), ал журналдың кілттері (keys.json) қалтада бар. Senim оның орнына ештеңе жасаған жоқ.</translation>
    </message>
    <message>
        <source>&amp;Quit Senim</source>
        <translation>Senim-нен &amp;шығу</translation>
    </message>
    <message>
        <source>The latest verified backup is from {when}. Restoring it puts it in place of the missing journal; anything entered after {when} is not in it.</source>
        <translation>Соңғы тексерілген көшірме {when} жасалған. Қалпына келтіргенде ол жоқ журналдың орнына қойылады; {when} кейін енгізілгендер онда жоқ.</translation>
    </message>
    <message>
        <source>There is no verified backup to restore. Do not set up a new journal: quit Senim and put senim.db back into {folder} from where it was moved or copied, or ask a technician.</source>
        <translation>Қалпына келтіретін тексерілген көшірме жоқ. Жаңа журнал жасамаңыз: Senim-ді жабыңыз да, senim.db файлын жылжытылған не көшірілген жерінен {folder} қалтасына қайтарыңыз немесе маманға хабарласыңыз.</translation>
    </message>
    <message>
        <source>The latest verified backup is from {when}. Restoring it puts it in place of the journal; anything entered after {when} is not in it. The damaged file is not deleted: it is kept in a before-restore folder in {folder}.</source>
        <translation>Соңғы тексерілген көшірме {when} жасалған. Қалпына келтіргенде ол журналдың орнына қойылады; {when} кейін енгізілгендер онда жоқ. Зақымданған файл өшірілмейді: ол {folder} ішіндегі before-restore қалтасында сақталады.</translation>
    </message>
    <message>
        <source>Accounts and passwords come back as they were then: a password changed since then no longer works.</source>
        <translation>Есептік жазбалар мен құпиясөздер сол кездегідей болып қайтады: одан кейін өзгертілген құпиясөз енді жарамайды.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest verified backup (from {when})</source>
        <translation>Соңғы тексерілген көшірмені &amp;қалпына келтіру ({when})</translation>
    </message>
    <message>
        <source>Open the &amp;Backups folder</source>
        <translation>&amp;Көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <source>There is no verified backup to restore. Do not delete anything: quit Senim, copy the whole folder {folder} to a USB stick as it is, and give it to a technician, who can check it with the command senim check.</source>
        <translation>Қалпына келтіретін тексерілген көшірме жоқ. Ештеңені өшірмеңіз: Senim-ді жабыңыз, {folder} қалтасын толығымен сол күйінде флешкаға көшіріп, маманға беріңіз; ол оны senim check командасымен тексере алады.</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Деректер қалтасын ашу</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}). The journal was left as it was; nothing was deleted.</source>
        <translation>Көшірмені қалпына келтіру мүмкін болмады ({reason}). Журнал бұрынғы күйінде қалды; ештеңе өшірілген жоқ.</translation>
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
        <translation>Орындалатын қадамдар</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Мерзімі өткен қадамдар</translation>
    </message>
    <message>
        <source>This school year, since {date}</source>
        <translation>Осы оқу жылы, {date} бастап</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision of meeting No. {number}</source>
        <translation>№ {number} отырыстың шешімі</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Шешім</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Decided, in &amp;words</source>
        <translation>Қаулы, &amp;сөзбен</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Негіздері</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>Who carries out the plan</source>
        <translation>Жоспарды кім орындайды</translation>
    </message>
    <message>
        <source>Review &amp;every (days)</source>
        <translation>Қарау &amp;кезеңі (күн)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation>&amp;Қайда жолдау</translation>
    </message>
    <message>
        <source>Accompanied since {date}: the council may change the plan or end it.</source>
        <translation>{date} бастап сүйемелдеуде: кеңес жоспарды өзгерте немесе аяқтай алады.</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a warning</source>
        <translation>Ескертуді алып тастау</translation>
    </message>
    <message>
        <source>What was done, or why this needs nothing more (e.g. discussed at the prevention council on …)</source>
        <translation>Не істелді немесе неге енді ештеңе қажет емес (мысалы, … күні Профилактика кеңесінде қаралды)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>{who}: which warning needs nothing more?</source>
        <translation>{who}: қай ескерту бойынша енді ештеңе қажет емес?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Not for the council: {name}</source>
        <translation>Кеңеске емес: {name}</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Неге</translation>
    </message>
    <message>
        <source>e.g. the situation is resolved; the parents were met</source>
        <translation>мысалы, мәселе шешілді; ата-анамен кездестік</translation>
    </message>
</context>
<context>
    <name>DraftSummaryDialog</name>
    <message>
        <source>Draft the summary from records</source>
        <translation>Сипаттаманы жазбалардан құрастыру</translation>
    </message>
    <message>
        <source>&amp;Tick the incidents and sessions the summary should tell about:</source>
        <translation>&amp;Сипаттамада айтылатын оқиғалар мен кеңестерді белгілеңіз:</translation>
    </message>
    <message>
        <source>Dates, forms of bullying, the pupil&apos;s role, reasons and outcomes are written in the letter&apos;s language; session notes never are.</source>
        <translation>Күндер, буллинг түрлері, оқушының рөлі, себептер мен нәтижелер хаттың тілінде жазылады; кеңес жазбалары — ешқашан.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Құрастыру</translation>
    </message>
    <message>
        <source>Incident: {forms}; {role}</source>
        <translation>Оқиға: {forms}; {role}</translation>
    </message>
    <message>
        <source>No incidents or sessions are recorded for this pupil.</source>
        <translation>Бұл оқушы үшін оқиға да, кеңес те жазылмаған.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Text that was not saved</source>
        <translation>Сақталмаған мәтін</translation>
    </message>
    <message>
        <source>Senim was closed before these forms were saved; what was typed in them was kept. Open one to finish and save it, or discard it.</source>
        <translation>Senim бұл формалар сақталмай тұрып жабылды; оларға терілген мәтін сақталды. Аяқтап, сақтау үшін форманы ашыңыз немесе мәтінді жойыңыз.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейін</translation>
    </message>
    <message>
        <source>%1, not saved yet</source>
        <translation>%1, әлі сақталмаған</translation>
    </message>
    <message>
        <source>%1, changes not saved</source>
        <translation>%1, өзгерістер сақталмаған</translation>
    </message>
    <message>
        <source>%1 · kept at %2
“%3”</source>
        <translation>%1 · сақталған уақыты %2
«%3»</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>Мәтінді жою</translation>
    </message>
    <message>
        <source>The text of this form will be deleted and cannot be brought back.</source>
        <translation>Бұл форманың мәтіні жойылады, оны қайтару мүмкін болмайды.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export all data</source>
        <translation>Барлық деректерді экспорттау</translation>
    </message>
    <message>
        <source>Every record you may see is written as CSV files, with a README that describes each column, and as one Excel workbook. They go into a new folder inside the folder you choose; nothing there is overwritten.</source>
        <translation>Сізге қолжетімді барлық жазба әр бағанның сипаттамасы бар README-мен бірге CSV файлдарына және бір Excel кітабына жазылады. Олар сіз таңдаған қалтаның ішіндегі жаңа қалтаға түседі; ондағы ештеңе қайта жазылмайды.</translation>
    </message>
    <message>
        <source>These files are not encrypted and hold children&apos;s personal data, IINs included. Keep them on an encrypted disk and delete them when they are no longer needed.</source>
        <translation>Бұл файлдар шифрланбаған және балалардың дербес деректерін, соның ішінде ЖСН-ді қамтиды. Оларды шифрланған дискіде сақтаңыз және қажет болмай қалғанда жойыңыз.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>Include confidential session &amp;notes</source>
        <translation>Кеңестердің құпия &amp;жазбаларын қосу</translation>
    </message>
    <message>
        <source>Anyone who opens the files will be able to read the notes.</source>
        <translation>Файлдарды ашқан кез келген адам жазбаларды оқи алады.</translation>
    </message>
    <message>
        <source>Only a psychologist may export confidential notes.</source>
        <translation>Құпия жазбаларды тек психолог экспорттай алады.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>Қай қалтаға экспорттау керек?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау жүріп жатыр…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Exporting: {done} of {total} rows…</source>
        <translation>Экспорт: {total} жолдың {done} жолы…</translation>
    </message>
    <message>
        <source>Done: {rows} rows exported into the folder {folder}</source>
        <translation>Дайын: {rows} жол {folder} қалтасына экспортталды</translation>
    </message>
    <message>
        <source>The export was cancelled; no files were left behind.</source>
        <translation>Экспорт тоқтатылды; ешбір файл қалған жоқ.</translation>
    </message>
    <message>
        <source>Your role does not allow this export; nothing was written.</source>
        <translation>Сіздің рөліңіз бұл экспортқа рұқсат бермейді; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>The files could not be written into {folder}. Check that the folder can be written to and that the disk has free space; no files were left behind.</source>
        <translation>Файлдарды {folder} қалтасына жазу мүмкін болмады. Қалтаға жазуға болатынын және дискіде бос орын бар екенін тексеріңіз; ешбір файл қалған жоқ.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was exported; the details are in the log.</source>
        <translation>Бірдеңе дұрыс болмады, ештеңе экспортталған жоқ; толығырақ бағдарлама журналында.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list of pupils</source>
        <translation>Оқушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, with a row of column headers such as «Фамилия», «Аты», «ИИН», «Класс». Pupils already in the journal are recognised by their IIN, or by name and birth date, and updated instead of added again. Nothing changes until you click Import on the last page.</source>
        <translation>Excel кітабы (.xlsx) немесе CSV файлы, онда «Фамилия», «Аты», «ИИН», «Класс» сияқты баған тақырыптарының жолы болуы керек. Журналда бар оқушылар ЖСН бойынша немесе аты-жөні мен туған күні бойынша танылады да, қайта қосылмай, жаңартылады. Соңғы беттегі «Импорттау» батырмасын баспайынша, ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл таңдалмаған</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>{rows} rows on the sheet «{sheet}».</source>
        <translation>«{sheet}» парағында {rows} жол бар.</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>{rows} жол бар.</translation>
    </message>
    <message>
        <source>Click Next to check the columns.</source>
        <translation>Бағандарды тексеру үшін «Келесі» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Жаңа қадам</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Келесі қадам</translation>
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
        <source>An action of the help plan of the case “{title}”</source>
        <translation>«{title}» жағдайының көмек жоспарындағы қадам</translation>
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
        <translation>Қандай қадамдарды көрсету</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done today (Ctrl+D)</source>
        <translation>Таңдалған қадамдарды бүгін орындалды деп белгілеу (Ctrl+D)</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Жаңа қадам…</translation>
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
    <name>GroundDialog</name>
    <message>
        <source>Ground for accompaniment</source>
        <translation>Сүйемелдеу негізі</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <source>Latin letters, e.g. family_move</source>
        <translation>латын әріптері, мысалы family_move</translation>
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
        <source>&amp;In use</source>
        <translation>&amp;Қолданыста</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <source>The grounds for accompaniment: the law&apos;s categories are shipped; the school may rename them, add its own and switch any off.</source>
        <translation>Сүйемелдеу негіздері: заң санаттары тізімде бар; мектеп оларды қайта атай, өзінікін қоса және кез келгенін өшіре алады.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан Қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Қазақстан Республикасының Конституциясы күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Қазақстан Республикасы күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>Қазақстан Республикасының Тұңғыш Президенті күні</translation>
    </message>
    <message>
        <source>Eid al-Adha (Kurban Ait)</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>{name} (day off moved from the weekend)</source>
        <translation>{name} (қайта белгіленген демалыс)</translation>
    </message>
    <message>
        <source>{name} (estimated date)</source>
        <translation>{name} (бағаланған)</translation>
    </message>
    <message>
        <source>Day off (moved from {date} by decree)</source>
        <translation>Демалыс күні ({date} күнінен Үкімет қаулысымен ауыстырылды)</translation>
    </message>
    <message>
        <source>Day off (added by the school)</source>
        <translation>Демалыс күні (мектеп белгілеген)</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Мереке күндері</translation>
    </message>
    <message>
        <source>The days off that concern deadlines and the follow-up rule skip, besides weekends. The law&apos;s days come with Senim; add here only what your school does differently.</source>
        <translation>Өтініш мерзімдері мен келесі қадам ережесі сенбі мен жексенбіден бөлек өткізіп жіберетін демалыс күндері. Заң бойынша белгіленген күндер Senim-де бар; мұнда тек мектебіңізде басқаша болатынын қосыңыз.</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Жыл</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Day off by law</source>
        <translation>Заң бойынша демалыс күні</translation>
    </message>
    <message>
        <source>By &amp;law</source>
        <translation>Заң &amp;бойынша</translation>
    </message>
    <message>
        <source>I have &amp;checked these days against the government&apos;s decree</source>
        <translation>Бұл күндерді Үкімет қаулысымен &amp;салыстырдым</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>Мектепте</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>The &amp;school&apos;s changes</source>
        <translation>&amp;Мектептің өзгерістері</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Демалыс күнінің атауы</translation>
    </message>
    <message>
        <source>Add a &amp;day off</source>
        <translation>&amp;Демалыс күнін қосу</translation>
    </message>
    <message>
        <source>&amp;Work on this day</source>
        <translation>Осы күні жұмыс &amp;істеу</translation>
    </message>
    <message>
        <source>A working Saturday, or a holiday the school works</source>
        <translation>Жұмыс сенбісі немесе мектеп жұмыс істейтін мереке күні</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>Only the psychologist can change the holidays.</source>
        <translation>Мереке күндерін тек психолог өзгерте алады.</translation>
    </message>
    <message>
        <source>Working day (moved by decree)</source>
        <translation>Жұмыс күні (Үкімет қаулысымен ауыстырылған)</translation>
    </message>
    <message>
        <source>Senim does not know the holidays of {year} for certain: these are the expected days (Kurban Ait and the decree&apos;s transfers are announced each year). Deadlines in {year} count them and say they are unchecked until you confirm them.</source>
        <translation>Senim {year} жылғы мереке күндерін нақты білмейді: бұл — күтілетін күндер (Құрбан айт пен Үкімет қаулысы бойынша ауыстырулар жыл сайын жарияланады). {year} жылғы мерзімдер осы күндер бойынша есептеледі және сіз растағанша тексерілмеген деп белгіленеді.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Worked (not a day off)</source>
        <translation>Жұмыс күні (демалыс орнына)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>The file cannot be opened: it was moved or deleted, or you may not read it.</source>
        <translation>Файл ашылмайды: ол басқа жерге жылжытылған не жойылған, немесе оны оқуға рұқсатыңыз жоқ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Бұл кесте емес. Excel кітабын (.xlsx) немесе CSV файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then choose that file.</source>
        <translation>Бұл ескі пішімдегі Excel кітабы (.xls). Оны Excel-де ашып, Excel кітабы (.xlsx) немесе CSV ретінде сақтаңыз да, сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV, then choose that file.</source>
        <translation>Бұл OpenDocument кестесі (.ods). Оны Excel кітабы (.xlsx) немесе CSV ретінде сақтап, сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again.</source>
        <translation>Кітап құпиясөзбен қорғалған. Оны Excel-де ашып, құпиясөзді алып тастаңыз (Файл → Мәліметтер → Кітапты қорғау), сақтаңыз да, қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>This is a web page saved under a spreadsheet&apos;s name. Open it in Excel and save it as an Excel workbook (.xlsx), then choose that file.</source>
        <translation>Бұл кесте атымен сақталған веб-бет. Оны Excel-де ашып, Excel кітабы (.xlsx) ретінде сақтаңыз да, сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read. Open it in Excel, save it again and try once more.</source>
        <translation>Кітап зақымдалған, оны оқу мүмкін емес. Оны Excel-де ашып, қайта сақтаңыз да, тағы бір рет көріңіз.</translation>
    </message>
    <message>
        <source>The file is larger than {max} MB, far more than a list of pupils. Check that this is the right file.</source>
        <translation>Файл {max} МБ-тан үлкен — оқушылар тізімінен әлдеқайда үлкен. Дұрыс файл екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The workbook would unpack to more than {max} MB, far more than a list of pupils: it was not opened. Check that this is the right file.</source>
        <translation>Ашылған күйінде кітап {max} МБ-тан асар еді — бұл оқушылар тізімінен әлдеқайда үлкен, сондықтан ол ашылмады. Дұрыс файл екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows, far more than a school has pupils. Check that this is the right file.</source>
        <translation>Файлда {max} жолдан көп — мектептегі оқушылардан әлдеқайда көп. Дұрыс файл екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file has no pupils: there are no rows below its header.</source>
        <translation>Файлда оқушылар жоқ: тақырып астында бірде-бір жол жоқ.</translation>
    </message>
    <message>
        <source>No column with surnames or full names was found. Columns in the file: {columns}.</source>
        <translation>Тегі немесе аты-жөні жазылған баған табылмады. Файлдағы бағандар: {columns}.</translation>
    </message>
    <message>
        <source>No column with given names was found. Columns in the file: {columns}.</source>
        <translation>Аттары жазылған баған табылмады. Файлдағы бағандар: {columns}.</translation>
    </message>
    <message>
        <source>One column is chosen for two different things: {column}.</source>
        <translation>Бір баған екі түрлі өріске таңдалған: {column}.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}. Its sheets: {sheets}.</source>
        <translation>Кітапта {sheet} деген парақ жоқ. Оның парақтары: {sheets}.</translation>
    </message>
    <message>
        <source>Some lines of this file were saved in a different encoding from the rest. Each line was read in its own encoding; check the names in the preview.</source>
        <translation>Бұл файлдың кейбір жолдары қалғанынан басқа кодтауда сақталған. Әр жол өз кодтауымен оқылды; алдын ала қарауда аты-жөндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>The file is in the Windows-1251 encoding, which has no letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ. If names show question marks, save the list as “CSV UTF-8” in Excel and choose it again.</source>
        <translation>Файл Windows-1251 кодтауында, онда Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ әріптері жоқ. Аты-жөндерде сұрақ белгілері көрінсе, тізімді Excel-де «CSV UTF-8» ретінде сақтап, қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>No surname.</source>
        <translation>Тегі жоқ.</translation>
    </message>
    <message>
        <source>No given name.</source>
        <translation>Аты жоқ.</translation>
    </message>
    <message>
        <source>“{value}” is not a name: use letters only; a hyphen, an apostrophe or a space may join parts.</source>
        <translation>«{value}» — есім емес: тек әріптер болуы керек; бөліктерін дефис, апостроф немесе бос орын біріктіре алады.</translation>
    </message>
    <message>
        <source>“{value}” has question marks instead of letters: the file was saved in an encoding without Kazakh letters. Save it as “CSV UTF-8” and try again.</source>
        <translation>«{value}» ішінде әріптердің орнында сұрақ белгілері тұр: файл қазақ әріптері жоқ кодтауда сақталған. Оны «CSV UTF-8» ретінде сақтап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A name is longer than {max} characters.</source>
        <translation>Есім {max} таңбадан ұзын.</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not 12 digits.</source>
        <translation>«{value}» ЖСН-і 12 цифрдан тұрмайды.</translation>
    </message>
    <message>
        <source>The IIN was saved as a rounded number ({value}). In Excel, format the IIN column as text, type the IINs again and save.</source>
        <translation>ЖСН дөңгелектенген сан ретінде сақталған ({value}). Excel-де ЖСН бағанына мәтін пішімін қойып, ЖСН-дерді қайта енгізіп, файлды сақтаңыз.</translation>
    </message>
    <message>
        <source>The IIN&apos;s digits give the birth date {birth_date}, not the file&apos;s. Since 2013 an IIN may differ from the birth date, so the row is imported as it is; check it against the pupil&apos;s documents.</source>
        <translation>ЖСН цифрлары бойынша туған күні — {birth_date}, файлдағы емес. 2013 жылдан бері ЖСН туған күнге сәйкес келмеуі мүмкін, сондықтан жол сол күйінде импортталады; оны оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The IIN&apos;s 7th digit gives a different sex from the file&apos;s. Since 2013 an IIN may differ from the sex, so the row is imported as it is; check it against the pupil&apos;s documents.</source>
        <translation>ЖСН-нің 7-цифры бойынша жынысы файлдағыдан басқа. 2013 жылдан бері ЖСН жынысқа сәйкес келмеуі мүмкін, сондықтан жол сол күйінде импортталады; оны оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>This number is a business identification number (BIN: its 5th digit is 4, 5 or 6), not a person&apos;s IIN. The row is imported as it is; check the number against the pupil&apos;s documents.</source>
        <translation>Бұл — бизнес-сәйкестендіру нөмірі (БСН: оның 5-цифры 4, 5 немесе 6), жеке тұлғаның ЖСН-і емес. Жол сол күйінде импортталады; нөмірді оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Unknown class “{value}”: a class is a grade from 0 to 12 and a letter, e.g. 7Ә or 10Б.</source>
        <translation>Белгісіз сынып «{value}»: сынып — 0-ден 12-ге дейінгі нөмір мен әріп, мысалы 7Ә немесе 10Б.</translation>
    </message>
    <message>
        <source>The IIN “{value}” has a wrong check digit: there is a typo in it.</source>
        <translation>«{value}» ЖСН-нің бақылау цифры дұрыс емес: онда қате бар.</translation>
    </message>
    <message>
        <source>The journal has a pupil with this name and birth date but a different IIN: check the IIN.</source>
        <translation>Журналда осындай аты-жөні мен туған күні бар, бірақ ЖСН-і басқа оқушы бар: ЖСН-ді тексеріңіз.</translation>
    </message>
    <message>
        <source>No birth date, and no IIN to take it from.</source>
        <translation>Туған күні жоқ, оны алатын ЖСН де жоқ.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 14.05.2013.</source>
        <translation>«{value}» — күн емес: былай жазыңыз: 14.05.2013.</translation>
    </message>
    <message>
        <source>A pupil must be {min} to {max} years old: check the birth date.</source>
        <translation>Оқушы {min} жастан {max} жасқа дейін болуы керек: туған күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>Sex unknown: the file gives neither the sex nor the IIN.</source>
        <translation>Жынысы белгісіз: файлда жынысы да, ЖСН де жоқ.</translation>
    </message>
    <message>
        <source>“{value}” is not a sex: write М or Ж, Ер or Әйел, M or F.</source>
        <translation>«{value}» — жыныс емес: М немесе Ж, Ер немесе Әйел, M немесе F деп жазыңыз.</translation>
    </message>
    <message>
        <source>No class.</source>
        <translation>Сыныбы жоқ.</translation>
    </message>
    <message>
        <source>“{value}” is not a language of study: write Kazakh, Russian or English.</source>
        <translation>«{value}» — оқыту тілі емес: «қазақ», «орыс» немесе «ағылшын» деп жазыңыз.</translation>
    </message>
    <message>
        <source>The cell in column {column} is longer than {max} characters: it cannot be a name, a date or a class. Check this row in the file.</source>
        <translation>{column} бағанындағы ұяшық {max} таңбадан ұзын: бұл аты-жөн, күн немесе сынып бола алмайды. Файлдағы осы жолды тексеріңіз.</translation>
    </message>
    <message>
        <source>A formula in the column “{column}” has no computed value. Open the file in Excel, save it and try again.</source>
        <translation>«{column}» бағанындағы формуланың есептелген мәні жоқ. Файлды Excel-де ашып, сақтаңыз да, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The same pupil as in row {row}.</source>
        <translation>{row}-жолдағы оқушымен бірдей.</translation>
    </message>
    <message>
        <source>The journal has several pupils with this name and birth date: add the IIN to tell them apart.</source>
        <translation>Журналда осындай аты-жөні мен туған күні бар бірнеше оқушы бар: оларды ажырату үшін ЖСН-ді қосыңыз.</translation>
    </message>
    <message>
        <source>“{value}” has Latin letters that look like Cyrillic ones; imported as “{fixed}”.</source>
        <translation>«{value}» ішінде кирилл әріптеріне ұқсас латын әріптері бар; «{fixed}» түрінде импортталды.</translation>
    </message>
    <message>
        <source>The pupil&apos;s record in the journal needs correcting first: open the pupil&apos;s card and save it.</source>
        <translation>Алдымен журналдағы оқушы жазбасын түзету керек: оқушы карточкасын ашып, сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the list of pupils</source>
        <translation>Оқушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Кестелер (*.xlsx *.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Ескерту: {text}</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation>Оқушыларды импорттау</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>The file cannot be read. The details were written to the log.</source>
        <translation>Файлды оқу мүмкін емес. Толығырақ қателер журналына жазылды.</translation>
    </message>
    <message>
        <source>Importing pupils…</source>
        <translation>Оқушылар импортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорттаудан бас тартылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The journal changed while you were looking at the preview, so nothing was imported. The preview has been made again: check it and click Import.</source>
        <translation>Сіз алдын ала қарап отырғанда журнал өзгерді, сондықтан ештеңе импортталмады. Алдын ала қарау қайта жасалды: оны тексеріп, «Импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was imported. The details were written to the log.</source>
        <translation>Бірдеңе дұрыс болмады, ештеңе импортталмады. Толығырақ қателер журналына жазылды.</translation>
    </message>
</context>
<context>
    <name>JoinServerDialog</name>
    <message>
        <source>Join the school&apos;s journal</source>
        <translation>Мектеп журналына қосылу</translation>
    </message>
    <message>
        <source>The school keeps one journal on its own server. Give the server&apos;s address (from the school&apos;s IT person) and your Senim name and password: this laptop gets what your role may see, and keeps working without the network.</source>
        <translation>Мектеп бір журналды өз серверінде жүргізеді. Сервердің мекенжайын (оны мектептің IT маманы береді) және Senim-дегі атыңыз бен құпиясөзіңізді енгізіңіз: осы ноутбукке рөліңізге рұқсат етілгені келеді, ол желісіз де жұмыс істей береді.</translation>
    </message>
    <message>
        <source>Server&apos;s address:</source>
        <translation>Сервердің мекенжайы:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Қосылу</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, your user name and your password.</source>
        <translation>Сервердің мекенжайын, пайдаланушы атын және құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Joining: the school&apos;s records are coming…</source>
        <translation>Қосылуда: мектеп жазбалары жүктелуде…</translation>
    </message>
    <message>
        <source>The school&apos;s keyring does not open with this name and password.</source>
        <translation>Мектептің кілттері бұл атпен және құпиясөзбен ашылмайды.</translation>
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
        <translation>111 бірыңғай байланыс орталығы</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Өз құпиясөзі өзгертілді</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Құпиясөз қайта орнатылды</translation>
    </message>
    <message>
        <source>Set a password with the recovery key</source>
        <translation>Құпиясөз қалпына келтіру кілтімен орнатылды</translation>
    </message>
    <message>
        <source>Changed all keys</source>
        <translation>Барлық кілттер ауыстырылды</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Response to a concern</source>
        <translation>Өтінішке жауап</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Буллинг жағдайы</translation>
    </message>
    <message>
        <source>Bullying case stage</source>
        <translation>Буллинг жағдайының кезеңі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Amendment to a referral</source>
        <translation>Жолдамаға өзгеріс</translation>
    </message>
    <message>
        <source>Preventive activity</source>
        <translation>Профилактикалық іс-шара</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Кеңес мүшесі</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Кеңес отырысы</translation>
    </message>
    <message>
        <source>Present at a council meeting</source>
        <translation>Кеңес отырысына қатысу</translation>
    </message>
    <message>
        <source>Council agenda item</source>
        <translation>Кеңес күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Proposal for the council&apos;s agenda</source>
        <translation>Кеңес күн тәртібіне ұсыныс</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сүйемелдеу</translation>
    </message>
    <message>
        <source>Review of an accompaniment</source>
        <translation>Сүйемелдеуді қарау</translation>
    </message>
    <message>
        <source>Ground for accompaniment</source>
        <translation>Сүйемелдеу негізі</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Психологиялық қолдау орталығы</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Жеке келіп</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Dismissed warning</source>
        <translation>Алынып тасталған ескерту</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Тоқсандық есеп</translation>
    </message>
    <message>
        <source>Early-warning settings</source>
        <translation>Ерте ескерту баптаулары</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Демалыс күндері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Кілттер</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Құпия жазба</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Қаулы етілді</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздері</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <source>Parents informed how</source>
        <translation>Ата-ана қалай хабардар етілді</translation>
    </message>
    <message>
        <source>Parents informed on</source>
        <translation>Ата-ана хабардар етілген күні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Қарау мерзімі (күн сайын)</translation>
    </message>
    <message>
        <source>Warning rules</source>
        <translation>Ескерту ережелері</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>Алынғанын растау мерзімі</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Алынғаны расталған күн</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Оқиды</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Мекенжай (қазақша)</translation>
    </message>
    <message>
        <source>Addressee in Kazakh</source>
        <translation>Алушы (қазақша)</translation>
    </message>
    <message>
        <source>Addressee in Russian</source>
        <translation>Алушы (орысша)</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Жауап берілген күн</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Қатысушылар тобы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Түсу арнасы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Checked against the decree</source>
        <translation>Қаулымен тексерілді</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Келісім берген</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Келісім қалай берілді</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Director in Kazakh</source>
        <translation>Директор (қазақша)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Кері байланыс</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Кері байланыс күні</translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation>Өтініш берген</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Сынып деңгейі</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Head in Kazakh</source>
        <translation>Басшы (қазақша)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>IIN mismatch accepted</source>
        <translation>ЖСН сәйкессіздігі қабылданды</translation>
    </message>
    <message>
        <source>IIN mismatch accepted by</source>
        <translation>ЖСН сәйкессіздігін қабылдаған</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Шұғыл шаралар</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Бастамашы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Өткізген</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>Мектептен шыққан күні</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Шаралар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Why without consent</source>
        <translation>Келісімсіз себебі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Хабарланды</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Реттік нөмірі</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Болған уақыты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Басқа қатысушылар</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Алдыңғы жазба</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түскен уақыты</translation>
    </message>
    <message>
        <source>Referral numbers</source>
        <translation>Жолдама нөмірлері</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Хабарлаған</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Хабарлаушының аты</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Қарау күні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Search key</source>
        <translation>Іздеу кілті</translation>
    </message>
    <message>
        <source>Risk of self-harm</source>
        <translation>Өзіне зиян келтіру қаупі</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ауырлығы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Өзгерткен</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Bullying: days counted</source>
        <translation>Буллинг: есептелетін күндер</translation>
    </message>
    <message>
        <source>Bullying: this school year counted</source>
        <translation>Буллинг: осы оқу жылы есептеледі</translation>
    </message>
    <message>
        <source>Bullying: incidents against one pupil</source>
        <translation>Буллинг: бір оқушыға қатысты оқиғалар</translation>
    </message>
    <message>
        <source>Serious incidents and risks: days looked back</source>
        <translation>Ауыр оқиғалар мен қауіптер: қаралатын күндер</translation>
    </message>
    <message>
        <source>Incident with no follow-up: working days</source>
        <translation>Келесі қадамсыз оқиға: жұмыс күндері</translation>
    </message>
    <message>
        <source>Concern: acknowledge within</source>
        <translation>Өтініш: алынғанын растау мерзімі</translation>
    </message>
    <message>
        <source>Concern: written answer within</source>
        <translation>Өтініш: жазбаша жауап мерзімі</translation>
    </message>
    <message>
        <source>Repeated concerns within</source>
        <translation>Қайталанған өтініштер мерзімі</translation>
    </message>
    <message>
        <source>Bullying case: minimum monitoring</source>
        <translation>Буллинг жағдайы: ең аз бақылау мерзімі</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>біржола</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>111 line</source>
        <translation>111 байланыс орталығы</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Алынғаны расталды</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Кездесу өткізілді</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Жазбаша жауап</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
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
        <translation>Өткізілмеді</translation>
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
        <source>Stage of a bullying case</source>
        <translation>Буллинг жағдайының кезеңі</translation>
    </message>
    <message>
        <source>Start accompaniment</source>
        <translation>Сүйемелдеу тағайындау</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Жоспарды өзгерту</translation>
    </message>
    <message>
        <source>End accompaniment</source>
        <translation>Сүйемелдеуді аяқтау</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>Шарасыз</translation>
    </message>
    <message>
        <source>Accompaniment started</source>
        <translation>Сүйемелдеу басталды</translation>
    </message>
    <message>
        <source>Accompaniment reviewed</source>
        <translation>Сүйемелдеу қаралды</translation>
    </message>
    <message>
        <source>Accompaniment ended</source>
        <translation>Сүйемелдеу аяқталды</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Сүйемелдеуде</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Жақсарды</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Нашарлады</translation>
    </message>
    <message>
        <source>Learning difficulties</source>
        <translation>Оқудағы қиындықтар</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Сабаққа дәлелсіз қатыспау</translation>
    </message>
    <message>
        <source>Antisocial behaviour</source>
        <translation>Қоғамға жат мінез-құлық</translation>
    </message>
    <message>
        <source>An offence</source>
        <translation>Құқық бұзушылық</translation>
    </message>
    <message>
        <source>Experience of violence</source>
        <translation>Зорлық-зомбылыққа ұшырау</translation>
    </message>
    <message>
        <source>Experience of bullying</source>
        <translation>Буллингке ұшырау</translation>
    </message>
    <message>
        <source>A difficult life situation</source>
        <translation>Қиын өмірлік жағдай</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Жазбаша хабарлама</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>Help plan</source>
        <translation>Көмек жоспары</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Psychological support centre (ЦПП)</source>
        <translation>Психологиялық қолдау орталығы (ПҚО)</translation>
    </message>
    <message>
        <source>Psychological-medical-pedagogical consultation (ПМПК)</source>
        <translation>Психологиялық-медициналық-педагогикалық консультация (ПМПК)</translation>
    </message>
    <message>
        <source>Juvenile police inspector</source>
        <translation>Кәмелетке толмағандардың істері жөніндегі инспектор</translation>
    </message>
    <message>
        <source>Commission on minors&apos; affairs and the protection of their rights (КДНиЗП)</source>
        <translation>Кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия</translation>
    </message>
    <message>
        <source>Health organisation</source>
        <translation>Денсаулық сақтау ұйымы</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Басқа ұйым</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>Жауап күтілуде</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Ауызша</translation>
    </message>
    <message>
        <source>«Personal safety» lesson</source>
        <translation>«Жеке қауіпсіздік» сабағы</translation>
    </message>
    <message>
        <source>ДосболLIKE session</source>
        <translation>ДосболLIKE сабағы</translation>
    </message>
    <message>
        <source>Training for teachers</source>
        <translation>Педагогтерге арналған тренинг</translation>
    </message>
    <message>
        <source>Meeting with parents</source>
        <translation>Ата-аналармен кездесу</translation>
    </message>
    <message>
        <source>Class hour</source>
        <translation>Сынып сағаты</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Басқа іс-шара</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ата-аналар</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагогтер</translation>
    </message>
    <message>
        <source>Mixed group</source>
        <translation>Аралас топ</translation>
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
        <translation>Келесі қадам</translation>
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
        <translation>Келесі қадамдар</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Журнал ашылуда…</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Тоқсандық есеп</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Counts as published on {date} at {time}; they are published again when the psychologist or a counsellor closes the journal after changes.</source>
        <translation>Сандар {date} күні сағат {time}-да жарияланған; психолог немесе әлеуметтік педагог өзгерістерден кейін журналды жапқанда, олар қайта жарияланады.</translation>
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
        <translation>Буллинг туралы жаңа бақылау; оқушы карточкасы ашық болса — сол оқушы үшін</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Жаңа қа&amp;дам…</translation>
    </message>
    <message>
        <source>A new follow-up action; for the pupil on the card, if one is open</source>
        <translation>Жаңа келесі қадам; оқушы карточкасы ашық болса — сол оқушы үшін</translation>
    </message>
    <message>
        <source>New &amp;concern…</source>
        <translation>Жаңа &amp;өтініш…</translation>
    </message>
    <message>
        <source>A concern from a parent, pupil, teacher or the 111 line, with its response clock; about the pupil on the card, if one is open</source>
        <translation>Ата-ананың, оқушының, мұғалімнің немесе 111 байланыс орталығының өтініші, жауап мерзімдерімен; карточкасы ашық тұрған оқушы туралы</translation>
    </message>
    <message>
        <source>A bullying case through the ДосболLIKE stages; for the pupil on the card, if one is open</source>
        <translation>ДосболLIKE кезеңдері бойынша буллинг жағдайы; карточкасы ашық тұрған оқушыға</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Жаңа жол&amp;дама…</translation>
    </message>
    <message>
        <source>A referral to a psychological support centre, the ПМПК or another organisation; for the pupil on the card, if one is open</source>
        <translation>Психологиялық қолдау орталығына, ПМПК-ға немесе басқа ұйымға жолдама; карточкасы ашық оқушыға</translation>
    </message>
    <message>
        <source>New pre&amp;ventive activity…</source>
        <translation>Жаңа &amp;профилактикалық іс-шара…</translation>
    </message>
    <message>
        <source>A lesson, ДосболLIKE session, training, meeting with parents or class hour for the preventive work log</source>
        <translation>Профилактикалық жұмыс журналына сабақ, ДосболLIKE сабағы, тренинг, ата-аналармен кездесу немесе сынып сағаты</translation>
    </message>
    <message>
        <source>Search the list on this page</source>
        <translation>Осы беттегі тізімнен іздеу</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Барлық деректерді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Every record you may see as CSV files and an Excel workbook</source>
        <translation>Сізге қолжетімді барлық жазба — CSV файлдарына және Excel кітабына</translation>
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
        <source>&amp;Dashboard</source>
        <translation>Ба&amp;сты бет</translation>
    </message>
    <message>
        <source>Co&amp;ncerns</source>
        <translation>&amp;Өтініштер</translation>
    </message>
    <message>
        <source>Bullying c&amp;ases</source>
        <translation>Бу&amp;ллинг жағдайлары</translation>
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
        <source>&amp;Referrals</source>
        <translation>Жол&amp;дамалар</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Келесі &amp;қадамдар</translation>
    </message>
    <message>
        <source>Pre&amp;ventive work</source>
        <translation>Про&amp;филактика</translation>
    </message>
    <message>
        <source>&amp;Term summary</source>
        <translation>Тоқсандық &amp;есеп</translation>
    </message>
    <message>
        <source>Prevention coun&amp;cil</source>
        <translation>Алдын алу &amp;кеңесі</translation>
    </message>
    <message>
        <source>&amp;School profile…</source>
        <translation>&amp;Мектеп деректері…</translation>
    </message>
    <message>
        <source>School &amp;year…</source>
        <translation>Оқу жы&amp;лы…</translation>
    </message>
    <message>
        <source>&amp;Early warning…</source>
        <translation>Ерте ес&amp;керту…</translation>
    </message>
    <message>
        <source>When pupils are raised on the dashboard, concern deadlines and crisis contacts</source>
        <translation>Оқушылар басты бетке қашан шығады, өтініштерге жауап мерзімдері және шұғыл байланыстар</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>Ме&amp;реке күндері…</translation>
    </message>
    <message>
        <source>The days off by law and your school&apos;s changes, which the working-day deadlines skip</source>
        <translation>Заң бойынша демалыс күндері және мектебіңіздің өзгерістері: жұмыс күнімен есептелетін мерзімдерге олар кірмейді</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Ұйымдар…</translation>
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
        <source>Publish the &amp;counts for the head teacher</source>
        <translation>Басшы үшін &amp;сандарды жариялау</translation>
    </message>
    <message>
        <source>The head teacher reads the term summaries and today&apos;s counts as published; they are published when the journal closes or locks after changes, or now</source>
        <translation>Басшы тоқсандық есептер мен бүгінгі сандарды жарияланған түрінде көреді; олар өзгерістерден кейін журнал жабылғанда не бұғатталғанда, немесе қазір жарияланады</translation>
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
        <source>School &amp;server…</source>
        <translation>Мектеп &amp;сервері…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Есептік жазбадан &amp;шығу</translation>
    </message>
    <message>
        <source>Close the journal so that someone else can sign in; unsaved forms are asked about</source>
        <translation>Басқа пайдаланушы кіре алуы үшін журналды жабу; сақталмаған формалар туралы сұралады</translation>
    </message>
    <message>
        <source>The counts are published for the head teacher.</source>
        <translation>Сандар басшы үшін жарияланды.</translation>
    </message>
    <message>
        <source>Council ({count} to review)</source>
        <translation>Кеңес ({count} қарау керек)</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Профилактика</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Алдын алу кеңесі</translation>
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
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <source>&amp;Import pupils…</source>
        <translation>Оқушыларды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Add and update pupils from an Excel workbook or a CSV list</source>
        <translation>Excel кітабынан немесе CSV тізімінен оқушыларды қосу және жаңарту</translation>
    </message>
    <message>
        <source>Pupils imported: {added} added, {updated} updated, {left} marked as having left.</source>
        <translation>Оқушылар импортталды: {added} қосылды, {updated} жаңартылды, {left} мектептен шыққан деп белгіленді.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>Follow-ups ({count} overdue)</source>
        <translation>Келесі қадамдар (мерзімі өткен: {count})</translation>
    </message>
    <message>
        <source>Pupils: {count}</source>
        <translation>Оқушылар: {count}</translation>
    </message>
    <message>
        <source>New &amp;bullying case…</source>
        <translation>Жаңа буллинг &amp;жағдайы…</translation>
    </message>
    <message>
        <source>Fi&amp;nd…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>The school years, their quarters and breaks, which the term summary counts by</source>
        <translation>Тоқсандық есеп соған қарай саналатын оқу жылдары, олардың тоқсандары мен каникулдары</translation>
    </message>
    <message>
        <source>Where pupils are referred: support centres, the ПМПК, the juvenile police, the КДНиЗП, health organisations</source>
        <translation>Оқушылар жолданатын ұйымдар: қолдау орталықтары, ПМПК, кәмелетке толмағандардың істері жөніндегі инспектор, кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия, денсаулық сақтау ұйымдары</translation>
    </message>
    <message>
        <source>Concerns ({count} overdue)</source>
        <translation>Өтініштер (мерзімі өткен: {count})</translation>
    </message>
    <message>
        <source>Cases ({count} to review)</source>
        <translation>Жағдайлар (қарау керек: {count})</translation>
    </message>
    <message>
        <source>Referrals ({count} waiting)</source>
        <translation>Жолдамалар ({count} жауап күтуде)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Буллинг жағдайлары</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <source>The choices below are guessed from the column headers; correct any that are wrong. A full name in one column is split into surname, given name and patronymic.</source>
        <translation>Төмендегі бағандар тақырыптары бойынша анықталды; қате болса, түзетіңіз. Бір бағандағы аты-жөні тегіне, атына және әкесінің атына бөлінеді.</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Парақ</translation>
    </message>
    <message>
        <source>&amp;Full name in one column</source>
        <translation>Аты-жөні бір &amp;бағанда</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>Ат&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>Туған к&amp;үні</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Жы&amp;нысы</translation>
    </message>
    <message>
        <source>&amp;Language of study</source>
        <translation>&amp;Оқыту тілі</translation>
    </message>
    <message>
        <source>Language of study &amp;when the file gives none</source>
        <translation>&amp;Файлда көрсетілмесе, оқыту тілі</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Файлдың алғашқы жолдары:</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— файлда жоқ —</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure of the plan: {name}</source>
        <translation>Жоспар шарасы: {name}</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Шара</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>A measure is a follow-up action: it is in Follow-ups, the pupil&apos;s chronology and the dashboard until it is done.</source>
        <translation>Шара — келесі қадам: ол орындалғанға дейін «Келесі қадамдар» бөлімінде, оқушының хронологиясында және басты бетте көрінеді.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New council meeting</source>
        <translation>Кеңестің жаңа отырысы</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Кеңес отырысы</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Төраға</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Қатысқандар</translation>
    </message>
    <message>
        <source>Add the council&apos;s members first: Prevention council → Members.</source>
        <translation>Алдымен кеңес мүшелерін қосыңыз: Алдын алу кеңесі → Кеңес мүшелері.</translation>
    </message>
    <message>
        <source>Pupil or item</source>
        <translation>Оқушы немесе мәселе</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Күн тәртібі</translation>
    </message>
    <message>
        <source>Add &amp;pupils…</source>
        <translation>&amp;Оқушыларды қосу…</translation>
    </message>
    <message>
        <source>Add another &amp;item</source>
        <translation>Басқа &amp;мәселе қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>De&amp;cide…</source>
        <translation>&amp;Шешім…</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>Қазақ тілінде…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>Орыс тілінде…</translation>
    </message>
    <message>
        <source>Your role may read the council&apos;s meetings but not change them.</source>
        <translation>Сіздің рөліңіз кеңес отырыстарын оқи алады, бірақ өзгерте алмайды.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Council meeting No. {number} ({year})</source>
        <translation>Кеңестің № {number} отырысы ({year})</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>шешілмеген</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Шешілмеген</translation>
    </message>
    <message>
        <source>Meetings, the latest first</source>
        <translation>Отырыстар, соңғысы жоғарыда</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>Қазақ тілінде…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>Орыс тілінде…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Council member</source>
        <translation>Кеңес мүшесі</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>e.g. deputy director for upbringing</source>
        <translation>мысалы, директордың тәрбие ісі жөніндегі орынбасары</translation>
    </message>
    <message>
        <source>On the &amp;council</source>
        <translation>&amp;Кеңес құрамында</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>On the council</source>
        <translation>Кеңес құрамында</translation>
    </message>
    <message>
        <source>Who sits on the school&apos;s prevention council. A member who left stays in the minutes they signed.</source>
        <translation>Мектептің құқық бұзушылықтың алдын алу жөніндегі кеңесінің құрамы. Шыққан мүше өзі қол қойған хаттамаларда қалады.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
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
        <source>An IIN is exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in this IIN.</source>
        <translation>Бақылау цифры сәйкес келмейді: ЖСН-де қате бар.</translation>
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
        <source>Give a whole number from {min} to {max}.</source>
        <translation>{min} мен {max} аралығындағы бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>The written answer cannot be due before the acknowledgement.</source>
        <translation>Жазбаша жауап мерзімі қабылдау мерзімінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>A class is a grade from 0 to 12 and a capital letter, e.g. 7Ә or 10Б.</source>
        <translation>Сынып — 0-ден 12-ге дейінгі сан және бас әріп, мысалы 7Ә немесе 10Б.</translation>
    </message>
    <message>
        <source>The IIN&apos;s digits give the birth date {birth_date}. Since 2013 an IIN may differ from the birth date: check it against the pupil&apos;s documents.</source>
        <translation>ЖСН цифрлары бойынша туған күні — {birth_date}. 2013 жылдан бері ЖСН туған күнге сәйкес келмеуі мүмкін: оны оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The IIN&apos;s 7th digit gives the other sex. Since 2013 an IIN may differ from the sex: check it against the pupil&apos;s documents.</source>
        <translation>ЖСН-нің 7-цифры бойынша жынысы басқа. 2013 жылдан бері ЖСН жынысқа сәйкес келмеуі мүмкін: оны оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>This is a business identification number (BIN: its 5th digit is 4, 5 or 6), not a person&apos;s IIN. Check it against the pupil&apos;s documents.</source>
        <translation>Бұл — бизнес-сәйкестендіру нөмірі (БСН: оның 5-цифры 4, 5 немесе 6), жеке тұлғаның ЖСН-і емес. Оны оқушының құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Choose what the school does on the day.</source>
        <translation>Осы күні мектептің жұмыс істейтінін не істемейтінін таңдаңыз.</translation>
    </message>
    <message>
        <source>The day falls in {year}, outside the year being edited.</source>
        <translation>Бұл күн {year} жылға жатады, өңделіп жатқан жылдан тыс.</translation>
    </message>
    <message>
        <source>{date} is listed twice.</source>
        <translation>{date} екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>{date} is already a day off: a weekend or a holiday by law.</source>
        <translation>{date} — онсыз да демалыс күні: сенбі, жексенбі немесе заң бойынша мереке күні.</translation>
    </message>
    <message>
        <source>{date} is already a working day.</source>
        <translation>{date} — онсыз да жұмыс күні.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name in Kazakh or in Russian.</source>
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
        <source>This is the last psychologist&apos;s account: someone must be able to manage the journal.</source>
        <translation>Бұл психологтың соңғы есептік жазбасы: журналды біреу басқара алуы керек.</translation>
    </message>
    <message>
        <source>This account has not signed in since Senim was updated: set a new password for it first, then allow it to sign in.</source>
        <translation>Бұл есептік жазбамен Senim жаңартылғаннан бері кірмеген: алдымен оған жаңа құпиясөз орнатыңыз, содан кейін кіруге рұқсат беріңіз.</translation>
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
        <source>Monitoring needs the date of the next review.</source>
        <translation>Мониторинг үшін келесі тексеру күні қажет.</translation>
    </message>
    <message>
        <source>The review cannot be before the date of this stage.</source>
        <translation>Тексеру осы кезеңнің күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The review cannot be before the case was opened.</source>
        <translation>Тексеру жағдай ашылғанға дейін бола алмайды.</translation>
    </message>
    <message>
        <source>A case is closed with its outcome: write how it ended.</source>
        <translation>Жағдай нәтижесімен жабылады: немен аяқталғанын жазыңыз.</translation>
    </message>
    <message>
        <source>Help-plan actions still open: {count}. Mark them done first, or close the case anyway.</source>
        <translation>Көмек жоспарының орындалмаған қадамдары: {count}. Алдымен оларды орындалды деп белгілеңіз немесе жағдайды соған қарамастан жабыңыз.</translation>
    </message>
    <message>
        <source>Read the warnings above; tick this box to close the case as it is.</source>
        <translation>Жоғарыдағы ескертулерді оқыңыз; жағдайды осы күйінде жабу үшін осы белгіні қойыңыз.</translation>
    </message>
    <message>
        <source>The case has been monitored for {days} days; the school&apos;s minimum is {min} days.</source>
        <translation>Жағдай {days} күн бақыланды; мектептің ең аз мерзімі — {min} күн.</translation>
    </message>
    <message>
        <source>The case cannot open after its next stage began on {date}.</source>
        <translation>Жағдай келесі кезең басталған күннен ({date}) кейін ашыла алмайды.</translation>
    </message>
    <message>
        <source>This record is not about any pupil of the case.</source>
        <translation>Бұл жазба осы жағдайдың бірде-бір оқушысына қатысты емес.</translation>
    </message>
    <message>
        <source>This record already belongs to the case “{title}”: unlink it there first.</source>
        <translation>Бұл жазба «{title}» жағдайына тиесілі: алдымен сол жерде байланысын үзіңіз.</translation>
    </message>
    <message>
        <source>This pupil is not part of the case: add them to its pupils first.</source>
        <translation>Бұл оқушы жағдайға қатыспайды: алдымен оны жағдайдың оқушыларына қосыңыз.</translation>
    </message>
    <message>
        <source>The case is already at this stage.</source>
        <translation>Жағдай қазір осы кезеңде.</translation>
    </message>
    <message>
        <source>Stages move forward one at a time (a case may be closed at any stage).</source>
        <translation>Кезеңдер бір-бірден өтеді (жағдайды кез келген кезеңде жабуға болады).</translation>
    </message>
    <message>
        <source>A case cannot move back to the complaint stage.</source>
        <translation>Жағдайды шағым кезеңіне қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>This date is before the previous stage ({date}).</source>
        <translation>Бұл күн алдыңғы кезеңнен ({date}) бұрын.</translation>
    </message>
    <message>
        <source>Going back a stage needs a note saying why.</source>
        <translation>Алдыңғы кезеңге қайту үшін себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <source>No pupil is named: say whom the concern is about (a class, a group), in at least {min} characters.</source>
        <translation>Бірде-бір оқушы көрсетілмеген: өтініш кім туралы екенін (сынып, топ) кемінде {min} таңбамен жазыңыз.</translation>
    </message>
    <message>
        <source>A response is dated {date}: the concern cannot have come later.</source>
        <translation>Жауаптың күні — {date}: өтініш одан кейін түсуі мүмкін емес.</translation>
    </message>
    <message>
        <source>A response cannot be dated before the concern came in ({date}).</source>
        <translation>Жауаптың күні өтініш түскен күннен ({date}) ерте болмауы керек.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name in Kazakh or in Russian.</source>
        <translation>Ұйымның атауын қазақша немесе орысша енгізіңіз.</translation>
    </message>
    <message>
        <source>This organisation has been deleted from the directory: choose another.</source>
        <translation>Бұл ұйым анықтамалықтан жойылған: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>This organisation is no longer in use: choose another, or make it active again in Settings → Organisations.</source>
        <translation>Бұл ұйым енді қолданылмайды: басқасын таңдаңыз немесе оны Баптаулар → Ұйымдар бөлімінде қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>A routine referral needs a parent&apos;s consent: who gave it, when and how. Without consent only an urgent referral may go, with the reason written.</source>
        <translation>Жоспарлы жолдама үшін ата-ананың келісімі қажет: кім, қашан және қалай берді. Келісімсіз тек шұғыл жолдама жіберуге болады, себебін жазып.</translation>
    </message>
    <message>
        <source>A referral to the ПМПК always needs a parent&apos;s written consent, even when urgent.</source>
        <translation>ПМПК-ға жолдама үшін ата-ананың жазбаша келісімі әрқашан қажет, шұғыл болса да.</translation>
    </message>
    <message>
        <source>The ПМПК needs a parent&apos;s written consent (a signed form): oral consent, in person or by phone, is not enough.</source>
        <translation>ПМПК тек ата-ананың жазбаша келісімін қабылдайды (қол қойылған бланк): ауызша келісім, жеке немесе телефон арқылы, жеткіліксіз.</translation>
    </message>
    <message>
        <source>Without a parent&apos;s consent, write why the referral cannot wait.</source>
        <translation>Ата-ананың келісімі болмаса, жолдаманың неге күте алмайтынын жазыңыз.</translation>
    </message>
    <message>
        <source>Write {n} where the number goes, and {year} for the school year if you want it, e.g. {n}/{year}.</source>
        <translation>Нөмір тұратын жерге {n}, қаласаңыз оқу жылы үшін {year} жазыңыз, мысалы {n}/{year}.</translation>
    </message>
    <message>
        <source>This referral was sent on {date} as No. {number} and can no longer be changed: add an amendment instead.</source>
        <translation>Бұл жолдама {date} № {number} болып жіберілген, оны енді өзгертуге болмайды: оның орнына өзгеріс қосыңыз.</translation>
    </message>
    <message>
        <source>A referral that was sent (No. {number}) stays in the journal; only a draft can be deleted.</source>
        <translation>Жіберілген жолдама (№ {number}) журналда қалады; тек жобаны жоюға болады.</translation>
    </message>
    <message>
        <source>The consent is dated {date}: the referral cannot have been sent before it.</source>
        <translation>Келісімнің күні {date}: жолдама одан бұрын жіберілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>A referral moves forward one step at a time: sent, acknowledged, feedback received, closed.</source>
        <translation>Жолдама кезеңдерден бір-бірлеп өтеді: жіберілді, алынғаны расталды, жауап алынды, жабылды.</translation>
    </message>
    <message>
        <source>This date is before the referral&apos;s previous step ({date}).</source>
        <translation>Бұл күн жолдаманың алдыңғы кезеңінен ({date}) ерте.</translation>
    </message>
    <message>
        <source>Write what the organisation answered.</source>
        <translation>Ұйымның не деп жауап бергенін жазыңыз.</translation>
    </message>
    <message>
        <source>A draft can still be changed: amendments are for referrals already sent.</source>
        <translation>Жобаны әлі өзгертуге болады: өзгерістер тек жіберілген жолдамаларға қосылады.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the referral was sent ({date}).</source>
        <translation>Өзгеріс жолдама жіберілген күннен ({date}) ерте болмайды.</translation>
    </message>
    <message>
        <source>A letter that was sent prints again only in the language it was sent in.</source>
        <translation>Жіберілген хат қайтадан тек жіберілген тілінде басып шығарылады.</translation>
    </message>
    <message>
        <source>Name the class (e.g. 7Ә) or the group the activity was for.</source>
        <translation>Іс-шара өткізілген сыныпты (мысалы, 7Ә) немесе топты көрсетіңіз.</translation>
    </message>
    <message>
        <source>This period has not begun yet ({date}): there is nothing to count.</source>
        <translation>Бұл кезең әлі басталған жоқ ({date}): санайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Counts are shown for {days} days or more: a shorter range could point at a single pupil.</source>
        <translation>Сандар кемінде {days} күндік кезеңге көрсетіледі: қысқарақ кезең нақты бір оқушыны көрсетіп қоюы мүмкін.</translation>
    </message>
    <message>
        <source>Write the school year as two years in a row, e.g. 2026-2027.</source>
        <translation>Оқу жылын қатар келген екі жыл түрінде жазыңыз, мысалы 2026-2027.</translation>
    </message>
    <message>
        <source>This school year is already in the calendar.</source>
        <translation>Бұл оқу жылы күнтізбеде бар.</translation>
    </message>
    <message>
        <source>The dates of this school year fall between {first} and {last}.</source>
        <translation>Бұл оқу жылының күндері {first} мен {last} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>These dates overlap the school year {name}.</source>
        <translation>Бұл күндер {name} оқу жылымен қиылысады.</translation>
    </message>
    <message>
        <source>A school year has exactly {n} quarters.</source>
        <translation>Оқу жылында дәл {n} тоқсан болады.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын болмауы керек.</translation>
    </message>
    <message>
        <source>Give a date within the school year: {first} to {last}.</source>
        <translation>Оқу жылы ішіндегі күнді көрсетіңіз: {first} – {last}.</translation>
    </message>
    <message>
        <source>Quarter {n} must begin after quarter {previous} ends ({date}).</source>
        <translation>{n}-тоқсан {previous}-тоқсан аяқталғаннан ({date}) кейін басталуы керек.</translation>
    </message>
    <message>
        <source>The break {start} – {end} ends before it begins.</source>
        <translation>{start} – {end} каникулы басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>The break {start} – {end} is outside the school year ({first} to {last}).</source>
        <translation>{start} – {end} каникулы оқу жылынан тыс ({first} – {last}).</translation>
    </message>
    <message>
        <source>This is not a Senim calendar file: its first line must be “{header}”.</source>
        <translation>Бұл Senim күнтізбесінің файлы емес: оның бірінші жолы «{header}» болуы керек.</translation>
    </message>
    <message>
        <source>This calendar file is version {version}; this Senim reads version {supported}. Update Senim or ask for the file in the older version.</source>
        <translation>Бұл күнтізбе файлының нұсқасы — {version}, ал Senim-нің бұл нұсқасы {supported} нұсқасын оқиды. Senim-ді жаңартыңыз немесе файлды ескі нұсқада сұраңыз.</translation>
    </message>
    <message>
        <source>Unknown line “{kind}”: a line begins with year, lessons, quarter, break, confirmed, day_off or working_day.</source>
        <translation>Белгісіз жол «{kind}»: жол year (оқу жылы), lessons (сабақтар), quarter (тоқсан), break (каникул), confirmed, day_off немесе working_day сөзінен басталады.</translation>
    </message>
    <message>
        <source>Wrong number of values for “{kind}”; write it like {example}</source>
        <translation>«{kind}» үшін мәндер саны дұрыс емес; былай жазыңыз: {example}</translation>
    </message>
    <message>
        <source>“{text}” is not a real date; write dates like 2026-09-01 or 01.09.2026.</source>
        <translation>«{text}» — нақты күн емес; күндерді былай жазыңыз: 2026-09-01 немесе 01.09.2026.</translation>
    </message>
    <message>
        <source>This “{kind}” line comes before any “year” line.</source>
        <translation>Бұл «{kind}» жолы барлық «year» жолдарынан бұрын тұр.</translation>
    </message>
    <message>
        <source>The file has no school year (no “year” line).</source>
        <translation>Файлда оқу жылы жоқ («year» жолы жоқ).</translation>
    </message>
    <message>
        <source>The school year {year} is in the file twice.</source>
        <translation>{year} оқу жылы файлда екі рет бар.</translation>
    </message>
    <message>
        <source>The school year {year} has two “lessons” lines.</source>
        <translation>{year} оқу жылында екі «lessons» жолы бар.</translation>
    </message>
    <message>
        <source>“{text}” is not a quarter: quarters are numbered 1 to {n}.</source>
        <translation>«{text}» — тоқсан емес: тоқсан нөмірі 1 мен {n} аралығында болады.</translation>
    </message>
    <message>
        <source>Quarter {n} of {year} is given twice.</source>
        <translation>{year} оқу жылының {n}-тоқсаны екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>“{text}” is not understood here; expected: {expected}.</source>
        <translation>«{text}» мұнда түсініксіз; күтілетіні: {expected}.</translation>
    </message>
    <message>
        <source>The day {date} is already corrected on line {other}.</source>
        <translation>{date} күні {other}-жолда бұрыннан түзетілген.</translation>
    </message>
    <message>
        <source>The day {date} is outside the school years of this file ({first} to {last}).</source>
        <translation>{date} күні бұл файлдағы оқу жылдарынан тыс ({first} – {last}).</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>{line}-жол: {message}</translation>
    </message>
    <message>
        <source>This conflict was settled meanwhile.</source>
        <translation>Бұл қайшылық осы аралықта шешілді.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value cannot be written back here; keep the server&apos;s and change the record if need be.</source>
        <translation>Осы ноутбуктағы мәнді мұнда қайтару мүмкін емес; сервердегіні қалдырып, қажет болса жазбаны өзгертіңіз.</translation>
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
        <source>The disk is full: the record was not saved. Free some space (empty the recycle bin, remove old downloads) and press Save again; your text stays in this form.</source>
        <translation>Диск толып қалды: жазба сақталмады. Орын босатыңыз (қоқыс жәшігін тазалаңыз, ескі жүктеулерді өшіріңіз) де, «Сақтау» батырмасын қайта басыңыз; мәтініңіз осы формада қалады.</translation>
    </message>
    <message>
        <source>Senim cannot write to the journal&apos;s folder: it is read-only, or the disk or USB stick is gone. The record was not saved; check the folder and press Save again. Your text stays in this form.</source>
        <translation>Senim журнал қалтасына жаза алмайды: ол тек оқуға арналған, не диск немесе флешка ажыратылған. Жазба сақталмады; қалтаны тексеріп, «Сақтау» батырмасын қайта басыңыз. Мәтініңіз осы формада қалады.</translation>
    </message>
    <message>
        <source>The journal is busy: another program (perhaps another Senim) is writing to it. The record was not saved; wait a moment and press Save again. Your text stays in this form.</source>
        <translation>Журнал бос емес: оған басқа бағдарлама (мүмкін, басқа Senim) жазып жатыр. Жазба сақталмады; сәл күтіп, «Сақтау» батырмасын қайта басыңыз. Мәтініңіз осы формада қалады.</translation>
    </message>
    <message>
        <source>The journal file is damaged, so the record was not saved. Your text stays in this form: copy it somewhere safe, then quit Senim and sign in again to restore the latest verified backup.</source>
        <translation>Журнал файлы зақымданған, сондықтан жазба сақталмады. Мәтініңіз осы формада тұр: оны сенімді жерге көшіріп алыңыз, содан кейін Senim-ді жауып, соңғы тексерілген көшірмені қалпына келтіру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The journal file senim.db is missing from {folder} although this folder has its keys (keys.json): nothing was created.</source>
        <translation>{folder} қалтасында журнал файлы senim.db жоқ, ал журналдың кілттері (keys.json) осы қалтада бар: ештеңе жасалған жоқ.</translation>
    </message>
    <message>
        <source>The journal file senim.db in {folder} is empty although this folder has its keys (keys.json): nothing was created over it.</source>
        <translation>{folder} қалтасындағы журнал файлы senim.db бос, ал журналдың кілттері (keys.json) осы қалтада бар: оның үстіне ештеңе жасалған жоқ.</translation>
    </message>
    <message>
        <source>The journal file in {folder} is damaged: it cannot be read with its key. Nothing was changed.</source>
        <translation>{folder} қалтасындағы журнал файлы зақымданған: оны өз кілтімен оқу мүмкін емес. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so Senim cannot work on the journal. The journal is not damaged and nothing was changed: free some space and try again.</source>
        <translation>{folder} орналасқан диск толып қалды, сондықтан Senim журналмен жұмыс істей алмайды. Журнал зақымданбаған, ештеңе өзгерген жоқ: орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Senim cannot write to {folder}: the folder is read-only, or the disk or USB stick is gone. The journal is not damaged and nothing was changed: check the folder and try again.</source>
        <translation>Senim {folder} қалтасына жаза алмайды: қалта тек оқуға арналған, не диск немесе флешка ажыратылған. Журнал зақымданбаған, ештеңе өзгерген жоқ: қалтаны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The journal in {folder} is locked by another program (another Senim, a backup or a sync tool). The journal is not damaged and nothing was changed: close that program and try again.</source>
        <translation>{folder} қалтасындағы журналды басқа бағдарлама бұғаттап тұр (басқа Senim, көшірме жасау не синхрондау бағдарламасы). Журнал зақымданбаған, ештеңе өзгерген жоқ: ол бағдарламаны жабып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Restore the latest verified backup, from {when}: senim restore &quot;{file}&quot;</source>
        <translation>{when} жасалған соңғы тексерілген көшірмені қалпына келтіріңіз: senim restore &quot;{file}&quot;</translation>
    </message>
    <message>
        <source>Sign in to restore the latest verified backup, from {when}.</source>
        <translation>{when} жасалған соңғы тексерілген көшірмені қалпына келтіру үшін кіріңіз.</translation>
    </message>
    <message>
        <source>There is no verified backup to restore: delete nothing, and put the file back from a copy (senim restore FILE restores a backup&apos;s senim-….db).</source>
        <translation>Қалпына келтіретін тексерілген көшірме жоқ: ештеңені өшірмеңіз, файлды көшірмеден қайтарыңыз (senim restore ФАЙЛ көшірменің senim-….db файлын қалпына келтіреді).</translation>
    </message>
    <message>
        <source>Mark who was present: minutes with no one present cannot be kept.</source>
        <translation>Қатысқандарды белгілеңіз: ешкім қатыспаған хаттама жүргізілмейді.</translation>
    </message>
    <message>
        <source>A member is marked present twice.</source>
        <translation>Кеңес мүшесі екі рет белгіленген.</translation>
    </message>
    <message>
        <source>The chair and the secretary must be among those present.</source>
        <translation>Төраға мен хатшы қатысқандардың арасында болуы керек.</translation>
    </message>
    <message>
        <source>The chair and the secretary must be two different members.</source>
        <translation>Төраға мен хатшы — кеңестің екі түрлі мүшесі болуы керек.</translation>
    </message>
    <message>
        <source>At most {max} items on one meeting&apos;s agenda.</source>
        <translation>Бір отырыстың күн тәртібінде {max} мәселеден аспауы керек.</translation>
    </message>
    <message>
        <source>An item that is not about a pupil needs a title.</source>
        <translation>Оқушы туралы емес мәселенің атауы болуы керек.</translation>
    </message>
    <message>
        <source>This decision is about a pupil; for another item choose «No measure» and write what was decided.</source>
        <translation>Бұл шешім оқушы туралы; басқа мәселе үшін «Шарасыз» таңдап, не қаулы етілгенін жазыңыз.</translation>
    </message>
    <message>
        <source>A member chosen here is no longer on the council&apos;s list.</source>
        <translation>Таңдалған мүше кеңес тізімінде енді жоқ.</translation>
    </message>
    <message>
        <source>An item the council has decided stays on the agenda, with its pupil.</source>
        <translation>Кеңес шешкен мәселе оқушысымен бірге күн тәртібінде қалады.</translation>
    </message>
    <message>
        <source>An accompaniment began or ended by this meeting&apos;s decision on {date}: the date can no longer change.</source>
        <translation>Осы отырыстың {date} шешімімен сүйемелдеу басталды немесе аяқталды: күнін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>This meeting has decisions: it cannot be moved to a day still to come.</source>
        <translation>Отырыста шешімдер бар: оны болашақ күнге ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>The council has decided items at this meeting: it cannot be deleted.</source>
        <translation>Бұл отырыста кеңес шешім қабылдады: оны жоюға болмайды.</translation>
    </message>
    <message>
        <source>This item is already decided; the next meeting may decide anew.</source>
        <translation>Бұл мәселе бойынша шешім қабылданған; келесі отырыс қайта шеше алады.</translation>
    </message>
    <message>
        <source>The meeting is on {date}: decisions are recorded once it has been held.</source>
        <translation>Отырыс {date} болады: шешімдер ол өткен соң жазылады.</translation>
    </message>
    <message>
        <source>The meeting of {date} has been held; choose a meeting still to come.</source>
        <translation>{date} отырысы өтіп кетті; алдағы отырысты таңдаңыз.</translation>
    </message>
    <message>
        <source>This pupil is already on that meeting&apos;s agenda.</source>
        <translation>Бұл оқушы сол отырыстың күн тәртібінде бар.</translation>
    </message>
    <message>
        <source>The pupil has been accompanied since {date}. Choose «Change the plan» to change the measures instead.</source>
        <translation>Оқушы {date} бастап сүйемелдеуде. Шараларды өзгерту үшін «Жоспарды өзгерту» таңдаңыз.</translation>
    </message>
    <message>
        <source>The pupil is not accompanied now: the council may start accompaniment.</source>
        <translation>Оқушы қазір сүйемелдеуде емес: кеңес сүйемелдеу тағайындай алады.</translation>
    </message>
    <message>
        <source>Choose at least one ground.</source>
        <translation>Кемінде бір негізді таңдаңыз.</translation>
    </message>
    <message>
        <source>A ground is chosen twice.</source>
        <translation>Негіз екі рет таңдалған.</translation>
    </message>
    <message>
        <source>A ground chosen here is not on the list, or was switched off.</source>
        <translation>Таңдалған негіз тізімде жоқ немесе өшірілген.</translation>
    </message>
    <message>
        <source>A code is up to 30 Latin letters, digits or _ (e.g. family_move).</source>
        <translation>Код — 30-ға дейін латын әрпі, цифр немесе _ (мысалы, family_move).</translation>
    </message>
    <message>
        <source>A ground&apos;s code stays as it was: records keep it.</source>
        <translation>Негіз коды өзгермейді: жазбалар оны сақтайды.</translation>
    </message>
    <message>
        <source>Another ground has this code.</source>
        <translation>Бұл код басқа негізде бар.</translation>
    </message>
    <message>
        <source>This cannot be before the accompaniment began, on {date}.</source>
        <translation>Бұл сүйемелдеу басталған {date} күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>A review cannot be before the accompaniment began, on {date}.</source>
        <translation>Қарау сүйемелдеу басталған {date} күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>A review cannot be after the accompaniment ended, on {date}.</source>
        <translation>Қарау сүйемелдеу аяқталған {date} күнінен кейін бола алмайды.</translation>
    </message>
    <message>
        <source>The accompaniment began on {date}: it cannot end before.</source>
        <translation>Сүйемелдеу {date} басталды: одан бұрын аяқтауға болмайды.</translation>
    </message>
    <message>
        <source>The accompaniment was reviewed on {date}: it cannot end before.</source>
        <translation>Сүйемелдеу {date} қаралды: одан бұрын аяқтауға болмайды.</translation>
    </message>
    <message>
        <source>The accompaniment ended on {date}: its plan no longer changes.</source>
        <translation>Сүйемелдеу {date} аяқталды: оның жоспары енді өзгермейді.</translation>
    </message>
    <message>
        <source>A measure of the plan is for the accompanied pupil.</source>
        <translation>Жоспар шарасы — сүйемелдеудегі оқушыға арналған.</translation>
    </message>
    <message>
        <source>Only the psychologist writes confidential notes.</source>
        <translation>Құпия жазбаларды тек психолог жазады.</translation>
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
    <message>
        <source>Creating…</source>
        <translation>Құрылуда…</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Senim now keeps confidential notes under a key only psychologists hold. The recovery key printed before cannot open them: this new key replaces it. It is shown only now and is not stored anywhere: print it or write it down, keep it locked away from the computer, and destroy the old one.</source>
        <translation>Енді Senim құпия жазбаларды тек психологтарда бар кілтпен сақтайды. Бұрын басып шығарылған қалпына келтіру кілті оларды аша алмайды: оның орнына осы жаңа кілт. Ол тек қазір көрсетіледі және ешқайда сақталмайды: оны басып шығарыңыз немесе жазып алыңыз, компьютерден бөлек құлыптаулы жерде сақтаңыз, ал ескісін жойыңыз.</translation>
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
        <source>Reported &amp;by</source>
        <translation>&amp;Хабарлаған</translation>
    </message>
    <message>
        <source>Reporter&apos;s na&amp;me</source>
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
        <source>New bullying cas&amp;e…</source>
        <translation>Жаңа &amp;буллинг жағдайы…</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Буллинг жағдайы</translation>
    </message>
    <message>
        <source>Observation of {when}</source>
        <translation>Бақылау, {when}</translation>
    </message>
    <message>
        <source>“{title}”, stage: {stage}</source>
        <translation>«{title}», кезеңі: {stage}</translation>
    </message>
    <message>
        <source>&amp;Open the case…</source>
        <translation>Жағ&amp;дайды ашу…</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Ешбір жағдайға кірмейді</translation>
    </message>
    <message>
        <source>Start a bullying case from this incident: its pupils in their roles, linked to the case</source>
        <translation>Осы оқиға бойынша буллинг жағдайын бастау: қатысушылары өз рөлдерімен, оқиға жағдайға байланыстырылады</translation>
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
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Referral letters are addressed with these details, each in the letter&apos;s language: give them in Kazakh and in Russian. A letter that has to borrow a detail from the other language says so before it is printed.</source>
        <translation>Жолдамалар осы деректермен, әрқайсысы өз тілінде жіберіледі: оларды қазақша да, орысша да жазыңыз. Хатқа басқа тілдегі дерек алуға тура келсе, бұл басып шығарар алдында айтылады.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
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
        <source>Address in Ka&amp;zakh</source>
        <translation>Қазақша &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Address in Russian</source>
        <translation>Орысша м&amp;екенжайы</translation>
    </message>
    <message>
        <source>H&amp;ead in Kazakh</source>
        <translation>Қазақша &amp;басшысы</translation>
    </message>
    <message>
        <source>&amp;Head in Russian</source>
        <translation>Орысша ба&amp;сшысы</translation>
    </message>
    <message>
        <source>Whom letters are addressed to: surname and initials</source>
        <translation>Хат кімге жіберіледі: тегі мен аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <source>Addressee &amp;line in Kazakh</source>
        <translation>Қазақша &amp;хат алушы жолы</translation>
    </message>
    <message>
        <source>Addressee line in R&amp;ussian</source>
        <translation>Орысша хат а&amp;лушы жолы</translation>
    </message>
    <message>
        <source>Leave it empty to print the line proposed in grey; type to correct it.</source>
        <translation>Сұр түспен ұсынылған жол басылуы үшін бос қалдырыңыз; түзету үшін өзіңіз жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фоны</translation>
    </message>
    <message>
        <source>+7 727 123 45 67</source>
        <translation>+7 727 123 45 67</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Ұйым: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Where pupils are referred: psychological support centres, the ПМПК, the juvenile police inspector, the КДНиЗП, health organisations. Add the ones your school works with; nothing is filled in for you.</source>
        <translation>Оқушылар жолданатын ұйымдар: психологиялық қолдау орталықтары, ПМПК, кәмелетке толмағандардың істері жөніндегі инспектор, кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия, денсаулық сақтау ұйымдары. Мектебіңіз жұмыс істейтіндерін қосыңыз; алдын ала ештеңе толтырылмаған.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Show &amp;inactive ones</source>
        <translation>Қолданылмайтындарды &amp;көрсету</translation>
    </message>
    <message>
        <source>No organisations yet: add the first with Add….</source>
        <translation>Әзірге ұйым жоқ: біріншісін «Қосу…» батырмасымен қосыңыз.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Қолданыстан &amp;шығару</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <source>{used}; inactive</source>
        <translation>{used}; қолданылмайды</translation>
    </message>
    <message>
        <source>Make ac&amp;tive</source>
        <translation>Қайта &amp;іске қосу</translation>
    </message>
    <message>
        <source>“{name}” is no longer offered for new referrals; the referrals that went there keep it.</source>
        <translation>«{name}» жаңа жолдамалар үшін енді ұсынылмайды; оған жіберілген жолдамаларда сақталады.</translation>
    </message>
    <message>
        <source>“{name}” is offered for new referrals again.</source>
        <translation>«{name}» жаңа жолдамалар үшін қайта ұсынылады.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Ұйымды жою</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory?</source>
        <translation>«{name}» анықтамалықтан жойылсын ба?</translation>
    </message>
    <message>
        <source>Referrals went there, so it will be kept for them and only deactivated.</source>
        <translation>Оған жолдамалар жіберілген, сондықтан ұйым солар үшін сақталып, тек қолданыстан шығарылады.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>«{name}» жойылды.</translation>
    </message>
    <message>
        <source>Referrals went to “{name}”: it was kept for them and deactivated.</source>
        <translation>«{name}» ұйымына жолдамалар жіберілген: ол солар үшін сақталып, қолданыстан шығарылды.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Cannot be read</source>
        <translation>Оқылмайды</translation>
    </message>
    <message>
        <source>This row could not be read; the details were written to the log.</source>
        <translation>Бұл жолды оқу мүмкін болмады; толығырақ бағдарлама журналына жазылды.</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
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
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Ені бойынша</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Файлға сақтау…</translation>
    </message>
    <message>
        <source>This document cannot be shown, but it can still be saved.</source>
        <translation>Бұл құжатты көрсету мүмкін емес, бірақ оны сақтауға болады.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Бет: {page} / {count}</translation>
    </message>
    <message>
        <source>The document could not be printed. Check that the printer is switched on and connected, then try again.</source>
        <translation>Құжатты басып шығару мүмкін болмады. Принтердің қосулы және жалғанғанын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF файлын сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder, or check that the disk is not full or read-only.</source>
        <translation>PDF файлын бұл жерге сақтау мүмкін болмады. Басқа қалтаны таңдаңыз немесе дискінің толмағанын және оған жазуға болатынын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>PreventionDialog</name>
    <message>
        <source>New preventive activity</source>
        <translation>Жаңа профилактикалық іс-шара</translation>
    </message>
    <message>
        <source>Preventive activity</source>
        <translation>Профилактикалық іс-шара</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Бағдарлама</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тақырып</translation>
    </message>
    <message>
        <source>What the activity was about</source>
        <translation>Іс-шара не туралы болды</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Аудитория</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Сынып</translation>
    </message>
    <message>
        <source>e.g. 7Ә</source>
        <translation>мысалы, 7Ә</translation>
    </message>
    <message>
        <source>&amp;Or group</source>
        <translation>&amp;Немесе топ</translation>
    </message>
    <message>
        <source>Several classes or a group, e.g. 7th grades</source>
        <translation>Бірнеше сынып немесе топ, мысалы 7-сыныптар</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Қатысушылар саны</translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation>&amp;Өткізген</translation>
    </message>
    <message>
        <source>Who led it</source>
        <translation>Кім өткізді</translation>
    </message>
    <message>
        <source>Your role may read the preventive work log but not change it.</source>
        <translation>Сіздің рөліңіз профилактикалық жұмыс журналын оқуға рұқсат береді, бірақ өзгертуге рұқсат бермейді.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Сынып немесе топ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Өткізген</translation>
    </message>
    <message>
        <source>Find by topic, class or group</source>
        <translation>Тақырып, сынып немесе топ бойынша іздеу</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Жаңа профилактикалық іс-шара…</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Осы оқу жылы</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Өткен оқу жылы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Which school year to show</source>
        <translation>Қай оқу жылын көрсету керек</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Барлық бағдарламалар</translation>
    </message>
    <message>
        <source>Which programme to show</source>
        <translation>Қай бағдарламаны көрсету керек</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Профилактикалық іс-шараны жою</translation>
    </message>
    <message>
        <source>Delete “{topic}” of {date} from the log?</source>
        <translation>{date} күнгі «{topic}» журналдан жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
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
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>{action}, with a warning</source>
        <translation>{action}, ескертумен</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Update: class {old} → {new}</source>
        <translation>Жаңарту: сынып {old} → {new}</translation>
    </message>
    <message>
        <source>Update: back at school</source>
        <translation>Жаңарту: мектепке қайта оралды</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Импорттау алдында тексеріңіз</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems or warnings</source>
        <translation>Тек &amp;мәселесі немесе ескертуі бар жолдар</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <source>To add: {add} · To update: {update} · No change: {unchanged} · Rejected: {reject}</source>
        <translation>Қосылады: {add} · Жаңартылады: {update} · Өзгеріссіз: {unchanged} · Қабылданбады: {reject}</translation>
    </message>
    <message>
        <source>{n} rows have a warning about the IIN and are imported as they are: since 2013 an IIN may differ from the birth date and sex. Check them against the pupils&apos; documents.</source>
        <translation>ЖСН туралы ескертуі бар жолдар ({n}) сол күйінде импортталады: 2013 жылдан бері ЖСН туған күн мен жынысқа сәйкес келмеуі мүмкін. Оларды оқушылардың құжаттарымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Leave out the {n} rejected rows and import the others</source>
        <translation>Қабылданбаған жолдарды ({n}) өткізіп, қалғанын импорттау</translation>
    </message>
    <message>
        <source>Mark the {n} pupils studying now who are not in this list as having left</source>
        <translation>Осы тізімде жоқ оқушыларды ({n}) мектептен шыққан деп белгілеу</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Row {line}: {problems}</source>
        <translation>{line}-жол: {problems}</translation>
    </message>
    <message>
        <source>Rejected rows are shown in red with their problems. Correct them in the file and choose it again, or leave them out.</source>
        <translation>Қабылданбаған жолдар мәселелерімен бірге қызыл түспен көрсетілген. Оларды файлда түзетіп, файлды қайта таңдаңыз немесе бұл жолдарды өткізіп жіберіңіз.</translation>
    </message>
    <message>
        <source>Nothing to import: the journal already matches this list.</source>
        <translation>Импорттайтын ештеңе жоқ: журнал бұл тізіммен сәйкес келеді.</translation>
    </message>
    <message>
        <source>Import adds {add} pupils, updates {update} and marks {left} as having left. It can be cancelled until it ends; then nothing is changed.</source>
        <translation>Импорттау {add} оқушыны қосады, {update} оқушыны жаңартады және {left} оқушыны мектептен шыққан деп белгілейді. Аяқталғанша одан бас тартуға болады; онда ештеңе өзгермейді.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Referral letter (draft)</source>
        <translation>Жолдама (жоба)</translation>
    </message>
    <message>
        <source>Referral letter No. {number}</source>
        <translation>№ {number} жолдама</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>қысқаша сипаттама</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>қабылданған шаралар</translation>
    </message>
    <message>
        <source>an amendment</source>
        <translation>өзгеріс</translation>
    </message>
    <message>
        <source>the school&apos;s address</source>
        <translation>мектептің мекенжайы</translation>
    </message>
    <message>
        <source>the director&apos;s name</source>
        <translation>директордың аты-жөні</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>ұйымның атауы</translation>
    </message>
    <message>
        <source>the head&apos;s name</source>
        <translation>басшының аты-жөні</translation>
    </message>
    <message>
        <source>the organisation&apos;s address</source>
        <translation>ұйымның мекенжайы</translation>
    </message>
    <message>
        <source>The letter is in Kazakh, but these seem to be written in Russian: {parts}.</source>
        <translation>Хат қазақ тілінде, бірақ мыналар орысша жазылған сияқты: {parts}.</translation>
    </message>
    <message>
        <source>The letter is in Russian, but these seem to be written in Kazakh: {parts}.</source>
        <translation>Хат орыс тілінде, бірақ мыналар қазақша жазылған сияқты: {parts}.</translation>
    </message>
    <message>
        <source>The school profile or the directory has these only in Russian, and they will be printed so: {parts}.</source>
        <translation>Мектеп профилінде не анықтамалықта мыналар тек орысша бар және солай басылады: {parts}.</translation>
    </message>
    <message>
        <source>The school profile or the directory has these only in Kazakh, and they will be printed so: {parts}.</source>
        <translation>Мектеп профилінде не анықтамалықта мыналар тек қазақша бар және солай басылады: {parts}.</translation>
    </message>
    <message>
        <source>A letter is read in one language: correct the texts or the details first, or print it as it is.</source>
        <translation>Хат бір тілде оқылады: алдымен мәтіндерді не деректерді түзетіңіз немесе сол күйінде басып шығарыңыз.</translation>
    </message>
    <message>
        <source>One letter, one language</source>
        <translation>Бір хат — бір тіл</translation>
    </message>
    <message>
        <source>Print &amp;anyway</source>
        <translation>Бәрібір &amp;басып шығару</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Келісім парағы: {name}</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Келісім парағы</translation>
    </message>
    <message>
        <source>Printing is not available in this installation of Senim.</source>
        <translation>Senim-нің бұл орнатылымында басып шығару қолжетімсіз.</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was printed or saved; the details were written to the log.</source>
        <translation>Құжат жасалмады. Ештеңе басылмады және сақталмады; толығырақ журналға жазылды.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>Find by name or class</source>
        <translation>Аты немесе сыныбы бойынша іздеу</translation>
    </message>
    <message>
        <source>&amp;Put on the agenda</source>
        <translation>&amp;Күн тәртібіне енгізу</translation>
    </message>
    <message>
        <source>&amp;Not for the council…</source>
        <translation>Кеңеске &amp;емес…</translation>
    </message>
    <message>
        <source>Pupils with warnings of two or more kinds, or targeted repeatedly, who are not accompanied: the council may take them up.</source>
        <translation>Екі не одан көп түрлі ескертуі бар немесе бірнеше рет зардап шеккен, сүйемелдеуде емес оқушылар: кеңес оларды қарай алады.</translation>
    </message>
    <message>
        <source>Next meeting: No. {number} on {date}</source>
        <translation>Келесі отырыс: № {number}, {date}</translation>
    </message>
    <message>
        <source>No meeting is planned yet: add one on the Meetings tab.</source>
        <translation>Отырыс әлі жоспарланбаған: оны «Отырыстар» қойындысында қосыңыз.</translation>
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
        <translation>Жаңа қа&amp;дам…</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Жаңа жол&amp;дама…</translation>
    </message>
    <message>
        <source>Consent for&amp;m…</source>
        <translation>Келісім &amp;парағы…</translation>
    </message>
    <message>
        <source>The parental consent form for psychological work, filled in for this pupil, to print and sign</source>
        <translation>Психологиялық жұмысқа ата-ана келісімінің осы оқушыға толтырылған парағы: басып шығарып, қол қойдыру үшін</translation>
    </message>
    <message>
        <source>Pupil f&amp;ile…</source>
        <translation>Оқушы &amp;ісі…</translation>
    </message>
    <message>
        <source>The card and the chronology of a period as a PDF, for a meeting about the pupil or a hand-over</source>
        <translation>Кезеңдегі карточка мен хронология PDF түрінде — оқушы бойынша консилиумға немесе басқа мектепке беру үшін</translation>
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
        <source>Diagnostics, counselling and trainings with the pupil need a parent&apos;s written consent; without it, only an urgent crisis response.</source>
        <translation>Оқушымен диагностика, кеңес және тренинг өткізу үшін ата-ананың жазбаша келісімі қажет; онсыз тек шұғыл дағдарыстық әрекетке рұқсат етіледі.</translation>
    </message>
    <message>
        <source>For a referral: {how}, on {date} by {who}</source>
        <translation>Жолдамаға келісім: {how}, {date}, {who}</translation>
    </message>
    <message>
        <source>The consent recorded in a referral is for that referral only; ask the parent for consent to psychological work separately.</source>
        <translation>Жолдамада жазылған келісім тек сол жолдамаға қатысты; психологиялық жұмысқа келісімді ата-анадан бөлек сұраңыз.</translation>
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
        <source>The IIN is correct as &amp;written</source>
        <translation>ЖСН &amp;дұрыс жазылған</translation>
    </message>
    <message>
        <source>Keep this IIN although it does not match the birth date or sex: since 2013 an IIN may differ from them. Your acceptance is recorded with the pupil.</source>
        <translation>ЖСН туған күнге немесе жынысқа сәйкес келмесе де, оны сақтау: 2013 жылдан бері ЖСН олардан өзгеше болуы мүмкін. Сіздің растауыңыз оқушы карточкасында сақталады.</translation>
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
        <source>&amp;Home address</source>
        <translation>&amp;Үй мекенжайы</translation>
    </message>
    <message>
        <source>For referral letters; optional</source>
        <translation>Жолдамалар үшін; міндетті емес</translation>
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
        <source>Print consent for&amp;m…</source>
        <translation>Келісім парағын ба&amp;сып шығару…</translation>
    </message>
    <message>
        <source>The parental consent form for psychological work, filled in with this pupil&apos;s details as they are in the form, to print and sign</source>
        <translation>Психологиялық жұмысқа ата-ана келісімінің парағы, оқушының формадағы деректерімен: басып шығарып, қол қойдыру үшін</translation>
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
        <source>The digits of this IIN do not give a birth date or sex: since 2013 they need not encode them.</source>
        <translation>Бұл ЖСН цифрларынан туған күн мен жынысты анықтау мүмкін емес: 2013 жылдан бері бұл міндетті емес.</translation>
    </message>
    <message>
        <source>This IIN is for: born {date}, {sex}.</source>
        <translation>ЖСН бойынша: туған күні {date}; жынысы: {sex}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Ескерту: {text}</translation>
    </message>
    <message>
        <source>Guardian {n}: {message}</source>
        <translation>Заңды өкіл {n}: {message}</translation>
    </message>
</context>
<context>
    <name>PupilFileDialog</name>
    <message>
        <source>Pupil file: {name}</source>
        <translation>Оқушы ісі: {name}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>The pupil&apos;s card and the chronology of the period, for a meeting about the pupil or a hand-over. Confidential session notes are never in it; other pupils&apos; names in the records are replaced.</source>
        <translation>Оқушының карточкасы мен кезеңдегі хронологиясы — консилиумға немесе істі беру үшін. Кеңестердің құпия жазбалары оған кірмейді; жазбалардағы басқа оқушылардың есімдері ауыстырылған.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Соңғы күн бірінші күннен бұрын болмауы керек.</translation>
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
        <source>Show pupils who &amp;left</source>
        <translation>Мектептен &amp;шыққандарды көрсету</translation>
    </message>
    <message>
        <source>New pupil…</source>
        <translation>Жаңа оқушы…</translation>
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
        <source>Find by a pupil&apos;s name</source>
        <translation>Оқушының аты бойынша іздеу</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Табылды: {count}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Link records to the case</source>
        <translation>Жазбаларды жағдайға байланыстыру</translation>
    </message>
    <message>
        <source>Incidents, sessions and concerns about the case&apos;s pupils that are in no case yet. Select one or more (Ctrl+click).</source>
        <translation>Жағдай оқушылары туралы әлі ешбір жағдайға кірмеген оқиғалар, кеңестер мен өтініштер. Біреуін немесе бірнешеуін таңдаңыз (Ctrl+шерту).</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Байланыстыру</translation>
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
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Қалпына келтіру кілтін &amp;жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Есептік жазба</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Басып шығарылған күні</translation>
    </message>
    <message>
        <source>If the password of this account is forgotten, this key opens the journal and sets a new password: on the sign-in screen, “Forgot the password?”.</source>
        <translation>Осы тіркелгінің құпиясөзі ұмытылса, бұл кілт журналды ашып, жаңа құпиясөз орнатады: кіру терезесінде «Құпиясөзді ұмыттыңыз ба?» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Only the account&apos;s holder may use it, or, when the psychologist has left the school, the person the director names in writing.</source>
        <translation>Оны тек тіркелгі иесі, ал психолог мектептен кеткен болса, директор жазбаша тағайындаған адам ғана пайдалана алады.</translation>
    </message>
    <message>
        <source>Anyone holding this sheet can read the whole journal, confidential notes included. Keep it locked away from the computer (a safe, or a sealed envelope with the director); never photograph it or send it by message or e-mail.</source>
        <translation>Бұл парақ кімнің қолында болса, сол бүкіл журналды, құпия жазбаларды қоса, оқи алады. Оны компьютерден бөлек, құлыптаулы жерде сақтаңыз (сейфте немесе директордағы мөрленген конвертте); ешқашан суретке түсірмеңіз, хабарламамен немесе электрондық поштамен жібермеңіз.</translation>
    </message>
    <message>
        <source>When a new recovery key is printed, destroy this sheet.</source>
        <translation>Жаңа қалпына келтіру кілті басып шығарылғанда, бұл парақты жойыңыз.</translation>
    </message>
    <message>
        <source>Senim recovery key</source>
        <translation>Senim қалпына келтіру кілті</translation>
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
</context>
<context>
    <name>ReferralCommand</name>
    <message>
        <source>written</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ЖАУАП КҮТУДЕ</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Жолдамалар жоқ.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Жаңа жолдама</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>Жі&amp;беру…</translation>
    </message>
    <message>
        <source>Give the referral its outgoing number and freeze it: the letter is kept as sent</source>
        <translation>Жолдамаға шығыс нөмірін беріп, оны бекіту: хат жіберілген күйінде сақталады</translation>
    </message>
    <message>
        <source>Pre&amp;view letter…</source>
        <translation>&amp;Хатты алдын ала қарау…</translation>
    </message>
    <message>
        <source>Amended cop&amp;y…</source>
        <translation>&amp;Өзгерістері бар көшірме…</translation>
    </message>
    <message>
        <source>The letter as sent, with the amendments made since listed at its end</source>
        <translation>Жіберілген күйіндегі хат, соңында кейінгі өзгерістер тізімімен</translation>
    </message>
    <message>
        <source>&amp;Choose pupil…</source>
        <translation>&amp;Оқушыны таңдау…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>Жаңа ұйы&amp;м…</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Хатт&amp;ың тілі</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Шұғылдығы</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <source>Why the pupil is referred, in a sentence or two</source>
        <translation>Оқушы неге жіберіледі — бір-екі сөйлеммен</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the case</source>
        <translation>Жағдайдың &amp;қысқаша сипаттамасы</translation>
    </message>
    <message>
        <source>What happened and when; draft it from the pupil&apos;s records, then edit it</source>
        <translation>Не болды және қашан; оқушының жазбаларынан құрастырып, кейін түзетіңіз</translation>
    </message>
    <message>
        <source>&amp;Draft from records…</source>
        <translation>Жа&amp;збалардан құрастыру…</translation>
    </message>
    <message>
        <source>Choose incidents and sessions: their dates, forms, roles, reasons and outcomes are written here (never session notes)</source>
        <translation>Оқиғалар мен кеңестерді таңдаңыз: олардың күндері, түрлері, рөлдері, себептері мен нәтижелері осында жазылады (кеңес жазбалары — ешқашан)</translation>
    </message>
    <message>
        <source>M&amp;easures already taken</source>
        <translation>Қабы&amp;лданған шаралар</translation>
    </message>
    <message>
        <source>What the school has already done</source>
        <translation>Мектеп не істеп үлгерді</translation>
    </message>
    <message>
        <source>Consent &amp;given by</source>
        <translation>Келісім бер&amp;ген</translation>
    </message>
    <message>
        <source>The parent or legal representative</source>
        <translation>Ата-ана немесе заңды өкіл</translation>
    </message>
    <message>
        <source>Consent da&amp;te</source>
        <translation>Келісім &amp;күні</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>енгізілмеген</translation>
    </message>
    <message>
        <source>Consent &amp;how</source>
        <translation>Келісім т&amp;үрі</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>{date}, No. {number}</source>
        <translation>{date}, шығ. № {number}</translation>
    </message>
    <message>
        <source>Not required for this recipient: a report to the juvenile police inspector or to the commission on minors&apos; affairs (КДНиЗП) goes without the parents&apos; consent, since a parent may be the one who harms the child. Consent given anyway may still be recorded.</source>
        <translation>Бұл адресат үшін талап етілмейді: кәмелетке толмағандардың істері жөніндегі инспекторға немесе кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссияға хабарлама ата-ананың келісімінсіз жіберіледі, себебі балаға зиян келтіретін ата-ананың өзі болуы мүмкін. Келісім бәрібір берілсе, оны жазып қоюға болады.</translation>
    </message>
    <message>
        <source>The ПМПК needs a parent&apos;s written consent (a signed form), even when urgent: oral consent is not enough.</source>
        <translation>ПМПК үшін ата-ананың жазбаша келісімі қажет (қол қойылған бланк), шұғыл болса да: ауызша келісім жеткіліксіз.</translation>
    </message>
    <message>
        <source>A referral needs a parent&apos;s consent: who gave it, when and how. Without it only an urgent referral may go, with the reason written.</source>
        <translation>Жолдама үшін ата-ананың келісімі қажет: кім, қашан және қалай берді. Онсыз тек шұғыл жолдама жіберуге болады, себебін жазып.</translation>
    </message>
    <message>
        <source>Other pupils&apos; names in the records were replaced by “another pupil”: {names}. Read the summary before saving.</source>
        <translation>Жазбалардағы басқа оқушылардың есімдері «басқа оқушы» деп ауыстырылды: {names}. Сақтамас бұрын сипаттаманы оқып шығыңыз.</translation>
    </message>
    <message>
        <source>&amp;Why it cannot wait</source>
        <translation>&amp;Неге күтуге болмайды</translation>
    </message>
    <message>
        <source>Urgent, without consent: why the referral could not wait for it</source>
        <translation>Шұғыл, келісімсіз: жолдама оны неге күте алмады</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Ұйымның жауабы</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Add &amp;amendment…</source>
        <translation>Өзгеріс қос&amp;у…</translation>
    </message>
    <message>
        <source>A sent referral is not changed: what changes later is added here with its date. The letter as sent stays as it was; the amended copy lists these at its end.</source>
        <translation>Жіберілген жолдама өзгертілмейді: кейін өзгергені осында күнімен қосылады. Жіберілген хат сол күйінде қалады; өзгерістері бар көшірме оларды соңында көрсетеді.</translation>
    </message>
    <message>
        <source>Referral No. {number}: {pupil}</source>
        <translation>№ {number} жолдама: {pupil}</translation>
    </message>
    <message>
        <source>Draft referral: {pupil}</source>
        <translation>Жолдама жобасы: {pupil}</translation>
    </message>
    <message>
        <source>No pupil chosen</source>
        <translation>Оқушы таңдалмаған</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged…</source>
        <translation>Алынғаны &amp;расталды…</translation>
    </message>
    <message>
        <source>&amp;Feedback received…</source>
        <translation>Жауа&amp;п алынды…</translation>
    </message>
    <message>
        <source>Close re&amp;ferral…</source>
        <translation>Жолдаманы &amp;жабу…</translation>
    </message>
    <message>
        <source>Sent on {date} as No. {number}: the referral and its letter are kept as sent. Later changes are added as amendments.</source>
        <translation>{date} № {number} болып жіберілді: жолдама мен хат жіберілген күйінде сақталады. Кейінгі өзгерістер бөлек қосылады.</translation>
    </message>
    <message>
        <source>Your role may read referrals but not change them.</source>
        <translation>Сіздің рөліңіз жолдамаларды оқуға рұқсат береді, бірақ өзгертуге емес.</translation>
    </message>
    <message>
        <source>Draft: not sent yet, no number.</source>
        <translation>Жоба: әлі жіберілмеген, нөмірі жоқ.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Waiting for feedback: {days} days since it was sent.</source>
        <translation>Жауап күтуде: жіберілгеннен бері {days} күн.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Оқушы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>{date} жіберілді</translation>
    </message>
    <message>
        <source>Written on {date}, not sent yet</source>
        <translation>{date} жазылды, әлі жіберілмеген</translation>
    </message>
    <message>
        <source>Waiting for feedback: {days} days</source>
        <translation>Жауап күтуде: {days} күн</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status}: {date}</translation>
    </message>
    <message>
        <source>{status}; urgent</source>
        <translation>{status}; шұғыл</translation>
    </message>
    <message>
        <source>Find by a pupil&apos;s name or a number</source>
        <translation>Оқушының аты немесе нөмір бойынша іздеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Which referrals to show</source>
        <translation>Қандай жолдамаларды көрсету</translation>
    </message>
    <message>
        <source>Waiting for feedback: {count}</source>
        <translation>Жауап күтуде: {count}</translation>
    </message>
    <message>
        <source>None waiting for feedback</source>
        <translation>Жауап күтіп тұрғаны жоқ</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Жаңа жолдама…</translation>
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
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>New response</source>
        <translation>Жаңа жауап</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Жауап</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;By whom</source>
        <translation>Кім &amp;берді</translation>
    </message>
    <message>
        <source>Who gave the response</source>
        <translation>Жауапты кім берді</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>What was said or agreed; the answer&apos;s outgoing number</source>
        <translation>Не айтылды немесе не келісілді; жауаптың шығыс нөмірі</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose the backup&apos;s .db file (from a backups folder or a USB stick: its .keys.json and .manifest.json files must be beside it), then sign in with a psychologist&apos;s user name and password as they were when the backup was taken.</source>
        <translation>Сақтық көшірменің .db файлын таңдаңыз (сақтық көшірмелер қалтасынан немесе флешкадан: оның қасында .keys.json және .manifest.json файлдары болуы керек), содан кейін психологтың көшірме жасалған кездегі пайдаланушы атымен және құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
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
        <source>The backup&apos;s accounts and passwords come back with it: afterwards, sign in with the passwords that were valid when the backup was taken.</source>
        <translation>Сақтық көшірмемен бірге оның есептік жазбалары мен құпиясөздері қайтады: қалпына келтірілгеннен кейін көшірме жасалған кезде жарамды болған құпиясөздермен кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдау</translation>
    </message>
    <message>
        <source>Senim backups (senim-*.db)</source>
        <translation>Senim сақтық көшірмелері (senim-*.db)</translation>
    </message>
    <message>
        <source>Choose the backup&apos;s .db file first.</source>
        <translation>Алдымен сақтық көшірменің .db файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter a user name and password valid in the backup.</source>
        <translation>Сақтық көшірмеде жарамды пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Use a password that was valid when the backup was taken.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате. Сақтық көшірме жасалған кезде жарамды болған құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in {seconds} s.</source>
        <translation>Сәтсіз әрекеттер тым көп. {seconds} с кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The backup&apos;s keyring (its .keys.json file) is not beside it: copy the backup&apos;s files together and try again.</source>
        <translation>Сақтық көшірменің қасында оның кілттер файлы (.keys.json) жоқ: көшірменің файлдарын бірге көшіріп, қайталаңыз.</translation>
    </message>
    <message>
        <source>Only a psychologist&apos;s account may restore a backup.</source>
        <translation>Сақтық көшірмені тек психологтың есептік жазбасы қалпына келтіре алады.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: it is damaged or incomplete.</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін емес: ол бүлінген немесе толық емес.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Nothing was set up. The details were written to the log.</source>
        <translation>Ештеңе жасалған жоқ. Толық мәлімет бағдарлама журналына жазылды.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review: {name}</source>
        <translation>Қарау: {name}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Динамика</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Confidential note</source>
        <translation>&amp;Құпия жазба</translation>
    </message>
    <message>
        <source>Sealed with your notes key: only the psychologist reads it, and it is never printed.</source>
        <translation>Жазбалар кілтіңізбен жабылады: оны тек психолог оқиды және ол ешқашан басылмайды.</translation>
    </message>
</context>
<context>
    <name>SchoolCalendarDialog</name>
    <message>
        <source>School year</source>
        <translation>Оқу жылы</translation>
    </message>
    <message>
        <source>Add &amp;next year</source>
        <translation>&amp;Келесі жылды қосу</translation>
    </message>
    <message>
        <source>De&amp;lete year…</source>
        <translation>Жылды &amp;жою…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Файлдан &amp;импорттау…</translation>
    </message>
    <message>
        <source>A calendar file from the district office: its school years and holiday changes</source>
        <translation>Білім бөлімінен келген күнтізбе файлы: оқу жылдары және мереке, демалыс күндеріне өзгерістер</translation>
    </message>
    <message>
        <source>School &amp;years</source>
        <translation>Оқу &amp;жылдары</translation>
    </message>
    <message>
        <source>Check against the ministry&apos;s order: these dates are Senim&apos;s best guess. Save them once they match the order, or press “Confirm against the order”.</source>
        <translation>Министрліктің бұйрығымен салыстырыңыз: бұл күндер — Senim-нің болжамы. Бұйрыққа сәйкес келгенде оларды сақтаңыз немесе «Бұйрық бойынша растау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Confirm against the order</source>
        <translation>Бұйрық бойынша &amp;растау</translation>
    </message>
    <message>
        <source>The dates shown match the ministry&apos;s order for this year</source>
        <translation>Көрсетілген күндер министрліктің осы жылға арналған бұйрығына сәйкес келеді</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <source>e.g. 2026-2027</source>
        <translation>мысалы, 2026-2027</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Бірінші күні</translation>
    </message>
    <message>
        <source>La&amp;st day</source>
        <translation>&amp;Соңғы күні</translation>
    </message>
    <message>
        <source>Quarter &amp;{n}</source>
        <translation>&amp;{n}-тоқсан</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <source>Grade 1 only</source>
        <translation>Тек 1-сынып</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Каникулдар</translation>
    </message>
    <message>
        <source>A&amp;dd break</source>
        <translation>Каникул қ&amp;осу</translation>
    </message>
    <message>
        <source>&amp;Remove break</source>
        <translation>Каникулды а&amp;лып тастау</translation>
    </message>
    <message>
        <source>Breaks between the quarters, and extra ones such as grade 1&apos;s week in February (tick “Grade 1 only”). Public holidays are kept in Settings → Holidays.</source>
        <translation>Тоқсан аралығындағы каникулдар және қосымша каникулдар, мысалы 1-сыныптың ақпандағы каникул аптасы («Тек 1-сынып» белгісін қойыңыз). Мереке күндері Баптаулар → Мереке күндері мәзірінде беріледі.</translation>
    </message>
    <message>
        <source>School year {name} (check against the ministry&apos;s order)</source>
        <translation>{name} оқу жылы (министрліктің бұйрығымен салыстырыңыз)</translation>
    </message>
    <message>
        <source>These dates are a proposal: those of {name} a year on, each quarter starting on a working day. Check every date against the ministry&apos;s order for {new} before saving.</source>
        <translation>Бұл күндер — тек ұсыныс: {name} күндері бір жылға жылжытылды, әр тоқсан жұмыс күнінен басталады. Сақтамас бұрын әр күнді министрліктің {new} жылға арналған бұйрығымен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The quarters and breaks of each school year, as the ministry&apos;s order sets them. Term summaries count by these dates.</source>
        <translation>Әр оқу жылының тоқсандары мен каникулдары — министрлік бұйрығы бойынша. Тоқсандық есептер осы күндер бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Check against the ministry&apos;s order</source>
        <translation>Министрліктің бұйрығымен салыстырыңыз</translation>
    </message>
    <message>
        <source>School year {name}</source>
        <translation>{name} оқу жылы</translation>
    </message>
    <message>
        <source>New school year (not saved yet)</source>
        <translation>Жаңа оқу жылы (әлі сақталмаған)</translation>
    </message>
    <message>
        <source>Type the dates of the quarters and breaks from the ministry&apos;s order for {new}.</source>
        <translation>Тоқсандар мен каникулдардың күндерін министрліктің {new} жылға арналған бұйрығынан енгізіңіз.</translation>
    </message>
    <message>
        <source>Imported: {names}.</source>
        <translation>Импортталды: {names}.</translation>
    </message>
    <message>
        <source>School year {name} is confirmed against the ministry&apos;s order.</source>
        <translation>{name} оқу жылы министрліктің бұйрығы бойынша расталды.</translation>
    </message>
    <message>
        <source>School year {name} is saved.</source>
        <translation>{name} оқу жылы сақталды.</translation>
    </message>
    <message>
        <source>Delete school year</source>
        <translation>Оқу жылын жою</translation>
    </message>
    <message>
        <source>Delete the school year {name} with its quarters and breaks?</source>
        <translation>{name} оқу жылын тоқсандары мен каникулдарымен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Term summaries of that year will no longer know its quarters.</source>
        <translation>Осы жылдың тоқсандық есептері оның тоқсандарын енді білмейді.</translation>
    </message>
    <message>
        <source>School year {name} was deleted.</source>
        <translation>{name} оқу жылы жойылды.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This school year has changes that are not saved.</source>
        <translation>Бұл оқу жылында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Only the psychologist can change the school calendar.</source>
        <translation>Мектеп күнтізбесін тек психолог өзгерте алады.</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School profile</source>
        <translation>Мектеп деректері</translation>
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
        <source>&amp;Phone</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>+7 727 123 45 67</source>
        <translation>+7 727 123 45 67</translation>
    </message>
    <message>
        <source>These details appear on referral letters and reports, each in the document&apos;s language: give the name, the address and the director in Kazakh and in Russian.</source>
        <translation>Бұл деректер жолдамалар мен есептерде құжат тілінде басылады: атауын, мекенжайын және директорын қазақша да, орысша да жазыңыз.</translation>
    </message>
    <message>
        <source>Address in Ka&amp;zakh</source>
        <translation>Қазақша &amp;мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Address in Russian</source>
        <translation>Орысша м&amp;екенжайы</translation>
    </message>
    <message>
        <source>D&amp;irector in Kazakh</source>
        <translation>Қазақша д&amp;иректоры</translation>
    </message>
    <message>
        <source>&amp;Director in Russian</source>
        <translation>Орысша &amp;директоры</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Тегі, аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <source>P&amp;sychologist</source>
        <translation>&amp;Психолог</translation>
    </message>
    <message>
        <source>Referral &amp;numbers</source>
        <translation>Жолдама &amp;нөмірлері</translation>
    </message>
    <message>
        <source>{n} is the number within the school year, {year} the school year.</source>
        <translation>{n} — оқу жылындағы нөмір, {year} — оқу жылы.</translation>
    </message>
    <message>
        <source>The 15th letter of 2025-26 gets No. {number}.</source>
        <translation>2025-26 оқу жылының 15-хаты № {number} алады.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Сіздің мектебіңіз</translation>
    </message>
    <message>
        <source>Senim keeps everything on this computer, encrypted. To set up a new journal, first the school: its name goes on letters and reports.</source>
        <translation>Senim барлығын осы компьютерде шифрланған күйде сақтайды. Жаңа журнал құру үшін алдымен мектеп туралы: оның атауы хаттар мен есептерде көрсетіледі.</translation>
    </message>
    <message>
        <source>Already kept a Senim journal on another computer?</source>
        <translation>Senim журналын басқа компьютерде жүргізіп пе едіңіз?</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Сақтық &amp;көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Your school keeps its journal on a school server?</source>
        <translation>Мектебіңіз журналды мектеп серверінде жүргізе ме?</translation>
    </message>
    <message>
        <source>&amp;Join the school&apos;s journal…</source>
        <translation>Мектеп журналына &amp;қосылу…</translation>
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
    <name>SchoolServerDialog</name>
    <message>
        <source>School server</source>
        <translation>Мектеп сервері</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;үндестіру</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <source>Last synced at {time}.</source>
        <translation>Соңғы үндестіру: {time}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Әлі үндестірілмеген.</translation>
    </message>
    <message>
        <source>Offline since {time}: {reason}.</source>
        <translation>{time} бастап байланыс жоқ: {reason}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {n}.</source>
        <translation>Жіберуді күтетін өзгерістер: {n}.</translation>
    </message>
    <message>
        <source>Open conflicts: {n}.</source>
        <translation>Ашық қайшылықтар: {n}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Үндестірілуде…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, new conflicts: {conflicts}.</source>
        <translation>Жіберілді {pushed}, алынды {pulled}, жаңа қайшылықтар: {conflicts}.</translation>
    </message>
    <message>
        <source>This journal is on this laptop only. A school whose staff each have a laptop can share one journal through the school&apos;s own PostgreSQL server: each laptop keeps working with no network and syncs when the server answers. Confidential notes reach the server only encrypted.</source>
        <translation>Бұл журнал тек осы ноутбукта. Мектеп қызметкерлерінің әрқайсысында өз ноутбугы болса, журналды мектептің өз PostgreSQL сервері арқылы бірге жүргізуге болады: әр ноутбук желісіз де жұмыс істейді, сервер жауап бергенде үндестіріледі. Құпия жазбалар серверге тек шифрланған күйде жетеді.</translation>
    </message>
    <message>
        <source>A psychologist sets the school&apos;s server up.</source>
        <translation>Мектеп серверін психолог баптайды.</translation>
    </message>
    <message>
        <source>Server&apos;s address:</source>
        <translation>Сервердің мекенжайы:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Иесінің құпиясөзі:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Сіздің құпиясөзіңіз:</translation>
    </message>
    <message>
        <source>An empty database made by the school&apos;s IT person (README: «The school server»). This journal becomes the school&apos;s first copy; the other laptops then join it with `senim join`.</source>
        <translation>Мектептің IT маманы жасаған бос дерекқор (README: «The school server»). Бұл журнал мектептің алғашқы көшірмесі болады; қалған ноутбуктар кейін `senim join` командасымен қосылады.</translation>
    </message>
    <message>
        <source>Set the school&apos;s server &amp;up</source>
        <translation>Мектеп серверін &amp;баптау</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, its owner&apos;s password and your own password (your login on the server is made from it).</source>
        <translation>Сервердің мекенжайын, иесінің құпиясөзін және өз құпиясөзіңізді енгізіңіз (сервердегі кіруіңіз соның негізінде жасалады).</translation>
    </message>
    <message>
        <source>Setting the server up…</source>
        <translation>Сервер бапталуда…</translation>
    </message>
    <message>
        <source>The school&apos;s server is set up: {n} records sent. Close this window and open it again to see its state.</source>
        <translation>Мектеп сервері бапталды: {n} жазба жіберілді. Күйін көру үшін осы терезені жауып, қайта ашыңыз.</translation>
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
        <source>Why the work could not wait for a parent&apos;s signature</source>
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
        <source>Risk of sel&amp;f-harm: put this pupil at the top of the dashboard</source>
        <translation>Өзіне &amp;зиян келтіру қаупі: оқушыны басты беттің басына шығару</translation>
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
    <message>
        <source>Creating the journal…</source>
        <translation>Журнал құрылуда…</translation>
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
        <source>&amp;Forgot the password?</source>
        <translation>Құпиясөзді &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>A new password is set. Sign in with it.</source>
        <translation>Жаңа құпиясөз орнатылды. Сонымен кіріңіз.</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>&amp;Басқа атпен кіру</translation>
    </message>
    <message>
        <source>{user}&apos;s journal is locked. Sign in again to go on.</source>
        <translation>{user} пайдаланушысының журналы бұғатталған. Жалғастыру үшін қайта кіріңіз.</translation>
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
<context>
    <name>StageDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Жағдайды қайта ашу</translation>
    </message>
    <message>
        <source>Move the case to another stage</source>
        <translation>Жағдайды басқа кезеңге ауыстыру</translation>
    </message>
    <message>
        <source>Now: {stage}, since {date}</source>
        <translation>Қазір: {stage}, {date} бастап</translation>
    </message>
    <message>
        <source>Back to: {stage}</source>
        <translation>Қайту: {stage}</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Қай кезеңге</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Жауапты</translation>
    </message>
    <message>
        <source>Who leads this stage</source>
        <translation>Бұл кезеңді кім жүргізеді</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ескертпе</translation>
    </message>
    <message>
        <source>Going back a stage: say why in the note.</source>
        <translation>Кезеңге қайту: себебін ескертпеде жазыңыз.</translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation>Келесі &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>How the case ended: what changed for the pupils</source>
        <translation>Жағдай немен аяқталды: оқушылар үшін не өзгерді</translation>
    </message>
    <message>
        <source>Close the case &amp;anyway</source>
        <translation>Жағдайды соған қарамастан &amp;жабу</translation>
    </message>
    <message>
        <source>Mark its open &amp;incidents as resolved ({count})</source>
        <translation>Ашық оқиғаларын &amp;шешілді деп белгілеу ({count})</translation>
    </message>
</context>
<context>
    <name>StageSteps</name>
    <message>
        <source>Current stage: {stage}</source>
        <translation>Ағымдағы кезең: {stage}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Send the referral</source>
        <translation>Жолдаманы жіберу</translation>
    </message>
    <message>
        <source>The organisation acknowledged the referral</source>
        <translation>Ұйым жолдаманың алынғанын растады</translation>
    </message>
    <message>
        <source>The organisation&apos;s feedback</source>
        <translation>Ұйымның жауабы</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Жолдаманы жабу</translation>
    </message>
    <message>
        <source>The referral gets the next outgoing number of the school year of this date, and its letter is kept exactly as it is now. After that it cannot be changed: later changes are added as amendments.</source>
        <translation>Жолдама осы күннің оқу жылындағы келесі шығыс нөмірін алады, ал хат дәл қазіргі күйінде сақталады. Содан кейін оны өзгертуге болмайды: кейінгі өзгерістер бөлек қосылады.</translation>
    </message>
    <message>
        <source>Each step is saved with its date; it cannot be before the previous step or in the future.</source>
        <translation>Әр кезең өз күнімен сақталады; ол алдыңғы кезеңнен ерте немесе болашақта болмайды.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;What they answered</source>
        <translation>&amp;Не деп жауап берді</translation>
    </message>
    <message>
        <source>The organisation&apos;s findings and recommendations, its letter&apos;s number</source>
        <translation>Ұйымның қорытындылары мен ұсыныстары, оның хатының нөмірі</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>the server could not be reached</source>
        <translation>серверге қосылу мүмкін болмады</translation>
    </message>
    <message>
        <source>the server refused the name or the password</source>
        <translation>сервер атын немесе құпиясөзді қабылдамады</translation>
    </message>
    <message>
        <source>this account may no longer use the school server</source>
        <translation>бұл тіркелгі енді мектеп серверімен жұмыс істей алмайды</translation>
    </message>
    <message>
        <source>the server was set up by a newer Senim: update Senim</source>
        <translation>серверді Senim-нің жаңа нұсқасы баптаған: Senim-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>the address is not a Senim school server</source>
        <translation>бұл мекенжайда Senim мектеп сервері жоқ</translation>
    </message>
    <message>
        <source>the server did not show the expected certificate</source>
        <translation>сервер күтілген сертификатты көрсетпеді</translation>
    </message>
    <message>
        <source>the server&apos;s PostgreSQL is too old (15 or newer is needed)</source>
        <translation>сервердегі PostgreSQL тым ескі (15 немесе жаңасы керек)</translation>
    </message>
    <message>
        <source>the server&apos;s address is wrong</source>
        <translation>сервердің мекенжайы қате</translation>
    </message>
    <message>
        <source>this data folder is not empty: a laptop joins into a new, empty one</source>
        <translation>бұл деректер қалтасы бос емес: ноутбук жаңа, бос қалтаға қосылады</translation>
    </message>
    <message>
        <source>the database is not empty: the server is set up only in a new, empty database</source>
        <translation>дерекқор бос емес: сервер тек жаңа, бос дерекқорда бапталады</translation>
    </message>
    <message>
        <source>an unexpected fault ({code})</source>
        <translation>күтпеген ақау ({code})</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Syncing…</source>
        <translation>Үндестірілуде…</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>{time} бастап байланыс жоқ</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>{time} үндестірілді</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі үндестірілмеген</translation>
    </message>
    <message>
        <source>waiting to be sent: {n}</source>
        <translation>жіберуді күтуде: {n}</translation>
    </message>
    <message>
        <source>conflicts: {n}</source>
        <translation>қайшылықтар: {n}</translation>
    </message>
    <message>
        <source>The school&apos;s server: {url}</source>
        <translation>Мектеп сервері: {url}</translation>
    </message>
    <message>
        <source>Last attempt: {reason}</source>
        <translation>Соңғы әрекет: {reason}</translation>
    </message>
</context>
<context>
    <name>TermSummary</name>
    <message>
        <source>Previous</source>
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>Pupils seen in sessions</source>
        <translation>Кеңеске келген оқушылар</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Өткізілген кеңестер</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <translation>Түскен өтініштер</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Мерзімінде жауап берілді</translation>
    </message>
    <message>
        <source>Concerns overdue</source>
        <translation>Жауабы кешіктірілген өтініштер</translation>
    </message>
    <message>
        <source>Bullying cases opened</source>
        <translation>Ашылған буллинг жағдайлары</translation>
    </message>
    <message>
        <source>Bullying cases closed</source>
        <translation>Жабылған буллинг жағдайлары</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Жіберілген жолдамалар</translation>
    </message>
    <message>
        <source>Preventive activities</source>
        <translation>Профилактикалық іс-шаралар</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>Іс-шараларға қатысушылар</translation>
    </message>
    <message>
        <source>Pupils accompanied (at the end)</source>
        <translation>Сүйемелдеудегі оқушылар (соңында)</translation>
    </message>
    <message>
        <source>Accompaniments started</source>
        <translation>Басталған сүйемелдеу</translation>
    </message>
    <message>
        <source>Accompaniments ended</source>
        <translation>Аяқталған сүйемелдеу</translation>
    </message>
    <message>
        <source>Accompaniment reviews overdue</source>
        <translation>Қарауы кешіккен сүйемелдеу</translation>
    </message>
    <message>
        <source>Sessions by kind</source>
        <translation>Кеңестер түрлері бойынша</translation>
    </message>
    <message>
        <source>Sessions by who asked</source>
        <translation>Кеңестер бастамашысы бойынша</translation>
    </message>
    <message>
        <source>Incidents by form</source>
        <translation>Оқиғалар түрлері бойынша</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Оқиғалар ауырлығы бойынша</translation>
    </message>
    <message>
        <source>Incidents by place</source>
        <translation>Оқиғалар орны бойынша</translation>
    </message>
    <message>
        <source>Incidents by grade</source>
        <translation>Оқиғалар сыныптар бойынша</translation>
    </message>
    <message>
        <source>Concerns by source</source>
        <translation>Өтініштер көзі бойынша</translation>
    </message>
    <message>
        <source>Concerns by answer</source>
        <translation>Өтініштер жауабы бойынша</translation>
    </message>
    <message>
        <source>Bullying cases by stage</source>
        <translation>Буллинг жағдайлары кезеңдері бойынша</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Жолдамалар алушысы бойынша</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Жолдамалар күйі бойынша</translation>
    </message>
    <message>
        <source>Activities by programme</source>
        <translation>Іс-шаралар бағдарламалар бойынша</translation>
    </message>
    <message>
        <source>Participants by programme</source>
        <translation>Қатысушылар бағдарламалар бойынша</translation>
    </message>
    <message>
        <source>Accompanied pupils by ground</source>
        <translation>Сүйемелдеудегі оқушылар негіздері бойынша</translation>
    </message>
    <message>
        <source>Accompanied pupils by grade</source>
        <translation>Сүйемелдеудегі оқушылар сыныптар бойынша</translation>
    </message>
    <message>
        <source>Sessions by part of the year</source>
        <translation>Кеңестер жыл бөліктері бойынша</translation>
    </message>
    <message>
        <source>Incidents by part of the year</source>
        <translation>Оқиғалар жыл бөліктері бойынша</translation>
    </message>
    <message>
        <source>Concerns by part of the year</source>
        <translation>Өтініштер жыл бөліктері бойынша</translation>
    </message>
    <message>
        <source>Referrals by part of the year</source>
        <translation>Жолдамалар жыл бөліктері бойынша</translation>
    </message>
    <message>
        <source>Before quarter 1</source>
        <translation>1-тоқсанға дейін</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>1-тоқсан</translation>
    </message>
    <message>
        <source>Autumn break</source>
        <translation>Күзгі каникул</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>2-тоқсан</translation>
    </message>
    <message>
        <source>Winter break</source>
        <translation>Қысқы каникул</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>3-тоқсан</translation>
    </message>
    <message>
        <source>Spring break</source>
        <translation>Көктемгі каникул</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>4-тоқсан</translation>
    </message>
    <message>
        <source>Summer (to 31 August)</source>
        <translation>Жаз (31 тамызға дейін)</translation>
    </message>
    <message>
        <source>Whole year (not in the calendar)</source>
        <translation>Бүкіл жыл (күнтізбеде жоқ)</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Кешігіп жауап берілді</translation>
    </message>
    <message>
        <source>Overdue: no answer yet</source>
        <translation>Мерзімі өтті: жауап жоқ</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Мерзімі әлі келген жоқ</translation>
    </message>
    <message>
        <source>«&lt;5»: from 1 to 4, not shown exactly so that no pupil can be recognised. «×»: hidden so that a «&lt;5» cannot be worked out from the total. Counts of 5 and more are rounded to a multiple of 5, so that no two periods or tables can be subtracted to find a small count.</source>
        <translation>«&lt;5»: 1-ден 4-ке дейін, оқушыны тануға болмауы үшін нақты сан көрсетілмейді. «×»: «&lt;5» санын жиынтықтан есептеп шығаруға болмауы үшін жасырылған. 5 және одан көп сандар 5-ке еселік санға дейін дөңгелектенген: кезеңдерді не кестелерді бір-бірінен азайтып, кіші санды табуға болмайды.</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Басқа негіздер</translation>
    </message>
    <message>
        <source>Pre-school class</source>
        <translation>Мектепалды сынып</translation>
    </message>
    <message>
        <source>Grade {n}</source>
        <translation>{n}-сынып</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Бір жыл бұрын</translation>
    </message>
    <message>
        <source>previous: {previous} · last year: {last_year}</source>
        <translation>алдыңғы: {previous} · бір жыл бұрын: {last_year}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>TermSummaryPage</name>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-тоқсан</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Күндер…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Оқу &amp;жылы:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>The language of the PDF and Excel files</source>
        <translation>PDF және Excel файлдарының тілі</translation>
    </message>
    <message>
        <source>&amp;Document in:</source>
        <translation>&amp;Құжат тілі:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>The outgoing number, if the school numbers its reports: printed under the school&apos;s name</source>
        <translation>Шығыс нөмірі, егер мектеп есептерді нөмірлесе: мектеп атауының астында басылады</translation>
    </message>
    <message>
        <source>Outgoing &amp;no.:</source>
        <translation>Шығыс &amp;№:</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>&amp;Excel ретінде сақтау…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>Ке&amp;стелер</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>Бірінші күн соңғы күннен кейін тұр: күндердің бірін өзгертіңіз.</translation>
    </message>
    <message>
        <source>This period is not among the published counts yet: they are published again when the psychologist or a counsellor next closes the journal.</source>
        <translation>Бұл кезең әзірге жарияланған сандардың ішінде жоқ: психолог немесе әлеуметтік педагог журналды келесі рет жапқанда, олар қайта жарияланады.</translation>
    </message>
    <message>
        <source>This quarter is not in the school calendar: add it in Settings → School year….</source>
        <translation>Бұл тоқсан мектеп күнтізбесінде жоқ: оны Баптаулар → Оқу жылы… мәзірінде қосыңыз.</translation>
    </message>
    <message>
        <source>The summary could not be counted. The details were written to the log.</source>
        <translation>Есепті есептеу мүмкін болмады. Толығырақ мәлімет журналға жазылды.</translation>
    </message>
    <message>
        <source>No period to count</source>
        <translation>Кезең таңдалмаған</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>{date} жағдай бойынша.</translation>
    </message>
    <message>
        <source>The quarter is still running: its figures are not final, so they are not marked up or down against whole quarters.</source>
        <translation>Тоқсан әлі аяқталған жоқ: деректер толық емес, сондықтан аяқталған тоқсандармен салыстырып өсу не төмендеу белгіленбейді.</translation>
    </message>
    <message>
        <source>The period is still running: its figures are not final, so they are not marked up or down against whole periods.</source>
        <translation>Кезең әлі аяқталған жоқ: деректер толық емес, сондықтан аяқталған кезеңдермен салыстырып өсу не төмендеу белгіленбейді.</translation>
    </message>
    <message>
        <source>Compared with the previous period ({previous}) and the same period last year ({last_year}).</source>
        <translation>Алдыңғы кезеңмен ({previous}) және өткен жылдың сол кезеңімен ({last_year}) салыстырғанда.</translation>
    </message>
    <message>
        <source>Quarter {n}, {year} ({dates})</source>
        <translation>{year}, {n}-тоқсан ({dates})</translation>
    </message>
    <message>
        <source>School year {year} ({dates})</source>
        <translation>{year} оқу жылы ({dates})</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Save the summary as an Excel workbook</source>
        <translation>Есепті Excel кітабы ретінде сақтау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving and printing the summary are not available in this installation of Senim.</source>
        <translation>Senim-нің бұл орнатылымында есепті сақтау және басып шығару қолжетімсіз.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, or check that the disk is not full or read-only, and that the file is not open in another program.</source>
        <translation>Файлды ол жерге сақтау мүмкін болмады. Басқа қалтаны таңдаңыз немесе дискінің толып қалмағанын, тек оқуға арналмағанын және файлдың басқа бағдарламада ашылмағанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was saved; the details were written to the log.</source>
        <translation>Құжатты жасау мүмкін болмады. Ештеңе сақталған жоқ; толығырақ мәлімет журналға жазылды.</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Тоқсандық есеп</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>Толығырақ мәліметті &amp;көшіру</translation>
    </message>
    <message>
        <source>The version and the kind of error, for whoever helps you: no names, no notes.</source>
        <translation>Нұсқа мен қатенің түрі — сізге көмектесетін адам үшін: аты-жөндер мен жазбаларсыз.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Бағдарлама &amp;журналының қалтасын ашу</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>Мәліметтер көшірілді</translation>
    </message>
</context>
<context>
    <name>WarningSettingsDialog</name>
    <message>
        <source>Early warning</source>
        <translation>Ерте ескерту</translation>
    </message>
    <message>
        <source>When a pupil is raised on the dashboard, and how long the school has to respond to a concern. Changes apply at once to every warning; deadlines of concerns already received stay as they were.</source>
        <translation>Оқушы басты бетке қашан шығады және мектептің өтінішке жауап беруге қанша уақыты бар. Өзгерістер барлық ескертулерге бірден қолданылады; бұрын түскен өтініштердің мерзімдері өзгермейді.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> жұмыс күні</translation>
    </message>
    <message>
        <source>Bullying: incidents &amp;against one pupil</source>
        <translation>Буллинг: бір оқушыға қарсы &amp;оқиғалар</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> және одан көп</translation>
    </message>
    <message>
        <source>this &amp;school year (since 1 September)</source>
        <translation>о&amp;сы оқу жылында (1 қыркүйектен бастап)</translation>
    </message>
    <message>
        <source>in the &amp;last</source>
        <translation>соң&amp;ғы</translation>
    </message>
    <message>
        <source>… counted</source>
        <translation>… есепке алынады</translation>
    </message>
    <message>
        <source>Order No. 506 calls bullying humiliation repeated two or more times, with no time limit: by default the incidents of the current school year count.</source>
        <translation>№ 506 бұйрық бойынша буллинг — уақыт шектеуінсіз екі және одан көп рет қайталанатын қорлау: әдепкі бойынша ағымдағы оқу жылының оқиғалары есепке алынады.</translation>
    </message>
    <message>
        <source>Incident with no &amp;follow-up after</source>
        <translation>Келесі &amp;қадамсыз оқиға, кемінде</translation>
    </message>
    <message>
        <source>Serious incidents and &amp;risks: look back</source>
        <translation>Ауыр оқиғалар мен &amp;қауіптер: соңғы</translation>
    </message>
    <message>
        <source>Concern: &amp;acknowledge within</source>
        <translation>Өтініш: қа&amp;былдау мерзімі</translation>
    </message>
    <message>
        <source>Concern: &amp;written answer within</source>
        <translation>Өтініш: &amp;жазбаша жауап мерзімі</translation>
    </message>
    <message>
        <source>The Administrative Procedural Code (art. 76) gives 15 working days to answer an appeal; the school may promise less. Days off are in Settings → Holidays.</source>
        <translation>Әкімшілік рәсімдік-процестік кодекс (76-бап) өтінішке жауап беруге 15 жұмыс күнін береді; мектеп қысқарақ мерзім уәде ете алады. Демалыс күндері Баптаулар → Мереке күндері мәзірінде беріледі.</translation>
    </message>
    <message>
        <source>Repeated concerns &amp;within</source>
        <translation>Қ&amp;айталанған өтініштер</translation>
    </message>
    <message>
        <source>Bullying case: &amp;monitor at least</source>
        <translation>Буллинг жағдайы: ең аз &amp;бақылау мерзімі</translation>
    </message>
    <message>
        <source>Closing a case watched for less time after its measures asks first.</source>
        <translation>Шаралардан кейін бұдан аз бақыланған жағдайды жабу алдында сұрақ қойылады.</translation>
    </message>
    <message>
        <source>&amp;111 contact centre: phone</source>
        <translation>&amp;111 байланыс орталығы: телефоны</translation>
    </message>
    <message>
        <source>Psychological &amp;support centre</source>
        <translation>&amp;Психологиялық қолдау орталығы</translation>
    </message>
    <message>
        <source>The regional centre&apos;s name, address and phone, shown beside a risk of self-harm</source>
        <translation>Өңірлік орталықтың атауы, мекенжайы мен телефоны; өзіне зиян келтіру қаупі жанында көрсетіледі</translation>
    </message>
    <message>
        <source>Only the psychologist can change the early-warning settings.</source>
        <translation>Ерте ескерту баптауларын тек психолог өзгерте алады.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Risk of self-harm noted in a session</source>
        <translation>Кеңесте өзіне зиян келтіру қаупі белгіленген</translation>
    </message>
    <message>
        <source>Serious incident (severity 3–4) still open</source>
        <translation>Ауыр оқиға (ауырлығы 3–4) әлі ашық</translation>
    </message>
    <message>
        <source>Both a target and an aggressor in recent incidents</source>
        <translation>Соңғы оқиғаларда әрі зардап шегуші, әрі агрессор</translation>
    </message>
    <message>
        <source>A concern about the pupil was not answered in time</source>
        <translation>Оқушы туралы өтінішке уақытында жауап берілмеген</translation>
    </message>
    <message>
        <source>{n} concerns about the pupil within {days} days</source>
        <translation>{days} күн ішінде оқушы туралы өтініштер: {n}</translation>
    </message>
    <message>
        <source>this school year (since {date})</source>
        <translation>осы оқу жылында ({date} бастап)</translation>
    </message>
    <message>
        <source>in the last {days} days</source>
        <translation>соңғы {days} күнде</translation>
    </message>
    <message>
        <source>Targeted in {n} incidents {window}</source>
        <translation>{n} оқиғада зардап шекті — {window}</translation>
    </message>
    <message>
        <source>An incident with no follow-up action after {days} working days</source>
        <translation>{days} жұмыс күнінен астам келесі қадамсыз оқиға</translation>
    </message>
    <message>
        <source>Follow-up actions overdue: {n}</source>
        <translation>Мерзімі өткен келесі қадамдар: {n}</translation>
    </message>
    <message>
        <source>The review date of a bullying case under monitoring has passed</source>
        <translation>Мониторингтегі буллинг жағдайын қайта қарау күні өтті</translation>
    </message>
    <message>
        <source>A session in the last {days} days was marked with a risk of self-harm. Make sure the pupil is safe today, tell the parents, and refer to the psychological support centre; the 111 line helps children and families round the clock.</source>
        <translation>Соңғы {days} күндегі кеңесте өзіне зиян келтіру қаупі белгіленген. Оқушының бүгін қауіпсіз екеніне көз жеткізіңіз, ата-анасына хабарлаңыз және психологиялық қолдау орталығына жолдаңыз; отбасы, әйелдер мен балалардың құқықтарын қорғау мәселелері бойынша 111 бірыңғай байланыс орталығы тәулік бойы жұмыс істейді.</translation>
    </message>
    <message>
        <source>The pupil was a target or an aggressor in an incident of severity 3 or 4 in the last {days} days that is still open: nobody has taken it into monitoring or resolved it.</source>
        <translation>Соңғы {days} күнде оқушы ауырлығы 3 немесе 4 оқиғада зардап шегуші не агрессор болды, ол әлі ашық: оны ешкім мониторингке алмаған және шешпеген.</translation>
    </message>
    <message>
        <source>The pupil was the target in {min} or more incidents {window}. Under Order No. 506 bullying is humiliation, harassment or intimidation repeated two or more times, with no time limit: open a bullying case if there is none.</source>
        <translation>Оқушы {window} {min} және одан көп оқиғада зардап шекті. № 506 бұйрық бойынша буллинг — уақыт шектеуінсіз екі және одан көп рет қайталанатын қорлау, қудалау немесе қорқыту: егер әлі жоқ болса, буллинг жағдайын ашыңыз.</translation>
    </message>
    <message>
        <source>The pupil was a target in one incident and an aggressor in another {window}: children who are bullied sometimes pass it on, and both need help.</source>
        <translation>Оқушы {window} бір оқиғада зардап шегуші, екіншісінде агрессор болды: қудалауға ұшыраған балалар кейде оны басқаларға жалғастырады, көмек екеуіне де керек.</translation>
    </message>
    <message>
        <source>An open incident with the pupil as target or aggressor has had no follow-up action for {days} working days or more (weekends and days off do not count).</source>
        <translation>Оқушы зардап шегуші немесе агрессор болған ашық оқиға бойынша {days} жұмыс күні және одан көп келесі қадам жоқ (сенбі, жексенбі және басқа демалыс күндері есептелмейді).</translation>
    </message>
    <message>
        <source>A concern about the pupil was not acknowledged within {ack} working days or not answered in writing within {answer} working days.</source>
        <translation>Оқушы туралы өтініш {ack} жұмыс күні ішінде қабылданбаған немесе {answer} жұмыс күні ішінде жазбаша жауап берілмеген.</translation>
    </message>
    <message>
        <source>Two or more concerns about the pupil came within {days} days: a family that complains again was not helped the first time.</source>
        <translation>{days} күн ішінде оқушы туралы екі және одан көп өтініш түсті: отбасы қайта жүгінсе, бірінші жолы оған көмектеспеген.</translation>
    </message>
    <message>
        <source>A follow-up action for the pupil is past its due date.</source>
        <translation>Оқушыға арналған келесі қадамның мерзімі өтіп кетті.</translation>
    </message>
    <message>
        <source>A bullying case with the pupil is in monitoring and its review date has passed: review it and record the next stage.</source>
        <translation>Осы оқушы қатысқан буллинг жағдайы мониторингте, қайта қарау күні өтіп кетті: оны қарап, келесі кезеңді жазыңыз.</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Your password is not right.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
</context>
</TS>
