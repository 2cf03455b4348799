"""A group of clinics: Vétélevage SaaS mode, 500 linked accounts × 10 visits, every account
imported and acknowledged with the app's bounded concurrency — against one account holding all
5,000 visits, same sandbox latency, same run.

Both sides run ``importing.import_visits`` (what the tab and ``passerelle vetelevage import``
run) into a fresh data dir, against the loopback sandbox in its own process with a realistic
50 ms server latency on every answer (``latency_ms``). The SaaS sandbox also has its two named
active accounts (C123, C456) with 10 visits each: 502 accounts, 5,020 visits. The single
account is the vétérinaire mode's C123 with 5,000 visits.

    uv run python -m benchmarks.bench_saas [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, print_table

ACCOUNTS, VISITS, LATENCY_MS = 500, 10, 50.0
QUICK_ACCOUNTS = 50
TARGET = 3.0


def import_all(url: str, folder: Path, saas: bool) -> tuple[int, int, float]:
    """Import every account's batch → (accounts acknowledged, visits stored, seconds)."""
    from app.core.context import AppContext
    from app.integrations.vetelevage.importing import IMPORT_CONCURRENCY, import_visits
    from benchmarks.gui_harness import configure

    concurrency = int(os.environ.get("BENCH_SAAS_CONCURRENCY", IMPORT_CONCURRENCY))
    ctx = AppContext.open(folder)
    try:
        configure(ctx, {"vetelevage": url})
        if saas:
            ctx.settings.vetelevage.mode = "saas"
        started = time.perf_counter()
        results = asyncio.run(import_visits(ctx, concurrency=concurrency))
        elapsed = time.perf_counter() - started
        if not all(r.acknowledged for r in results):
            raise RuntimeError("an account was not acknowledged")
        return len(results), sum(r.new for r in results), elapsed
    finally:
        ctx.close()


def measure(quick: bool = False) -> list[Result]:
    """The SaaS import of every linked account against one account's import of as many visits."""
    from app.core.secrets import use_memory_keyring
    from app.integrations.vetelevage.importing import IMPORT_CONCURRENCY
    from benchmarks.sandboxes import Sandboxes

    use_memory_keyring()
    accounts = QUICK_ACCOUNTS if quick else ACCOUNTS
    concurrency = int(os.environ.get("BENCH_SAAS_CONCURRENCY", IMPORT_CONCURRENCY))
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp:
        with Sandboxes(vet_visits=accounts * VISITS, vet_latency_ms=LATENCY_MS) as single_sb:
            _, single_visits, single_s = import_all(single_sb.urls["vetelevage"], Path(tmp) / "single", False)
        with Sandboxes(vet_visits=VISITS, vet_accounts=accounts, vet_latency_ms=LATENCY_MS) as saas_sb:
            saas_accounts, saas_visits, saas_s = import_all(
                saas_sb.urls["vetelevage"], Path(tmp) / "saas", True
            )
    print(
        f"saas: {saas_accounts} accounts, {saas_visits:,} visits in {saas_s:.2f} s (concurrency "
        f"{concurrency}); one account {single_visits:,} visits in {single_s:.2f} s; latency {LATENCY_MS:.0f} ms",
        file=sys.stderr,
    )
    return [
        Result(
            f"Vétélevage SaaS, {saas_accounts} accounts × {VISITS} visits",
            saas_s,
            single_s,
            "s",
            f"≤ {TARGET:.0f}× one account of {single_visits:,} ({LATENCY_MS:.0f} ms latency, {concurrency} at once)",
            saas_s <= TARGET * single_s,
        ),
        Result(
            "  SaaS accounts imported and acknowledged per second",
            saas_accounts / saas_s,
            None,
            "/s",
            f"({saas_visits:,} visits stored)",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="50 accounts (a smoke run)")
    args = parser.parse_args()
    print_table(measure(args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
