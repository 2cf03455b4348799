"""New continuous-medication prescription: every field of the POST body, checked before sending,
filed once (a retry after a timeout looks it up first); shows the prescriptionCode and status."""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from app.core.qt import QtCore, QtWidgets
from app.integrations.totvs import service_saude
from app.integrations.totvs.models import UFS, PrescriptionForm
from app.ui.common import ErrorBar, alive, run_job
from app.ui.dates import DateEdit
from app.ui.models.table import Column, TableModel

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.jobs import Job, JobContext

NAME = "totvs_saude"


class EditableListModel(TableModel[list[str]]):
    """Rows of strings edited in place (medications: tableCode/medicationCode; attachments: href)."""

    def __init__(self, titles: list[str], parent: QtCore.QObject | None = None) -> None:
        super().__init__(
            [Column(title, itemgetter(i), editable=True) for i, title in enumerate(titles)], parent
        )
        self.edited.connect(self._store)

    def _store(self, row: int, column: int, value: Any) -> None:
        self.rows[row][column] = str(value).strip()

    def add(self, values: list[str]) -> None:
        """A new row at the end."""
        self.append_rows([list(values)])

    def remove(self, row: int) -> None:
        """Remove ``row`` (out of range: nothing)."""
        self.remove_row(row)


class PrescriptionDialog(QtWidgets.QDialog):
    submitted = QtCore.Signal(object)  # service_saude.Submission

    def __init__(
        self, ctx: AppContext, subscriber_id: str = "", parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job[Any] | None = None
        self.setWindowTitle(self.tr("New continuous-medication prescription"))
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        form = QtWidgets.QFormLayout()
        self.insurer_edit = QtWidgets.QLineEdit(ctx.settings.totvs_saude.health_insurer_code, self)
        self.subscriber_edit = QtWidgets.QLineEdit(subscriber_id, self)
        self.council_edit = QtWidgets.QLineEdit("CRM", self)
        self.council_number_edit = QtWidgets.QLineEdit(self)
        self.uf_combo = QtWidgets.QComboBox(self)
        self.uf_combo.addItems(list(UFS))
        self.uf_combo.setCurrentText("SP")
        self.professional_edit = QtWidgets.QLineEdit(self)
        self.date_edit = DateEdit(self, dt.date.today(), maximum=dt.date.today())
        form.addRow(self.tr("Health insurer code"), self.insurer_edit)
        form.addRow(self.tr("Subscriber id (matrícula)"), self.subscriber_edit)
        form.addRow(self.tr("Professional council"), self.council_edit)
        form.addRow(self.tr("Council number"), self.council_number_edit)
        form.addRow(self.tr("Council state (UF)"), self.uf_combo)
        form.addRow(self.tr("Professional name"), self.professional_edit)
        form.addRow(self.tr("Prescription date"), self.date_edit)
        layout.addLayout(form)

        self.medications = EditableListModel([self.tr("Table code"), self.tr("Medication code")], self)
        self.medications.add(["04", ""])
        self.attachments = EditableListModel([self.tr("Attachment link (https://…)")], self)
        self.attachments.add([""])
        for title, model in (
            (self.tr("Medications"), self.medications),
            (self.tr("Attachments"), self.attachments),
        ):
            box = QtWidgets.QGroupBox(title, self)
            box_layout = QtWidgets.QHBoxLayout(box)
            view = QtWidgets.QTableView(box)
            view.setModel(model)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
            view.setMaximumHeight(110)
            buttons = QtWidgets.QVBoxLayout()
            add = QtWidgets.QPushButton(self.tr("Add"), box)
            remove = QtWidgets.QPushButton(self.tr("Remove"), box)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            box_layout.addWidget(view, 1)
            box_layout.addLayout(buttons)
            empty = ["04", ""] if model is self.medications else [""]
            add.clicked.connect(lambda _c=False, m=model, e=empty: (m.add(list(e)), self.validate()))
            remove.clicked.connect(
                lambda _c=False, m=model, v=view: (m.remove(v.currentIndex().row()), self.validate())
            )
            model.edited.connect(lambda *_a: self.validate())
            layout.addWidget(box)

        self.problems_label = QtWidgets.QLabel(self)
        self.problems_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problems_label)
        self.result_label = QtWidgets.QLabel(self)
        self.result_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(
            self.tr("Send"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (
            self.insurer_edit,
            self.subscriber_edit,
            self.council_edit,
            self.council_number_edit,
            self.professional_edit,
        ):
            edit.textChanged.connect(self.validate)
        self.uf_combo.currentIndexChanged.connect(self.validate)
        self.date_edit.changed.connect(self.validate)
        self.validate()

    def form(self) -> PrescriptionForm:
        return PrescriptionForm.model_validate(
            {
                "healthInsurerCode": self.insurer_edit.text(),
                "subscriberId": self.subscriber_edit.text(),
                "professionalCouncil": self.council_edit.text().upper(),
                "professionalCouncilNumber": self.council_number_edit.text(),
                "stateAbbreviation": self.uf_combo.currentText(),
                "professionalName": self.professional_edit.text(),
                "prescriptionDate": day.isoformat() if (day := self.date_edit.value()) else "",
                "medications": [
                    {"tableCode": r[0], "medicationCode": r[1]} for r in self.medications.rows if any(r)
                ],
                "attachments": [{"href": r[0]} for r in self.attachments.rows if r[0]],
            }
        )

    def validate(self) -> dict[str, str]:
        problems = self.form().problems()
        self.problems_label.setText(
            "\n".join(f"{field}: {self.tr(text)}" for field, text in problems.items())
        )
        self.problems_label.setVisible(bool(problems))
        busy = self.job is not None and not self.job.finished
        self.send_button.setEnabled(not problems and not busy)
        return problems

    def send(self) -> None:
        if self.validate():
            return
        form = self.form()
        self.error_bar.hide()
        self.result_label.clear()

        async def work(_job: JobContext) -> service_saude.Submission:
            return await service_saude.submit(self.ctx, form)

        self.job = run_job(
            self.ctx,
            self.tr("Filing the prescription"),
            work,
            integration=NAME,
            on_done=self._done,
            on_error=self._failed,
            cancellable=False,
        )
        self.validate()

    def _done(self, result: service_saude.Submission | None) -> None:
        if not alive(self) or result is None:
            return
        self.validate()
        text = (
            self.tr("Prescription %1 — %2")
            .replace("%1", result.prescription_code)
            .replace("%2", result.status_label)
        )
        if result.already_filed:
            text += " " + self.tr("(it had already been filed: not sent again)")
        self.result_label.setText(text)
        self.submitted.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.validate()
        self.error_bar.show_error(exc, NAME, retry=self.send)
