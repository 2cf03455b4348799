"""The review of imported visits: the filtered list, the selected visit's detail and billing
lines, and the actions on it (commit, set aside, put back, map a product, correct)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.core.tr import retranslate
from app.integrations.vetelevage import evaluation, ledger, views
from app.ui import navigation
from app.ui.dates import DateEdit, local_date, months_before
from app.ui.empty_state import EmptyState
from app.ui.layouts import dialog_layout, refusals_line, toolbar
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.mapping_dialog import MappingDialog
from app.ui.vetelevage.widgets import (
    INTEGRATION,
    STATE_COLOURS,
    Panel,
    money,
    quantity,
    state_label,
    table_view,
)

if TYPE_CHECKING:
    from app.core.context import AppContext

T = TypeVar("T")

# The attention items about one visit ("Open" selects it here).
VISIT_KINDS = (evaluation.REVIEW, "changed_after_commit")

STATES = (
    evaluation.NEW,
    evaluation.NEEDS_MAPPING,
    evaluation.READY,
    evaluation.COMMITTED,
    evaluation.SET_ASIDE,
)


def _visits_and_accounts(
    ctx: AppContext, state: str | None, text: str, since: str, until: str, account: str | None
) -> tuple[list[views.VisitRow], list[str]]:
    """The list's rows and the accounts the account filter offers, read together."""
    return views.read_visits(ctx, state, text, since, until, account), views.visit_accounts(ctx)


