"""Map a Vétélevage product to a clinic product, with the keyboard, and never by accident.

A clinic product is pre-selected only when it is clearly the same product (the same GTIN, or
the same substance, strength and form); otherwise nothing is selected and the dialog says
why, so Enter cannot map a different drug. Each candidate shows its score and why. Whatever
has the focus, typing goes to the search box; ↑/↓ move in the list; Enter maps the selected
product; Esc closes. "Not in my catalogue" adds the product to the clinic catalogue and maps
it, or leaves it unmapped on purpose. "Remember" is ticked by default (the mapping serves
every visit); unticked, the choice applies to the visit the dialog was opened from only. The
billing lines that change are previewed before anything is saved.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING, Any

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations.vetelevage import mapping, mapping_changes, views
from app.integrations.vetelevage.catalogue import NewProduct, ProductRefused
from app.integrations.vetelevage.mapping_changes import LineChange
from app.ui.common import error_bar_above
from app.ui.layouts import dialog_layout
from app.ui.models.table import Column, TableModel
from app.ui.vetelevage.line_changes import LineChangesModel
from app.ui.vetelevage.new_product_form import NewProductForm
from app.ui.vetelevage.widgets import INTEGRATION, Reader, money

if TYPE_CHECKING:
    from app.core.context import AppContext

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def reason_text(reason: str) -> str:
    """Why a candidate is proposed, in the UI's language."""
    source = mapping.REASONS.get(reason)
    return QtCore.QCoreApplication.translate("VetelevageMapping", source) if source else ""


