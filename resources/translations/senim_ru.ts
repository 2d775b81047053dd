<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Senim</source>
        <translation>О программе Senim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;An offline journal for school psychologists.</source>
        <translation>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;Офлайн-журнал школьного психолога.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Папка данных: {folder}</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Открыть папку данных</translation>
    </message>
    <message>
        <source>Licences of what Senim includes:</source>
        <translation>Лицензии компонентов, входящих в Senim:</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Fonts: DejaVu Serif (documents)</source>
        <translation>Шрифты: DejaVu Serif (документы)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL version 3: their libraries are separate files in Senim&apos;s folder and can be replaced with compatible builds.</source>
        <translation>Qt и PySide6 используются по лицензии LGPL версии 3: их библиотеки — отдельные файлы в папке Senim, и их можно заменить совместимыми сборками.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence file is missing from this copy.</source>
        <translation>В этой копии нет файла лицензии шрифтов.</translation>
    </message>
</context>
<context>
    <name>AccompanimentDialog</name>
    <message>
        <source>Individual accompaniment</source>
        <translation>Индивидуальное сопровождение</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Основания</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>Parents &amp;informed</source>
        <translation>Родители &amp;проинформированы</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Как</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Review &amp;every (days)</source>
        <translation>Рассматривать &amp;каждые (дней)</translation>
    </message>
    <message>
        <source>&amp;Notice to the parents</source>
        <translation>&amp;Уведомление родителям</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>The &amp;plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <source>Add a &amp;measure…</source>
        <translation>Добавить &amp;меру…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполненной</translation>
    </message>
    <message>
        <source>Print the p&amp;lan</source>
        <translation>Печать п&amp;лана</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Конфиденциальная заметка</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Р&amp;ассмотрения</translation>
    </message>
    <message>
        <source>Add a re&amp;view…</source>
        <translation>Добавить р&amp;ассмотрение…</translation>
    </message>
    <message>
        <source>Your role may read accompaniments but not change them.</source>
        <translation>Ваша роль позволяет просматривать сопровождение, но не изменять его.</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>На казахском…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>На русском…</translation>
    </message>
    <message>
        <source>{decision}: meeting No. {number} of {date}</source>
        <translation>{decision}: заседание № {number} от {date}</translation>
    </message>
    <message>
        <source>Accompanied since {date}</source>
        <translation>На сопровождении с {date}</translation>
    </message>
    <message>
        <source>Ended on {date}: {outcome}</source>
        <translation>Завершено {date}: {outcome}</translation>
    </message>
    <message>
        <source>Review overdue since {date}</source>
        <translation>Рассмотрение просрочено с {date}</translation>
    </message>
    <message>
        <source>Next review by {date}</source>
        <translation>Следующее рассмотрение до {date}</translation>
    </message>
    <message>
        <source>Individual accompaniment: {name}</source>
        <translation>Индивидуальное сопровождение: {name}</translation>
    </message>
</context>
<context>
    <name>AccompanimentList</name>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующее рассмотрение</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Accompanied now</source>
        <translation>Сейчас на сопровождении</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Рассмотрение просрочено</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <source>You will sign in with this name and password. As the psychologist you can read everything and add accounts for colleagues later. The password cannot be seen by anyone, Senim included: keep it safe.</source>
        <translation>С этим именем и паролем вы будете входить в программу. Как психолог вы видите все записи и позже сможете добавить учётные записи коллег. Пароль не может увидеть никто, включая Senim: храните его надёжно.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Ваши &amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>Пов&amp;торите пароль</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>&amp;Создать журнал</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>&amp;Новый пароль…</translation>
    </message>
    <message>
        <source>Give its role&apos;s &amp;keys</source>
        <translation>Выдать &amp;ключи роли</translation>
    </message>
    <message>
        <source>The account&apos;s keys do not match its role (an account from before the update, or a record changed outside Senim): give it exactly its role&apos;s keys.</source>
        <translation>Ключи учётной записи не соответствуют её роли (учётная запись из версии до обновления или запись, изменённая вне Senim): выдать ей ровно ключи её роли.</translation>
    </message>
    <message>
        <source>&amp;Change all keys…</source>
        <translation>&amp;Сменить все ключи…</translation>
    </message>
    <message>
        <source>After stopping an account whose holder may have copied a key: every key of the journal is changed, passwords stay, and everyone signs in again.</source>
        <translation>После отключения учётной записи, владелец которой мог скопировать ключ: все ключи журнала меняются, пароли остаются прежними, и все входят заново.</translation>
    </message>
    <message>
        <source>{role} (keys incomplete)</source>
        <translation>{role} (ключи выданы не все)</translation>
    </message>
    <message>
        <source>{role} (its keys: {held})</source>
        <translation>{role} (ключи: {held})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>&amp;Stop signing in</source>
        <translation>&amp;Запретить вход</translation>
    </message>
    <message>
        <source>&amp;Allow signing in</source>
        <translation>&amp;Разрешить вход</translation>
    </message>
    <message>
        <source>Change all keys</source>
        <translation>Смена всех ключей</translation>
    </message>
    <message>
        <source>Every key of the journal will be changed. Everyone keeps their password, but copies of the old keys (kept by a stopped account, or seen by someone) will open nothing. The journal closes while this is done, and you sign in again. Open forms are kept.</source>
        <translation>Все ключи журнала будут заменены. Пароли у всех останутся прежними, но копии старых ключей (сохранённые отключённой учётной записью или увиденные кем-то) больше ничего не откроют. На время смены журнал закроется, затем вы войдёте снова. Открытые формы сохранятся.</translation>
    </message>
    <message>
        <source>&amp;Change all keys</source>
        <translation>&amp;Сменить все ключи</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>What changed after the referral was sent, and when. The letter as sent is not changed.</source>
        <translation>Что изменилось после отправки направления и когда. Отправленное письмо не меняется.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Что изменилось</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The backup could not be restored; the journal is as it was. The details were written to the log.</source>
        <translation>Резервную копию восстановить не удалось; журнал остался прежним. Подробности записаны в журнал программы.</translation>
    </message>
    <message>
        <source>The backup of {when} is back in place. Sign in to go on.</source>
        <translation>Копия от {when} восстановлена. Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The last backup, on {date}, failed. Settings → Backups… shows why and makes a new one.</source>
        <translation>Последнее резервное копирование ({date}) не удалось. Настройки → Резервные копии… покажут причину и сделают новую копию.</translation>
    </message>
    <message>
        <source>Senim could not open the journal in {folder}. Check that the folder exists, is writable and is not used by another Senim; the details are in the log.</source>
        <translation>Senim не может открыть журнал в папке {folder}. Проверьте, что папка существует, доступна для записи и не используется другим окном Senim; подробности записаны в журнал ошибок.</translation>
    </message>
    <message>
        <source>This version of Senim could not bring the journal up to date, so it was left as it was and nothing is lost.</source>
        <translation>Эта версия Senim не смогла обновить журнал, поэтому он оставлен как был — ничего не потеряно.</translation>
    </message>
    <message>
        <source>A copy made just before is in {file}.</source>
        <translation>Копия, сделанная перед этим, лежит в {file}.</translation>
    </message>
    <message>
        <source>Change all keys</source>
        <translation>Сменить все ключи</translation>
    </message>
    <message>
        <source>This journal is the school&apos;s, shared through its server: every laptop holds its keys, so they cannot yet be changed from one laptop. Stop the account you no longer trust instead (Accounts): it signs in nowhere and syncs no more.</source>
        <translation>Это журнал школы, общий через её сервер: его ключи есть на каждом ноутбуке, поэтому пока их нельзя сменить с одного ноутбука. Вместо этого остановите учётную запись, которой больше не доверяете (Учётные записи): она нигде не войдёт и больше не синхронизируется.</translation>
    </message>
    <message>
        <source>The keys could not be changed. Sign in: what was begun is finished or undone then, and nothing is lost. The details were written to the log.</source>
        <translation>Не удалось сменить ключи. Войдите: начатое будет завершено или отменено, ничего не потеряется. Подробности записаны в журнал программы.</translation>
    </message>
    <message>
        <source>Every key of the journal was changed. Sign in again with your password.</source>
        <translation>Все ключи журнала заменены. Войдите снова со своим паролем.</translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Несохранённые формы</translation>
    </message>
    <message>
        <source>Forms with unsaved changes were open when Senim was locked. Signing out or quitting now closes them, and those changes are lost.</source>
        <translation>Когда Senim был заблокирован, были открыты формы с несохранёнными изменениями. Если выйти сейчас, они закроются и изменения пропадут.</translation>
    </message>
    <message>
        <source>Nothing is published for the head teacher yet. The counts are published when the psychologist or a counsellor closes or locks the journal after working in it.</source>
        <translation>Для руководителя школы пока ничего не опубликовано. Сводные данные публикуются, когда психолог или социальный педагог закрывает или блокирует журнал после работы в нём.</translation>
    </message>
    <message>
        <source>The published counts cannot be read: the file was changed or comes from another journal. The next time the psychologist or a counsellor closes the journal, they are published again.</source>
        <translation>Опубликованные данные не читаются: файл изменён или относится к другому журналу. Когда психолог или социальный педагог в следующий раз закроет журнал, они будут опубликованы заново.</translation>
    </message>
    <message>
        <source>Your account is waiting for its keys since Senim was updated: ask the psychologist to give them (Settings → Accounts → Give its role&apos;s keys), then sign in again.</source>
        <translation>Ваша учётная запись после обновления Senim ждёт своих ключей: попросите психолога выдать их («Настройки → Учётные записи → Выдать ключи роли») и войдите снова.</translation>
    </message>
    <message>
        <source>Senim is already open on this computer with this journal ({folder}). Switch to that window (look in the taskbar); a second Senim on the same journal is not started.</source>
        <translation>Senim уже открыт на этом компьютере с этим журналом ({folder}). Перейдите в то окно (найдите его на панели задач); второй Senim с тем же журналом не запускается.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation>Что-то пошло не так. Сохранённые записи в безопасности; подробности записаны в журнал. Если ошибка повторится, перезапустите Senim.</translation>
    </message>
</context>
<context>
    <name>AttentionCommand</name>
    <message>
        <source>Needs attention on {date}: {n} pupils</source>
        <translation>Требуют внимания на {date}: учеников — {n}</translation>
    </message>
    <message>
        <source>Nobody needs attention.</source>
        <translation>Никто не требует особого внимания.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Снять…</translation>
    </message>
    <message>
        <source>Hide this warning with a reason; a new record about the pupil raises it again</source>
        <translation>Скрыть предупреждение, указав причину; новая запись об ученике снова его поднимет</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Последняя дата</translation>
    </message>
    <message>
        <source>Find by name or class</source>
        <translation>Поиск по имени или классу</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>От кого: {source}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>Concerns awaiting a response ({n})</source>
        <translation>Обращения, ждущие ответа ({n})</translation>
    </message>
    <message>
        <source>Actions due this week ({n})</source>
        <translation>Действия на этой неделе ({n})</translation>
    </message>
    <message>
        <source>Planned for today ({n})</source>
        <translation>Запланировано на сегодня ({n})</translation>
    </message>
    <message>
        <source>Referrals waiting for feedback ({n})</source>
        <translation>Направления, ожидающие ответа ({n})</translation>
    </message>
    <message>
        <source>{reason} (since {date})</source>
        <translation>{reason} (с {date})</translation>
    </message>
    <message>
        <source>not set: add it in Settings → Early warning</source>
        <translation>не указан: добавьте в «Настройки → Раннее предупреждение»</translation>
    </message>
    <message>
        <source>Risk of self-harm: {names}.
111 contact centre for the rights of the family, women and children: {line}. Psychological support centre: {centre}.</source>
        <translation>Риск самоповреждения: {names}.
Единый контакт-центр 111 по вопросам защиты прав семьи, женщин и детей: {line}. Центр психологической поддержки: {centre}.</translation>
    </message>
    <message>
        <source>Needs attention — pupils: {pupils}, warnings: {warnings}</source>
        <translation>Требуют внимания — учеников: {pupils}, предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>Nobody needs attention right now: no warning is raised and none is left open.</source>
        <translation>Сейчас никто не требует особого внимания: предупреждений нет.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(повреждено)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>The chain is intact: {count} entries checked.</source>
        <translation>Цепочка цела: проверено записей — {count}.</translation>
    </message>
    <message>
        <source>at entry No. {seq}</source>
        <translation>на записи № {seq}</translation>
    </message>
    <message>
        <source>The chain is broken {where}: entries were changed or removed outside Senim.</source>
        <translation>Цепочка нарушена {where}: записи изменены или удалены в обход Senim.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Senim backs up the journal, encrypted, when it closes and at least once a day, and checks each backup. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Senim делает зашифрованную резервную копию журнала при закрытии и не реже раза в день и проверяет каждую копию. Хранятся 7 ежедневных, 4 еженедельных и 12 ежемесячных копий.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Копировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Choose second folder…</source>
        <translation>Вторая &amp;папка…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>In {folder} and in {second}.</source>
        <translation>В {folder} и в {second}.</translation>
    </message>
    <message>
        <source>In {folder}. Choose a second folder, on a USB stick, to keep a copy away from this computer.</source>
        <translation>В {folder}. Выберите вторую папку на флешке, чтобы копия хранилась не только на этом компьютере.</translation>
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
        <translation>✓ проверена</translation>
    </message>
    <message>
        <source>✗ failed: {reason}</source>
        <translation>✗ ошибка: {reason}</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ ошибка</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверена</translation>
    </message>
    <message>
        <source>The last automatic backup, on {when}, failed: {why}.</source>
        <translation>Последнее автоматическое копирование ({when}) не удалось: {why}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Копирование…</translation>
    </message>
    <message>
        <source>Backed up and verified.</source>
        <translation>Копия сделана и проверена.</translation>
    </message>
    <message>
        <source>Second folder for backups</source>
        <translation>Вторая папка для резервных копий</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из копии</translation>
    </message>
    <message>
        <source>This backup cannot be read: it is damaged. Choose another.</source>
        <translation>Эту копию нельзя прочитать: она повреждена. Выберите другую.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Bullying cases</source>
        <translation>Случаи буллинга</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>The backup of {when} holds:</source>
        <translation>Копия от {when} содержит:</translation>
    </message>
    <message>
        <source>Restoring replaces the whole journal: Senim closes it, puts the backup in its place and asks you to sign in again (with the passwords as they were then). The journal as it is now is kept aside in a before-restore folder, so the restore can be undone. Unsaved text in open forms is kept as drafts.</source>
        <translation>Восстановление заменяет весь журнал: Senim закроет его, поставит на его место резервную копию и попросит войти снова (с паролями, какими они были тогда). Журнал в нынешнем виде сохраняется отдельно в папке before-restore, так что восстановление можно отменить. Несохранённый текст в открытых формах сохраняется как черновик.</translation>
    </message>
    <message>
        <source>Accounts and passwords come back as they were in the backup: a password changed since then no longer works, and an account added since then is gone.</source>
        <translation>Учётные записи и пароли вернутся такими, какими они были в резервной копии: пароль, изменённый после неё, перестанет действовать, а учётная запись, добавленная после неё, исчезнет.</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>&amp;Восстановить сейчас</translation>
    </message>
