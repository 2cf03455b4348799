"""The Browse page: build a query with filters, see it as Provet reads it, page through the
results, read one object (as a form or as JSON), export every match to CSV, keep saved queries."""

from __future__ import annotations

import asyncio
import logging
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
    naming,
)
from app.integrations.provet.auth import TokenStore
from app.integrations.provet.cache import object_id
from app.integrations.provet.filters import (
    Filter,
    Query,
    readable_query,
)
from app.integrations.provet.schema import ENDPOINTS
from app.ui import common
from app.ui.common import alive, fit_columns, job_result, remember_header, run_job
from app.ui.empty_state import empty_state
from app.ui.layouts import add_widgets
from app.ui.models.provet_results import ProvetResultsModel, Result, results_page
from app.ui.models.table import Page
from app.ui.provet import labels
from app.ui.provet.filter_row import FilterRow
from app.ui.provet.page import ProvetPage
from app.ui.tasks import tasks_of

log = logging.getLogger("passerelle.ui.provet")

PAGE_SIZE = 100


class BrowsePage(ProvetPage):
    """Filters, the live query, paged results with their detail, CSV export and saved queries."""

    # The person asked to connect from the empty state (the tab opens the Connection page).
    connect_requested = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[FilterRow] = []
        self.query: Query | None = None
        self._saved: dict[str, Query] = {}
        self._keep_selected: int | None = None  # the object to select again after a new search
        outer = self.box
        top = QtWidgets.QHBoxLayout()
        self.endpoint = QtWidgets.QComboBox(self)
        for name in ENDPOINTS:
            self.endpoint.addItem(labels.endpoint_label(name), name)
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
        self._query_text = ""
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
        # What an empty table says: connect first, widen the filters, or search again.
        self.empty = empty_state(self.view, "")
        self._hint_kind = ""
        self.detail_tabs = QtWidgets.QTabWidget(split)
        self.readable = QtWidgets.QTextBrowser(self.detail_tabs)
        self.readable.setPlaceholderText(self.tr("Choose a row to read it here."))
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

        self.endpoint.currentIndexChanged.connect(lambda *_: self._endpoint_changed(self.endpoint_name()))
        self.add_button.clicked.connect(lambda: self.add_filter())
        self.any_of.toggled.connect(self.update_query)
        self.expose.itemChanged.connect(lambda *_: self._expose_changed())
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.save_button.clicked.connect(self.save_query)
        self.saved.activated.connect(self._load_saved)
        self.model.loaded.connect(self._page_loaded)
        self.model.failed.connect(self._page_failed)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.save_name.returnPressed.connect(self.save_query)
        self._endpoint_changed(self.endpoint_name())
        self.refresh_saved()
        self.show_connection_hint()

    # -- query building ----------------------------------------------------------

    def endpoint_name(self) -> str:
        """The chosen endpoint's wire name (``consultation``)."""
        data = self.endpoint.currentData()
        return str(data) if data is not None else self.endpoint.currentText()

    def _endpoint_changed(self, name: str) -> None:
        for row in list(self.rows):
            self._remove(row)
        self.expose.blockSignals(True)
        self.expose.clear()
        for field in ENDPOINTS[name].expose:
            item = QtWidgets.QListWidgetItem(labels.field_label(field), self.expose)
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.expose.blockSignals(False)
        self.update_query()

    def _exposed(self) -> tuple[str, ...]:
        return tuple(
            str(self.expose.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.expose.count())
            if self.expose.item(i).checkState() == Qt.CheckState.Checked
        )

    def _expose_changed(self) -> None:
        """Exposing a relation shows it in full: the shown results are fetched again with it, and
        the selected object's details follow."""
        self.update_query()
        if self.query is not None and self.query.endpoint == self.endpoint_name():
            current = self.view.currentIndex()
            if current.isValid():
                self._keep_selected = object_id(self.model.object_at(current.row()))
            self.search()

    def add_filter(self, f: Filter | None = None) -> FilterRow:
        """A new filter row (showing ``f`` when given); Enter in it runs the search."""
        row = FilterRow(self.endpoint_name(), self)
        if f is not None:
            row.set_filter(f)
        row.changed.connect(self.update_query)
        row.remove_requested.connect(self._remove)
        row.submitted.connect(self.search)
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
        """The query the form describes (its values checked by ``params()``)."""
        return Query(
            self.endpoint_name(),
            tuple(r.to_filter() for r in self.rows),
            any_of=self.any_of.isChecked(),
            expose=self._exposed(),
        )

    def set_query(self, query: Query) -> None:
        """Show a query in the form (a saved one, or one given by a test)."""
        self.endpoint.blockSignals(True)
        self.endpoint.setCurrentIndex(self.endpoint.findData(query.endpoint))
        self.endpoint.blockSignals(False)
        self._endpoint_changed(query.endpoint)
        for f in query.filters:
            self.add_filter(f)
        self.any_of.setChecked(query.any_of)
        self.expose.blockSignals(True)
        for i in range(self.expose.count()):
            item = self.expose.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in query.expose
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.expose.blockSignals(False)
        self.update_query()

    def checked_query(self) -> Query:
        """The form's query once every value can be read; InputError with the sentence a person
        reads (the field in words, in the UI's language) otherwise."""
        for row in self.rows:
            if why := row.problem():
                raise InputError(why, field=row.field_path())
        query = self.build_query()
        try:
            query.params()
        except InputError as exc:
            raise InputError(labels.refusal(exc, query.endpoint), field=exc.field) from exc
        return query

    def update_query(self) -> None:
        """Show the query as Provet reads it, or why it cannot be sent (Search waits for a fix)."""
        try:
            params = self.checked_query().params()
        except InputError as exc:
            self._query_text = str(exc)
            self.query_label.setText(self._query_text)
            self.query_label.setStyleSheet("color: #b3261e")
            self.search_button.setEnabled(False)
            return
        text = readable_query(params)
        self._query_text = f"{self.endpoint_name()}/" + (f"?{text}" if text else "")
        # The address is Provet's notation: named as such, for IT and Provet's support.
        self.query_label.setText(self.tr("Query sent to Provet: {query}").format(query=self._query_text))
        self.query_label.setStyleSheet("color: palette(mid)")
        self.search_button.setEnabled(True)

    def query_text(self) -> str:
        """The query in Provet's notation (``consultation/?…``), or the refusal sentence."""
        return self._query_text

    # -- results -----------------------------------------------------------------

    def search(self) -> None:
        """Run the form's query: its first page, then more as the table scrolls. A refused value
        is a sentence; a failed search clears the results and their count together."""
        try:
            self.query = self.checked_query()
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        self.error_bar.hide()
        self._set_hint("")
        self.count_label.setText(self.tr("Searching…"))
        self.detail_model.removeRows(0, self.detail_model.rowCount())
        self.readable.clear()
        self.model.reset(ENDPOINTS[self.query.endpoint].columns, self.query.endpoint)
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
        total = self.model.total or 0
        self.count_label.setText(self.tr("%n object(s) found", "", total))
        if not total and not self.model.rowCount():
            self._set_hint("empty")
        first = self.model.rowCount() <= PAGE_SIZE
        if first:  # the first page: size the columns once
            fit_columns(self.view)
            self._select_kept()
        self._resolve_names()

    def _page_failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        if not self.model.rowCount():  # the search itself failed: no results, no count
            self.count_label.setText("")
            self._set_hint("failed")
        self.error_bar.show_error(exc, "provet", retry=self.model.retry)

    def _select_kept(self) -> None:
        kept, self._keep_selected = self._keep_selected, None
        if kept is None:
            return
        for row in range(self.model.rowCount()):
            if object_id(self.model.object_at(row)) == kept:
                self.view.selectRow(row)
                return

    # -- names of related objects ------------------------------------------------------

    def _resolve_names(self) -> None:
        """The names of the clients, patients and vets the rows point at: the cached ones, then
        the others fetched, in the background; the cells fill in as they arrive."""
        if self.query is None:
            return
        wanted = naming.references(self.query.endpoint, (r.obj for r in self.model.rows))
        wanted = {e: {i for i in ids if (e, i) not in self.model.names} for e, ids in wanted.items()}
        wanted = {e: ids for e, ids in wanted.items() if ids}
        if not wanted:
            return

        def failed(exc: BaseException) -> None:  # the ids stay shown; the search itself worked
            log.info("names of related Provet objects not fetched: %s", type(exc).__name__)

        tasks_of(self, self._error).start(
            naming.resolve_names(self.ctx, wanted), then=self._names_arrived, on_error=failed
        )

    def _names_arrived(self, names: dict[tuple[str, int], str]) -> None:
        if not alive(self):
            return
        self.model.add_names(names)
        fit_columns(self.view)
        current = self.view.currentIndex()
        if current.isValid():
            self.readable.setHtml(self._readable(self.model.object_at(current.row())))

    # -- empty states ------------------------------------------------------------------

    def needs_connection(self) -> bool:
        """Whether nothing can be searched before a person sets up or signs in to Provet Cloud."""
        s = self.ctx.settings.provet
        return not s.base_url or (s.grant == "authorization_code" and not TokenStore(self.ctx.secrets).load())

    def show_connection_hint(self) -> None:
        """Before any search: say how to connect when the desk is not connected yet."""
        if self.query is not None or not alive(self):
            return
        if not self.ctx.settings.provet.base_url:
            self._set_hint("setup")
        elif self.needs_connection():
            self._set_hint("connect")
        else:
            self._set_hint("")

    def _set_hint(self, kind: str) -> None:
        texts = {
            "setup": (
                self.tr("Provet Cloud is not connected yet. Enter its address in Connections, then search."),
                self.tr("Connections…"),
            ),
            "connect": (
                self.tr("Connect to Provet Cloud first (Connection page), then search."),
                self.tr("Connect…"),
            ),
            "empty": (
                self.tr("Nothing matches these filters. Widen them (remove a filter, choose a longer period or fewer words) and search again."),
                "",
            ),
            "failed": (
                self.tr("The search did not go through, so no results are shown. The message above says what to do; then search again."),
                "",
            ),
        }  # fmt: skip
        self._hint_kind = kind
        text, button = texts.get(kind, ("", ""))
        self.empty.set_text(text, button, self._hint_action if button else None)

    def _hint_action(self) -> None:
        if self._hint_kind == "setup" and common.reconnect_handler is not None:
            common.reconnect_handler("provet")
        elif self._hint_kind == "connect":
            self.connect_requested.emit()

    # -- details -------------------------------------------------------------------------

    def _show_detail(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        self.detail_model.removeRows(0, self.detail_model.rowCount())
        if not current.isValid():
            self.readable.clear()
            return
        obj = self.model.object_at(current.row())
        self._fill(self.detail_model.invisibleRootItem(), obj)
        self.detail.expandToDepth(0)
        self.readable.setHtml(self._readable(obj))

    def _readable(self, obj: dict[str, Any]) -> str:
        """A form a receptionist reads: labels in words, local times, statuses as words, related
        objects by name with their number; an exposed relation in full, as its own little form."""
        endpoint = self.query.endpoint if self.query else self.endpoint_name()
        return self._form(endpoint, obj, self.model.names)

    def _form(self, endpoint: str, obj: dict[str, Any], names: labels.Names, depth: int = 0) -> str:
        lines = []
        for name, value in obj.items():
            if name == "url" or (name != "status" and value in (None, "", [])):
                continue
            fld = labels.field_of(endpoint, name)
            label = escape(labels.field_label(name))
            exposed = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, dict)]
            if exposed and depth == 0:
                target = fld.target if fld is not None and fld.target else name
                inner = "".join(self._form(target, v, names, depth + 1) for v in exposed)
                lines.append(f"<tr><th align='left' valign='top'>{label}</th><td>{inner}</td></tr>")
                continue
            text, tip = labels.show(endpoint, name, obj, names)
            if not text:
                continue
            shown = escape(text)
            if tip and tip != text:
                shown += f" <span style='color:#666'>({escape(tip)})</span>"
            lines.append(f"<tr><th align='left' valign='top'>{label}</th><td>{shown}</td></tr>")
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
            query = self.checked_query()
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            self.tr("Export to CSV"),
            f"{query.endpoint.replace('/', '-')}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return

        async def work(job: JobContext) -> int:
            # Each page kept as its CSV rows once stored (flat): not 20,000 objects for the collector.
            result = await browsing.pull(self.ctx, query, progress=job.progress, flat=True)
            await asyncio.to_thread(export.write_rows, result.objects, Path(path))
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

        try:
            query = self.checked_query()
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        self.read(browsing.save_query, self.ctx, self.save_name.text(), query, then=saved,
                  on_error=self._refused)  # fmt: skip

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemText(index)
        if name in self._saved:
            self.set_query(self._saved[name])
