"""The billing lines a mapping change or removal changes, as a table and as a confirmation dialog
shown before anything is saved (committed visits listed: they stay as billed)."""

from __future__ import annotations

from decimal import Decimal

from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.vetelevage.mapping_changes import LineChange
from app.ui.layouts import dialog_layout
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.widgets import STATE_COLOURS, money, quantity, state_label, table_view


class LineChangesModel(TableModel[LineChange]):
    """One row per visit line whose clinic product changes: before → after, per visit state."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Visit"), lambda c: c.visit_id),
            Column(
                self.tr("State"), lambda c: state_label(c.state), colour=lambda c: STATE_COLOURS.get(c.state)
            ),
            Column(self.tr("Qty"), lambda c: quantity(c.quantity), align_right=True),
            Column(self.tr("Billed as now"), lambda c: self._side(c.before, c.before_libelle)),
            Column(self.tr("Amount now"), lambda c: money(c.before_amount), align_right=True),
            Column(
                self.tr("Billed as after"),
                lambda c: (
                    self.tr("stays as billed (a correction is suggested)")
                    if c.committed
                    else self._side(c.after, c.after_libelle)
                ),
                colour=lambda c: "#607d8b" if c.committed else None,
            ),
            Column(
                self.tr("Amount after"),
                lambda c: "" if c.committed else money(c.after_amount),
                align_right=True,
            ),
        ]

    def _side(self, code: str | None, libelle: str) -> str:
        return self.tr("not billed (waits for a mapping)") if code is None else f"{code} — {libelle}"

    def summary(self) -> str:
        """One sentence: how many lines change in visits not committed yet, the totals before and
        after, and the committed visits that stay as billed."""
        changes = self.rows
        waiting = [c for c in changes if not c.committed]
        committed = {c.visit_id for c in changes if c.committed}
        if not changes:
            return self.tr("No billing line changes.")
        parts = []
        if waiting:
            before = sum((c.before_amount or Decimal(0) for c in waiting), Decimal(0))
            after = sum((c.after_amount or Decimal(0) for c in waiting), Decimal(0))
            parts.append(
                self.tr(
                    "%n line(s) change in visits not committed yet: {before} € → {after} € excl. VAT.",
                    "",
                    len(waiting),
                ).format(before=money(before), after=money(after))
            )
        if committed:
            parts.append(
                self.tr(
                    "%n committed visit(s) stay as billed; each is flagged for a correction entry.",
                    "",
                    len(committed),
                )
            )
        return " ".join(parts)


class ChangesDialog(QtWidgets.QDialog):
    """Ask before a mapping change or removal: the lines that change, then Confirm or Cancel."""

    def __init__(
        self,
        title: str,
        question: str,
        changes: list[LineChange],
        confirm: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = dialog_layout(self, title, (820, 420))
        label = QtWidgets.QLabel(question, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # product names as sent
        label.setWordWrap(True)
        layout.addWidget(label)
        self.model = LineChangesModel(self)
        self.model.set_rows(changes)
        self.summary = QtWidgets.QLabel(self.model.summary(), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = table_view(self, self.model, "vetelevage.line_changes", stretch=3)
        layout.addWidget(self.view, 1)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.confirm_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(confirm)
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
