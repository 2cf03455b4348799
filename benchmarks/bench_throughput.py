"""Throughput against a floor measured in the same run, on the same loopback sandboxes.

* TOTVS RH: the full co-participation load (100,000 rows over every company/branch, the
  service the tab and ``passerelle totvs rh load`` run) against its floor: the same pages
  fetched with plain httpx and inserted with one executemany into a bare SQLite table.
* Vétélevage: the import of a 5,000-visit batch (fetch, store every visit and its lines,
  acknowledge) against its floor: the same batch fetched with plain httpx and its visits
  inserted with one executemany into a bare table.

The floor's table has the remote identifier as its primary key (the minimum a store that
never duplicates needs) and the app's durability (WAL, synchronous=FULL).

    uv run python -m benchmarks.bench_throughput [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import Result, print_table

SIZES = {"rh_rows": 100_000, "vet_visits": 5000}
QUICK = {"rh_rows": 10_000, "vet_visits": 500}
ROUNDS = 2  # best of: the machine is shared, the first round also warms caches
RH_TARGET, VET_TARGET = 1.5, 2.0


def bare_db(path: Path, ddl: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(ddl)
    return conn


# ---------------------------------------------------------------- TOTVS RH


RH_PAGE = 2000  # the setting's default (totvs_rh.page_size)


def rh_floor(base_url: str, folder: Path) -> int:
    from app.integrations.totvs.sandbox import PASSWORD, RH_COMPANIES, USERNAME

    url = base_url.rstrip("/") + "/api/rh/v1/BeneficiariesCoparticipation"
    rows: list[tuple[Any, ...]] = []
    keys: list[str] | None = None
    pairs = [(company, b.strip()) for company, bs in RH_COMPANIES.items() for b in bs]
    with httpx.Client(auth=httpx.BasicAuth(USERNAME, PASSWORD), timeout=60) as client:
        for company, branch in pairs:  # every pair, as the app's settings list them (totvs_rh.scopes)
            page = 1
            while True:
                params = {"product": "PROTHEUS", "companyId": company, "branchId": branch}
                response = client.get(url, params={**params, "page": page, "pageSize": RH_PAGE})
                if response.status_code == 400:  # "Nenhum registro localizado."
                    break
                response.raise_for_status()
                body = response.json()
                keys = keys or list(body["items"][0])
                rows.extend(tuple(item.get(k) for k in keys) for item in body["items"])
                if not body.get("hasNext"):
                    break
                page += 1
    assert keys is not None
    columns = ", ".join(f'"{k}"' for k in keys)
    conn = bare_db(folder / "rh_floor.db", f"CREATE TABLE copart ({columns}, PRIMARY KEY (id))")
    with conn:
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO copart VALUES ({', '.join('?' * len(keys))})", rows)
    count = int(conn.execute("SELECT count(*) FROM copart").fetchone()[0])
    conn.close()
    return count


def rh_app(urls: dict[str, str], folder: Path) -> tuple[int, float]:
    """The full load into a fresh store → (rows stored, seconds): the load alone, as for
    Vétélevage (opening and migrating the store is the start-up's, not the load's)."""
    from app.core.context import AppContext
    from app.integrations.totvs import service_rh
    from benchmarks.gui_harness import configure

    ctx = AppContext.open(folder)
    try:
        configure(ctx, {"totvs_rh": urls["totvs_rh"]})
        started = time.perf_counter()
        result = asyncio.run(service_rh.load(ctx, mode=service_rh.FULL))
        return result.stored, time.perf_counter() - started
    finally:
        ctx.close()


# ---------------------------------------------------------------- Vétélevage


def vet_floor(base_url: str, folder: Path) -> int:
    from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET

    base = base_url.rstrip("/")
    with httpx.Client(timeout=60) as client:
        token = client.post(
            f"{base}/auth/token",
            auth=(EDITOR_ID, EDITOR_SECRET),
            data={"grant_type": "password", "username": "bocage", "password": "vaches-35"},
        ).json()["access_token"]
        response = client.get(f"{base}/visites", headers={"Authorization": f"Bearer {token}"})
        response.raise_for_status()
        visits = response.json()["visites"]
    conn = bare_db(folder / "vet_floor.db", "CREATE TABLE visits (id TEXT PRIMARY KEY, raw TEXT)")
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO visits VALUES (?, ?)", ((v["id"], json.dumps(v, ensure_ascii=False)) for v in visits)
        )
    count = int(conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    conn.close()
    return count


def vet_app(urls: dict[str, str], folder: Path) -> tuple[int, float]:
    """Import the frozen batch → (visits stored, seconds); the acts and catalogue are set first."""
    from app.core.context import AppContext
    from app.integrations.vetelevage.importing import import_visits
    from benchmarks.gui_harness import configure

    ctx = AppContext.open(folder)
    try:
        configure(ctx, {"vetelevage": urls["vetelevage"]})
        started = time.perf_counter()
        results = asyncio.run(import_visits(ctx))
        elapsed = time.perf_counter() - started
        assert all(r.acknowledged for r in results)
        return sum(r.new for r in results), elapsed
    finally:
        ctx.close()


def new_batch(base_url: str, count: int) -> None:
    """Queue ``count`` more visits on the sandbox (the next GET freezes them as a new batch)."""
    root = base_url.rstrip("/")
    httpx.post(f"{root}/_control/visits", json={"compte": "C123", "count": count}, timeout=60)


# ---------------------------------------------------------------- the run


def timed(fn: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - started


def measure(quick: bool = False, only: str = "") -> list[Result]:
    """Best of two rounds of each load against its floor; ``only`` = "totvs" or "vetelevage" runs one."""
    from app.core.secrets import use_memory_keyring
    from benchmarks.sandboxes import Sandboxes

    sizes = QUICK if quick else SIZES
    use_memory_keyring()
    rh_app_s: list[float] = []
    rh_floor_s: list[float] = []
    vet_app_s: list[float] = []
    vet_floor_s: list[float] = []
    with (
        tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp,
        Sandboxes(
            rh_rows=0 if only == "vetelevage" else sizes["rh_rows"],
            vet_visits=0 if only == "totvs" else sizes["vet_visits"],
        ) as sb,
    ):
        urls = sb.urls
        for n in range(ROUNDS):
            round_dir = Path(tmp) / f"round{n}"
            (round_dir / "floor").mkdir(parents=True)
            floor_rows = 0
            if only != "vetelevage":
                floor_rows, seconds = timed(rh_floor, urls["totvs_rh"], round_dir / "floor")
                rh_floor_s.append(seconds)
                app_rows, seconds = rh_app(urls, round_dir / "app")
                rh_app_s.append(seconds)
                if app_rows != floor_rows:
                    raise RuntimeError(f"TOTVS RH: the app stored {app_rows} rows, the floor {floor_rows}")
            else:
                rh_floor_s.append(0.0)
                rh_app_s.append(0.0)
            if only == "totvs":
                vet_floor_s.append(0.0)
                vet_app_s.append(0.0)
                continue
            if n:
                new_batch(urls["vetelevage"], sizes["vet_visits"])
            floor_visits, seconds = timed(vet_floor, urls["vetelevage"], round_dir / "floor")
            vet_floor_s.append(seconds)
            app_visits, seconds = vet_app(urls, round_dir / "vet_app")
            vet_app_s.append(seconds)
            if app_visits != floor_visits:
                raise RuntimeError(
                    f"Vétélevage: the app stored {app_visits} visits, the floor {floor_visits}"
                )
            print(
                f"round {n + 1}: TOTVS RH {floor_rows:,} rows app {rh_app_s[-1]:.2f} s / floor "
                f"{rh_floor_s[-1]:.2f} s; Vétélevage {floor_visits:,} visits app {vet_app_s[-1]:.2f} s"
                f" / floor {vet_floor_s[-1]:.2f} s",
                file=sys.stderr,
            )
    if only == "vetelevage":
        return _vet_results(sizes, vet_app_s, vet_floor_s)
    rh_app_best, rh_floor_best = min(rh_app_s), min(rh_floor_s)
    rh = [
        Result(
            f"TOTVS RH full load, {sizes['rh_rows']:,} rows",
            rh_app_best,
            rh_floor_best,
            "s",
            f"≤ {RH_TARGET}× floor",
            rh_app_best <= RH_TARGET * rh_floor_best,
        ),
        Result(
            "  TOTVS RH rows per second",
            sizes["rh_rows"] / rh_app_best,
            sizes["rh_rows"] / rh_floor_best,
            "/s",
            "",
        ),
    ]
    if only == "totvs":
        return rh
    return rh + _vet_results(sizes, vet_app_s, vet_floor_s)


def _vet_results(sizes: dict[str, int], app_s: list[float], floor_s: list[float]) -> list[Result]:
    app_best, floor_best = min(app_s), min(floor_s)
    return [
        Result(
            f"Vétélevage import, {sizes['vet_visits']:,} visits",
            app_best,
            floor_best,
            "s",
            f"≤ {VET_TARGET}× floor",
            app_best <= VET_TARGET * floor_best,
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes (a smoke run)")
    parser.add_argument(
        "--only", choices=["totvs", "vetelevage"], default="", help="run one of the two loads"
    )
    args = parser.parse_args()
    print_table(measure(args.quick, args.only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
