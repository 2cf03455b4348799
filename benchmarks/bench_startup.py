"""Start-up: process start → main window exposed, against a bare PySide6 window, same run;
and the frozen bundle against the source when one is built (``uv run pyinstaller build.spec
--noconfirm`` → dist/Passerelle/, or PASSERELLE_BUNDLE=<folder>).

uv run python -m benchmarks.bench_startup
"""

from __future__ import annotations

import os
import re
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
FROZEN_TARGET = 1.2
ROOT = Path(__file__).resolve().parent.parent


def bundle_executable() -> Path | None:
    """The GUI executable of a built bundle, or None."""
    folder = Path(os.environ.get("PASSERELLE_BUNDLE") or ROOT / "dist" / "Passerelle")
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


def measure() -> list[Result]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare_wall = median_of(RUNS, lambda: timed_subprocess([sys.executable, "-c", BARE], env)[0] * 1000)
    bare_ms = median_of(RUNS, lambda: _ms(timed_subprocess([sys.executable, "-c", BARE], env)[1]))
    with tempfile.TemporaryDirectory() as data:
        argv = [sys.executable, "-m", "app", "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _run(argv, env)  # first run migrates the database
        app_wall = median_of(RUNS, lambda: _run(argv, env)[0] * 1000)
        app_ms = median_of(RUNS, lambda: _ms(_run(argv, env)[1]))
    results = [
        Result(
            "start-up, in-process (start → exposed)",
            app_ms,
            bare_ms,
            "ms",
            "≤ 1.5× bare",
            app_ms <= 1.5 * bare_ms,
        ),
        Result(
            "start-up, wall clock (launch → quit)",
            app_wall,
            bare_wall,
            "ms",
            "≤ 1.5× bare",
            app_wall <= 1.5 * bare_wall,
        ),
    ]
    results += frozen(env, app_ms, app_wall)
    if CRASHES:
        results.append(Result("start-up runs that crashed (retried)", len(CRASHES), None, "", "0", False))
    return results


def frozen(env: dict[str, str], source_ms: float, source_wall: float) -> list[Result]:
    """The frozen bundle against the source figures measured just before."""
    exe = bundle_executable()
    if exe is None:
        print(
            "frozen bundle: none built (uv run pyinstaller build.spec --noconfirm): skipped", file=sys.stderr
        )
        return [Result("start-up, frozen bundle vs source", None, None, "ms", "skipped: no dist/Passerelle")]
    with tempfile.TemporaryDirectory() as data:
        argv = [str(exe), "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _run(argv, env)  # first run migrates the database
        wall = median_of(RUNS, lambda: _run(argv, env)[0] * 1000)
        ms = median_of(RUNS, lambda: _ms(_run(argv, env)[1]))
    return [
        Result(
            "start-up, frozen vs source (start → exposed)",
            ms,
            source_ms,
            "ms",
            f"≤ {FROZEN_TARGET}× source",
            ms <= FROZEN_TARGET * source_ms,
        ),
        Result(
            "start-up, frozen vs source (wall clock)",
            wall,
            source_wall,
            "ms",
            f"≤ {FROZEN_TARGET}× source",
            wall <= FROZEN_TARGET * source_wall,
        ),
    ]


if __name__ == "__main__":
    print_table(measure())
