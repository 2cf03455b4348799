"""Journal search by business key on a 1,000,000-entry journal, against a bare indexed SQLite
lookup on the same data (same run).

    uv run python -m benchmarks.bench_journal_search [N]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from benchmarks.common import Result, print_table

KEYS_PER_ENTRY = 3


def build(n: int, folder: Path) -> tuple[object, list[str]]:
    from app.core.db import Database, sqlite_url, utcnow
    from app.core.journal import Journal
    from app.core.tables import journal, journal_keys

    db = Database(sqlite_url(folder / "journal.db"))
    db.migrate()
    now = utcnow()
    integrations = ["vetelevage", "provet", "omnidoc", "totvs_saude", "totvs_rh"]
    chunk = 20_000
    with db.transaction() as conn:
        for start in range(0, n, chunk):
            rows = [
                {
                    "id": i + 1,
                    "ts": now,
                    "integration": integrations[i % 5],
                    "action": "import",
                    "outcome": "ok",
                    "who": "bench",
                    "desk": "DESK-1",
                    "summary": f"entry {i} for V-{i:07d}",
                    "counts": None,
                }
                for i in range(start, min(n, start + chunk))
            ]
            conn.execute(sa.insert(journal), rows)
            keys = [
                {"entry_id": i + 1, "key": k}
                for i in range(start, min(n, start + chunk))
                for k in (f"V-{i:07d}", f"L-{i // 50:06d}", f"C{i % 300}")
            ]
            conn.execute(sa.insert(journal_keys), keys)
    sample = [f"V-{random.randrange(n):07d}" for _ in range(20)] + [
        f"L-{random.randrange(n // 50):06d}" for _ in range(20)
    ]
    return Journal(db), sample


def measure(n: int = 1_000_000) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        journal, sample = build(n, Path(tmp))
        print(f"built a {n:,}-entry journal in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        timings = []
        for key in sample:
            t0 = time.perf_counter()
            found = journal.search(key, limit=200)  # type: ignore[attr-defined]
            timings.append(time.perf_counter() - t0)
            assert found, key
        raw = sqlite3.connect(Path(tmp) / "journal.db")
        base = []
        for key in sample:
            t0 = time.perf_counter()
            raw.execute(
                "SELECT j.* FROM journal j JOIN journal_keys k ON k.entry_id = j.id WHERE k.key = ? "
                "ORDER BY j.id DESC LIMIT 200",
                (key,),
            ).fetchall()
            base.append(time.perf_counter() - t0)
        raw.close()
    worst = max(timings) * 1000
    return [
        Result(
            f"journal search by key, {n:,} entries (worst of {len(sample)})",
            worst,
            max(base) * 1000,
            "ms",
            "< 1000 ms",
            worst < 1000,
        ),
        Result(
            "journal search by key (median)",
            sorted(timings)[len(timings) // 2] * 1000,
            sorted(base)[len(base) // 2] * 1000,
            "ms",
            "< 1000 ms",
        ),
    ]


if __name__ == "__main__":
    print_table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
