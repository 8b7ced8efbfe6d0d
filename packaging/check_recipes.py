"""Text checks of the installer recipes that cannot run on Linux CI (Windows .iss, macOS .dmg)
and of the names every recipe must agree on (executable, app bundle, MIME type, icon, paths).

    python packaging/check_recipes.py        # prints problems, exit 1 if any
    runpy.run_path("packaging/check_recipes.py")["problems"]()   # -> list[str], empty when fine

(Not importable as `packaging.check_recipes`: the folder has no __init__.py, and `packaging`
is also the name of a PyPI library in the venv.)

Pure standard library; reads files only.
"""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
GUID = re.compile(r"^\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$")


def _spec_constant(spec: str, name: str) -> str:
    match = re.search(rf'^{name}\s*=\s*"([^"]+)"', spec, re.MULTILINE)
    return match.group(1) if match else ""


def _iss_defines(iss: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', iss, re.MULTILINE))


def _iss_setup(iss: str) -> dict[str, str]:
    section = re.search(r"^\[Setup\]\s*$(.*?)^\[", iss, re.MULTILINE | re.DOTALL)
    entries: dict[str, str] = {}
    for line in (section.group(1) if section else "").splitlines():
        line = line.strip()
        if line and not line.startswith(";") and "=" in line:
            key, value = line.split("=", 1)
            entries[key.strip()] = value.strip()
    return entries


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)


