"""Shared helpers: results as rows, ratio against a baseline measured in the same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    value: float | None  # None: not measured (the target column says why)
    baseline: float | None
    unit: str
    target: str  # e.g. "≤ 1.5× baseline"
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        if not self.baseline or self.value is None:
            return None
        return self.value / self.baseline


def median_of(runs: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(runs))


def timed_subprocess(
    argv: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120
) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(list(argv), capture_output=True, text=True, env=env, timeout=timeout)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def print_table(results: Sequence[Result]) -> None:
    header = f"{'benchmark':<44} {'value':>12} {'baseline':>12} {'ratio':>7}  target"
    print(header)
    print("-" * len(header))
    for r in results:
        base = f"{r.baseline:.1f}" if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "-"
        mark = "" if r.ok is None else ("  ok" if r.ok else "  MISSED")
        value = f"{r.value:>10.1f}{r.unit:<2}" if r.value is not None else f"{'-':>12}"
        print(f"{r.name:<44} {value} {base:>12} {ratio:>7}  {r.target}{mark}")
    sys.stdout.flush()
