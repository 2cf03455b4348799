"""Memory: peak RSS (VmHWM) of the app showing 100,000 TOTVS RH rows in its tab, against the
same app with an empty store, each in a fresh process (same run).

* empty — the main window, the TOTVS RH tab current, nothing stored;
* shown — 100,000 rows stored beforehand: the tab counts, totals and lists them, and the
  table is scrolled down ten times (each scroll fetches the next SQL page);
* loaded here — the same, but the rows are loaded through the tab's "Full load" in that
  process (the peak includes the load itself).

    uv run python -m benchmarks.bench_memory [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import Result, print_table

ROWS, QUICK_ROWS = 100_000, 10_000
TARGET_MB = 100.0


def status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field} in /proc/self/status")


# ---------------------------------------------------------------- the GUI process


async def scenario(window: Any, ctx: Any, mode: str) -> dict[str, Any]:
    from app.integrations.totvs import service_rh
    from benchmarks.gui_harness import settle, wait_job

    await settle(ctx, quiet=0.5)
    window.show_integration("totvs_rh")
    rh = window.tabs.currentWidget()
    if mode == "load":
        await wait_job(ctx, lambda: rh.start_load(service_rh.FULL))
    else:
        rh.apply_filters()
    await rh.wait_idle()
    for _ in range(10):
        rh.view.scrollToBottom()
        await asyncio.sleep(0.05)
        await rh.model.wait_idle()
    await settle(ctx, quiet=0.5)
    return {"total": rh.model.total or 0, "rows_in_model": rh.model.rowCount()}


def child(mode: str, data_dir: Path, urls: dict[str, str]) -> dict[str, Any]:
    from benchmarks.gui_harness import main_window, open_app

    _qt_app, loop, ctx = open_app(data_dir, urls)
    window = main_window(ctx)
    try:
        shown = loop.run_until_complete(scenario(window, ctx, mode))
        peak, rss = status_mb("VmHWM"), status_mb("VmRSS")
    finally:
        window.close()
        loop.run_until_complete(ctx.jobs.shutdown())
        loop.close()
        ctx.close()
    return {"peak_mb": peak, "rss_mb": rss, **shown}


# ---------------------------------------------------------------- the driver


def run_child(mode: str, data_dir: Path, urls: dict[str, str]) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PASSERELLE_NO_SCHEDULER": "1"}
    argv = [sys.executable, "-m", "benchmarks.bench_memory", "--child", mode, str(data_dir), json.dumps(urls)]
    proc = subprocess.run(argv, env=env, stdout=subprocess.PIPE, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"the {mode} GUI process exited {proc.returncode}")
    out: dict[str, Any] = json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1])
    print(f"{mode}: {out}", file=sys.stderr)
    return out


def preload(data_dir: Path, urls: dict[str, str]) -> int:
    """Store the rows headlessly (as ``passerelle totvs rh load`` does) before the GUI starts."""
    from app.core.context import AppContext
    from app.integrations.totvs import service_rh
    from benchmarks.gui_harness import configure

    ctx = AppContext.open(data_dir)
    try:
        configure(ctx, urls)
        return asyncio.run(service_rh.load(ctx, mode=service_rh.FULL)).stored
    finally:
        ctx.close()


def measure(quick: bool = False) -> list[Result]:
    from app.core.secrets import use_memory_keyring
    from benchmarks.sandboxes import Sandboxes

    rows = QUICK_ROWS if quick else ROWS
    use_memory_keyring()
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp, Sandboxes(rh_rows=rows) as sb:
        urls = {"totvs_rh": sb.urls["totvs_rh"]}
        empty = run_child("empty", Path(tmp) / "empty", urls)
        stored = preload(Path(tmp) / "shown", urls)
        shown = run_child("shown", Path(tmp) / "shown", urls)
        loaded = run_child("load", Path(tmp) / "load", urls)
    if shown["total"] != stored or loaded["total"] != stored:
        raise RuntimeError(f"the tab shows {shown['total']} / {loaded['total']} rows, {stored} stored")
    extra = shown["peak_mb"] - empty["peak_mb"]
    extra_loaded = loaded["peak_mb"] - empty["peak_mb"]
    return [
        Result(
            f"memory: peak RSS, {stored:,} rows shown",
            shown["peak_mb"],
            empty["peak_mb"],
            "MB",
            f"≤ empty + {TARGET_MB:.0f} MB (+{extra:.0f} MB)",
            extra <= TARGET_MB,
        ),
        Result(
            "memory: peak RSS, rows loaded in the tab",
            loaded["peak_mb"],
            empty["peak_mb"],
            "MB",
            f"(+{extra_loaded:.0f} MB, load included)",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DATA_DIR", "URLS"))
    parser.add_argument("--quick", action="store_true", help="10,000 rows (a smoke run)")
    args = parser.parse_args()
    if args.child:
        mode, data_dir, urls = args.child
        print(json.dumps(child(mode, Path(data_dir), json.loads(urls))), flush=True)
        return 0
    print_table(measure(args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
