"""The Vétélevage tab: import, review and commit visits, map products, acts, exports."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import service
from app.integrations.vetelevage import tables as t
from app.ui.common import ErrorBar, alive, remember_header, run_job
from app.ui.dialogs.vetelevage_mapping_dialog import MappingDialog, money
from app.ui.models.rows import Col, RowsModel

if TYPE_CHECKING:
    from app.core.context import AppContext

STATE_LABELS = {
    service.NEW: QT_TRANSLATE_NOOP("VetelevageTab", "To review"),
    service.NEEDS_MAPPING: QT_TRANSLATE_NOOP("VetelevageTab", "Needs mapping"),
    service.READY: QT_TRANSLATE_NOOP("VetelevageTab", "Ready"),
    service.COMMITTED: QT_TRANSLATE_NOOP("VetelevageTab", "Committed"),
    service.SET_ASIDE: QT_TRANSLATE_NOOP("VetelevageTab", "Set aside"),
}
STATE_COLOURS = {
    service.NEW: "#ef6c00",
    service.NEEDS_MAPPING: "#c62828",
    service.READY: "#2e7d32",
    service.COMMITTED: "#607d8b",
    service.SET_ASIDE: "#9e9e9e",
}


def state_label(state: str) -> str:
    return QtCore.QCoreApplication.translate("VetelevageTab", STATE_LABELS.get(state, state))


def local_date(iso: str) -> str:
    date = QtCore.QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QtCore.QLocale().toString(date, QtCore.QLocale.FormatType.ShortFormat) if date.isValid() else iso


def table_view(
    parent: QtWidgets.QWidget, model: QtCore.QAbstractItemModel, key: str, stretch: int | None = None
) -> QtWidgets.QTableView:
    """A read-only list: rows selected whole, columns sized to their content, one column stretched."""
    view = QtWidgets.QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)  # size to the visible rows, not 1,000 data() calls per column
    if stretch is not None:
        header.setSectionResizeMode(stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
    remember_header(view, key)
    return view


def read_visits(
    ctx: AppContext, state: str | None, text: str, since: str, until: str, account: str | None = None
) -> list[dict[str, Any]]:
    query = sa.select(
        t.visits.c.id,
        t.visits.c.visit_date,
        t.visits.c.compte_id,
        t.visits.c.vet_name,
        t.visits.c.breeder_name,
        t.visits.c.cheptel,
        t.visits.c.espece,
        t.visits.c.state,
        t.visits.c.warnings,
    ).order_by(t.visits.c.visit_date.desc(), t.visits.c.id.desc())
    if state:
        query = query.where(t.visits.c.state == state)
    if text:
        # % and _ typed in the box are searched for, not wildcards.
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            sa.or_(
                t.visits.c.id.ilike(like, escape="\\"),
                t.visits.c.breeder_name.ilike(like, escape="\\"),
                t.visits.c.vet_name.ilike(like, escape="\\"),
                t.visits.c.cheptel.ilike(like, escape="\\"),
            )
        )
    if account:
        query = query.where(t.visits.c.compte_id == account)
    if since:
        query = query.where(t.visits.c.visit_date >= since)
    if until:
        query = query.where(t.visits.c.visit_date <= until)
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(query.limit(5000)).mappings()]


class VisitsPanel(QtWidgets.QWidget):
    """The review: a filtered list of visits, the detail of the selected one, Commit / Set aside."""

    changed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        filters = QtWidgets.QHBoxLayout()
        self.state = QtWidgets.QComboBox(self)
        self.state.addItem(self.tr("All states"), None)
        for key in (service.NEW, service.NEEDS_MAPPING, service.READY, service.COMMITTED, service.SET_ASIDE):
            self.state.addItem(state_label(key), key)
        self.account = QtWidgets.QComboBox(self)
        self.account.addItem(self.tr("All accounts"), None)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Breeder, vet, cheptel or visit id"))
        self.search.setClearButtonEnabled(True)
        self.since = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addMonths(-2), self)
        self.until = QtWidgets.QDateEdit(QtCore.QDate.currentDate().addDays(1), self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        filters.addWidget(self.state)
        filters.addWidget(self.account)
        filters.addWidget(self.search, 2)
        filters.addWidget(QtWidgets.QLabel(self.tr("From"), self))
        filters.addWidget(self.since)
        filters.addWidget(QtWidgets.QLabel(self.tr("to"), self))
        filters.addWidget(self.until)
        layout.addLayout(filters)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        self.model: RowsModel[dict[str, Any]] = RowsModel(
            [
                Col(self.tr("Date"), lambda r: local_date(r["visit_date"])),
                Col(self.tr("Visit"), lambda r: r["id"]),
                Col(self.tr("Breeder"), lambda r: r["breeder_name"], tooltip=lambda r: r["cheptel"]),
                Col(self.tr("Vet"), lambda r: r["vet_name"]),
                Col(
                    self.tr("State"),
                    lambda r: state_label(r["state"]),
                    colour=lambda r: STATE_COLOURS.get(r["state"]),
                    tooltip=lambda r: r["warnings"],
                ),
            ],
            self,
        )
        self.view = table_view(splitter, self.model, "vetelevage.visits", stretch=2)
        splitter.addWidget(self.view)
        detail = QtWidgets.QWidget(splitter)
        d = QtWidgets.QVBoxLayout(detail)
        self.title = QtWidgets.QLabel(detail)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        d.addWidget(self.title)
        self.warnings = QtWidgets.QLabel(detail)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b35c00;")
        d.addWidget(self.warnings)
        d.addWidget(QtWidgets.QLabel(self.tr("<b>Acts and products</b>"), detail))
        self.source_model: RowsModel[dict[str, Any]] = RowsModel(
            [
                Col(self.tr("Type"), lambda r: r["kind"]),
                Col(self.tr("Code"), lambda r: r["code"]),
                Col(self.tr("Label"), lambda r: r["libelle"]),
                Col(self.tr("Qty"), lambda r: r["qty"], align_right=True),
                Col(
                    self.tr("Clinic item"),
                    lambda r: r["clinic"] or self.tr("— not mapped —"),
                    colour=lambda r: None if r["clinic"] else "#c62828",
                ),
            ],
            detail,
        )
        self.source_view = table_view(detail, self.source_model, "vetelevage.visit_sources", stretch=2)
        self.source_view.doubleClicked.connect(self._map_line)
        d.addWidget(self.source_view, 1)
        d.addWidget(QtWidgets.QLabel(self.tr("<b>Billing lines (preview)</b>"), detail))
        self.lines_model: RowsModel[Any] = RowsModel(
            [
                Col(self.tr("Type"), lambda line: line.line_type),
                Col(self.tr("Clinic code"), lambda line: line.lgcv_code),
                Col(self.tr("Label"), lambda line: line.libelle),
                Col(
                    self.tr("Qty"),
                    lambda line: QtCore.QLocale().toString(float(line.quantity), "g", 10),
                    align_right=True,
                ),
                Col(self.tr("Unit price"), lambda line: money(line.unit_price), align_right=True),
                Col(self.tr("Amount"), lambda line: money(line.amount), align_right=True),
            ],
            detail,
        )
        self.lines_view = table_view(detail, self.lines_model, "vetelevage.visit_lines", stretch=2)
        d.addWidget(self.lines_view, 1)
        self.total = QtWidgets.QLabel(detail)
        d.addWidget(self.total)
        buttons = QtWidgets.QHBoxLayout()
        self.commit_button = QtWidgets.QPushButton(self.tr("Commit to billing"), detail)
        self.commit_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.commit_button.setToolTip(self.tr("Write the billing lines once (Ctrl+Enter)"))
        self.aside_button = QtWidgets.QPushButton(self.tr("Set aside…"), detail)
        self.restore_button = QtWidgets.QPushButton(self.tr("Put back"), detail)
        self.map_button = QtWidgets.QPushButton(self.tr("Map product…"), detail)
        self.correct_button = QtWidgets.QPushButton(self.tr("Post a correction"), detail)
        self.correct_button.setToolTip(
            self.tr(
                "Bill the difference between what was committed and what the visit "
                "gives now (new mappings, prices): the first lines stay as they were."
            )
        )
        for b in (self.map_button, self.aside_button, self.restore_button, self.correct_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.commit_button)
        d.addLayout(buttons)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 680])
        layout.addWidget(splitter, 1)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.current: dict[str, Any] | None = None
        self.evaluation: service.Evaluation | None = None
        self._debounce = QtCore.QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.state.currentIndexChanged.connect(self.refresh)
        self.account.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self._debounce.start)
        self.until.dateChanged.connect(self._debounce.start)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.commit_button.clicked.connect(self.commit_selected)
        self.aside_button.clicked.connect(self.set_aside_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.map_button.clicked.connect(self._map_line)
        self.correct_button.clicked.connect(self.correct_selected)
        self._show_detail(None, None)
        self._loading: asyncio.Task[None] | None = None

    def refresh(self) -> None:
        state = self.state.currentData()
        account = self.account.currentData()
        text = self.search.text().strip()
        since = self.since.date().toString(Qt.DateFormat.ISODate)
        until = self.until.date().toString(Qt.DateFormat.ISODate)
        selected = self.current["id"] if self.current else None

        async def load() -> None:
            rows = await asyncio.to_thread(read_visits, self.ctx, state, text, since, until, account)
            accounts = await asyncio.to_thread(self._accounts)
            if not alive(self):
                return
            self._fill_accounts(accounts)
            self.model.set_rows(rows)
            index = next((i for i, r in enumerate(rows) if r["id"] == selected), 0 if rows else -1)
            if index >= 0:
                self.view.selectRow(index)
            else:
                self._show_detail(None, None)

        self._loading = asyncio.get_event_loop().create_task(load())

    def _accounts(self) -> list[str]:
        with self.ctx.db.read() as conn:
            return sorted(conn.execute(sa.select(sa.distinct(t.visits.c.compte_id))).scalars())

    def _fill_accounts(self, accounts: list[str]) -> None:
        known = {self.account.itemData(i) for i in range(self.account.count())}
        for account in accounts:
            if account not in known:
                self.account.addItem(account, account)
        self.account.setVisible(len(accounts) > 1 or self.account.currentIndex() > 0)

    async def wait_loaded(self) -> None:
        if self._loading is not None:
            await self._loading

    def _show_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._show_detail(None, None)
            return
        visit_id = self.model.record(index.row())["id"]
        detail, evaluation = service.visit_detail(self.ctx, visit_id)
        self._show_detail(detail, evaluation)

    def _show_detail(self, visit: dict[str, Any] | None, ev: service.Evaluation | None) -> None:
        self.current, self.evaluation = visit, ev
        for b in (
            self.commit_button,
            self.aside_button,
            self.restore_button,
            self.map_button,
            self.correct_button,
        ):
            b.setEnabled(False)
        if visit is None or ev is None:
            self.title.setText(self.tr("Select a visit to review it."))
            self.warnings.clear()
            self.source_model.set_rows([])
            self.lines_model.set_rows([])
            self.total.clear()
            return
        import json

        raw = json.loads(visit["raw"])
        self.title.setText(
            self.tr("<b>{id}</b> — {date} — {breeder} ({cheptel}) — {vet} — {species}").format(
                id=visit["id"],
                date=local_date(visit["visit_date"]),
                breeder=visit["breeder_name"],
                cheptel=visit["cheptel"],
                vet=visit["vet_name"],
                species=visit["espece"],
            )
            + (f"<br><i>{raw.get('commentaire')}</i>" if raw.get("commentaire") else "")
        )
        notes = ev.blocking + ev.warnings
        self.warnings.setText("\n".join(f"⚠ {n}" for n in notes))
        clinic_of = {(line.line_type, line.source_code): line.lgcv_code for line in ev.lines}
        act_names = {line.source_code: line.libelle for line in ev.lines if line.line_type == "acte"}
        sources = [
            {
                "kind": self.tr("act"),
                "code": a.get("code", ""),
                "libelle": act_names.get(a.get("code", ""), ""),
                "qty": a.get("quantite", ""),
                "clinic": clinic_of.get(("acte", a.get("code")), ""),
            }
            for a in raw.get("actes", [])
        ]
        sources += [
            {
                "kind": self.tr("product"),
                "code": p.get("produit_id", ""),
                "libelle": p.get("libelle", ""),
                "qty": p.get("quantite", ""),
                "clinic": clinic_of.get(("produit", p.get("produit_id")), ""),
            }
            for p in raw.get("produits", [])
        ]
        self.source_model.set_rows(sources)
        if visit["state"] == service.COMMITTED:
            lines = service.committed_lines(self.ctx, visit["id"])
            self.lines_model.set_rows(
                [
                    service.BillingLine(
                        r["line_no"],
                        r["line_type"],
                        r["source_code"],
                        r["lgcv_code"],
                        r["libelle"],
                        r["quantity"],
                        r["unit_price"],
                    )
                    for r in lines
                ]
            )
            total = sum((r["amount"] for r in lines), Decimal(0))
            self.total.setText(
                self.tr("Committed on {when} by {who}: {total} € excl. VAT.").format(
                    when=visit["committed_at"].astimezone().strftime("%d/%m/%Y %H:%M")
                    if visit["committed_at"]
                    else "",
                    who=visit["committed_by"] or "",
                    total=money(total),
                )
            )
        else:
            self.lines_model.set_rows(ev.lines)
            self.total.setText(self.tr("Total: {total} € excl. VAT").format(total=money(ev.total)))
        state = visit["state"]
        self.commit_button.setEnabled(state not in (service.COMMITTED, service.SET_ASIDE) and not ev.blocking)
        self.aside_button.setEnabled(state not in (service.COMMITTED, service.SET_ASIDE))
        self.restore_button.setEnabled(state == service.SET_ASIDE)
        self.map_button.setEnabled(bool(ev.unmapped) and state != service.COMMITTED)
        self.correct_button.setEnabled(state == service.COMMITTED)

    def commit_selected(self) -> None:
        if self.current is None:
            return
        try:
            service.commit_visit(self.ctx, self.current["id"])
        except service.InputError as exc:
            self.error_bar.show_error(exc, "vetelevage")
        self._after_change()

    def set_aside_selected(self) -> None:
        if self.current is None:
            return
        visit_id = self.current["id"]
        dialog = QtWidgets.QInputDialog(self)
        dialog.setWindowTitle(self.tr("Set the visit aside"))
        dialog.setLabelText(self.tr("Why is visit {id} not billed now?").format(id=visit_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(reason: str) -> None:
            try:
                service.set_aside(self.ctx, visit_id, reason.strip() or self.tr("no reason given"))
            except service.InputError as exc:
                self.error_bar.show_error(exc, "vetelevage")
            self._after_change()

        dialog.textValueSelected.connect(done)
        dialog.open()

    def correct_selected(self) -> None:
        if self.current is None:
            return
        try:
            rows = service.correct_visit(self.ctx, self.current["id"])
        except service.InputError as exc:
            self.error_bar.show_error(exc, "vetelevage")
            return
        self.error_bar.show_message(
            self.tr("%n correction line(s) written.", "", len(rows))
            if rows
            else self.tr("Nothing to correct: the billed lines match the visit."),
            level="info",
        )
        self._after_change()

    def restore_selected(self) -> None:
        if self.current is not None:
            service.restore_visit(self.ctx, self.current["id"])
            self._after_change()

    def _map_line(self, *_args: Any) -> None:
        if self.current is None or self.evaluation is None or not self.evaluation.unmapped:
            return
        index = self.source_view.currentIndex()
        produit_id = self.evaluation.unmapped[0]
        libelle = ""
        if index.isValid():
            row = self.source_model.record(index.row())
            if row["code"] in self.evaluation.unmapped:
                produit_id, libelle = row["code"], row["libelle"]
        dialog = MappingDialog(self.ctx, produit_id, libelle, visit_id=self.current["id"], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mapped.connect(lambda _r: self._after_change())
        dialog.open()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()


class UnmappedPanel(QtWidgets.QWidget):
    """Every product seen in visits without a clinic product, with how many visits wait on it."""

    changed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        hint = QtWidgets.QLabel(
            self.tr(
                "Map each product once: every waiting visit gets its billing line at once. "
                "Select a product and press Enter."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model: RowsModel[service.UnmappedProduct] = RowsModel(
            [
                Col(self.tr("Vétélevage product"), lambda u: u.libelle),
                Col(self.tr("Id"), lambda u: u.produit_id),
                Col(self.tr("GTIN"), lambda u: u.gtin or self.tr("none (clinic-specific)")),
                Col(self.tr("Waiting visits"), lambda u: u.visits, align_right=True),
                Col(
                    self.tr("Quantity"),
                    lambda u: QtCore.QLocale().toString(float(u.quantity), "g", 10),
                    align_right=True,
                ),
            ],
            self,
        )
        self.view = table_view(self, self.model, "vetelevage.unmapped", stretch=0)
        self.view.activated.connect(self.open_mapping)
        layout.addWidget(self.view, 1)
        self.dialog: MappingDialog | None = None

    def refresh(self) -> None:
        async def load() -> None:
            rows = await asyncio.to_thread(service.unmapped_queue, self.ctx)
            if not alive(self):
                return
            self.model.set_rows(rows)
            if self.model.rowCount():
                self.view.selectRow(0)

        asyncio.get_event_loop().create_task(load())

    def open_mapping(self, index: QtCore.QModelIndex | None = None) -> MappingDialog | None:
        index = index if index is not None and index.isValid() else self.view.currentIndex()
        if not index.isValid():
            return None
        product = self.model.record(index.row())
        self.dialog = MappingDialog(self.ctx, product.produit_id, product.libelle, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.mapped.connect(self._mapped)
        self.dialog.open()
        return self.dialog

    def _mapped(self, _result: object) -> None:
        self.refresh()
        self.changed.emit()


class CataloguePanel(QtWidgets.QWidget):
    changed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        bar = QtWidgets.QHBoxLayout()
        for text, slot in (
            (self.tr("Import catalogue (CSV)…"), self.import_catalogue),
            (self.tr("Import mappings…"), self.import_mappings),
            (self.tr("Export mappings…"), self.export_mappings),
        ):
            button = QtWidgets.QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model: RowsModel[dict[str, Any]] = RowsModel(
            [
                Col(self.tr("Code"), lambda r: r["code"]),
                Col(self.tr("Clinic product"), lambda r: r["libelle"]),
                Col(self.tr("GTIN"), lambda r: r["gtin"] or ""),
                Col(self.tr("Price (excl. VAT)"), lambda r: money(r["prix_ht"]), align_right=True),
                Col(self.tr("Unit"), lambda r: r["unite"]),
            ],
            self,
        )
        layout.addWidget(table_view(self, self.model, "vetelevage.catalogue", stretch=1), 1)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)

    def refresh(self) -> None:
        async def load() -> None:
            rows = await asyncio.to_thread(service.catalogue, self.ctx)
            if not alive(self):
                return
            self.model.set_rows(rows)

        asyncio.get_event_loop().create_task(load())

    def _run_file(self, title: str, fn: Any, path: str) -> None:
        async def work(_job: Any) -> int:
            return int(await self.ctx.db.run(fn, self.ctx, Path(path)))

        def done(n: int | None) -> None:
            self.error_bar.show_message(title.format(n=n), level="info")
            self.refresh()
            self.changed.emit()

        run_job(
            self.ctx,
            self.tr("Vétélevage files"),
            work,
            integration="vetelevage",
            on_done=done,
            on_error=lambda exc: self.error_bar.show_error(exc, "vetelevage"),
        )

    def import_catalogue(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Clinic catalogue"), "", "CSV (*.csv *.txt)"
        )
        if path:
            self._run_file(self.tr("{n} clinic products imported."), service.import_catalogue_csv, path)

    def import_mappings(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Mappings"), "", "CSV (*.csv *.txt)")
        if path:
            self._run_file(self.tr("{n} mappings imported."), service.import_mappings_csv, path)

    def export_mappings(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Mappings"), "mappings.csv", "CSV (*.csv)"
        )
        if path:
            self._run_file(self.tr("{n} mappings exported."), service.export_mappings_csv, path)


class ActsPanel(QtWidgets.QWidget):
    """The clinic's billable acts: edit, import, and send the whole list to Vétélevage."""

    changed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        bar = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(self.tr("Add"), self)
        self.remove_button = QtWidgets.QPushButton(self.tr("Remove"), self)
        self.import_button = QtWidgets.QPushButton(self.tr("Import (CSV)…"), self)
        self.save_button = QtWidgets.QPushButton(self.tr("Save"), self)
        self.push_button = QtWidgets.QPushButton(self.tr("Send to Vétélevage"), self)
        for b in (self.add_button, self.remove_button, self.import_button, self.save_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.push_button)
        layout.addLayout(bar)
        self.model: RowsModel[dict[str, Any]] = RowsModel(
            [
                Col(self.tr("Code"), lambda r: r["code"], editable=True),
                Col(self.tr("Label"), lambda r: r["libelle"], editable=True),
                Col(self.tr("Unit"), lambda r: r["unite"], editable=True),
                Col(self.tr("Price (excl. VAT)"), lambda r: r["prix_ht"], align_right=True, editable=True),
                Col(self.tr("VAT %"), lambda r: r["tva"], align_right=True, editable=True),
            ],
            self,
        )
        self.model.edited.connect(self._edited)
        self.view = table_view(self, self.model, "vetelevage.acts", stretch=1)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers)
        layout.addWidget(self.view, 1)
        self.result = QtWidgets.QLabel(self)
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_csv)
        self.save_button.clicked.connect(self.save)
        self.push_button.clicked.connect(self.push)
        self.dirty = False

    def refresh(self) -> None:
        if self.dirty:
            return
        self.model.set_rows([a.model_dump() for a in service.list_acts(self.ctx)])

    def _edited(self, row: int, column: int, value: Any) -> None:
        key = ("code", "libelle", "unite", "prix_ht", "tva")[column]
        self.model.rows[row][key] = str(value).strip()
        self.dirty = True

    def add(self) -> None:
        rows = [
            *self.model.rows,
            {"code": "", "libelle": "", "unite": "forfait", "prix_ht": "0", "tva": "20", "actif": True},
        ]
        self.model.set_rows(rows)
        self.view.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        self.view.edit(self.model.index(len(rows) - 1, 0))
        self.dirty = True

    def remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            rows = list(self.model.rows)
            del rows[index.row()]
            self.model.set_rows(rows)
            self.dirty = True

    def collect(self) -> list[service.Acte]:
        from app.integrations.vetelevage.csvio import parse_decimal

        acts = []
        for i, r in enumerate(self.model.rows, start=1):
            try:
                price = parse_decimal(str(r["prix_ht"]), line=i, field=self.tr("price"))
                tva = parse_decimal(str(r["tva"]), line=i, field=self.tr("VAT"))
                acts.append(
                    service.Acte(
                        code=r["code"],
                        libelle=r["libelle"] or r["code"],
                        unite=r["unite"],
                        prix_ht=price or Decimal(0),
                        tva=tva or Decimal(0),
                        actif=r.get("actif", True),
                    )
                )
            except service.InputError:
                raise
            except ValueError as exc:
                raise service.InputError(
                    self.tr("Line {n}: {why}").format(n=i, why=exc), field="code"
                ) from exc
        return acts

    def save(self) -> bool:
        try:
            service.replace_acts(self.ctx, self.collect())
        except service.InputError as exc:
            self.error_bar.show_error(exc, "vetelevage")
            return False
        self.dirty = False
        self.error_bar.show_message(self.tr("Acts saved."), level="info")
        self.changed.emit()
        self.refresh()
        return True

    def import_csv(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Acts"), "", "CSV (*.csv *.txt)")
        if not path:
            return
        try:
            acts = service.read_acts_csv(path)
        except service.InputError as exc:
            self.error_bar.show_error(exc, "vetelevage")
            return
        self.model.set_rows([a.model_dump() for a in acts])
        self.dirty = True

    def push(self) -> None:
        if self.dirty and not self.save():
            return
        self.push_button.setEnabled(False)

        async def work(_job: Any) -> service.PushResult:
            return await service.push_acts(self.ctx)

        def done(result: service.PushResult | None) -> None:
            self.push_button.setEnabled(True)
            if result is None:
                return
            before = result.before
            text = self.tr(
                "{n} acts sent. Before: {a} only on Vétélevage, {r} only here, {c} different."
            ).format(
                n=result.sent,
                a=", ".join(before.added) or "—",
                r=", ".join(before.removed) or "—",
                c=", ".join(before.changed) or "—",
            )
            text += " " + (
                self.tr("Vétélevage now has exactly this list.")
                if result.after.empty
                else self.tr("Vétélevage still differs: {d}").format(d=result.after.as_dict())
            )
            self.result.setText(text)

        def failed(exc: BaseException) -> None:
            self.push_button.setEnabled(True)
            self.error_bar.show_error(exc, "vetelevage", retry=self.push)

        run_job(
            self.ctx,
            self.tr("Sending acts to Vétélevage"),
            work,
            integration="vetelevage",
            on_done=done,
            on_error=failed,
        )


class ExportPanel(QtWidgets.QWidget):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        period = QtWidgets.QHBoxLayout()
        today = QtCore.QDate.currentDate()
        self.since = QtWidgets.QDateEdit(QtCore.QDate(today.year(), today.month(), 1), self)
        self.until = QtWidgets.QDateEdit(today, self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.refresh)
        period.addWidget(QtWidgets.QLabel(self.tr("Visits from"), self))
        period.addWidget(self.since)
        period.addWidget(QtWidgets.QLabel(self.tr("to"), self))
        period.addWidget(self.until)
        period.addStretch(1)
        layout.addLayout(period)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model: RowsModel[tuple[str, str, str]] = RowsModel(
            [
                Col(self.tr("Visit"), lambda r: r[0]),
                Col(self.tr("State"), lambda r: state_label(r[1]), colour=lambda r: STATE_COLOURS.get(r[1])),
                Col(self.tr("Why it waits"), lambda r: r[2]),
            ],
            self,
        )
        layout.addWidget(table_view(self, self.model, "vetelevage.reconciliation", stretch=2), 1)
        export = QtWidgets.QHBoxLayout()
        self.format = QtWidgets.QComboBox(self)
        self.format.addItem("CSV", "csv")
        self.format.addItem("JSON", "json")
        self.excel_fr = QtWidgets.QCheckBox(self.tr("French Excel (; and decimal comma)"), self)
        self.excel_fr.setChecked(True)
        self.export_button = QtWidgets.QPushButton(self.tr("Export new billing lines…"), self)
        export.addWidget(self.format)
        export.addWidget(self.excel_fr)
        export.addStretch(1)
        export.addWidget(self.export_button)
        layout.addLayout(export)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        since = self.since.date().toString(Qt.DateFormat.ISODate)
        until = self.until.date().toString(Qt.DateFormat.ISODate)

        async def load() -> None:
            r = await asyncio.to_thread(service.reconciliation, self.ctx, since, until)
            if not alive(self):
                return
            self.summary.setText(
                self.tr(
                    "<b>{imported}</b> visits imported, <b>{committed}</b> committed, <b>{exported}</b> exported; "
                    "billed {total} € excl. VAT. <b>{waiting}</b> still waiting:"
                ).format(
                    imported=r.imported,
                    committed=r.committed,
                    exported=r.exported,
                    total=money(r.billed_total),
                    waiting=sum(r.waiting.values()),
                )
            )
            self.model.set_rows(r.waiting_visits)

        asyncio.get_event_loop().create_task(load())

    def export(self) -> None:
        fmt = self.format.currentData()
        default = str(self.ctx.data_dir / "exports" / f"facturation-{dt.date.today():%Y%m%d}.{fmt}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export billing lines"), default, f"*.{fmt}"
        )
        if not path:
            return
        excel = self.excel_fr.isChecked() and fmt == "csv"

        async def work(_job: Any) -> service.ExportResult:
            return await self.ctx.db.run(service.export_new, self.ctx, Path(path), fmt, excel_fr=excel)

        def done(result: service.ExportResult | None) -> None:
            if result is not None:
                self.error_bar.show_message(
                    self.tr("{n} new billing line(s) exported to {path}.").format(
                        n=result.lines, path=result.path
                    ),
                    level="info",
                )
            self.refresh()

        run_job(
            self.ctx,
            self.tr("Exporting billing lines"),
            work,
            integration="vetelevage",
            on_done=done,
            on_error=lambda exc: self.error_bar.show_error(exc, "vetelevage"),
        )


