"""The GUI-thread guard (issue 16 item 2) catches app code, never the test's own reads; a lock held
by another connection shows "Waiting for the database…" while the window keeps answering."""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import app
from app.core.sql_guard import GuiThreadDatabaseAccess, MainThreadDatabaseGuard, allow_main_thread_db
from app.ui.db_wait_label import DatabaseWaitLabel
from tests.waiting import wait_until

pytestmark = pytest.mark.ui

APP = Path(app.__file__).resolve().parent


def _probe(where: str, source: str) -> Any:
    """A function whose code says it lives in ``app/<where>`` (the guard looks at file names)."""
    namespace: dict[str, Any] = {}
    exec(compile(source, str(APP / where), "exec"), namespace)
    return namespace["probe"]


UI_READ = _probe("ui/_guard_probe.py", "def probe(db):\n    return db.get_state('k')\n")
APP_COROUTINE = _probe("ops/_guard_probe.py", "async def probe(db):\n    return db.get_state('k')\n")


@pytest.fixture(autouse=True)
def _raising(no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    """These tests check the failure itself: it raises even in a survey run (which only records)."""
    no_gui_thread_sql.raising = True


async def test_the_tests_own_reads_and_db_run_pass(
    ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard
) -> None:
    ctx.db.set_state("k", "v")  # the test's own setup, on the GUI thread, loop running
    assert ctx.db.get_state("k") == "v"
    assert await ctx.db.run(UI_READ, ctx.db) == "v"  # UI code, in a worker thread
    assert no_gui_thread_sql.take() == []


async def test_ui_code_on_the_gui_thread_fails(ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    with pytest.raises(GuiThreadDatabaseAccess, match="UI code"):
        UI_READ(ctx.db)
    assert len(no_gui_thread_sql.take()) == 1  # recorded too: caught by the app, it still fails


async def test_an_app_coroutine_fails_even_when_a_test_awaits_it(
    ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard
) -> None:
    with pytest.raises(GuiThreadDatabaseAccess, match="coroutine on the loop"):
        await APP_COROUTINE(ctx.db)
    no_gui_thread_sql.take()


@pytest.mark.expect_error_log(r"^Exception in callback Database\.get_state\('k'\)", logger="qasync")
async def test_a_loop_callback_fails(ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    done: list[str] = []
    # A callback written in the test is the test's own code: allowed.
    asyncio.get_running_loop().call_soon(lambda: done.append(ctx.db.get_state("k") or "none"))
    await wait_until(lambda: done, what="the test's callback")
    assert no_gui_thread_sql.take() == []
    # The loop calling the store itself (a timer, a signal of the app): a violation.
    asyncio.get_running_loop().call_soon(ctx.db.get_state, "k")
    await wait_until(lambda: no_gui_thread_sql.violations, what="the loop callback's violation")
    assert "a callback of the loop" in no_gui_thread_sql.take()[0]


async def test_allow_main_thread_db_exempts(ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    with allow_main_thread_db():
        UI_READ(ctx.db)
    assert no_gui_thread_sql.take() == []


def test_before_the_loop_runs_ui_code_may_read(ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    UI_READ(ctx.db)  # start-up: no loop yet, nothing can freeze
    assert no_gui_thread_sql.take() == []


def test_a_nested_qt_loop_counts_as_running(
    qtbot: QtBot, ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard
) -> None:
    from app.core.qt import QtCore

    QtCore.QTimer.singleShot(0, functools.partial(ctx.db.get_state, "k"))
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: bool(no_gui_thread_sql.violations))
    assert "a callback of the loop" in no_gui_thread_sql.take()[0]
    assert raised  # the slot raised too


async def test_a_lock_held_by_another_connection_says_waiting(qtbot: QtBot, ctx: Any) -> None:
    label = DatabaseWaitLabel(ctx.db)
    qtbot.addWidget(label)
    assert not label.isVisible() and label.isHidden()
    path = ctx.db.path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)  # another desk, a backup: holds the lock
    other.execute("BEGIN IMMEDIATE")
    try:
        write = asyncio.ensure_future(ctx.db.run(ctx.db.set_state, "locked.write", "done"))
        await wait_until(lambda: not label.isHidden(), what="Waiting for the database…")
        assert label.text() == "Waiting for the database…"
        assert ctx.db.lock_waits.count == 1
        ticks = 0

        def tick() -> None:
            nonlocal ticks
            ticks += 1

        timer = asyncio.get_running_loop().call_later(0.01, tick)
        await wait_until(lambda: ticks == 1, what="the loop answering during the wait")
        timer.cancel()
        assert not write.done()
    finally:
        other.execute("COMMIT")
        other.close()
    await write
    await wait_until(label.isHidden, what="the label hidden once the lock is free")
    assert ctx.db.get_state("locked.write") == "done"
    assert ctx.db.lock_waits.count == 0
