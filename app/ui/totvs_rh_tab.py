"""The TOTVS RH tab: co-participation loads (full, incremental, since a date) with progress and
cancel; the stored rows filtered in SQL, their totals per employee and month, CSV/XLSX exports."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import InputError
from app.core.qt import QtCore, QtWidgets
from app.core.tr import in_language
from app.integrations.totvs import rh_export, rh_queries, service_rh
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES
from app.integrations.totvs.rh_queries import CopartQuery, EmployeeTotal
from app.ui.common import alive, error_bar_above, fit_columns, remember_header, run_job, settings_store
from app.ui.dates import DateEdit, MonthEdit
from app.ui.empty_state import EmptyState
from app.ui.layouts import MessageLine, add_widgets, kept_room, line_edit, main_and_side, no_margins
from app.ui.models.table import Column, TableModel
from app.ui.models.totvs_copart import CopartModel, brl, month_text
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.jobs import Job, JobContext

NAME = "totvs_rh"


class TotvsRhTab(QtWidgets.QWidget):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job[Any] | None = None
        self._totals_task: asyncio.Task[None] | None = None
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = error_bar_above(self, layout)

        # -- loads
        loads = QtWidgets.QHBoxLayout()
        self.full_button = QtWidgets.QPushButton(self.tr("Full load"), self)
        self.incremental_button = QtWidgets.QPushButton(self.tr("Load changes"), self)
        self.incremental_button.setToolTip(
            self.tr(
                "TOTVS selects rows by payment date (datemodified): asks for the rows paid since the "
                "overlap (one day by default) before the last successful load, in the TOTVS server's "
                "time; rows received again are kept once."
            )
        )
        self.since_edit = DateEdit(
            self, dt.date.today() - dt.timedelta(days=30), with_time=True, maximum=dt.date.today()
        )
        self.since_button = QtWidgets.QPushButton(self.tr("Re-sync since"), self)
        self.since_button.setToolTip(
            self.tr("Rows paid on or after this date and time, in the TOTVS server's time.")
        )
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QtWidgets.QProgressBar(self)  # one measure over every company/branch pair
        self.progress.setVisible(False)
        self.progress_label = QtWidgets.QLabel(self)
        add_widgets(
            loads,
            self.full_button,
            self.incremental_button,
            self.since_edit,
            self.since_button,
            self.cancel_button,
        )
        loads.addWidget(self.progress, 1)
        loads.addWidget(self.progress_label)
        layout.addLayout(loads)
        self.full_button.clicked.connect(lambda: self.start_load(service_rh.FULL))
        self.incremental_button.clicked.connect(lambda: self.start_load(service_rh.INCREMENTAL))
        self.since_button.clicked.connect(lambda: self.start_load(service_rh.SINCE))
        self.since_edit.changed.connect(lambda: self.since_button.setEnabled(self.since_edit.is_valid()))
        self.cancel_button.clicked.connect(self.cancel_load)

        # -- filters
        filters = QtWidgets.QHBoxLayout()
        self.employee_edit = line_edit(self, self.tr("Employee"), self.tr("Employee (code or name)"))
        self.dependent_edit = line_edit(self, self.tr("Dependent"), self.tr("Dependent (code or name)"))
        self.provider_edit = line_edit(self, self.tr("Provider"), self.tr("Provider (code or name)"))
        self.cnpj_edit = line_edit(self, self.tr("Provider CNPJ"), self.tr("Provider CNPJ"))
        self.service_combo = QtWidgets.QComboBox(self)
        self.service_combo.addItem(self.tr("Any service type"), "")
        for code, name in SERVICE_TYPES.items():
            self.service_combo.addItem(f"{code} - {name}", code)
        self.contract_combo = QtWidgets.QComboBox(self)
        self.contract_combo.addItem(self.tr("Any contract type"), "")
        for code, name in CONTRACT_TYPES.items():
            self.contract_combo.addItem(f"{code} - {name}", code)
        self.month_edit = MonthEdit(self, show_message=False)  # its refusal goes to filter_message
        self.month_edit.line.setToolTip(self.tr("Reference month"))
        self.export_button = QtWidgets.QPushButton(self.tr("Export…"), self)
        for widget in (
            self.employee_edit,
            self.dependent_edit,
            self.provider_edit,
            self.cnpj_edit,
            self.service_combo,
            self.contract_combo,
            self.month_edit,
            self.export_button,
        ):
            filters.addWidget(widget)
        for edit in (self.employee_edit, self.dependent_edit, self.provider_edit, self.cnpj_edit):
            filters.setStretchFactor(edit, 1)  # short hints in the box, the whole one on hover
        self.month_edit.setMaximumWidth(self.month_edit.sizeHint().width())  # room for the hints
        layout.addLayout(filters)
        self.filter_message = MessageLine(self)
        self.filter_message.setStyleSheet("color: #b00020;")
        self.filter_message.hide()
        layout.addWidget(kept_room(self.filter_message, self))  # a refusal never moves the table

        # -- table + totals
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.model = CopartModel(self)
        self.view = QtWidgets.QTableView(split)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        remember_header(self.view, "totvs_rh/copart")  # the column order; widths follow the content:
        self._fitted = False  # the first rows shown size the columns, whatever widths were saved
        side = QtWidgets.QWidget(split)
        side_layout = no_margins(QtWidgets.QVBoxLayout(side))
        self.total_label = QtWidgets.QLabel(side)
        side_layout.addWidget(self.total_label)
        # One line per employee: a registration is unique within its company/branch only.
        self.employee_totals: TableModel[EmployeeTotal] = TableModel(
            [
                Column(self.tr("Company"), key="company_id"),
                Column(self.tr("Branch"), key="branch"),
                Column(self.tr("Employee"), key="employee_code"),
                Column(self.tr("Name"), key="employee_name", tooltip=lambda r: r.employee_name),
                Column(self.tr("Total"), key="total", format=brl, align_right=True),
            ],
            self,
        )
        self.month_totals: TableModel[tuple[str, Decimal]] = TableModel(
            [
                Column(self.tr("Month"), lambda r: r[0], format=month_text),
                Column(self.tr("Total"), lambda r: r[1], format=brl, align_right=True),
            ],
            self,
        )
        self.totals_views: list[QtWidgets.QTableView] = []
        for model, key in ((self.employee_totals, "employees"), (self.month_totals, "months")):
            view = QtWidgets.QTableView(side)
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setSortingEnabled(False)
            remember_header(view, f"totvs_rh/totals_{key}")
            keep_headers_whole(view)
            side_layout.addWidget(view)
            self.totals_views.append(view)
        layout.addWidget(main_and_side(split, self.view, side), 1)
        self.count_label = QtWidgets.QLabel(self)
        layout.addWidget(self.count_label)
        self.model.total_changed.connect(self._show_count)
        self.model.loaded.connect(self._fit_once)
        self.model.failed.connect(self._rows_failed)
        self.empty = EmptyState(self.view)

        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filters)
        for edit in (
            self.employee_edit,
            self.dependent_edit,
            self.provider_edit,
            self.cnpj_edit,
        ):
            edit.textChanged.connect(self._debounce.start)
        self.month_edit.line.textChanged.connect(self._debounce.start)
        self.service_combo.currentIndexChanged.connect(self._debounce.start)
        self.contract_combo.currentIndexChanged.connect(self._debounce.start)
        self.export_button.clicked.connect(self.export)
        self.apply_filters()

    # -- filters -----------------------------------------------------------
    def current_filter(self) -> service_rh.CopartFilter:
        return service_rh.CopartFilter(
            employee=self.employee_edit.text(),
            dependent=self.dependent_edit.text(),
            provider=self.provider_edit.text(),
            cnpj=self.cnpj_edit.text(),
            service_type=str(self.service_combo.currentData() or ""),
            contract_type=str(self.contract_combo.currentData() or ""),
            month=self.month_edit.value(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        refused = [in_language(p, QtCore.QCoreApplication.translate) for p in f.problems().values()]
        if self.month_edit.problem():
            refused.insert(0, self.month_edit.problem())
        query: CopartQuery | None = None
        if not refused:
            try:
                query = CopartQuery(self.ctx, f)
            except InputError as exc:
                refused.append(str(exc))
        if query is None:
            # The table says the filter was refused: never the rows of an earlier filter under it.
            self.filter_message.setText(" ".join(refused))
            self.filter_message.show()
            self.model.clear()
            self.employee_totals.set_rows([])
            self.month_totals.set_rows([])
            self.total_label.clear()
            self.count_label.setText(self.tr("No row shown: correct the filter above."))
            self.empty.set_text(self.tr("Correct the filter above to see its rows."))
            return
        self.filter_message.hide()
        self.count_label.setText(self.tr("Reading the rows…"))
        self.model.set_query(query)
        self._refresh_totals(f)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%Ln row(s)", "", total))
        if total == 0:
            filtered = any(
                (
                    self.employee_edit.text(),
                    self.dependent_edit.text(),
                    self.provider_edit.text(),
                    self.cnpj_edit.text(),
                    self.service_combo.currentIndex() > 0,
                    self.contract_combo.currentIndex() > 0,
                    self.month_edit.line.text(),
                )
            )
            if filtered:
                self.empty.set_text(self.tr("No row matches the filter above."))
            else:
                self.empty.set_text(
                    self.tr("No co-participation stored yet: load it from TOTVS RH."),
                    self.tr("Full load"),
                    self.full_button.click,
                )

    def _rows_failed(self, exc: BaseException) -> None:
        """The sentence above; the count says what the table shows, never the last query's."""
        if not alive(self):
            return
        self.error_bar.show_error(exc, NAME, retry=self.apply_filters)
        shown = self.model.rowCount()
        self.count_label.setText(
            self.tr("%Ln row(s) shown; the rest could not be read.", "", shown)
            if shown
            else self.tr("No row shown: the rows could not be read.")
        )

    def _fit_once(self) -> None:
        """Columns sized to the first rows shown (a width dragged afterwards stays for the
        session); never a header narrower than its title."""
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.view, cap=320)
        keep_headers_whole(self.view)

    def _refresh_totals(self, f: service_rh.CopartFilter) -> None:
        async def load() -> None:
            got = await self.ctx.db.run(rh_queries.totals, self.ctx, f)
            if not alive(self):
                return
            self.employee_totals.set_rows(got.employees)
            self.month_totals.set_rows(got.months)
            self.total_label.setText(self.tr("Total co-participation: R$ %1").replace("%1", brl(got.overall)))
            for view in self.totals_views:
                fit_columns(view, cap=240)
                keep_headers_whole(view)

        # A newer filter cancels the older totals (their late answer is dropped); a failure is a sentence.
        self._totals_task = tasks_of(self, lambda exc: self.error_bar.show_error(exc, NAME)).start(
            load(), key="totals"
        )

    async def wait_idle(self) -> None:
        """Await the table page and the totals being loaded (tests)."""
        if self._debounce.isActive():
            self.apply_filters()
        await self.model.wait_idle()
        if self._totals_task is not None:
            await asyncio.gather(self._totals_task, return_exceptions=True)

    # -- loads -------------------------------------------------------------
    def start_load(self, mode: str) -> None:
        if self.job is not None and not self.job.finished:
            return
        since: dt.datetime | None = None
        if mode == service_rh.SINCE:
            since = self.since_edit.moment()
            if since is None:
                self.since_edit.line.setFocus()
                return
        self.error_bar.hide()

        async def work(job: JobContext) -> service_rh.LoadResult:
            return await service_rh.load(
                self.ctx, mode=mode, since=since, job=job, on_progress=self._pair_progress
            )

        self._set_loading(True)
        self.job = run_job(
            self.ctx,
            self.tr("Loading co-participation"),
            work,
            integration=NAME,
            on_done=self._load_done,
            on_error=self._load_failed,
            on_progress=self._load_progress,
        )
        self.job.subscribe(self._maybe_cancelled)

    def _maybe_cancelled(self, job: Job[Any]) -> None:
        from app.core.jobs import JobCancelled, JobState

        if job.state is JobState.CANCELLED:
            self._load_failed(JobCancelled())

    def refresh(self) -> None:
        """Shown again: re-read the stored rows (another desk or a scheduled load may have added some)."""
        self.apply_filters()

    def cancel_load(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _set_loading(self, loading: bool) -> None:
        if not alive(self):
            return
        for b in (self.full_button, self.incremental_button, self.since_button):
            b.setEnabled(not loading)
        self.cancel_button.setEnabled(loading)
        self.progress.setVisible(loading)
        self.progress.setRange(0, 0)
        if loading:
            self.progress_label.setText(self.tr("Asking TOTVS RH for the first page…"))

    def _load_progress(self, job: Job[Any]) -> None:
        if not alive(self):
            return
        progress = job.progress
        if progress.total:
            self.progress.setRange(0, int(progress.total))
            self.progress.setValue(int(progress.done))

    def _pair_progress(self, step: service_rh.LoadProgress) -> None:
        """The words under the one progress bar: which pair of how many, rows so far."""
        if not alive(self):
            return
        locale = QtCore.QLocale()
        self.progress.setRange(0, 1000)
        self.progress.setValue(round(step.fraction * 1000))
        self.progress_label.setText(
            self.tr("%1/%2 (%3 of %4): %5 rows received")
            .replace("%1", step.company)
            .replace("%2", step.branch)
            .replace("%3", locale.toString(step.pair))
            .replace("%4", locale.toString(step.pairs))
            .replace("%5", locale.toString(step.rows))
        )

    def _load_done(self, result: service_rh.LoadResult | None) -> None:
        self._set_loading(False)
        if not alive(self) or result is None:
            return
        locale = QtCore.QLocale()
        self.progress_label.setText(
            self.tr("Received %1 rows: %2 new or changed, %3 already stored.")
            .replace("%1", locale.toString(result.received))
            .replace("%2", locale.toString(result.stored))
            .replace("%3", locale.toString(result.duplicates))
        )
        self.apply_filters()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_loading(False)
        if not alive(self):
            return
        from app.core.jobs import JobCancelled

        if isinstance(exc, JobCancelled):
            self.progress_label.setText(
                self.tr("Cancelled: the pages loaded are kept; load again to resume.")
            )
        else:
            self.error_bar.show_error(exc, NAME, retry=lambda: self.start_load(service_rh.INCREMENTAL))
        self.apply_filters()

    # -- export ------------------------------------------------------------
    def export(self) -> QtWidgets.QFileDialog | None:
        """Ask where (XLSX first; in the exports folder, then the last folder used), then export."""
        f = self.current_filter()
        if f.problems() or self.month_edit.problem():
            self.apply_filters()
            return None
        filters = [self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, semicolon-separated (*.csv)")]
        dialog = QtWidgets.QFileDialog(self, self.tr("Export co-participation"), str(self.export_folder()))
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QtWidgets.QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(filters)
        dialog.selectNameFilter(filters[0])
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(suffix_of(chosen)))
        dialog.selectFile(f"coparticipacao-{dt.date.today():%Y%m%d}")
        dialog.fileSelected.connect(
            lambda name: self.export_to(with_suffix(Path(name), suffix_of(dialog.selectedNameFilter())), f)
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()  # never exec(): the loop goes on
        return dialog

    def export_folder(self) -> Path:
        """The folder the export dialog opens in: the last one used, else the exports folder."""
        last = settings_store().value(EXPORT_FOLDER_KEY)
        if isinstance(last, str) and last and Path(last).is_dir():
            return Path(last)
        folder = self.ctx.data_dir / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def export_to(self, path: Path, f: service_rh.CopartFilter) -> Job[Any]:
        """Export the filtered rows to ``path`` (its type by its extension), headings in the UI's language."""
        settings_store().setValue(EXPORT_FOLDER_KEY, str(path.parent))
        titles = {
            c.heading: QtCore.QCoreApplication.translate(rh_export.CONTEXT, c.heading)
            for c in rh_export.COLUMNS
        }

        async def work(_job: JobContext) -> int:
            return await self.ctx.db.run(
                rh_export.export, self.ctx, f, path, lambda _context, text: titles.get(text, text)
            )

        def done(count: int | None) -> None:
            if alive(self) and not count:
                self.error_bar.show_message(
                    self.tr("No row matches the filter: nothing to export, no file was written."),
                    level="info",
                )
            elif alive(self):
                self.error_bar.show_message(
                    self.tr("%1 rows exported to %2 in the folder %3.")
                    .replace("%1", QtCore.QLocale().toString(count or 0))
                    .replace("%2", path.name)
                    .replace("%3", str(path.parent)),
                    level="info",
                )

        self.export_job = run_job(
            self.ctx,
            self.tr("Exporting co-participation"),
            work,
            integration=NAME,
            on_done=done,
            on_error=self._export_failed,
        )
        return self.export_job

    def _export_failed(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, NAME)


def keep_headers_whole(view: QtWidgets.QTableView) -> None:
    """Widen any column narrower than its header's title (a restored or dragged width)."""
    header = view.horizontalHeader()
    model = view.model()
    for column in range(model.columnCount() if model is not None else 0):
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


EXPORT_FOLDER_KEY = "totvs_rh/export_folder"


def suffix_of(name_filter: str) -> str:
    """The extension a file-dialog filter stands for ("Excel workbook (*.xlsx)" → "xlsx")."""
    return "csv" if "*.csv" in name_filter else "xlsx"


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` with the chosen type's extension added when its name has none of ours."""
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(f"{path.name}.{suffix}")
