"""The one table-model base: every list the user sees is a ``TableModel`` or a ``PagedModel``.

``Column`` declares a column once: its title, how to get the cell's value from a record
(``value``, or the record's ``key`` field), how to show it (``format``), its alignment, tooltip,
colour, and whether it is edited in place. A title is either already translated (``self.tr(...)``
in the widget that builds the columns) or an English source marked with
``QT_TRANSLATE_NOOP("Context", "...")`` and given with that ``context``: it is then translated each
time the header is drawn, under the context lupdate extracted it with.

``TableModel`` shows records held in memory (lists of hundreds): ``set_rows`` replaces them with
one reset, ``append_rows`` adds a batch with one insert signal, ``load(fn)`` replaces them with what
a blocking read returns, run in a worker thread, and ``load_async(coro)`` with what a service
coroutine returns (the latest load wins).

Painting costs one Python call per cell, not one per role: the view's delegate asks a cell's
roles together (``multiData``), and this model answers them in one call from the row's texts
formatted once and kept (``Column.text`` runs once per row shown, not at every paint). Each
Qt → Python call takes the interpreter lock, which a worker thread busy in Python holds for up to
the switch interval: fewer calls is what keeps a window painting while a job works. The kept
texts are dropped with the rows (reset, removal, move) and by ``dataChanged`` for its rows.

``PagedModel`` fills itself page after page as the view scrolls (``canFetchMore``/``fetchMore``)
from ``set_source(fetch, start)``: an async ``fetch(cursor) -> Page`` whose blocking work (SQL)
runs in a worker thread (``offset_pages`` wraps offset/limit reads so) and whose HTTP goes through
the integration's service. Each page is inserted with one signal, never one per row; one load at
a time; a generation counter drops the answer of a request that a newer one (new filters, new
order) replaced; after a failure it waits for ``retry()`` instead of asking again on every scroll.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from app.core.qt import Qt, QtCore, QtGui, is_valid
from app.ui.tasks import tasks_of

log = logging.getLogger("passerelle.ui.models")

R = TypeVar("R")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def plain(value: Any) -> str:
    """A cell's default text: ``str(value)``, empty for None."""
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a record: title, value, text, alignment, tooltip, colour, editing."""

    title: str
    value: Callable[[R], Any] | None = None  # None: the record's ``key`` (item or attribute)
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], str | None] | None = None  # foreground colour name, e.g. "#b00020"
    editable: bool = False
    key: str = ""
    format: Callable[[Any], str] = plain
    context: str = ""  # the title is an untranslated source of this translation context
    align: Qt.AlignmentFlag | None = None  # overrides align_right

    def cell(self, record: R) -> Any:
        """The raw value of this column for ``record``."""
        if self.value is not None:
            return self.value(record)
        if isinstance(record, Mapping):
            return record.get(self.key)
        return getattr(record, self.key, None)

    def text(self, record: R) -> str:
        """What the cell shows."""
        return self.format(self.cell(record))

    def header(self) -> str:
        """The title in the UI's language."""
        return QtCore.QCoreApplication.translate(self.context, self.title) if self.context else self.title

    def alignment(self) -> Qt.AlignmentFlag | None:
        """The cell's alignment, None for the view's default."""
        return self.align if self.align is not None else (_RIGHT if self.align_right else None)


_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
_DISPLAY, _EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
_ALIGNMENT, _TOOLTIP = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND, _USER = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.UserRole)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _ALIGNMENT, _TOOLTIP, _FOREGROUND, _USER})


class _Cells:
    """A row's cells as shown, formatted once: the record they were made from (a row that now
    holds another record is formatted again), the texts, and the colours when first asked."""

    __slots__ = ("colours", "columns", "record", "texts")

    def __init__(self, record: Any, columns: list[Any], texts: list[str]) -> None:
        self.record = record
        self.columns = columns  # the model's list of columns they were made for
        self.texts = texts
        self.colours: list[QtGui.QColor | None] | None = None


def _loop() -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # called from a Qt slot: qasync's loop is the thread's loop
        return asyncio.get_event_loop()


def _turning_loop() -> asyncio.AbstractEventLoop | None:
    """The loop that will run a task soon, or None when none is running."""
    try:
        loop = _loop()
    except RuntimeError:
        return None
    return loop if loop.is_running() else None


