"""The app as a user runs it, for benchmarks: real services, the main window (offscreen Qt),
qasync's loop, settings pointed at the benchmark sandboxes; and a heartbeat that records stalls.

A benchmark's child process calls :func:`open_app`, then drives the tabs the way a user's clicks
do (the same methods the buttons are connected to) inside ``loop.run_until_complete``.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import os
import statistics
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.ui.main_window import MainWindow


def open_app(data_dir: Path, urls: dict[str, str]) -> tuple[Any, asyncio.AbstractEventLoop, AppContext]:
    """QApplication + qasync loop + a migrated context configured for ``urls`` (nothing shown yet)."""
    from app.core.qt import QtCore, ensure_application, new_event_loop
    from app.core.secrets import use_memory_keyring

    use_memory_keyring()
    # An experiment, not the app (measured, not kept: see coord/bench/h2_stalls.md): GIL hand-over period.
    if interval := os.environ.get("BENCH_SWITCH_INTERVAL"):
        sys.setswitchinterval(float(interval))
    if os.environ.get("BENCH_EXPERIMENT") == "pages_in_thread":
        _decode_pages_in_a_thread()
    qt_app = ensure_application([sys.argv[0]])
    qt_app.setOrganizationName("Passerelle")
    qt_app.setApplicationName("Passerelle")
    # UI state (column widths…) goes to the throwaway data dir, as run_gui does, never to ~/.config.
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(data_dir / "ui")
    )
    from app.core.context import AppContext

    ctx = AppContext.open(data_dir)
    configure(ctx, urls)
    loop = new_event_loop(qt_app)
    asyncio.set_event_loop(loop)
    return qt_app, loop, ctx


def _decode_pages_in_a_thread() -> None:
    """An experiment (BENCH_EXPERIMENT=pages_in_thread), not the app: TOTVS RH pages decoded and
    parsed in a worker thread instead of on the GUI thread, to measure what that would gain."""
    from app.core import http
    from app.integrations.totvs import client_rh

    async def paginate_has_next(client: Any, url: str, **kw: Any) -> Any:
        number = kw.get("start_page", 1)
        page_size, parse, empty_when = kw["page_size"], kw["parse"], kw["empty_when"]
        while True:
            query = {**kw["params"], "page": number, "pageSize": page_size}
            response = await client.request("GET", url, params=query, ok=kw.get("ok", ()))
            if empty_when(response):
                yield http.Page(items=[], number=number, total=0, has_next=False)
                return

            def work(response: Any = response) -> tuple[dict[str, Any], list[Any]]:
                body = {str(k).lower(): v for k, v in client.decode_json(response).items()}
                return body, [parse(i) for i in body["items"]]

            body, items = await asyncio.to_thread(work)
            total = body.get("total")
            pages = -(-int(total) // page_size) if total is not None else None
            has_next = bool(body.get("hasnext"))
            yield http.Page(items=items, number=number, total=total, pages=pages, has_next=has_next)
            if not has_next or not items:
                return
            number += 1

    client_rh.paginate_has_next = paginate_has_next


def configure(ctx: AppContext, urls: dict[str, str]) -> None:
    """Point the settings at the sandboxes, as ``--demo`` does, and give Vétélevage its acts and
    catalogue (what a clinic has before its first import)."""
    if "vetelevage" in urls:
        from app.integrations.vetelevage.sandbox import configure_demo

        configure_demo(ctx, urls["vetelevage"])
        from decimal import Decimal

        from app.core.resources import resource
        from app.integrations.vetelevage import sample_data
        from app.integrations.vetelevage.acts import replace_acts
        from app.integrations.vetelevage.catalogue import import_catalogue_csv
        from app.integrations.vetelevage.models import Acte

        replace_acts(
            ctx,
            [
                Acte(code=c, libelle=lib, unite=u, prix_ht=Decimal(p))
                for c, lib, u, p in sample_data.DEFAULT_ACTS
            ],
        )
        import_catalogue_csv(ctx, resource("samples", "vetelevage_catalogue.csv"))
    if "totvs_rh" in urls:
        from app.integrations.totvs.sandbox import configure_rh_demo

        configure_rh_demo(ctx, urls["totvs_rh"])
    if "provet" in urls:
        from app.integrations.provet import ratelimit
        from app.integrations.provet.sandbox import configure_demo as provet_configure
        from benchmarks.sandboxes import UNLIMITED

        provet_configure(ctx, urls["provet"])
        ratelimit.BUDGETS.update(consultation=UNLIMITED, invoice=UNLIMITED)  # see sandboxes.UNLIMITED
    ctx.save_settings()


def main_window(ctx: AppContext) -> MainWindow:
    from app.integrations import available
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx, available())
    window.show()
    import gc

    from app.ui import warm_up

    # As run_gui does once the window has its context (app/ui/app.py): the garbage collector's
    # state frozen, the tabs' modules imported in a thread (``warmed`` waits for it).
    gc.freeze()
    WARMING.append(warm_up.start(warm_up.tab_modules(window.integrations)))
    return window


WARMING: list[threading.Thread] = []


async def warmed() -> None:
    """Until the tabs' modules are imported (a benchmark's idle baseline starts after it)."""
    for thread in WARMING:
        await asyncio.to_thread(thread.join)


async def settle(ctx: AppContext, quiet: float = 0.5, timeout: float = 60.0) -> None:
    """Wait until no job runs and ``quiet`` seconds passed (refreshes triggered by a job's end)."""
    deadline = time.monotonic() + timeout
    while ctx.jobs.running and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(quiet)


async def wait_job(ctx: AppContext, start: Callable[[], Any]) -> Any:
    """Click-equivalent ``start()`` that launches a job; await that job; raise if it failed."""
    before = {j.id for j in ctx.jobs.jobs}
    start()
    new = [j for j in ctx.jobs.jobs if j.id not in before]
    if not new:
        raise RuntimeError("no job was started")
    job = new[-1]
    await job.wait()
    if job.error is not None:
        raise RuntimeError(f"job {job.title!r} failed: {job.error}") from job.error
    return job.result


# ---------------------------------------------------------------- the heartbeat


@dataclass
class Stats:
    ticks: int
    max_ms: float
    p99_ms: float
    p50_ms: float
    over_50: int
    over_16: int

    def as_dict(self) -> dict[str, float]:
        return {k: float(v) for k, v in self.__dict__.items()}


def stats(gaps_ms: list[float]) -> Stats:
    if not gaps_ms:
        return Stats(0, 0.0, 0.0, 0.0, 0, 0)
    ordered = sorted(gaps_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Stats(
        len(ordered),
        ordered[-1],
        p99,
        statistics.median(ordered),
        sum(g > 50 for g in ordered),
        sum(g > 16 for g in ordered),
    )


@dataclass
class Sample:
    at: float
    stack: str  # the GUI thread's
    others: list[str]  # the other threads running Python code (one may hold the GIL)


@dataclass
class Heartbeat:
    """A 10 ms QTimer on the GUI thread: the time between two ticks is how long the loop could not
    run anything. A watchdog thread records the GUI thread's stack whenever a tick is late, to
    name the blocking call."""

    interval_ms: int = 10
    late_after: float = 0.030
    ticks: list[float] = field(default_factory=list)
    marks: list[tuple[str, int]] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    _timer: Any = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _main: int = 0
    _modules: set[str] = field(default_factory=set)

    def start(self) -> None:
        from app.core.qt import Qt, QtCore

        if os.environ.get("BENCH_GC"):  # every garbage collection over 5 ms: generation, thread, time
            _watch_collections()

        self._timer = QtCore.QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(self._tick)
        self._main = threading.get_ident()
        self.ticks.append(time.perf_counter())
        self._timer.start()
        self._thread = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def _watch(self) -> None:
        # While a tick is late, sample the GUI thread's stack every 5 ms (when this thread gets
        # the GIL: a call holding it in C code shows up as the frame that called it).
        # BENCH_DUMP=path: also run `py-spy dump --native` on a long stall (who holds the GIL).
        dump_to = os.environ.get("BENCH_DUMP")
        dump_after = float(os.environ.get("BENCH_DUMP_MS", "100")) / 1000  # a stall this long
        dumped_for = 0.0
        while not self._stop.wait(0.005):
            late = time.perf_counter() - self.ticks[-1]
            if dump_to and late > dump_after and dumped_for != self.ticks[-1]:
                dumped_for = self.ticks[-1]
                import subprocess

                argv = ["py-spy", "dump", "--native", "-p", str(os.getpid())]
                out = subprocess.run(argv, capture_output=True, text=True).stdout
                with open(dump_to, "a", encoding="utf-8") as handle:
                    handle.write(f"=== late by {late * 1000:.0f} ms\n{out}\n")
            if late > self.late_after:
                frames = sys._current_frames()
                frame = frames.get(self._main)
                if frame is not None:
                    others = [
                        sig
                        for ident, f in frames.items()
                        if ident not in (self._main, threading.get_ident())
                        and (sig := _signature(f, 6, busy_only=True))
                    ]
                    self.samples.append(Sample(time.perf_counter(), _signature(frame), others))

    def mark(self, name: str) -> None:
        """The ticks from here on belong to phase ``name`` (until the next mark).
        BENCH_MODULES=1: print the modules the phase before imported (stderr)."""
        if os.environ.get("BENCH_MODULES"):
            new = sorted(set(sys.modules) - self._modules) if self._modules else []
            before = self.marks[-1][0] if self.marks else "start"
            print(f"--- modules imported during {before}: {len(new)}: {' '.join(new)}", file=sys.stderr)
            self._modules = set(sys.modules)
        self.marks.append((name, len(self.ticks)))

    def gaps(self, start: int = 0, end: int | None = None) -> list[float]:
        t = self.ticks[max(start, 1) - 1 : end]
        return [(b - a) * 1000 for a, b in itertools.pairwise(t)]

    def phases(self) -> dict[str, Stats]:
        out: dict[str, Stats] = {}
        bounds = [*self.marks, ("", len(self.ticks))]
        for (name, lo), (_n, hi) in itertools.pairwise(bounds):
            out[name] = stats(self.gaps(lo, hi))
        return out

    def worst(self, start: int, end: int, count: int = 5) -> list[tuple[float, str]]:
        """The ``count`` longest gaps over 50 ms in [start, end), each with the stack seen most
        often while it lasted."""
        found: list[tuple[float, str]] = []
        for i in range(max(start, 1), min(end, len(self.ticks))):
            gap = (self.ticks[i] - self.ticks[i - 1]) * 1000
            if gap <= 50:
                continue
            during = [s for s in self.samples if self.ticks[i - 1] < s.at <= self.ticks[i]]
            stacks = collections.Counter(s.stack for s in during)
            others = collections.Counter(o for s in during for o in s.others)
            if stacks:
                stack, n = stacks.most_common(1)[0]
                text = f"({n} of {len(during)} samples)\n{stack}"
                for other, m in others.most_common(2):
                    text += f"\n  meanwhile in another thread ({m} of {len(during)} samples):\n{other}"
                found.append((gap, text))
            else:
                found.append((gap, "(no sample: the GIL was held in C code all along)"))
        found.sort(key=lambda x: -x[0])
        return found[:count]


def _watch_collections() -> None:
    import gc

    began: dict[int, float] = {}

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[threading.get_ident()] = time.perf_counter()
            return
        took = (time.perf_counter() - began.pop(threading.get_ident(), time.perf_counter())) * 1000
        if took > 5:
            name = threading.current_thread().name
            print(
                f"--- gc gen {info['generation']} on {name}: {took:.1f} ms, "
                f"{info['collected']} collected, gen2 holds {len(gc.get_objects(2))}",
                file=sys.stderr,
            )

    gc.callbacks.append(callback)


IDLE_FRAMES = ("threading.py", "queue.py", "selectors.py", "thread.py", "gui_harness.py")


def _signature(frame: Any, depth: int = 10, *, busy_only: bool = False) -> str:
    """The innermost ``depth`` frames below the event loop's dispatch, one line each
    (``busy_only``: "" for a thread waiting for work)."""
    stack = traceback.extract_stack(frame)
    if busy_only and (not stack or stack[-1].filename.endswith(IDLE_FRAMES)):
        return ""
    lines = []
    for summary in reversed(stack):
        if summary.filename.endswith(("qasync/__init__.py", "asyncio/events.py")):
            break
        lines.append(f"  {Path(summary.filename).name}:{summary.lineno} {summary.name}: {summary.line}")
        if len(lines) >= depth:
            break
    return "\n".join(reversed(lines)) or "  (the event loop itself)"
