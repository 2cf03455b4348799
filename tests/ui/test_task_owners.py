"""A widget's tasks: cancelled when the widget is destroyed, failures in its error bar, stale
answers dropped (the Vétélevage unmapped-products panel)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from app.core.db import DatabaseError
from app.core.qt import QtWidgets
from app.ui.common import ErrorBar
from app.ui.tasks import tasks_of
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


async def test_a_widget_destroyed_mid_task_cancels_it(qtbot: QtBot) -> None:
    widget = QtWidgets.QWidget()
    started = asyncio.Event()

    async def long_read() -> None:
        started.set()
        await asyncio.Event().wait()

    task = tasks_of(widget).start(long_read())
    await started.wait()
    shiboken6.delete(widget)  # the C++ side goes, as when its window closes
    await wait_until(task.done, what="the task ends")
    assert task.cancelled()


async def test_a_task_failure_is_shown_in_the_owners_error_bar(qtbot: QtBot) -> None:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    bar = ErrorBar(widget)
    group = tasks_of(widget, bar.show_error)

    async def locked() -> None:
        raise DatabaseError("The database is locked by another program.")

    group.start(locked())
    await group.wait()
    assert not bar.isHidden()
    assert "locked" in bar.label.text()


async def test_a_failure_after_the_widget_is_gone_is_logged_not_shown(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    widget = QtWidgets.QWidget()
    bar = ErrorBar(widget)
    group = tasks_of(widget, bar.show_error)
    report = group.on_error
    assert report is not None
    shiboken6.delete(widget)
    with caplog.at_level(logging.ERROR, logger="passerelle.ui.tasks"):
        report(RuntimeError("late"))
    assert [r.getMessage() for r in caplog.records] == ["a task failed after its window closed"]


async def test_the_unmapped_panel_drops_a_stale_answer(qtbot: QtBot, ctx: Any, monkeypatch: Any) -> None:
    from app.integrations.vetelevage import mapping
    from app.ui.vetelevage.unmapped_panel import UnmappedPanel

    answers = iter([["stale"], ["fresh"]])
    slow = asyncio.Event()
    real_run = ctx.db.run

    async def run(fn: Any, *args: Any) -> Any:
        if fn is mapping.unmapped_queue:
            answer = next(answers)
            while answer == ["stale"] and not slow.is_set():
                try:  # the first read is slow (a thread cannot be stopped): the second overtakes it
                    await slow.wait()
                except asyncio.CancelledError:
                    continue
            return answer
        return await real_run(fn, *args)

    monkeypatch.setattr(ctx.db, "run", run)
    panel = UnmappedPanel(ctx)
    qtbot.addWidget(panel)
    shown: list[Any] = []
    monkeypatch.setattr(panel.model, "set_rows", lambda rows: shown.append(rows))
    panel.refresh()
    await asyncio.sleep(0)  # the first read is under way
    panel.refresh()
    await wait_until(lambda: shown, what="the fresh answer")  # the stale one is still on its way
    slow.set()
    await panel.wait_loaded()
    assert shown == [["fresh"]]
