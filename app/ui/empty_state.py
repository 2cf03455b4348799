"""What a list with no rows says: a sentence with the next step, and a button that takes it
("No visit yet — Import from Vétélevage"), drawn over the empty table instead of a blank grid."""

from __future__ import annotations

from collections.abc import Callable

from app.core.qt import Qt, QtCore, QtWidgets


class EmptyState(QtWidgets.QWidget):
    """Sits on a view's viewport and shows itself while the view's model has no rows."""

    def __init__(self, view: QtWidgets.QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("emptyState")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QtWidgets.QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: palette(mid); font-size: 13px;")
        layout.addWidget(self.label)
        self.button = QtWidgets.QPushButton(self)
        self.button.hide()
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._action: Callable[[], object] | None = None
        self.button.clicked.connect(self._clicked)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.sync)
        self.hide()

    def set_text(self, text: str, action_text: str = "", action: Callable[[], object] | None = None) -> None:
        """The sentence, and the button's text and what it does (none without ``action_text``)."""
        self.label.setText(text)
        self._action = action
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text and action is not None))
        self.sync()

    def sync(self) -> None:
        """Shown only while the list is empty and there is something to say."""
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.setVisible(empty and bool(self.label.text()))
        if self.isVisible():
            self.setGeometry(self.view.viewport().rect())
            self.raise_()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QtCore.QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False


def empty_state(
    view: QtWidgets.QAbstractItemView,
    text: str,
    action_text: str = "",
    action: Callable[[], object] | None = None,
) -> EmptyState:
    """Give ``view`` its empty state: ``text``, and a button ``action_text`` doing ``action``."""
    state = EmptyState(view)
    state.set_text(text, action_text, action)
    return state
