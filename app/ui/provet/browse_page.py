"""The Browse page: build a query with filters, see it as Provet reads it, page through the
results, read one object (as a form or as JSON), export every match to CSV, keep saved queries."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from app.core.context import AppContext
from app.core.errors import InputError
from app.core.jobs import JobContext
from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations.provet import (
    browsing,
    export,
)
from app.integrations.provet.filters import (
    Filter,
    Query,
    readable_query,
)
from app.integrations.provet.models import id_from_url
from app.integrations.provet.schema import ENDPOINTS, INVOICE_STATUS, Kind
from app.ui.common import alive, fit_columns, job_result, remember_header, run_job
from app.ui.layouts import add_widgets
from app.ui.models.provet_results import ProvetResultsModel, Result, results_page
from app.ui.models.table import Page
from app.ui.provet.filter_row import FilterRow
from app.ui.provet.page import ProvetPage, local_time

PAGE_SIZE = 100


class BrowsePage(ProvetPage):
    """Filters, the live query, paged results with their detail, CSV export and saved queries."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[FilterRow] = []
        self.query: Query | None = None
        self._saved: dict[str, Query] = {}
        outer = self.box
        top = QtWidgets.QHBoxLayout()
        self.endpoint = QtWidgets.QComboBox(self)
        self.endpoint.addItems(list(ENDPOINTS))
        self.saved = QtWidgets.QComboBox(self)
        self.saved.setPlaceholderText(self.tr("Saved queries"))
        self.save_name = QtWidgets.QLineEdit(self)
        self.save_name.setPlaceholderText(self.tr("Name to save this query"))
        self.save_button = QtWidgets.QPushButton(self.tr("Save query"), self)
        top.addWidget(QtWidgets.QLabel(self.tr("Endpoint:"), self))
        top.addWidget(self.endpoint)
        top.addStretch(1)
        top.addWidget(self.saved)
        top.addWidget(self.save_name)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.filters_box = QtWidgets.QVBoxLayout()
        outer.addLayout(self.filters_box)
        controls = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(self.tr("Add filter"), self)
        self.any_of = QtWidgets.QCheckBox(self.tr("Match any filter (OR)"), self)
        self.expose = QtWidgets.QListWidget(self)
        self.expose.setFlow(QtWidgets.QListView.Flow.LeftToRight)
        self.expose.setWrapping(True)
        self.expose.setSpacing(2)
        self.expose.setMaximumHeight(56)
        self.expose.setToolTip(self.tr("Related objects to include in full (expose)"))
        self.search_button = QtWidgets.QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.export_button = QtWidgets.QPushButton(self.tr("Export to CSV…"), self)
        add_widgets(
            controls, self.add_button, self.any_of, self.expose, self.search_button, self.export_button
        )
        outer.addLayout(controls)
        self.query_label = QtWidgets.QLabel(self)
        self.query_label.setWordWrap(True)
        self.query_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.query_label)
        split = QtWidgets.QSplitter(self)
        self.model = ProvetResultsModel(self)
        self.view = QtWidgets.QTableView(split)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.detail_tabs = QtWidgets.QTabWidget(split)
        self.readable = QtWidgets.QTextBrowser(self.detail_tabs)
        self.detail_model = QtGui.QStandardItemModel(self)
        self.detail_model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.detail = QtWidgets.QTreeView(self.detail_tabs)
        self.detail.setModel(self.detail_model)
        self.detail_tabs.addTab(self.readable, self.tr("Details"))
        self.detail_tabs.addTab(self.detail, self.tr("JSON"))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.count_label = QtWidgets.QLabel(self)
        outer.addWidget(self.count_label)
        remember_header(self.view, "provet.browse")

        self.endpoint.currentTextChanged.connect(self._endpoint_changed)
        self.add_button.clicked.connect(lambda: self.add_filter())
        self.any_of.toggled.connect(self.update_query)
        self.expose.itemChanged.connect(lambda *_: self.update_query())
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.save_button.clicked.connect(self.save_query)
        self.saved.activated.connect(self._load_saved)
        self.model.loaded.connect(self._page_loaded)
        self.model.failed.connect(self._page_failed)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self._endpoint_changed(self.endpoint.currentText())
        self.refresh_saved()

    # -- query building ----------------------------------------------------------

    def _endpoint_changed(self, name: str) -> None:
        for row in list(self.rows):
            self._remove(row)
        self.expose.clear()
        for field in ENDPOINTS[name].expose:
            item = QtWidgets.QListWidgetItem(field, self.expose)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.update_query()

    def add_filter(self, f: Filter | None = None) -> FilterRow:
        row = FilterRow(self.endpoint.currentText(), self)
        if f is not None:
            row.set_filter(f)
        row.changed.connect(self.update_query)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.filters_box.addWidget(row)
        self.update_query()
        return row

    def _remove(self, row: FilterRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()
            self.update_query()

    def build_query(self) -> Query:
        exposed = tuple(
            self.expose.item(i).text()
            for i in range(self.expose.count())
            if self.expose.item(i).checkState() == Qt.CheckState.Checked
        )
        return Query(
            self.endpoint.currentText(),
            tuple(r.to_filter() for r in self.rows),
            any_of=self.any_of.isChecked(),
            expose=exposed,
        )

    def set_query(self, query: Query) -> None:
        self.endpoint.setCurrentText(query.endpoint)
        self._endpoint_changed(query.endpoint)
        for f in query.filters:
            self.add_filter(f)
        self.any_of.setChecked(query.any_of)
        for i in range(self.expose.count()):
            item = self.expose.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.text() in query.expose else Qt.CheckState.Unchecked
            )
        self.update_query()

    def update_query(self) -> None:
        try:
            params = self.build_query().params()
        except InputError as exc:
            self.query_label.setText(str(exc))
            self.query_label.setStyleSheet("color: #b3261e")
            self.search_button.setEnabled(False)
            return
        text = readable_query(params)
        self.query_label.setText(f"{self.endpoint.currentText()}/" + (f"?{text}" if text else ""))
        self.query_label.setStyleSheet("")
        self.search_button.setEnabled(True)

    def query_text(self) -> str:
        return self.query_label.text()

    # -- results -----------------------------------------------------------------

    def search(self) -> None:
        try:
            self.query = self.build_query()
            self.query.params()
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        self.error_bar.hide()
        self.model.reset(ENDPOINTS[self.query.endpoint].columns)
        self.model.set_source(self._fetch_page, 1)

    async def _fetch_page(self, page: Any) -> Page[Result]:
        """One page of the current query, fetched as a job (the status bar shows it)."""
        query = self.query
        assert query is not None
        number = int(page)

        async def work(_job: JobContext) -> dict[str, Any]:
            return await browsing.browse_page(self.ctx, query, number, page_size=PAGE_SIZE)

        title = self.tr("Provet Cloud: page %1").replace("%1", str(number))
        job = run_job(self.ctx, title, work, integration="provet")
        return results_page(await job_result(job), number)

    def _page_loaded(self) -> None:
        if not alive(self):
            return
        self.count_label.setText(self.tr("%n object(s) found", "", self.model.total or 0))
        if self.model.rowCount() <= PAGE_SIZE:  # the first page: size the columns once
            fit_columns(self.view)

    def _page_failed(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, "provet", retry=self.model.retry)

    def _show_detail(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        self.detail_model.removeRows(0, self.detail_model.rowCount())
        if not current.isValid():
            return
        obj = self.model.object_at(current.row())
        self._fill(self.detail_model.invisibleRootItem(), obj)
        self.detail.expandToDepth(0)
        self.readable.setHtml(self._readable(obj))

    def _readable(self, obj: dict[str, Any]) -> str:
        """A form a receptionist reads: labels, relations as "client #10", local times, status names."""
        endpoint = self.query.endpoint if self.query else self.endpoint.currentText()
        fields = ENDPOINTS[endpoint].fields
        lines = []
        for name, value in obj.items():
            fld = fields.get(name)
            if name == "url" or value in (None, "", []):
                continue
            if isinstance(value, dict):
                value = f"{name} #{value.get('id', '?')}"
            elif isinstance(value, list):
                value = ", ".join(
                    f"#{id_from_url(v) or v}" if isinstance(v, str) else f"#{v.get('id', '?')}"
                    for v in value
                    if isinstance(v, str | dict)
                )
            elif isinstance(value, str) and fld is not None and fld.is_relation:
                value = f"{fld.target} #{id_from_url(value)}"
            elif isinstance(value, str) and fld is not None and fld.kind == Kind.DATETIME:
                value = local_time(value.replace("Z", "+00:00"))
            elif endpoint == "invoice" and name == "status":
                value = f"{value} — {INVOICE_STATUS.get(int(value), '?')}"
            label = name.replace("_", " ").capitalize()
            lines.append(f"<tr><th align='left'>{escape(label)}</th><td>{escape(str(value))}</td></tr>")
        return "<table cellspacing='4'>" + "".join(lines) + "</table>"

    def _fill(self, parent: QtGui.QStandardItem, value: Any) -> None:
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, sub in items:
            name = QtGui.QStandardItem(str(key))
            name.setEditable(False)
            shown = "" if isinstance(sub, dict | list) else ("" if sub is None else str(sub))
            cell = QtGui.QStandardItem(shown)
            cell.setEditable(False)
            parent.appendRow([name, cell])
            if isinstance(sub, dict | list):
                self._fill(name, sub)

    def export(self) -> None:
        try:
            query = self.build_query()
            query.params()
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), f"{query.endpoint}.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return

        async def work(job: JobContext) -> int:
            result = await browsing.pull(self.ctx, query, progress=job.progress)
            await self.ctx.db.run(export.write_out, result.objects, Path(path))
            return len(result.objects)

        def done(count: int | None) -> None:
            if alive(self):
                self.error_bar.show_message(self.tr("%n object(s) exported.", "", count or 0), level="info")

        self.start_job(self.tr("Provet Cloud export"), work, on_done=done)

    # -- saved queries -----------------------------------------------------------

    def refresh_saved(self) -> None:
        """Re-read the saved queries (in a worker thread once the loop runs)."""
        self.read(browsing.saved_queries, self.ctx, then=self._show_saved, key="saved")

    def _show_saved(self, saved: dict[str, Query]) -> None:
        self._saved = saved
        self.saved.clear()
        self.saved.addItems(list(saved))
        self.saved.setCurrentIndex(-1)

    def save_query(self) -> None:
        """Save the current query under the typed name (an invalid one is a sentence)."""

        def saved(_none: None) -> None:
            self.refresh_saved()
            self.error_bar.show_message(self.tr("Query saved."), level="info")

        self.read(browsing.save_query, self.ctx, self.save_name.text(), self.build_query(), then=saved,
                  on_error=self._refused)  # fmt: skip

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemText(index)
        if name in self._saved:
            self.set_query(self._saved[name])