</context>
<context>
    <name>BlankScreen</name>
    <message>
        <source>Press Esc to return.</source>
        <translation>Нажмите Esc, чтобы вернуться.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>The school calendar has no school year {year}: add it in Settings → School year… or with `senim calendar import`.</source>
        <translation>В школьном календаре нет учебного года {year}: добавьте его в меню Настройки → Учебный год… или командой `senim calendar import`.</translation>
    </message>
    <message>
        <source>“{year}” is not a school year; write it like 2026-2027.</source>
        <translation>«{year}» — не учебный год; пишите так: 2026-2027.</translation>
    </message>
    <message>
        <source>The school calendar has no school year {year}.</source>
        <translation>В школьном календаре нет учебного года {year}.</translation>
    </message>
    <message>
        <source>School year {year}: lessons {dates}</source>
        <translation>Учебный год {year}: занятия {dates}</translation>
    </message>
    <message>
        <source>Confirmed against the ministry&apos;s order.</source>
        <translation>Сверено с приказом министерства.</translation>
    </message>
    <message>
        <source>Not confirmed: Senim&apos;s best guess, check it against the ministry&apos;s order.</source>
        <translation>Не подтверждено: это предположение Senim, сверьте его с приказом министерства.</translation>
    </message>
    <message>
        <source>Quarter {n}: {first} – {last}</source>
        <translation>{n}-я четверть: {first} – {last}</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Каникулы:</translation>
    </message>
    <message>
        <source>(grade 1 only)</source>
        <translation>(только 1 класс)</translation>
    </message>
    <message>
        <source>Public holidays and days off:</source>
        <translation>Праздничные и выходные дни:</translation>
    </message>
    <message>
        <source>No public holidays or days off.</source>
        <translation>Праздничных и выходных дней нет.</translation>
    </message>
    <message>
        <source>(the school&apos;s)</source>
        <translation>(установлен школой)</translation>
    </message>
    <message>
        <source>Working weekend days:</source>
        <translation>Рабочие субботы и воскресенья:</translation>
    </message>
    <message>
        <source>Wrote {n} school years to {file}.</source>
        <translation>В файл {file} записано учебных лет: {n}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>replaces the dates in the journal</source>
        <translation>заменит даты в журнале</translation>
    </message>
    <message>
        <source>the same as in the journal</source>
        <translation>совпадает с журналом</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(не подтверждён)</translation>
    </message>
    <message>
        <source>Lessons: {first} – {last}</source>
        <translation>Занятия: {first} – {last}</translation>
    </message>
    <message>
        <source>Break: {first} – {last}</source>
        <translation>Каникулы: {first} – {last}</translation>
    </message>
    <message>
        <source>Holiday corrections: {n}</source>
        <translation>Поправок к праздничным и выходным дням: {n}</translation>
    </message>
    <message>
        <source>Only the psychologist can change the school calendar; nothing was imported.</source>
        <translation>Изменять школьный календарь может только психолог; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Preview only: nothing was imported. Run again with --yes to import.</source>
        <translation>Только предпросмотр: ничего не импортировано. Чтобы импортировать, запустите команду ещё раз с --yes.</translation>
    </message>
    <message>
        <source>Import this calendar? [y/N] </source>
        <translation>Импортировать этот календарь? [д/Н] </translation>
    </message>
    <message>
        <source>Imported {n} school years: {names}.</source>
        <translation>Импортировано учебных лет: {n} ({names}).</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>replaces the dates in the journal</source>
        <translation>заменяет даты в журнале</translation>
    </message>
    <message>
        <source>the same as in the journal</source>
        <translation>совпадает с журналом</translation>
    </message>
    <message>
        <source>(not confirmed)</source>
        <translation>(не подтверждён)</translation>
    </message>
    <message>
        <source>{year}: {status}{mark}; lessons {first} – {last}</source>
        <translation>{year}: {status}{mark}; уроки {first} – {last}</translation>
    </message>
    <message>
        <source>Holiday corrections: {n}</source>
        <translation>Изменения праздничных дней: {n}</translation>
    </message>
    <message>
        <source>Import a school calendar</source>
        <translation>Импорт календаря учебного года</translation>
    </message>
    <message>
        <source>Calendar files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы календаря (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Файл не в кодировке UTF-8. Сохраните его как «CSV UTF-8» и импортируйте снова.</translation>
    </message>
    <message>
        <source>Import this school calendar?</source>
        <translation>Импортировать этот календарь?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Ничего не импортировано:</translation>
    </message>
</context>
<context>
    <name>CalendarNote</name>
    <message>
        <source>Summer holidays after {year}</source>
        <translation>Летние каникулы после {year} учебного года</translation>
    </message>
    <message>
        <source>Break after quarter {n} of {year}</source>
        <translation>Каникулы после {n}-й четверти {year} учебного года</translation>
    </message>
    <message>
        <source>Quarter {n} of {year}</source>
        <translation>{n}-я четверть {year} учебного года</translation>
    </message>
    <message>
        <source>The school calendar has no school year {year}: quarters cannot be shown until it is added.</source>
        <translation>В школьном календаре нет учебного года {year}: четверти нельзя показать, пока он не добавлен.</translation>
    </message>
    <message>
        <source>The dates of {year} are Senim&apos;s best guess: check them against the ministry&apos;s order.</source>
        <translation>Даты {year} учебного года — предположение Senim: сверьте их с приказом министерства.</translation>
    </message>
    <message>
        <source>a public holiday ({name})</source>
        <translation>праздничный день ({name})</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>воскресенье</translation>
    </message>
    <message>
        <source>Lessons would begin on {was}, {why}: moved to {now}.</source>
        <translation>Начало занятий пришлось бы на {was} — {why}: перенесено на {now}.</translation>
    </message>
    <message>
        <source>Quarter {n} would begin on {was}, {why}: moved to {now}.</source>
        <translation>Начало {n}-й четверти пришлось бы на {was} — {why}: перенесено на {now}.</translation>
    </message>
    <message>
        <source>Quarter {n} would end on {was}, {why}: moved back to {now}.</source>
        <translation>Окончание {n}-й четверти пришлось бы на {was} — {why}: перенесено раньше, на {now}.</translation>
    </message>
    <message>
        <source>Lessons would end on {was}, {why}: moved back to {now}.</source>
        <translation>Окончание занятий пришлось бы на {was} — {why}: перенесено раньше, на {now}.</translation>
    </message>
    <message>
        <source>Lessons begin on 1 September, or the first working day after it: {now} (last year: {was}).</source>
        <translation>Занятия начинаются 1 сентября или в первый рабочий день после него: {now} (в прошлом году: {was}).</translation>
    </message>
    <message>
        <source>Grade 1&apos;s extra break keeps its weekdays: {first} – {last}.</source>
        <translation>Дополнительные каникулы 1 класса — в те же дни недели: {first} – {last}.</translation>
    </message>
    <message>
        <source>An extra break keeps its weekdays: {first} – {last}.</source>
        <translation>Дополнительные каникулы — в те же дни недели: {first} – {last}.</translation>
    </message>
    <message>
        <source>Add the school year…</source>
        <translation>Добавить учебный год…</translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>Проверить даты…</translation>
    </message>
    <message>
        <source>Not a school day.</source>
        <translation>Неучебный день.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New bullying case</source>
        <translation>Новый случай буллинга</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Случай буллинга</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Назв&amp;ание</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Что случилось, в нескольких словах</translation>
    </message>
    <message>
        <source>Opened o&amp;n</source>
        <translation>Дата &amp;открытия</translation>
    </message>
    <message>
        <source>&amp;Pupils and roles</source>
        <translation>&amp;Ученики и роли</translation>
    </message>
    <message>
        <source>Complaint received &amp;by</source>
        <translation>Жалобу &amp;принял</translation>
    </message>
    <message>
        <source>Who took the complaint</source>
        <translation>Кто принял жалобу</translation>
    </message>
    <message>
        <source>What the &amp;complaint says</source>
        <translation>&amp;Суть жалобы</translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation>Следующая про&amp;верка</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не назначена</translation>
    </message>
    <message>
        <source>Needed under monitoring; once the date has passed, the case is marked as review overdue.</source>
        <translation>Обязательна на этапе мониторинга; когда дата пройдёт, случай будет отмечен как с просроченной проверкой.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Об&amp;щее</translation>
    </message>
    <message>
        <source>S&amp;tages</source>
        <translation>&amp;Этапы</translation>
    </message>
    <message>
        <source>&amp;Help plan</source>
        <translation>План по&amp;мощи</translation>
    </message>
    <message>
        <source>&amp;Linked records</source>
        <translation>&amp;Записи случая</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Move to the next stage…</source>
        <translation>Перейти к &amp;следующему этапу…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
    <message>
        <source>No actions yet. Add what will be done for the pupils, by whom and by when.</source>
        <translation>Действий пока нет. Добавьте, что будет сделано для учеников, кем и к какому сроку.</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Добавить действие…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить &amp;выполнение</translation>
    </message>
    <message>
        <source>No records linked yet. Link the incidents, sessions and concerns of this case.</source>
        <translation>Связанных записей пока нет. Привяжите к случаю его инциденты, консультации и обращения.</translation>
    </message>
    <message>
        <source>&amp;Link records…</source>
        <translation>&amp;Привязать записи…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Отв&amp;язать</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Save the case first: then move it through the stages, plan help and link its records.</source>
        <translation>Сначала сохраните случай: затем ведите его по этапам, планируйте помощь и привязывайте записи.</translation>
    </message>
    <message>
        <source>Bullying case: {title}</source>
        <translation>Случай буллинга: {title}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Итог: {outcome}</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Открыть снова…</translation>
    </message>
    <message>
        <source>Closed on {date}.</source>
        <translation>Закрыт {date}.</translation>
    </message>
    <message>
        <source>Now: {stage}, since {date}.</source>
        <translation>Сейчас: {stage}, с {date}.</translation>
    </message>
    <message>
        <source>Review overdue: it was due on {date}.</source>
        <translation>Проверка просрочена: её срок был {date}.</translation>
    </message>
    <message>
        <source>Next review: {date}.</source>
        <translation>Следующая проверка: {date}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполнение</translation>
    </message>
    <message>
        <source>Link records</source>
        <translation>Привязать записи</translation>
    </message>
    <message>
        <source>There are no incidents, sessions or concerns about the case&apos;s pupils that are not in a case already.</source>
        <translation>Нет инцидентов, консультаций или обращений об учениках этого случая, которые ещё не входят в какой-либо случай.</translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Targets first: {names}</source>
        <translation>Сначала пострадавшие: {names}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Открытые действия</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Закрыт {date}</translation>
    </message>
    <message>
        <source>{date}: review overdue</source>
        <translation>{date}: проверка просрочена</translation>
    </message>
    <message>
        <source>{count}, overdue {overdue}</source>
        <translation>{count}, просрочено {overdue}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Проверка просрочена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>Какие случаи показывать</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новый случай…</translation>
    </message>
    <message>
        <source>Review overdue: {count}</source>
        <translation>Проверка просрочена: {count}</translation>
    </message>
    <message>
        <source>No review overdue</source>
        <translation>Просроченных проверок нет</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat the new password</source>
        <translation>Повт&amp;орите новый пароль</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Суть</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>{role}, severity {severity}: {forms}</source>
        <translation>{role}, тяжесть {severity}: {forms}</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>От кого: {source}</translation>
    </message>
    <message>
        <source>{role}; review overdue</source>
        <translation>{role}; проверка просрочена</translation>
    </message>
    <message>
        <source>{role} in the case</source>
        <translation>Роль в случае: {role}</translation>
    </message>
    <message>
        <source>To: {organisation}</source>
        <translation>Куда: {organisation}</translation>
    </message>
    <message>
        <source>To do: {what}</source>
        <translation>Сделать: {what}</translation>
    </message>
</context>
<context>
    <name>ClassCombo</name>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
</context>
<context>
    <name>ConcernClock</name>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation>остался 1 рабочий день</translation>
    </message>
    <message>
        <source>{n} working days left</source>
        <translation>осталось {n} раб. дн.</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>просрочено на 1 день</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>просрочено на {n} дн.</translation>
    </message>
    <message>
        <source>Acknowledged on {date} — late: it was due {due}</source>
        <translation>Получение подтверждено {date} — с опозданием, срок был {due}</translation>
    </message>
    <message>
        <source>Acknowledged on {date}</source>
        <translation>Получение подтверждено {date}</translation>
    </message>
    <message>
        <source>Acknowledge by {date} — {clock}</source>
        <translation>Подтвердить получение до {date} — {clock}</translation>
    </message>
    <message>
        <source>Answered in writing on {date} — late: it was due {due}</source>
        <translation>Письменный ответ дан {date} — с опозданием, срок был {due}</translation>
    </message>
    <message>
        <source>Answered in writing on {date}</source>
        <translation>Письменный ответ дан {date}</translation>
    </message>
    <message>
        <source>Written answer by {date} — {clock}</source>
        <translation>Письменный ответ до {date} — {clock}</translation>
    </message>
    <message>
        <source>Holidays of {years} are not known for certain: the deadline counts the expected days off and may miss a transferred one. Check them in Settings → Holidays.</source>
        <translation>Праздничные дни {years} г. точно не известны: срок считается по ожидаемым выходным и может не учесть перенесённый выходной. Проверьте их в меню Настройки → Праздничные дни.</translation>
    </message>
    <message>
        <source>{clock} (holidays of {years} not known)</source>
        <translation>{clock} (праздничные дни {years} г. неизвестны)</translation>
    </message>
    <message>
        <source>Answered {date}</source>
        <translation>Отвечено {date}</translation>
    </message>
    <message>
        <source>Acknowledge: {clock}</source>
        <translation>Подтверждение: {clock}</translation>
    </message>
    <message>
        <source>Answer: {clock}</source>
        <translation>Ответ: {clock}</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>New concern</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Поступило</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От кого</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Who raised it</source>
        <translation>&amp;Кто обратился</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>Ко&amp;нтакт</translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, эл. почта или мессенджер</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>К&amp;анал</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>&amp;Add pupils…</source>
        <translation>Добавить уч&amp;еников…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>No pupil named: say in the summary whom the concern is about (a class, a group). It will not appear in any pupil&apos;s chronology.</source>
        <translation>Ученик не указан: напишите в описании, кого касается обращение (класс, группа). Оно не попадёт в хронологию ни одного ученика.</translation>
    </message>
    <message>
        <source>What was sa&amp;id</source>
        <translation>&amp;Суть обращения</translation>
    </message>
    <message>
        <source>The concern in the words it was put, as fully as you can</source>
        <translation>Обращение так, как его изложили, как можно полнее</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add respo&amp;nse…</source>
        <translation>&amp;Добавить ответ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Удали&amp;ть</translation>
    </message>
    <message>
        <source>Responses are saved at once. Any response acknowledges the concern; only a written answer answers it.</source>
        <translation>Ответы сохраняются сразу. Любой ответ подтверждает получение обращения; ответом на него считается только письменный ответ.</translation>
    </message>
    <message>
        <source>This concern is part of a bullying case.</source>
        <translation>Это обращение входит в случай буллинга.</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Случай буллинга</translation>
    </message>
    <message>
        <source>Your role may read concerns but not change them.</source>
        <translation>Ваша роль позволяет читать обращения, но не изменять их.</translation>
    </message>
    <message>
        <source>Concern of {when}</source>
        <translation>Обращение от {when}</translation>
    </message>
    <message>
        <source>Anonymous: no name is kept</source>
        <translation>Анонимно: имя не сохраняется</translation>
    </message>
    <message>
        <source>Name, and who they are to the pupil (mother, class teacher…)</source>
        <translation>ФИО и кем приходится ученику (мать, классный руководитель…)</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about {names} is still open.</source>
        <translation>Повторное: предыдущее обращение ({names}) ещё не закрыто.</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about {names} was still open when this one came.</source>
        <translation>Повторное: когда поступило это обращение, предыдущее ({names}) ещё не было закрыто.</translation>
    </message>
    <message>
        <source>Open the concern of {date}</source>
        <translation>Открыть обращение от {date}</translation>
    </message>
    <message>
        <source>Delete response</source>
        <translation>Удалить ответ</translation>
    </message>
    <message>
        <source>Delete the response “{kind}” of {date}? The concern&apos;s clocks count again as if it had not been given.</source>
        <translation>Удалить ответ «{kind}» от {date}? Сроки обращения будут считаться так, будто его не было.</translation>
    </message>
</context>
<context>
    <name>ConcernsPage</name>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <source>No pupil named</source>
        <translation>Ученик не указан</translation>
    </message>
    <message>
        <source>Repeated: {pupils}</source>
        <translation>Повторное: {pupils}</translation>
    </message>
    <message>
        <source>Repeated: an earlier concern about this pupil was still open when this one came.</source>
        <translation>Повторное: когда поступило это обращение, предыдущее по этому ученику ещё не было закрыто.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which concerns to show</source>
        <translation>Какие обращения показывать</translation>
    </message>
    <message>
        <source>New concern…</source>
        <translation>Новое обращение…</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Просроченных нет</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts with the school&apos;s server</source>
        <translation>Расхождения со школьным сервером</translation>
    </message>
    <message>
        <source>The same field was changed on this laptop and by someone else. The server&apos;s value was kept; nothing is lost until you choose.</source>
        <translation>Одно и то же поле изменили на этом ноутбуке и у коллеги. Сохранено значение сервера; пока вы не выберете, ничего не потеряно.</translation>
    </message>
    <message>
        <source>&amp;Use this laptop&apos;s</source>
        <translation>&amp;Взять с этого ноутбука</translation>
    </message>
    <message>
        <source>&amp;Keep the server&apos;s</source>
        <translation>&amp;Оставить серверное</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>На этом ноутбуке</translation>
    </message>
    <message>
        <source>On the server (kept)</source>
        <translation>На сервере (сохранено)</translation>
    </message>
    <message>
        <source>{record}{who}: {field} ({when})</source>
        <translation>{record}{who}: {field} ({when})</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Открытых расхождений нет.</translation>
    </message>
    <message>
        <source>removed on one side</source>
        <translation>удалено с одной стороны</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены совета</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Proposals ({count})</source>
        <translation>Предложения ({count})</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
</context>
<context>
    <name>CouncilPrinting</name>
    <message>
        <source>Minutes No. {number}</source>
        <translation>Протокол № {number}</translation>
    </message>
    <message>
        <source>Notice to the parents: {name}</source>
        <translation>Уведомление родителям: {name}</translation>
    </message>
    <message>
        <source>Individual plan: {name}</source>
        <translation>Индивидуальный план: {name}</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The journal is missing</source>
        <translation>Журнал отсутствует</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Журнал повреждён</translation>
    </message>
    <message>
        <source>The journal file is damaged</source>
        <translation>Файл журнала повреждён</translation>
    </message>
    <message>
        <source>Part of the journal file on this computer can no longer be read. Senim has closed it and will write nothing more to it, so nothing more is lost.</source>
        <translation>Часть файла журнала на этом компьютере больше не читается. Senim закрыл его и больше ничего в него не запишет, поэтому больше ничего не потеряется.</translation>
    </message>
    <message>
        <source>The journal file is empty</source>
        <translation>Файл журнала пуст</translation>
    </message>
    <message>
        <source>The journal file is missing</source>
        <translation>Файла журнала нет</translation>
    </message>
    <message>
        <source>The journal file senim.db is missing from {folder} (or is empty), although the folder has its keys (keys.json). Senim has created nothing in its place.</source>
        <translation>Файла журнала senim.db нет в {folder} (или он пуст), хотя ключи журнала (keys.json) в папке есть. Senim ничего не создал на его месте.</translation>
    </message>
    <message>
        <source>&amp;Quit Senim</source>
        <translation>&amp;Выйти из Senim</translation>
    </message>
    <message>
        <source>The latest verified backup is from {when}. Restoring it puts it in place of the missing journal; anything entered after {when} is not in it.</source>
        <translation>Последняя проверенная копия сделана {when}. Восстановление ставит её на место отсутствующего журнала; всего, что введено после {when}, в ней нет.</translation>
    </message>
    <message>
        <source>There is no verified backup to restore. Do not set up a new journal: quit Senim and put senim.db back into {folder} from where it was moved or copied, or ask a technician.</source>
        <translation>Проверенной копии для восстановления нет. Не создавайте новый журнал: закройте Senim и верните senim.db в {folder} оттуда, куда его переместили или скопировали, или обратитесь к специалисту.</translation>
    </message>
    <message>
        <source>The latest verified backup is from {when}. Restoring it puts it in place of the journal; anything entered after {when} is not in it. The damaged file is not deleted: it is kept in a before-restore folder in {folder}.</source>
        <translation>Последняя проверенная копия сделана {when}. Восстановление ставит её на место журнала; всего, что введено после {when}, в ней нет. Повреждённый файл не удаляется: он сохраняется в папке before-restore в {folder}.</translation>
    </message>
    <message>
        <source>Accounts and passwords come back as they were then: a password changed since then no longer works.</source>
        <translation>Учётные записи и пароли вернутся такими, какими были тогда: пароль, изменённый после этого, перестанет действовать.</translation>
    </message>
    <message>
        <source>&amp;Restore the latest verified backup (from {when})</source>
        <translation>&amp;Восстановить последнюю проверенную копию (от {when})</translation>
    </message>
    <message>
        <source>Open the &amp;Backups folder</source>
        <translation>Открыть папку &amp;копий</translation>
    </message>
    <message>
        <source>There is no verified backup to restore. Do not delete anything: quit Senim, copy the whole folder {folder} to a USB stick as it is, and give it to a technician, who can check it with the command senim check.</source>
        <translation>Проверенной копии для восстановления нет. Ничего не удаляйте: закройте Senim, скопируйте всю папку {folder} как есть на флешку и передайте специалисту, который сможет проверить её командой senim check.</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление копии…</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({reason}). The journal was left as it was; nothing was deleted.</source>
        <translation>Не удалось восстановить копию ({reason}). Журнал оставлен как был; ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Counts only: names, notes and IINs are not shown here.</source>
        <translation>Только количества: имена, заметки и ИИН здесь не показываются.</translation>
    </message>
    <message>
        <source>Pupils studying now</source>
        <translation>Учеников сейчас</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено консультаций</translation>
    </message>
    <message>
        <source>Observations recorded</source>
        <translation>Записано наблюдений</translation>
    </message>
    <message>
        <source>Observations still open</source>
        <translation>Наблюдений не закрыто</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Действий к выполнению</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Действий просрочено</translation>
    </message>
    <message>
        <source>This school year, since {date}</source>
        <translation>Этот учебный год, с {date}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision of meeting No. {number}</source>
        <translation>Решение заседания № {number}</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Решение</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Decided, in &amp;words</source>
        <translation>Постановили, &amp;словами</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Основания</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>Who carries out the plan</source>
        <translation>Кто выполняет план</translation>
    </message>
    <message>
        <source>Review &amp;every (days)</source>
        <translation>Рассматривать &amp;каждые (дней)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <source>Refer &amp;to</source>
        <translation>Направить &amp;в</translation>
    </message>
    <message>
        <source>Accompanied since {date}: the council may change the plan or end it.</source>
        <translation>На сопровождении с {date}: совет может изменить план или завершить его.</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a warning</source>
        <translation>Снять предупреждение</translation>
    </message>
    <message>
        <source>What was done, or why this needs nothing more (e.g. discussed at the prevention council on …)</source>
        <translation>Что сделано или почему больше ничего не нужно (например, рассмотрено на Совете профилактики …)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Снять</translation>
    </message>
    <message>
        <source>{who}: which warning needs nothing more?</source>
        <translation>{who}: по какому предупреждению больше ничего не требуется?</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Not for the council: {name}</source>
        <translation>Не для совета: {name}</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Почему</translation>
    </message>
    <message>
        <source>e.g. the situation is resolved; the parents were met</source>
        <translation>например, ситуация разрешена; встретились с родителями</translation>
    </message>
</context>
<context>
    <name>DraftSummaryDialog</name>
    <message>
        <source>Draft the summary from records</source>
        <translation>Описание случая по записям</translation>
    </message>
    <message>
        <source>&amp;Tick the incidents and sessions the summary should tell about:</source>
        <translation>&amp;Отметьте инциденты и консультации, о которых нужно рассказать:</translation>
    </message>
    <message>
        <source>Dates, forms of bullying, the pupil&apos;s role, reasons and outcomes are written in the letter&apos;s language; session notes never are.</source>
        <translation>Даты, формы буллинга, роль ученика, причины и итоги пишутся на языке письма; заметки консультаций — никогда.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Составить</translation>
    </message>
    <message>
        <source>Incident: {forms}; {role}</source>
        <translation>Инцидент: {forms}; {role}</translation>
    </message>
    <message>
        <source>No incidents or sessions are recorded for this pupil.</source>
        <translation>Для этого ученика не записано ни инцидентов, ни консультаций.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Text that was not saved</source>
        <translation>Несохранённый текст</translation>
    </message>
    <message>
        <source>Senim was closed before these forms were saved; what was typed in them was kept. Open one to finish and save it, or discard it.</source>
        <translation>Senim закрылся раньше, чем эти формы были сохранены; набранный в них текст сохранён. Откройте форму, чтобы закончить и сохранить её, или удалите текст.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>%1, not saved yet</source>
        <translation>%1, ещё не сохранено</translation>
    </message>
    <message>
        <source>%1, changes not saved</source>
        <translation>%1, изменения не сохранены</translation>
    </message>
    <message>
        <source>%1 · kept at %2
“%3”</source>
        <translation>%1 · сохранено %2
«%3»</translation>
    </message>
    <message>
        <source>Discard the text</source>
        <translation>Удалить текст</translation>
    </message>
    <message>
        <source>The text of this form will be deleted and cannot be brought back.</source>
        <translation>Текст этой формы будет удалён, вернуть его будет нельзя.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export all data</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <source>Every record you may see is written as CSV files, with a README that describes each column, and as one Excel workbook. They go into a new folder inside the folder you choose; nothing there is overwritten.</source>
        <translation>Все записи, которые вам доступны, сохраняются в файлы CSV с описанием каждого столбца в README и в одну книгу Excel. Они попадут в новую папку внутри выбранной вами; ничего из уже лежащего там не перезаписывается.</translation>
    </message>
    <message>
        <source>These files are not encrypted and hold children&apos;s personal data, IINs included. Keep them on an encrypted disk and delete them when they are no longer needed.</source>
        <translation>Эти файлы не зашифрованы и содержат персональные данные детей, в том числе ИИН. Храните их на зашифрованном диске и удалите, когда они станут не нужны.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Include confidential session &amp;notes</source>
        <translation>Включить конфиденциальные &amp;заметки консультаций</translation>
    </message>
    <message>
        <source>Anyone who opens the files will be able to read the notes.</source>
        <translation>Любой, кто откроет файлы, сможет прочитать заметки.</translation>
    </message>
    <message>
        <source>Only a psychologist may export confidential notes.</source>
        <translation>Выгружать конфиденциальные заметки может только психолог.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation>В какую папку выгрузить?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Exporting: {done} of {total} rows…</source>
        <translation>Экспорт: {done} из {total} строк…</translation>
    </message>
    <message>
        <source>Done: {rows} rows exported into the folder {folder}</source>
        <translation>Готово: выгружено строк — {rows}, в папку {folder}</translation>
    </message>
    <message>
        <source>The export was cancelled; no files were left behind.</source>
        <translation>Экспорт отменён; никаких файлов не осталось.</translation>
    </message>
    <message>
        <source>Your role does not allow this export; nothing was written.</source>
        <translation>Ваша роль не позволяет этот экспорт; ничего не записано.</translation>
    </message>
    <message>
        <source>The files could not be written into {folder}. Check that the folder can be written to and that the disk has free space; no files were left behind.</source>
        <translation>Не удалось записать файлы в {folder}. Проверьте, что в папку можно записывать и на диске есть свободное место; никаких файлов не осталось.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was exported; the details are in the log.</source>
        <translation>Что-то пошло не так, и ничего не выгружено; подробности — в журнале программы.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list of pupils</source>
        <translation>Выберите список учеников</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, with a row of column headers such as «Фамилия», «Аты», «ИИН», «Класс». Pupils already in the journal are recognised by their IIN, or by name and birth date, and updated instead of added again. Nothing changes until you click Import on the last page.</source>
        <translation>Книга Excel (.xlsx) или файл CSV со строкой заголовков столбцов, например «Фамилия», «Аты», «ИИН», «Класс». Ученики, которые уже есть в журнале, узнаются по ИИН или по имени и дате рождения и обновляются, а не добавляются повторно. Пока вы не нажмёте «Импортировать» на последней странице, ничего не меняется.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читаем файл…</translation>
    </message>
    <message>
        <source>{rows} rows on the sheet «{sheet}».</source>
        <translation>Строк на листе «{sheet}»: {rows}.</translation>
    </message>
    <message>
        <source>{rows} rows.</source>
        <translation>Строк: {rows}.</translation>
    </message>
    <message>
        <source>Click Next to check the columns.</source>
        <translation>Нажмите «Далее», чтобы проверить столбцы.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Новое действие</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующее действие</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>&amp;Choose pupil…</source>
        <translation>&amp;Выбрать ученика…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Что сделать</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>О&amp;тветственный</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Кто выполнит</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Вы&amp;полнено</translation>
    </message>
    <message>
        <source>Done o&amp;n</source>
        <translation>&amp;Дата выполнения</translation>
    </message>
    <message>
        <source>No pupil chosen yet.</source>
        <translation>Ученик не выбран.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Linked to the session of {date}</source>
        <translation>Связано с консультацией от {date}</translation>
    </message>
    <message>
        <source>Linked to the observation of {date}</source>
        <translation>Связано с наблюдением от {date}</translation>
    </message>
    <message>
        <source>An action of the help plan of the case “{title}”</source>
        <translation>Действие плана помощи по случаю «{title}»</translation>
    </message>
    <message>
        <source>Linked to a record that has been deleted</source>
        <translation>Связано с удалённой записью</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>Выполнено {date}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which follow-ups to show</source>
        <translation>Какие действия показывать</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполнение</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done today (Ctrl+D)</source>
        <translation>Отметить выбранные действия как выполненные сегодня (Ctrl+D)</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Новое действие…</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Просроченных нет</translation>
    </message>
</context>
<context>
    <name>GroundDialog</name>
    <message>
        <source>Ground for accompaniment</source>
        <translation>Основание сопровождения</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Latin letters, e.g. family_move</source>
        <translation>латинские буквы, например family_move</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>&amp;In use</source>
        <translation>&amp;Используется</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>The grounds for accompaniment: the law&apos;s categories are shipped; the school may rename them, add its own and switch any off.</source>
        <translation>Основания сопровождения: категории закона уже в списке; школа может переименовать их, добавить свои и отключить любое.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День столицы</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции Республики Казахстан</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>День Первого Президента Республики Казахстан</translation>
    </message>
    <message>
        <source>Eid al-Adha (Kurban Ait)</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>{name} (day off moved from the weekend)</source>
        <translation>{name} (перенесённый выходной)</translation>
    </message>
    <message>
        <source>{name} (estimated date)</source>
        <translation>{name} (предположительно)</translation>
    </message>
    <message>
        <source>Day off (moved from {date} by decree)</source>
        <translation>Выходной день (перенесён с {date} постановлением Правительства)</translation>
    </message>
    <message>
        <source>Day off (added by the school)</source>
        <translation>Выходной день (установлен школой)</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <source>The days off that concern deadlines and the follow-up rule skip, besides weekends. The law&apos;s days come with Senim; add here only what your school does differently.</source>
        <translation>Выходные дни, которые, помимо суббот и воскресений, пропускаются в сроках ответа на обращения и в правиле о последующих действиях. Дни по закону уже есть в Senim; добавляйте здесь только то, что в вашей школе иначе.</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day off by law</source>
        <translation>Выходной день по закону</translation>
    </message>
    <message>
        <source>By &amp;law</source>
        <translation>По &amp;закону</translation>
    </message>
    <message>
        <source>I have &amp;checked these days against the government&apos;s decree</source>
        <translation>Я с&amp;верил(а) эти дни с постановлением Правительства</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>В школе</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>The &amp;school&apos;s changes</source>
        <translation>Изменения &amp;школы</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Название выходного дня</translation>
    </message>
    <message>
        <source>Add a &amp;day off</source>
        <translation>Добавить &amp;выходной день</translation>
    </message>
    <message>
        <source>&amp;Work on this day</source>
        <translation>&amp;Работать в этот день</translation>
    </message>
    <message>
        <source>A working Saturday, or a holiday the school works</source>
        <translation>Рабочая суббота или праздничный день, когда школа работает</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Only the psychologist can change the holidays.</source>
        <translation>Изменять праздничные дни может только психолог.</translation>
    </message>
    <message>
        <source>Working day (moved by decree)</source>
        <translation>Рабочий день (перенесён постановлением Правительства)</translation>
    </message>
    <message>
        <source>Senim does not know the holidays of {year} for certain: these are the expected days (Kurban Ait and the decree&apos;s transfers are announced each year). Deadlines in {year} count them and say they are unchecked until you confirm them.</source>
        <translation>Праздничные дни {year} года Senim точно не знает: здесь показаны ожидаемые дни (дата Курбан айта и переносы по постановлению Правительства объявляются ежегодно). Сроки в {year} году считаются по ним и отмечаются как непроверенные, пока вы их не подтвердите.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Worked (not a day off)</source>
        <translation>Рабочий (вместо выходного)</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>The file cannot be opened: it was moved or deleted, or you may not read it.</source>
        <translation>Файл не открывается: его переместили или удалили, либо у вас нет прав на его чтение.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This is not a spreadsheet. Choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Это не таблица. Выберите книгу Excel (.xlsx) или файл CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then choose that file.</source>
        <translation>Это книга Excel старого формата (.xls). Откройте её в Excel, сохраните как книгу Excel (.xlsx) или как CSV и выберите этот файл.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) or as CSV, then choose that file.</source>
        <translation>Это таблица OpenDocument (.ods). Сохраните её как книгу Excel (.xlsx) или как CSV и выберите этот файл.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it, then choose it again.</source>
        <translation>Книга защищена паролем. Откройте её в Excel, снимите пароль (Файл → Сведения → Защита книги), сохраните и выберите её снова.</translation>
    </message>
    <message>
        <source>This is a web page saved under a spreadsheet&apos;s name. Open it in Excel and save it as an Excel workbook (.xlsx), then choose that file.</source>
        <translation>Это веб-страница, сохранённая под именем таблицы. Откройте её в Excel, сохраните как книгу Excel (.xlsx) и выберите этот файл.</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read. Open it in Excel, save it again and try once more.</source>
        <translation>Книга повреждена, её не удаётся прочитать. Откройте её в Excel, сохраните заново и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file is larger than {max} MB, far more than a list of pupils. Check that this is the right file.</source>
        <translation>Файл больше {max} МБ — намного больше списка учеников. Проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <source>The workbook would unpack to more than {max} MB, far more than a list of pupils: it was not opened. Check that this is the right file.</source>
        <translation>В распакованном виде книга заняла бы больше {max} МБ — намного больше списка учеников, поэтому она не открыта. Проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <source>The file has more than {max} rows, far more than a school has pupils. Check that this is the right file.</source>
        <translation>В файле больше {max} строк — намного больше, чем учеников в школе. Проверьте, тот ли это файл.</translation>
    </message>
    <message>
        <source>The file has no pupils: there are no rows below its header.</source>
        <translation>В файле нет учеников: под заголовком нет ни одной строки.</translation>
    </message>
    <message>
        <source>No column with surnames or full names was found. Columns in the file: {columns}.</source>
        <translation>Не найден столбец с фамилиями или ФИО. Столбцы в файле: {columns}.</translation>
    </message>
    <message>
        <source>No column with given names was found. Columns in the file: {columns}.</source>
        <translation>Не найден столбец с именами. Столбцы в файле: {columns}.</translation>
    </message>
    <message>
        <source>One column is chosen for two different things: {column}.</source>
        <translation>Один и тот же столбец выбран для двух разных полей: {column}.</translation>
    </message>
    <message>
        <source>The workbook has no sheet named {sheet}. Its sheets: {sheets}.</source>
        <translation>В книге нет листа {sheet}. Её листы: {sheets}.</translation>
    </message>
    <message>
        <source>Some lines of this file were saved in a different encoding from the rest. Each line was read in its own encoding; check the names in the preview.</source>
        <translation>Часть строк этого файла сохранена в другой кодировке, чем остальные. Каждая строка прочитана в своей кодировке; проверьте имена в предпросмотре.</translation>
    </message>
    <message>
        <source>The file is in the Windows-1251 encoding, which has no letters Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ. If names show question marks, save the list as “CSV UTF-8” in Excel and choose it again.</source>
        <translation>Файл в кодировке Windows-1251, в которой нет букв Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ. Если в именах видны вопросительные знаки, сохраните список в Excel как «CSV UTF-8» и выберите его снова.</translation>
    </message>
    <message>
        <source>No surname.</source>
        <translation>Нет фамилии.</translation>
    </message>
    <message>
        <source>No given name.</source>
        <translation>Нет имени.</translation>
    </message>
    <message>
        <source>“{value}” is not a name: use letters only; a hyphen, an apostrophe or a space may join parts.</source>
        <translation>«{value}» — не имя: допустимы только буквы; части можно соединять дефисом, апострофом или пробелом.</translation>
    </message>
    <message>
        <source>“{value}” has question marks instead of letters: the file was saved in an encoding without Kazakh letters. Save it as “CSV UTF-8” and try again.</source>
        <translation>В «{value}» вопросительные знаки вместо букв: файл сохранён в кодировке без казахских букв. Сохраните его как «CSV UTF-8» и попробуйте снова.</translation>
    </message>
    <message>
        <source>A name is longer than {max} characters.</source>
        <translation>Имя длиннее {max} символов.</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not 12 digits.</source>
        <translation>ИИН «{value}» состоит не из 12 цифр.</translation>
    </message>
    <message>
        <source>The IIN was saved as a rounded number ({value}). In Excel, format the IIN column as text, type the IINs again and save.</source>
        <translation>ИИН сохранён как округлённое число ({value}). В Excel задайте столбцу ИИН текстовый формат, введите ИИН заново и сохраните файл.</translation>
    </message>
    <message>
        <source>The IIN&apos;s digits give the birth date {birth_date}, not the file&apos;s. Since 2013 an IIN may differ from the birth date, so the row is imported as it is; check it against the pupil&apos;s documents.</source>
        <translation>По цифрам ИИН дата рождения — {birth_date}, а не та, что в файле. С 2013 года ИИН может не совпадать с датой рождения, поэтому строка импортируется как есть; сверьте её с документами ученика.</translation>
    </message>
    <message>
        <source>The IIN&apos;s 7th digit gives a different sex from the file&apos;s. Since 2013 an IIN may differ from the sex, so the row is imported as it is; check it against the pupil&apos;s documents.</source>
        <translation>По 7-й цифре ИИН пол не тот, что указан в файле. С 2013 года ИИН может не соответствовать полу, поэтому строка импортируется как есть; сверьте её с документами ученика.</translation>
    </message>
    <message>
        <source>This number is a business identification number (BIN: its 5th digit is 4, 5 or 6), not a person&apos;s IIN. The row is imported as it is; check the number against the pupil&apos;s documents.</source>
        <translation>Это бизнес-идентификационный номер (БИН: его 5-я цифра — 4, 5 или 6), а не ИИН физического лица. Строка импортируется как есть; сверьте номер с документами ученика.</translation>
    </message>
    <message>
        <source>Unknown class “{value}”: a class is a grade from 0 to 12 and a letter, e.g. 7Ә or 10Б.</source>
        <translation>Неизвестный класс «{value}»: класс — это номер от 0 до 12 и буква, например 7Ә или 10Б.</translation>
    </message>
    <message>
        <source>The IIN “{value}” has a wrong check digit: there is a typo in it.</source>
        <translation>В ИИН «{value}» неверная контрольная цифра: в нём опечатка.</translation>
    </message>
    <message>
        <source>The journal has a pupil with this name and birth date but a different IIN: check the IIN.</source>
        <translation>В журнале есть ученик с этими именем и датой рождения, но с другим ИИН: проверьте ИИН.</translation>
    </message>
    <message>
        <source>No birth date, and no IIN to take it from.</source>
        <translation>Нет даты рождения, и нет ИИН, из которого её можно взять.</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as 14.05.2013.</source>
        <translation>«{value}» — не дата: пишите так: 14.05.2013.</translation>
    </message>
    <message>
        <source>A pupil must be {min} to {max} years old: check the birth date.</source>
        <translation>Ученику должно быть от {min} до {max} лет: проверьте дату рождения.</translation>
    </message>
    <message>
        <source>Sex unknown: the file gives neither the sex nor the IIN.</source>
        <translation>Пол неизвестен: в файле нет ни пола, ни ИИН.</translation>
    </message>
    <message>
        <source>“{value}” is not a sex: write М or Ж, Ер or Әйел, M or F.</source>
        <translation>«{value}» — не пол: пишите М или Ж, Ер или Әйел, M или F.</translation>
    </message>
    <message>
        <source>No class.</source>
        <translation>Нет класса.</translation>
    </message>
    <message>
        <source>“{value}” is not a language of study: write Kazakh, Russian or English.</source>
        <translation>«{value}» — не язык обучения: пишите «казахский», «русский» или «английский».</translation>
    </message>
    <message>
        <source>The cell in column {column} is longer than {max} characters: it cannot be a name, a date or a class. Check this row in the file.</source>
        <translation>Ячейка в столбце {column} длиннее {max} символов: это не может быть имя, дата или класс. Проверьте эту строку в файле.</translation>
    </message>
    <message>
        <source>A formula in the column “{column}” has no computed value. Open the file in Excel, save it and try again.</source>
        <translation>У формулы в столбце «{column}» нет вычисленного значения. Откройте файл в Excel, сохраните его и попробуйте снова.</translation>
    </message>
    <message>
        <source>The same pupil as in row {row}.</source>
        <translation>Тот же ученик, что и в строке {row}.</translation>
    </message>
    <message>
        <source>The journal has several pupils with this name and birth date: add the IIN to tell them apart.</source>
        <translation>В журнале несколько учеников с этими именем и датой рождения: добавьте ИИН, чтобы их различить.</translation>
    </message>
    <message>
        <source>“{value}” has Latin letters that look like Cyrillic ones; imported as “{fixed}”.</source>
        <translation>В «{value}» есть латинские буквы, похожие на кириллические; импортировано как «{fixed}».</translation>
    </message>
    <message>
        <source>The pupil&apos;s record in the journal needs correcting first: open the pupil&apos;s card and save it.</source>
        <translation>Сначала нужно исправить запись ученика в журнале: откройте карточку ученика и сохраните её.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the list of pupils</source>
        <translation>Выберите список учеников</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Предупреждение: {text}</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation>Импорт учеников</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>The file cannot be read. The details were written to the log.</source>
        <translation>Не удаётся прочитать файл. Подробности записаны в журнал ошибок.</translation>
    </message>
    <message>
        <source>Importing pupils…</source>
        <translation>Импортируем учеников…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal changed while you were looking at the preview, so nothing was imported. The preview has been made again: check it and click Import.</source>
        <translation>Пока вы просматривали предпросмотр, журнал изменился, поэтому ничего не импортировано. Предпросмотр составлен заново: проверьте его и нажмите «Импортировать».</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was imported. The details were written to the log.</source>
        <translation>Что-то пошло не так, и ничего не импортировано. Подробности записаны в журнал ошибок.</translation>
    </message>
