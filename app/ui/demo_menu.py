"""Demo mode's own menu: make a simulator fail (or recover) to see the card turn red, the alert
once and the item in Needs attention, then everything clear again."""

from __future__ import annotations

import asyncio
import logging
import weakref
from typing import TYPE_CHECKING

from app.core.qt import QtCore, QtGui, QtWidgets
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.sandbox import SandboxServer
    from app.ui.main_window import MainWindow

log = logging.getLogger("passerelle.ui.demo")


def add_demo_menu(window: MainWindow, server: SandboxServer) -> QtWidgets.QMenu:
    menu = window.menuBar().addMenu(QtCore.QCoreApplication.translate("DemoMenu", "&Demo"))
    titles = {i.name: i.title for i in window.integrations}
    for name in server.specs:
        title = QtCore.QCoreApplication.translate("integrations", titles.get(name, name))
        action = QtGui.QAction(
            QtCore.QCoreApplication.translate("DemoMenu", "{name} is down").format(name=title), menu
        )
        action.setCheckable(True)
        action.setObjectName(f"demo-fail-{name}")
        action.toggled.connect(lambda on, n=name: _set_failing(window, server, n, on))
        menu.addAction(action)
    return menu


# Each window's demo runs (another window, e.g. in a test, has its own loop and runs).
_runs: weakref.WeakKeyDictionary[MainWindow, dict[str, asyncio.Task[None]]] = weakref.WeakKeyDictionary()


def _set_failing(window: MainWindow, server: SandboxServer, name: str, on: bool) -> None:
    server.faults(name).failing = on
    runs = _runs.setdefault(window, {})
    previous = runs.get(name)
    runs[name] = tasks_of(window).start(_run_now(window, name, previous))  # cancelled with the window


async def _run_now(window: MainWindow, name: str, previous: asyncio.Task[None] | None) -> None:
    """What a clinic would see at the next scheduled run, now: the integration's jobs, the card."""
    from app.ops.scheduler import Scheduler, all_schedules

    if previous is not None:  # one run at a time: the next one would find the lease taken
        await asyncio.wait([previous])
    ctx = window.ctx
    scheduler = Scheduler(ctx, [s for s in all_schedules(ctx) if s.name.split(".")[0] == name])
    for schedule in scheduler.schedules:
        try:
            await scheduler.run_once(schedule)
        except Exception:  # a job's failure is the point of the demo: it is in the journal
            log.info("demo run of %s failed", schedule.name)
    window.dashboard.test_connection(name)
    window.dashboard.refresh()
    window.attention.refresh()
