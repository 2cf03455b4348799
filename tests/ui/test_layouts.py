"""app.ui.layouts.toolbar: widgets on the left, a stretch, widgets on the right, in order."""

from __future__ import annotations

from typing import Any

from app.core.qt import QtWidgets
from app.ui.layouts import toolbar


def test_left_then_stretch_then_right(qtbot: Any) -> None:
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    a, b, c = (QtWidgets.QPushButton(name, host) for name in "abc")
    row = toolbar([a, b], [c])
    host.setLayout(row)
    assert [row.itemAt(i).widget() for i in (0, 1, 3)] == [a, b, c]
    assert row.itemAt(2).spacerItem() is not None and row.stretch(2) == 1
    host.resize(600, 40)
    host.show()
    qtbot.waitExposed(host)
    assert a.geometry().right() < b.geometry().left()
    assert c.geometry().right() > host.width() - 20  # pushed to the right edge by the stretch


def test_a_row_with_nothing_on_the_right(qtbot: Any) -> None:
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    only = QtWidgets.QLabel("x", host)
    row = toolbar([only])
    assert row.count() == 2 and row.itemAt(0).widget() is only and row.itemAt(1).spacerItem() is not None
