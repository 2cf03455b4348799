"""Provet Cloud tab: Browse (filters, live query, paged results, detail, CSV export, saved
queries), Webhooks (inbox, retry, catch-up, receiver), Connection (browser sign-in, registration)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.core.context import AppContext
from app.core.errors import InputError
from app.core.jobs import JobContext
from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations.provet import (
    browsing,
    connection,
    export,
    hookup,
    inbox,
    polling,
    processing,
    subscriptions,
)
from app.integrations.provet.filters import METHOD_NAMES, METHODS, Filter, Query, readable_query
from app.integrations.provet.schema import ENDPOINTS, PARAM_TO_ENDPOINT, Kind
from app.ui.common import ErrorBar, alive, fit_columns, job_result, remember_header, run_job
from app.ui.models.provet_events import events_model
from app.ui.models.provet_results import ProvetResultsModel, Result, results_page
from app.ui.models.table import Page

PAGE_SIZE = 100


def _field_paths(endpoint: str) -> list[str]:
    ep = ENDPOINTS[endpoint]
    paths = sorted(ep.fields)
    for name, fld in sorted(ep.fields.items()):
        if fld.kind == Kind.REF:
            paths.extend(f"{name}.{sub}" for sub in sorted(ENDPOINTS[fld.target].fields))
    return paths


def _qdatetime(value: dt.datetime) -> QtCore.QDateTime:
    return QtCore.QDateTime(
        QtCore.QDate(value.year, value.month, value.day), QtCore.QTime(value.hour, value.minute)
    )


def _kind(endpoint: str, path: str) -> Kind:
    ep = ENDPOINTS[endpoint]
    parts = path.split(".")
    fld = ep.fields.get(parts[0])
    if fld is None:
        return Kind.STR
    if len(parts) == 2 and fld.is_relation:
        sub = ENDPOINTS[fld.target].fields.get(parts[1])
        return sub.kind if sub else Kind.STR
    return fld.kind


class FilterRow(QtWidgets.QWidget):
    """One filter: field, method, and a value editor fitting the method and the field's type."""

    changed = QtCore.Signal()
    remove_requested = QtCore.Signal(object)

    def __init__(self, endpoint: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QtWidgets.QComboBox(self)
        self.field.setEditable(True)
        self.field.addItems(_field_paths(endpoint))
        self.method = QtWidgets.QComboBox(self)
        self.method.addItems(list(METHOD_NAMES))
        self.value = QtWidgets.QLineEdit(self)
        self.value.setPlaceholderText(self.tr("value"))
        self.value2 = QtWidgets.QLineEdit(self)
        self.value2.setPlaceholderText(self.tr("to"))
        self.date = QtWidgets.QDateTimeEdit(QtCore.QDateTime.currentDateTime(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.date2 = QtWidgets.QDateTimeEdit(QtCore.QDateTime.currentDateTime(), self)
        self.date2.setCalendarPopup(True)
        self.date2.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.flag = QtWidgets.QComboBox(self)
        self.flag.addItems(["true", "false"])
        self._offset: dt.timedelta | None = None
        remove = QtWidgets.QToolButton(self)
        remove.setText("−")
        remove.setToolTip(self.tr("Remove this filter"))
        for w in (self.field, self.method, self.value, self.date, self.value2, self.date2, self.flag, remove):
            layout.addWidget(w)
        layout.setStretch(2, 1)
        self.field.currentTextChanged.connect(self._adapt)
        self.method.currentTextChanged.connect(self._adapt)
        for sig in (self.value.textChanged, self.value2.textChanged, self.flag.currentTextChanged):
            sig.connect(lambda *_: self.changed.emit())
        for d in (self.date, self.date2):
            d.dateTimeChanged.connect(lambda *_: self.changed.emit())
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._adapt()

    def _aware(self, edit: QtWidgets.QDateTimeEdit) -> dt.datetime:
        d, t = edit.date(), edit.time()
        naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        if self._offset is None:
            return naive.astimezone()
        return naive.replace(tzinfo=dt.timezone(self._offset))

    def _adapt(self) -> None:
        family = METHODS.get(self.method.currentText(), "eq")
        kind = _kind(self.endpoint, self.field.currentText())
        dates = kind == Kind.DATETIME and family not in ("list", "null")
        self.flag.setVisible(family == "null")
        self.value.setVisible(family != "null" and not dates)
        self.date.setVisible(dates)
        self.value2.setVisible(family == "range" and not dates)
        self.date2.setVisible(family == "range" and dates)
        self.value.setPlaceholderText(self.tr("value1, value2, …") if family == "list" else self.tr("value"))
        self.changed.emit()

    def set_filter(self, f: Filter) -> None:
        self.field.setCurrentText(f.field)
        self.method.setCurrentText(f.method)
        if isinstance(f.value, list | tuple) and METHODS.get(f.method) == "range":
            if _kind(self.endpoint, f.field) == Kind.DATETIME:
                from app.integrations.provet.filters import parse_datetime

                ends = [v if isinstance(v, dt.datetime) else parse_datetime(str(v)) for v in f.value]
                self._offset = ends[0].utcoffset()
                self.date.setDateTime(_qdatetime(ends[0]))
                self.date2.setDateTime(_qdatetime(ends[1].astimezone(ends[0].tzinfo)))
            else:
                self.value.setText(str(f.value[0]))
                self.value2.setText(str(f.value[1]))
        elif isinstance(f.value, list | tuple):
            self.value.setText(",".join(str(v) for v in f.value))
        elif isinstance(f.value, bool):
            self.flag.setCurrentText("true" if f.value else "false")
        elif isinstance(f.value, dt.datetime) or (
            _kind(self.endpoint, f.field) == Kind.DATETIME and isinstance(f.value, str)
        ):
            from app.integrations.provet.filters import parse_datetime

            value = f.value if isinstance(f.value, dt.datetime) else parse_datetime(str(f.value))
            # The edit shows the wall time of the value's own zone, kept in _offset.
            self._offset = value.utcoffset()
            self.date.setDateTime(_qdatetime(value))
        else:
            self.value.setText(str(f.value))

    def to_filter(self) -> Filter:
        family = METHODS.get(self.method.currentText(), "eq")
        field, method = self.field.currentText().strip(), self.method.currentText()
        if family == "null":
            return Filter(field, method, self.flag.currentText())
        if _kind(self.endpoint, field) == Kind.DATETIME and family != "list":
            first = self._aware(self.date)
            if family == "range":
                return Filter(field, method, [first, self._aware(self.date2)])
            return Filter(field, method, first)
        if family == "range":
            return Filter(field, method, [self.value.text(), self.value2.text()])
        return Filter(field, method, self.value.text())


class BrowsePage(QtWidgets.QWidget):
    def _error(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, "provet")

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[FilterRow] = []
        self.query: Query | None = None
        outer = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        outer.addWidget(self.error_bar)
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
        for w in (self.add_button, self.any_of, self.expose, self.search_button, self.export_button):
            controls.addWidget(w)
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
        from html import escape

        from app.integrations.provet.models import id_from_url
        from app.integrations.provet.schema import INVOICE_STATUS

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
                value = _local(value.replace("Z", "+00:00"))
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

        run_job(self.ctx, self.tr("Provet Cloud export"), work, integration="provet", on_done=done,
                on_error=self._error)  # fmt: skip

    # -- saved queries -----------------------------------------------------------

    def refresh_saved(self) -> None:
        self.saved.clear()
        self._saved = browsing.saved_queries(self.ctx)
        self.saved.addItems(list(self._saved))
        self.saved.setCurrentIndex(-1)

    def save_query(self) -> None:
        try:
            browsing.save_query(self.ctx, self.save_name.text(), self.build_query())
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        self.refresh_saved()
        self.error_bar.show_message(self.tr("Query saved."), level="info")

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemText(index)
        if name in self._saved:
            self.set_query(self._saved[name])


# The inbox shows the newest events first, at most this many (the summary says how many there are).
INBOX_SHOWN = 2000


class WebhooksPage(QtWidgets.QWidget):
    # Emitted from any thread (the receiver's, a database worker's); refreshes on the Qt thread.
    event_arrived = QtCore.Signal()

    def _error(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, "provet")

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.receiver: Any = None
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.summary = QtWidgets.QLabel(self)
        layout.addWidget(self.summary)
        row = QtWidgets.QHBoxLayout()
        self.receiver_box = QtWidgets.QCheckBox(self.tr("Receive webhooks on this computer"), self)
        self.pending_only = QtWidgets.QCheckBox(self.tr("Pending and failed only"), self)
        self.retry_button = QtWidgets.QPushButton(self.tr("Retry failed"), self)
        self.process_button = QtWidgets.QPushButton(self.tr("Process now"), self)
        self.catch_up_button = QtWidgets.QPushButton(self.tr("Catch up now"), self)
        for w in (
            self.receiver_box,
            self.pending_only,
            self.retry_button,
            self.process_button,
            self.catch_up_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        subs = QtWidgets.QGroupBox(self.tr("Subscribed in Provet (Settings › Integrations › Webhooks)"), self)
        subs_layout = QtWidgets.QHBoxLayout(subs)
        self.triggers = QtWidgets.QListWidget(subs)
        self.triggers.setMaximumHeight(90)
        self.department = QtWidgets.QSpinBox(subs)
        self.department.setRange(0, 1_000_000)
        self.department.setSpecialValueText(self.tr("whole organisation"))
        self.save_subs = QtWidgets.QPushButton(self.tr("Save"), subs)
        self.copy_url = QtWidgets.QPushButton(self.tr("Copy the receiver address"), subs)
        subs_layout.addWidget(self.triggers, 1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.save_subs)
        form.addRow(self.copy_url)
        subs_layout.addLayout(form)
        layout.addWidget(subs)
        current = subscriptions.subscriptions(ctx)
        for param in sorted(PARAM_TO_ENDPOINT):
            item = QtWidgets.QListWidgetItem(param, self.triggers)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if param in current["triggers"] else Qt.CheckState.Unchecked
            )
        self.department.setValue(int(current["department"] or 0))
        self.save_subs.clicked.connect(self.save_subscriptions)
        self.copy_url.clicked.connect(self.copy_receiver_url)
        self.model = events_model(self)
        self.model.failed.connect(self._error)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.view, 1)
        remember_header(self.view, "provet.events")
        self.receiver_box.toggled.connect(self.set_receiver)
        self.pending_only.toggled.connect(lambda *_: self.refresh())
        self.retry_button.clicked.connect(self.retry_failed)
        self.process_button.clicked.connect(lambda: self._run("process"))
        self.catch_up_button.clicked.connect(lambda: self._run("catch_up"))
        self.event_arrived.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        ctx.changes.subscribe(inbox.TOPIC_EVENTS, self._changed)
        self.refresh()
        if ctx.settings.provet.webhook_enabled and not ctx.demo:
            self.receiver_box.setChecked(True)

    def _changed(self, *_args: Any) -> None:
        if alive(self):
            self.event_arrived.emit()

    def refresh(self) -> None:
        """Re-read the inbox and its last event/poll times, in a worker thread (the latest read wins)."""
        if not alive(self):
            return
        ctx, pending = self.ctx, self.pending_only.isChecked()
        seen: dict[str, Any] = {}

        def read() -> list[inbox.Event]:
            seen["last_event"] = ctx.db.get_state("provet.last_event_at") or ""
            seen["last_poll"] = ctx.db.get_state("provet.last_poll_at") or ""
            seen["gap"] = polling.gap(ctx)
            found = inbox.events(ctx, pending=pending, limit=INBOX_SHOWN)
            seen["shown"] = len(found)
            seen["total"] = (
                len(found) if len(found) < INBOX_SHOWN else inbox.count_events(ctx, pending=pending)
            )
            return found

        self.model.load(read, then=lambda _rows: self._show_summary(**seen))

    def _show_summary(
        self, last_event: str, last_poll: str, gap: dt.timedelta | None, shown: int = 0, total: int = 0
    ) -> None:
        never = self.tr("never")
        text = self.tr("Last event: %1 · last poll: %2").replace("%1", _local(last_event) or never)
        text = text.replace("%2", _local(last_poll) or never)
        if gap is not None and gap > dt.timedelta(
            minutes=max(1, self.ctx.settings.provet.catchup_interval_minutes) * 2
        ):
            text += " · " + self.tr("nothing heard for %1 minutes").replace(
                "%1", str(int(gap.total_seconds() // 60))
            )
        if shown < total:
            text += " · " + self.tr("Showing the first {shown} of {total}.").format(shown=shown, total=total)
        self.summary.setText(text)

    def set_receiver(self, on: bool) -> None:
        from app.integrations.provet.webhook_server import WebhookReceiver

        if on and self.receiver is None:
            s = self.ctx.settings.provet
            if not self.ctx.secrets.get("provet", "webhook_token"):
                self.error_bar.show_message(self.tr("Set a webhook token in Connections first."))
                self.receiver_box.setChecked(False)
                return
            try:
                self.receiver = WebhookReceiver(self.ctx, s.webhook_host, s.webhook_port,
                                                on_stored=lambda _i: self._changed()).start()  # fmt: skip
            except (RuntimeError, InputError) as exc:  # port in use; a token too short
                self.error_bar.show_message(str(exc))
                self.receiver_box.setChecked(False)
        elif not on and self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        if (
            self.ctx.settings.provet.webhook_enabled != (self.receiver is not None)
            and self.sender() is self.receiver_box
        ):
            self.ctx.settings.provet.webhook_enabled = self.receiver is not None
            self.ctx.save_settings()

    def save_subscriptions(self) -> None:
        chosen = [
            self.triggers.item(i).text()
            for i in range(self.triggers.count())
            if self.triggers.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            subscriptions.save_subscriptions(self.ctx, chosen, self.department.value() or None)
        except InputError as exc:
            self.error_bar.show_message(str(exc))
            return
        self.error_bar.show_message(self.tr("Subscriptions saved."), level="info")

    def copy_receiver_url(self) -> None:
        try:
            url = subscriptions.receiver_url(self.ctx)
        except Exception as exc:
            self.error_bar.show_error(exc, "provet")
            return
        QtWidgets.QApplication.clipboard().setText(url)
        self.error_bar.show_message(
            self.tr("The receiver address is in the clipboard: paste it in Provet's webhook settings."),
            level="info",
        )

    def retry_failed(self) -> None:
        ids = [self.model.record(i.row()).id for i in self.view.selectionModel().selectedRows()]
        count = processing.retry_failed(self.ctx, ids or None)
        self.error_bar.show_message(self.tr("%n event(s) queued again.", "", count), level="info")
        self._run("process")

    def _run(self, what: str) -> None:
        async def work(_job: JobContext) -> Any:
            if what == "catch_up":
                return await polling.catch_up(self.ctx)
            return await processing.process_pending(self.ctx)

        run_job(self.ctx, self.tr("Provet Cloud: catch up") if what == "catch_up" else self.tr("Provet Cloud: notifications"),
                work, integration="provet", on_done=lambda _r: self.refresh(),
                on_error=self._error)  # fmt: skip

    def shutdown(self) -> None:
        self.ctx.changes.unsubscribe(inbox.TOPIC_EVENTS, self._changed)
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None


class ConnectionPage(QtWidgets.QWidget):
    def _error(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, "provet")

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.state = QtWidgets.QLabel(self)
        self.registration = QtWidgets.QLabel(self)
        self.registration.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # Provet's client_id, as sent
        self.connect_button = QtWidgets.QPushButton(self.tr("Connect"), self)
        self.disconnect_button = QtWidgets.QPushButton(self.tr("Disconnect"), self)
        self.use_registration = QtWidgets.QPushButton(self.tr("Use this registration"), self)
        for w in (
            self.state,
            self.connect_button,
            self.disconnect_button,
            self.registration,
            self.use_registration,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        self.connect_button.clicked.connect(self.connect_provet)
        self.disconnect_button.clicked.connect(self.disconnect_provet)
        self.use_registration.clicked.connect(self._use_registration)
        self.refresh()

    def refresh(self) -> None:
        from app.integrations.provet.auth import TokenStore

        if not alive(self):
            return
        s = self.ctx.settings.provet
        token = TokenStore(self.ctx.secrets).load()
        grant = (
            self.tr("browser sign-in (PKCE)")
            if s.grant == "authorization_code"
            else self.tr("client credentials")
        )
        if not s.base_url:
            self.state.setText(self.tr("Not set up: enter the API address in Connections."))
        elif token:
            self.state.setText(
                self.tr("Connected to %1 (%2).").replace("%1", s.base_url).replace("%2", grant)
            )
        else:
            self.state.setText(self.tr("Not connected (%1).").replace("%1", grant))
        self.connect_button.setText(
            self.tr("Connect via browser") if s.grant == "authorization_code" else self.tr("Connect")
        )
        self.disconnect_button.setEnabled(bool(token))
        reg = hookup.registration(self.ctx)
        if reg:
            when = reg["registered_at"].astimezone().strftime("%Y-%m-%d %H:%M")
            self.registration.setText(self.tr("Registered by Provet on %1 (client %2).").replace("%1", when)
                                      .replace("%2", str(reg["client_id"])))  # fmt: skip
        else:
            self.registration.setText(self.tr("No registration received from Provet yet."))
        self.use_registration.setVisible(bool(reg) and reg is not None and reg["client_id"] != s.client_id)

    def connect_provet(self) -> None:
        def open_url(url: str) -> bool:
            return bool(QtGui.QDesktopServices.openUrl(QtCore.QUrl(url)))

        async def work(_job: JobContext) -> str:
            return await connection.connect(self.ctx, open_url=open_url)

        def done(text: str | None) -> None:
            if alive(self):
                self.error_bar.show_message(self.tr("Connected to Provet Cloud."), level="info")
                self.refresh()

        run_job(self.ctx, self.tr("Provet Cloud: connect"), work, integration="provet", on_done=done,
                on_error=self._error)  # fmt: skip

    def disconnect_provet(self) -> None:
        async def work(_job: JobContext) -> None:
            await connection.disconnect(self.ctx)

        run_job(self.ctx, self.tr("Provet Cloud: disconnect"), work, integration="provet",
                on_done=lambda _r: self.refresh(),
                on_error=self._error)  # fmt: skip

    def _use_registration(self) -> None:
        reg = hookup.registration(self.ctx)
        if reg:
            hookup.use_registration(self.ctx, str(reg["client_id"]))
            self.refresh()


def _local(iso: str) -> str:
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class ProvetTab(QtWidgets.QWidget):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QtWidgets.QTabWidget(self)
        self.browse = BrowsePage(ctx, self)
        self.webhooks = WebhooksPage(ctx, self)
        self.connection = ConnectionPage(ctx, self)
        self.tabs.addTab(self.browse, self.tr("Browse"))
        self.tabs.addTab(self.webhooks, self.tr("Webhooks"))
        self.tabs.addTab(self.connection, self.tr("Connection"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        if self.ctx.settings.provet.base_url and self.browse.query is None:
            self.browse.search()  # the first look shows the latest objects of the default endpoint
        self.webhooks.refresh()
        self.connection.refresh()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.webhooks.shutdown()
        super().closeEvent(event)


__all__ = ["ProvetTab", "json"]
