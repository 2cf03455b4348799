"""The packaging files that only run on Windows (version resource, Inno Setup script, workflow,
icons) checked here, so a typo or a drift from build.spec shows before a Windows build."""

from __future__ import annotations

import importlib
import importlib.util
import re
import struct
import sys
import types
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")
ISS_BYTES = (ROOT / "packaging" / "passerelle.iss").read_bytes()
ISS = ISS_BYTES.decode("utf-8-sig")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


def load_version_info() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(
        "passerelle_version_info", ROOT / "packaging" / "version_info.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def executables() -> dict[str, bool]:
    """{name: console} of the EXEs build.spec makes."""
    found = re.findall(r'exe\("(\w+)", console=(True|False)\)', SPEC)
    return {name: console == "True" for name, console in found}


def test_build_spec_makes_a_console_and_a_windowless_executable() -> None:
    assert executables() == {"passerelle": True, "PasserelleGUI": False}
    names = [n.lower() for n in executables()]
    assert len(set(names)) == len(names), "Windows ignores case: two executables would share one file"


def test_version_resource_compiles_for_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version_info = load_version_info()
    text = version_info.render(__version__, "PasserelleGUI.exe")
    # PyInstaller's parser module imports Windows-only things (pefile, win32api) that parsing and
    # serialising do not use: stand-ins let the same code that builds the .exe check it here.
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", sys.modules.get("pefile") or types.ModuleType("pefile"))
    monkeypatch.setattr(
        PyInstaller.compat, "win32api", getattr(PyInstaller.compat, "win32api", None), raising=False
    )
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = importlib.import_module("PyInstaller.utils.win32.versioninfo")
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo")
    path = tmp_path / "version.txt"
    path.write_text(text, encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    raw = info.toRaw()
    assert __version__.encode("utf-16-le") in raw and "PasserelleGUI.exe".encode("utf-16-le") in raw
    major, minor, patch = (int(x) for x in re.findall(r"\d+", __version__)[:3])
    assert info.ffi.fileVersionMS == (major << 16) | minor and info.ffi.fileVersionLS == patch << 16


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 1, 0)),
        ("1.4.2+win", (1, 4, 2, 0)),
    ],
)
def test_version_tuple(version: str, expected: tuple[int, int, int, int]) -> None:
    assert load_version_info().version_tuple(version) == expected


def test_version_without_numbers_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="expected something like 1.2.3"):
        load_version_info().version_tuple("dev")


def test_installer_matches_the_bundle() -> None:
    assert f'  #define AppVersion "{__version__}"' in ISS, (
        "default installer version differs from app.__version__"
    )
    assert '#define GuiExe "PasserelleGUI.exe"' in ISS and '#define CliExe "passerelle.exe"' in ISS
    assert re.search(r'Source: "\.\.\\dist\\Passerelle\\\*"; DestDir: "\{app\}"; .*recursesubdirs', ISS)
    assert "PrivilegesRequired=lowest" in ISS and "{autopf}" in ISS
    # Upgrades start from a clean bundle folder (stale migrations would be loaded by Alembic).
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in ISS
    for isl in ("French.isl", "BrazilianPortuguese.isl", "Default.isl"):
        assert f"compiler:Languages\\{isl}" in ISS or f"compiler:{isl}" in ISS
    # The taskbar groups the window with its shortcut only if both use the same AppUserModelID.
    app_ui = (ROOT / "app" / "ui" / "app.py").read_text(encoding="utf-8")
    aumid = re.search(r'SetCurrentProcessExplicitAppUserModelID\("([^"]+)"\)', app_ui)
    assert aumid and f'#define AppUserModelID "{aumid.group(1)}"' in ISS
    assert ISS.count('AppUserModelID: "{#AppUserModelID}"') == 2
    # Accented messages: Inno Setup before 6.3 reads a script as UTF-8 only with a BOM.
    assert ISS_BYTES.startswith(b"\xef\xbb\xbf")
    # Every language has every custom message.
    messages = re.findall(r"^(\w+)\.(\w+)=", ISS, flags=re.MULTILINE)
    by_name: dict[str, set[str]] = {}
    for language, name in messages:
        by_name.setdefault(name, set()).add(language)
    languages = set(re.findall(r'^Name: "(\w+)"; MessagesFile', ISS, flags=re.MULTILINE))
    assert languages == {"fr", "ptbr", "en"}
    assert by_name and all(found == languages for found in by_name.values()), by_name
    for used in re.findall(r"\{cm:(\w+)", ISS) + re.findall(r"CustomMessage\('(\w+)'\)", ISS):
        assert used in by_name or used in {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}, used


def test_windows_workflow_builds_what_the_spec_and_installer_expect() -> None:
    assert 'python-version: "3.11"' in WORKFLOW
    assert "uv sync --frozen" in WORKFLOW
    assert "pyinstaller build.spec --noconfirm" in WORKFLOW
    assert r"dist\Passerelle\passerelle.exe --self-check" in WORKFLOW
    assert r"packaging\passerelle.iss" in WORKFLOW and "/DAppVersion=" in WORKFLOW
    assert "packaging/Output/" in WORKFLOW and "OutputDir=Output" in ISS


def test_icon_file_holds_every_windows_size_as_png() -> None:
    data = (ROOT / "resources" / "icons" / "passerelle.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        assert (planes, bpp) == (1, 32) and width == height
        sizes.append(width or 256)
    assert {16, 24, 32, 48, 256} <= set(sizes)
    for name in ("passerelle.png", "tray.png", *(f"passerelle-{n}.png" for n in sizes)):
        assert (ROOT / "resources" / "icons" / name).is_file(), name


def test_icons_are_drawn_by_the_committed_script(qapp: object) -> None:
    """The committed PNGs are what packaging/make_icons.py draws (nobody edited one by hand)."""
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location(
        "passerelle_make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    for size in (16, 48):
        drawn = make_icons.draw(size)
        committed = QImage(str(ROOT / "resources" / "icons" / f"passerelle-{size}.png"))
        assert committed.size() == drawn.size()
        assert committed.convertToFormat(drawn.format()) == drawn


def test_windowless_executable_gets_somewhere_to_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """A console=False .exe starts with sys.stdout/stderr None: sentences must not raise there."""
    spec = importlib.util.spec_from_file_location("passerelle_entry", ROOT / "packaging" / "entry.py")
    assert spec is not None and spec.loader is not None
    entry = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(entry)  # not __main__: defines, does not run
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry._give_windowless_runs_somewhere_to_write()
    from app.cli_output import fail

    fail("The Vétélevage address is missing.")
    print("shown nowhere, raises nothing")
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()
    sys.stderr.close()
