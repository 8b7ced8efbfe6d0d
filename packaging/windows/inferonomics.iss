; Inno Setup 6 script: Windows installer around the PyInstaller bundle dist\inferonomics\.
;
; Needs Inno Setup 6.3 or newer (HKA, x64compatible).
; Build (on Windows, from the repository root, after `bash packaging/build.sh bundle` or
; `.venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\inferonomics.spec`):
;     iscc /DAppVersion=0.1.0 packaging\windows\inferonomics.iss
; Output: dist\inferonomics-<version>-windows-x64-setup.exe
;
; Installs per machine (Program Files) or per user (chosen in the first page), adds a Start
; menu entry, an optional desktop icon, and the scenario file type: ProgID
; Inferonomics.Scenario, offered in "Open with" for .json files. Windows associates by the
; last extension only, so *.inferonomics.json files are .json files to Explorer; we register
; as an OpenWith handler for .json and never take over .json's default program.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Inferonomics"
#define AppExeName "inferonomics.exe"
#define AppPublisher "Inferonomics"
#define ProgId "Inferonomics.Scenario"
#define BundleDir "..\..\dist\inferonomics"
#define IconFile "..\..\build\icons\inferonomics.ico"

[Setup]
; Never change AppId: it identifies the app across upgrades and for uninstall.
AppId={{75A7C9C0-FB3E-4BBB-88D0-7491C0922289}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=inferonomics-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconFile}"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\inferonomics.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\inferonomics.ico"; Tasks: desktopicon

[Registry]
; The scenario file type (ProgID): name, icon, how to open.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Inferonomics scenario"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\inferonomics.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; Offer it for .json files ("Open with"), without replacing .json's default program.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The application itself, so "Open with" lists it by name with its file types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
