"""The TOTVS Saúde Planos tab: a subscriber's continuous-medication prescriptions (filters,
server-side order, more pages on scroll), the refunds of the selected one, a new prescription."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from app.core.qt import QtCore, QtGui, QtWidgets
from app.integrations.totvs import service_saude
from app.integrations.totvs.client_saude import ListPage, PrescriptionQuery
from app.integrations.totvs.models import (
    EXPIRATION_EXPIRED,
    EXPIRATION_VALID,
    PRESCRIPTION_STATUS,
    PrescriptionItem,
    Refund,
    status_list,
)
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER
from app.ui.common import alive, error_bar_above, fit_columns, remember_header
from app.ui.empty_state import empty_state
from app.ui.layouts import line_edit, main_and_side
from app.ui.models.table import Column, TableModel
from app.ui.models.totvs_copart import date_text
from app.ui.models.totvs_prescriptions import PrescriptionModel

if TYPE_CHECKING:
    from app.core.context import AppContext

NAME = "totvs_saude"


class StatusPicker(QtWidgets.QToolButton):
    """Multi-select of the seed's prescription statuses; ``value()`` is the query's "0,1,2"."""

    changed = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QtWidgets.QMenu(self)
        self.actions_: dict[str, QtGui.QAction] = {}
        for code, name in PRESCRIPTION_STATUS.items():
            action = self.menu_.addAction(f"{code} - {name}")
            action.setCheckable(True)
            action.toggled.connect(self._update)
            self.actions_[code] = action
        self.setMenu(self.menu_)
        self._update()

    def set_codes(self, codes: list[str]) -> None:
        for code, action in self.actions_.items():
            action.blockSignals(True)
            action.setChecked(code in codes)
            action.blockSignals(False)
        self._update()

    def codes(self) -> list[str]:
        return [c for c, a in self.actions_.items() if a.isChecked()]

    def value(self) -> str:
        return status_list(self.codes())

    def _update(self, *_args: Any) -> None:
        codes = self.codes()
        self.setText(
            self.tr("Status: %1").replace("%1", ", ".join(codes)) if codes else self.tr("Status: any")
        )
        # Room for the text and the menu arrow, whatever the language.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.text()) + 36)
        self.changed.emit()


LAST_SUBSCRIBER = "totvs_saude.last_subscriber"


class TotvsSaudeTab(QtWidgets.QWidget):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._restoring: asyncio.Task[None] | None = None
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = error_bar_above(self, layout)

        bar = QtWidgets.QHBoxLayout()
        self.subscriber_edit = QtWidgets.QLineEdit(self)
        self.subscriber_edit.setPlaceholderText(
            self.tr("Subscriber id, e.g. %1").replace("%1", DEMO_SUBSCRIBER)
        )
        self.status_picker = StatusPicker(self)
        self.medication_edit = line_edit(self, self.tr("Medication code"))
        self.expiration_combo = QtWidgets.QComboBox(self)
        self.expiration_combo.addItem(self.tr("Valid and expired"), "")
        self.expiration_combo.addItem(self.tr("Valid"), EXPIRATION_VALID)
        self.expiration_combo.addItem(self.tr("Expired"), EXPIRATION_EXPIRED)
        self.search_button = QtWidgets.QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.new_button = QtWidgets.QPushButton(self.tr("New prescription…"), self)
        bar.addWidget(QtWidgets.QLabel(self.tr("Subscriber"), self))
        bar.addWidget(self.subscriber_edit, 2)
        bar.addWidget(self.status_picker)
        bar.addWidget(self.medication_edit, 1)
        bar.addWidget(self.expiration_combo)
        bar.addWidget(self.search_button)
        bar.addStretch(0)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.model = PrescriptionModel(self)
        self.view = QtWidgets.QTableView(split)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, QtCore.Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        remember_header(self.view, "totvs_saude/prescriptions")
        self.refunds_model: TableModel[Refund] = TableModel(
            [
                Column(self.tr("Protocol"), key="protocol"),
                Column(self.tr("Medication"), key="medication_code"),
                Column(self.tr("Status"), key="status_label"),
                Column(self.tr("Requested"), key="request_date", format=date_text),
                Column(self.tr("Quantity"), key="quantity_requested", align_right=True),
                Column(self.tr("Repaid"), key="repayment_date", format=date_text),
            ],
            self,
        )
        refunds_box = QtWidgets.QGroupBox(self.tr("Refunds of the selected prescription"), split)
        refunds_layout = QtWidgets.QVBoxLayout(refunds_box)
        self.refunds_view = QtWidgets.QTableView(refunds_box)
        self.refunds_view.setModel(self.refunds_model)
        self.refunds_view.verticalHeader().setVisible(False)
        remember_header(self.refunds_view, "totvs_saude/refunds")
        self.refunds_view.resizeColumnsToContents()  # headers whole before any refund is loaded
        self.refunds_model.modelReset.connect(lambda: fit_columns(self.refunds_view) if alive(self) else None)
        refunds_layout.addWidget(self.refunds_view)
        self.refunds_empty = empty_state(
            self.refunds_view, self.tr("Select a prescription to see its refunds.")
        )
        layout.addWidget(main_and_side(split, self.view, refunds_box), 1)
        self.empty = empty_state(
            self.view, self.tr("Type the subscriber id (matrícula) above, then press Search.")
        )
        self.status_label = QtWidgets.QLabel(self)
        self.status_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)

        self.search_button.clicked.connect(self.search)
        self.subscriber_edit.returnPressed.connect(self.search)
        self.medication_edit.returnPressed.connect(self.search)
        self.new_button.clicked.connect(self.new_prescription)
        self.model.failed.connect(self._search_failed)
        self.refunds_model.failed.connect(self._refunds_failed)
        self.model.total_changed.connect(self._show_remaining)
        self.model.loading_changed.connect(self._loading_changed)
        self.view.selectionModel().currentRowChanged.connect(self._selected)

    # -- list ---------------------------------------------------------------
    def query(self) -> PrescriptionQuery:
        return PrescriptionQuery(
            subscriber_id=self.subscriber_edit.text().strip(),
            statuses=self.status_picker.value(),
            medication_code=self.medication_edit.text().strip(),
            expiration=str(self.expiration_combo.currentData() or ""),
        )

    def search(self) -> None:
        query = self.query()
        if not query.subscriber_id:
            self.error_bar.show_message(self.tr("Type the subscriber id (matrícula) first."), level="info")
            self.subscriber_edit.setFocus()
            return
        self.error_bar.hide()
        self.refunds_model.set_rows([])
        self.status_label.setText(self.tr("Searching…"))  # never the count of the search before
        self.empty.set_text(
            self.tr("No prescription for this subscriber with these filters."),
            self.tr("New prescription…"),
            self.new_prescription,
        )

        async def loader(page: int, order: str) -> ListPage[PrescriptionItem]:
            query.order = order
            if page == 1:  # remembered for the next start, off the GUI thread
                await self.ctx.db.run(self.ctx.db.set_state, LAST_SUBSCRIBER, query.subscriber_id)
            return await service_saude.list_page(self.ctx, query, page=page, page_size=50)

        self.model.set_loader(loader)

    def refresh(self) -> None:
        """First time shown: the last subscriber searched (a clerk usually goes on with them)."""
        if self.model.rowCount() or self.subscriber_edit.text().strip():
            return
        if self._restoring is not None and not self._restoring.done():
            return

        async def restore() -> None:
            last = await self.ctx.db.run(self.ctx.db.get_state, LAST_SUBSCRIBER)
            if last and alive(self) and not self.subscriber_edit.text().strip():
                self.subscriber_edit.setText(last)
                self.search()

        self._restoring = asyncio.get_event_loop().create_task(restore())

    def _loading_changed(self, busy: bool) -> None:
        if not alive(self):
            return
        self.search_button.setEnabled(not busy)
        if not busy and 0 < self.model.rowCount() <= 50:  # the first page: size the columns once
            fit_columns(self.view)

    def _search_failed(self, exc: BaseException) -> None:
        """The sentence above; the rows shown so far stay, and the count says what is shown."""
        if not alive(self):
            return
        self.error_bar.show_error(exc, NAME, retry=self.search)
        shown = self.model.rowCount()
        self.status_label.setText(
            self.tr("%n shown; the rest could not be read.", "", shown)
            if shown
            else self.tr("No prescription shown: the search failed.")
        )
        if not shown:
            self.empty.set_text(self.tr("The search failed: see the message above."))

    def _show_remaining(self, total: int) -> None:
        if alive(self):
            shown = self.model.rowCount()
            self.status_label.setText(
                self.tr("%1 shown, %2 more on scroll.")
                .replace("%1", str(shown))
                .replace("%2", str(max(0, total - shown)))
            )

    # -- refunds ------------------------------------------------------------
    def _selected(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if not current.isValid():
            return
        item: PrescriptionItem = self.model.rows[current.row()]
        self.load_refunds(item.prescription_code, item.medication_code)

    def load_refunds(self, prescription_code: str, medication_code: str = "") -> None:
        """Show the refunds of a prescription (a newer request replaces one still on its way)."""
        self.refunds_empty.set_text(self.tr("No refund for this prescription yet."))
        self.refunds_model.load_async(
            service_saude.refunds(self.ctx, prescription_code, medication_code=medication_code)
        )

    async def wait_idle(self) -> None:
        """Await the last subscriber being read back, the list page and the refunds (tests)."""
        if self._restoring is not None:
            await asyncio.gather(self._restoring, return_exceptions=True)
        await self.model.wait_idle()
        await self.refunds_model.wait_loaded()

    def _refunds_failed(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, NAME)

    # -- new prescription ---------------------------------------------------
    def new_prescription(self) -> QtWidgets.QDialog:
        from app.ui.dialogs.totvs_prescription_dialog import PrescriptionDialog

        dialog = PrescriptionDialog(self.ctx, self.subscriber_edit.text().strip(), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda _r: self.search() if self.subscriber_edit.text().strip() else None)
        dialog.open()
        return dialog
