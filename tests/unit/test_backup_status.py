"""``backup_status``: the last backup (scheduled, or a file in the backups folder) and whether one is
overdue (none for twice the interval)."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from app.ops.backup import PREFIX, backup_status
from app.ops.schedule_runs import record_outcome
from app.ops.schedules import BACKUP

NOW = dt.datetime.now(dt.UTC)


def test_a_fresh_desk_has_no_backup_and_is_not_overdue_yet(ctx: Any) -> None:
    status = backup_status(ctx, NOW)
    assert status is not None and status.last_at is None and not status.overdue


def test_overdue_after_twice_the_interval_only(ctx: Any) -> None:
    record_outcome(ctx.db, BACKUP, NOW - dt.timedelta(hours=47), None, "D")
    status = backup_status(ctx, NOW)
    assert status is not None and status.last_at == NOW - dt.timedelta(hours=47) and not status.overdue
    status = backup_status(ctx, NOW + dt.timedelta(hours=2))
    assert status is not None and status.overdue


def test_a_backup_file_counts_when_no_run_is_remembered(ctx: Any) -> None:
    """A data dir from before schedules remembered: its newest backup file is the last backup."""
    old = NOW - dt.timedelta(days=3)
    path = ctx.data_dir / "backups" / f"{PREFIX}20000101-000000.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    os.utime(path, (old.timestamp(), old.timestamp()))
    status = backup_status(ctx, NOW)
    assert status is not None and status.overdue
    assert status.last_at is not None and abs((status.last_at - old).total_seconds()) < 1


def test_backups_switched_off_are_never_overdue(ctx: Any) -> None:
    from app.ops.schedules import backup_interval

    record_outcome(ctx.db, BACKUP, NOW - dt.timedelta(days=30), None, "D")
    ctx.settings.ops.backup_interval_hours = 0
    status = backup_status(ctx, NOW)
    assert status is not None and not status.overdue and backup_interval(ctx) == 0


def test_a_shared_postgresql_database_has_no_desk_backups(any_ctx: Any) -> None:
    from app.ops.schedules import backup_interval

    if any_ctx.db.dialect == "sqlite":
        assert backup_interval(any_ctx) == 24 * 3600
        return
    assert backup_status(any_ctx, NOW) is None and backup_interval(any_ctx) == 0
