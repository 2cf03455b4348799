"""New continuous-medication prescription: every field of the POST body, each problem said beside
its field with the field's label (all of them at once when Send is pressed), filed once (a retry
after a timeout looks it up first); shows the prescriptionCode and status. Tab goes through every
field to Send; Esc on a filled form asks before discarding it."""

from __future__ import annotations

import datetime as dt
import itertools
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from app.core.qt import QtCore, QtWidgets
from app.integrations.totvs import service_saude
from app.integrations.totvs.models import FIELD_LABELS, FORM_CONTEXT, UFS, FormIssue, PrescriptionForm
from app.ui.common import alive, error_bar_above, run_job
from app.ui.dates import DateEdit
from app.ui.layouts import dialog_layout, no_margins
from app.ui.models.table import Column, TableModel

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.jobs import Job, JobContext

NAME = "totvs_saude"
RED = "color: #b00020;"


def _translate(context: str, text: str) -> str:
    return QtCore.QCoreApplication.translate(context, text)


def field_label(path: str) -> str:
    """A field's label in the UI's language ("Número do conselho")."""
    return _translate(FORM_CONTEXT, FIELD_LABELS[path])


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


def _message_label(parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(parent)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # the typed value may appear in it
    label.setWordWrap(True)
    label.setStyleSheet(RED)
    label.hide()
    return label


class PrescriptionDialog(QtWidgets.QDialog):
    """The form of a new prescription, checked as it is typed, sent once."""

    submitted = QtCore.Signal(object)  # service_saude.Submission

    def __init__(
        self, ctx: AppContext, subscriber_id: str = "", parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job[Any] | None = None
        self.confirm_box: QtWidgets.QMessageBox | None = None
        self._discarding = False
        self._touched: set[str] = set()  # fields edited: their problems are shown as typed
        self._show_all = False  # after a Send: every problem is shown
        layout = dialog_layout(self, self.tr("New continuous-medication prescription"))
        self.error_bar = error_bar_above(self, layout)
        form = QtWidgets.QFormLayout()
        self.insurer_edit = QtWidgets.QLineEdit(ctx.settings.totvs_saude.health_insurer_code, self)
        self.subscriber_edit = QtWidgets.QLineEdit(subscriber_id, self)
        self.council_edit = QtWidgets.QLineEdit("CRM", self)
        self.council_number_edit = QtWidgets.QLineEdit(self)
        self.council_number_edit.setPlaceholderText("334456")
        self.council_number_edit.setMaxLength(20)
        self.uf_combo = QtWidgets.QComboBox(self)
        self.uf_combo.addItems(list(UFS))
        self.uf_combo.setCurrentText("SP")
        self.professional_edit = QtWidgets.QLineEdit(self)
        self.date_edit = DateEdit(self, dt.date.today(), maximum=dt.date.today())
        self.edits: dict[str, QtWidgets.QWidget] = {
            "healthInsurerCode": self.insurer_edit,
            "subscriberId": self.subscriber_edit,
            "professionalCouncil": self.council_edit,
            "professionalCouncilNumber": self.council_number_edit,
            "stateAbbreviation": self.uf_combo,
            "professionalName": self.professional_edit,
            "prescriptionDate": self.date_edit,
        }
        self.messages: dict[str, QtWidgets.QLabel] = {}
        for path, widget in self.edits.items():
            if path == "prescriptionDate":  # the date input says its own refusals beside it
                form.addRow(field_label(path), widget)
                continue
            cell = QtWidgets.QWidget(self)
            box = no_margins(QtWidgets.QVBoxLayout(cell))
            box.setSpacing(2)
            box.addWidget(widget)
            self.messages[path] = _message_label(cell)
            box.addWidget(self.messages[path])
            form.addRow(field_label(path), cell)
        layout.addLayout(form)

        self.medications = EditableListModel([self.tr("Table code"), self.tr("Medication code")], self)
        self.medications.add(["04", ""])
        self.attachments = EditableListModel([self.tr("Attachment link (https://…)")], self)
        self.attachments.add([""])
        self.list_views: dict[str, QtWidgets.QTableView] = {}
        self.list_buttons: dict[str, tuple[QtWidgets.QPushButton, QtWidgets.QPushButton]] = {}
        for path, model in (("medications", self.medications), ("attachments", self.attachments)):
            group = QtWidgets.QGroupBox(field_label(path), self)
            outer = QtWidgets.QVBoxLayout(group)
            row = QtWidgets.QHBoxLayout()
            view = QtWidgets.QTableView(group)
            view.setModel(model)
            view.resizeColumnsToContents()  # every column title whole ("Código da tabela")
            view.setMinimumWidth(view.horizontalHeader().length() + 2 * view.frameWidth() + 2)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setVisible(False)
            view.setMaximumHeight(110)
            view.setTabKeyNavigation(False)  # Tab leaves the table for the next field
            view.setEditTriggers(
                QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
                | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
                | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
                | QtWidgets.QAbstractItemView.EditTrigger.SelectedClicked
            )
            buttons = QtWidgets.QVBoxLayout()
            add = QtWidgets.QPushButton(self.tr("Add"), group)
            remove = QtWidgets.QPushButton(self.tr("Remove"), group)
            for b in (add, remove):
                b.setAutoDefault(False)  # Enter in a field never adds or removes a row
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            row.addWidget(view, 1)
            row.addLayout(buttons)
            outer.addLayout(row)
            self.messages[path] = _message_label(group)
            outer.addWidget(self.messages[path])
            empty = ["04", ""] if model is self.medications else [""]
            add.clicked.connect(lambda _c=False, m=model, e=empty: (m.add(list(e)), self.validate()))
            remove.clicked.connect(
                lambda _c=False, m=model, v=view: (m.remove(v.currentIndex().row()), self.validate())
            )
            model.edited.connect(lambda *_a, p=path: self._touch(p))
            self.list_views[path] = view
            self.list_buttons[path] = (add, remove)
            layout.addWidget(group)

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
        for path, widget in self.edits.items():
            if isinstance(widget, QtWidgets.QLineEdit):
                widget.textChanged.connect(lambda _t, p=path: self._touch(p))
        self.uf_combo.currentIndexChanged.connect(lambda _i: self._touch("stateAbbreviation"))
        self.date_edit.changed.connect(self.validate)
        self._set_tab_order()
        self._pristine = self._snapshot()
        self.validate()

    def _set_tab_order(self) -> None:
        """Field after field, as read, then the lists and their buttons, then Send and Close."""
        chain: list[QtWidgets.QWidget] = [
            self.insurer_edit,
            self.subscriber_edit,
            self.council_edit,
            self.council_number_edit,
            self.uf_combo,
            self.professional_edit,
            self.date_edit.line,
        ]
        for path in ("medications", "attachments"):
            chain.append(self.list_views[path])
            chain.extend(self.list_buttons[path])
        chain += [self.send_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    # -- the form ----------------------------------------------------------
    def form(self) -> PrescriptionForm:
        """The form as typed (never refused: its problems come from ``issues``)."""
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

    def issues(self) -> list[FormIssue]:
        """Every problem of the form (the date's as its input says it)."""
        found = self.form().issues()
        if self.date_edit.problem():
            found = [i for i in found if i.path != "prescriptionDate"]
        return found

    def _touch(self, path: str) -> None:
        self._touched.add(path)
        self.validate()

    def validate(self) -> list[FormIssue]:
        """Show each problem beside its field (fields edited so far; every field after a Send)."""
        issues = self.issues()
        by_field: dict[str, list[str]] = {path: [] for path in self.messages}
        for issue in issues:
            top = issue.path.split("[", 1)[0]
            if top not in by_field or not (self._show_all or top in self._touched):
                continue
            if "[" in issue.path:  # a row of a list: say which row and which column
                by_field[top].append(issue.text(_translate))
            else:
                by_field[top].append(issue.message(_translate))
        for path, label in self.messages.items():
            label.setText("\n".join(by_field[path]))
            label.setVisible(bool(by_field[path]))
            widget = self.edits.get(path)
            if widget is not None:
                widget.setToolTip("\n".join(by_field[path]))
        busy = self.job is not None and not self.job.finished
        self.send_button.setEnabled(not busy)
        return issues

    def send(self) -> None:
        """Send the form; with problems, every one shown and the first field focused instead."""
        self._show_all = True
        issues = self.validate()
        wrong = {i.path.split("[", 1)[0] for i in issues}
        if self.date_edit.problem():
            wrong.add("prescriptionDate")
        if wrong:
            fields: dict[str, QtWidgets.QWidget] = {**self.edits, **self.list_views}
            next(w for path, w in fields.items() if path in wrong).setFocus()
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
        self._pristine = self._snapshot()  # filed: nothing to lose by closing now
        self.submitted.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if not alive(self):
            return
        self.validate()
        self.error_bar.show_error(exc, NAME, retry=self.send)

    # -- closing -----------------------------------------------------------
    def _snapshot(self) -> tuple[Any, ...]:
        return (
            tuple(
                w.text() if isinstance(w, QtWidgets.QLineEdit | DateEdit) else self.uf_combo.currentText()
                for w in self.edits.values()
            ),
            tuple(tuple(r) for r in self.medications.rows),
            tuple(tuple(r) for r in self.attachments.rows),
        )

    def is_filled(self) -> bool:
        """Whether the clerk typed something not sent yet (closing would lose it)."""
        return self._snapshot() != self._pristine

    def reject(self) -> None:
        """Esc, Close or the window's ✕: a filled form asks first (a window-modal question)."""
        if self._discarding or not self.is_filled():
            super().reject()
            return
        if self.confirm_box is not None and self.confirm_box.isVisible():
            return
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr("Discard this prescription? What you typed has not been sent."))
        discard = box.addButton(self.tr("Discard"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if box.clickedButton() is discard and alive(self):
                self._discarding = True
                self.reject()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()  # never exec(): the loop goes on