</context>
<context>
    <name>JoinServerDialog</name>
    <message>
        <source>Join the school&apos;s journal</source>
        <translation>Подключиться к журналу школы</translation>
    </message>
    <message>
        <source>The school keeps one journal on its own server. Give the server&apos;s address (from the school&apos;s IT person) and your Senim name and password: this laptop gets what your role may see, and keeps working without the network.</source>
        <translation>Школа ведёт один журнал на своём сервере. Укажите адрес сервера (его даст ИТ-специалист школы) и своё имя и пароль в Senim: на этот ноутбук придёт то, что доступно вашей роли, и он будет работать и без сети.</translation>
    </message>
    <message>
        <source>Server&apos;s address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, your user name and your password.</source>
        <translation>Укажите адрес сервера, имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Joining: the school&apos;s records are coming…</source>
        <translation>Подключение: записи школы загружаются…</translation>
    </message>
    <message>
        <source>The school&apos;s keyring does not open with this name and password.</source>
        <translation>Ключи школы не открываются этим именем и паролем.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>Отказ от согласия</translation>
    </message>
    <message>
        <source>Consent not asked</source>
        <translation>Согласие не запрашивалось</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Бабушка</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Дедушка</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Individual consultation</source>
        <translation>Индивидуальная консультация</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Групповое занятие</translation>
    </message>
    <message>
        <source>Parent consultation</source>
        <translation>Консультация родителя</translation>
    </message>
    <message>
        <source>Teacher consultation</source>
        <translation>Консультация педагога</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Correctional-developmental session</source>
        <translation>Коррекционно-развивающее занятие</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Кризисное вмешательство</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <source>School administration</source>
        <translation>Администрация школы</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Read confidential notes</source>
        <translation>Открыты конфиденциальные заметки</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Made a PDF</source>
        <translation>Создан PDF</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>School profile</source>
        <translation>Сведения о школе</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>Counsellor / social pedagogue</source>
        <translation>Социальный педагог / консультант</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>Руководитель школы</translation>
    </message>
    <message>
        <source>111 contact centre</source>
        <translation>Единый контакт-центр 111</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Изменён собственный пароль</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <source>Set a password with the recovery key</source>
        <translation>Пароль задан ключом восстановления</translation>
    </message>
    <message>
        <source>Changed all keys</source>
        <translation>Смена всех ключей</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Response to a concern</source>
        <translation>Ответ на обращение</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Случай буллинга</translation>
    </message>
    <message>
        <source>Bullying case stage</source>
        <translation>Этап случая буллинга</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Amendment to a referral</source>
        <translation>Изменение к направлению</translation>
    </message>
    <message>
        <source>Preventive activity</source>
        <translation>Профилактическое мероприятие</translation>
    </message>
    <message>
        <source>Council member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Заседание совета</translation>
    </message>
    <message>
        <source>Present at a council meeting</source>
        <translation>Присутствие на заседании совета</translation>
    </message>
    <message>
        <source>Council agenda item</source>
        <translation>Вопрос повестки совета</translation>
    </message>
    <message>
        <source>Proposal for the council&apos;s agenda</source>
        <translation>Предложение в повестку совета</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Сопровождение</translation>
    </message>
    <message>
        <source>Review of an accompaniment</source>
        <translation>Рассмотрение сопровождения</translation>
    </message>
    <message>
        <source>Ground for accompaniment</source>
        <translation>Основание сопровождения</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Центр психологической поддержки</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Dismissed warning</source>
        <translation>Снятое предупреждение</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Отчёт за четверть</translation>
    </message>
    <message>
        <source>Early-warning settings</source>
        <translation>Настройки раннего предупреждения</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Праздники и выходные</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Confidential note</source>
        <translation>Конфиденциальная заметка</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Постановили</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Parents informed how</source>
        <translation>Как уведомлены родители</translation>
    </message>
    <message>
        <source>Parents informed on</source>
        <translation>Когда уведомлены родители</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Пересмотр каждые (дней)</translation>
    </message>
    <message>
        <source>Warning rules</source>
        <translation>Правила предупреждений</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Acknowledgement due</source>
        <translation>Срок подтверждения</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Обучается</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском</translation>
    </message>
    <message>
        <source>Addressee in Kazakh</source>
        <translation>Адресат на казахском</translation>
    </message>
    <message>
        <source>Addressee in Russian</source>
        <translation>Адресат на русском</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Checked against the decree</source>
        <translation>Сверено с постановлением</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Согласие дал(а)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Как дано согласие</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Director in Kazakh</source>
        <translation>Директор на казахском</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Feedback date</source>
        <translation>Дата обратной связи</translation>
    </message>
    <message>
        <source>Who raised it</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Head in Kazakh</source>
        <translation>Руководитель на казахском</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>IIN mismatch accepted</source>
        <translation>Расхождение ИИН принято</translation>
    </message>
    <message>
        <source>IIN mismatch accepted by</source>
        <translation>Кто принял расхождение ИИН</translation>
    </message>
    <message>
        <source>Immediate actions</source>
        <translation>Неотложные меры</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Провёл(а)</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Why without consent</source>
        <translation>Причина без согласия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлены</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Когда произошло</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Другие участники</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Предыдущая запись</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Referral numbers</source>
        <translation>Номера направлений</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Имя сообщившего</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Search key</source>
        <translation>Ключ поиска</translation>
    </message>
    <message>
        <source>Risk of self-harm</source>
        <translation>Риск самоповреждения</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Bullying: days counted</source>
        <translation>Буллинг: учитываемые дни</translation>
    </message>
    <message>
        <source>Bullying: this school year counted</source>
        <translation>Буллинг: учитывается учебный год</translation>
    </message>
    <message>
        <source>Bullying: incidents against one pupil</source>
        <translation>Буллинг: инцидентов против одного ученика</translation>
    </message>
    <message>
        <source>Serious incidents and risks: days looked back</source>
        <translation>Серьёзные инциденты и риски: дней назад</translation>
    </message>
    <message>
        <source>Incident with no follow-up: working days</source>
        <translation>Инцидент без последующих действий: рабочих дней</translation>
    </message>
    <message>
        <source>Concern: acknowledge within</source>
        <translation>Обращение: подтвердить в течение</translation>
    </message>
    <message>
        <source>Concern: written answer within</source>
        <translation>Обращение: письменный ответ в течение</translation>
    </message>
    <message>
        <source>Repeated concerns within</source>
        <translation>Повторные обращения в течение</translation>
    </message>
    <message>
        <source>Bullying case: minimum monitoring</source>
        <translation>Случай буллинга: минимальное наблюдение</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>безвозвратно</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>111 line</source>
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation>Проведена встреча</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Письменный ответ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Физический</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Вербальный</translation>
    </message>
    <message>
        <source>Social (exclusion, rumours)</source>
        <translation>Социальный (изоляция, слухи)</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Кибербуллинг</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Сексуальные домогательства</translation>
    </message>
    <message>
        <source>Property (damage, theft)</source>
        <translation>Имущественный (порча, кража)</translation>
    </message>
    <message>
        <source>Extortion</source>
        <translation>Вымогательство</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <source>Canteen</source>
        <translation>Столовая</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>Туалет</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <translation>Спортивная площадка</translation>
    </message>
    <message>
        <source>School bus</source>
        <translation>Школьный автобус</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Outside school</source>
        <translation>Вне школы</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Aggressor</source>
        <translation>Агрессор</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Stage of a bullying case</source>
        <translation>Этап случая буллинга</translation>
    </message>
    <message>
        <source>Start accompaniment</source>
        <translation>Назначить сопровождение</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Изменить план</translation>
    </message>
    <message>
        <source>End accompaniment</source>
        <translation>Завершить сопровождение</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Направить</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>Без мер</translation>
    </message>
    <message>
        <source>Accompaniment started</source>
        <translation>Сопровождение начато</translation>
    </message>
    <message>
        <source>Accompaniment reviewed</source>
        <translation>Сопровождение рассмотрено</translation>
    </message>
    <message>
        <source>Accompaniment ended</source>
        <translation>Сопровождение завершено</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>На сопровождении</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Улучшение</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Ухудшение</translation>
    </message>
    <message>
        <source>Learning difficulties</source>
        <translation>Трудности в обучении</translation>
    </message>
    <message>
        <source>Unexcused absences</source>
        <translation>Пропуски без уважительной причины</translation>
    </message>
    <message>
        <source>Antisocial behaviour</source>
        <translation>Антиобщественное поведение</translation>
    </message>
    <message>
        <source>An offence</source>
        <translation>Правонарушение</translation>
    </message>
    <message>
        <source>Experience of violence</source>
        <translation>Пережитое насилие</translation>
    </message>
    <message>
        <source>Experience of bullying</source>
        <translation>Пережитый буллинг</translation>
    </message>
    <message>
        <source>A difficult life situation</source>
        <translation>Трудная жизненная ситуация</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Письменное уведомление</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Help plan</source>
        <translation>План помощи</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Psychological support centre (ЦПП)</source>
        <translation>Центр психологической поддержки (ЦПП)</translation>
    </message>
    <message>
        <source>Psychological-medical-pedagogical consultation (ПМПК)</source>
        <translation>Психолого-медико-педагогическая консультация (ПМПК)</translation>
    </message>
    <message>
        <source>Juvenile police inspector</source>
        <translation>Инспектор по делам несовершеннолетних</translation>
    </message>
    <message>
        <source>Commission on minors&apos; affairs and the protection of their rights (КДНиЗП)</source>
        <translation>Комиссия по делам несовершеннолетних и защите их прав (КДНиЗП)</translation>
    </message>
    <message>
        <source>Health organisation</source>
        <translation>Организация здравоохранения</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Другая организация</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Плановое</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочное</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Устно</translation>
    </message>
    <message>
        <source>«Personal safety» lesson</source>
        <translation>Урок «Личная безопасность»</translation>
    </message>
    <message>
        <source>ДосболLIKE session</source>
        <translation>Занятие ДосболLIKE</translation>
    </message>
    <message>
        <source>Training for teachers</source>
        <translation>Тренинг для педагогов</translation>
    </message>
    <message>
        <source>Meeting with parents</source>
        <translation>Встреча с родителями</translation>
    </message>
    <message>
        <source>Class hour</source>
        <translation>Классный час</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Другое мероприятие</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <source>Mixed group</source>
        <translation>Смешанная группа</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>1 — Low</source>
        <translation>1 — Низкая</translation>
    </message>
    <message>
        <source>2 — Moderate</source>
        <translation>2 — Средняя</translation>
    </message>
    <message>
        <source>3 — Serious</source>
        <translation>3 — Серьёзная</translation>
    </message>
    <message>
        <source>4 — Critical</source>
        <translation>4 — Критическая</translation>
    </message>
    <message>
        <source>A single hurtful remark, teasing or pushing; no harm done; stopped on the spot.</source>
        <translation>Единичное обидное замечание, насмешка или толчок; вреда нет; прекращено на месте.</translation>
    </message>
    <message>
        <source>Repeated teasing, insults or exclusion; the pupil is upset; the class teacher and parents are told.</source>
        <translation>Повторяющиеся насмешки, оскорбления или изоляция; ученик расстроен; сообщено классному руководителю и родителям.</translation>
    </message>
    <message>
        <source>Systematic bullying, threats, cyberbullying or damaged property; the pupil is frightened or avoids school.</source>
        <translation>Систематическая травля, угрозы, кибербуллинг или порча вещей; ученик напуган или избегает школы.</translation>
    </message>
    <message>
        <source>Injury, sexual harassment, extortion or a risk to life or health, including thoughts of self-harm; act at once and refer.</source>
        <translation>Травма, сексуальные домогательства, вымогательство или угроза жизни и здоровью, включая мысли о самоповреждении; действовать немедленно и направить к специалистам.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующее действие</translation>
    </message>
