"""Activity: the journal, searchable by business key or words, filtered by integration, outcome, date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.journal_words import OUTCOME_LABELS
from app.core.qt import QtCore, QtWidgets
from app.ui.common import error_bar_above, remember_header
from app.ui.dates import DateEdit, months_before
from app.ui.empty_state import EmptyState
from app.ui.layouts import refusals_line
from app.ui.models.journal_model import JournalModel, JournalQuery

if TYPE_CHECKING:
    from app.core.context import AppContext


class ActivityView(QtWidgets.QWidget):
    def __init__(
        self, ctx: AppContext, integrations: list[tuple[str, str]], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        filters = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search: visit id, lot, consultation id, prescription code… or words")
        )
        self.search.setClearButtonEnabled(True)
        self.integration = QtWidgets.QComboBox(self)
        self.integration.addItem(self.tr("All integrations"), None)
        for name, title in integrations:
            self.integration.addItem(title, name)
        self.outcome = QtWidgets.QComboBox(self)
        self.outcome.addItem(self.tr("All outcomes"), None)
        for value, label in OUTCOME_LABELS.items():
            self.outcome.addItem(QtCore.QCoreApplication.translate("JournalModel", label), value)
        self.since = DateEdit(self, months_before(3), show_message=False)  # said on the line below
        self.since.line.setToolTip(self.tr("From this day"))
        filters.addWidget(self.search, 3)
        filters.addWidget(self.integration, 1)
        filters.addWidget(self.outcome, 1)
        filters.addWidget(QtWidgets.QLabel(self.tr("Since"), self))
        filters.addWidget(self.since)
        layout.addLayout(filters)
        holder, self.date_message = refusals_line(self, self.since)
        layout.addWidget(holder)
        # the journal could not be read: why, never an empty list
        self.error_bar = error_bar_above(self, layout)
        self.model = JournalModel(ctx.journal, parent=self)
        self.model.failed.connect(self._failed)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        for column, width in ((0, 130), (1, 130), (2, 190), (3, 90)):
            self.view.setColumnWidth(column, width)
        remember_header(self.view, "activity")
        layout.addWidget(self.view, 1)
        self.empty = EmptyState(self.view)
        self.count = QtWidgets.QLabel(self)
        layout.addWidget(self.count)
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.integration.currentIndexChanged.connect(self.refresh)
        self.outcome.currentIndexChanged.connect(self.refresh)
        self.since.changed.connect(self.refresh)
        self.model.loaded.connect(self._show_count)

    def current_query(self) -> JournalQuery:
        since = self.since.value() or dt.date.today()
        return JournalQuery(
            text=self.search.text().strip(),
            integration=self.integration.currentData(),
            outcome=self.outcome.currentData(),
            since=dt.datetime(since.year, since.month, since.day, tzinfo=dt.UTC),
        )

    def clear_filters(self) -> None:
        """No text, every integration, every outcome (the date stays)."""
        for widget in (self.search, self.integration, self.outcome):
            widget.blockSignals(True)
        self.search.clear()
        self.integration.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        for widget in (self.search, self.integration, self.outcome):
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if not self.since.is_valid():  # refused (its sentence is beside it): no list of another day
            self.model.clear()
            self.count.setText(self.tr("No entry shown: correct the date above."))
            return
        self.error_bar.hide()
        self.model.set_query(self.current_query())

    def _failed(self, exc: BaseException) -> None:
        """The journal could not be read: the sentence above, and a count that says what is shown."""
        self.error_bar.show_error(exc, retry=self.refresh)
        if not self.model.rowCount():
            self.count.setText(self.tr("No entry shown: the journal could not be read."))
            self.empty.set_text("")

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if n == 0 and (
            self.search.text().strip()
            or self.integration.currentIndex() > 0
            or self.outcome.currentIndex() > 0
        ):
            self.empty.set_text(
                self.tr("Nothing recorded matches this search since this date."),
                self.tr("Show everything"),
                self.clear_filters,
            )
        else:
            self.empty.set_text(self.tr("Nothing recorded since this date: choose an earlier date above."))
        more = self.model.canFetchMore()
        total = self.model.total
        if total is not None and n < total:
            self.count.setText(
                self.tr("Showing the first {shown} of {total}.").format(shown=n, total=total)
                + (self.tr(" (scroll for more)") if more else "")
            )
            return
        self.count.setText(
            self.tr("%n entries shown", "", n) + (self.tr(" (scroll for more)") if more else "")
        )