class TableModel(QtCore.QAbstractTableModel, Generic[R]):
    """A table over records held in memory; ``UserRole`` gives a row's record."""

    edited = QtCore.Signal(int, int, object)  # row, column, new value (an editable column)
    failed = QtCore.Signal(object)  # the exception of a load that could not be done

    def __init__(self, columns: Sequence[Column[R]], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self.rows: list[R] = []
        self._loads = 0
        self._load_tasks: set[asyncio.Task[None]] = set()
        self._cells: dict[int, _Cells] = {}  # row → its cells as shown (rows painted so far)
        for signal in (self.modelReset, self.rowsRemoved, self.rowsMoved, self.layoutChanged):
            signal.connect(self._forget_cells)
        self.dataChanged.connect(self._forget_changed)

    # -- our API ------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (one reset)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        """Add rows at the end with one insert signal for the whole batch."""
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QtCore.QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        """Remove one row (out of range: nothing)."""
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QtCore.QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        """Replace the columns and drop the rows (one reset)."""
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = []
        self.endResetModel()

    def _forget_cells(self, *_args: Any) -> None:
        self._cells.clear()

    def _forget_changed(
        self, top_left: QtCore.QModelIndex, bottom_right: QtCore.QModelIndex, *_a: Any
    ) -> None:
        if not top_left.isValid() or not bottom_right.isValid():
            self._cells.clear()
            return
        first, last = top_left.row(), bottom_right.row()
        if last - first > len(self._cells):
            self._cells = {r: c for r, c in self._cells.items() if not first <= r <= last}
        else:
            for row in range(first, last + 1):
                self._cells.pop(row, None)

    def _row_cells(self, row: int) -> _Cells:
        """Row ``row``'s cells as shown, formatted the first time the row is asked for."""
        record = self.rows[row]
        cells = self._cells.get(row)
        if cells is None or cells.record is not record or cells.columns is not self.columns:
            columns = self.columns  # a subclass may set another list: the texts follow it
            cells = self._cells[row] = _Cells(record, columns, [c.text(record) for c in columns])
        return cells

    def _value(self, row: int, column: int, role: int) -> Any:
        """What cell (row, column) shows for ``role``; row and column are in range."""
        if role in (_DISPLAY, _EDIT):
            return self._row_cells(row).texts[column]
        if role == _ALIGNMENT:
            alignment = self.columns[column].alignment()
            return None if alignment is None else int(alignment)
        if role == _FOREGROUND:
            if self.columns[column].colour is None:
                return None
            cells = self._row_cells(row)
            if cells.colours is None:
                cells.colours = [
                    None if c.colour is None or not (name := c.colour(cells.record)) else QtGui.QColor(name)
                    for c in self.columns
                ]
            return cells.colours[column]
        if role == _TOOLTIP:
            tooltip = self.columns[column].tooltip
            return None if tooltip is None else tooltip(self.rows[row])
        if role == _USER:
            return self.rows[row]
        return None

    def record(self, row: int) -> R:
        """The record shown on ``row``."""
        return self.rows[row]

    def load(
        self,
        fn: Callable[..., Sequence[R]],
        *args: Any,
        then: Callable[[Sequence[R]], None] | None = None,
    ) -> None:
        """Replace the rows with ``fn(*args)``, run in a worker thread, then call ``then(rows)``;
        a newer load replaces this one (its answer is dropped), a failure emits ``failed``.
        With no loop turning yet (start-up, a synchronous test) it reads at once instead."""
        if _turning_loop() is not None:
            self.load_async(asyncio.to_thread(fn, *args), then=then)
            return
        generation = self._replace_loads()
        try:
            rows = fn(*args)
        except Exception as exc:
            self._load_failed(generation, exc)
            return
        self._loaded(generation, rows, then)

    def load_async(
        self, rows: Awaitable[Sequence[R]], *, then: Callable[[Sequence[R]], None] | None = None
    ) -> None:
        """Replace the rows with what ``rows`` (e.g. a service coroutine) gives, then call
        ``then(rows)``; a newer load cancels this one, a failure emits ``failed``."""
        generation = self._replace_loads()

        async def run() -> None:
            try:
                got = await rows
            except Exception as exc:
                self._load_failed(generation, exc)
                return
            self._loaded(generation, got, then)

        task = tasks_of(self).start(run())  # cancelled with the model
        self._load_tasks.add(task)  # the loop keeps only a weak reference

        def done(t: asyncio.Task[None]) -> None:
            self._load_tasks.discard(t)
            if t.cancelled() and inspect.iscoroutine(rows):
                rows.close()  # cancelled before it started: never awaited, and no warning about it

        task.add_done_callback(done)

    def _replace_loads(self) -> int:
        self._loads += 1
        for task in self._load_tasks:
            task.cancel()
        return self._loads

    def _loaded(self, generation: int, rows: Sequence[R], then: Callable[[Sequence[R]], None] | None) -> None:
        if generation != self._loads or not is_valid(self):
            return  # a newer load replaced this one, or the view is gone
        self.set_rows(rows)
        if then is not None:
            then(rows)

    def _load_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._loads and is_valid(self):
            log.info("loading rows failed: %s", type(exc).__name__)
            self.failed.emit(exc)

    async def wait_loaded(self) -> None:
        """Await the loads started with ``load``/``load_async`` (tests)."""
        while self._load_tasks:
            await asyncio.wait(list(self._load_tasks))

    # -- Qt model API -------------------------------------------------------
    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self.rows) or column >= len(self.columns):
            return None
        return self._value(row, column, role)

    def multiData(
        self, index: _Index, roleDataSpan: QtCore.QModelRoleDataSpan | QtCore.QModelRoleData
    ) -> None:
        """Every role the delegate asks for a cell, in one call (Qt's default calls ``data`` once
        per role: seven calls into Python per cell painted)."""
        items: Iterable[QtCore.QModelRoleData] = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QtCore.QModelRoleData)
            else cast("Iterable[QtCore.QModelRoleData]", roleDataSpan)  # a sequence at run time
        )
        if type(self).data is not TableModel.data:  # a model that answers a role itself
            for item in items:
                item.setData(self.data(index, item.role()))
            return
        row, column = index.row(), index.column()
        shown = index.isValid() and row < len(self.rows) and column < len(self.columns)
        for item in items:
            role = item.role()
            if shown and role in _ANSWERED:
                item.setData(self._value(row, column, role))
            else:
                item.clearData()

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.columns[index.column()].editable
        ):
            return False
        self.edited.emit(index.row(), index.column(), value)  # its listener changes the record
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