class MappingDialog(QtWidgets.QDialog):
    """Choose the clinic product a Vétélevage product is billed as, for every visit or one."""

    mapped = QtCore.Signal(object)  # MappingResult, Evaluation, or None (left unmapped on purpose)

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
        self.libelle = libelle
        self.visit_id = visit_id
        layout = dialog_layout(self, self.tr("Map a Vétélevage product"), (820, 640))
        self.error_bar = error_bar_above(self, layout)
        self.expected_version: int | None = None
        self.heading = QtWidgets.QLabel(self)
        self._set_heading(libelle)
        layout.addWidget(self.heading)
        self.current_label = QtWidgets.QLabel(self)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        self.current_label.hide()
        layout.addWidget(self.current_label)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to search the clinic catalogue…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.advice = QtWidgets.QLabel(self)  # what is suggested, or why nothing is
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        self.model: TableModel[mapping.Candidate] = TableModel(
            [
                Column(self.tr("Code"), lambda c: c.code),
                Column(self.tr("Clinic product"), lambda c: c.libelle),
                Column(self.tr("GTIN"), lambda c: c.gtin or ""),
                Column(self.tr("Price (excl. VAT)"), lambda c: money(c.prix_ht), align_right=True),
                Column(
                    self.tr("Score"),
                    lambda c: f"{c.score:.0f} %" if c.reason in mapping.REASONS else "",
                    align_right=True,
                    colour=lambda c: "#2e7d32" if c.suggested else None,
                ),
                Column(
                    self.tr("Why"),
                    lambda c: reason_text(c.reason),
                    colour=lambda c: "#2e7d32" if c.suggested else "#666666",
                ),
            ],
            self,
        )
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 3)
        self.preview = QtWidgets.QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # product names as sent
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.changes = LineChangesModel(self)
        self.changes_view = QtWidgets.QTableView(self)
        self.changes_view.setModel(self.changes)
        self.changes_view.verticalHeader().hide()
        self.changes_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.changes_view.horizontalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.changes_view.setMaximumHeight(140)
        self.changes_view.hide()
        layout.addWidget(self.changes_view, 1)
        self.remember = QtWidgets.QCheckBox(self.tr("Remember for every visit (recommended)"), self)
        self.remember.setChecked(True)
        self.remember.setEnabled(visit_id is not None)
        self.remember.setToolTip(self.tr("Untick to bill this product this way for this visit only."))
        layout.addWidget(self.remember)
        self.new_product = NewProductForm(self)
        self.new_product.hide()
        layout.addWidget(self.new_product)
        buttons = QtWidgets.QDialogButtonBox(self)
        self.not_in_catalogue = buttons.addButton(
            self.tr("Not in my catalogue…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ok = buttons.addButton(self.tr("Map"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton(self.tr("Cancel"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.not_in_catalogue, self.ok, self.cancel):
            button.setAutoDefault(False)  # Enter is decided here (keyPressEvent), never by a button
            button.setDefault(False)
        self.ok.clicked.connect(self.confirm)
        self.cancel.clicked.connect(self.reject)
        self.not_in_catalogue.clicked.connect(self.show_new_product)
        self.new_product.add_requested.connect(self.add_and_map)
        self.new_product.leave_requested.connect(self.leave_unmapped)
        layout.addWidget(buttons)
        self._loaded = False
        self._saving = False
        self._all: list[mapping.Candidate] = []
        self.candidates: list[mapping.Candidate] = []
        self.proposals: mapping.Proposals | None = None
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda *_: self.confirm())
        # Typing anywhere in the chooser goes to the search box; arrows and Enter act on the list.
        for widget in (self.search, self.view, self.remember, self.not_in_catalogue, self.ok, self.cancel):
            widget.installEventFilter(self)
        self.reader = Reader(self, ctx, lambda exc: self.error_bar.show_error(exc, INTEGRATION))
        self._filter("")
        self.search.setFocus()
        self.reader.load("choices", views.mapping_choices, ctx, produit_id, then=self._show_choices)

    def _set_heading(self, libelle: str, gtin: str | None = None) -> None:
        extra = f" · GTIN {html.escape(gtin)}" if gtin else ""
        self.heading.setText(  # remote words inside rich text: escaped
            f"<b>{html.escape(libelle or self.produit_id)}</b> "
            f"<span style='color:#666'>({html.escape(self.produit_id)}{extra})</span>"
        )

    def _show_choices(self, choices: views.MappingChoices) -> None:
        if choices.current:
            self.expected_version = choices.current[1]
            self.current_label.setText(self.tr("Currently billed as {code}.").format(code=choices.current[0]))
            self.current_label.show()
        self._all, self.candidates = choices.catalogue, choices.candidates
        self.proposals = choices.proposals
        if self.proposals is not None:
            self.libelle = self.libelle or self.proposals.libelle
            self._set_heading(self.libelle, self.proposals.gtin)
            self.new_product.prefill(self.libelle, self.proposals.gtin)
        self._loaded = True
        self._filter(self.search.text())

    async def wait_loaded(self) -> None:
        """Until the dialog shows the candidates and the preview of the selected one."""
        await self.reader.wait()

    # -- the keyboard ---------------------------------------------------------------------------
    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        is_key = event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent)
        if is_key and self._key(obj, event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if not self._key(self.focusWidget(), event):
            super().keyPressEvent(event)

    def _key(self, obj: QtCore.QObject | None, event: QtGui.QKeyEvent) -> bool:
        """Handle a key of the chooser; False leaves it to the widget (a field of the new-product form)."""
        if obj is not None and isinstance(obj, QtWidgets.QWidget) and self.new_product.isAncestorOf(obj):
            return False  # typing a new product: its fields keep their keys (Enter adds it)
        key = event.key()
        if key in ARROWS:
            self._move(key)
            return True
        if key in ENTER:
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            self.confirm()
            return True
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if (
            obj is not self.search
            and plain
            and text
            and text.isprintable()
            and (text.strip() or key == Qt.Key.Key_Space)
        ):
            if key == Qt.Key.Key_Space and obj is not self.view:
                return False  # Space presses the focused button or ticks the box
            self.search.setFocus()
            self.search.insert(text)
            return True
        if obj is not self.search and key == Qt.Key.Key_Backspace:
            self.search.setFocus()
            self.search.backspace()
            return True
        return False

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
        step = next(n for k, n in steps.items() if k == key)
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.scrollTo(self.model.index(row, 0))

    # -- the list ---------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        keep = self.selected()
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
        # Only a product the person chose, or the clear suggestion, is selected: typing selects nothing.
        wanted = keep.code if keep is not None else (self.proposals.suggested if self.proposals else None)
        row = next((i for i, c in enumerate(rows) if c.code == wanted), -1)
        self.view.selectionModel().clearSelection()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        else:
            self.view.selectionModel().setCurrentIndex(
                QtCore.QModelIndex(), QtCore.QItemSelectionModel.SelectionFlag.Clear
            )
        self._show_advice(rows)
        self._selection_changed()

    def _show_advice(self, rows: list[mapping.Candidate]) -> None:
        if not self._loaded:
            self.advice.setText(self.tr("Reading the clinic catalogue…"))
            return
        found = self.proposals
        if found is not None and found.suggested:
            best = next((c for c in found.candidates if c.code == found.suggested), None)
            self.advice.setText(
                self.tr("Suggested: {code} ({why}). Press Enter to map it, or choose another.").format(
                    code=found.suggested, why=reason_text(best.reason) if best else ""
                )
            )
            self.advice.setStyleSheet("color: #2e7d32;")
            return
        why = found.why_none if found is not None else mapping.NO_MATCH
        texts = {
            mapping.NO_MATCH: self.tr(
                "Nothing is pre-selected: no clinic product has this GTIN or the same substance, "
                "strength and form. Choose one with ↑/↓, or use Not in my catalogue."
            ),
            mapping.AMBIGUOUS: self.tr(
                "Nothing is pre-selected: several clinic products match equally. Choose one with ↑/↓."
            ),
            mapping.NO_CATALOGUE: self.tr(
                "The clinic catalogue is empty: import it (Catalogue), or use Not in my catalogue."
            ),
        }
        self.advice.setText(texts.get(why, texts[mapping.NO_MATCH]) if rows or why else "")
        self.advice.setStyleSheet("color: #b35c00;")

    def selected(self) -> mapping.Candidate | None:
        """The highlighted clinic product, if any (None until one is suggested or chosen)."""
        model = self.view.selectionModel()
        if model is None or not model.hasSelection():
            return None
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        self.ok.setEnabled(self.selected() is not None and not self._saving)
        self._show_preview()

    def _show_preview(self) -> None:
        choice = self.selected()
        if choice is None:
            self.reader.forget("preview")
            self.changes.set_rows([])
            self.changes_view.hide()
            if self._loaded and not self.model.rowCount():
                self.preview.setText(
                    self.tr("No clinic product matches. Search again, or use Not in my catalogue.")
                )
            elif self._loaded:
                self.preview.setText(self.tr("Select a clinic product to see the billing lines it gives."))
            else:
                self.preview.clear()
            return

        def show(lines: list[LineChange]) -> None:
            self.changes.set_rows(lines)
            self.changes_view.setVisible(bool(lines))
            self.preview.setText(self.changes.summary())

        self.reader.load(
            "preview", mapping_changes.preview_change, self.ctx, self.produit_id, choice.code, then=show
        )

    # -- saving -----------------------------------------------------------------------------------
    def _save(self, fn: Any, *args: Any) -> None:
        self._saving = True  # one save at a time, however often Enter is pressed
        self.ok.setEnabled(False)
        self.new_product.set_busy(True)

        def saved(result: object) -> None:
            self.mapped.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.ok.setEnabled(self.selected() is not None)
            self.new_product.set_busy(False)
            if isinstance(exc, ProductRefused):
                self.new_product.show_problems(exc.problems)
            else:
                self.error_bar.show_error(exc, INTEGRATION)

        self.reader.run(fn, self.ctx, *args, then=saved, on_error=failed)

    def confirm(self) -> None:
        """Save the highlighted choice (for every visit, or for this visit only), then close.
        Nothing happens while no product is selected."""
        choice = self.selected()
        if choice is None or self._saving:
            if choice is None and self._loaded:
                self.error_bar.show_message(
                    self.tr("Choose a clinic product first (↑/↓), then press Enter."), level="info"
                )
            return
        if self.remember.isChecked() or self.visit_id is None:
            save = functools.partial(mapping.save_mapping, expected_version=self.expected_version)
            self._save(save, self.produit_id, choice.code)
        else:
            self._save(mapping.map_for_visit, self.visit_id, self.produit_id, choice.code)

    def show_new_product(self) -> None:
        """Open the "Not in my catalogue" form, the cursor in its first field."""
        self.new_product.show()
        self.new_product.code.setFocus()

    def add_and_map(self, new: NewProduct) -> None:
        """Add the typed product to the clinic catalogue and map this product to it."""
        if not self._saving:
            self._save(mapping.add_and_map, self.produit_id, new)

    def leave_unmapped(self, note: str) -> None:
        """Leave the product unmapped on purpose (its visits keep waiting and say why)."""
        if not self._saving:
            self._save(mapping_changes.leave_unmapped, self.produit_id, note)
