"""The status bar's "Waiting for the database…": shown while a store call waits for a lock that
another connection holds (another desk, a backup), so the window says why nothing happens yet
instead of freezing (the wait itself is in a worker thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.qt import QtCore, QtWidgets, is_valid

if TYPE_CHECKING:
    from app.core.db import Database


class DatabaseWaitLabel(QtWidgets.QLabel):
    """Visible while at least one store call waits for another connection's lock."""

    _changed = QtCore.Signal(int)  # emitted from the waiting worker thread, delivered queued

    def __init__(self, db: Database, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Waiting for the database…"))
        self.setToolTip(
            self.tr(
                "Another desk or a backup is using the database; Passerelle goes on as soon as it is free."
            )
        )
        self.hide()
        self._changed.connect(self._show_count, QtCore.Qt.ConnectionType.QueuedConnection)
        changed, waits = self._changed, db.lock_waits

        def listener(count: int) -> None:
            if is_valid(self):
                changed.emit(count)

        waits.subscribe(listener)
        self.destroyed.connect(lambda *_: waits.unsubscribe(listener))

    def _show_count(self, count: int) -> None:
        self.setVisible(count > 0)