@dataclass(frozen=True)
class Page(Generic[R]):
    """One page of a paged source: its rows, the cursor of the next page (None: the last), the total."""

    rows: Sequence[R]
    next: Any = None
    total: int | None = None  # how many rows the whole query has, when the source knows


Fetch = Callable[[Any], Awaitable[Page[R]]]


def offset_pages(
    rows: Callable[[int, int], Sequence[R]], count: Callable[[], int] | None = None, *, batch: int = 200
) -> Fetch[R]:
    """A fetch over blocking ``rows(offset, limit)`` reads (SQL), each run in a worker thread; the
    cursor is the offset (start at 0) and ``count()`` is read with the first page."""

    async def fetch(offset: Any) -> Page[R]:
        got = await asyncio.to_thread(rows, int(offset), batch)
        total = await asyncio.to_thread(count) if count is not None and not offset else None
        return Page(got, int(offset) + len(got) if len(got) >= batch else None, total)

    return fetch


class PagedModel(TableModel[R]):
    """A table filled page after page from an async source as the view scrolls."""

    loading_changed = QtCore.Signal(bool)
    total_changed = QtCore.Signal(int)
    loaded = QtCore.Signal()  # a page was added (a page that fails emits ``failed``)

    def __init__(self, columns: Sequence[Column[R]], parent: QtCore.QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._fetch: Fetch[R] | None = None
        self._start_cursor: Any = None
        self._next: Any = None
        self._more = False
        self._loading = False
        self._failed = False
        self._generation = 0
        self._total: int | None = None
        self._task: asyncio.Task[None] | None = None

    # -- our API ------------------------------------------------------------
    @property
    def total(self) -> int | None:
        """The query's row count, when the source gave it."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def generation(self) -> int:
        """Bumped by every new request (``reload``, ``set_source``, ``clear``)."""
        return self._generation

    def set_source(self, fetch: Fetch[R] | None, start: Any = None) -> None:
        """Show another query: drop the rows and load its first page (``fetch(start)``)."""
        self._fetch = fetch
        self._start_cursor = start
        self.reload()

    def reload(self) -> None:
        """Drop the rows and load the first page again; an answer still on its way is dropped."""
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._next, self._more, self._failed = self._start_cursor, self._fetch is not None, False
        # Loading before the reset, so a view reacting to the reset does not start a second load.
        self._loading = self._more
        self.beginResetModel()
        self.rows = []
        self._total = None
        self.endResetModel()
        if self._more:
            self._start(self._next)
        self.loading_changed.emit(self._loading)

    def clear(self) -> None:
        """No source any more: no rows, nothing loading."""
        self.set_source(None)

    def retry(self) -> None:
        """After a failure: load the page that failed."""
        self._failed = False
        self.fetchMore()

    async def wait_idle(self) -> None:
        """Await the page being loaded, if any (tests, exports)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait([self._task])

    # -- Qt model API -------------------------------------------------------
    def canFetchMore(self, parent: _Index = QtCore.QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading and not self._failed

    def fetchMore(self, parent: _Index = QtCore.QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._start(self._next)
            self.loading_changed.emit(True)

    # -- the pager ----------------------------------------------------------
    def _start(self, cursor: Any) -> None:
        self._task = tasks_of(self).start(self._load(self._generation, cursor))  # cancelled with the model

    async def _load(self, generation: int, cursor: Any) -> None:
        fetch = self._fetch
        assert fetch is not None
        try:
            page = await fetch(cursor)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if generation == self._generation and is_valid(self):
                log.info("loading a page failed: %s", type(exc).__name__)
                self._loading, self._failed = False, True
                self.loading_changed.emit(False)
                self.failed.emit(exc)
            return
        if generation != self._generation or not is_valid(self):
            return  # a newer request replaced this one, or the view is gone
        self.append_rows(page.rows)
        self._next = page.next
        self._more = page.next is not None
        self._loading = False
        if page.total is not None:
            self._total = page.total
            self.total_changed.emit(page.total)
        self.loading_changed.emit(False)
        self.loaded.emit()
