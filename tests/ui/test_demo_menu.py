"""Demo mode: a simulator switched to "down" turns its card red, raises one queue item with its
action, and switching it back lets the retry go through."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtGui
from app.core.sandbox import SandboxServer
from app.integrations import available
from app.integrations.base import ConnectionState
from app.ui.dashboard import status_of
from app.ui.demo_menu import add_demo_menu
from app.ui.main_window import MainWindow
from app.ui.tasks import tasks_of
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


@pytest.fixture
def demo(ctx: Any) -> Iterator[tuple[Any, SandboxServer]]:
    from app.integrations.vetelevage.sandbox import sandbox

    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        server.specs["vetelevage"].configure_demo(ctx, server.base_url("vetelevage"))  # type: ignore[misc]
        ctx.save_settings()
        yield ctx, server


async def test_a_sandbox_down_turns_the_card_red_and_queues_one_item(
    qtbot: QtBot, demo: tuple[Any, SandboxServer]
) -> None:
    ctx, server = demo
    vet = next(i for i in available() if i.name == "vetelevage")
    window = MainWindow(ctx, [vet])
    qtbot.addWidget(window)
    menu = add_demo_menu(window, server)
    action = next(a for a in menu.actions() if a.objectName() == "demo-fail-vetelevage")
    assert isinstance(action, QtGui.QAction) and "Vétélevage" in action.text()

    action.setChecked(True)
    assert server.faults("vetelevage").failing
    await wait_until(lambda: ctx.attention.count("vetelevage") >= 1)
    await wait_until(lambda: status_of(ctx, vet).state is ConnectionState.FAILING)
    [item] = ctx.attention.items("vetelevage")
    assert item.kind == "import_failed" and item.action == "retry"

    action.setChecked(False)
    await wait_until(lambda: not [i for i in ctx.attention.items("vetelevage") if i.kind == "import_failed"])
    await wait_until(lambda: status_of(ctx, vet).state is ConnectionState.CONNECTED)
    # The demo run ends with a connection test: both finish before the window goes (a task left
    # running is stepped by Qt's teardown events with no running loop, and logs an error).
    await wait_until(lambda: tasks_of(window).running() is False and not ctx.jobs.running)
