"""Export and reconciliation: what a period imported, committed and exported, what still
waits and why, and the export of the billing lines not exported yet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.jobs import JobContext
from app.core.qt import QtWidgets
from app.integrations.vetelevage import export, reconciliation
from app.ui.dates import DateEdit
from app.ui.empty_state import empty_state
from app.ui.layouts import refusals_line, toolbar
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.widgets import STATE_COLOURS, Panel, money, state_label, table_view

if TYPE_CHECKING:
    from app.core.context import AppContext


def current_month(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month of ``today`` (the export period's default)."""
    today = today or dt.date.today()
    first = today.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


class ExportPanel(Panel):
    """The period's reconciliation and the export of new billing lines (CSV or JSON)."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        first, last = current_month()
        self.since = DateEdit(self, first, show_message=False)  # the period: the current month, whole
        self.until = DateEdit(self, last, show_message=False)  # (a refusal: on the line below)
        for edit in (self.since, self.until):
            edit.changed.connect(self.refresh)
        from_label = QtWidgets.QLabel(self.tr("Visits from"), self)
        to_label = QtWidgets.QLabel(self.tr("to"), self)
        self.box.addLayout(toolbar([from_label, self.since, to_label, self.until]))
        holder, self.period_message = refusals_line(self, self.since, self.until)
        self.box.addWidget(holder)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setWordWrap(True)
        self.box.addWidget(self.summary)
        self.model: TableModel[tuple[str, str, str]] = TableModel(
            [
                Column(self.tr("Visit"), lambda r: r[0]),
                Column(
                    self.tr("State"), lambda r: state_label(r[1]), colour=lambda r: STATE_COLOURS.get(r[1])
                ),
                Column(self.tr("Why it waits"), lambda r: r[2]),
            ],
            self,
        )
        self.view = table_view(self, self.model, "vetelevage.reconciliation", stretch=2)
        empty_state(
            self.view, self.tr("Nothing waits in this period: every visit is committed or set aside.")
        )
        self.box.addWidget(self.view, 1)
        self.format = QtWidgets.QComboBox(self)
        self.format.addItem("CSV", "csv")
        self.format.addItem(self.tr("Excel (XLSX)"), "xlsx")
        self.format.addItem("JSON", "json")
        self.excel_fr = QtWidgets.QCheckBox(self.tr("French Excel (; and decimal comma)"), self)
        self.excel_fr.setChecked(True)
        self.export_button = QtWidgets.QPushButton(self.tr("Export new billing lines…"), self)
        self.box.addLayout(toolbar([self.format, self.excel_fr], [self.export_button]))
        self.box.addWidget(self.error_bar)
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        """Reconcile the chosen period again."""
        since_day, until_day = self.since.value(), self.until.value()
        if since_day is None or until_day is None:  # refused, its sentence beside it: no other period's count
            self.summary.setText(self.tr("Correct the period above to see its visits."))
            self.model.set_rows([])
            return
        since, until = since_day.isoformat(), until_day.isoformat()

        def show(r: reconciliation.Reconciliation) -> None:
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

        self.reader.load("reconciliation", reconciliation.reconciliation, self.ctx, since, until, then=show)

    def export(self) -> None:
        """Ask where, then write the billing lines not exported yet."""
        fmt = self.format.currentData()
        default = str(self.ctx.data_dir / "exports" / f"facturation-{dt.date.today():%Y%m%d}.{fmt}")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export billing lines"), default, f"*.{fmt}"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the billing lines not exported yet to ``path`` in the chosen format; with none,
        no file is written and the panel says so."""
        fmt = self.format.currentData()
        excel = self.excel_fr.isChecked() and fmt == "csv"

        async def work(_job: JobContext) -> export.ExportResult:
            return await self.ctx.db.run(export.export_new, self.ctx, path, fmt, excel_fr=excel)

        def done(result: export.ExportResult | None) -> None:
            if result is not None and result.export_id is None:
                self.error_bar.show_message(
                    self.tr(
                        "Nothing new to export: every committed billing line is already in an export. "
                        "No file was written."
                    ),
                    level="info",
                )
            elif result is not None:
                self.error_bar.show_message(
                    self.tr("%n new billing line(s) exported to {path}.", "", result.lines).format(
                        path=result.path
                    ),
                    level="info",
                )
            self.refresh()

        self.job(self.tr("Exporting billing lines"), work, done)
