"""Start-up: process start → main window exposed, against a bare PySide6 window, same run.

uv run python -m benchmarks.bench_startup
"""

from __future__ import annotations

import os
import re
import sys
import tempfile

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
        timed_subprocess(argv, env)  # first run migrates the database
        app_wall = median_of(RUNS, lambda: timed_subprocess(argv, env)[0] * 1000)
        app_ms = median_of(RUNS, lambda: _ms(timed_subprocess(argv, env)[1]))
    return [
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


if __name__ == "__main__":
    print_table(measure())
