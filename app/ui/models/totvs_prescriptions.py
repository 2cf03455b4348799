"""Prescriptions of a subscriber, page after page as the view scrolls (hasNext/remainingRecords),
ordered on the server by a header click (``order=field`` or ``-field``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import shiboken6

from app.core.qt import Qt, QtCore
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs.client_saude import ListPage
from app.integrations.totvs.models import PrescriptionItem

log = logging.getLogger("passerelle.ui.totvs")

CONTEXT = "TotvsPrescriptions"
# (API field used to order, title)
COLUMNS: list[tuple[str, str]] = [
    ("prescription_code", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Prescription")),
    ("prescription_status", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Status")),
    ("medication_code", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Medication")),
    ("medication_description", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Description")),
    ("initial_medication_date", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Valid from")),
    ("final_medication_date", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Valid until")),
    ("quantity_authorized", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Authorized")),
    ("quantity_executed", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Used")),
    ("professional_name", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Professional")),
    ("professional_council_number", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Council number")),
    ("state_abbreviation", QT_TRANSLATE_NOOP("TotvsPrescriptions", "UF")),
]
NUMERIC = {"quantity_authorized", "quantity_executed"}

Loader = Callable[[int, str], Awaitable[ListPage[PrescriptionItem]]]  # (page, order) → page


class PrescriptionModel(QtCore.QAbstractTableModel):
    loading_changed = QtCore.Signal(bool)
    failed = QtCore.Signal(object)
    remaining_changed = QtCore.Signal(int)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PrescriptionItem] = []
        self.order = ""
        self._loader: Loader | None = None
        self._next_page = 1
        self._has_next = False
        self._loading = False
        self._generation = 0
        self._task: asyncio.Task[None] | None = None

    # -- Qt model API -------------------------------------------------------
    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QtCore.QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "prescription_status":
                return item.status_label  # the seed's Portuguese label, never the bare digit
            return str(getattr(item, name, "") or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and name in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def canFetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> bool:
        return not parent.isValid() and self._has_next and not self._loading and self._loader is not None

    def fetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> None:
        if self.canFetchMore(parent):
            self._start(self._generation)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column][0]
        self.order = name if order == Qt.SortOrder.AscendingOrder else f"-{name}"
        if self._loader is not None:
            self.reload()

    # -- our API ---------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def set_loader(self, loader: Loader | None) -> None:
        self._loader = loader
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self.beginResetModel()
        self.rows = []
        self._next_page = 1
        self._has_next = False
        self.endResetModel()
        if self._loader is not None:
            self._start(self._generation)

    async def wait_idle(self) -> None:
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def _start(self, generation: int) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        self._task = asyncio.get_event_loop().create_task(self._load(generation))

    async def _load(self, generation: int) -> None:
        assert self._loader is not None
        try:
            page = await self._loader(self._next_page, self.order)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if generation == self._generation and shiboken6.isValid(self):
                self._loading = False
                self.loading_changed.emit(False)
                self.failed.emit(exc)
            return
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if page.items:
            start = len(self.rows)
            self.beginInsertRows(QtCore.QModelIndex(), start, start + len(page.items) - 1)
            self.rows.extend(page.items)
            self.endInsertRows()
        self._has_next = page.has_next and bool(page.items)
        self._next_page += 1
        if page.remaining is not None:
            self.remaining_changed.emit(page.remaining)
        self._loading = False
        self.loading_changed.emit(False)
