; Inno Setup 6 script: a per-user installer a receptionist double-clicks (no admin rights),
; in French, Brazilian Portuguese or English. Build it on Windows after PyInstaller:
;   uv run pyinstaller build.spec --noconfirm
;   iscc /DAppVersion=0.1.0 packaging\passerelle.iss    -> packaging\Output\Passerelle-Setup-<version>.exe
; Silent deployment by IT (see packaging/README.md):
;   Passerelle-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS] [/TASKS="desktopicon,service"] [/LANG=fr]
;   unins000.exe /VERYSILENT [/PURGEDATA]   (data is kept unless /PURGEDATA is given)

; The workflow passes the version of app/__init__.py; this default is checked against it by a test.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Passerelle"
#define AppPublisher "Passerelle"
; Same names as the two EXEs of build.spec.
#define GuiExe "PasserelleGUI.exe"
#define CliExe "passerelle.exe"
; Same AppUserModelID as app/ui/app.py, so the taskbar groups the window with its shortcut.
#define AppUserModelID "Passerelle.Desktop.1"

[Setup]
; A fixed AppId makes a new version upgrade the installed one in place.
AppId={{6C1F3B2E-8E0A-4C39-9F1D-2B7A5D4E9C10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=Output
OutputBaseFilename=Passerelle-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\passerelle.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; A running window or `serve` holds the bundle's extension modules open too, not just the .exe.
CloseApplicationsFilter=*.exe,*.dll,*.pyd,*.so
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.ServiceTask=Lancer le service Passerelle sans fenêtre (imports planifiés, webhooks) à l'ouverture de session
ptbr.ServiceTask=Iniciar o serviço Passerelle sem janela (importações agendadas, webhooks) ao entrar na sessão
en.ServiceTask=Start the Passerelle service without a window (scheduled imports, webhooks) at logon
fr.KeepData=Conserver les données de Passerelle (base, journaux, sauvegardes) ?%n%nChoisissez Non seulement si ce poste ne doit plus rien garder.
ptbr.KeepData=Manter os dados do Passerelle (banco, logs, backups)?%n%nEscolha Não somente se este computador não deve guardar mais nada.
en.KeepData=Keep Passerelle's data (database, logs, backups)?%n%nChoose No only if this computer must keep nothing.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "service"; Description: "{cm:ServiceTask}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a file left over from the previous version (an Alembic
; revision renamed since, a library dropped) would otherwise be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller onedir bundle (both executables, resources, translations, migrations).
Source: "..\dist\Passerelle\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon; AppUserModelID: "{#AppUserModelID}"
; The service at logon: the windowless executable runs `serve` (scheduled imports, catch-up
; polls, webhook inbox) from the Startup folder, which needs no admin rights (a logon-triggered
; scheduled task does) and is removed with the program. Its messages go to the data folder's log.
Name: "{autostartup}\{#AppName} service"; Filename: "{app}\{#GuiExe}"; Parameters: "serve"; WorkingDir: "{app}"; Tasks: service

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder (database, settings, logs, backups) is %LOCALAPPDATA%\passerelle, outside
// {app}: upgrades never touch it. Uninstalling keeps it unless the person answers "No" to
// "keep the data?", or IT passes /PURGEDATA to a silent uninstall.
function PurgeDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: string;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\passerelle');
    if not DirExists(DataDir) then
      Exit;
    if UninstallSilent() then
    begin
      if PurgeDataRequested() then
        DelTree(DataDir, True, True, True);
    end
    else if MsgBox(CustomMessage('KeepData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON1) = IDNO then
      DelTree(DataDir, True, True, True);
  end;
end;
