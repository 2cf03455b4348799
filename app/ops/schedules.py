"""Background upkeep run by the scheduler: backups every N hours, bounded retries of due attention
items every minute, daily pruning of raw payloads."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from app.integrations.base import Schedule

if TYPE_CHECKING:
    from app.core.context import AppContext


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
    return [
        Schedule(
            name="ops.backup", interval=lambda c: c.settings.ops.backup_interval_hours * 3600.0, run=_backup
        ),
        Schedule(name="ops.retry", interval=lambda c: 60.0, run=_retry),
        Schedule(name="ops.prune", interval=lambda c: 86400.0, run=_prune, run_at_start=True),
    ]
