"""What every Vétélevage panel shares: state names and colours, dates and money in the UI's
language, the read-only list view, and the panel base (reads off the GUI thread, jobs, errors)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.jobs import JobContext
from app.core.qt import QtCore, QtWidgets
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import evaluation
from app.ui.common import ErrorBar, remember_header, run_job
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.ui.vetelevage")

T = TypeVar("T")

INTEGRATION = "vetelevage"

STATE_LABELS = {
    evaluation.NEW: QT_TRANSLATE_NOOP("VetelevageTab", "To review"),
    evaluation.NEEDS_MAPPING: QT_TRANSLATE_NOOP("VetelevageTab", "Needs mapping"),
    evaluation.READY: QT_TRANSLATE_NOOP("VetelevageTab", "Ready"),
    evaluation.COMMITTED: QT_TRANSLATE_NOOP("VetelevageTab", "Committed"),
    evaluation.SET_ASIDE: QT_TRANSLATE_NOOP("VetelevageTab", "Set aside"),
}
STATE_COLOURS = {
    evaluation.NEW: "#ef6c00",
    evaluation.NEEDS_MAPPING: "#c62828",
    evaluation.READY: "#2e7d32",
    evaluation.COMMITTED: "#607d8b",
    evaluation.SET_ASIDE: "#9e9e9e",
}


def state_label(state: str) -> str:
    """A visit state's name in the UI's language."""
    return QtCore.QCoreApplication.translate("VetelevageTab", STATE_LABELS.get(state, state))


def money(value: Decimal | None) -> str:
    """An amount with two decimals in the UI's language ("" for none)."""
    return "" if value is None else QtCore.QLocale().toString(float(value), "f", 2)


def quantity(value: Decimal) -> str:
    """A quantity in the UI's language, without trailing zeros."""
    return QtCore.QLocale().toString(float(value), "g", 10)


def table_view(
    parent: QtWidgets.QWidget, model: QtCore.QAbstractItemModel, key: str, stretch: int | None = None
) -> QtWidgets.QTableView:
    """A read-only list: rows selected whole, every column sized to its content and never narrower
    than its title; the spare room goes to the last column (``stretch``, the column that used to
    take it, is kept for callers: a stretched column could shrink under its title, "Éleveur" was
    cut)."""
    view = QtWidgets.QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    remember_header(view, key)  # the column order kept; a state saved earlier may hold old modes:
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)  # set after it
    header.setResizeContentsPrecision(0)  # size to the visible rows, not 1,000 data() calls per column
    header.setStretchLastSection(stretch is not None)
    return view


class Reader:
    """Runs a widget's blocking reads off the GUI thread as tasks of the widget (``tasks_of``):
    per slot, only the latest answer is applied, and only while the widget exists."""

    def __init__(
        self, owner: QtCore.QObject, ctx: AppContext, on_error: Callable[[BaseException], None]
    ) -> None:
        self.owner = owner
        self.ctx = ctx
        self.tasks = tasks_of(owner, on_error)

    def load(self, slot: str, fn: Callable[..., T], *args: Any, then: Callable[[T], None]) -> None:
        """Run ``fn(*args)`` in a worker thread, then ``then(result)`` on the GUI thread, unless
        a newer load of the same slot was started meanwhile."""
        self.tasks.start(self.ctx.db.run(fn, *args), key=slot, then=then)

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        then: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run blocking work that changes something in a worker thread, then ``then(result)`` (or
        ``on_error``) on the GUI thread while the widget exists; never dropped by a newer one."""
        self.tasks.start(self.ctx.db.run(fn, *args), then=then, on_error=on_error)

    def cancel(self) -> None:
        """Stop waiting for every answer (the widget is gone); work already in a thread ends there."""
        self.tasks.close()

    def forget(self, slot: str) -> None:
        """Drop the answer of the slot's load under way, if any."""
        self.tasks.forget(slot)

    async def wait(self) -> None:
        """Until every load started so far (and any load those started) has been applied."""
        await self.tasks.wait()


class Panel(QtWidgets.QWidget):
    """A Vétélevage panel: a vertical layout, an error bar, reads and jobs whose failures it shows."""

    changed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.box = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)  # each panel places it in its layout
        self.reader = Reader(self, ctx, self.show_error)

    def show_error(self, exc: BaseException) -> None:
        """Show a failure as a sentence in the panel's error bar."""
        self.error_bar.show_error(exc, INTEGRATION)

    async def wait_loaded(self) -> None:
        """Until the panel shows what its last reads and writes returned."""
        await self.reader.wait()

    def job(
        self,
        title: str,
        work: Callable[[JobContext], Awaitable[T]],
        on_done: Callable[[T | None], None],
        *,
        retry: Callable[[], None] | None = None,
        busy: QtWidgets.QAbstractButton | None = None,
    ) -> None:
        """Run ``work`` as a Vétélevage job, with the ``busy`` button off while it runs; a failure
        goes to the error bar (with a Try again button when ``retry`` is given)."""
        if busy is not None:
            busy.setEnabled(False)

        def done(result: T | None) -> None:
            if busy is not None:
                busy.setEnabled(True)
            on_done(result)

        def failed(exc: BaseException) -> None:
            if busy is not None:
                busy.setEnabled(True)
            self.error_bar.show_error(exc, INTEGRATION, retry=retry)

        run_job(self.ctx, title, work, integration=INTEGRATION, on_done=done, on_error=failed)

    def after_change(self, *_args: object) -> None:
        """The panel changed something: show it again and tell the tab."""
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        """Read what the panel shows again (nothing by default)."""
