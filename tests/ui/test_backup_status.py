"""The Storage panel shows the last backup's time and warns when backups are overdue; the dashboard
shows the same warning (both read the status off the GUI thread)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import InputError
from app.core.qt import QtCore
from app.ops.schedule_runs import failure_message, record_attempt, record_outcome
from app.ops.schedules import BACKUP

pytestmark = pytest.mark.ui


async def _emitted(signal: Any) -> None:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done(*_args: Any) -> None:
        if not future.done():
            future.set_result(None)

    signal.connect(done)
    try:
        await asyncio.wait_for(future, 10)
    finally:
        signal.disconnect(done)


async def _storage(ctx: Any, qtbot: QtBot) -> Any:
    from app.ui.storage_panel import StorageDialog

    dialog = StorageDialog(ctx)
    qtbot.addWidget(dialog)
    await _emitted(dialog.refreshed)
    return dialog


async def test_storage_panel_shows_the_last_backup_time_and_warns_after_twice_the_interval(
    qtbot: QtBot, ctx: Any
) -> None:
    from app.ui.storage_panel import local_time

    three_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3, minutes=5)
    record_outcome(ctx.db, BACKUP, three_days_ago, None, "DESK-1")
    dialog = await _storage(ctx, qtbot)
    shown = local_time(three_days_ago)
    local = three_days_ago.astimezone()
    assert shown == QtCore.QLocale().toString(
        QtCore.QDateTime(
            QtCore.QDate(local.year, local.month, local.day),
            QtCore.QTime(local.hour, local.minute, local.second),
        ),
        QtCore.QLocale.FormatType.ShortFormat,
    )  # the desk's time, in the UI language's format
    assert dialog.last.text() == f"Last backup: {shown}"
    assert not dialog.warning.isHidden()
    assert "No backup for 3 day" in dialog.warning.text() and "every 24 h" in dialog.warning.text()


async def test_a_recent_backup_shows_no_warning_and_names_the_file(qtbot: QtBot, ctx: Any) -> None:
    from app.ops.backup import backup

    path = backup(ctx)
    record_outcome(ctx.db, BACKUP, dt.datetime.now(dt.UTC), None, "DESK-1")
    dialog = await _storage(ctx, qtbot)
    assert path.name in dialog.last.text() and dialog.last.text().startswith("Last backup: ")
    assert dialog.warning.isHidden() and dialog.warning.text() == ""


async def test_a_failed_first_backup_is_a_warning_with_its_reason(qtbot: QtBot, ctx: Any) -> None:
    at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    record_attempt(ctx.db, BACKUP, at, "DESK-1")
    record_outcome(ctx.db, BACKUP, at, failure_message(InputError("the disk said no")), "DESK-1")
    dialog = await _storage(ctx, qtbot)
    assert "No backup yet." in dialog.last.text()
    assert "failed:" in dialog.last.text() and "the disk said no" in dialog.last.text()
    assert "No backup has been made yet" in dialog.warning.text() and not dialog.warning.isHidden()


async def test_the_dashboard_shows_the_warning_until_a_backup_is_made(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.dashboard import Dashboard

    record_outcome(ctx.db, BACKUP, dt.datetime.now(dt.UTC) - dt.timedelta(days=2, hours=1), None, "D")
    dashboard = Dashboard(ctx, [])
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    await asyncio.wait_for(dashboard.refreshed.wait(), 10)
    await asyncio.wait_for(dashboard._refreshing, 10)  # type: ignore[arg-type]
    assert "No backup for 2 day" in dashboard.backup_warning.text()
    assert not dashboard.backup_warning.isHidden()
    record_outcome(ctx.db, BACKUP, dt.datetime.now(dt.UTC), None, "D")
    dashboard.refresh()
    await asyncio.wait_for(dashboard._refreshing, 10)  # type: ignore[arg-type]
    assert dashboard.backup_warning.isHidden() and dashboard.backup_warning.text() == ""