</context>
<context>
    <name>LockAfterDialog</name>
    <message>
        <source>Lock after</source>
        <translation>Блокировать через</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without use. Signing in again opens it where you left off.</source>
        <translation>Заблокировать журнал, если им не пользуются столько минут. После повторного входа всё откроется там, где вы остановились.</translation>
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
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Отчёт за четверть</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Counts as published on {date} at {time}; they are published again when the psychologist or a counsellor closes the journal after changes.</source>
        <translation>Данные опубликованы {date} в {time}; они публикуются заново, когда психолог или социальный педагог закрывает журнал после изменений.</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>Новый &amp;ученик…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Новая &amp;консультация…</translation>
    </message>
    <message>
        <source>A new counselling session; for the pupil on the card, if one is open</source>
        <translation>Новая консультация; если открыта карточка ученика — для этого ученика</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Новое &amp;наблюдение…</translation>
    </message>
    <message>
        <source>A new observation of bullying; for the pupil on the card, if one is open</source>
        <translation>Новое наблюдение о буллинге; если открыта карточка ученика — для этого ученика</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Новое &amp;действие…</translation>
    </message>
    <message>
        <source>A new follow-up action; for the pupil on the card, if one is open</source>
        <translation>Новое последующее действие; если открыта карточка ученика — для этого ученика</translation>
    </message>
    <message>
        <source>New &amp;concern…</source>
        <translation>Новое о&amp;бращение…</translation>
    </message>
    <message>
        <source>A concern from a parent, pupil, teacher or the 111 line, with its response clock; about the pupil on the card, if one is open</source>
        <translation>Обращение родителя, ученика, учителя или из контакт-центра 111 со сроками ответа; об ученике на открытой карточке, если она открыта</translation>
    </message>
    <message>
        <source>A bullying case through the ДосболLIKE stages; for the pupil on the card, if one is open</source>
        <translation>Случай буллинга по этапам ДосболLIKE; для ученика на открытой карточке, если она открыта</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Новое напр&amp;авление…</translation>
    </message>
    <message>
        <source>A referral to a psychological support centre, the ПМПК or another organisation; for the pupil on the card, if one is open</source>
        <translation>Направление в центр психологической поддержки, ПМПК или другую организацию; для ученика, чья карточка открыта</translation>
    </message>
    <message>
        <source>New pre&amp;ventive activity…</source>
        <translation>Новое п&amp;рофилактическое мероприятие…</translation>
    </message>
    <message>
        <source>A lesson, ДосболLIKE session, training, meeting with parents or class hour for the preventive work log</source>
        <translation>Урок, занятие ДосболLIKE, тренинг, встреча с родителями или классный час для журнала профилактической работы</translation>
    </message>
    <message>
        <source>Search the list on this page</source>
        <translation>Поиск в списке на этой странице</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>&amp;Экспорт всех данных…</translation>
    </message>
    <message>
        <source>Every record you may see as CSV files and an Excel workbook</source>
        <translation>Все доступные вам записи — в файлы CSV и книгу Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>Co&amp;ncerns</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <source>Bullying c&amp;ases</source>
        <translation>Случаи &amp;буллинга</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Консультации</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Наблюдения</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>На&amp;правления</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>Последующие &amp;действия</translation>
    </message>
    <message>
        <source>Pre&amp;ventive work</source>
        <translation>Про&amp;филактика</translation>
    </message>
    <message>
        <source>&amp;Term summary</source>
        <translation>Отчёт за &amp;четверть</translation>
    </message>
    <message>
        <source>Prevention coun&amp;cil</source>
        <translation>Совет по про&amp;филактике</translation>
    </message>
    <message>
        <source>&amp;School profile…</source>
        <translation>&amp;Сведения о школе…</translation>
    </message>
    <message>
        <source>School &amp;year…</source>
        <translation>Учебный &amp;год…</translation>
    </message>
    <message>
        <source>&amp;Early warning…</source>
        <translation>&amp;Раннее предупреждение…</translation>
    </message>
    <message>
        <source>When pupils are raised on the dashboard, concern deadlines and crisis contacts</source>
        <translation>Когда ученики попадают на главную, сроки ответа на обращения и экстренные контакты</translation>
    </message>
    <message>
        <source>&amp;Holidays…</source>
        <translation>Празд&amp;ничные дни…</translation>
    </message>
    <message>
        <source>The days off by law and your school&apos;s changes, which the working-day deadlines skip</source>
        <translation>Выходные дни по закону и изменения вашей школы, которые не входят в сроки в рабочих днях</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Организации…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;About Senim</source>
        <translation>&amp;О программе Senim</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Publish the &amp;counts for the head teacher</source>
        <translation>Опубликовать &amp;данные для руководителя</translation>
    </message>
    <message>
        <source>The head teacher reads the term summaries and today&apos;s counts as published; they are published when the journal closes or locks after changes, or now</source>
        <translation>Руководитель видит отчёты за четверть и сегодняшние данные в опубликованном виде; они публикуются при закрытии или блокировке журнала после изменений или сейчас</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>School &amp;server…</source>
        <translation>Школьный &amp;сервер…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>Close the journal so that someone else can sign in; unsaved forms are asked about</source>
        <translation>Закрыть журнал, чтобы мог войти другой пользователь; о несохранённых формах будет задан вопрос</translation>
    </message>
    <message>
        <source>The counts are published for the head teacher.</source>
        <translation>Данные опубликованы для руководителя.</translation>
    </message>
    <message>
        <source>Council ({count} to review)</source>
        <translation>Совет ({count} к рассмотрению)</translation>
    </message>
    <message>
        <source>Preventive work</source>
        <translation>Профилактика</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Совет по профилактике</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Close the journal until you sign in again; open forms are kept</source>
        <translation>Закрыть журнал до повторного входа; открытые формы сохранятся</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>&amp;Скрыть экран</translation>
    </message>
    <message>
        <source>Hide everything at once; Esc brings it back</source>
        <translation>Мгновенно скрыть всё; Esc возвращает</translation>
    </message>
    <message>
        <source>Loc&amp;k after…</source>
        <translation>Блокировать &amp;через…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Резервные &amp;копии…</translation>
    </message>
    <message>
        <source>&amp;Import pupils…</source>
        <translation>&amp;Импорт учеников…</translation>
    </message>
    <message>
        <source>Add and update pupils from an Excel workbook or a CSV list</source>
        <translation>Добавить и обновить учеников из книги Excel или списка CSV</translation>
    </message>
    <message>
        <source>Pupils imported: {added} added, {updated} updated, {left} marked as having left.</source>
        <translation>Импорт учеников завершён: добавлено {added}, обновлено {updated}, отмечено выбывшими {left}.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Follow-ups ({count} overdue)</source>
        <translation>Последующие действия (просрочено: {count})</translation>
    </message>
    <message>
        <source>Pupils: {count}</source>
        <translation>Учеников: {count}</translation>
    </message>
    <message>
        <source>New &amp;bullying case…</source>
        <translation>Новый слу&amp;чай буллинга…</translation>
    </message>
    <message>
        <source>Fi&amp;nd…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>The school years, their quarters and breaks, which the term summary counts by</source>
        <translation>Учебные годы, их четверти и каникулы, по которым считается отчёт за четверть</translation>
    </message>
    <message>
        <source>Where pupils are referred: support centres, the ПМПК, the juvenile police, the КДНиЗП, health organisations</source>
        <translation>Куда направляют учеников: центры поддержки, ПМПК, инспектор по делам несовершеннолетних, КДНиЗП, организации здравоохранения</translation>
    </message>
    <message>
        <source>Concerns ({count} overdue)</source>
        <translation>Обращения (просрочено: {count})</translation>
    </message>
    <message>
        <source>Cases ({count} to review)</source>
        <translation>Случаи (к пересмотру: {count})</translation>
    </message>
    <message>
        <source>Referrals ({count} waiting)</source>
        <translation>Направления (ждут ответа: {count})</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Случаи буллинга</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Что в каком столбце</translation>
    </message>
    <message>
        <source>The choices below are guessed from the column headers; correct any that are wrong. A full name in one column is split into surname, given name and patronymic.</source>
        <translation>Столбцы ниже подобраны по их заголовкам; исправьте, если что-то не так. ФИО в одном столбце делится на фамилию, имя и отчество.</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Лист</translation>
    </message>
    <message>
        <source>&amp;Full name in one column</source>
        <translation>ФИ&amp;О в одном столбце</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>И&amp;мя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>О&amp;тчество</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>&amp;ИИН</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>&amp;Language of study</source>
        <translation>&amp;Язык обучения</translation>
    </message>
    <message>
        <source>Language of study &amp;when the file gives none</source>
        <translation>Язык обучения, &amp;если в файле его нет</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Первые строки файла:</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>Measure of the plan: {name}</source>
        <translation>Мера плана: {name}</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Мера</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>A measure is a follow-up action: it is in Follow-ups, the pupil&apos;s chronology and the dashboard until it is done.</source>
        <translation>Мера — это последующее действие: до выполнения она видна в разделе «Последующие действия», в хронологии ученика и на главной странице.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New council meeting</source>
        <translation>Новое заседание совета</translation>
    </message>
    <message>
        <source>Council meeting</source>
        <translation>Заседание совета</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Секретарь</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>П&amp;рисутствовали</translation>
    </message>
    <message>
        <source>Add the council&apos;s members first: Prevention council → Members.</source>
        <translation>Сначала добавьте членов совета: Совет по профилактике → Члены совета.</translation>
    </message>
    <message>
        <source>Pupil or item</source>
        <translation>Ученик или вопрос</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Повестка</translation>
    </message>
    <message>
        <source>Add &amp;pupils…</source>
        <translation>Добавить &amp;учеников…</translation>
    </message>
    <message>
        <source>Add another &amp;item</source>
        <translation>Добавить другой &amp;вопрос</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>De&amp;cide…</source>
        <translation>Р&amp;ешение…</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>П&amp;ротокол</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>На казахском…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>На русском…</translation>
    </message>
    <message>
        <source>Your role may read the council&apos;s meetings but not change them.</source>
        <translation>Ваша роль позволяет просматривать заседания совета, но не изменять их.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Council meeting No. {number} ({year})</source>
        <translation>Заседание совета № {number} ({year})</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
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
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Вопросов</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Не решено</translation>
    </message>
    <message>
        <source>Meetings, the latest first</source>
        <translation>Заседания, последние сверху</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>П&amp;ротокол</translation>
    </message>
    <message>
        <source>In Kazakh…</source>
        <translation>На казахском…</translation>
    </message>
    <message>
        <source>In Russian…</source>
        <translation>На русском…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Council member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <source>e.g. deputy director for upbringing</source>
        <translation>например, заместитель директора по воспитательной работе</translation>
    </message>
    <message>
        <source>On the &amp;council</source>
        <translation>В составе &amp;совета</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>On the council</source>
        <translation>В составе совета</translation>
    </message>
    <message>
        <source>Who sits on the school&apos;s prevention council. A member who left stays in the minutes they signed.</source>
        <translation>Состав совета школы по профилактике правонарушений. Выбывший член остаётся в подписанных им протоколах.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} символов.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>Use letters only; a hyphen, an apostrophe or a space may join parts.</source>
        <translation>Только буквы; части можно соединить дефисом, апострофом или пробелом.</translation>
    </message>
    <message>
        <source>A pupil must be {min} to {max} years old today. Check the birth date.</source>
        <translation>Возраст ученика на сегодня должен быть от {min} до {max} лет. Проверьте дату рождения.</translation>
    </message>
    <message>
        <source>An IIN is exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in this IIN.</source>
        <translation>Контрольная цифра не сходится: в ИИН опечатка.</translation>
    </message>
    <message>
        <source>Another pupil already has this IIN.</source>
        <translation>Этот ИИН уже указан у другого ученика.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>A session that was held cannot be in the future. Mark it as planned or correct the date.</source>
        <translation>Проведённая консультация не может быть в будущем. Отметьте её как запланированную или исправьте дату.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Эта дата слишком давняя.</translation>
    </message>
    <message>
        <source>The duration must be {min} to {max} minutes.</source>
        <translation>Длительность — от {min} до {max} минут.</translation>
    </message>
    <message>
        <source>Add at least one pupil.</source>
        <translation>Добавьте хотя бы одного ученика.</translation>
    </message>
    <message>
        <source>A pupil is listed twice.</source>
        <translation>Ученик указан дважды.</translation>
    </message>
    <message>
        <source>A pupil chosen here no longer exists.</source>
        <translation>Выбранного ученика больше нет в базе.</translation>
    </message>
    <message>
        <source>No written parental consent for: {names}. Work without it is allowed only as an urgent crisis response; write why.</source>
        <translation>Нет письменного согласия родителей: {names}. Работа без него допустима только как срочное кризисное реагирование; укажите причину.</translation>
    </message>
    <message>
        <source>Choose at least one form of bullying.</source>
        <translation>Выберите хотя бы одну форму буллинга.</translation>
    </message>
    <message>
        <source>Severity is from 1 to 4.</source>
        <translation>Тяжесть — от 1 до 4.</translation>
    </message>
    <message>
        <source>Add the pupils involved.</source>
        <translation>Добавьте участников.</translation>
    </message>
    <message>
        <source>Give every pupil a role.</source>
        <translation>Укажите роль каждого ученика.</translation>
    </message>
    <message>
        <source>At least one pupil must be the target.</source>
        <translation>Хотя бы один ученик должен быть пострадавшим.</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +7 701 234 56 78.</source>
        <translation>Введите номер телефона, например +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>This pupil does not take part in the chosen record.</source>
        <translation>Этот ученик не участвует в выбранной записи.</translation>
    </message>
    <message>
        <source>Give a whole number from {min} to {max}.</source>
        <translation>Введите целое число от {min} до {max}.</translation>
    </message>
    <message>
        <source>The written answer cannot be due before the acknowledgement.</source>
        <translation>Срок письменного ответа не может наступать раньше срока принятия.</translation>
    </message>
    <message>
        <source>A class is a grade from 0 to 12 and a capital letter, e.g. 7Ә or 10Б.</source>
        <translation>Класс — это номер от 0 до 12 и заглавная буква, например 7Ә или 10Б.</translation>
    </message>
    <message>
        <source>The IIN&apos;s digits give the birth date {birth_date}. Since 2013 an IIN may differ from the birth date: check it against the pupil&apos;s documents.</source>
        <translation>По цифрам ИИН дата рождения — {birth_date}. С 2013 года ИИН может не совпадать с датой рождения: сверьте его с документами ученика.</translation>
    </message>
    <message>
        <source>The IIN&apos;s 7th digit gives the other sex. Since 2013 an IIN may differ from the sex: check it against the pupil&apos;s documents.</source>
        <translation>По 7-й цифре ИИН пол другой. С 2013 года ИИН может не соответствовать полу: сверьте его с документами ученика.</translation>
    </message>
    <message>
        <source>This is a business identification number (BIN: its 5th digit is 4, 5 or 6), not a person&apos;s IIN. Check it against the pupil&apos;s documents.</source>
        <translation>Это бизнес-идентификационный номер (БИН: его 5-я цифра — 4, 5 или 6), а не ИИН физического лица. Сверьте его с документами ученика.</translation>
    </message>
    <message>
        <source>Choose what the school does on the day.</source>
        <translation>Укажите, работает ли школа в этот день.</translation>
    </message>
    <message>
        <source>The day falls in {year}, outside the year being edited.</source>
        <translation>Этот день относится к {year} году, а не к редактируемому.</translation>
    </message>
    <message>
        <source>{date} is listed twice.</source>
        <translation>Дата {date} указана дважды.</translation>
    </message>
    <message>
        <source>{date} is already a day off: a weekend or a holiday by law.</source>
        <translation>{date} — и так выходной день: суббота, воскресенье или праздничный день по закону.</translation>
    </message>
    <message>
        <source>{date} is already a working day.</source>
        <translation>{date} — и так рабочий день.</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name in Kazakh or in Russian.</source>
        <translation>Введите название школы на казахском или русском языке.</translation>
    </message>
    <message>
        <source>Use letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Используйте буквы, цифры, точки, дефисы или подчёркивания; в начале — буква или цифра.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>Это имя пользователя уже занято.</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>Пароль должен содержать не менее {min} символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>This folder holds an encrypted journal, but its keyring (keys.json) is missing. Put keys.json back from where it was copied from; nothing has been changed.</source>
        <translation>В этой папке зашифрованный журнал, но его связки ключей (keys.json) нет. Верните keys.json оттуда, куда его скопировали; ничего не изменено.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Это не ваш текущий пароль.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>You cannot stop your own account while you are signed in with it.</source>
        <translation>Нельзя запретить вход собственной учётной записи, пока вы в ней работаете.</translation>
    </message>
    <message>
        <source>This is the last psychologist&apos;s account: someone must be able to manage the journal.</source>
        <translation>Это последняя учётная запись психолога: кто-то должен управлять журналом.</translation>
    </message>
    <message>
        <source>This account has not signed in since Senim was updated: set a new password for it first, then allow it to sign in.</source>
        <translation>С этой учётной записью не входили после обновления Senim: сначала задайте ей новый пароль, затем разрешите вход.</translation>
    </message>
    <message>
        <source>This is not the recovery key of this journal. Check it letter by letter.</source>
        <translation>Это не ключ восстановления этого журнала. Проверьте его по буквам.</translation>
    </message>
    <message>
        <source>There is no account with this name.</source>
        <translation>Учётной записи с таким именем нет.</translation>
    </message>
    <message>
        <source>Monitoring needs the date of the next review.</source>
        <translation>Для мониторинга нужна дата следующей проверки.</translation>
    </message>
    <message>
        <source>The review cannot be before the date of this stage.</source>
        <translation>Проверка не может быть раньше даты этого этапа.</translation>
    </message>
    <message>
        <source>The review cannot be before the case was opened.</source>
        <translation>Проверка не может быть раньше открытия случая.</translation>
    </message>
    <message>
        <source>A case is closed with its outcome: write how it ended.</source>
        <translation>Случай закрывается с итогом: напишите, чем он закончился.</translation>
    </message>
    <message>
        <source>Help-plan actions still open: {count}. Mark them done first, or close the case anyway.</source>
        <translation>Открытых действий плана помощи: {count}. Сначала отметьте их выполненными или закройте случай всё равно.</translation>
    </message>
    <message>
        <source>Read the warnings above; tick this box to close the case as it is.</source>
        <translation>Прочтите предупреждения выше; отметьте этот флажок, чтобы закрыть случай как есть.</translation>
    </message>
    <message>
        <source>The case has been monitored for {days} days; the school&apos;s minimum is {min} days.</source>
        <translation>Случай наблюдался {days} дн.; минимальный срок школы — {min} дн.</translation>
    </message>
    <message>
        <source>The case cannot open after its next stage began on {date}.</source>
        <translation>Случай не может быть открыт позже начала следующего этапа ({date}).</translation>
    </message>
    <message>
        <source>This record is not about any pupil of the case.</source>
        <translation>Эта запись не касается ни одного ученика этого случая.</translation>
    </message>
    <message>
        <source>This record already belongs to the case “{title}”: unlink it there first.</source>
        <translation>Эта запись уже входит в случай «{title}»: сначала отвяжите её там.</translation>
    </message>
    <message>
        <source>This pupil is not part of the case: add them to its pupils first.</source>
        <translation>Этот ученик не участвует в случае: сначала добавьте его к ученикам случая.</translation>
    </message>
    <message>
        <source>The case is already at this stage.</source>
        <translation>Случай уже на этом этапе.</translation>
    </message>
    <message>
        <source>Stages move forward one at a time (a case may be closed at any stage).</source>
        <translation>Этапы проходят по одному (закрыть случай можно на любом этапе).</translation>
    </message>
    <message>
        <source>A case cannot move back to the complaint stage.</source>
        <translation>Случай нельзя вернуть на этап жалобы.</translation>
    </message>
    <message>
        <source>This date is before the previous stage ({date}).</source>
        <translation>Эта дата раньше предыдущего этапа ({date}).</translation>
    </message>
    <message>
        <source>Going back a stage needs a note saying why.</source>
        <translation>Для возврата на предыдущий этап напишите в примечании почему.</translation>
    </message>
    <message>
        <source>No pupil is named: say whom the concern is about (a class, a group), in at least {min} characters.</source>
        <translation>Не указан ни один ученик: напишите, кого касается обращение (класс, группа), не короче {min} символов.</translation>
    </message>
    <message>
        <source>A response is dated {date}: the concern cannot have come later.</source>
        <translation>Ответ датирован {date}: обращение не могло поступить позже.</translation>
    </message>
    <message>
        <source>A response cannot be dated before the concern came in ({date}).</source>
        <translation>Ответ не может быть датирован раньше поступления обращения ({date}).</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name in Kazakh or in Russian.</source>
        <translation>Введите название организации на казахском или на русском языке.</translation>
    </message>
    <message>
        <source>This organisation has been deleted from the directory: choose another.</source>
        <translation>Эта организация удалена из справочника: выберите другую.</translation>
    </message>
    <message>
        <source>This organisation is no longer in use: choose another, or make it active again in Settings → Organisations.</source>
        <translation>Эта организация больше не используется: выберите другую или снова включите её в меню Настройки → Организации.</translation>
    </message>
    <message>
        <source>A routine referral needs a parent&apos;s consent: who gave it, when and how. Without consent only an urgent referral may go, with the reason written.</source>
        <translation>Для планового направления нужно согласие родителя: кто, когда и как его дал. Без согласия можно отправить только срочное направление, указав причину.</translation>
    </message>
    <message>
        <source>A referral to the ПМПК always needs a parent&apos;s written consent, even when urgent.</source>
        <translation>Для направления в ПМПК всегда нужно письменное согласие родителя, даже при срочном направлении.</translation>
    </message>
    <message>
        <source>The ПМПК needs a parent&apos;s written consent (a signed form): oral consent, in person or by phone, is not enough.</source>
        <translation>ПМПК принимает только письменное согласие родителя (подписанный бланк): устного согласия, лично или по телефону, недостаточно.</translation>
    </message>
    <message>
        <source>Without a parent&apos;s consent, write why the referral cannot wait.</source>
        <translation>Без согласия родителя напишите, почему направление не может ждать.</translation>
    </message>
    <message>
        <source>Write {n} where the number goes, and {year} for the school year if you want it, e.g. {n}/{year}.</source>
        <translation>Напишите {n} там, где стоит номер, и, при желании, {year} для учебного года, например {n}/{year}.</translation>
    </message>
    <message>
        <source>This referral was sent on {date} as No. {number} and can no longer be changed: add an amendment instead.</source>
        <translation>Это направление отправлено {date} под № {number} и больше не может быть изменено: добавьте изменение.</translation>
    </message>
    <message>
        <source>A referral that was sent (No. {number}) stays in the journal; only a draft can be deleted.</source>
        <translation>Отправленное направление (№ {number}) остаётся в журнале; удалить можно только черновик.</translation>
    </message>
    <message>
        <source>The consent is dated {date}: the referral cannot have been sent before it.</source>
        <translation>Согласие датировано {date}: направление не могло быть отправлено раньше.</translation>
    </message>
    <message>
        <source>A referral moves forward one step at a time: sent, acknowledged, feedback received, closed.</source>
        <translation>Направление проходит этапы по одному: отправлено, получение подтверждено, получен ответ, закрыто.</translation>
    </message>
    <message>
        <source>This date is before the referral&apos;s previous step ({date}).</source>
        <translation>Эта дата раньше предыдущего этапа направления ({date}).</translation>
    </message>
    <message>
        <source>Write what the organisation answered.</source>
        <translation>Напишите, что ответила организация.</translation>
    </message>
    <message>
        <source>A draft can still be changed: amendments are for referrals already sent.</source>
        <translation>Черновик ещё можно изменить: изменения добавляются только к отправленным направлениям.</translation>
    </message>
    <message>
        <source>An amendment cannot be dated before the referral was sent ({date}).</source>
        <translation>Изменение не может быть датировано раньше отправки направления ({date}).</translation>
    </message>
    <message>
        <source>A letter that was sent prints again only in the language it was sent in.</source>
        <translation>Отправленное письмо печатается повторно только на том языке, на котором оно было отправлено.</translation>
    </message>
    <message>
        <source>Name the class (e.g. 7Ә) or the group the activity was for.</source>
        <translation>Укажите класс (например, 7Ә) или группу, для которой проводилось мероприятие.</translation>
    </message>
    <message>
        <source>This period has not begun yet ({date}): there is nothing to count.</source>
        <translation>Этот период ещё не начался ({date}): считать нечего.</translation>
    </message>
    <message>
        <source>Counts are shown for {days} days or more: a shorter range could point at a single pupil.</source>
        <translation>Данные показываются за период от {days} дней: более короткий может указать на конкретного ученика.</translation>
    </message>
    <message>
        <source>Write the school year as two years in a row, e.g. 2026-2027.</source>
        <translation>Запишите учебный год как два года подряд, например 2026-2027.</translation>
    </message>
    <message>
        <source>This school year is already in the calendar.</source>
        <translation>Этот учебный год уже есть в календаре.</translation>
    </message>
    <message>
        <source>The dates of this school year fall between {first} and {last}.</source>
        <translation>Даты этого учебного года должны быть с {first} по {last}.</translation>
    </message>
    <message>
        <source>These dates overlap the school year {name}.</source>
        <translation>Эти даты пересекаются с учебным годом {name}.</translation>
    </message>
    <message>
        <source>A school year has exactly {n} quarters.</source>
        <translation>В учебном году ровно {n} четверти.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
    <message>
        <source>Give a date within the school year: {first} to {last}.</source>
        <translation>Укажите дату в пределах учебного года: с {first} по {last}.</translation>
    </message>
    <message>
        <source>Quarter {n} must begin after quarter {previous} ends ({date}).</source>
        <translation>{n}-я четверть должна начинаться после окончания {previous}-й четверти ({date}).</translation>
    </message>
    <message>
        <source>The break {start} – {end} ends before it begins.</source>
        <translation>Каникулы {start} – {end} заканчиваются раньше, чем начинаются.</translation>
    </message>
    <message>
        <source>The break {start} – {end} is outside the school year ({first} to {last}).</source>
        <translation>Каникулы {start} – {end} выходят за пределы учебного года (с {first} по {last}).</translation>
    </message>
    <message>
        <source>This is not a Senim calendar file: its first line must be “{header}”.</source>
        <translation>Это не файл календаря Senim: его первая строка должна быть «{header}».</translation>
    </message>
    <message>
        <source>This calendar file is version {version}; this Senim reads version {supported}. Update Senim or ask for the file in the older version.</source>
        <translation>Версия этого файла календаря — {version}, а эта версия Senim читает версию {supported}. Обновите Senim или попросите файл в более старой версии.</translation>
    </message>
    <message>
        <source>Unknown line “{kind}”: a line begins with year, lessons, quarter, break, confirmed, day_off or working_day.</source>
        <translation>Неизвестная строка «{kind}»: строка начинается с year (учебный год), lessons (занятия), quarter (четверть), break (каникулы), confirmed, day_off или working_day.</translation>
    </message>
    <message>
        <source>Wrong number of values for “{kind}”; write it like {example}</source>
        <translation>Неверное число значений для «{kind}»; пишите так: {example}</translation>
    </message>
    <message>
        <source>“{text}” is not a real date; write dates like 2026-09-01 or 01.09.2026.</source>
        <translation>«{text}» — несуществующая дата; пишите даты так: 2026-09-01 или 01.09.2026.</translation>
    </message>
    <message>
        <source>This “{kind}” line comes before any “year” line.</source>
        <translation>Строка «{kind}» стоит раньше всех строк «year».</translation>
    </message>
    <message>
        <source>The file has no school year (no “year” line).</source>
        <translation>В файле нет учебного года (нет строки «year»).</translation>
    </message>
    <message>
        <source>The school year {year} is in the file twice.</source>
        <translation>Учебный год {year} указан в файле дважды.</translation>
    </message>
    <message>
        <source>The school year {year} has two “lessons” lines.</source>
        <translation>У учебного года {year} две строки «lessons».</translation>
    </message>
    <message>
        <source>“{text}” is not a quarter: quarters are numbered 1 to {n}.</source>
        <translation>«{text}» — не четверть: четверти нумеруются от 1 до {n}.</translation>
    </message>
    <message>
        <source>Quarter {n} of {year} is given twice.</source>
        <translation>{n}-я четверть {year} учебного года указана дважды.</translation>
    </message>
    <message>
        <source>“{text}” is not understood here; expected: {expected}.</source>
        <translation>«{text}» здесь непонятно; ожидается: {expected}.</translation>
    </message>
    <message>
        <source>The day {date} is already corrected on line {other}.</source>
        <translation>День {date} уже исправлен в строке {other}.</translation>
    </message>
    <message>
        <source>The day {date} is outside the school years of this file ({first} to {last}).</source>
        <translation>День {date} не входит в учебные годы этого файла (с {first} по {last}).</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Строка {line}: {message}</translation>
    </message>
    <message>
        <source>This conflict was settled meanwhile.</source>
        <translation>Это расхождение уже разрешено.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value cannot be written back here; keep the server&apos;s and change the record if need be.</source>
        <translation>Значение этого ноутбука нельзя вернуть отсюда; оставьте серверное и при необходимости измените запись.</translation>
    </message>
    <message>
        <source>Your role does not allow this; nothing was changed.</source>
        <translation>Ваша роль этого не позволяет; ничего не изменено.</translation>
    </message>
    <message>
        <source>This record has been deleted or no longer exists.</source>
        <translation>Эта запись удалена или больше не существует.</translation>
    </message>
    <message>
        <source>The disk is full: the record was not saved. Free some space (empty the recycle bin, remove old downloads) and press Save again; your text stays in this form.</source>
        <translation>Диск заполнен: запись не сохранена. Освободите место (очистите корзину, удалите старые загрузки) и снова нажмите «Сохранить»; ваш текст останется в этой форме.</translation>
    </message>
    <message>
        <source>Senim cannot write to the journal&apos;s folder: it is read-only, or the disk or USB stick is gone. The record was not saved; check the folder and press Save again. Your text stays in this form.</source>
        <translation>Senim не может записать в папку журнала: она только для чтения, или диск либо флешка отключены. Запись не сохранена; проверьте папку и снова нажмите «Сохранить». Ваш текст останется в этой форме.</translation>
    </message>
    <message>
        <source>The journal is busy: another program (perhaps another Senim) is writing to it. The record was not saved; wait a moment and press Save again. Your text stays in this form.</source>
        <translation>Журнал занят: в него записывает другая программа (возможно, другой Senim). Запись не сохранена; подождите немного и снова нажмите «Сохранить». Ваш текст останется в этой форме.</translation>
    </message>
    <message>
        <source>The journal file is damaged, so the record was not saved. Your text stays in this form: copy it somewhere safe, then quit Senim and sign in again to restore the latest verified backup.</source>
        <translation>Файл журнала повреждён, поэтому запись не сохранена. Ваш текст остаётся в этой форме: скопируйте его в надёжное место, затем закройте Senim и войдите снова, чтобы восстановить последнюю проверенную копию.</translation>
    </message>
    <message>
        <source>The journal file senim.db is missing from {folder} although this folder has its keys (keys.json): nothing was created.</source>
        <translation>Файла журнала senim.db нет в {folder}, хотя ключи журнала (keys.json) в этой папке есть: ничего не создано.</translation>
    </message>
    <message>
        <source>The journal file senim.db in {folder} is empty although this folder has its keys (keys.json): nothing was created over it.</source>
        <translation>Файл журнала senim.db в {folder} пуст, хотя ключи журнала (keys.json) в этой папке есть: поверх него ничего не создано.</translation>
    </message>
    <message>
        <source>The journal file in {folder} is damaged: it cannot be read with its key. Nothing was changed.</source>
        <translation>Файл журнала в {folder} повреждён: его нельзя прочитать его ключом. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} is full, so Senim cannot work on the journal. The journal is not damaged and nothing was changed: free some space and try again.</source>
        <translation>Диск, на котором находится {folder}, заполнен, поэтому Senim не может работать с журналом. Журнал не повреждён, ничего не изменено: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Senim cannot write to {folder}: the folder is read-only, or the disk or USB stick is gone. The journal is not damaged and nothing was changed: check the folder and try again.</source>
        <translation>Senim не может записать в {folder}: папка только для чтения, или диск либо флешка отключены. Журнал не повреждён, ничего не изменено: проверьте папку и попробуйте снова.</translation>
    </message>
    <message>
        <source>The journal in {folder} is locked by another program (another Senim, a backup or a sync tool). The journal is not damaged and nothing was changed: close that program and try again.</source>
        <translation>Журнал в {folder} заблокирован другой программой (другим Senim, программой резервного копирования или синхронизации). Журнал не повреждён, ничего не изменено: закройте ту программу и попробуйте снова.</translation>
    </message>
    <message>
        <source>Restore the latest verified backup, from {when}: senim restore &quot;{file}&quot;</source>
        <translation>Восстановите последнюю проверенную копию от {when}: senim restore &quot;{file}&quot;</translation>
    </message>
    <message>
        <source>Sign in to restore the latest verified backup, from {when}.</source>
        <translation>Войдите, чтобы восстановить последнюю проверенную копию от {when}.</translation>
    </message>
    <message>
        <source>There is no verified backup to restore: delete nothing, and put the file back from a copy (senim restore FILE restores a backup&apos;s senim-….db).</source>
        <translation>Проверенной копии для восстановления нет: ничего не удаляйте и верните файл из копии (senim restore ФАЙЛ восстанавливает файл копии senim-….db).</translation>
    </message>
    <message>
        <source>Mark who was present: minutes with no one present cannot be kept.</source>
        <translation>Отметьте присутствовавших: протокол без присутствовавших вести нельзя.</translation>
    </message>
    <message>
        <source>A member is marked present twice.</source>
        <translation>Член совета отмечен дважды.</translation>
    </message>
    <message>
        <source>The chair and the secretary must be among those present.</source>
        <translation>Председатель и секретарь должны быть среди присутствовавших.</translation>
    </message>
    <message>
        <source>The chair and the secretary must be two different members.</source>
        <translation>Председатель и секретарь — разные члены совета.</translation>
    </message>
    <message>
        <source>At most {max} items on one meeting&apos;s agenda.</source>
        <translation>Не больше {max} вопросов в повестке одного заседания.</translation>
    </message>
    <message>
        <source>An item that is not about a pupil needs a title.</source>
        <translation>У вопроса не об ученике должно быть название.</translation>
    </message>
    <message>
        <source>This decision is about a pupil; for another item choose «No measure» and write what was decided.</source>
        <translation>Это решение об ученике; для другого вопроса выберите «Без мер» и напишите, что постановили.</translation>
    </message>
    <message>
        <source>A member chosen here is no longer on the council&apos;s list.</source>
        <translation>Выбранного члена совета больше нет в списке.</translation>
    </message>
    <message>
        <source>An item the council has decided stays on the agenda, with its pupil.</source>
        <translation>Решённый советом вопрос остаётся в повестке вместе с учеником.</translation>
    </message>
    <message>
        <source>An accompaniment began or ended by this meeting&apos;s decision on {date}: the date can no longer change.</source>
        <translation>Решением этого заседания {date} сопровождение начато или завершено: дату изменить нельзя.</translation>
    </message>
    <message>
        <source>This meeting has decisions: it cannot be moved to a day still to come.</source>
        <translation>У заседания есть решения: его нельзя перенести на будущий день.</translation>
    </message>
    <message>
        <source>The council has decided items at this meeting: it cannot be deleted.</source>
        <translation>На этом заседании совет принял решения: удалить его нельзя.</translation>
    </message>
    <message>
        <source>This item is already decided; the next meeting may decide anew.</source>
        <translation>По этому вопросу решение уже принято; следующее заседание может решить заново.</translation>
    </message>
    <message>
        <source>The meeting is on {date}: decisions are recorded once it has been held.</source>
        <translation>Заседание назначено на {date}: решения записываются после него.</translation>
    </message>
    <message>
        <source>The meeting of {date} has been held; choose a meeting still to come.</source>
        <translation>Заседание {date} уже прошло; выберите предстоящее.</translation>
    </message>
    <message>
        <source>This pupil is already on that meeting&apos;s agenda.</source>
        <translation>Этот ученик уже в повестке того заседания.</translation>
    </message>
    <message>
        <source>The pupil has been accompanied since {date}. Choose «Change the plan» to change the measures instead.</source>
        <translation>Ученик на сопровождении с {date}. Чтобы изменить меры, выберите «Изменить план».</translation>
    </message>
    <message>
        <source>The pupil is not accompanied now: the council may start accompaniment.</source>
        <translation>Ученик сейчас не на сопровождении: совет может назначить сопровождение.</translation>
    </message>
    <message>
        <source>Choose at least one ground.</source>
        <translation>Выберите хотя бы одно основание.</translation>
    </message>
    <message>
        <source>A ground is chosen twice.</source>
        <translation>Основание выбрано дважды.</translation>
    </message>
    <message>
        <source>A ground chosen here is not on the list, or was switched off.</source>
        <translation>Выбранного основания нет в списке, или оно отключено.</translation>
    </message>
    <message>
        <source>A code is up to 30 Latin letters, digits or _ (e.g. family_move).</source>
        <translation>Код — до 30 латинских букв, цифр или _ (например, family_move).</translation>
    </message>
    <message>
        <source>A ground&apos;s code stays as it was: records keep it.</source>
        <translation>Код основания не меняется: записи хранят его.</translation>
    </message>
    <message>
        <source>Another ground has this code.</source>
        <translation>Этот код уже у другого основания.</translation>
    </message>
    <message>
        <source>This cannot be before the accompaniment began, on {date}.</source>
        <translation>Это не может быть раньше начала сопровождения, {date}.</translation>
    </message>
    <message>
        <source>A review cannot be before the accompaniment began, on {date}.</source>
        <translation>Рассмотрение не может быть раньше начала сопровождения, {date}.</translation>
    </message>
    <message>
        <source>A review cannot be after the accompaniment ended, on {date}.</source>
        <translation>Рассмотрение не может быть позже завершения сопровождения, {date}.</translation>
    </message>
    <message>
        <source>The accompaniment began on {date}: it cannot end before.</source>
        <translation>Сопровождение начато {date}: завершить его раньше нельзя.</translation>
    </message>
    <message>
        <source>The accompaniment was reviewed on {date}: it cannot end before.</source>
        <translation>Сопровождение рассматривалось {date}: завершить его раньше нельзя.</translation>
    </message>
    <message>
        <source>The accompaniment ended on {date}: its plan no longer changes.</source>
        <translation>Сопровождение завершено {date}: его план больше не меняется.</translation>
    </message>
    <message>
        <source>A measure of the plan is for the accompanied pupil.</source>
        <translation>Мера плана — для ученика на сопровождении.</translation>
    </message>
    <message>
        <source>Only the psychologist writes confidential notes.</source>
        <translation>Конфиденциальные заметки пишет только психолог.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. Your text is still in the form; please try again. The details were written to the log.</source>
        <translation>Что-то пошло не так, и ничего не сохранено. Ваш текст остался в форме; попробуйте ещё раз. Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>Пов&amp;торите пароль</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>A new recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>Senim now keeps confidential notes under a key only psychologists hold. The recovery key printed before cannot open them: this new key replaces it. It is shown only now and is not stored anywhere: print it or write it down, keep it locked away from the computer, and destroy the old one.</source>
        <translation>Теперь Senim хранит конфиденциальные записи под ключом, который есть только у психологов. Прежний распечатанный ключ восстановления не может их открыть: его заменяет этот новый ключ. Он показывается только сейчас и нигде не хранится: распечатайте или запишите его, храните под замком отдельно от компьютера, а старый уничтожьте.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>New observation</source>
        <translation>Новое наблюдение</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation>&amp;Когда произошло</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Forms of bullying</source>
        <translation>Фо&amp;рмы буллинга</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Тяжесть</translation>
    </message>
    <message>
        <source>Pupils &amp;involved</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Reported &amp;by</source>
        <translation>Кто сообщи&amp;л</translation>
    </message>
    <message>
        <source>Reporter&apos;s na&amp;me</source>
        <translation>&amp;ФИО сообщившего</translation>
    </message>
    <message>
        <source>Leave empty for an anonymous report</source>
        <translation>Оставьте пустым, если сообщение анонимное</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <source>Immediate a&amp;ctions</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <source>Who was &amp;notified</source>
        <translation>Кто у&amp;ведомлён</translation>
    </message>
    <message>
        <source>Class teacher, parents, deputy director…</source>
        <translation>Классный руководитель, родители, заместитель директора…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <source>New bullying cas&amp;e…</source>
        <translation>Новый &amp;случай буллинга…</translation>
    </message>
    <message>
        <source>Bullying case</source>
        <translation>Случай буллинга</translation>
    </message>
    <message>
        <source>Observation of {when}</source>
        <translation>Наблюдение от {when}</translation>
    </message>
    <message>
        <source>“{title}”, stage: {stage}</source>
        <translation>«{title}», этап: {stage}</translation>
    </message>
    <message>
        <source>&amp;Open the case…</source>
        <translation>&amp;Открыть случай…</translation>
    </message>
    <message>
        <source>Not in a case</source>
        <translation>Не входит в случай</translation>
    </message>
    <message>
        <source>Start a bullying case from this incident: its pupils in their roles, linked to the case</source>
        <translation>Открыть случай буллинга по этому инциденту: его участники в своих ролях, инцидент привязан к случаю</translation>
    </message>
    <message>
        <source>Choose how serious it is; a description of each level appears here.</source>
        <translation>Выберите степень тяжести; здесь появится описание каждого уровня.</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Тяжесть</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>New observation…</source>
        <translation>Новое наблюдение…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Referral letters are addressed with these details, each in the letter&apos;s language: give them in Kazakh and in Russian. A letter that has to borrow a detail from the other language says so before it is printed.</source>
        <translation>По этим данным адресуются направления, каждое на своём языке: укажите их на казахском и на русском. Если письму придётся взять данные на другом языке, об этом будет сказано перед печатью.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>Address in Ka&amp;zakh</source>
        <translation>А&amp;дрес на казахском</translation>
    </message>
    <message>
        <source>&amp;Address in Russian</source>
        <translation>&amp;Адрес на русском</translation>
    </message>
    <message>
        <source>H&amp;ead in Kazakh</source>
        <translation>Р&amp;уководитель на казахском</translation>
    </message>
    <message>
        <source>&amp;Head in Russian</source>
        <translation>Рук&amp;оводитель на русском</translation>
    </message>
    <message>
        <source>Whom letters are addressed to: surname and initials</source>
        <translation>Кому адресуются письма: фамилия и инициалы</translation>
    </message>
    <message>
        <source>Addressee &amp;line in Kazakh</source>
        <translation>Строка адресата на ка&amp;захском</translation>
    </message>
    <message>
        <source>Addressee line in R&amp;ussian</source>
        <translation>&amp;Строка адресата на русском</translation>
    </message>
    <message>
        <source>Leave it empty to print the line proposed in grey; type to correct it.</source>
        <translation>Оставьте пустым, чтобы печаталась строка, предложенная серым; впишите свою, чтобы исправить.</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Теле&amp;фон</translation>
    </message>
    <message>
        <source>+7 727 123 45 67</source>
        <translation>+7 727 123 45 67</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Where pupils are referred: psychological support centres, the ПМПК, the juvenile police inspector, the КДНиЗП, health organisations. Add the ones your school works with; nothing is filled in for you.</source>
        <translation>Куда направляют учеников: центры психологической поддержки, ПМПК, инспектор по делам несовершеннолетних, КДНиЗП, организации здравоохранения. Добавьте те, с которыми работает ваша школа; заранее ничего не заполнено.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Show &amp;inactive ones</source>
        <translation>Показать отклю&amp;чённые</translation>
    </message>
    <message>
        <source>No organisations yet: add the first with Add….</source>
        <translation>Организаций пока нет: добавьте первую кнопкой «Добавить…».</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>{used}; inactive</source>
        <translation>{used}; отключена</translation>
    </message>
    <message>
        <source>Make ac&amp;tive</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>“{name}” is no longer offered for new referrals; the referrals that went there keep it.</source>
        <translation>«{name}» больше не предлагается для новых направлений; отправленные туда направления её сохраняют.</translation>
    </message>
    <message>
        <source>“{name}” is offered for new referrals again.</source>
        <translation>«{name}» снова предлагается для новых направлений.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Удаление организации</translation>
    </message>
    <message>
        <source>Delete “{name}” from the directory?</source>
        <translation>Удалить «{name}» из справочника?</translation>
    </message>
    <message>
        <source>Referrals went there, so it will be kept for them and only deactivated.</source>
        <translation>Туда отправлялись направления, поэтому организация сохранится для них и будет только отключена.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>«{name}» удалена.</translation>
    </message>
    <message>
        <source>Referrals went to “{name}”: it was kept for them and deactivated.</source>
        <translation>В «{name}» отправлялись направления: организация сохранена для них и отключена.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Cannot be read</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <source>This row could not be read; the details were written to the log.</source>
        <translation>Эту строку не удалось прочитать; подробности записаны в журнал программы.</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>— choose a role —</source>
        <translation>— выберите роль —</translation>
    </message>
    <message>
        <source>&amp;Add pupils…</source>
        <translation>Добавить уче&amp;ников…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;брать</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>This document cannot be shown, but it can still be saved.</source>
        <translation>Этот документ не удаётся показать, но его можно сохранить.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>The document could not be printed. Check that the printer is switched on and connected, then try again.</source>
        <translation>Не удалось напечатать документ. Проверьте, что принтер включён и подключён, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder, or check that the disk is not full or read-only.</source>
        <translation>Не удалось сохранить PDF в этом месте. Выберите другую папку или проверьте, что диск не заполнен и доступен для записи.</translation>
    </message>
