"""Background upkeep run by the scheduler: backups every N hours, bounded retries of due attention
items every minute, daily pruning of raw payloads. Each remembers its last run in the database
(app.ops.schedule_runs), so a desk that is closed every evening still backs up once a day."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from app.integrations.base import Schedule

if TYPE_CHECKING:
    from app.core.context import AppContext

BACKUP = "ops.backup"


def backup_interval(ctx: AppContext) -> float:
    """Seconds between scheduled backups; 0 when off or when the database is the clinic's
    PostgreSQL server (its backups are the server's job)."""
    if ctx.db.dialect != "sqlite":
        return 0.0
    return ctx.settings.ops.backup_interval_hours * 3600.0


async def _backup(ctx: AppContext) -> None:
    from app.ops.backup import backup, prune_backups

    if ctx.db.dialect != "sqlite":
        return
    await asyncio.to_thread(backup, ctx)
    await asyncio.to_thread(prune_backups, ctx)


async def _retry(ctx: AppContext) -> None:
    from app.ops.retry import run_due

    await run_due(ctx)


async def _prune(ctx: AppContext) -> None:
    from app.ops.retention import prune

    await asyncio.to_thread(prune, ctx)


def schedules(ctx: AppContext) -> list[Schedule]:
    """The upkeep schedules (backups, retries, pruning)."""
    return [
        Schedule(name=BACKUP, interval=backup_interval, run=_backup),
        Schedule(name="ops.retry", interval=lambda c: 60.0, run=_retry),
        Schedule(name="ops.prune", interval=lambda c: 86400.0, run=_prune),
    ]
