"""Run every benchmark and print one table: ``uv run python -m benchmarks.run [NAME ...]``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback

import benchmarks
from benchmarks.common import Result, print_table


def main(names: list[str]) -> int:
    results: list[Result] = []
    failed = 0
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        short = info.name.removeprefix("bench_")
        if names and short not in names:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        print(f"… {short}", file=sys.stderr, flush=True)
        try:
            results.extend(module.measure())
        except Exception:
            failed += 1
            traceback.print_exc()
    print_table(results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
