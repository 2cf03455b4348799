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
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Result, print_table

# The bare window. Once it has printed its time, it writes its modules where
# PASSERELLE_MODULES_AT_EXPOSE says (as the app does), for the frozen modules row: after the
# measured moment, so the time it prints is the same work as without.
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
            import os
            if os.environ.get("PASSERELLE_MODULES_AT_EXPOSE"):
                with open(os.environ["PASSERELLE_MODULES_AT_EXPOSE"], "w", encoding="utf-8") as out:
                    out.write("\\n".join(sorted(sys.modules)) + "\\n")
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


@dataclass(frozen=True)
class Start:
    """One start: launch → window exposed (seen from outside, when the process prints it), start →
    exposed as the process measures it, and launch → exit."""

    launch_ms: float
    inside_ms: float
    wall_ms: float


def _start_once(argv: list[str], env: dict[str, str], timeout: float = 120) -> Start:
    with tempfile.TemporaryFile("w+") as errors:  # a file: a full stderr pipe cannot block it
        launched = time.perf_counter()
        with subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True, env=env
        ) as proc:
            assert proc.stdout is not None
            seen: float | None = None
            lines: list[str] = []
            for line in proc.stdout:  # the line is printed (flushed) when the window is exposed
                lines.append(line)
                if seen is None and "startup_ms=" in line:
                    seen = time.perf_counter()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise RuntimeError(f"{argv[0]} did not exit within {timeout} s") from None
            ended = time.perf_counter()
        errors.seek(0)
        err = errors.read()
    if proc.returncode != 0 or seen is None:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {err[-2000:]}")
    return Start((seen - launched) * 1000, _ms("".join(lines)), (ended - launched) * 1000)


def _start(argv: list[str], env: dict[str, str]) -> Start:
    """One start, retried once when the process crashes (the crash is kept and reported)."""
    try:
        return _start_once(argv, env)
    except RuntimeError as exc:
        CRASHES.append(f"{Path(argv[0]).name}: {str(exc)[-600:]}")
        print(f"start-up run crashed, retrying: {CRASHES[-1]}", file=sys.stderr)
        return _start_once(argv, env)


def _ms(stdout: str) -> float:
    match = re.search(r"startup_ms=([\d.]+)", stdout)
    if not match:
        raise RuntimeError(f"no startup_ms in output: {stdout[-500:]}")
    return float(match.group(1))


def _median(starts: list[Start]) -> Start:
    return Start(
        statistics.median(s.launch_ms for s in starts),
        statistics.median(s.inside_ms for s in starts),
        statistics.median(s.wall_ms for s in starts),
    )


def _pair(app: list[str], bare: list[str], env: dict[str, str]) -> tuple[Start, Start]:
    """The app's and the bare window's medians, their runs interleaved so that a change of the
    machine's load shifts both alike."""
    apps: list[Start] = []
    bares: list[Start] = []
    for _ in range(RUNS):
        bares.append(_start(bare, env))
        apps.append(_start(app, env))
    return _median(apps), _median(bares)


