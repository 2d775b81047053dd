<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
</context>
<context>
    <name>App</name>
    <message>
        <source>Senim could not open the journal in {folder}. Check that the folder exists, is writable and is not used by another Senim; the details are in the log.</source>
        <translation>Senim не может открыть журнал в папке {folder}. Проверьте, что папка существует, доступна для записи и не используется другим окном Senim; подробности записаны в журнал ошибок.</translation>
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
        <source>Something went wrong. Your saved records are safe; the details were written to the log. If it happens again, restart Senim.</source>
        <translation>Что-то пошло не так. Сохранённые записи в безопасности; подробности записаны в журнал. Если ошибка повторится, перезапустите Senim.</translation>
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
        <source>Action due</source>
        <translation>Выполнить к сроку</translation>
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
        <translation>Мероприятий к выполнению</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Мероприятий просрочено</translation>
    </message>
    <message>
        <source>This school year, since {date}</source>
        <translation>Этот учебный год, с {date}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Мероприятие</translation>
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
        <translation>Какие мероприятия показывать</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполнение</translation>
    </message>
    <message>
        <source>Mark the selected follow-ups done today (Ctrl+D)</source>
        <translation>Отметить выбранные мероприятия как выполненные сегодня (Ctrl+D)</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Новое мероприятие…</translation>
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
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Центр психологической поддержки</translation>
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
        <translation>Мероприятие</translation>
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
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Открываем журнал…</translation>
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
        <translation>Новое наблюдение (случай буллинга); если открыта карточка ученика — для этого ученика</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Новое &amp;мероприятие…</translation>
    </message>
    <message>
        <source>A new follow-up action; for the pupil on the card, if one is open</source>
        <translation>Новое мероприятие; если открыта карточка ученика — для этого ученика</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Search the list on this page</source>
        <translation>Поиск в списке на этой странице</translation>
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
        <source>&amp;Sessions</source>
        <translation>&amp;Консультации</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Наблюдения</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>&amp;School profile…</source>
        <translation>&amp;Сведения о школе…</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
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
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Follow-ups ({count} overdue)</source>
        <translation>Мероприятия (просрочено: {count})</translation>
    </message>
    <message>
        <source>Pupils: {count}</source>
        <translation>Учеников: {count}</translation>
    </message>
    <message>
        <source>About Senim</source>
        <translation>О программе Senim</translation>
    </message>
    <message>
        <source>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;An offline journal for school psychologists.&lt;br&gt;&lt;br&gt;Data folder:&lt;br&gt;{folder}</source>
        <translation>&lt;b&gt;Senim&lt;/b&gt; {version}&lt;br&gt;Журнал школьного психолога, работающий без интернета.&lt;br&gt;&lt;br&gt;Папка данных:&lt;br&gt;{folder}</translation>
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
        <source>A class is a grade from 0 to 11 and a capital letter, e.g. 7Ә or 10Б.</source>
        <translation>Класс — это номер от 0 до 11 и заглавная буква, например 7Ә или 10Б.</translation>
    </message>
    <message>
        <source>An IIN is exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN (century and sex) must be from 1 to 6.</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The first six digits of an IIN must be a real birth date (YYMMDD).</source>
        <translation>Первые шесть цифр ИИН должны быть настоящей датой рождения (ГГММДД).</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in this IIN.</source>
        <translation>Контрольная цифра не сходится: в ИИН опечатка.</translation>
    </message>
    <message>
        <source>This IIN is for a birth date of {birth_date}: check the IIN or the birth date.</source>
        <translation>Этот ИИН соответствует дате рождения {birth_date}: проверьте ИИН или дату рождения.</translation>
    </message>
    <message>
        <source>This IIN does not match the sex chosen.</source>
        <translation>Этот ИИН не соответствует выбранному полу.</translation>
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
        <source>Enter the school's name in Kazakh or in Russian.</source>
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
        <source>This is the last psychologist's account: someone must be able to manage the journal.</source>
        <translation>Это последняя учётная запись психолога: кто-то должен управлять журналом.</translation>
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
        <source>Your role does not allow this; nothing was changed.</source>
        <translation>Ваша роль этого не позволяет; ничего не изменено.</translation>
    </message>
    <message>
        <source>This record has been deleted or no longer exists.</source>
        <translation>Эта запись удалена или больше не существует.</translation>
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
    <message>
        <source>Reported &amp;by</source>
        <translation>Кто сообщи&amp;л</translation>
    </message>
    <message>
        <source>Reporter's na&amp;me</source>
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
        <source>Observation of {when}</source>
        <translation>Наблюдение от {when}</translation>
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
        <translation>Новое &amp;мероприятие…</translation>
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
        <source>Diagnostics, counselling and trainings with the pupil need a parent's written consent; without it, only an urgent crisis response.</source>
        <translation>Для диагностики, консультаций и тренингов с учеником нужно письменное согласие родителя; без него допустимо только срочное кризисное реагирование.</translation>
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
        <source>This IIN is for: born {date}, {sex}.</source>
        <translation>По ИИН: дата рождения {date}; пол: {sex}.</translation>
    </message>
    <message>
        <source>Guardian {n}: {message}</source>
        <translation>Законный представитель {n}: {message}</translation>
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
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Show pupils who &amp;left</source>
        <translation>Показать &amp;выбывших</translation>
    </message>
    <message>
        <source>New pupil…</source>
        <translation>Новый ученик…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
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
        <source>Find by a pupil's name</source>
        <translation>Поиск по имени ученика</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
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
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Я &amp;записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <source>Senim recovery key</source>
        <translation>Ключ восстановления Senim</translation>
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
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>School profile</source>
        <translation>Сведения о школе</translation>
    </message>
    <message>
        <source>These details appear on referral letters and reports. Give the school's name in Kazakh, in Russian, or both.</source>
        <translation>Эти сведения указываются в направлениях и отчётах. Укажите название школы на казахском, на русском или на обоих языках.</translation>
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
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
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
        <translation>Фамилия и инициалы</translation>
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
        <translation>Ваша школа</translation>
    </message>
    <message>
        <source>Senim keeps everything on this computer, encrypted. First, the school: its name goes on letters and reports.</source>
        <translation>Senim хранит всё на этом компьютере в зашифрованном виде. Сначала — школа: её название будет в письмах и отчётах.</translation>
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
        <source>Why the work could not wait for a parent's signature</source>
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
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
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
        <source>Locked. Sign in again to go on.</source>
        <translation>Заблокировано. Войдите снова, чтобы продолжить.</translation>
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
</TS>
