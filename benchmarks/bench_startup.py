"""Start-up: process start → main window exposed, against a bare PySide6 window, same run; the
modules imported before the first paint (``python -X importtime``); and, with ``--frozen`` (or
BENCH_STARTUP_FROZEN=1), the frozen bundle against a frozen bare window, both built by
PyInstaller in this run (the app with ``build.spec``; PASSERELLE_BUNDLE=<folder> uses a bundle
built beforehand instead).

uv run python -m benchmarks.bench_startup
uv run python -m benchmarks.bench_startup --frozen      # + ~2 min of PyInstaller builds
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result, median_of, print_table, timed_subprocess

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer, QObject, QEvent
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 800)
class Spy(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Expose and obj.isExposed():
            print(f"startup_ms={(time.perf_counter() - t0) * 1000:.1f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
spy = Spy(); w.show(); w.windowHandle().installEventFilter(spy)
app.exec()
"""

RUNS = 5
TARGET = 1.5  # × the bare window, source and frozen alike
ROOT = Path(__file__).resolve().parent.parent
MODULES_ENV = "PASSERELLE_MODULES_AT_EXPOSE"  # app.ui.app.MODULES_AT_EXPOSE_ENV
# What must wait for the first paint (issue 16 item 1).
HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "rapidfuzz")
HEAVY_APP = ("app.core.db", "app.core.context", "app.core.migrations", "app.core.settings")


def heavy_among(modules: list[str]) -> list[str]:
    """The heavy libraries, and any integration's service, among ``modules``."""
    return [
        m
        for m in modules
        if m.split(".")[0] in HEAVY
        or m in HEAVY_APP
        or (m.startswith("app.integrations.") and m.rsplit(".", 1)[-1].startswith("service"))
    ]


def bundle_executable(folder: Path | None = None) -> Path | None:
    """The GUI executable of a built bundle, or None."""
    folder = folder or Path(os.environ.get("PASSERELLE_BUNDLE") or ROOT / "dist" / "Passerelle")
    for name in ("PasserelleGUI.exe", "PasserelleGUI"):
        if (folder / name).is_file():
            return folder / name
    return None


CRASHES: list[str] = []


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    """One start, retried once when the process crashes (the crash is kept and reported)."""
    try:
        return timed_subprocess(argv, env)
    except RuntimeError as exc:
        CRASHES.append(f"{Path(argv[0]).name}: {str(exc)[-600:]}")
        print(f"start-up run crashed, retrying: {CRASHES[-1]}", file=sys.stderr)
        return timed_subprocess(argv, env)


def _ms(stdout: str) -> float:
    match = re.search(r"startup_ms=([\d.]+)", stdout)
    if not match:
        raise RuntimeError(f"no startup_ms in output: {stdout[-500:]}")
    return float(match.group(1))