def measure(frozen: bool | None = None) -> list[Result]:
    """The start-up rows; the frozen ones when ``frozen`` (default: BENCH_STARTUP_FROZEN=1)."""
    if frozen is None:
        frozen = os.environ.get("BENCH_STARTUP_FROZEN") == "1"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PASSERELLE_NO_SCHEDULER"] = "1"  # the start itself, not the first scheduled imports
    with tempfile.TemporaryDirectory() as data:
        argv = [sys.executable, "-m", "app", "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _start(argv, env)  # the first run migrates the database
        app, bare = _pair(argv, [sys.executable, "-c", BARE], env)
        results = [
            Result(
                "start-up, in-process (start → exposed)",
                app.inside_ms,
                bare.inside_ms,
                "ms",
                f"≤ {TARGET}× bare",
                app.inside_ms <= TARGET * bare.inside_ms,
            ),
            Result(
                "start-up, launch → exposed (seen from outside)",
                app.launch_ms,
                bare.launch_ms,
                "ms",
                f"≤ {TARGET}× bare",
                app.launch_ms <= TARGET * bare.launch_ms,
            ),
            Result(
                "start-up, wall clock (launch → quit, store opened)",
                app.wall_ms,
                bare.wall_ms,
                "ms",
                "(informational: opens and checks the store after the paint)",
            ),
            *imports_before_paint(argv, env),
        ]
    results += frozen_rows(env, app) if frozen else [_bundle_vs_source(env, app)]
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


def _bundle_vs_source(env: dict[str, str], source: Start) -> Result:
    """Without --frozen: an already built bundle against the source, informational."""
    exe = bundle_executable()
    if exe is None:
        return Result("start-up, frozen bundle", None, None, "ms", "skipped: run with --frozen to build one")
    with tempfile.TemporaryDirectory() as data:
        argv = [str(exe), "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
        _start(argv, env)
        frozen = _median([_start(argv, env) for _ in range(RUNS)])
    return Result(
        "start-up, frozen bundle vs source (launch → exposed)",
        frozen.launch_ms,
        source.launch_ms,
        "ms",
        f"(informational: {exe.parent}, built earlier)",
    )


def build_bare_bundle(work: Path) -> Path:
    """A frozen bare window (PyInstaller onedir, like the app's bundle): its executable."""
    work.mkdir(parents=True, exist_ok=True)
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


def modules_at_expose(argv: list[str], env: dict[str, str]) -> list[str]:
    """The modules a start has imported when its window is first exposed (one start)."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "modules.txt"
        _start(argv, {**env, MODULES_ENV: str(listing)})
        if not listing.exists():
            raise RuntimeError(f"{argv[0]} wrote no module list")
        return listing.read_text(encoding="utf-8").split()


# Loaded by the app before its first paint and by no bare window, for good reasons: the app's own
# modules, ctypes (PyInstaller's bootstrap loads it when the bundle holds it: the app needs it on
# Windows), pkgutil (its run-time hook: pkgutil.iter_modules over the archive), dataclasses and copy
# (the integrations' declarations), gc.
EXPECTED_EXTRA = ("app", "ctypes", "_ctypes", "pkgutil", "dataclasses", "copy", "gc")


def frozen_modules_row(app: list[str], bare: list[str], env: dict[str, str]) -> Result:
    """The modules the frozen app has loaded at its first paint, against the frozen bare window's
    (each is read from PyInstaller's archive before the paint): any beyond the expected few is named."""
    ours = set(modules_at_expose(app, env))
    theirs = set(modules_at_expose(bare, env))
    extra = sorted(ours - theirs)
    unexpected = [m for m in extra if m.split(".")[0] not in EXPECTED_EXTRA]
    print(f"frozen: modules at the first paint beyond the bare window's: {' '.join(extra)}", file=sys.stderr)
    return Result(
        f"frozen bundle: modules at the first paint ({len(extra)} beyond the bare window's)",
        len(ours),
        len(theirs),
        "",
        "beyond the bare window's, only the app's own, ctypes, pkgutil, dataclasses"
        + (f": also {', '.join(unexpected[:8])}" if unexpected else ""),
        not unexpected,
    )


def frozen_rows(env: dict[str, str], source: Start) -> list[Result]:
    """The frozen bundle against a frozen bare window, both built in this run (unless
    PASSERELLE_BUNDLE names the app's; BENCH_FROZEN_WORK=<folder> keeps the builds there and
    reuses them), started in turn. The target row is launch → exposed: what each process counts
    from inside starts after PyInstaller's bootloader has unpacked and started Python."""
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as folder:
        work = Path(os.environ.get("BENCH_FROZEN_WORK") or folder)
        bare_exe = work / "bare" / "dist" / "BareWindow" / "BareWindow"
        if not bare_exe.is_file():
            print("building the frozen bare window…", file=sys.stderr, flush=True)
            bare_exe = build_bare_bundle(work / "bare")
        given = os.environ.get("PASSERELLE_BUNDLE")
        app_exe = (
            bundle_executable(Path(given))
            if given
            else bundle_executable(work / "app" / "dist" / "Passerelle")
        )
        if app_exe is None:
            if given:
                raise RuntimeError(f"PASSERELLE_BUNDLE={given} holds no PasserelleGUI")
            print("building the app's bundle (build.spec)…", file=sys.stderr, flush=True)
            app_exe = build_app_bundle(work / "app")
        with tempfile.TemporaryDirectory() as data:
            argv = [str(app_exe), "--data-dir", data, "--print-startup-time", "--quit-after", "0"]
            _start(argv, env)  # the first run migrates the database
            app, bare = _pair(argv, [str(bare_exe)], env)
            modules = frozen_modules_row(argv, [str(bare_exe)], env)
    return [
        modules,
        Result(
            "start-up, frozen bundle (launch → exposed)",
            app.launch_ms,
            bare.launch_ms,
            "ms",
            f"≤ {TARGET}× frozen bare",
            app.launch_ms <= TARGET * bare.launch_ms,
        ),
        Result(
            "start-up, frozen bundle, in-process (start → exposed)",
            app.inside_ms,
            bare.inside_ms,
            "ms",
            "(informational: the bare one counts from its first line)",
        ),
        Result(
            "start-up, frozen bundle, wall clock (launch → quit)",
            app.wall_ms,
            bare.wall_ms,
            "ms",
            "(informational: opens and checks the store after the paint)",
        ),
        Result(
            "start-up, frozen bundle vs source (launch → exposed)",
            app.launch_ms,
            source.launch_ms,
            "ms",
            "(informational)",
        ),
    ]


if __name__ == "__main__":
    cli = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup")
    cli.add_argument("--frozen", action="store_true", help="build and measure the frozen bundles too")
    print_table(measure(frozen=cli.parse_args().frozen or None))
