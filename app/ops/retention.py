"""Pruning of raw payloads and personal data past their retention period; storage sizes.

Integrations register where their raw payloads live (:mod:`app.core.retention_registry`, from
their ``retention`` module); pruning blanks those columns on rows older than
``ops.raw_retention_days`` and keeps the business rows (what was billed, when, by whom).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.retention_registry import RawPayload, registered_payloads
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.context import AppContext


def registered() -> list[RawPayload]:
    """Every integration's raw-payload columns (their retention modules loaded first)."""
    _load_integrations()
    return registered_payloads()


def _load_integrations() -> None:
    # Each integration registers its payloads in its retention module, imported here lazily.
    import contextlib
    import importlib
    import pkgutil

    import app.integrations as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"app.integrations.{info.name}.retention")


def prune(ctx: AppContext, days: int | None = None, now: dt.datetime | None = None) -> dict[str, int]:
    days = days if days is not None else ctx.settings.ops.raw_retention_days
    cutoff = (now or utcnow()) - dt.timedelta(days=days)
    counts: dict[str, int] = {}
    with ctx.db.transaction() as conn:
        for item in registered():
            column = item.table.c[item.timestamp]
            values = {name: item.blank for name in item.columns}
            not_blank = sa.or_(*[item.table.c[name] != item.blank for name in item.columns])
            result = conn.execute(
                sa.update(item.table).where(column < cutoff).where(not_blank).values(**values)
            )
            counts[item.table.name] = result.rowcount
        total = sum(counts.values())
        if total:
            ctx.journal.record(
                "ops",
                "prune",
                "ok",
                QT_TRANSLATE_NOOP("journal", "raw payloads older than {days} days pruned: {n}"),
                args={"days": days, "n": total},
                counts=counts,
                conn=conn,
            )
    if ctx.db.dialect == "sqlite":
        ensure_incremental_vacuum(ctx)
        _sqlite_exec(ctx, "PRAGMA incremental_vacuum(2000)")
        if total:
            ctx.db.scrub()
    return counts


def _sqlite_exec(ctx: AppContext, *statements: str) -> list[Any]:
    # On the driver connection, outside any transaction: VACUUM cannot run in one, and a pragma
    # run in SQLAlchemy's implicit transaction would be rolled back with it.
    raw = ctx.db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        out: list[Any] = []
        for statement in statements:
            if statement.upper().startswith(("VACUUM", "PRAGMA INCREMENTAL_VACUUM")):
                # executescript steps the statement to the end; execute() would step it once,
                # and incremental_vacuum frees one page per step.
                driver.executescript(statement + ";")
                out.append(None)
                continue
            rows = driver.execute(statement).fetchall()
            out.append(rows[0][0] if rows else None)
        return out
    finally:
        raw.close()


def auto_vacuum_mode(ctx: AppContext) -> str:
    (value,) = _sqlite_exec(ctx, "PRAGMA auto_vacuum")
    return {0: "none", 1: "full", 2: "incremental"}.get(int(value or 0), str(value))


def ensure_incremental_vacuum(ctx: AppContext) -> bool:
    """Switch an SQLite file to incremental vacuum; True when it had to be converted.

    ``PRAGMA auto_vacuum=INCREMENTAL`` (set on every connection) only takes effect on a file that
    has no table yet. A file created otherwise (an older version, a copied file) keeps "none"
    until one full ``VACUUM`` rewrites it: that happens here, once, in the background pruning job.
    It rewrites the whole file (needs as much free disk space, and waits for the other connections
    through the busy timeout); afterwards ``PRAGMA incremental_vacuum(N)`` gives back N free pages
    at a time, cheaply."""
    if ctx.db.dialect != "sqlite" or auto_vacuum_mode(ctx) == "incremental":
        return False
    _sqlite_exec(ctx, "PRAGMA auto_vacuum=INCREMENTAL", "VACUUM")
    return True


def storage(ctx: AppContext) -> dict[str, int]:
    """Sizes in bytes of the database, its WAL, the logs and the backups."""

    def size(path: Path) -> int:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        return path.stat().st_size if path.exists() else 0

    out = {
        "logs": size(ctx.data_dir / "logs"),
        "backups": size(ctx.data_dir / "backups"),
        "exports": size(ctx.data_dir / "exports"),
    }
    if ctx.db.dialect == "sqlite" and ctx.db.engine.url.database:
        db = Path(ctx.db.engine.url.database)
        out["database"] = size(db)
        out["database_wal"] = size(Path(str(db) + "-wal"))
        free, page = _sqlite_exec(ctx, "PRAGMA freelist_count", "PRAGMA page_size")
        out["database_free"] = int(free) * int(page)  # reclaimable by the incremental vacuum
    return out
