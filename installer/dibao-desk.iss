; Inno Setup 6.5+ script for dibao-desk: a per-user install without administrator rights,
; in Simplified Chinese. installer/build-windows.ps1 builds the bundle and runs:
;
;   ISCC.exe /DAppVersion=0.1.0 installer\dibao-desk.iss
;
; Optional: /DSignToolName=dibaosign with a sign tool of that name configured in ISCC
; (/S"dibaosign=signtool.exe sign /fd sha256 ... $f"); see docs/installer.md.
;
; Where things live on the office PC (nothing needs administrator rights):
;   program   {localappdata}\Programs\dibao-desk   replaced on upgrade, removed on uninstall
;   data      {localappdata}\dibao-desk             never touched by setup or uninstall
;   settings  HKCU\Software\dibao-desk              never touched by setup or uninstall

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\dibao-desk"
#endif
#define AppName "低保经办"
#define AppExe "dibao-desk.exe"
#define CliExe "dibao-desk-cli.exe"
#define Publisher "dibao-desk"
#define DataDir "{localappdata}\dibao-desk"

[Setup]
; The AppId ties upgrades to this install; never change it.
AppId={{6F1D0E52-8B4B-4B8E-9C1E-2D1B5E3A7C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
AppCopyright=Apache-2.0
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} 安装程序
PrivilegesRequired=lowest
DefaultDirName={autopf}\dibao-desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=dibao-desk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\dibao-desk.ico
WizardImageFile=..\resources\installer\wizard.bmp
WizardSmallImageFile=..\resources\installer\wizard-small.bmp
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
ShowLanguageDialog=no
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
; ChineseSimplified.isl is one of Inno Setup's user-contributed translations; build-windows.ps1
; puts it beside this script.
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面上创建“{#AppName}”快捷方式
chinesesimplified.DataKept=已卸载程序。您的低保数据和设置没有删除，仍保存在：%n%n%1%n%n重新安装后会继续使用这些数据。如确实不再需要，可以备份后手动删除这个文件夹。

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program's libraries whole, so no file of the old version is left
; beside the new ones. The data folder is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} 数据文件夹"; Filename: "{#DataDir}"; Flags: foldershortcut
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
begin
  { The shortcut to the data folder needs the folder; the program creates its contents. }
  if CurStep = ssPostInstall then
    ForceDirectories(ExpandConstant('{#DataDir}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(ExpandConstant('{#DataDir}')) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{#DataDir}')]), mbInformation, MB_OK);
end;
