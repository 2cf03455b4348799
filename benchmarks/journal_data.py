"""Fill an app database's journal with N entries quickly (plain sqlite3, the app's schema).

Used by the benchmarks that need a large journal in a real data directory (never-frozen,
memory); the entries look like the app's own: a summary, three business keys each.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.core.search import fold

INTEGRATIONS = ("vetelevage", "provet", "omnidoc", "totvs_saude", "totvs_rh")


def visit_key(i: int) -> str:
    return f"V-{i:07d}"


def lot_key(i: int) -> str:
    return f"L-{i // 50:06d}"


def fill_journal(db_file: Path, n: int, *, chunk: int = 50_000) -> None:
    """Append ``n`` entries (ids after the existing ones) to the journal of a migrated database."""
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA synchronous=OFF")  # a bulk fill of a throwaway benchmark database
        start = int(conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]) + 1
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

        def entries(lo: int, hi: int) -> Iterator[tuple[object, ...]]:
            for i in range(lo, hi):
                ts = (now - dt.timedelta(seconds=(start + n - i) * 3)).strftime("%Y-%m-%d %H:%M:%S.%f")
                yield (
                    start + i,
                    ts,
                    INTEGRATIONS[i % 5],
                    "import",
                    "ok",
                    "bench",
                    "DESK-1",
                    f"entry {i} for {visit_key(i)}",
                    fold(f"entry {i} for {visit_key(i)}"),  # what a search by words reads
                )

        def keys(lo: int, hi: int) -> Iterator[tuple[int, str]]:
            for i in range(lo, hi):
                yield start + i, visit_key(i)
                yield start + i, lot_key(i)
                yield start + i, f"C{i % 300}"

        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            with conn:
                conn.executemany(
                    "INSERT INTO journal (id, ts, integration, action, outcome, who, desk, summary, search_text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    entries(lo, hi),
                )
                conn.executemany("INSERT INTO journal_keys (entry_id, key) VALUES (?, ?)", keys(lo, hi))
    finally:
        conn.close()


def sample_keys(n: int, count: int = 20, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    half = count // 2
    return [visit_key(rng.randrange(n)) for _ in range(half)] + [
        lot_key(rng.randrange(n)) for _ in range(count - half)
    ]