</context>
<context>
    <name>PreventionDialog</name>
    <message>
        <source>New preventive activity</source>
        <translation>Новое профилактическое мероприятие</translation>
    </message>
    <message>
        <source>Preventive activity</source>
        <translation>Профилактическое мероприятие</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>What the activity was about</source>
        <translation>О чём было мероприятие</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Аудитория</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>e.g. 7Ә</source>
        <translation>например, 7Ә</translation>
    </message>
    <message>
        <source>&amp;Or group</source>
        <translation>&amp;Или группа</translation>
    </message>
    <message>
        <source>Several classes or a group, e.g. 7th grades</source>
        <translation>Несколько классов или группа, например 7-е классы</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участников</translation>
    </message>
    <message>
        <source>&amp;Led by</source>
        <translation>&amp;Провёл(а)</translation>
    </message>
    <message>
        <source>Who led it</source>
        <translation>Кто провёл</translation>
    </message>
    <message>
        <source>Your role may read the preventive work log but not change it.</source>
        <translation>Ваша роль позволяет читать журнал профилактической работы, но не изменять его.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Класс или группа</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участников</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Провёл(а)</translation>
    </message>
    <message>
        <source>Find by topic, class or group</source>
        <translation>Поиск по теме, классу или группе</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Новое профилактическое мероприятие…</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Этот учебный год</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Прошлый учебный год</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Which school year to show</source>
        <translation>Какой учебный год показать</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>Which programme to show</source>
        <translation>Какую программу показать</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Удаление профилактического мероприятия</translation>
    </message>
    <message>
        <source>Delete “{topic}” of {date} from the log?</source>
        <translation>Удалить «{topic}» от {date} из журнала?</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что будет</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>{action}, with a warning</source>
        <translation>{action}, с предупреждением</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Update: class {old} → {new}</source>
        <translation>Обновить: класс {old} → {new}</translation>
    </message>
    <message>
        <source>Update: back at school</source>
        <translation>Обновить: вернулся(ась) в школу</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверьте перед импортом</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems or warnings</source>
        <translation>Только строки с &amp;проблемами или предупреждениями</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверяем каждую строку…</translation>
    </message>
    <message>
        <source>To add: {add} · To update: {update} · No change: {unchanged} · Rejected: {reject}</source>
        <translation>Добавить: {add} · Обновить: {update} · Без изменений: {unchanged} · Отклонено: {reject}</translation>
    </message>
    <message>
        <source>{n} rows have a warning about the IIN and are imported as they are: since 2013 an IIN may differ from the birth date and sex. Check them against the pupils&apos; documents.</source>
        <translation>Строк с предупреждением об ИИН: {n}; они импортируются как есть: с 2013 года ИИН может не совпадать с датой рождения и полом. Сверьте их с документами учеников.</translation>
    </message>
    <message>
        <source>Leave out the {n} rejected rows and import the others</source>
        <translation>Пропустить отклонённые строки ({n}) и импортировать остальные</translation>
    </message>
    <message>
        <source>Mark the {n} pupils studying now who are not in this list as having left</source>
        <translation>Отметить выбывшими учеников, которых нет в этом списке ({n})</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Row {line}: {problems}</source>
        <translation>Строка {line}: {problems}</translation>
    </message>
    <message>
        <source>Rejected rows are shown in red with their problems. Correct them in the file and choose it again, or leave them out.</source>
        <translation>Отклонённые строки показаны красным вместе с их проблемами. Исправьте их в файле и выберите его снова или пропустите эти строки.</translation>
    </message>
    <message>
        <source>Nothing to import: the journal already matches this list.</source>
        <translation>Импортировать нечего: журнал уже совпадает с этим списком.</translation>
    </message>
    <message>
        <source>Import adds {add} pupils, updates {update} and marks {left} as having left. It can be cancelled until it ends; then nothing is changed.</source>
        <translation>Импорт добавит учеников: {add}, обновит: {update}, отметит выбывшими: {left}. Его можно отменить, пока он не закончится; тогда ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Referral letter (draft)</source>
        <translation>Направление (черновик)</translation>
    </message>
    <message>
        <source>Referral letter No. {number}</source>
        <translation>Направление № {number}</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>описание ситуации</translation>
    </message>
    <message>
        <source>the measures taken</source>
        <translation>принятые меры</translation>
    </message>
    <message>
        <source>an amendment</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>the school&apos;s address</source>
        <translation>адрес школы</translation>
    </message>
    <message>
        <source>the director&apos;s name</source>
        <translation>ФИО директора</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>название организации</translation>
    </message>
    <message>
        <source>the head&apos;s name</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <source>the organisation&apos;s address</source>
        <translation>адрес организации</translation>
    </message>
    <message>
        <source>The letter is in Kazakh, but these seem to be written in Russian: {parts}.</source>
        <translation>Письмо на казахском языке, но это, похоже, написано на русском: {parts}.</translation>
    </message>
    <message>
        <source>The letter is in Russian, but these seem to be written in Kazakh: {parts}.</source>
        <translation>Письмо на русском языке, но это, похоже, написано на казахском: {parts}.</translation>
    </message>
    <message>
        <source>The school profile or the directory has these only in Russian, and they will be printed so: {parts}.</source>
        <translation>В профиле школы или справочнике это есть только на русском и будет напечатано так: {parts}.</translation>
    </message>
    <message>
        <source>The school profile or the directory has these only in Kazakh, and they will be printed so: {parts}.</source>
        <translation>В профиле школы или справочнике это есть только на казахском и будет напечатано так: {parts}.</translation>
    </message>
    <message>
        <source>A letter is read in one language: correct the texts or the details first, or print it as it is.</source>
        <translation>Письмо читают на одном языке: сначала исправьте тексты или данные — или напечатайте как есть.</translation>
    </message>
    <message>
        <source>One letter, one language</source>
        <translation>Одно письмо — один язык</translation>
    </message>
    <message>
        <source>Print &amp;anyway</source>
        <translation>Всё равно &amp;напечатать</translation>
    </message>
    <message>
        <source>Consent form: {name}</source>
        <translation>Бланк согласия: {name}</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Бланк согласия</translation>
    </message>
    <message>
        <source>Printing is not available in this installation of Senim.</source>
        <translation>Печать недоступна в этой установке Senim.</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was printed or saved; the details were written to the log.</source>
        <translation>Не удалось создать документ. Ничего не напечатано и не сохранено; подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Find by name or class</source>
        <translation>Поиск по имени или классу</translation>
    </message>
    <message>
        <source>&amp;Put on the agenda</source>
        <translation>&amp;Включить в повестку</translation>
    </message>
    <message>
        <source>&amp;Not for the council…</source>
        <translation>&amp;Не для совета…</translation>
    </message>
    <message>
        <source>Pupils with warnings of two or more kinds, or targeted repeatedly, who are not accompanied: the council may take them up.</source>
        <translation>Ученики с предупреждениями двух и более видов или неоднократно пострадавшие, не состоящие на сопровождении: совет может их рассмотреть.</translation>
    </message>
    <message>
        <source>Next meeting: No. {number} on {date}</source>
        <translation>Следующее заседание: № {number}, {date}</translation>
    </message>
    <message>
        <source>No meeting is planned yet: add one on the Meetings tab.</source>
        <translation>Заседание ещё не назначено: добавьте его на вкладке «Заседания».</translation>
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>Choose a pupil on the left</source>
        <translation>Выберите ученика слева</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <source>&amp;Edit pupil…</source>
        <translation>&amp;Изменить данные…</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>Новая &amp;консультация…</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Новое на&amp;блюдение…</translation>
    </message>
    <message>
        <source>New follow-&amp;up…</source>
        <translation>Новое &amp;действие…</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>Новое напр&amp;авление…</translation>
    </message>
    <message>
        <source>Consent for&amp;m…</source>
        <translation>Бланк со&amp;гласия…</translation>
    </message>
    <message>
        <source>The parental consent form for psychological work, filled in for this pupil, to print and sign</source>
        <translation>Бланк согласия родителей на психологическую работу, заполненный для этого ученика, чтобы распечатать и подписать</translation>
    </message>
    <message>
        <source>Pupil f&amp;ile…</source>
        <translation>Дело &amp;ученика…</translation>
    </message>
    <message>
        <source>The card and the chronology of a period as a PDF, for a meeting about the pupil or a hand-over</source>
        <translation>Карточка и хронология за период в PDF — для консилиума по ученику или передачи в другую школу</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this pupil.</source>
        <translation>По этому ученику пока нет записей.</translation>
    </message>
    <message>
        <source>{age}, born {date}</source>
        <translation>{age}, дата рождения: {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Only the last four digits are shown.</source>
        <translation>Показаны только последние четыре цифры.</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Обучается</translation>
    </message>
    <message>
        <source>Left the school on {date}</source>
        <translation>Выбыл(а) из школы {date}</translation>
    </message>
    <message>
        <source>Left the school</source>
        <translation>Выбыл(а) из школы</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не указаны</translation>
    </message>
    <message>
        <source>Given on {date} by {who}</source>
        <translation>Дано {date} ({who})</translation>
    </message>
    <message>
        <source>Refused on {date} by {who}</source>
        <translation>Отказ {date} ({who})</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Ещё не запрашивалось</translation>
    </message>
    <message>
        <source>Diagnostics, counselling and trainings with the pupil need a parent&apos;s written consent; without it, only an urgent crisis response.</source>
        <translation>Для диагностики, консультаций и тренингов с учеником нужно письменное согласие родителя; без него допустимо только срочное кризисное реагирование.</translation>
    </message>
    <message>
        <source>For a referral: {how}, on {date} by {who}</source>
        <translation>Согласие на направление: {how}, {date}, {who}</translation>
    </message>
    <message>
        <source>The consent recorded in a referral is for that referral only; ask the parent for consent to psychological work separately.</source>
        <translation>Согласие, записанное в направлении, относится только к этому направлению; согласие на психологическую работу запросите у родителя отдельно.</translation>
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
        <translation>Новый ученик</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>О&amp;тчество</translation>
    </message>
    <message>
        <source>If any</source>
        <translation>При наличии</translation>
    </message>
    <message>
        <source>S&amp;ex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>&amp;IIN</source>
        <translation>ИИ&amp;Н</translation>
    </message>
    <message>
        <source>12 digits, optional</source>
        <translation>12 цифр, необязательно</translation>
    </message>
    <message>
        <source>The IIN is correct as &amp;written</source>
        <translation>ИИН &amp;указан верно</translation>
    </message>
    <message>
        <source>Keep this IIN although it does not match the birth date or sex: since 2013 an IIN may differ from them. Your acceptance is recorded with the pupil.</source>
        <translation>Оставить этот ИИН, хотя он не совпадает с датой рождения или полом: с 2013 года ИИН может от них отличаться. Ваше подтверждение сохраняется в карточке ученика.</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>7Ә</source>
        <translation>7Ә</translation>
    </message>
    <message>
        <source>&amp;Language of study</source>
        <translation>&amp;Язык обучения</translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation>Адр&amp;ес проживания</translation>
    </message>
    <message>
        <source>For referral letters; optional</source>
        <translation>Для направлений; необязательно</translation>
    </message>
    <message>
        <source>Parental c&amp;onsent</source>
        <translation>Со&amp;гласие родителей</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>&amp;Дата согласия</translation>
    </message>
    <message>
        <source>Consent given b&amp;y</source>
        <translation>Кто да&amp;л согласие</translation>
    </message>
    <message>
        <source>The parent or guardian who signed</source>
        <translation>Родитель или законный представитель, подписавший согласие</translation>
    </message>
    <message>
        <source>Print consent for&amp;m…</source>
        <translation>Распечатать бланк &amp;согласия…</translation>
    </message>
    <message>
        <source>The parental consent form for psychological work, filled in with this pupil&apos;s details as they are in the form, to print and sign</source>
        <translation>Бланк согласия родителей на психологическую работу с данными ученика, как они указаны в форме, чтобы распечатать и подписать</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>S&amp;till studying at this school</source>
        <translation>Обучается в этой &amp;школе</translation>
    </message>
    <message>
        <source>Le&amp;ft on</source>
        <translation>Дата &amp;выбытия</translation>
    </message>
    <message>
        <source>G&amp;uardians</source>
        <translation>&amp;Законные представители</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Add guardian</source>
        <translation>Доб&amp;авить представителя</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Pupil: {name}</source>
        <translation>Ученик: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n of 12 digits</source>
        <translation>
            <numerusform>%n из 12 цифр</numerusform>
            <numerusform>%n из 12 цифр</numerusform>
            <numerusform>%n из 12 цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>The digits of this IIN do not give a birth date or sex: since 2013 they need not encode them.</source>
        <translation>Цифры этого ИИН не указывают на дату рождения и пол: с 2013 года это не обязательно.</translation>
    </message>
    <message>
        <source>This IIN is for: born {date}, {sex}.</source>
        <translation>По ИИН: дата рождения {date}; пол: {sex}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Предупреждение: {text}</translation>
    </message>
    <message>
        <source>Guardian {n}: {message}</source>
        <translation>Законный представитель {n}: {message}</translation>
    </message>
</context>
<context>
    <name>PupilFileDialog</name>
    <message>
        <source>Pupil file: {name}</source>
        <translation>Дело ученика: {name}</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The pupil&apos;s card and the chronology of the period, for a meeting about the pupil or a hand-over. Confidential session notes are never in it; other pupils&apos; names in the records are replaced.</source>
        <translation>Карточка ученика и хронология за период — для консилиума или передачи дела. Конфиденциальные записи консультаций в него не входят; имена других учеников в записях заменены.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <source>The last day cannot be before the first day.</source>
        <translation>Последний день не может быть раньше первого.</translation>
    </message>
</context>
<context>
    <name>PupilPickerDialog</name>
    <message>
        <source>Choose pupils</source>
        <translation>Выбор учеников</translation>
    </message>
    <message>
        <source>Choose a pupil</source>
        <translation>Выбор ученика</translation>
    </message>
    <message>
        <source>&amp;Find a pupil by name, or by the first digits of the IIN:</source>
        <translation>&amp;Найдите ученика по имени или по первым цифрам ИИН:</translation>
    </message>
    <message>
        <source>Surname, given name…</source>
        <translation>Фамилия, имя…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Дата рождения: {date}</translation>
    </message>
    <message>
        <source>No pupils found.</source>
        <translation>Ученики не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n</source>
        <translation>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
            <numerusform>Найдено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PupilTableModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Не запрошено</translation>
    </message>
    <message>
        <source>{name} has left the school</source>
        <translation>{name} выбыл(а) из школы</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Find a pupil: part of a name or IIN</source>
        <translation>Поиск ученика: часть ФИО или ИИН</translation>
    </message>
    <message>
        <source>Show pupils who &amp;left</source>
        <translation>Показать выб&amp;ывших</translation>
    </message>
    <message>
        <source>New pupil…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation>Найдено учеников: {count}</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>В форме есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Find by a pupil&apos;s name</source>
        <translation>Поиск по имени ученика</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Link records to the case</source>
        <translation>Привязать записи к случаю</translation>
    </message>
    <message>
        <source>Incidents, sessions and concerns about the case&apos;s pupils that are in no case yet. Select one or more (Ctrl+click).</source>
        <translation>Инциденты, консультации и обращения об учениках случая, ещё не входящие ни в один случай. Выберите одну или несколько записей (Ctrl+щелчок).</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Привязать</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new password with the recovery key</source>
        <translation>Новый пароль по ключу восстановления</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat the new password</source>
        <translation>Пов&amp;торите новый пароль</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Я &amp;записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Дата печати</translation>
    </message>
    <message>
        <source>If the password of this account is forgotten, this key opens the journal and sets a new password: on the sign-in screen, “Forgot the password?”.</source>
        <translation>Если пароль этой учётной записи забыт, этот ключ открывает журнал и позволяет задать новый пароль: на экране входа нажмите «Забыли пароль?».</translation>
    </message>
    <message>
        <source>Only the account&apos;s holder may use it, or, when the psychologist has left the school, the person the director names in writing.</source>
        <translation>Пользоваться им может только владелец учётной записи, а если психолог ушёл из школы, — лицо, письменно назначенное директором.</translation>
    </message>
    <message>
        <source>Anyone holding this sheet can read the whole journal, confidential notes included. Keep it locked away from the computer (a safe, or a sealed envelope with the director); never photograph it or send it by message or e-mail.</source>
        <translation>Любой, у кого есть этот лист, может прочитать весь журнал, включая конфиденциальные заметки. Храните его под замком отдельно от компьютера (в сейфе или в запечатанном конверте у директора); никогда не фотографируйте его и не отправляйте сообщением или по электронной почте.</translation>
    </message>
    <message>
        <source>When a new recovery key is printed, destroy this sheet.</source>
        <translation>Когда будет напечатан новый ключ восстановления, уничтожьте этот лист.</translation>
    </message>
    <message>
        <source>Senim recovery key</source>
        <translation>Ключ восстановления Senim</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If a password is forgotten, this key lets you set a new one. It is shown only now and is not stored anywhere: print it or write it down, and keep it locked away from the computer.</source>
        <translation>Если пароль забыт, этот ключ позволит задать новый. Он показывается только сейчас и нигде не хранится: распечатайте или запишите его и храните под замком отдельно от компьютера.</translation>
    </message>
</context>
<context>
    <name>ReferralCommand</name>
    <message>
        <source>written</source>
        <translation>составлено</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>ЖДЁТ ОТВЕТА</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Направлений нет.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Give the referral its outgoing number and freeze it: the letter is kept as sent</source>
        <translation>Присвоить направлению исходящий номер и зафиксировать его: письмо сохраняется в отправленном виде</translation>
    </message>
    <message>
        <source>Pre&amp;view letter…</source>
        <translation>Про&amp;смотр письма…</translation>
    </message>
    <message>
        <source>Amended cop&amp;y…</source>
        <translation>Копия с &amp;изменениями…</translation>
    </message>
    <message>
        <source>The letter as sent, with the amendments made since listed at its end</source>
        <translation>Письмо в отправленном виде, с перечнем последующих изменений в конце</translation>
    </message>
    <message>
        <source>&amp;Choose pupil…</source>
        <translation>Выбрать &amp;ученика…</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Орга&amp;низация</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>Нова&amp;я организация…</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>Язык пись&amp;ма</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>Сро&amp;чность</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Why the pupil is referred, in a sentence or two</source>
        <translation>Почему ученика направляют — в одном-двух предложениях</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the case</source>
        <translation>Описани&amp;е случая</translation>
    </message>
    <message>
        <source>What happened and when; draft it from the pupil&apos;s records, then edit it</source>
        <translation>Что и когда произошло; составьте по записям ученика, затем отредактируйте</translation>
    </message>
    <message>
        <source>&amp;Draft from records…</source>
        <translation>Сос&amp;тавить по записям…</translation>
    </message>
    <message>
        <source>Choose incidents and sessions: their dates, forms, roles, reasons and outcomes are written here (never session notes)</source>
        <translation>Выберите инциденты и консультации: их даты, формы, роли, причины и итоги будут записаны сюда (заметки консультаций — никогда)</translation>
    </message>
    <message>
        <source>M&amp;easures already taken</source>
        <translation>Принятые мер&amp;ы</translation>
    </message>
    <message>
        <source>What the school has already done</source>
        <translation>Что школа уже сделала</translation>
    </message>
    <message>
        <source>Consent &amp;given by</source>
        <translation>Кто дал со&amp;гласие</translation>
    </message>
    <message>
        <source>The parent or legal representative</source>
        <translation>Родитель или законный представитель</translation>
    </message>
    <message>
        <source>Consent da&amp;te</source>
        <translation>Д&amp;ата согласия</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Consent &amp;how</source>
        <translation>&amp;Форма согласия</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>{date}, No. {number}</source>
        <translation>{date}, исх. № {number}</translation>
    </message>
    <message>
        <source>Not required for this recipient: a report to the juvenile police inspector or to the commission on minors&apos; affairs (КДНиЗП) goes without the parents&apos; consent, since a parent may be the one who harms the child. Consent given anyway may still be recorded.</source>
        <translation>Для этого адресата не требуется: сообщение инспектору по делам несовершеннолетних или в комиссию по делам несовершеннолетних и защите их прав (КДНиЗП) направляется без согласия родителей, ведь вред ребёнку может причинять сам родитель. Если согласие всё же дано, его можно записать.</translation>
    </message>
    <message>
        <source>The ПМПК needs a parent&apos;s written consent (a signed form), even when urgent: oral consent is not enough.</source>
        <translation>Для ПМПК нужно письменное согласие родителя (подписанный бланк), даже при срочном направлении: устного согласия недостаточно.</translation>
    </message>
    <message>
        <source>A referral needs a parent&apos;s consent: who gave it, when and how. Without it only an urgent referral may go, with the reason written.</source>
        <translation>Для направления нужно согласие родителя: кто, когда и как его дал. Без него можно отправить только срочное направление, указав причину.</translation>
    </message>
    <message>
        <source>Other pupils&apos; names in the records were replaced by “another pupil”: {names}. Read the summary before saving.</source>
        <translation>Имена других учеников в записях заменены на «другой ученик»: {names}. Прочитайте описание перед сохранением.</translation>
    </message>
    <message>
        <source>&amp;Why it cannot wait</source>
        <translation>Почему нельзя &amp;ждать</translation>
    </message>
    <message>
        <source>Urgent, without consent: why the referral could not wait for it</source>
        <translation>Срочно, без согласия: почему направление не могло его ждать</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Ответ организации</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Add &amp;amendment…</source>
        <translation>&amp;Добавить изменение…</translation>
    </message>
    <message>
        <source>A sent referral is not changed: what changes later is added here with its date. The letter as sent stays as it was; the amended copy lists these at its end.</source>
        <translation>Отправленное направление не меняется: то, что изменилось позже, добавляется сюда с датой. Отправленное письмо остаётся как было; копия с изменениями перечисляет их в конце.</translation>
    </message>
    <message>
        <source>Referral No. {number}: {pupil}</source>
        <translation>Направление № {number}: {pupil}</translation>
    </message>
    <message>
        <source>Draft referral: {pupil}</source>
        <translation>Черновик направления: {pupil}</translation>
    </message>
    <message>
        <source>No pupil chosen</source>
        <translation>Ученик не выбран</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged…</source>
        <translation>Подтве&amp;рждено получение…</translation>
    </message>
    <message>
        <source>&amp;Feedback received…</source>
        <translation>Получен от&amp;вет…</translation>
    </message>
    <message>
        <source>Close re&amp;ferral…</source>
        <translation>&amp;Закрыть направление…</translation>
    </message>
    <message>
        <source>Sent on {date} as No. {number}: the referral and its letter are kept as sent. Later changes are added as amendments.</source>
        <translation>Отправлено {date} под № {number}: направление и письмо сохранены в отправленном виде. Последующие изменения добавляются отдельно.</translation>
    </message>
    <message>
        <source>Your role may read referrals but not change them.</source>
        <translation>Ваша роль позволяет читать направления, но не изменять их.</translation>
    </message>
    <message>
        <source>Draft: not sent yet, no number.</source>
        <translation>Черновик: ещё не отправлено, номера нет.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Waiting for feedback: {days} days since it was sent.</source>
        <translation>Ожидает ответа: {days} дн. с момента отправки.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>Отправлено {date}</translation>
    </message>
    <message>
        <source>Written on {date}, not sent yet</source>
        <translation>Составлено {date}, ещё не отправлено</translation>
    </message>
    <message>
        <source>Waiting for feedback: {days} days</source>
        <translation>Ожидает ответа: {days} дн.</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} {date}</translation>
    </message>
    <message>
        <source>{status}; urgent</source>
        <translation>{status}; срочное</translation>
    </message>
    <message>
        <source>Find by a pupil&apos;s name or a number</source>
        <translation>Поиск по имени ученика или номеру</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>Ожидают ответа</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which referrals to show</source>
        <translation>Какие направления показать</translation>
    </message>
    <message>
        <source>Waiting for feedback: {count}</source>
        <translation>Ожидают ответа: {count}</translation>
    </message>
    <message>
        <source>None waiting for feedback</source>
        <translation>Ответа никто не ждёт</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Новое направление…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for {name}</source>
        <translation>Новый пароль: {name}</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Новый &amp;пароль</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>Пов&amp;торите его</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>New response</source>
        <translation>Новый ответ</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;By whom</source>
        <translation>&amp;Кем дан</translation>
    </message>
    <message>
        <source>Who gave the response</source>
        <translation>Кто дал ответ</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>What was said or agreed; the answer&apos;s outgoing number</source>
        <translation>Что сказано или о чём договорились; исходящий номер ответа</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup&apos;s .db file (from a backups folder or a USB stick: its .keys.json and .manifest.json files must be beside it), then sign in with a psychologist&apos;s user name and password as they were when the backup was taken.</source>
        <translation>Выберите файл резервной копии .db (из папки резервных копий или с флешки: рядом с ним должны лежать его файлы .keys.json и .manifest.json), затем войдите с именем пользователя и паролем психолога, какими они были, когда копия была сделана.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>The backup&apos;s accounts and passwords come back with it: afterwards, sign in with the passwords that were valid when the backup was taken.</source>
        <translation>Вместе с резервной копией вернутся её учётные записи и пароли: после восстановления входите с паролями, которые действовали, когда копия была сделана.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <source>Senim backups (senim-*.db)</source>
        <translation>Резервные копии Senim (senim-*.db)</translation>
    </message>
    <message>
        <source>Choose the backup&apos;s .db file first.</source>
        <translation>Сначала выберите файл резервной копии .db.</translation>
    </message>
    <message>
        <source>Enter a user name and password valid in the backup.</source>
        <translation>Введите имя пользователя и пароль, действующие в резервной копии.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Use a password that was valid when the backup was taken.</source>
        <translation>Неверное имя пользователя или пароль. Введите пароль, который действовал, когда резервная копия была сделана.</translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in {seconds} s.</source>
        <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
        <source>The backup&apos;s keyring (its .keys.json file) is not beside it: copy the backup&apos;s files together and try again.</source>
        <translation>Рядом с резервной копией нет её связки ключей (файла .keys.json): скопируйте файлы копии вместе и повторите.</translation>
    </message>
    <message>
        <source>Only a psychologist&apos;s account may restore a backup.</source>
        <translation>Восстановить резервную копию может только учётная запись психолога.</translation>
    </message>
    <message>
        <source>The backup cannot be restored: it is damaged or incomplete.</source>
        <translation>Резервную копию нельзя восстановить: она повреждена или неполна.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Резервную копию восстановить не удалось.</translation>
    </message>
    <message>
        <source>Nothing was set up. The details were written to the log.</source>
        <translation>Ничего не создано. Подробности записаны в журнал программы.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review: {name}</source>
        <translation>Рассмотрение: {name}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Динамика</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>&amp;Confidential note</source>
        <translation>&amp;Конфиденциальная заметка</translation>
    </message>
    <message>
        <source>Sealed with your notes key: only the psychologist reads it, and it is never printed.</source>
        <translation>Запечатана вашим ключом заметок: её читает только психолог, и она никогда не печатается.</translation>
    </message>
