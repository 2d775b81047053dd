; Senim's Windows installer (Inno Setup 6). Build the bundle first on Windows:
;   pyinstaller --noconfirm packaging\senim.spec       -> dist\senim\senim.exe
; then, from the repository's root:
;   iscc /DAppVersion=0.1.0 packaging\windows\senim.iss  -> dist\senim-0.1.0-setup.exe
; The installer speaks Kazakh, Russian or English (chosen from Windows' language, with a
; language list at the start), installs for the current user without administrator rights
; (school laptops often have none), and puts Senim in the start menu. The journal is in the
; user's data folder (%LOCALAPPDATA%\Senim), never in the program folder, so uninstalling or
; upgrading leaves it alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F3C2A0E-5B8D-4C7A-9E21-53E1D4A7B9C2}
AppName=Senim
AppVersion={#AppVersion}
AppVerName=Senim {#AppVersion}
AppPublisher=Senim
DefaultDirName={autopf}\Senim
DefaultGroupName=Senim
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=senim-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\windows\senim.ico
UninstallDisplayIcon={app}\senim.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "kk"; MessagesFile: "compiler:Default.isl,{#Root}\packaging\windows\Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.AppComment=Мектеп психологының офлайн журналы
ru.AppComment=Офлайн-журнал школьного психолога
en.AppComment=An offline journal for school psychologists

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\senim\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Senim"; Filename: "{app}\senim.exe"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,Senim}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Senim"; Filename: "{app}\senim.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
; The interface starts in the language chosen for the installer (the app's own setting wins later).
Filename: "{app}\senim.exe"; Parameters: "--lang {language}"; Description: "{cm:LaunchProgram,Senim}"; Flags: nowait postinstall skipifsilent
