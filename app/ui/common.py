"""Small pieces every tab uses: run a service coroutine as a job, show an error as a sentence,
remember a table's column state."""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from app.core.errors import Action, describe
from app.core.jobs import Job, JobCancelled, JobContext, JobState
from app.core.qt import QtCore, QtWidgets, is_valid

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.ui")

T = TypeVar("T")


def run_job(
    ctx: AppContext,
    title: str,
    fn: Callable[[JobContext], Awaitable[T]],
    *,
    integration: str = "",
    on_done: Callable[[T | None], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Job[T]], None] | None = None,
    cancellable: bool = True,
) -> Job[T]:
    """Start ``fn`` as a job on the running (qasync) loop; callbacks run on the Qt thread."""
    job: Job[T] = Job(title=title, fn=fn, integration=integration, cancellable=cancellable)

    def listener(j: Job[Any]) -> None:
        if on_progress is not None and j.state is JobState.RUNNING:
            on_progress(j)
        if j.state is JobState.DONE and on_done is not None:
            on_done(j.result)
        elif j.state is JobState.FAILED and on_error is not None and j.error is not None:
            on_error(j.error)

    job.subscribe(listener)
    return ctx.jobs.start(job)


async def job_result(job: Job[T]) -> T:
    """Await a started job's result; its error is raised, a cancelled job raises JobCancelled."""
    await job.wait()
    if job.state is JobState.FAILED and job.error is not None:
        raise job.error
    if job.state is not JobState.DONE:
        raise JobCancelled()
    return cast(T, job.result)


def alive(obj: QtCore.QObject) -> bool:
    """Whether the C++ side of a Qt object still exists (an awaited load may finish after its view closed)."""
    return is_valid(obj)


# Set by the main window: opens the Connections dialog on an integration's section.
reconnect_handler: Callable[[str], None] | None = None


class ErrorBar(QtWidgets.QFrame):
    """An inline message bar: the sentence, and a button for the action that fixes it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBar")
        self.setStyleSheet(
            "#errorBar { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
            "#errorBar[level='info'] { background: #e8f4fd; border-color: #b6dcf7; }"
        )
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QtWidgets.QLabel(self)
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # remote words, never rich text
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QtWidgets.QPushButton(self)
        self.close_button = QtWidgets.QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.hide()

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()

    def show_message(
        self, text: str, *, level: str = "error", button: str = "", action: Callable[[], None] | None = None
    ) -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(bool(button and action))
        self.action_button.setText(button)
        self.show()

    def show_error(
        self, exc: BaseException, integration: str = "", retry: Callable[[], None] | None = None
    ) -> None:
        message = describe(exc)
        text = message.translated(QtCore.QCoreApplication.translate)
        if message.action is Action.RECONNECT and reconnect_handler is not None:
            handler = reconnect_handler
            self.show_message(text, button=self.tr("Reconnect…"), action=lambda: handler(integration))
        elif message.action is Action.SETTINGS and reconnect_handler is not None:
            handler = reconnect_handler
            self.show_message(text, button=self.tr("Connections…"), action=lambda: handler(integration))
        elif message.action is Action.RETRY and retry is not None:
            self.show_message(text, button=self.tr("Try again"), action=retry)
        else:
            self.show_message(text)


def error_bar_above(parent: QtWidgets.QWidget, layout: QtWidgets.QBoxLayout) -> ErrorBar:
    """A hidden ErrorBar of ``parent``, added next to ``layout`` (above what the widget shows)."""
    bar = ErrorBar(parent)
    layout.addWidget(bar)
    return bar


def settings_store() -> QtCore.QSettings:
    """Where UI state (geometry, column widths) is kept; set up by the app at start."""
    return QtCore.QSettings()


# One thread writes UI state, in the order asked. A QSettings write ends with the file rewritten
# and flushed to disk (when the QSettings object goes): on the GUI thread that froze the window for
# as long as the disk took, 300 ms while a load committed its pages (bench_stalls, issue 16 item 5).
# QSettings is reentrant: each write uses its own object in that thread; reads see it once written.
_state_writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="passerelle-ui-state")


def save_ui_state(key: str, value: Any) -> concurrent.futures.Future[None]:
    """Write ``value`` under ``key`` in the UI state, in the UI-state thread (see above)."""

    def write() -> None:
        store = QtCore.QSettings()
        store.setValue(key, value)
        store.sync()

    return _state_writer.submit(write)


def ui_state_written() -> concurrent.futures.Future[None]:
    """Done once every UI-state write asked before it is on disk (tests, a closing window)."""
    return _state_writer.submit(lambda: None)


def remember_header(view: QtWidgets.QTableView | QtWidgets.QTreeView, key: str) -> None:
    """Restore the header state saved under ``key`` and save it whenever it changes."""
    header = view.horizontalHeader() if isinstance(view, QtWidgets.QTableView) else view.header()
    store = settings_store()
    saved = store.value(f"headers/{key}")
    if isinstance(saved, QtCore.QByteArray) and not saved.isEmpty():
        header.restoreState(saved)

    def save() -> None:
        if alive(header):
            save_ui_state(f"headers/{key}", header.saveState())

    # A drag or an automatic fit resizes sections dozens of times: write once it settles (a
    # QSettings write syncs to disk, which must not happen on every pixel on the GUI thread).
    timer = QtCore.QTimer(header, singleShot=True, interval=500)
    timer.timeout.connect(save)
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
    header.sortIndicatorChanged.connect(lambda *_: timer.start())


def format_money(value: Any, currency: str = "EUR") -> str:
    return QtCore.QLocale().toCurrencyString(
        float(value),
        QtCore.QLocale().currencySymbol()
        if currency == ""
        else {"EUR": "€", "BRL": "R$"}.get(currency, currency),
    )


def fit_columns(view: QtWidgets.QTableView, cap: int = 280) -> None:
    """Columns sized to what is loaded (dates and codes whole), long texts capped at ``cap`` px."""
    header = view.horizontalHeader()
    # The rows in view, not up to 1,000: each row measured is one call into Python per cell,
    # which waits for the interpreter lock while a job's worker runs (issue 16 item 5).
    header.setResizeContentsPrecision(0)
    view.resizeColumnsToContents()
    model = view.model()
    for column in range(model.columnCount() if model is not None else 0):
        header.resizeSection(column, min(header.sectionSize(column), cap))
