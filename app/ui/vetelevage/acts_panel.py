"""The clinic's billable acts: edit the list here, import it from a file, send it to Vétélevage."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.core.errors import InputError
from app.core.jobs import JobContext
from app.core.qt import QtWidgets
from app.integrations.vetelevage import acts, models
from app.integrations.vetelevage.csvio import parse_decimal
from app.ui.empty_state import empty_state
from app.ui.layouts import toolbar
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.widgets import Panel, money, quantity, table_view

if TYPE_CHECKING:
    from app.core.context import AppContext

FIELDS = ("code", "libelle", "unite", "prix_ht", "tva")


class ActsPanel(Panel):
    """The clinic's billable acts: edit, import, and send the whole list to Vétélevage."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button = QtWidgets.QPushButton(self.tr("Add"), self)
        self.remove_button = QtWidgets.QPushButton(self.tr("Remove"), self)
        self.import_button = QtWidgets.QPushButton(self.tr("Import (CSV)…"), self)
        self.save_button = QtWidgets.QPushButton(self.tr("Save"), self)
        self.push_button = QtWidgets.QPushButton(self.tr("Send to Vétélevage"), self)
        self.box.addLayout(
            toolbar(
                [self.add_button, self.remove_button, self.import_button, self.save_button],
                [self.push_button],
            )
        )
        self.model: TableModel[dict[str, Any]] = TableModel(
            [
                Column(self.tr("Code"), lambda r: r["code"], editable=True),
                Column(self.tr("Label"), lambda r: r["libelle"], editable=True),
                Column(self.tr("Unit"), lambda r: r["unite"], editable=True),
                Column(
                    self.tr("Price (excl. VAT)"),
                    lambda r: _number(r["prix_ht"], money),
                    align_right=True,
                    editable=True,
                ),
                Column(
                    self.tr("VAT %"), lambda r: _number(r["tva"], quantity), align_right=True, editable=True
                ),
            ],
            self,
        )
        self.model.edited.connect(self._edited)
        self.view = table_view(self, self.model, "vetelevage.acts", stretch=1)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.AllEditTriggers)
        self.box.addWidget(self.view, 1)
        empty_state(
            self.view,
            self.tr("No billable act yet: add them one by one, or import the acts list (CSV)."),
            self.tr("Import (CSV)…"),
            self.import_csv,
        )
        self.result = QtWidgets.QLabel(self)
        self.result.setWordWrap(True)
        self.box.addWidget(self.result)
        self.box.addWidget(self.error_bar)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_csv)
        self.save_button.clicked.connect(lambda: self.save())
        self.push_button.clicked.connect(self.push)
        self.dirty = False
        self._edits = 0  # counts edits, so that a save only cleans the edits it wrote

    def refresh(self) -> None:
        """Read the saved acts again, unless the list has unsaved edits."""
        if self.dirty:
            return

        def show(saved: list[models.Acte]) -> None:
            if not self.dirty:  # edited while it was read: the edits win
                self.model.set_rows([a.model_dump() for a in saved])

        self.reader.load("acts", acts.list_acts, self.ctx, then=show)

    def _edited(self, row: int, column: int, value: Any) -> None:
        self.model.rows[row][FIELDS[column]] = str(value).strip()
        self._touch()

    def add(self) -> None:
        """Add an empty act at the end and start editing its code."""
        rows = [
            *self.model.rows,
            {"code": "", "libelle": "", "unite": "forfait", "prix_ht": "0", "tva": "20", "actif": True},
        ]
        self.model.set_rows(rows)
        self.view.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        self.view.edit(self.model.index(len(rows) - 1, 0))
        self._touch()

    def remove(self) -> None:
        """Remove the selected act from the list (saved with Save)."""
        index = self.view.currentIndex()
        if index.isValid():
            rows = list(self.model.rows)
            del rows[index.row()]
            self.model.set_rows(rows)
            self._touch()

    def collect(self) -> list[models.Acte]:
        """The edited list as acts, or InputError naming the first line that is not one."""
        checked = []
        for i, r in enumerate(self.model.rows, start=1):
            try:
                price = parse_decimal(str(r["prix_ht"]), line=i, field=self.tr("price"))
                tva = parse_decimal(str(r["tva"]), line=i, field=self.tr("VAT"))
                checked.append(
                    models.Acte(
                        code=r["code"],
                        libelle=r["libelle"] or r["code"],
                        unite=r["unite"],
                        prix_ht=price or Decimal(0),
                        tva=tva or Decimal(0),
                        actif=r.get("actif", True),
                    )
                )
            except InputError:
                raise
            except ValueError as exc:
                raise InputError(self.tr("Line {n}: {why}").format(n=i, why=exc), field="code") from exc
        return checked

    def _valid(self) -> list[models.Acte] | None:
        try:
            return self.collect()
        except InputError as exc:
            self.show_error(exc)
            return None

    def _touch(self) -> None:
        self.dirty = True
        self._edits += 1

    def _saved(self, edits: int) -> None:
        self.dirty = self._edits != edits
        self.error_bar.show_message(self.tr("Acts saved."), level="info")
        self.changed.emit()
        self.refresh()

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save the edited list off the GUI thread, then ``then()``; False (and the reason shown)
        if a line is not an act."""
        checked = self._valid()
        if checked is None:
            return False
        edits = self._edits
        buttons = (self.save_button, self.push_button)
        for b in buttons:
            b.setEnabled(False)

        def failed(exc: BaseException) -> None:
            for b in buttons:
                b.setEnabled(True)
            self.show_error(exc)

        def done(_result: object) -> None:
            for b in buttons:
                b.setEnabled(True)
            self._saved(edits)
            if then is not None:
                then()

        self.reader.run(acts.replace_acts, self.ctx, checked, then=done, on_error=failed)
        return True

    def import_csv(self) -> None:
        """Fill the list from a CSV file the user picks (saved with Save)."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(self, self.tr("Acts"), "", "CSV (*.csv *.txt)")
        if not path:
            return
        try:
            read = acts.read_acts_csv(path)
        except InputError as exc:
            self.show_error(exc)
            return
        self.model.set_rows([a.model_dump() for a in read])
        self._touch()

    def push(self) -> None:
        """Save, then send the whole list to Vétélevage and say what differed before and after."""
        if self.dirty:
            self.save(then=self.push)
            return

        async def work(_job: JobContext) -> acts.PushResult:
            return await acts.push_acts(self.ctx)

        def done(result: acts.PushResult | None) -> None:
            if result is None:
                return
            before = result.before
            text = self.tr(
                "{n} acts sent. Before: {a} only on Vétélevage, {r} only here, {c} different."
            ).format(
                n=result.sent,
                a=", ".join(before.added) or "—",
                r=", ".join(before.removed) or "—",
                c=", ".join(before.changed) or "—",
            )
            text += " " + (
                self.tr("Vétélevage now has exactly this list.")
                if result.after.empty
                else self.tr("Vétélevage still differs: {d}").format(d=result.after.as_dict())
            )
            self.result.setText(text)

        self.job(self.tr("Sending acts to Vétélevage"), work, done, retry=self.push, busy=self.push_button)


def _number(value: Any, shown: Callable[[Decimal], str]) -> str:
    """A stored amount in the UI's language (110,00 in French); a typed text not yet a number as is."""
    try:
        return shown(Decimal(str(value)))
    except ArithmeticError:
        return str(value)
