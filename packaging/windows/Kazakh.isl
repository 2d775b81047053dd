; *** Inno Setup 6 Kazakh messages for Senim's installer ***
;
; Inno Setup ships no Kazakh translation, so this one is Senim's own. It translates the
; screens a psychologist sees while installing and uninstalling (welcome, folder, start-menu
; folder, tasks, ready, installing, finished, uninstall). senim.iss lists it after
; Default.isl, so any message not here (rare errors) falls back to English.
; Saved as UTF-8 with a byte order mark, as Inno Setup 6 requires for non-ANSI text.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

ConfirmTitle=Растау
ErrorTitle=Қате
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтай аласыз.%n%nОрнатудан шығасыз ба?

ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=Жарайды
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=Бәріне и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Бәріне ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта

SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

ClickNext=Жалғастыру үшін «Келесі» түймесін, шығу үшін «Бас тарту» түймесін басыңыз.
BrowseDialogTitle=Қалтаны таңдау
BrowseDialogLabel=Тізімнен қалтаны таңдап, «Жарайды» түймесін басыңыз.
NewFolderName=Жаңа қалта

WelcomeLabel1=[name] бағдарламасын орнату шебері
WelcomeLabel2=Компьютерге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жабу ұсынылады.

WizardSelectDir=Орнату қалтасын таңдаңыз
SelectDirDesc=[name] қайда орнатылсын?
SelectDirLabel3=[name] төмендегі қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
DiskSpaceGBLabel=Кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Кемінде [mb] МБ бос орын қажет.

WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдаңыз
SelectStartMenuFolderDesc=Бағдарламаның белгішелері қайда орналассын?
SelectStartMenuFolderLabel3=Бағдарламаның белгішелері «Бастау» мәзірінің төмендегі қалтасында жасалады.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
NoIconsCheck=&Қалта жасамау

WizardSelectTasks=Қосымша тапсырмаларды таңдаңыз
SelectTasksDesc=Тағы не істеу керек?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» түймесін басыңыз.

WizardReady=Орнатуға дайын
ReadyLabel1=Енді [name] компьютерге орнатылады.
ReadyLabel2a=Орнатуды бастау үшін «Орнату» түймесін, параметрлерді тексеру не өзгерту үшін «Артқа» түймесін басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» түймесін басыңыз.
ReadyMemoDir=Орнату қалтасы:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

WizardPreparing=Орнатуға дайындық
PreparingDesc=[name] компьютерге орнатуға дайындалуда.

WizardInstalling=Орнатылуда
InstallingLabel=[name] компьютерге орнатылып жатыр, күте тұрыңыз.

FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] компьютерге орнатылды.
FinishedLabel=[name] компьютерге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» түймесін басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосылсын ба?
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін өзім қайта іске қосамын

SetupAborted=Орнату аяқталған жоқ.%n%nМәселені шешіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=Қайта &көру
AbortRetryIgnoreIgnore=Қатені елемей, &жалғастыру
AbortRetryIgnoreCancel=Орнатудан бас тарту

StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Белгішелер жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusSavingUninstall=Жою туралы мәлімет сақталуда...
StatusRollback=Өзгерістер кері қайтарылуда...

ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдас бөліктерін жойғыңыз келе ме?
UninstallStatusLabel=%1 компьютерден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютерден жойылды.
UninstalledMost=%1 жойылды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды өзіңіз жоя аласыз.
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылуда...

[CustomMessages]
NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
LaunchProgram=%1 іске қосу
UninstallProgram=%1 бағдарламасын жою
