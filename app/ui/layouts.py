"""Small layout builders shared by the tabs and dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.qt import QtWidgets


def toolbar(
    left: Iterable[QtWidgets.QWidget], right: Iterable[QtWidgets.QWidget] = ()
) -> QtWidgets.QHBoxLayout:
    """A row of widgets: ``left`` from the left edge, a stretch, then ``right`` at the right edge.

    The row only places the widgets: their tab order stays the order in which they were made."""
    row = QtWidgets.QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def main_and_side(
    split: QtWidgets.QSplitter, main: QtWidgets.QWidget, side: QtWidgets.QWidget
) -> QtWidgets.QSplitter:
    """``split`` holding ``main`` then ``side``, ``main`` taking three quarters of the room."""
    split.addWidget(main)
    split.addWidget(side)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 1)
    return split


def add_widgets(layout: QtWidgets.QBoxLayout, *widgets: QtWidgets.QWidget) -> None:
    """Add ``widgets`` to ``layout`` in this order."""
    for widget in widgets:
        layout.addWidget(widget)
