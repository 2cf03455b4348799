""" "Not in my catalogue": the form that adds a clinic product from the mapping dialog (code,
name, price, unit, GTIN), each field with its own message line, and the way to leave the
product unmapped on purpose with a note."""

from __future__ import annotations

from app.core.errors import UserMessage
from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.vetelevage.catalogue import NewProduct, check_product

FIELDS = ("code", "libelle", "prix_ht", "unite", "gtin")


class NewProductForm(QtWidgets.QGroupBox):
    """The typed clinic product, validated per field (messages beside the fields, in place)."""

    add_requested = QtCore.Signal(object)  # NewProduct, valid as typed
    leave_requested = QtCore.Signal(str)  # the note

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Not in my catalogue"))
        form = QtWidgets.QFormLayout(self)
        self.code = QtWidgets.QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. MED1090"))
        self.libelle = QtWidgets.QLineEdit(self)
        self.price = QtWidgets.QLineEdit(self)
        self.price.setPlaceholderText(self.tr("e.g. 12,90"))
        self.unit = QtWidgets.QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("e.g. flacon"))
        self.gtin = QtWidgets.QLineEdit(self)
        self.gtin.setPlaceholderText(self.tr("optional"))
        self.edits = dict(
            zip(FIELDS, (self.code, self.libelle, self.price, self.unit, self.gtin), strict=True)
        )
        self.messages: dict[str, QtWidgets.QLabel] = {}
        labels = (
            self.tr("Code"),
            self.tr("Clinic product"),
            self.tr("Price (excl. VAT)"),
            self.tr("Unit"),
            self.tr("GTIN"),
        )
        for key, label in zip(FIELDS, labels, strict=True):
            message = QtWidgets.QLabel(self)
            message.setStyleSheet("color: #b00020;")
            message.setTextFormat(Qt.TextFormat.PlainText)
            # The line is there, empty, before any message: a message never moves the form.
            message.setMinimumHeight(message.fontMetrics().height())
            self.messages[key] = message
            box = QtWidgets.QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(self.edits[key])
            box.addWidget(message)
            form.addRow(label, box)
            self.edits[key].returnPressed.connect(self.submit)
            self.edits[key].textEdited.connect(lambda _t, k=key: self.messages[k].clear())
        self.add_button = QtWidgets.QPushButton(self.tr("Add to the catalogue and map"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.submit)
        self.note = QtWidgets.QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Why (optional), e.g. supplied by the breeder"))
        self.leave_button = QtWidgets.QPushButton(self.tr("Leave unmapped on purpose"), self)
        self.leave_button.setAutoDefault(False)
        self.leave_button.setToolTip(
            self.tr("Its visits keep waiting and say why; the product is listed last, without reminders.")
        )
        self.leave_button.clicked.connect(lambda: self.leave_requested.emit(self.note.text().strip()))
        form.addRow(self.add_button)
        leave = QtWidgets.QHBoxLayout()
        leave.addWidget(self.note, 1)
        leave.addWidget(self.leave_button)
        form.addRow(leave)

    def prefill(self, libelle: str, gtin: str | None, unit: str = "") -> None:
        """Start from what Vétélevage says about the product."""
        if not self.libelle.text():
            self.libelle.setText(libelle)
        if not self.gtin.text() and gtin:
            self.gtin.setText(gtin)
        if not self.unit.text() and unit:
            self.unit.setText(unit)

    def typed(self) -> NewProduct:
        """The product as typed."""
        return NewProduct(
            self.code.text(), self.libelle.text(), self.price.text(), self.unit.text(), self.gtin.text()
        )

    def show_problems(self, problems: dict[str, UserMessage]) -> None:
        """Each field's message beside it (translated), the first wrong field focused."""
        translate = QtCore.QCoreApplication.translate
        for key in FIELDS:
            problem = problems.get(key)
            self.messages[key].setText(problem.translated(translate) if problem else "")
        first = next((k for k in FIELDS if k in problems), None)
        if first is not None:
            self.edits[first].setFocus()

    def submit(self) -> None:
        """Check the typed product; valid, ask for it to be added and mapped."""
        problems = check_product(self.typed())
        self.show_problems(problems)
        if not problems:
            self.add_requested.emit(self.typed())

    def set_busy(self, busy: bool) -> None:
        """Buttons off while the product is being saved."""
        self.add_button.setEnabled(not busy)
        self.leave_button.setEnabled(not busy)
