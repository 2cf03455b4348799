"""The Mappings view: every Vétélevage product mapped to a clinic product (or left unmapped on
purpose), who changed it and when; search, change (the mapping dialog) and delete, each
change previewed — the lines it changes in every visit not committed yet — before it is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.qt import Qt, QtCore, QtGui, QtWidgets, open_dialog
from app.integrations.vetelevage import mapping_changes, views
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.line_changes import ChangesDialog
from app.ui.vetelevage.mapping_dialog import MappingDialog
from app.ui.vetelevage.widgets import Panel, table_view

if TYPE_CHECKING:
    from app.core.context import AppContext


def local_time(row: views.MappingRow) -> str:
    """When the mapping was changed last, in the desk's zone and the UI's short format."""
    if row.updated_at is None:
        return ""
    moment = QtCore.QDateTime.fromSecsSinceEpoch(int(row.updated_at.timestamp())).toLocalTime()
    return QtCore.QLocale().toString(moment, QtCore.QLocale.FormatType.ShortFormat)


class MappingsPanel(Panel):
    """Search, change and delete the product mappings; every change is previewed first."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bar = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a product, a code or a name"))
        self.search.setClearButtonEnabled(True)
        self.edit_button = QtWidgets.QPushButton(self.tr("Change…"), self)
        self.delete_button = QtWidgets.QPushButton(self.tr("Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Its visits not committed yet wait for a mapping again; committed visits stay as billed.")
        )
        bar.addWidget(self.search, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        self.box.addLayout(bar)
        self.model: TableModel[views.MappingRow] = TableModel(
            [
                Column(self.tr("Vétélevage product"), lambda r: r.libelle),
                Column(self.tr("Id"), lambda r: r.produit_id),
                Column(
                    self.tr("Clinic product"),
                    lambda r: self.tr("— left unmapped on purpose —") if r.on_purpose else r.clinic_libelle,
                    colour=lambda r: "#9e9e9e" if r.on_purpose else None,
                    tooltip=lambda r: r.note,
                ),
                Column(self.tr("Code"), lambda r: r.lgcv_code),
                Column(self.tr("Changed on"), local_time),
                Column(self.tr("By"), lambda r: r.updated_by),
            ],
            self,
        )
        self.view = table_view(self, self.model, "vetelevage.mappings", stretch=0)
        self.box.addWidget(self.view, 1)
        self.empty = QtWidgets.QLabel(self)
        self.empty.setWordWrap(True)
        self.box.addWidget(self.empty)
        self.box.addWidget(self.error_bar)
        self._rows: list[views.MappingRow] = []
        self.dialog: QtWidgets.QDialog | None = None
        self.search.textChanged.connect(lambda _t: self._show(self._rows))
        self.view.activated.connect(lambda *_: self.edit_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        shortcut = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete), self.view)
        shortcut.activated.connect(self.delete_selected)
        self._enable()

    def refresh(self) -> None:
        """Read the mappings again, keeping the search and the selected product."""

        def show(rows: list[views.MappingRow]) -> None:
            self._rows = rows
            self._show(rows)

        self.reader.load("mappings", views.mapping_rows, self.ctx, then=show)

    def _show(self, rows: list[views.MappingRow]) -> None:
        keep = self.selected()
        text = self.search.text().strip().lower()
        shown = [
            r
            for r in rows
            if not text
            or any(
                text in s.lower() for s in (r.produit_id, r.libelle, r.lgcv_code, r.clinic_libelle, r.note)
            )
        ]
        self.model.set_rows(shown)
        row = next((i for i, r in enumerate(shown) if keep and r.produit_id == keep.produit_id), 0)
        if shown:
            self.view.selectRow(row)
        if not rows:
            self.empty.setText(
                self.tr(
                    "No mapping yet: map products from Products to map, or import a mappings file (Catalogue)."
                )
            )
        elif not shown:
            self.empty.setText(self.tr("No mapping matches the search."))
        else:
            self.empty.clear()
        self._enable()

    def _enable(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is not None and row.on_purpose:
            self.edit_button.setText(self.tr("Map…"))
            self.delete_button.setText(self.tr("Remind me again"))
        else:
            self.edit_button.setText(self.tr("Change…"))
            self.delete_button.setText(self.tr("Delete…"))

    def selected(self) -> views.MappingRow | None:
        """The highlighted mapping, if any."""
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() and self.model.rowCount() else None

    def edit_selected(self) -> MappingDialog | None:
        """Open the mapping dialog on the selected product: it previews the lines that change."""
        row = self.selected()
        if row is None:
            return None
        dialog = MappingDialog(self.ctx, row.produit_id, row.libelle, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mapped.connect(self.after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Preview the lines the removal changes, ask, then remove the mapping (or the decision)."""
        row = self.selected()
        if row is None:
            return
        if row.on_purpose:
            self.reader.run(
                mapping_changes.undo_leave_unmapped, self.ctx, row.produit_id, then=self.after_change
            )
            return
        self.reader.load(
            "delete-preview",
            mapping_changes.preview_change,
            self.ctx,
            row.produit_id,
            None,
            then=lambda changes: self._confirm_delete(row, changes),
        )

    def _confirm_delete(self, row: views.MappingRow, changes: list[mapping_changes.LineChange]) -> None:
        dialog = ChangesDialog(
            self.tr("Delete a mapping"),
            self.tr("Delete the mapping of {product} ({id}) to {code}?").format(
                product=row.libelle or row.produit_id, id=row.produit_id, code=row.lgcv_code
            ),
            changes,
            self.tr("Delete"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        async def ask() -> None:
            if await open_dialog(dialog) == QtWidgets.QDialog.DialogCode.Accepted:
                self.reader.run(
                    _delete, self.ctx, row.produit_id, row.version, then=lambda _changes: self.after_change()
                )

        self.reader.tasks.start(ask(), key="confirm-delete")  # a task of the panel: cancelled with it


def _delete(ctx: AppContext, produit_id: str, version: int) -> list[mapping_changes.LineChange]:
    """Remove the mapping the person saw (refused if another desk changed it meanwhile)."""
    return mapping_changes.delete_mapping(ctx, produit_id, expected_version=version)