def _pair(app: list[str], bare: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """(app exposed ms, bare exposed ms, app wall ms, bare wall ms): medians, runs interleaved so a
    change of machine load shifts both alike."""
    app_ms: list[float] = []
    bare_ms: list[float] = []
    app_wall: list[float] = []
    bare_wall: list[float] = []
    for _ in range(RUNS):
        wall, out = _run(bare, env)
        bare_ms.append(_ms(out))
        bare_wall.append(wall * 1000)
        wall, out = _run(app, env)
        app_ms.append(_ms(out))
        app_wall.append(wall * 1000)
    return (
        statistics.median(app_ms),
        statistics.median(bare_ms),
        statistics.median(app_wall),
        statistics.median(bare_wall),
    )


def measure(frozen: bool | None = None) -> list[Result]:
    """The start-up rows; the frozen ones when ``frozen`` (default: BENCH_STARTUP_FROZEN=1)."""
    if frozen is None:
        frozen = os.environ.get("BENCH_STARTUP_FROZEN") == "1"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PASSERELLE_NO_SCHEDULER"] = "1"  # the start itself, not the first scheduled imports
    with tempfile.TemporaryDirectory() as data:
        argv = [sys.executable, "-m", "app", "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _run(argv, env)  # the first run migrates the database
        app_ms, bare_ms, app_wall, bare_wall = _pair(argv, [sys.executable, "-c", BARE], env)
        results = [
            Result(
                "start-up, in-process (start → exposed)",
                app_ms,
                bare_ms,
                "ms",
                f"≤ {TARGET}× bare",
                app_ms <= TARGET * bare_ms,
            ),
            Result(
                "start-up, wall clock (launch → quit, store opened)",
                app_wall,
                bare_wall,
                "ms",
                "(informational: opens and checks the store after the paint)",
            ),
            *imports_before_paint(argv, env),
        ]
    results += frozen_rows(env, app_ms) if frozen else [_bundle_vs_source(env, app_ms)]
    if CRASHES:
        results.append(Result("start-up runs that crashed (retried)", len(CRASHES), None, "", "0", False))
    return results


def _importtime(stderr: str) -> dict[str, int]:
    """``-X importtime`` lines: module → its own import time (µs)."""
    found: dict[str, int] = {}
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)", line)
        if match:
            found[match.group(3)] = int(match.group(1))
    return found


def imports_before_paint(argv: list[str], env: dict[str, str]) -> list[Result]:
    """``python -X importtime``: what is imported before the window is first exposed, against what
    the bare window imports; none of the heavy modules may be among them."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "modules.txt"
        proc = subprocess.run(
            [argv[0], "-X", "importtime", *argv[1:]],
            capture_output=True,
            text=True,
            env={**env, MODULES_ENV: str(listing)},
            timeout=120,
        )
        if proc.returncode != 0 or not listing.exists():
            raise RuntimeError(f"importtime run failed: {proc.stderr[-2000:]}")
        before = listing.read_text(encoding="utf-8").split()
        bare = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", BARE],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    times = _importtime(proc.stderr)
    bare_times = _importtime(bare.stderr)
    painted = {m: times[m] for m in before if m in times}
    heavy = heavy_among(before)
    largest = sorted(painted.items(), key=lambda kv: -kv[1])[:5]
    print(
        "imports before the first paint, largest own times: "
        + ", ".join(f"{m} {us / 1000:.1f} ms" for m, us in largest),
        file=sys.stderr,
    )
    return [
        Result(
            f"imports before the first paint (-X importtime, {len(painted)} modules; bare {len(bare_times)})",
            sum(painted.values()) / 1000,
            sum(bare_times.values()) / 1000,
            "ms",
            "none of sqlalchemy, alembic, pydantic, rapidfuzz, services"
            + (f": found {', '.join(heavy[:6])}" if heavy else ""),
            not heavy,
        ),
        Result(
            "imports after the first paint (store, services, current tab)",
            sum(us for m, us in times.items() if m not in painted) / 1000,
            None,
            "ms",
            "(informational: in a worker thread or once the window shows)",
        ),
    ]


def _bundle_vs_source(env: dict[str, str], source_ms: float) -> Result:
    """Without --frozen: an already built bundle against the source, informational."""
    exe = bundle_executable()
    if exe is None:
        return Result("start-up, frozen bundle", None, None, "ms", "skipped: run with --frozen to build one")
    with tempfile.TemporaryDirectory() as data:
        argv = [str(exe), "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _run(argv, env)
        ms = median_of(RUNS, lambda: _ms(_run(argv, env)[1]))
    return Result(
        "start-up, frozen bundle vs source (start → exposed)", ms, source_ms, "ms", "(informational)"
    )


def build_bare_bundle(work: Path) -> Path:
    """A frozen bare window (PyInstaller onedir, like the app's bundle): its executable."""
    script = work / "barewindow.py"
    script.write_text(BARE, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--log-level",
            "WARN",
            "--name",
            "BareWindow",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            str(script),
        ],
        check=True,
        cwd=work,
        timeout=900,
    )
    for name in ("BareWindow.exe", "BareWindow"):
        if (work / "dist" / "BareWindow" / name).is_file():
            return work / "dist" / "BareWindow" / name
    raise RuntimeError("PyInstaller built no BareWindow executable")


def build_app_bundle(work: Path) -> Path:
    """The app's bundle from build.spec, built now (the source as it is): its GUI executable."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1800,
    )
    exe = bundle_executable(work / "dist" / "Passerelle")
    if exe is None:
        raise RuntimeError("build.spec built no PasserelleGUI executable")
    return exe


def frozen_rows(env: dict[str, str], source_ms: float) -> list[Result]:
    """The frozen bundle against a frozen bare window, both built in this run (unless
    PASSERELLE_BUNDLE names the app's), started in turn."""
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as folder:
        work = Path(folder)
        print("building the frozen bare window…", file=sys.stderr, flush=True)
        bare = build_bare_bundle(work / "bare")
        given = os.environ.get("PASSERELLE_BUNDLE")
        if given:
            app = bundle_executable(Path(given))
            if app is None:
                raise RuntimeError(f"PASSERELLE_BUNDLE={given} holds no PasserelleGUI")
        else:
            print("building the app's bundle (build.spec)…", file=sys.stderr, flush=True)
            app = build_app_bundle(work / "app")
        data = work / "data"
        argv = [str(app), "--data-dir", str(data), "--print-startup-time", "--quit-after", "0"]
        _run(argv, env)  # the first run migrates the database
        app_ms, bare_ms, app_wall, bare_wall = _pair(argv, [str(bare)], env)
    return [
        Result(
            "start-up, frozen bundle (start → exposed)",
            app_ms,
            bare_ms,
            "ms",
            f"≤ {TARGET}× frozen bare",
            app_ms <= TARGET * bare_ms,
        ),
        Result(
            "start-up, frozen bundle, wall clock (launch → quit)",
            app_wall,
            bare_wall,
            "ms",
            "(informational)",
        ),
        Result(
            "start-up, frozen bundle vs source (start → exposed)", app_ms, source_ms, "ms", "(informational)"
        ),
    ]


if __name__ == "__main__":
    cli = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup")
    cli.add_argument("--frozen", action="store_true", help="build and measure the frozen bundles too")
    print_table(measure(frozen=cli.parse_args().frozen or None))
