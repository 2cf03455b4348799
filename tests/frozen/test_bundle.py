"""Build the PyInstaller bundle with build.spec and run it: a missing hidden import, Qt plugin,
migration folder or resource fails here, not on a clinic's desk."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
pytestmark = pytest.mark.frozen

Record = Callable[[str, object], None]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PASSERELLE_NO_SCHEDULER": "1", **extra}


def build(work: Path) -> Path:
    """``pyinstaller build.spec`` into ``work``; the failure message is PyInstaller's own output."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=780,
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}"
    return work / "dist" / "Passerelle"


@pytest.fixture
def sandbox(request: pytest.FixtureRequest) -> Iterator[Callable[[Path], dict[str, str]]]:
    """Starts ``<bundle>/passerelle sandbox --port 0 --json``; yields a starter returning the base URLs."""
    procs: list[subprocess.Popen[str]] = []

    def start(exe: Path) -> dict[str, str]:
        proc = subprocess.Popen(
            [str(exe), "--json", "sandbox", "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=run_env(),
        )
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            proc.wait(timeout=30)
            raise AssertionError(
                f"frozen `passerelle sandbox` printed nothing: {proc.stderr and proc.stderr.read()}"
            )
        urls: dict[str, str] = json.loads(line)["sandboxes"]
        return urls

    yield start
    for proc in procs:
        proc.terminate()
        proc.communicate(timeout=30)


def cli(exe: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Any:
    proc = subprocess.run(
        [str(exe), "--json", *args], capture_output=True, text=True, env=env or run_env(), timeout=timeout
    )
    assert proc.returncode == 0, f"`passerelle {' '.join(args)}` exited {proc.returncode}: {proc.stderr}"
    return json.loads(proc.stdout)


# One test for the whole bundle: under `pytest -n 2` a module-scoped fixture would be built once
# per worker, doubling the slowest step of the suite.
@pytest.mark.timeout(900)
def test_frozen_bundle(
    tmp_path: Path,
    record_property: Record,
    sandbox: Callable[[Path], dict[str, str]],
) -> None:
    # What the source offers when the build starts (a fresh interpreter: the shared working tree
    # may gain modules while PyInstaller runs, and those are not in this bundle).
    expected_sandboxes = source_sandboxes()
    expected_migrations = migration_files(ROOT)
    started = time.perf_counter()
    bundle = build(tmp_path)
    build_s = time.perf_counter() - started
    size_mb = folder_size(bundle) / 1e6
    record_property("frozen_bundle_mb", round(size_mb))
    record_property("frozen_build_s", round(build_s))
    print(f"\nbundle: {size_mb:.0f} MB, built in {build_s:.0f} s")

    check_layout(bundle, expected_migrations)
    exe = bundle / f"passerelle{EXE_SUFFIX}"

    # 1. --self-check imports every app module, migrates a fresh database, starts Qt.
    started = time.perf_counter()
    proc = subprocess.run(
        [str(exe), "--self-check"], capture_output=True, text=True, env=run_env(), timeout=120
    )
    check_s = time.perf_counter() - started
    record_property("frozen_self_check_s", round(check_s, 2))
    print(f"frozen --self-check: {check_s:.2f} s")
    assert proc.returncode == 0, (
        f"frozen --self-check failed (a module missing from the bundle?):\n{proc.stderr}"
    )
    assert proc.stdout.strip().endswith("self-check ok"), proc.stdout
    assert f"Passerelle {__version__}" in proc.stdout
    # "Languages:" (the sentence in the user's language) since 75e7929
    assert re.search(r"(?i)languages: .*\bfr\b.*\bpt_BR\b", proc.stdout), proc.stdout

    # 2. A headless workflow against the frozen sandbox, then the journal it left.
    urls = sandbox(exe)
    missing = sorted(set(expected_sandboxes) - set(urls))
    assert not missing, (
        f"the frozen bundle has no simulator for {missing}: their package failed to import while "
        "PyInstaller collected app.* (see the build's warnings) or is not collected by build.spec"
    )
    data_dir = tmp_path / "data"
    if "vetelevage" in urls:
        result = import_vetelevage(exe, urls["vetelevage"], data_dir)
        assert result["new"] > 0 and result["acknowledged"] is True, result
    found = cli(exe, "--data-dir", str(data_dir), "journal", "search", "")
    entries = found["entries"] if isinstance(found, dict) else found
    if "vetelevage" in urls:
        assert any(e["integration"] == "vetelevage" and e["outcome"] == "ok" for e in entries), entries

    # 3. The window (GUI executable) starts on the demo data, draws itself and quits.
    shot = tmp_path / "dashboard.png"
    gui = bundle / f"PasserelleGUI{EXE_SUFFIX}"
    proc = subprocess.run(
        # The demo seeds its sandboxes, then grabs the window 1.5 s later: ~4 s after the window
        # shows on a busy 2-core machine; the margin keeps the test from flaking under load.
        [str(gui), "--demo", "--quit-after", "15", "--screenshot", str(shot), "--print-startup-time"],
        capture_output=True,
        text=True,
        env=run_env(),
        timeout=120,
    )
    assert proc.returncode == 0, f"frozen window failed to start:\n{proc.stderr[-4000:]}"
    startup = re.search(r"startup_ms=([\d.]+)", proc.stdout)
    assert startup, proc.stdout
    record_property("frozen_window_ms", float(startup.group(1)))
    print(f"frozen window shown after {float(startup.group(1)):.0f} ms")
    assert shot.is_file() and shot.stat().st_size > 5_000, (
        f"the frozen window saved no screenshot within 15 s of showing (demo seeding failed?):\n{proc.stderr[-4000:]}"
    )
    # A module or resource missing from the bundle and loaded late (a tab, a dialog) shows here.
    assert "Traceback" not in proc.stderr, f"the frozen window raised:\n{proc.stderr[-4000:]}"
    # pytest keeps the last runs' temp folders: ~0.5 GB each with PyInstaller's work folder.
    # Kept when the test fails, for a look at the bundle.
    for folder in ("build", "dist"):
        shutil.rmtree(tmp_path / folder, ignore_errors=True)


def source_sandboxes() -> list[str]:
    code = "from app.integrations import available; print(*(i.name for i in available() if i.sandbox))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, f"the source's integrations do not import:\n{proc.stderr}"
    return proc.stdout.split()


def import_vetelevage(exe: Path, base_url: str, data_dir: Path) -> dict[str, Any]:
    from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET

    env = run_env(
        PASSERELLE_VETELEVAGE__BASE_URL=base_url,
        PASSERELLE_VETELEVAGE__CLIENT_ID=EDITOR_ID,
        PASSERELLE_VETELEVAGE__CLIENT_SECRET=EDITOR_SECRET,
        PASSERELLE_VETELEVAGE__USERNAME="bocage",
        PASSERELLE_VETELEVAGE__PASSWORD="vaches-35",
    )
    result: dict[str, Any] = cli(exe, "--data-dir", str(data_dir), "vetelevage", "import", env=env)
    return result


def normalise(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def migration_files(root: Path) -> list[str]:
    found = [*root.glob("app/migrations/**/*.py"), *root.glob("app/integrations/*/migrations/*.py")]
    return sorted(p.relative_to(root).as_posix() for p in found if "__pycache__" not in p.parts)


def check_layout(bundle: Path, migrations: list[str]) -> None:
    internal = bundle / "_internal"
    for name in ("passerelle", "PasserelleGUI"):
        assert (bundle / f"{name}{EXE_SUFFIX}").is_file(), f"{name} missing from the bundle"
    # Alembic reads revision files from folders: every one of the source tree must be there.
    missing = sorted(set(migrations) - set(migration_files(internal)))
    assert not missing, f"migration files missing from the bundle: {missing}"
    for icon in ("passerelle.png", "passerelle.ico", "tray.png"):
        assert (internal / "resources" / "icons" / icon).is_file(), icon
    assert sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm")) == sorted(
        p.name for p in (ROOT / "resources" / "translations").glob("*.qm")
    )
    assert not list(internal.rglob("*.ts")), "translators' .ts sources do not belong in the bundle"
    assert not (internal / "tests").exists() and not (internal / "pytest").exists()
    # keyring finds its backends (the Windows one on a desk) through entry points in its metadata.
    keyring_meta = list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert keyring_meta and "keyring.backends.Windows" in keyring_meta[0].read_text(encoding="utf-8")
    # The About dialog reads the bundled components' versions from their metadata.
    from importlib import metadata

    from app.ui.about_dialog import COMPONENTS

    shipped_dists = {normalise(d.metadata["Name"]) for d in metadata.distributions(path=[str(internal)])}
    without = [dist for dist, _label, _licence in COMPONENTS if normalise(dist) not in shipped_dists]
    assert not without, f"the About dialog would show no version for {without}: add them to copy_metadata"
    # Qt's own translations: Passerelle's languages only.
    qt_qm = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert {"qtbase_fr.qm", "qtbase_pt_BR.qm"} <= qt_qm and "qtbase_ja.qm" not in qt_qm, sorted(qt_qm)
    # Unused Qt modules stay out (QtNetwork stays: the single-instance guard needs it).
    qt = internal / "PySide6"
    assert any(qt.glob("QtNetwork*")), "QtNetwork is needed by the single-instance guard"
    for unused in ("QtQml", "QtQuick", "QtPdf", "QtMultimedia", "QtWebEngineCore"):
        assert not any(qt.glob(f"{unused}.*")), f"{unused} should be excluded"
