# Build the dibao-desk installer on Windows from a clean checkout.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#
# Needs: Python 3.11+ (the "py" launcher) and Inno Setup 6.5+ (winget install JRSoftware.InnoSetup).
# Steps: make.py bundle (creates .venv, installs dibao-desk and PyInstaller, compiles the
# translations, builds dist\dibao-desk\ and runs the frozen program's checks), then Inno Setup
# with the Simplified Chinese messages -> dist\dibao-desk-<version>-setup.exe.
# Signing: see docs\installer.md (-SignTool "signtool.exe sign /fd sha256 ... `$f").
param(
    [string]$Python = "py",
    [string]$SignTool = "",
    [switch]$SkipChecks
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root

$version = (Select-String -Path pyproject.toml -Pattern '^version = "([^"]+)"').Matches[0].Groups[1].Value
Write-Host "dibao-desk $version"

# 1. The one-folder program (and its checks, unless skipped).
$bundleArgs = @("make.py", "bundle")
if ($SkipChecks) { $bundleArgs += "--no-check" }
& $Python @bundleArgs
if ($LASTEXITCODE -ne 0) { throw "make.py bundle failed ($LASTEXITCODE)" }

# 2. Inno Setup's compiler.
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                             "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $candidate) { $iscc = $candidate; break }
    }
}
if (-not $iscc) { throw "Inno Setup 6.5+ not found: winget install JRSoftware.InnoSetup" }

# 3. The Simplified Chinese messages, a user-contributed translation Inno Setup does not ship.
#    Pinned to one revision of Inno Setup's own repository (for Inno Setup 6.5+).
$isl = Join-Path $PSScriptRoot "ChineseSimplified.isl"
if (-not (Test-Path $isl)) {
    $url = "https://raw.githubusercontent.com/jrsoftware/issrc/70069a49c1e56341b22a67964ad904daf0be056c/Files/Languages/Unofficial/ChineseSimplified.isl"
    Invoke-WebRequest -Uri $url -OutFile $isl -UseBasicParsing
}

# 4. The installer.
$isccArgs = @("/Qp", "/DAppVersion=$version")
if ($SignTool) {
    $isccArgs += "/Sdibaosign=$SignTool"
    $isccArgs += "/DSignToolName=dibaosign"
}
& $iscc @isccArgs (Join-Path $PSScriptRoot "dibao-desk.iss")
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed ($LASTEXITCODE)" }
Get-Item "dist\dibao-desk-$version-setup.exe" | Format-List Name, Length, LastWriteTime