</context>
<context>
    <name>SchoolCalendarDialog</name>
    <message>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <source>Add &amp;next year</source>
        <translation>Добавить &amp;следующий год</translation>
    </message>
    <message>
        <source>De&amp;lete year…</source>
        <translation>&amp;Удалить год…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>A calendar file from the district office: its school years and holiday changes</source>
        <translation>Файл календаря из отдела образования: учебные годы и изменения праздничных и выходных дней</translation>
    </message>
    <message>
        <source>School &amp;years</source>
        <translation>Учебные &amp;годы</translation>
    </message>
    <message>
        <source>Check against the ministry&apos;s order: these dates are Senim&apos;s best guess. Save them once they match the order, or press “Confirm against the order”.</source>
        <translation>Сверьте с приказом министерства: эти даты — предположение Senim. Сохраните их, когда они совпадут с приказом, или нажмите «Подтвердить по приказу».</translation>
    </message>
    <message>
        <source>&amp;Confirm against the order</source>
        <translation>Подтвер&amp;дить по приказу</translation>
    </message>
    <message>
        <source>The dates shown match the ministry&apos;s order for this year</source>
        <translation>Показанные даты совпадают с приказом министерства на этот год</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>e.g. 2026-2027</source>
        <translation>например, 2026-2027</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Первый день</translation>
    </message>
    <message>
        <source>La&amp;st day</source>
        <translation>Пос&amp;ледний день</translation>
    </message>
    <message>
        <source>Quarter &amp;{n}</source>
        <translation>&amp;{n}-я четверть</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Grade 1 only</source>
        <translation>Только 1 класс</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Каникулы</translation>
    </message>
    <message>
        <source>A&amp;dd break</source>
        <translation>Доба&amp;вить каникулы</translation>
    </message>
    <message>
        <source>&amp;Remove break</source>
        <translation>Уб&amp;рать каникулы</translation>
    </message>
    <message>
        <source>Breaks between the quarters, and extra ones such as grade 1&apos;s week in February (tick “Grade 1 only”). Public holidays are kept in Settings → Holidays.</source>
        <translation>Каникулы между четвертями и дополнительные, например неделя для 1 класса в феврале (отметьте «Только 1 класс»). Праздничные дни задаются в меню Настройки → Праздничные дни.</translation>
    </message>
    <message>
        <source>School year {name} (check against the ministry&apos;s order)</source>
        <translation>Учебный год {name} (сверьте с приказом министерства)</translation>
    </message>
    <message>
        <source>These dates are a proposal: those of {name} a year on, each quarter starting on a working day. Check every date against the ministry&apos;s order for {new} before saving.</source>
        <translation>Эти даты — только предложение: даты {name}, сдвинутые на год, причём каждая четверть начинается в рабочий день. Перед сохранением сверьте каждую дату с приказом министерства на {new}.</translation>
    </message>
    <message>
        <source>The quarters and breaks of each school year, as the ministry&apos;s order sets them. Term summaries count by these dates.</source>
        <translation>Четверти и каникулы каждого учебного года — по приказу министерства. Отчёты за четверть считаются по этим датам.</translation>
    </message>
    <message>
        <source>Check against the ministry&apos;s order</source>
        <translation>Сверьте с приказом министерства</translation>
    </message>
    <message>
        <source>School year {name}</source>
        <translation>Учебный год {name}</translation>
    </message>
    <message>
        <source>New school year (not saved yet)</source>
        <translation>Новый учебный год (ещё не сохранён)</translation>
    </message>
    <message>
        <source>Type the dates of the quarters and breaks from the ministry&apos;s order for {new}.</source>
        <translation>Введите даты четвертей и каникул из приказа министерства на {new}.</translation>
    </message>
    <message>
        <source>Imported: {names}.</source>
        <translation>Импортировано: {names}.</translation>
    </message>
    <message>
        <source>School year {name} is confirmed against the ministry&apos;s order.</source>
        <translation>Учебный год {name} подтверждён по приказу министерства.</translation>
    </message>
    <message>
        <source>School year {name} is saved.</source>
        <translation>Учебный год {name} сохранён.</translation>
    </message>
    <message>
        <source>Delete school year</source>
        <translation>Удаление учебного года</translation>
    </message>
    <message>
        <source>Delete the school year {name} with its quarters and breaks?</source>
        <translation>Удалить учебный год {name} вместе с его четвертями и каникулами?</translation>
    </message>
    <message>
        <source>Term summaries of that year will no longer know its quarters.</source>
        <translation>Отчёты за четверть этого года больше не будут знать его четвертей.</translation>
    </message>
    <message>
        <source>School year {name} was deleted.</source>
        <translation>Учебный год {name} удалён.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This school year has changes that are not saved.</source>
        <translation>В этом учебном году есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Only the psychologist can change the school calendar.</source>
        <translation>Изменять школьный календарь может только психолог.</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School profile</source>
        <translation>Сведения о школе</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>+7 727 123 45 67</source>
        <translation>+7 727 123 45 67</translation>
    </message>
    <message>
        <source>These details appear on referral letters and reports, each in the document&apos;s language: give the name, the address and the director in Kazakh and in Russian.</source>
        <translation>Эти данные печатаются в направлениях и отчётах на языке документа: укажите название, адрес и директора на казахском и на русском.</translation>
    </message>
    <message>
        <source>Address in Ka&amp;zakh</source>
        <translation>А&amp;дрес на казахском</translation>
    </message>
    <message>
        <source>&amp;Address in Russian</source>
        <translation>&amp;Адрес на русском</translation>
    </message>
    <message>
        <source>D&amp;irector in Kazakh</source>
        <translation>Д&amp;иректор на казахском</translation>
    </message>
    <message>
        <source>&amp;Director in Russian</source>
        <translation>&amp;Директор на русском</translation>
    </message>
    <message>
        <source>Surname and initials</source>
        <translation>Фамилия и инициалы</translation>
    </message>
    <message>
        <source>P&amp;sychologist</source>
        <translation>&amp;Психолог</translation>
    </message>
    <message>
        <source>Referral &amp;numbers</source>
        <translation>Номера &amp;направлений</translation>
    </message>
    <message>
        <source>{n} is the number within the school year, {year} the school year.</source>
        <translation>{n} — номер в учебном году, {year} — учебный год.</translation>
    </message>
    <message>
        <source>The 15th letter of 2025-26 gets No. {number}.</source>
        <translation>15-е письмо 2025-26 учебного года получит № {number}.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Ваша школа</translation>
    </message>
    <message>
        <source>Senim keeps everything on this computer, encrypted. To set up a new journal, first the school: its name goes on letters and reports.</source>
        <translation>Senim хранит всё на этом компьютере в зашифрованном виде. Чтобы создать новый журнал, сначала — школа: её название будет в письмах и отчётах.</translation>
    </message>
    <message>
        <source>Already kept a Senim journal on another computer?</source>
        <translation>Уже вели журнал Senim на другом компьютере?</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <source>Your school keeps its journal on a school server?</source>
        <translation>Школа ведёт журнал на школьном сервере?</translation>
    </message>
    <message>
        <source>&amp;Join the school&apos;s journal…</source>
        <translation>&amp;Подключиться к журналу школы…</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на &amp;русском</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Director</source>
        <translation>&amp;Директор</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Психолог</translation>
    </message>
