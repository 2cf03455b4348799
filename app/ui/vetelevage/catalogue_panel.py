"""The clinic catalogue: the products visits are billed as, and the mapping files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.jobs import JobContext
from app.core.qt import QtWidgets
from app.integrations.vetelevage import catalogue, mapping
from app.ui.empty_state import empty_state
from app.ui.layouts import toolbar
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.widgets import Panel, money, table_view

if TYPE_CHECKING:
    from app.core.context import AppContext

CSV_FILES = "CSV (*.csv *.txt)"


class CataloguePanel(Panel):
    """The clinic's products, with buttons to import the catalogue and import or export mappings."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        buttons: list[QtWidgets.QWidget] = []
        for text, slot in (
            (self.tr("Import catalogue (CSV)…"), self.import_catalogue),
            (self.tr("Import mappings…"), self.import_mappings),
            (self.tr("Export mappings…"), self.export_mappings),
        ):
            button = QtWidgets.QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.append(button)
        self.box.addLayout(toolbar(buttons))
        self.model: TableModel[dict[str, Any]] = TableModel(
            [
                Column(self.tr("Code"), lambda r: r["code"]),
                Column(self.tr("Clinic product"), lambda r: r["libelle"]),
                Column(self.tr("GTIN"), lambda r: r["gtin"] or ""),
                Column(self.tr("Price (excl. VAT)"), lambda r: money(r["prix_ht"]), align_right=True),
                Column(self.tr("Unit"), lambda r: r["unite"]),
            ],
            self,
        )
        self.view = table_view(self, self.model, "vetelevage.catalogue", stretch=1)
        empty_state(
            self.view,
            self.tr(
                "No clinic product yet: import the clinic catalogue (CSV) to map the Vétélevage products."
            ),
            self.tr("Import catalogue (CSV)…"),
            self.import_catalogue,
        )
        self.box.addWidget(self.view, 1)
        self.box.addWidget(self.error_bar)

    def refresh(self) -> None:
        """Read the catalogue again."""
        self.reader.load("catalogue", catalogue.catalogue, self.ctx, then=self.model.set_rows)

    def _run_file(self, title: str, fn: Callable[[AppContext, Path], int], path: str) -> None:
        async def work(_job: JobContext) -> int:
            return int(await self.ctx.db.run(fn, self.ctx, Path(path)))

        def done(n: int | None) -> None:
            self.error_bar.show_message(title.format(n=n), level="info")
            self.after_change()

        self.job(self.tr("Vétélevage files"), work, done)

    def _open(self, caption: str) -> str:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, caption, "", CSV_FILES)
        return path

    def import_catalogue(self) -> None:
        """Replace the clinic catalogue from a CSV file the user picks."""
        if path := self._open(self.tr("Clinic catalogue")):
            self._run_file(self.tr("{n} clinic products imported."), catalogue.import_catalogue_csv, path)

    def import_mappings(self) -> None:
        """Read product mappings from a CSV file the user picks."""
        if path := self._open(self.tr("Mappings")):
            self._run_file(self.tr("{n} mappings imported."), mapping.import_mappings_csv, path)

    def export_mappings(self) -> None:
        """Write every product mapping to a CSV file the user names."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Mappings"), "mappings.csv", "CSV (*.csv)"
        )
        if path:
            self._run_file(self.tr("{n} mappings exported."), mapping.export_mappings_csv, path)
