"""A table model over SQL pages: rows are fetched in batches off the Qt thread, on scroll.

Large lists (100,000+ rows) stay responsive: only the rows scrolled into view are loaded,
each batch is read in a worker thread, and rows are inserted with one signal per batch.
Subclass or instantiate with a ``fetch(offset, limit) -> list[tuple]`` and an optional
``count() -> int``; both run in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6

from app.core.qt import Qt, QtCore

log = logging.getLogger("passerelle.ui.models")

Fetch = Callable[[int, int], Sequence[Sequence[Any]]]
Count = Callable[[], int]


@dataclass(frozen=True)
class Column:
    title: str  # already translated by the caller
    format: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    align_right: bool = False
    tooltip: Callable[[Sequence[Any]], str] | None = None


class SqlPageModel(QtCore.QAbstractTableModel):
    loading_changed = QtCore.Signal(bool)
    total_changed = QtCore.Signal(int)
    failed = QtCore.Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        fetch: Fetch,
        count: Count | None = None,
        *,
        batch: int = 200,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._count = count
        self._batch = batch
        self._rows: list[Sequence[Any]] = []
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._total: int | None = None
        self._task: asyncio.Task[None] | None = None

    # -- Qt model API -----------------------------------------------------
    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(row[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def canFetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._start(self._load_batch(self._generation))

    # -- our API ------------------------------------------------------------
    def row(self, index: int) -> Sequence[Any]:
        return self._rows[index]

    @property
    def total(self) -> int | None:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, fetch: Fetch, count: Count | None = None) -> None:
        """Replace the query (new filters): drop loaded rows and load the first batch."""
        self._fetch = fetch
        self._count = count
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        # Start the load before the reset, so a view reacting to the reset does not start a second one.
        self._start(self._load_batch(self._generation, with_count=True))
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._total = None
        self.endResetModel()

    async def wait_idle(self) -> None:
        """Await the batch being loaded (tests, exports)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def _start(self, coro: Any) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = asyncio.get_event_loop()
        self._task = loop.create_task(coro)

    async def _load_batch(self, generation: int, with_count: bool = False) -> None:
        offset = len(self._rows)
        try:
            rows = await asyncio.to_thread(self._fetch, offset, self._batch)
            total = await asyncio.to_thread(self._count) if (with_count and self._count) else None
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("loading rows failed")
            if generation == self._generation:
                self._loading = False
                self.loading_changed.emit(False)
                self.failed.emit(exc)
            return
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if rows:
            self.beginInsertRows(QtCore.QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if len(rows) < self._batch:
            self._exhausted = True
        if total is not None:
            self._total = total
            self.total_changed.emit(total)
        self._loading = False
        self.loading_changed.emit(False)
