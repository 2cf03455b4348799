"""The products to map: every Vétélevage product seen in waiting visits without a clinic
product, with the waiting visits and their quantities (those left unmapped on purpose last)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.vetelevage import mapping
from app.ui import navigation
from app.ui.empty_state import empty_state
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.mapping_dialog import MappingDialog
from app.ui.vetelevage.widgets import INTEGRATION, Panel, quantity, table_view

if TYPE_CHECKING:
    from app.core.context import AppContext


class UnmappedPanel(Panel):
    """Every product seen in visits without a clinic product, with how many visits wait on it."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        hint = QtWidgets.QLabel(
            self.tr(
                "Map each product once: every waiting visit gets its billing line at once. "
                "Select a product and press Enter. Quantities count waiting visits only."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.box.addWidget(hint)
        self.model: TableModel[mapping.UnmappedProduct] = TableModel(
            [
                Column(self.tr("Vétélevage product"), lambda u: u.libelle),
                Column(self.tr("Id"), lambda u: u.produit_id),
                Column(self.tr("GTIN"), lambda u: u.gtin or self.tr("none (clinic-specific)")),
                Column(self.tr("Waiting visits"), lambda u: u.visits, align_right=True),
                Column(self.tr("Quantity"), lambda u: quantity(u.quantity), align_right=True),
                Column(
                    self.tr("Decision"),
                    lambda u: (
                        (
                            self.tr("left unmapped on purpose: {note}").format(note=u.note)
                            if u.note
                            else self.tr("left unmapped on purpose")
                        )
                        if u.on_purpose
                        else ""
                    ),
                    colour=lambda u: "#9e9e9e" if u.on_purpose else None,
                ),
            ],
            self,
        )
        self.view = table_view(self, self.model, "vetelevage.unmapped", stretch=0)
        self.view.activated.connect(self.open_mapping)
        self.box.addWidget(self.view, 1)
        self.box.addWidget(self.error_bar)
        empty_state(self.view, self.tr("No product to map: every waiting visit has its clinic products."))
        self.dialog: MappingDialog | None = None
        self._wanted: tuple[str, bool] | None = None  # a product "Open" asked for, and whether to map it
        navigation.register(INTEGRATION, ("unmapped_product",), self)

    def refresh(self) -> None:
        """Read the queue again and select its first product (or the one "Open" asked for)."""

        def show(rows: list[mapping.UnmappedProduct]) -> None:
            current = self.view.currentIndex()
            kept = self.model.record(current.row()).produit_id if current.isValid() else None
            wanted = self._wanted
            self.model.set_rows(rows)
            target = wanted[0] if wanted else kept
            index = next((i for i, r in enumerate(rows) if r.produit_id == target), 0 if rows else -1)
            if index >= 0:
                self.view.selectRow(index)
            if wanted is not None and index >= 0 and rows[index].produit_id == wanted[0]:
                self._wanted = None
                self.view.scrollTo(self.model.index(index, 0))
                self.view.setFocus()
                if wanted[1]:
                    self.open_mapping(self.model.index(index, 0))

        self.reader.load("queue", mapping.unmapped_queue, self.ctx, then=show)

    def open_item(self, kind: str, ref: str, act: bool = False) -> bool:
        """Select product ``ref`` (with ``act``: open its mapping dialog)."""
        if kind != "unmapped_product":
            return False
        self._wanted = (ref, act)
        self.refresh()
        return True

    def open_mapping(self, index: QtCore.QModelIndex | None = None) -> MappingDialog | None:
        """Open the mapping dialog on the activated (or selected) product."""
        index = index if index is not None and index.isValid() else self.view.currentIndex()
        if not index.isValid():
            return None
        product = self.model.record(index.row())
        self.dialog = MappingDialog(self.ctx, product.produit_id, product.libelle, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.mapped.connect(self.after_change)
        self.dialog.open()
        return self.dialog
