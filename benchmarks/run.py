"""Run every benchmark and print one table.

    uv run python -m benchmarks.run [--quick] [--markdown] [NAME ...]

NAME is a module without its ``bench_`` prefix (startup, stalls, throughput, memory, webhooks, saas,
journal_search). ``--quick`` runs the benchmarks that have one on a tenth of their sizes (a
smoke run, not figures to record); ``--markdown`` also prints the table as Markdown, the form
BENCHMARKS.md keeps.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys
import time
import traceback
from collections.abc import Sequence

import benchmarks
from benchmarks.common import Result, print_table


def names() -> list[str]:
    return sorted(
        info.name.removeprefix("bench_")
        for info in pkgutil.iter_modules(benchmarks.__path__)
        if info.name.startswith("bench_")
    )


def markdown(results: Sequence[Result]) -> str:
    lines = ["| benchmark | value | baseline | ratio | target | met |", "|---|---:|---:|---:|---|---|"]
    for r in results:
        value = f"{r.value:,.1f} {r.unit}".strip() if r.value is not None else "-"
        base = f"{r.baseline:,.1f} {r.unit}".strip() if r.baseline is not None else "-"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "-"
        met = "" if r.ok is None else ("yes" if r.ok else "**no**")
        lines.append(f"| {r.name.strip()} | {value} | {base} | {ratio} | {r.target} | {met} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(names()))
    parser.add_argument("--quick", action="store_true", help="smaller sizes where a benchmark has them")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(names()))
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)} (choose among {', '.join(names())})")
    results: list[Result] = []
    failed = 0
    for short in names():
        if args.names and short not in args.names:
            continue
        module = importlib.import_module(f"benchmarks.bench_{short}")
        print(f"… {short}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            kwargs = (
                {"quick": True}
                if args.quick and "quick" in inspect.signature(module.measure).parameters
                else {}
            )
            results.extend(module.measure(**kwargs))
        except Exception:
            failed += 1
            traceback.print_exc()
        print(f"  {short}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print_table(results)
    if args.markdown:
        print()
        print(markdown(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
