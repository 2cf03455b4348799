"""Needs attention: everything that failed after its retries or waits for a decision, each with its
reason in words and the action that fixes it; retry now, mark handled with a comment, bulk retry
after a preview of what will be re-sent."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app.core.attention import Item
from app.core.qt import Qt, QtCore, QtWidgets
from app.core.tr import in_language
from app.ops import actions
from app.ops.retry import item_words
from app.ui import common, navigation
from app.ui.alerts_tray import AlertsTray
from app.ui.common import alive, error_bar_above, remember_header, run_job
from app.ui.dates import local_date
from app.ui.empty_state import empty_state
from app.ui.models.attention_model import AttentionModel, sentence
from app.ui.models.journal_model import integration_title
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext

__all__ = ["AlertsTray", "AttentionView", "RetryPreviewDialog", "register_retry"]

# Where a person goes to act on an item (set by the main window: shows the integration's tab).
open_integration: Callable[[str], None] | None = None


def register_retry(integration: str, handler: actions.Handler) -> None:
    """Retry handler for every kind of an integration (see ``app.ops.actions.register_action``)."""
    actions.register_action(integration, actions.ANY_KIND, handler)


def _said(text: str) -> str:
    """A preview line in the UI's language (its template is kept), its dates the locale's way."""
    return _ISO_DAY.sub(
        lambda found: local_date(found[0]), in_language(text, QtCore.QCoreApplication.translate)
    )


_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


class RetryPreviewDialog(QtWidgets.QDialog):
    """What a bulk retry will re-send, and what it will leave alone, before anything is sent."""

    def __init__(self, lines: list[actions.PreviewLine], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retry the selected items"))
        self.lines = lines
        layout = QtWidgets.QVBoxLayout(self)
        resend = [line for line in lines if line.will_resend]
        layout.addWidget(QtWidgets.QLabel(self.tr("%n item(s) will be sent again:", "", len(resend)), self))
        self.resend_text = QtWidgets.QPlainTextEdit("\n".join(_said(line.text) for line in resend), self)
        self.resend_text.setReadOnly(True)
        layout.addWidget(self.resend_text)
        left = [line for line in lines if not line.will_resend]
        self.left_text = QtWidgets.QPlainTextEdit("\n".join(_said(line.text) for line in left), self)
        self.left_text.setReadOnly(True)
        if left:
            layout.addWidget(QtWidgets.QLabel(self.tr("Left alone (they need a person):"), self))
            layout.addWidget(self.left_text)
        else:
            self.left_text.hide()
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Cancel, Qt.Orientation.Horizontal, self
        )
        self.send_button = buttons.addButton(
            self.tr("Send again"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setEnabled(bool(resend))
        self.send_button.setDefault(bool(resend))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 400)

    def items_to_send(self) -> list[Item]:
        return [line.item for line in self.lines if line.will_resend]


# The list shows the most recent items first, at most this many (the summary says how many there are).
SHOWN = 1000


class AttentionView(QtWidgets.QWidget):
    count_changed = QtCore.Signal(int)

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = AttentionModel(self)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self._selected_ids: set[int] = set()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        for column, width in ((0, 120), (2, 200), (3, self._state_width()), (4, 80), (5, 130)):
            self.view.setColumnWidth(column, width)
        remember_header(self.view, "attention")
        empty_state(
            self.view, self.tr("Nothing waits for you: failed work and decisions to take appear here.")
        )
        layout.addWidget(self.view, 1)
        buttons = QtWidgets.QHBoxLayout()
        self.act_button = QtWidgets.QPushButton(self.tr("&Do the action"), self)
        self.act_button.setToolTip(self.tr("Retry, reconnect or open the decision, as the item says (Enter)"))
        self.open_button = QtWidgets.QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(
            self.tr("Show what the item is about in its tab (the visit, the product, the request)")
        )
        self.retry_button = QtWidgets.QPushButton(self.tr("&Retry the selected…"), self)
        self.handled_button = QtWidgets.QPushButton(self.tr("&Mark as handled…"), self)
        self.refresh_button = QtWidgets.QPushButton(self.tr("Re&fresh"), self)
        for b in (self.act_button, self.open_button, self.retry_button, self.handled_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.error_bar = error_bar_above(self, layout)
        self.model.failed.connect(lambda exc: self.error_bar.show_error(exc, retry=self.refresh))
        self.act_button.clicked.connect(self.act)
        self.open_button.clicked.connect(self.open_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.handled_button.clicked.connect(self.mark_handled)
        self.refresh_button.clicked.connect(self.refresh)
        self.view.activated.connect(lambda _i: self.act())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._dialog: QtWidgets.QDialog | None = None
        self._update_buttons()
        self._timer = QtCore.QTimer(self, interval=30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        QtCore.QTimer.singleShot(0, self, self.refresh)

    def _state_width(self) -> int:
        """Wide enough for the longest state in the UI's language (never « Prochain essai 01/12/20… »)."""
        when = QtCore.QLocale().toString(
            QtCore.QDateTime(QtCore.QDate(2026, 12, 31), QtCore.QTime(23, 59)),
            QtCore.QLocale.FormatType.ShortFormat,
        )
        states = [
            self.model.tr("Next try {when}").format(when=when),
            self.model.tr("Gave up after %n attempt(s)", "", 5),
            self.model.tr("Waits for a person"),
        ]
        return max(190, *(self.view.fontMetrics().horizontalAdvance(s) + 24 for s in states))

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Re-read the items (the first SHOWN, and how many there are) in a worker thread; the
        selected ones stay selected."""
        attention = self.ctx.attention
        counted: dict[str, int] = {}

        def read() -> list[Item]:
            items = attention.items(limit=SHOWN)
            counted["total"] = len(items) if len(items) < SHOWN else attention.count()
            return items

        self.model.load(read, then=lambda items: self._shown(items, counted.get("total", len(items))))

    def _remember_selection(self) -> None:
        self._selected_ids = {i.id for i in self.selected()}

    def _shown(self, items: Sequence[Item], total: int | None = None) -> None:
        total = len(items) if total is None else max(total, len(items))
        for item_id in self._selected_ids:
            row = self.model.find(item_id)
            if row >= 0:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    QtCore.QItemSelectionModel.SelectionFlag.Select
                    | QtCore.QItemSelectionModel.SelectionFlag.Rows,
                )
        if items and not self.view.selectionModel().hasSelection():
            self.view.setCurrentIndex(self.model.index(0, 0))
        summary = (
            self.tr("%n item(s) wait for you.", "", total)
            if items
            else self.tr("Nothing waits for you. Everything that failed was retried and went through.")
        )
        if len(items) < total:
            summary += " " + self.tr("Showing the first {shown} of {total}.").format(
                shown=len(items), total=total
            )
        self.summary.setText(summary)
        self._update_buttons()
        self.count_changed.emit(total)

    def selected(self) -> list[Item]:
        selection = self.view.selectionModel()
        if selection is None:
            return []
        rows = sorted({i.row() for i in selection.selectedRows()})
        return [self.model.record(r) for r in rows if r < self.model.rowCount()]

    def _update_buttons(self) -> None:
        items = self.selected()
        self.act_button.setEnabled(len(items) == 1)
        self.open_button.setEnabled(len(items) == 1)
        self.retry_button.setEnabled(any(actions.can_retry(i) for i in items))
        self.handled_button.setEnabled(bool(items))

    # ------------------------------------------------------------ actions
    def act(self) -> None:
        items = self.selected()
        if not items:
            return
        item = items[0]
        if item.action == actions.RETRY and actions.can_retry(item):
            self._retry([item])
        elif item.action == actions.RECONNECT and common.reconnect_handler is not None:
            common.reconnect_handler(item.integration)
        elif item.action == actions.MARK_HANDLED:
            self.mark_handled()
        else:  # a decision: the object it is about, its action started (the mapping dialog…)
            self._open(item, act=True)

    def open_selected(self) -> None:
        """Show the selected item's object in its tab: the visit selected among the visits, the
        product among the products to map, the request in the Omnidoc history."""
        items = self.selected()
        if items:
            self._open(items[0], act=False)

    def _open(self, item: Item, *, act: bool) -> None:
        if open_integration is None and navigation.show_tab is None:
            self.error_bar.show_message(
                self.tr("Open the {name} tab to decide.").format(name=integration_title(item.integration))
            )
            return
        navigation.open_item(item.integration, item.kind, item.ref, act=act)

    def retry_selected(self) -> None:
        lines = actions.preview(self.selected())
        if not any(line.will_resend for line in lines):
            self.error_bar.show_message(
                self.tr("None of the selected items can be retried from here."), level="info"
            )
            return
        dialog = RetryPreviewDialog(lines, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._retry(dialog.items_to_send()))
        self._dialog = dialog
        dialog.open()

    def _retry(self, items: list[Item]) -> None:
        self.retry_button.setEnabled(False)

        async def work(job: Any) -> actions.BulkResult:
            def progress(n: int, total: int, _text: str) -> None:
                job.progress(n, total, _said(item_words(items[n])) if n < len(items) else "")

            def cancelled() -> bool:
                return bool(job.cancel_requested)  # a failure here is a failure, not a "cancel"

            result = await actions.retry_items(self.ctx, items, progress=progress, cancelled=cancelled)
            if result.failed:  # as they are now: their reason says why, in the UI's language
                attention = self.ctx.attention
                now = {i.id: i for i in await self.ctx.db.run(lambda: attention.items(include_handled=True))}
                result.failed = [(i, sentence(now.get(i.id, i))) for i, _why in result.failed]
            return result

        def finished(result: actions.BulkResult | None) -> None:
            if not alive(self):
                return
            result = result or actions.BulkResult()
            if result.failed:  # each item in words (never its kind and reference codes)
                still = "; ".join(
                    self.tr("{what}: {why}").format(what=_said(item_words(i)), why=why)
                    for i, why in result.failed
                )
                self.error_bar.show_message(
                    self.tr("%n went through; still failing: {f}", "", result.done).format(f=still)
                )
            else:
                self.error_bar.show_message(
                    self.tr("%n item(s) went through.", "", result.done), level="info"
                )
            self.refresh()

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.error_bar.show_error(exc)
                self.refresh()

        run_job(self.ctx, self.tr("Retrying"), work, on_done=finished, on_error=failed)

    def mark_handled(self) -> None:
        items = self.selected()
        if not items:
            return
        dialog = QtWidgets.QInputDialog(self)
        dialog.setWindowTitle(self.tr("Mark as handled"))
        dialog.setLabelText(self.tr("What was done about %n item(s)? (kept in the journal)", "", len(items)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda comment: self.handle_items(items, comment))
        self._dialog = dialog
        dialog.open()

    def handle_items(self, items: list[Item], comment: str) -> None:
        async def save() -> None:
            for item in items:
                await self.ctx.db.run(actions.mark_handled, self.ctx, item, comment)

        # A write that fails (a locked database, a full disk) is a sentence in the error bar; what
        # was saved before it shows either way.
        tasks_of(self).start(save(), then=lambda _none: self.refresh(), on_error=self._write_failed)

    def _write_failed(self, exc: BaseException) -> None:
        self.error_bar.show_error(exc)
        self.refresh()