</context>
<context>
    <name>SchoolServerDialog</name>
    <message>
        <source>School server</source>
        <translation>Школьный сервер</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Расхождения…</translation>
    </message>
    <message>
        <source>Last synced at {time}.</source>
        <translation>Последняя синхронизация: {time}.</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Ещё не синхронизировано.</translation>
    </message>
    <message>
        <source>Offline since {time}: {reason}.</source>
        <translation>Нет связи с {time}: {reason}.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: {n}.</source>
        <translation>Изменений ждут отправки: {n}.</translation>
    </message>
    <message>
        <source>Open conflicts: {n}.</source>
        <translation>Открытых расхождений: {n}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}, new conflicts: {conflicts}.</source>
        <translation>Отправлено {pushed}, получено {pulled}, новых расхождений: {conflicts}.</translation>
    </message>
    <message>
        <source>This journal is on this laptop only. A school whose staff each have a laptop can share one journal through the school&apos;s own PostgreSQL server: each laptop keeps working with no network and syncs when the server answers. Confidential notes reach the server only encrypted.</source>
        <translation>Этот журнал есть только на этом ноутбуке. Если у каждого сотрудника школы свой ноутбук, журнал можно вести вместе через собственный сервер PostgreSQL школы: каждый ноутбук работает и без сети, а синхронизируется, когда сервер доступен. Конфиденциальные заметки попадают на сервер только в зашифрованном виде.</translation>
    </message>
    <message>
        <source>A psychologist sets the school&apos;s server up.</source>
        <translation>Школьный сервер настраивает психолог.</translation>
    </message>
    <message>
        <source>Server&apos;s address:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <source>Owner&apos;s password:</source>
        <translation>Пароль владельца:</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>An empty database made by the school&apos;s IT person (README: «The school server»). This journal becomes the school&apos;s first copy; the other laptops then join it with `senim join`.</source>
        <translation>Пустая база данных, созданная ИТ-специалистом школы (README: «The school server»). Этот журнал станет первой копией школы; остальные ноутбуки затем подключаются командой `senim join`.</translation>
    </message>
    <message>
        <source>Set the school&apos;s server &amp;up</source>
        <translation>&amp;Настроить школьный сервер</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, its owner&apos;s password and your own password (your login on the server is made from it).</source>
        <translation>Укажите адрес сервера, пароль его владельца и свой пароль (из него делается ваш вход на сервер).</translation>
    </message>
    <message>
        <source>Setting the server up…</source>
        <translation>Сервер настраивается…</translation>
    </message>
    <message>
        <source>The school&apos;s server is set up: {n} records sent. Close this window and open it again to see its state.</source>
        <translation>Школьный сервер настроен: отправлено записей: {n}. Закройте это окно и откройте снова, чтобы увидеть его состояние.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Дата и время</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Д&amp;лительность</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Initiated by</source>
        <translation>&amp;Инициатор</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <source>&amp;Pupils</source>
        <translation>&amp;Ученики</translation>
    </message>
    <message>
        <source>&amp;Add pupils…</source>
        <translation>Добавить уче&amp;ников…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>У&amp;брать</translation>
    </message>
    <message>
        <source>Why &amp;without consent</source>
        <translation>Почему бе&amp;з согласия</translation>
    </message>
    <message>
        <source>Why the work could not wait for a parent&apos;s signature</source>
        <translation>Почему работу нельзя было отложить до подписи родителя</translation>
    </message>
    <message>
        <source>Ot&amp;her participants</source>
        <translation>Дру&amp;гие участники</translation>
    </message>
    <message>
        <source>Parents, teachers, specialists</source>
        <translation>Родители, педагоги, специалисты</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Why the session took place, in a few words</source>
        <translation>Кратко: почему проводилась консультация</translation>
    </message>
    <message>
        <source>Confidential &amp;notes</source>
        <translation>&amp;Конфиденциальные заметки</translation>
    </message>
    <message>
        <source>&amp;Outcome and recommendations</source>
        <translation>&amp;Результат и рекомендации</translation>
    </message>
    <message>
        <source>Risk of sel&amp;f-harm: put this pupil at the top of the dashboard</source>
        <translation>Риск &amp;самоповреждения: поднять ученика наверх на главной</translation>
    </message>
    <message>
        <source>Only the psychologist can record or change sessions.</source>
        <translation>Только психолог может записывать и изменять консультации.</translation>
    </message>
    <message>
        <source>Session of {when}</source>
        <translation>Консультация от {when}</translation>
    </message>
    <message>
        <source>Confidential: only the psychologist can read these notes.</source>
        <translation>Конфиденциально: эти заметки может читать только психолог.</translation>
    </message>
    <message>
        <source>No written parental consent for: {names}. Work without it is allowed only as an urgent crisis response — say why.</source>
        <translation>Нет письменного согласия родителей: {names}. Работа без него допустима только как срочное кризисное реагирование — укажите причину.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Ученики</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Вид консультации</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Новая консультация…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Senim</source>
        <translation>Настройка Senim</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Создание журнала…</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign in to open the journal.</source>
        <translation>Войдите, чтобы открыть журнал.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Forgot the password?</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <source>A new password is set. Sign in with it.</source>
        <translation>Новый пароль установлен. Войдите с ним.</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Войти под &amp;другим именем</translation>
    </message>
    <message>
        <source>{user}&apos;s journal is locked. Sign in again to go on.</source>
        <translation>Журнал пользователя {user} заблокирован. Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>You may try again now.</source>
        <translation>Можно попробовать снова.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {seconds} s.</source>
        <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Открыть случай снова</translation>
    </message>
    <message>
        <source>Move the case to another stage</source>
        <translation>Перевести случай на другой этап</translation>
    </message>
    <message>
        <source>Now: {stage}, since {date}</source>
        <translation>Сейчас: {stage}, с {date}</translation>
    </message>
    <message>
        <source>Back to: {stage}</source>
        <translation>Вернуться: {stage}</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Перейти к</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>О&amp;тветственный</translation>
    </message>
    <message>
        <source>Who leads this stage</source>
        <translation>Кто ведёт этот этап</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>При&amp;мечание</translation>
    </message>
    <message>
        <source>Going back a stage: say why in the note.</source>
        <translation>Возврат на этап: напишите в примечании почему.</translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation>Следующая про&amp;верка</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <source>How the case ended: what changed for the pupils</source>
        <translation>Чем закончился случай: что изменилось для учеников</translation>
    </message>
    <message>
        <source>Close the case &amp;anyway</source>
        <translation>Всё равно &amp;закрыть случай</translation>
    </message>
    <message>
        <source>Mark its open &amp;incidents as resolved ({count})</source>
        <translation>Отметить открытые инциденты как &amp;решённые ({count})</translation>
    </message>