class VetelevageTab(QtWidgets.QWidget):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QtWidgets.QVBoxLayout(self)
        bar = QtWidgets.QHBoxLayout()
        self.import_button = QtWidgets.QPushButton(self.tr("Import visits now"), self)
        self.import_button.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.dictionary_button = QtWidgets.QPushButton(self.tr("Refresh product dictionary"), self)
        self.link_button = QtWidgets.QPushButton(self.tr("Open my Vétélevage account"), self)
        self.status = QtWidgets.QLabel(self)
        bar.addWidget(self.import_button)
        bar.addWidget(self.dictionary_button)
        bar.addWidget(self.link_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.tabs = QtWidgets.QTabWidget(self)
        self.visits = VisitsPanel(ctx, self)
        self.unmapped = UnmappedPanel(ctx, self)
        self.catalogue = CataloguePanel(ctx, self)
        self.acts = ActsPanel(ctx, self)
        self.exports = ExportPanel(ctx, self)
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.unmapped, self.tr("Products to map"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.acts, self.tr("Acts"))
        self.tabs.addTab(self.exports, self.tr("Export and reconciliation"))
        layout.addWidget(self.tabs, 1)
        for panel in (self.visits, self.unmapped, self.catalogue, self.acts):
            panel.changed.connect(self.refresh)
        self.import_button.clicked.connect(self.import_now)
        self.dictionary_button.clicked.connect(self.refresh_dictionary)
        self.link_button.clicked.connect(self.open_account)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self._live = QtCore.QTimer(self, singleShot=True, interval=300)
        self._live.timeout.connect(self.refresh)
        self._bridge = _ChangeBridge(self)
        self._bridge.changed.connect(self._live.start)
        topics = ("vetelevage.visits", "vetelevage.mappings", "vetelevage.acts")
        notify = self._bridge.notify
        for topic in topics:
            ctx.changes.subscribe(topic, notify)
        changes = ctx.changes

        def unsubscribe(*_args: object) -> None:
            for topic in topics:
                changes.unsubscribe(topic, notify)

        self.destroyed.connect(unsubscribe)
        QtCore.QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        counts = service.counts_by_state(self.ctx)
        unmapped = counts.get(service.NEEDS_MAPPING, 0)
        self.tabs.setTabText(
            1,
            self.tr("Products to map") + (f" ({len(service.unmapped_queue(self.ctx))})" if unmapped else ""),
        )
        held = len(service.held_visits(self.ctx))
        parts = [
            self.tr("{n} to review").format(n=counts.get(service.NEW, 0)),
            self.tr("{n} need a mapping").format(n=unmapped),
            self.tr("{n} ready").format(n=counts.get(service.READY, 0)),
        ]
        if held:
            parts.append(self.tr("{n} unreadable, held").format(n=held))
        self.status.setText(" · ".join(parts))
        self.visits.refresh()
        self._refresh_current()

    def _refresh_current(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is not self.visits and hasattr(panel, "refresh"):
            panel.refresh()

    def import_now(self) -> None:
        self.import_button.setEnabled(False)

        async def work(job: Any) -> list[service.ImportResult]:
            job.progress(0, None, self.tr("fetching the batch"))
            return await service.import_visits(self.ctx)

        def done(results: list[service.ImportResult] | None) -> None:
            self.import_button.setEnabled(True)
            lines = [
                self.tr("{compte}: {new} new visit(s), {known} already known{held}.").format(
                    compte=r.compte,
                    new=r.new,
                    known=r.already_known,
                    held=self.tr(", {n} held for review").format(n=r.held) if r.held else "",
                )
                for r in results or []
            ]
            self.error_bar.show_message(" ".join(lines) or self.tr("Nothing to import."), level="info")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            self.error_bar.show_error(exc, "vetelevage", retry=self.import_now)

        run_job(
            self.ctx,
            self.tr("Importing Vétélevage visits"),
            work,
            integration="vetelevage",
            on_done=done,
            on_error=failed,
        )

    def refresh_dictionary(self) -> None:
        async def work(_job: Any) -> dict[str, int]:
            return await service.sync_dictionary(self.ctx)

        run_job(
            self.ctx,
            self.tr("Refreshing the product dictionary"),
            work,
            integration="vetelevage",
            on_done=lambda counts: self.error_bar.show_message(
                self.tr("Dictionary up to date ({n} products changed).").format(
                    n=(counts or {}).get("produits", 0)
                ),
                level="info",
            ),
            on_error=lambda exc: self.error_bar.show_error(exc, "vetelevage"),
        )

    @staticmethod
    def _open_url(url: str | None) -> None:
        if url:  # the SSO link is opened at once and never kept
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(url))

    def open_account(self) -> None:
        async def work(_job: Any) -> str:
            return await service.direct_link(self.ctx)

        run_job(
            self.ctx,
            self.tr("Opening Vétélevage"),
            work,
            integration="vetelevage",
            on_done=self._open_url,
            on_error=lambda exc: self.error_bar.show_error(exc, "vetelevage"),
        )


class _ChangeBridge(QtCore.QObject):
    """Change notices may arrive on the listener thread: hop to the GUI thread with a signal."""

    changed = QtCore.Signal()

    def notify(self, _topic: str, _key: str, _desk: str) -> None:
        self.changed.emit()
