"""Provet Cloud browse results: a table that asks for the next page when the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core.qt import Qt, QtCore, Signal
from app.integrations.provet.service import flatten


class ProvetResultsModel(QtCore.QAbstractTableModel):
    """Rows are the API's objects; ``page_wanted(n)`` is emitted when the view needs page n."""

    page_wanted = Signal(int)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.objects: list[dict[str, Any]] = []
        self._rows: list[dict[str, str]] = []
        self.total = 0
        self.next_page: int | None = None
        self.loading = False

    def reset(self, columns: Sequence[str]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.objects, self._rows = [], []
        self.total, self.next_page, self.loading = 0, None, False
        self.endResetModel()

    def add_page(self, body: dict[str, Any], page: int) -> None:
        """Append one API page (``count``, ``next``, ``results``)."""
        results = [r for r in body.get("results", []) if isinstance(r, dict)]
        self.loading = False
        self.total = int(body.get("count") or 0)
        self.next_page = page + 1 if body.get("next") else None
        if not results:
            return
        first = len(self.objects)
        self.beginInsertRows(QtCore.QModelIndex(), first, first + len(results) - 1)
        self.objects.extend(results)
        self._rows.extend(flatten(r) for r in results)
        self.endInsertRows()

    def load_failed(self) -> None:
        self.loading = False

    def object_at(self, row: int) -> dict[str, Any]:
        return self.objects[row]

    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()].get(self.columns[index.column()], "")
        return None

    def canFetchMore(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> bool:
        return not parent.isValid() and self.next_page is not None and not self.loading

    def fetchMore(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        if self.canFetchMore(parent) and self.next_page is not None:
            self.loading = True
            self.page_wanted.emit(self.next_page)