</context>
<context>
    <name>StageSteps</name>
    <message>
        <source>Current stage: {stage}</source>
        <translation>Текущий этап: {stage}</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Send the referral</source>
        <translation>Отправка направления</translation>
    </message>
    <message>
        <source>The organisation acknowledged the referral</source>
        <translation>Организация подтвердила получение направления</translation>
    </message>
    <message>
        <source>The organisation&apos;s feedback</source>
        <translation>Ответ организации</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Закрытие направления</translation>
    </message>
    <message>
        <source>The referral gets the next outgoing number of the school year of this date, and its letter is kept exactly as it is now. After that it cannot be changed: later changes are added as amendments.</source>
        <translation>Направление получит следующий исходящий номер учебного года этой даты, а письмо сохранится точно в нынешнем виде. После этого его нельзя изменить: последующие изменения добавляются отдельно.</translation>
    </message>
    <message>
        <source>Each step is saved with its date; it cannot be before the previous step or in the future.</source>
        <translation>Каждый этап сохраняется со своей датой; она не может быть раньше предыдущего этапа или в будущем.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;What they answered</source>
        <translation>&amp;Что ответили</translation>
    </message>
    <message>
        <source>The organisation&apos;s findings and recommendations, its letter&apos;s number</source>
        <translation>Выводы и рекомендации организации, номер её письма</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>the server could not be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <source>the server refused the name or the password</source>
        <translation>сервер не принял имя или пароль</translation>
    </message>
    <message>
        <source>this account may no longer use the school server</source>
        <translation>эта учётная запись больше не может работать со школьным сервером</translation>
    </message>
    <message>
        <source>the server was set up by a newer Senim: update Senim</source>
        <translation>сервер настроен более новой версией Senim: обновите Senim</translation>
    </message>
    <message>
        <source>the address is not a Senim school server</source>
        <translation>по этому адресу нет школьного сервера Senim</translation>
    </message>
    <message>
        <source>the server did not show the expected certificate</source>
        <translation>сервер предъявил не тот сертификат</translation>
    </message>
    <message>
        <source>the server&apos;s PostgreSQL is too old (15 or newer is needed)</source>
        <translation>PostgreSQL на сервере слишком старый (нужна версия 15 или новее)</translation>
    </message>
    <message>
        <source>the server&apos;s address is wrong</source>
        <translation>неверный адрес сервера</translation>
    </message>
    <message>
        <source>this data folder is not empty: a laptop joins into a new, empty one</source>
        <translation>эта папка данных не пуста: ноутбук подключается в новую, пустую папку</translation>
    </message>
    <message>
        <source>the database is not empty: the server is set up only in a new, empty database</source>
        <translation>база данных не пуста: сервер настраивается только в новой, пустой базе</translation>
    </message>
    <message>
        <source>an unexpected fault ({code})</source>
        <translation>непредвиденная ошибка ({code})</translation>
    </message>
</context>
<context>
    <name>TeamStatusLabel</name>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Offline since {time}</source>
        <translation>Нет связи с {time}</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Синхронизировано в {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>waiting to be sent: {n}</source>
        <translation>ждут отправки: {n}</translation>
    </message>
    <message>
        <source>conflicts: {n}</source>
        <translation>расхождений: {n}</translation>
    </message>
    <message>
        <source>The school&apos;s server: {url}</source>
        <translation>Школьный сервер: {url}</translation>
    </message>
    <message>
        <source>Last attempt: {reason}</source>
        <translation>Последняя попытка: {reason}</translation>
    </message>
</context>
<context>
    <name>TermSummary</name>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Pupils seen in sessions</source>
        <translation>Учеников на консультациях</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено консультаций</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Concerns received</source>
        <translation>Поступило обращений</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Отвечено в срок</translation>
    </message>
    <message>
        <source>Concerns overdue</source>
        <translation>Обращения с просроченным ответом</translation>
    </message>
    <message>
        <source>Bullying cases opened</source>
        <translation>Открыто случаев буллинга</translation>
    </message>
    <message>
        <source>Bullying cases closed</source>
        <translation>Закрыто случаев буллинга</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Отправлено направлений</translation>
    </message>
    <message>
        <source>Preventive activities</source>
        <translation>Профилактические мероприятия</translation>
    </message>
    <message>
        <source>Participants in activities</source>
        <translation>Участников мероприятий</translation>
    </message>
    <message>
        <source>Pupils accompanied (at the end)</source>
        <translation>Учеников на сопровождении (на конец)</translation>
    </message>
    <message>
        <source>Accompaniments started</source>
        <translation>Начато сопровождений</translation>
    </message>
    <message>
        <source>Accompaniments ended</source>
        <translation>Завершено сопровождений</translation>
    </message>
    <message>
        <source>Accompaniment reviews overdue</source>
        <translation>Просроченных рассмотрений</translation>
    </message>
    <message>
        <source>Sessions by kind</source>
        <translation>Консультации по видам</translation>
    </message>
    <message>
        <source>Sessions by who asked</source>
        <translation>Консультации по инициатору</translation>
    </message>
    <message>
        <source>Incidents by form</source>
        <translation>Инциденты по формам</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Инциденты по тяжести</translation>
    </message>
    <message>
        <source>Incidents by place</source>
        <translation>Инциденты по месту</translation>
    </message>
    <message>
        <source>Incidents by grade</source>
        <translation>Инциденты по классам</translation>
    </message>
    <message>
        <source>Concerns by source</source>
        <translation>Обращения по источнику</translation>
    </message>
    <message>
        <source>Concerns by answer</source>
        <translation>Обращения по ответу</translation>
    </message>
    <message>
        <source>Bullying cases by stage</source>
        <translation>Случаи буллинга по этапам</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Направления по адресату</translation>
    </message>
    <message>
        <source>Referrals by status</source>
        <translation>Направления по состоянию</translation>
    </message>
    <message>
        <source>Activities by programme</source>
        <translation>Мероприятия по программам</translation>
    </message>
    <message>
        <source>Participants by programme</source>
        <translation>Участники по программам</translation>
    </message>
    <message>
        <source>Accompanied pupils by ground</source>
        <translation>Ученики на сопровождении по основаниям</translation>
    </message>
    <message>
        <source>Accompanied pupils by grade</source>
        <translation>Ученики на сопровождении по классам</translation>
    </message>
    <message>
        <source>Sessions by part of the year</source>
        <translation>Консультации по частям года</translation>
    </message>
    <message>
        <source>Incidents by part of the year</source>
        <translation>Инциденты по частям года</translation>
    </message>
    <message>
        <source>Concerns by part of the year</source>
        <translation>Обращения по частям года</translation>
    </message>
    <message>
        <source>Referrals by part of the year</source>
        <translation>Направления по частям года</translation>
    </message>
    <message>
        <source>Before quarter 1</source>
        <translation>До начала 1 четверти</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>1 четверть</translation>
    </message>
    <message>
        <source>Autumn break</source>
        <translation>Осенние каникулы</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>2 четверть</translation>
    </message>
    <message>
        <source>Winter break</source>
        <translation>Зимние каникулы</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>3 четверть</translation>
    </message>
    <message>
        <source>Spring break</source>
        <translation>Весенние каникулы</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>4 четверть</translation>
    </message>
    <message>
        <source>Summer (to 31 August)</source>
        <translation>Лето (до 31 августа)</translation>
    </message>
    <message>
        <source>Whole year (not in the calendar)</source>
        <translation>Весь год (нет в календаре)</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Отвечено с опозданием</translation>
    </message>
    <message>
        <source>Overdue: no answer yet</source>
        <translation>Просрочено: ответа нет</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок ещё не наступил</translation>
    </message>
    <message>
        <source>«&lt;5»: from 1 to 4, not shown exactly so that no pupil can be recognised. «×»: hidden so that a «&lt;5» cannot be worked out from the total. Counts of 5 and more are rounded to a multiple of 5, so that no two periods or tables can be subtracted to find a small count.</source>
        <translation>«&lt;5»: от 1 до 4, точное число не показано, чтобы нельзя было узнать ученика. «×»: скрыто, чтобы «&lt;5» нельзя было вычислить из итога. Числа от 5 и больше округлены до кратного 5, чтобы вычитанием периодов или таблиц нельзя было найти малое число.</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>Другие основания</translation>
    </message>
    <message>
        <source>Pre-school class</source>
        <translation>Предшкольный класс</translation>
    </message>
    <message>
        <source>Grade {n}</source>
        <translation>{n} класс</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Год назад</translation>
    </message>
    <message>
        <source>previous: {previous} · last year: {last_year}</source>
        <translation>ранее: {previous} · год назад: {last_year}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>TermSummaryPage</name>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-я четверть</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Учебный год:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>The language of the PDF and Excel files</source>
        <translation>Язык файлов PDF и Excel</translation>
    </message>
    <message>
        <source>&amp;Document in:</source>
        <translation>&amp;Документ на:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The outgoing number, if the school numbers its reports: printed under the school&apos;s name</source>
        <translation>Исходящий номер, если школа нумерует отчёты: печатается под названием школы</translation>
    </message>
    <message>
        <source>Outgoing &amp;no.:</source>
        <translation>Исх. &amp;№:</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Таблицы</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of the dates.</source>
        <translation>Первый день позже последнего: измените одну из дат.</translation>
    </message>
    <message>
        <source>This period is not among the published counts yet: they are published again when the psychologist or a counsellor next closes the journal.</source>
        <translation>Этого периода пока нет среди опубликованных данных: они будут опубликованы заново, когда психолог или социальный педагог в следующий раз закроет журнал.</translation>
    </message>
    <message>
        <source>This quarter is not in the school calendar: add it in Settings → School year….</source>
        <translation>Этой четверти нет в школьном календаре: добавьте её в меню Настройки → Учебный год….</translation>
    </message>
    <message>
        <source>The summary could not be counted. The details were written to the log.</source>
        <translation>Не удалось подсчитать отчёт. Подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>No period to count</source>
        <translation>Период не выбран</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>По состоянию на {date}.</translation>
    </message>
    <message>
        <source>The quarter is still running: its figures are not final, so they are not marked up or down against whole quarters.</source>
        <translation>Четверть ещё не закончилась: данные неполные, поэтому рост и снижение по сравнению с завершёнными четвертями не отмечаются.</translation>
    </message>
    <message>
        <source>The period is still running: its figures are not final, so they are not marked up or down against whole periods.</source>
        <translation>Период ещё не закончился: данные неполные, поэтому рост и снижение по сравнению с завершёнными периодами не отмечаются.</translation>
    </message>
    <message>
        <source>Compared with the previous period ({previous}) and the same period last year ({last_year}).</source>
        <translation>В сравнении с предыдущим периодом ({previous}) и тем же периодом прошлого года ({last_year}).</translation>
    </message>
    <message>
        <source>Quarter {n}, {year} ({dates})</source>
        <translation>{n}-я четверть {year} ({dates})</translation>
    </message>
    <message>
        <source>School year {year} ({dates})</source>
        <translation>{year} учебный год ({dates})</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the summary as an Excel workbook</source>
        <translation>Сохранить отчёт в книгу Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving and printing the summary are not available in this installation of Senim.</source>
        <translation>Сохранение и печать отчёта недоступны в этой установке Senim.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, or check that the disk is not full or read-only, and that the file is not open in another program.</source>
        <translation>Не удалось сохранить файл в этом месте. Выберите другую папку или проверьте, что диск не заполнен и не защищён от записи, а файл не открыт в другой программе.</translation>
    </message>
    <message>
        <source>The document could not be made. Nothing was saved; the details were written to the log.</source>
        <translation>Не удалось создать документ. Ничего не сохранено; подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>Term summary</source>
        <translation>Отчёт за четверть</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать подробности</translation>
    </message>
    <message>
        <source>The version and the kind of error, for whoever helps you: no names, no notes.</source>
        <translation>Версия и вид ошибки — для того, кто вам помогает: без имён и записей.</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала программы</translation>
    </message>
    <message>
        <source>Details copied</source>
        <translation>Подробности скопированы</translation>
    </message>
</context>
<context>
    <name>WarningSettingsDialog</name>
    <message>
        <source>Early warning</source>
        <translation>Раннее предупреждение</translation>
    </message>
    <message>
        <source>When a pupil is raised on the dashboard, and how long the school has to respond to a concern. Changes apply at once to every warning; deadlines of concerns already received stay as they were.</source>
        <translation>Когда ученик попадает на главную и сколько времени у школы на ответ на обращение. Изменения сразу действуют для всех предупреждений; сроки уже поступивших обращений не меняются.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <source>Bullying: incidents &amp;against one pupil</source>
        <translation>Буллинг: &amp;инцидентов против одного ученика</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> и более</translation>
    </message>
    <message>
        <source>this &amp;school year (since 1 September)</source>
        <translation>в этом &amp;учебном году (с 1 сентября)</translation>
    </message>
    <message>
        <source>in the &amp;last</source>
        <translation>за пос&amp;ледние</translation>
    </message>
    <message>
        <source>… counted</source>
        <translation>… учитываются</translation>
    </message>
    <message>
        <source>Order No. 506 calls bullying humiliation repeated two or more times, with no time limit: by default the incidents of the current school year count.</source>
        <translation>Приказ № 506 называет буллингом унижение, повторяющееся два и более раз, без ограничения по времени: по умолчанию учитываются инциденты текущего учебного года.</translation>
    </message>
    <message>
        <source>Incident with no &amp;follow-up after</source>
        <translation>Инцидент без последующих &amp;действий дольше</translation>
    </message>
    <message>
        <source>Serious incidents and &amp;risks: look back</source>
        <translation>Серьёзные инциденты и &amp;риски: за последние</translation>
    </message>
    <message>
        <source>Concern: &amp;acknowledge within</source>
        <translation>Обращение: &amp;принять в течение</translation>
    </message>
    <message>
        <source>Concern: &amp;written answer within</source>
        <translation>Обращение: &amp;ответить письменно в течение</translation>
    </message>
    <message>
        <source>The Administrative Procedural Code (art. 76) gives 15 working days to answer an appeal; the school may promise less. Days off are in Settings → Holidays.</source>
        <translation>Административный процедурно-процессуальный кодекс (статья 76) даёт 15 рабочих дней на ответ на обращение; школа может обещать меньший срок. Выходные дни задаются в меню Настройки → Праздничные дни.</translation>
    </message>
    <message>
        <source>Repeated concerns &amp;within</source>
        <translation>По&amp;вторные обращения за</translation>
    </message>
    <message>
        <source>Bullying case: &amp;monitor at least</source>
        <translation>Случай буллинга: &amp;наблюдать не менее</translation>
    </message>
    <message>
        <source>Closing a case watched for less time after its measures asks first.</source>
        <translation>Перед закрытием случая, наблюдавшегося после мер меньше этого срока, Senim переспросит.</translation>
    </message>
    <message>
        <source>&amp;111 contact centre: phone</source>
        <translation>Контакт-центр &amp;111: телефон</translation>
    </message>
    <message>
        <source>Psychological &amp;support centre</source>
        <translation>&amp;Центр психологической поддержки</translation>
    </message>
    <message>
        <source>The regional centre&apos;s name, address and phone, shown beside a risk of self-harm</source>
        <translation>Название, адрес и телефон регионального центра; показываются рядом с риском самоповреждения</translation>
    </message>
    <message>
        <source>Only the psychologist can change the early-warning settings.</source>
        <translation>Изменять настройки раннего предупреждения может только психолог.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Risk of self-harm noted in a session</source>
        <translation>На консультации отмечен риск самоповреждения</translation>
    </message>
    <message>
        <source>Serious incident (severity 3–4) still open</source>
        <translation>Серьёзный инцидент (тяжесть 3–4) всё ещё открыт</translation>
    </message>
    <message>
        <source>Both a target and an aggressor in recent incidents</source>
        <translation>И пострадавший, и агрессор в недавних инцидентах</translation>
    </message>
    <message>
        <source>A concern about the pupil was not answered in time</source>
        <translation>Обращение об ученике без ответа в срок</translation>
    </message>
    <message>
        <source>{n} concerns about the pupil within {days} days</source>
        <translation>Обращений об ученике за {days} дн.: {n}</translation>
    </message>
    <message>
        <source>this school year (since {date})</source>
        <translation>в этом учебном году (с {date})</translation>
    </message>
    <message>
        <source>in the last {days} days</source>
        <translation>за последние {days} дн.</translation>
    </message>
    <message>
        <source>Targeted in {n} incidents {window}</source>
        <translation>Пострадавший в {n} инцидентах {window}</translation>
    </message>
    <message>
        <source>An incident with no follow-up action after {days} working days</source>
        <translation>Инцидент без последующих действий дольше {days} раб. дн.</translation>
    </message>
    <message>
        <source>Follow-up actions overdue: {n}</source>
        <translation>Просрочено последующих действий: {n}</translation>
    </message>
    <message>
        <source>The review date of a bullying case under monitoring has passed</source>
        <translation>Прошла дата пересмотра случая буллинга на мониторинге</translation>
    </message>
    <message>
        <source>A session in the last {days} days was marked with a risk of self-harm. Make sure the pupil is safe today, tell the parents, and refer to the psychological support centre; the 111 line helps children and families round the clock.</source>
        <translation>На консультации за последние {days} дн. отмечен риск самоповреждения. Убедитесь, что ученик сегодня в безопасности, сообщите родителям и направьте в центр психологической поддержки; Единый контакт-центр 111 по вопросам защиты прав семьи, женщин и детей работает круглосуточно.</translation>
    </message>
    <message>
        <source>The pupil was a target or an aggressor in an incident of severity 3 or 4 in the last {days} days that is still open: nobody has taken it into monitoring or resolved it.</source>
        <translation>За последние {days} дн. ученик был пострадавшим или агрессором в инциденте тяжести 3 или 4, который всё ещё открыт: его никто не взял на мониторинг и не разрешил.</translation>
    </message>
    <message>
        <source>The pupil was the target in {min} or more incidents {window}. Under Order No. 506 bullying is humiliation, harassment or intimidation repeated two or more times, with no time limit: open a bullying case if there is none.</source>
        <translation>Ученик был пострадавшим в {min} и более инцидентах {window}. По Приказу № 506 буллинг — это унижение, преследование или запугивание, повторяющееся два и более раз, без ограничения по времени: откройте случай буллинга, если его ещё нет.</translation>
    </message>
    <message>
        <source>The pupil was a target in one incident and an aggressor in another {window}: children who are bullied sometimes pass it on, and both need help.</source>
        <translation>Ученик был пострадавшим в одном инциденте и агрессором в другом {window}: дети, которых травят, иногда сами начинают травить, и помощь нужна и тому и другому.</translation>
    </message>
    <message>
        <source>An open incident with the pupil as target or aggressor has had no follow-up action for {days} working days or more (weekends and days off do not count).</source>
        <translation>По открытому инциденту, где ученик пострадавший или агрессор, нет последующих действий {days} раб. дн. и более (субботы, воскресенья и другие выходные дни не считаются).</translation>
    </message>
    <message>
        <source>A concern about the pupil was not acknowledged within {ack} working days or not answered in writing within {answer} working days.</source>
        <translation>Обращение об ученике не принято в течение {ack} раб. дн. или на него не дан письменный ответ в течение {answer} раб. дн.</translation>
    </message>
    <message>
        <source>Two or more concerns about the pupil came within {days} days: a family that complains again was not helped the first time.</source>
        <translation>За {days} дн. поступило два и более обращения об ученике: если семья обращается снова, в первый раз ей не помогли.</translation>
    </message>
    <message>
        <source>A follow-up action for the pupil is past its due date.</source>
        <translation>Срок последующего действия для ученика прошёл.</translation>
    </message>
    <message>
        <source>A bullying case with the pupil is in monitoring and its review date has passed: review it and record the next stage.</source>
        <translation>Случай буллинга с этим учеником на мониторинге, и дата пересмотра прошла: пересмотрите его и запишите следующий этап.</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Your password is not right.</source>
        <translation>Неверный пароль.</translation>
    </message>
</context>
</TS>
