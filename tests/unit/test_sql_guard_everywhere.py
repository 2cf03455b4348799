"""The GUI-thread guard (issue 16 item 2) fails tests in every suite, not only the window's own:
a service coroutine that a headless test awaits still must not touch the store on the loop."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import app
from app.core.sql_guard import GuiThreadDatabaseAccess, MainThreadDatabaseGuard

APP = Path(app.__file__).resolve().parent

_namespace: dict[str, Any] = {}
# Code that says it lives in app/integrations/ (the guard looks at file names): a service coroutine.
exec(
    compile(
        "async def reads_on_the_loop(db):\n"
        "    return db.get_state('k')\n"
        "async def reads_through_run(db):\n"
        "    return await db.run(db.get_state, 'k')\n",
        str(APP / "integrations" / "_guard_probe.py"),
        "exec",
    ),
    _namespace,
)


@pytest.mark.skipif(bool(os.environ.get("PASSERELLE_SQL_GUARD_REPORT")), reason="a survey run only records")
def test_the_guard_raises_in_the_headless_suites(no_gui_thread_sql: MainThreadDatabaseGuard) -> None:
    assert no_gui_thread_sql.raising


async def test_a_service_coroutine_reading_on_the_loop_is_caught(
    ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard
) -> None:
    no_gui_thread_sql.raising = True  # also in a survey run: this test checks the failure itself
    with pytest.raises(GuiThreadDatabaseAccess, match="coroutine on the loop"):
        await _namespace["reads_on_the_loop"](ctx.db)
    assert len(no_gui_thread_sql.take()) >= 1


async def test_the_same_read_through_db_run_passes(
    ctx: Any, no_gui_thread_sql: MainThreadDatabaseGuard
) -> None:
    ctx.db.set_state("k", "v")  # the test's own setup
    assert await _namespace["reads_through_run"](ctx.db) == "v"
    assert no_gui_thread_sql.take() == []
