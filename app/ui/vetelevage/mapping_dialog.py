"""Map a Vétélevage product to a clinic product, with the keyboard, in a few keystrokes.

The candidates list has the focus: exact GTIN matches first, then name similarity with its
score. Type to search the whole catalogue; arrows to move; Enter confirms. "Remember" is
ticked by default (the mapping serves every future visit); unticked, the choice applies to
the visit the dialog was opened from only. The billing lines it will produce are previewed.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations.vetelevage import evaluation, mapping, views
from app.ui.common import ErrorBar
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.widgets import INTEGRATION, Reader, money

if TYPE_CHECKING:
    from app.core.context import AppContext


class MappingDialog(QtWidgets.QDialog):
    """Choose the clinic product a Vétélevage product is billed as, for every visit or one."""

    mapped = QtCore.Signal(object)  # MappingResult or Evaluation

    def __init__(
        self,
        ctx: AppContext,
        produit_id: str,
        libelle: str,
        *,
        visit_id: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.produit_id = produit_id
        self.visit_id = visit_id
        self.setWindowTitle(self.tr("Map a Vétélevage product"))
        self.resize(760, 560)
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        self.expected_version: int | None = None
        heading = QtWidgets.QLabel(
            f"<b>{libelle or produit_id}</b> <span style='color:#666'>({produit_id})</span>", self
        )
        layout.addWidget(heading)
        self.current_label = QtWidgets.QLabel(self)
        self.current_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.current_label.hide()
        layout.addWidget(self.current_label)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to search the clinic catalogue…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model: TableModel[mapping.Candidate] = TableModel(
            [
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Clinic product"), lambda c: c.libelle),
                Column(self.tr("GTIN"), lambda c: c.gtin or ""),
                Column(self.tr("Price (excl. VAT)"), lambda c: money(c.prix_ht), align_right=True),
                Column(
                    self.tr("Match"),
                    lambda c: self.tr("GTIN") if c.reason == "gtin" else f"{c.score:.0f} %",
                    align_right=True,
                    colour=lambda c: "#2e7d32" if c.reason == "gtin" or c.score >= 90 else None,
                ),
            ],
            self,
        )
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 2)
        self.preview = QtWidgets.QLabel(self)
        self.preview.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # product names as sent
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.remember = QtWidgets.QCheckBox(self.tr("Remember for every visit (recommended)"), self)
        self.remember.setChecked(True)
        self.remember.setEnabled(visit_id is not None)
        self.remember.setToolTip(self.tr("Untick to bill this product this way for this visit only."))
        layout.addWidget(self.remember)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Map"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._loaded = False
        self._saving = False
        self._all: list[mapping.Candidate] = []
        self.candidates: list[mapping.Candidate] = []
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_preview())
        self.view.doubleClicked.connect(lambda *_: self.confirm())
        self.search.installEventFilter(self)
        self.reader = Reader(self, ctx, lambda exc: self.error_bar.show_error(exc, INTEGRATION))
        self._filter("")
        self.view.setFocus()
        self.reader.load("choices", views.mapping_choices, ctx, produit_id, then=self._show_choices)

    def _show_choices(self, choices: views.MappingChoices) -> None:
        if choices.current:
            self.expected_version = choices.current[1]
            self.current_label.setText(self.tr("Currently billed as {code}.").format(code=choices.current[0]))
            self.current_label.show()
        self._all, self.candidates = choices.catalogue, choices.candidates
        self._loaded = True
        self._filter(self.search.text())

    async def wait_loaded(self) -> None:
        """Until the dialog shows the candidates and the preview of the selected one."""
        await self.reader.wait()

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        # Up/Down in the search box move in the list, so typing and choosing never need the mouse.
        if (
            obj is self.search
            and isinstance(event, QtGui.QKeyEvent)
            and event.type() == QtCore.QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.view.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                row = max(0, min(self.model.rowCount() - 1, row))
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if (
            event.text()
            and event.text().isprintable()
            and not self.search.hasFocus()
            and event.text().strip()
        ):
            self.search.setFocus()
            self.search.setText(self.search.text() + event.text())
            return
        super().keyPressEvent(event)

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        if not text:
            rows = self.candidates
        else:
            rows = [c for c in self.candidates if text in c.libelle.lower() or text in c.code.lower()]
            rows += [
                c
                for c in self._all
                if (text in c.libelle.lower() or text in c.code.lower())
                and all(c.code != r.code for r in rows)
            ]
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.ok.setEnabled(bool(rows) and not self._saving)
        self._show_preview()

    def selected(self) -> mapping.Candidate | None:
        """The highlighted clinic product, if any."""
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_preview(self) -> None:
        choice = self.selected()
        if choice is None:
            self.reader.forget("preview")
            if self._loaded:
                self.preview.setText(
                    self.tr("No clinic product matches. Import the catalogue first, or search.")
                )
            else:
                self.preview.clear()
            return

        def show(lines: list[tuple[str, evaluation.BillingLine]]) -> None:
            total = sum((line.amount for _v, line in lines), Decimal(0))
            self.preview.setText(
                self.tr(
                    "%n waiting visit(s) will get a line “{name}”, total {total} € excl. VAT.",
                    "",
                    len({v for v, _ in lines}),
                ).format(name=choice.libelle, total=money(total))
            )

        self.reader.load(
            "preview", mapping.preview_mapping, self.ctx, self.produit_id, choice.code, then=show
        )

    def confirm(self) -> None:
        """Save the highlighted choice (for every visit, or for this visit only), then close."""
        choice = self.selected()
        if choice is None or self._saving:
            return
        self._saving = True  # one save at a time, however often Enter is pressed
        self.ok.setEnabled(False)

        def saved(result: object) -> None:
            self.mapped.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.ok.setEnabled(True)
            self.error_bar.show_error(exc, INTEGRATION)

        if self.remember.isChecked() or self.visit_id is None:
            save = functools.partial(mapping.save_mapping, expected_version=self.expected_version)
            self.reader.run(save, self.ctx, self.produit_id, choice.code, then=saved, on_error=failed)
        else:
            self.reader.run(
                mapping.map_for_visit,
                self.ctx,
                self.visit_id,
                self.produit_id,
                choice.code,
                then=saved,
                on_error=failed,
            )