def problems() -> list[str]:
    found: list[str] = []

    def need(condition: bool, message: str) -> None:
        if not condition:
            found.append(message)

    spec = (PACKAGING / "inferonomics.spec").read_text(encoding="utf-8")
    exe_name = _spec_constant(spec, "EXE_NAME")
    app_name = _spec_constant(spec, "APP_NAME")
    mime = _spec_constant(spec, "SCENARIO_MIME")
    need(exe_name == "inferonomics", f"spec: EXE_NAME is {exe_name!r}, expected 'inferonomics'")
    need(app_name == "Inferonomics", f"spec: APP_NAME is {app_name!r}, expected 'Inferonomics'")
    need(mime == "application/x-inferonomics-scenario", f"spec: SCENARIO_MIME is {mime!r}")
    need("entry.py" in spec and (PACKAGING / "entry.py").is_file(), "spec: entry script packaging/entry.py")
    need('name=f"{APP_NAME}.app"' in spec and "if IS_MAC:" in spec, "spec: macOS BUNDLE step missing")
    need("CFBundleDocumentTypes" in spec and "UTExportedTypeDeclarations" in spec, "spec: macOS document types")
    need(re.search(r"\bstrip\s*=\s*True\s*,", spec) is None, "spec: strip=True breaks numpy's OpenBLAS")
    need('ROOT / "build" / "icons"' in spec, "spec: icons must go to build/icons (the .iss reads them)")

    # --- Windows: Inno Setup ----------------------------------------------------------
    iss_path = PACKAGING / "windows" / "inferonomics.iss"
    iss = iss_path.read_text(encoding="utf-8")
    defines = _iss_defines(iss)
    setup = _iss_setup(iss)
    need(defines.get("AppExeName") == f"{exe_name}.exe", f"iss: AppExeName is {defines.get('AppExeName')!r}")
    need(defines.get("AppName") == app_name, f"iss: AppName is {defines.get('AppName')!r}")
    need(bool(GUID.match(setup.get("AppId", ""))), f"iss: AppId {setup.get('AppId')!r} is not {{{{GUID}}")
    need(
        setup.get("AppId", "").upper() == "{{75A7C9C0-FB3E-4BBB-88D0-7491C0922289}",
        "iss: AppId changed; upgrades and uninstall rely on it never changing",
    )
    need(setup.get("ChangesAssociations") == "yes", "iss: ChangesAssociations=yes missing")
    need("x64compatible" in setup.get("ArchitecturesInstallIn64BitMode", ""), "iss: 64-bit install mode")
    bundle = (iss_path.parent / defines.get("BundleDir", "").replace("\\", "/")).resolve()
    need(bundle == ROOT / "dist" / exe_name, f"iss: BundleDir resolves to {bundle}, not dist/{exe_name}")
    icon = (iss_path.parent / defines.get("IconFile", "").replace("\\", "/")).resolve()
    need(icon == ROOT / "build" / "icons" / "inferonomics.ico", f"iss: IconFile resolves to {icon}")
    need(_expand(setup.get("SetupIconFile", ""), defines) == defines.get("IconFile"), "iss: SetupIconFile")
    need(
        re.search(r'^Source: "\{#BundleDir\}\\\*";.*recursesubdirs', iss, re.MULTILINE) is not None,
        "iss: [Files] must copy the whole bundle (recursesubdirs)",
    )
    need(
        re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExeName\}"', iss, re.M)
        is not None,
        "iss: Start menu entry for the exe",
    )
    prog_id = defines.get("ProgId", "")
    need(prog_id == "Inferonomics.Scenario", f"iss: ProgId is {prog_id!r}")
    registry = _expand(iss, defines)
    for key, what in (
        (rf'Subkey: "Software\\Classes\\{re.escape(prog_id)}";', "ProgID key"),
        (rf'Subkey: "Software\\Classes\\{re.escape(prog_id)}\\DefaultIcon";', "ProgID icon"),
        (
            rf'Subkey: "Software\\Classes\\{re.escape(prog_id)}\\shell\\open\\command";'
            rf'.*ValueData: """\{{app\}}\\{exe_name}\.exe"" ""%1"""',
            "ProgID open command with %1",
        ),
        (
            rf'Subkey: "Software\\Classes\\\.json\\OpenWithProgids"; ValueType: string; '
            rf'ValueName: "{re.escape(prog_id)}"',
            ".json OpenWithProgids",
        ),
        (rf'Subkey: "Software\\Classes\\Applications\\{exe_name}\.exe\\SupportedTypes"', "SupportedTypes"),
    ):
        need(re.search(key, registry) is not None, f"iss: registry {what} missing")
    need(
        re.search(r'Subkey: "Software\\Classes\\\.json"; ValueType: string; ValueName: ""', registry) is None,
        "iss: must not take over .json's default program",
    )

    # --- macOS: dmg -------------------------------------------------------------------
    dmg = (PACKAGING / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    need(f"APP=dist/{app_name}.app" in dmg, "make_dmg.sh: must package dist/Inferonomics.app (the spec's BUNDLE)")
    need("hdiutil create" in dmg and "-srcfolder" in dmg, "make_dmg.sh: hdiutil create -srcfolder")
    need("/Applications" in dmg, "make_dmg.sh: link to /Applications")

    # --- Linux: desktop entry and MIME type -------------------------------------------
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(PACKAGING / "linux" / "inferonomics.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"] if desktop.has_section("Desktop Entry") else {}
    need(entry.get("Exec", "").split()[:1] == [exe_name], f"desktop: Exec is {entry.get('Exec')!r}")
    need(entry.get("Icon") == "inferonomics", "desktop: Icon=inferonomics")
    need(mime in entry.get("MimeType", "").split(";"), "desktop: MimeType must list the scenario type")
    xml = (PACKAGING / "linux" / "inferonomics.xml").read_text(encoding="utf-8")
    need(f'<mime-type type="{mime}">' in xml, "mime xml: scenario type")
    need('<glob pattern="*.inferonomics.json"' in xml, "mime xml: *.inferonomics.json glob")
    need((ROOT / "resources" / "icons" / "inferonomics.svg").is_file(), "resources/icons/inferonomics.svg missing")

    # --- scripts agree on paths ---------------------------------------------------------
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    need("--distpath dist" in build and "packaging/inferonomics.spec" in build, "build.sh: spec and dist/")
    need("packaging/windows/inferonomics.iss" in build, "build.sh: Windows recipe path")
    need("packaging/macos/make_dmg.sh" in build, "build.sh: macOS recipe path")
    smoke = (PACKAGING / "smoke.sh").read_text(encoding="utf-8")
    need(f"dist/{exe_name}/{exe_name}" in smoke and "--selftest" in smoke, "smoke.sh: frozen --selftest")
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"check_recipes: {problem}", file=sys.stderr)
    if not found:
        print("check_recipes: installer recipes consistent")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
