"""Small layout builders shared by the tabs and dialogs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

from app.core.qt import Qt, QtGui, QtWidgets

L = TypeVar("L", bound=QtWidgets.QLayout)


def no_margins(layout: L) -> L:
    """``layout`` with no margins: a row or column inside a widget that already has its own."""
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


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


def dialog_layout(
    dialog: QtWidgets.QDialog, title: str, size: tuple[int, int] | None = None
) -> QtWidgets.QVBoxLayout:
    """``dialog`` titled ``title`` (at ``size`` when given) and the vertical layout of its content."""
    dialog.setWindowTitle(title)
    if size is not None:
        dialog.resize(*size)
    return QtWidgets.QVBoxLayout(dialog)


def line_edit(parent: QtWidgets.QWidget, placeholder: str, tip: str = "") -> QtWidgets.QLineEdit:
    """A line edit of ``parent`` showing ``placeholder`` while empty, ``tip`` on hover."""
    edit = QtWidgets.QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    if tip:
        edit.setToolTip(tip)
    return edit


def add_widgets(layout: QtWidgets.QBoxLayout, *widgets: QtWidgets.QWidget) -> None:
    """Add ``widgets`` to ``layout`` in this order."""
    for widget in widgets:
        layout.addWidget(widget)


def reserve_line(label: QtWidgets.QLabel) -> None:
    """Keep one line of room for ``label`` (a validation message), shown or hidden: the message
    never pushes the form under the cursor."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() + 2)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)


class MessageLine(QtWidgets.QLabel):
    """A validation message on one line whose room is always kept (shown or hidden, it never moves
    the form under the cursor); a message longer than the line ends in "…", whole on hover."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        reserve_line(self)

    def setText(self, text: str) -> None:
        """The whole message (shown elided to the line, whole in the tooltip)."""
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        """The whole message, as given."""
        return self._full

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.width() - 2, 20)
        super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


def kept_room(label: QtWidgets.QLabel, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """A holder that keeps ``label``'s line in any layout (a form's rows included), whether the
    label is shown or hidden."""
    holder = QtWidgets.QWidget(parent)
    box = no_margins(QtWidgets.QVBoxLayout(holder))
    box.addWidget(label)
    holder.setFixedHeight(max(label.minimumHeight(), label.fontMetrics().lineSpacing() + 2))
    return holder


class _Checked(Protocol):
    """A typed input that can refuse its text (``app.ui.dates.DateEdit``, ``MonthEdit``)."""

    @property
    def changed(self) -> Any: ...

    def problem(self) -> str: ...


def refusals_line(parent: QtWidgets.QWidget, *inputs: _Checked) -> tuple[QtWidgets.QWidget, MessageLine]:
    """The line under a filter row where its inputs' refusals are said (built with
    ``show_message=False``): its room is kept, so a refusal never moves the list under the cursor.
    Returns the holder to add to the layout, and the message."""
    message = MessageLine(parent)
    message.setStyleSheet("color: #b00020;")
    message.hide()

    def update() -> None:
        found = next((p for p in (i.problem() for i in inputs) if p), "")
        message.setText(found)
        message.setVisible(bool(found))

    for checked in inputs:
        checked.changed.connect(update)
    return kept_room(message, parent), message
