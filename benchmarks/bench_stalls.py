"""Never frozen: a 10 ms heartbeat on the GUI thread while the app works.

The app (real services, the main window offscreen, qasync's loop) imports 5,000 Vétélevage
visits, loads 100,000 TOTVS RH co-participation rows and shows them, pulls 20,000 Provet
consultations (the Browse page's export) and searches a 1,000,000-entry journal, each through
the tab a user clicks. The sandboxes serve over loopback from their own process. A stall is
the time between two heartbeats (10 ms when the loop is free); the baseline is the same
heartbeat with an idle loop, same run.

    uv run python -m benchmarks.bench_stalls [--quick] [--only totvs,provet]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import Result, print_table

SIZES = {"vet_visits": 5000, "rh_rows": 100_000, "provet": 20_000, "journal": 1_000_000}
QUICK = {"vet_visits": 500, "rh_rows": 10_000, "provet": 2_000, "journal": 50_000}
IDLE_SECONDS = 3.0
MAX_TARGET, P99_TARGET = 50.0, 16.0


# ---------------------------------------------------------------- the GUI process


PHASES = ("vetelevage", "totvs", "provet", "journal")


async def scenario(
    window: Any, ctx: Any, beat: Any, journal_n: int, phases: tuple[str, ...] = PHASES
) -> None:
    from benchmarks.gui_harness import settle, warmed

    await warmed()  # the tabs' modules, imported in a thread after the window is shown (run_gui)
    await settle(ctx, quiet=1.0)
    beat.mark("idle")
    await asyncio.sleep(IDLE_SECONDS)

    if "vetelevage" in phases:
        await _vetelevage(window, ctx, beat)
    if "totvs" in phases:
        await _totvs(window, ctx, beat)
    if "provet" in phases:
        await _provet(window, ctx, beat)
    if "journal" in phases:
        await _journal(window, beat, journal_n)
    beat.mark("end")


async def _vetelevage(window: Any, ctx: Any, beat: Any) -> None:
    from benchmarks.gui_harness import settle, wait_job

    # Vétélevage: "Import visits now", then the list of 5,000 visits refreshes.
    beat.mark("vetelevage import")
    window.show_integration("vetelevage")
    vet = window.tabs.currentWidget()
    results = await wait_job(ctx, vet.import_now)
    print(f"vetelevage: {[r.as_dict() for r in results]}", file=sys.stderr)
    await settle(ctx)
    await vet.visits.wait_loaded()


async def _totvs(window: Any, ctx: Any, beat: Any) -> None:
    from app.integrations.totvs import service_rh
    from benchmarks.gui_harness import settle, wait_job

    # TOTVS RH: "Full load", the table and its totals, then scrolling down the 100,000 rows.
    beat.mark("totvs rh load")
    window.show_integration("totvs_rh")
    rh = window.tabs.currentWidget()
    result = await wait_job(ctx, lambda: rh.start_load(service_rh.FULL))
    print(f"totvs_rh: {result.as_json()}", file=sys.stderr)
    await rh.wait_idle()
    for _ in range(10):
        rh.view.scrollToBottom()
        await asyncio.sleep(0.05)
        await rh.model.wait_idle()
    await settle(ctx)


async def _provet(window: Any, ctx: Any, beat: Any) -> None:
    from app.core.qt import QtWidgets
    from benchmarks.gui_harness import settle, wait_job

    # Provet: Browse → consultation → "Export to CSV…" (pull every page, write the file).
    beat.mark("provet pull")
    window.show_integration("provet")
    browse = window.tabs.currentWidget().browse
    browse.endpoint.setCurrentText("consultation")
    out = Path(ctx.data_dir) / "consultations.csv"
    original = QtWidgets.QFileDialog.getSaveFileName
    QtWidgets.QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(out), ""))  # type: ignore[method-assign]
    try:
        count = await wait_job(ctx, browse.export)
    finally:
        QtWidgets.QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    print(f"provet: {count} consultations exported", file=sys.stderr)
    await settle(ctx)


async def _journal(window: Any, beat: Any, journal_n: int) -> None:
    from benchmarks.journal_data import sample_keys

    # Activity: search the journal by business keys, then by words (a scan of the summaries).
    beat.mark("journal search")
    window.show_integration("activity")
    activity = window.activity
    for text in [*sample_keys(journal_n, 20), "entry 4242"]:
        activity.search.setText(text)  # starts the 250 ms debounce; run it now instead
        activity._debounce.stop()
        activity.refresh()
        await activity.model.wait_idle()
        if activity.model.rowCount() == 0:
            raise RuntimeError(f"the journal search for {text!r} found nothing")
        await asyncio.sleep(0.05)


def child(data_dir: Path, urls: dict[str, str], journal_n: int, phases: tuple[str, ...]) -> dict[str, Any]:
    from benchmarks.gui_harness import Heartbeat, main_window, open_app

    _qt_app, loop, ctx = open_app(data_dir, urls)
    window = main_window(ctx)
    beat = Heartbeat()
    beat.start()
    try:
        loop.run_until_complete(scenario(window, ctx, beat, journal_n, phases))
    finally:
        beat.stop()
        window.close()
        loop.run_until_complete(ctx.jobs.shutdown())
        loop.close()
        ctx.close()
    phases = {name: s.as_dict() for name, s in beat.phases().items() if name != "end"}
    work_start = beat.marks[1][1]  # the first workload's mark, after "idle"
    end = next(i for name, i in beat.marks if name == "end")
    from benchmarks.gui_harness import stats

    bounds = [*beat.marks, ("", len(beat.ticks))]
    for (name, lo), (_n, hi) in itertools.pairwise(bounds):
        if name not in ("", "end") and hi > lo:
            print(f"--- phase {name}: {beat.ticks[hi - 1] - beat.ticks[lo]:.2f} s", file=sys.stderr)
    worst = beat.worst(work_start, end)
    for gap, stack in worst:
        print(f"--- stall {gap:.0f} ms, GUI thread was in:\n{stack}", file=sys.stderr)
    return {
        "phases": phases,
        "work": stats(beat.gaps(work_start, end)).as_dict(),
        "worst": [[g, s] for g, s in worst],
    }


# ---------------------------------------------------------------- the driver


def run(sizes: dict[str, int], phases: tuple[str, ...] = PHASES) -> dict[str, Any]:
    from app.core.context import AppContext
    from app.core.paths import database_file
    from app.core.secrets import use_memory_keyring
    from benchmarks.journal_data import fill_journal
    from benchmarks.sandboxes import Sandboxes

    use_memory_keyring()
    with (
        tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp,
        Sandboxes(
            vet_visits=sizes["vet_visits"] if "vetelevage" in phases else 0,
            rh_rows=sizes["rh_rows"] if "totvs" in phases else 0,
            provet=sizes["provet"] if "provet" in phases else 0,
        ) as sb,
    ):
        data = Path(tmp) / "data"
        AppContext.open(data).close()  # migrate
        journal_n = sizes["journal"] if "journal" in phases else 0
        fill_journal(database_file(data), journal_n)  # while the sandboxes generate
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PASSERELLE_NO_SCHEDULER": "1"}
        argv = [sys.executable, "-m", "benchmarks.bench_stalls", "--child", str(data)]
        argv += [json.dumps(sb.urls), str(journal_n), ",".join(phases)]
        if profile := os.environ.get("BENCH_PYSPY"):  # where the GUI thread spends its time
            spy = ["py-spy", "record", "--threads", "--idle", "--native", "-r", "250"]
            argv = [*spy, "--format", "raw", "-o", profile, "--", *argv]
        proc = subprocess.run(argv, env=env, stdout=subprocess.PIPE, text=True, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"the GUI process exited {proc.returncode}")
        out: dict[str, Any] = json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1])
        return out


def measure(quick: bool = False, phases: tuple[str, ...] = PHASES) -> list[Result]:
    """The heartbeat through ``phases`` (all four workloads by default) against the idle loop."""
    out = run(QUICK if quick else SIZES, phases)
    idle = out["phases"]["idle"]
    work = out["work"]
    results = [
        Result(
            "never frozen: max stall, all workloads",
            work["max_ms"],
            idle["max_ms"],
            "ms",
            f"≤ {MAX_TARGET:.0f} ms",
            work["max_ms"] <= MAX_TARGET,
        ),
        Result(
            "never frozen: p99 stall, all workloads",
            work["p99_ms"],
            idle["p99_ms"],
            "ms",
            f"≤ {P99_TARGET:.0f} ms",
            work["p99_ms"] <= P99_TARGET,
        ),
    ]
    for name, s in out["phases"].items():
        if name == "idle":
            continue
        results.append(
            Result(
                f"  max stall during {name}", s["max_ms"], idle["max_ms"], "ms", f"(p99 {s['p99_ms']:.1f} ms)"
            )
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=4, metavar=("DATA_DIR", "URLS", "JOURNAL_N", "PHASES"))
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes (a smoke run)")
    parser.add_argument(
        "--only", default=",".join(PHASES), help=f"some of the workloads, comma-separated: {','.join(PHASES)}"
    )
    args = parser.parse_args()
    if args.child:
        data_dir, urls, journal_n, phases = args.child
        result = child(Path(data_dir), json.loads(urls), int(journal_n), tuple(phases.split(",")))
        print(json.dumps(result), flush=True)
        return 0
    chosen = tuple(p.strip() for p in args.only.split(",") if p.strip())
    if unknown := set(chosen) - set(PHASES):
        parser.error(f"unknown workloads {sorted(unknown)}: choose among {', '.join(PHASES)}")
    print_table(measure(args.quick, chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
