"""Where "Open" goes (app/ui/navigation.py): the registered widget shows the object, inside every
tab it sits in; a tab built on its first show gets the open asked before it existed, never late."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore, QtWidgets
from app.ui import navigation
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


class Shows(QtWidgets.QWidget):
    """A widget that shows objects of one kind and remembers what it was asked."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.asked: list[tuple[str, str, bool]] = []
        navigation.register("toy", ("thing",), self)

    def open_item(self, kind: str, ref: str, act: bool = False) -> bool:
        self.asked.append((kind, ref, act))
        return True


async def test_open_reveals_the_widget_in_its_tabs_and_asks_it(qtbot: QtBot, monkeypatch: Any) -> None:
    outer = QtWidgets.QTabWidget()
    qtbot.addWidget(outer)
    outer.addTab(QtWidgets.QWidget(), "first")
    inner = QtWidgets.QTabWidget()
    outer.addTab(inner, "toy")
    inner.addTab(QtWidgets.QWidget(), "other")
    shows = Shows()
    inner.addTab(shows, "things")
    shown: list[str] = []
    monkeypatch.setattr(navigation, "show_tab", shown.append)
    assert navigation.open_item("toy", "thing", "T-1", act=True)
    assert shown == ["toy"] and outer.currentWidget() is inner and inner.currentWidget() is shows
    assert shows.asked == [("thing", "T-1", True)]
    assert not navigation.open_item("toy", "other kind", "X")  # no widget shows it: the tab only


async def test_a_tab_built_later_gets_the_open_asked_before(qtbot: QtBot, monkeypatch: Any) -> None:
    holder: list[Shows] = []
    monkeypatch.setattr(navigation, "show_tab", lambda _name: None)
    navigation._openers.pop(("toy", "thing"), None)
    assert not navigation.open_item("toy", "thing", "T-2")  # not built yet: it waits
    holder.append(Shows())  # built on its first show
    qtbot.addWidget(holder[0])
    await wait_until(lambda: holder[0].asked == [("thing", "T-2", False)])

    navigation._openers.pop(("toy", "thing"), None)
    assert not navigation.open_item("toy", "thing", "T-3")
    monkeypatch.setattr(navigation, "PENDING_SECONDS", 0.0)  # too late: forgotten
    late = Shows()
    qtbot.addWidget(late)
    turned: list[bool] = []
    QtCore.QTimer.singleShot(0, late, lambda: turned.append(True))  # after any delivery it scheduled
    await wait_until(lambda: turned)
    assert late.asked == [] and "toy" not in navigation._pending