class VisitsPanel(Panel):
    """The review: a filtered list of visits, the detail of the selected one, Commit / Set aside."""

    import_requested = QtCore.Signal()  # the empty list's button: the tab imports

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.box.addLayout(self._filters())
        holder, self.period_message = refusals_line(self, self.since, self.until)
        self.box.addWidget(holder)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        self.model: TableModel[views.VisitRow] = TableModel(
            [
                Column(self.tr("Date"), lambda r: local_date(r["visit_date"])),
                Column(self.tr("Visit"), lambda r: r["id"]),
                Column(self.tr("Breeder"), lambda r: r["breeder_name"], tooltip=lambda r: r["cheptel"]),
                Column(self.tr("Vet"), lambda r: r["vet_name"]),
                Column(
                    self.tr("State"),
                    lambda r: state_label(r["state"]),
                    colour=lambda r: STATE_COLOURS.get(r["state"]),
                    tooltip=lambda r: _reasons(r["warnings"]),
                ),
            ],
            self,
        )
        self.view = table_view(splitter, self.model, "vetelevage.visits", stretch=2)
        self.empty = EmptyState(self.view)
        splitter.addWidget(self.view)
        splitter.addWidget(self._detail(splitter))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 680])
        self.box.addWidget(splitter, 1)
        self.box.addWidget(self.error_bar)
        self.current: dict[str, Any] | None = None
        self.evaluation: evaluation.Evaluation | None = None
        self._debounce = QtCore.QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.state.currentIndexChanged.connect(self.refresh)
        self.account.currentIndexChanged.connect(self.refresh)
        self.since.changed.connect(self._debounce.start)
        self.until.changed.connect(self._debounce.start)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.commit_button.clicked.connect(self.commit_selected)
        self.aside_button.clicked.connect(self.set_aside_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.map_button.clicked.connect(self._map_line)
        self.change_button.clicked.connect(self.change_mapping)
        self.source_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable_change())
        self.correct_button.clicked.connect(self.correct_selected)
        self._show_detail(None)
        self._wanted: str | None = None  # a visit "Open" asked for: selected once the list holds it
        navigation.register(INTEGRATION, VISIT_KINDS, self)

    def _filters(self) -> QtWidgets.QHBoxLayout:
        filters = QtWidgets.QHBoxLayout()
        self.state = QtWidgets.QComboBox(self)
        self.state.addItem(self.tr("All states"), None)
        for key in STATES:
            self.state.addItem(state_label(key), key)
        self.account = QtWidgets.QComboBox(self)
        self.account.addItem(self.tr("All accounts"), None)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Breeder, vet, cheptel or visit id"))
        self.search.setClearButtonEnabled(True)
        self.since = DateEdit(self, months_before(2), show_message=False)  # said on the line below
        self.until = DateEdit(self, dt.date.today() + dt.timedelta(days=1), show_message=False)
        filters.addWidget(self.state)
        filters.addWidget(self.account)
        filters.addWidget(self.search, 2)
        filters.addWidget(QtWidgets.QLabel(self.tr("From"), self))
        filters.addWidget(self.since)
        filters.addWidget(QtWidgets.QLabel(self.tr("to"), self))
        filters.addWidget(self.until)
        return filters

    def _detail(self, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
        detail = QtWidgets.QWidget(parent)
        d = QtWidgets.QVBoxLayout(detail)
        self.title = QtWidgets.QLabel(detail)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        d.addWidget(self.title)
        self.warnings = QtWidgets.QLabel(detail)
        self.warnings.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # product names as sent
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b35c00;")
        d.addWidget(self.warnings)
        d.addWidget(QtWidgets.QLabel(self.tr("<b>Acts and products</b>"), detail))
        self.source_model: TableModel[views.SourceLine] = TableModel(
            [
                Column(self.tr("Type"), lambda r: self.tr("act") if r.kind == "acte" else self.tr("product")),
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Label"), lambda r: r.libelle),
                Column(self.tr("Qty"), lambda r: r.qty, align_right=True),
                Column(
                    self.tr("Clinic item"),
                    lambda r: r.clinic or self.tr("— not mapped —"),
                    colour=lambda r: None if r.clinic else "#c62828",
                ),
            ],
            detail,
        )
        self.source_view = table_view(detail, self.source_model, "vetelevage.visit_sources", stretch=2)
        self.source_view.doubleClicked.connect(self._map_line)
        d.addWidget(self.source_view, 1)
        d.addWidget(QtWidgets.QLabel(self.tr("<b>Billing lines (preview)</b>"), detail))
        self.lines_model: TableModel[evaluation.BillingLine] = TableModel(
            [
                Column(  # a word, never the stored code (acte | produit)
                    self.tr("Type"),
                    lambda line: self.tr("act") if line.line_type == "acte" else self.tr("product"),
                ),
                Column(self.tr("Clinic code"), lambda line: line.lgcv_code),
                Column(self.tr("Label"), lambda line: line.libelle),
                Column(self.tr("Qty"), lambda line: quantity(line.quantity), align_right=True),
                Column(self.tr("Unit price"), lambda line: money(line.unit_price), align_right=True),
                Column(self.tr("Amount"), lambda line: money(line.amount), align_right=True),
            ],
            detail,
        )
        self.lines_view = table_view(detail, self.lines_model, "vetelevage.visit_lines", stretch=2)
        d.addWidget(self.lines_view, 1)
        self.total = QtWidgets.QLabel(detail)
        d.addWidget(self.total)
        self.commit_button = QtWidgets.QPushButton(self.tr("Commit to billing"), detail)
        self.commit_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.commit_button.setToolTip(self.tr("Write the billing lines once (Ctrl+Enter)"))
        self.aside_button = QtWidgets.QPushButton(self.tr("Set aside…"), detail)
        self.restore_button = QtWidgets.QPushButton(self.tr("Put back"), detail)
        self.map_button = QtWidgets.QPushButton(self.tr("Map product…"), detail)
        self.change_button = QtWidgets.QPushButton(self.tr("Change mapping…"), detail)
        self.change_button.setToolTip(
            self.tr(
                "Bill the selected product as another clinic product: the lines that change are "
                "shown first; committed visits stay as billed."
            )
        )
        self.correct_button = QtWidgets.QPushButton(self.tr("Post a correction"), detail)
        self.correct_button.setToolTip(
            self.tr(
                "Bill the difference between what was committed and what the visit "
                "gives now (new mappings, prices): the first lines stay as they were."
            )
        )
        # Two rows (the lines, then the visit): on one the pane was too wide and cut the visits list.
        d.addLayout(toolbar([self.map_button, self.change_button, self.correct_button], []))
        d.addLayout(toolbar([self.aside_button, self.restore_button], [self.commit_button]))
        return detail

    @property
    def _actions(self) -> tuple[QtWidgets.QPushButton, ...]:
        return (
            self.commit_button,
            self.aside_button,
            self.restore_button,
            self.map_button,
            self.change_button,
            self.correct_button,
        )

    def refresh(self) -> None:
        """Read the list again with the current filters, keeping the selected visit selected."""
        state = self.state.currentData()
        account = self.account.currentData()
        text = self.search.text().strip()
        since_day, until_day = self.since.value(), self.until.value()
        if since_day is None or until_day is None:  # refused, its sentence beside it: no other period's list
            self.empty.set_text(self.tr("Correct the period above to see its visits."))
            self.model.set_rows([])
            self._show_detail(None)
            return
        since, until = since_day.isoformat(), until_day.isoformat()
        selected = self._wanted or (self.current["id"] if self.current else None)

        def show(found: tuple[list[views.VisitRow], list[str]]) -> None:
            rows, accounts = found
            self._fill_accounts(accounts)
            self.model.set_rows(rows)
            index = next((i for i, r in enumerate(rows) if r["id"] == selected), 0 if rows else -1)
            if index >= 0:
                self.view.selectRow(index)
                if selected is not None and selected == self._wanted and rows[index]["id"] == selected:
                    self._wanted = None
                    self.view.scrollTo(self.model.index(index, 0))
                    self.view.setFocus()
            else:
                self._show_detail(None)
            self._show_empty(rows)

        self.reader.load(
            "list", _visits_and_accounts, self.ctx, state, text, since, until, account, then=show
        )

    def _show_empty(self, rows: list[views.VisitRow]) -> None:
        if rows:
            return
        if self.search.text().strip() or self.state.currentIndex() > 0 or self.account.currentIndex() > 0:
            self.empty.set_text(
                self.tr("No visit matches these filters."), self.tr("Show every visit"), self.clear_filters
            )
        else:
            self.empty.set_text(
                self.tr("No visit in this period yet: import them from Vétélevage."),
                self.tr("Import visits now"),
                self.import_requested.emit,
            )

    def clear_filters(self) -> None:
        """Every state, every account, no text: the period stays."""
        for widget in (self.state, self.account, self.search):
            widget.blockSignals(True)
        self.state.setCurrentIndex(0)
        self.account.setCurrentIndex(0)
        self.search.clear()
        for widget in (self.state, self.account, self.search):
            widget.blockSignals(False)
        self.refresh()

    def open_item(self, kind: str, ref: str, act: bool = False) -> bool:
        """Select visit ``ref`` (an item of Needs attention), whatever the filters hid before: the
        state, account and text filters are cleared and the period widened to its date (``act``:
        nothing more, the review is the action)."""
        if kind not in VISIT_KINDS:
            return False
        self._wanted = ref
        self.reader.load("find", views.visit_view, self.ctx, ref, then=self._land)
        return True

    def _land(self, view: views.VisitView) -> None:
        day = dt.date.fromisoformat(str(view.visit["visit_date"])[:10])
        for widget in (self.state, self.account, self.search, self.since, self.until):
            widget.blockSignals(True)
        try:
            self.state.setCurrentIndex(0)
            self.account.setCurrentIndex(0)
            self.search.clear()
            since, until = self.since.value(), self.until.value()
            if since is None or since > day:
                self.since.set_value(day)
            if until is None or until <= day:
                self.until.set_value(day + dt.timedelta(days=1))
        finally:
            for widget in (self.state, self.account, self.search, self.since, self.until):
                widget.blockSignals(False)
        self._debounce.stop()
        self.refresh()

    def _fill_accounts(self, accounts: list[str]) -> None:
        known = {self.account.itemData(i) for i in range(self.account.count())}
        for account in accounts:
            if account not in known:
                self.account.addItem(account, account)
        self.account.setVisible(len(accounts) > 1 or self.account.currentIndex() > 0)

    def _show_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._show_detail(None)
            return
        visit_id = self.model.record(index.row())["id"]
        if self.current is None or self.current["id"] != visit_id:
            for b in self._actions:  # no action on the visit shown before until this one is read
                b.setEnabled(False)
        self.reader.load("detail", views.visit_view, self.ctx, visit_id, then=self._show_detail)

    def _show_detail(self, view: views.VisitView | None) -> None:
        for b in self._actions:
            b.setEnabled(False)
        if view is None:
            self.current, self.evaluation = None, None
            self.title.setText(self.tr("Select a visit to review it."))
            self.warnings.clear()
            self.source_model.set_rows([])
            self.lines_model.set_rows([])
            self.total.clear()
            return
        visit, ev = view.visit, view.evaluation
        self.current, self.evaluation = visit, ev
        self.title.setText(
            self.tr("<b>{id}</b> — {date} — {breeder} ({cheptel}) — {vet} — {species}").format(
                id=html.escape(str(visit["id"])),  # remote words inside rich text: escaped
                date=local_date(visit["visit_date"]),
                breeder=html.escape(str(visit["breeder_name"])),
                cheptel=html.escape(str(visit["cheptel"])),
                vet=html.escape(str(visit["vet_name"])),
                species=html.escape(str(visit["espece"])),
            )
            + (f"<br><i>{html.escape(view.comment)}</i>" if view.comment else "")
        )
        notes = [f"⚠ {_reasons(n)}" for n in ev.blocking + ev.warnings]
        if visit["state"] == evaluation.SET_ASIDE and visit.get("set_aside_reason"):
            notes.insert(0, self.tr("Set aside: {reason}").format(reason=visit["set_aside_reason"]))
        self.warnings.setText("\n".join(notes))
        self.source_model.set_rows(view.sources)
        self.lines_model.set_rows(view.lines)
        if view.committed:
            self.total.setText(
                self.tr("Committed on {when} by {who}: {total} € excl. VAT.").format(
                    when=view.committed_at.astimezone().strftime("%d/%m/%Y %H:%M")
                    if view.committed_at
                    else "",
                    who=view.committed_by,
                    total=money(view.total),
                )
            )
        else:
            self.total.setText(self.tr("Total: {total} € excl. VAT").format(total=money(view.total)))
        state = visit["state"]
        self.commit_button.setEnabled(
            state not in (evaluation.COMMITTED, evaluation.SET_ASIDE) and not ev.blocking
        )
        self.aside_button.setEnabled(state not in (evaluation.COMMITTED, evaluation.SET_ASIDE))
        self.restore_button.setEnabled(state == evaluation.SET_ASIDE)
        self.map_button.setEnabled(bool(ev.unmapped) and state != evaluation.COMMITTED)
        self.correct_button.setEnabled(state == evaluation.COMMITTED)
        self._enable_change()

    def _act(
        self,
        fn: Callable[..., T],
        *args: Any,
        then: Callable[[T], None] | None = None,
        refresh_on_error: bool = True,
    ) -> None:
        """Change the selected visit off the GUI thread (its actions off meanwhile), then show it again."""
        for b in self._actions:
            b.setEnabled(False)

        def done(result: T) -> None:
            if then is not None:
                then(result)
            self.after_change()

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            if refresh_on_error:
                self.after_change()
            else:
                self._show_selected()

        self.reader.run(fn, self.ctx, *args, then=done, on_error=failed)

    def commit_selected(self) -> None:
        """Write the selected visit's billing lines to the ledger (once)."""
        if self.current is not None:
            self._act(ledger.commit_visit, self.current["id"])

    def set_aside_selected(self) -> ReasonDialog | None:
        """Ask why (a reason is required), then keep the selected visit out of billing."""
        if self.current is None:
            return None
        visit_id = self.current["id"]
        dialog = ReasonDialog(visit_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(lambda reason: self._act(ledger.set_aside, visit_id, reason))
        dialog.open()
        return dialog

    def correct_selected(self) -> None:
        """Bill the difference between the committed lines and what the visit gives now."""
        if self.current is None:
            return

        def written(rows: list[dict[str, Any]]) -> None:
            self.error_bar.show_message(
                self.tr("%n correction line(s) written.", "", len(rows))
                if rows
                else self.tr("Nothing to correct: the billed lines match the visit."),
                level="info",
            )

        self._act(ledger.correct_visit, self.current["id"], then=written, refresh_on_error=False)

    def restore_selected(self) -> None:
        """Put a set-aside visit back in the review."""
        if self.current is not None:
            self._act(ledger.restore_visit, self.current["id"])

    def _map_line(self, *_args: Any) -> None:
        line = self._selected_product()
        if line is not None and line.clinic and self.sender() is self.source_view:
            self.change_mapping()  # a double click on a mapped product line: change its mapping
            return
        if self.current is None or self.evaluation is None or not self.evaluation.unmapped:
            return
        index = self.source_view.currentIndex()
        produit_id = self.evaluation.unmapped[0]
        libelle = ""
        if index.isValid():
            row = self.source_model.record(index.row())
            if row.code in self.evaluation.unmapped:
                produit_id, libelle = row.code, row.libelle
        dialog = MappingDialog(self.ctx, produit_id, libelle, visit_id=self.current["id"], parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mapped.connect(self.after_change)
        dialog.open()

    def _selected_product(self) -> views.SourceLine | None:
        index = self.source_view.currentIndex()
        if not index.isValid() or not self.source_model.rowCount():
            return None
        row = self.source_model.record(index.row())
        return row if row.kind == "produit" else None

    def _enable_change(self) -> None:
        line = self._selected_product()
        self.change_button.setEnabled(self.current is not None and line is not None and bool(line.clinic))

    def change_mapping(self) -> MappingDialog | None:
        """Change the clinic product the selected product line is billed as (every visit not
        committed yet, or this visit only), the lines that change previewed in the dialog."""
        line = self._selected_product()
        if self.current is None or line is None:
            return None
        committed = self.current["state"] == evaluation.COMMITTED
        dialog = MappingDialog(
            self.ctx, line.code, line.libelle, visit_id=None if committed else self.current["id"], parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mapped.connect(self.after_change)
        dialog.open()
        return dialog


class ReasonDialog(QtWidgets.QDialog):
    """Why a visit is set aside: the reason is required (Set aside stays off until one is typed)."""

    reason_given = QtCore.Signal(str)

    def __init__(self, visit_id: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        layout = dialog_layout(self, self.tr("Set the visit aside"))
        label = QtWidgets.QLabel(self.tr("Why is visit {id} not billed now?").format(id=visit_id), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.reason = QtWidgets.QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("A reason is required, e.g. breeder to call back"))
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint + 24)  # the whole hint readable, in every language
        layout.addWidget(self.reason)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set aside"))
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.reason_given.emit(reason)
            self.accept()


def _reasons(text: str) -> str:
    """What blocks or warns about a visit (stored in English) in the UI's language."""
    return retranslate(text, evaluation.REASONS, "vetelevage", QtCore.QCoreApplication.translate)
