"""The mapping dialog with real key events: nothing pre-selected unless clearly the same product,
typing goes to the search box wherever the focus is, Enter maps only a selection, Esc closes;
"Not in my catalogue"; the Mappings view (change, delete with a preview); a visit's product line
"Change mapping…"; a set-aside needs a reason and the visit shows it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtWidgets
from app.integrations.vetelevage import evaluation, mapping
from app.ui.vetelevage import VetelevageTab
from app.ui.vetelevage.line_changes import ChangesDialog
from app.ui.vetelevage.mapping_dialog import MappingDialog
from tests.e2e.test_vetelevage_mapping import AMOX, OXY, visit, with_visits

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


@pytest.fixture
async def oxy(vet_ctx: Any, vet_server: Any) -> Any:
    await with_visits(
        vet_ctx,
        vet_server,
        visit("V-1", (OXY, 2), (AMOX, 1)),
        visit("V-2", (AMOX, 3), day="2026-11-21"),
    )
    return vet_ctx


async def opened(qtbot: QtBot, ctx: Any, produit_id: str, **kw: Any) -> MappingDialog:
    dialog = MappingDialog(ctx, produit_id, "", **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    await dialog.wait_loaded()
    return dialog


async def until(condition: Any) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met")


async def test_another_drug_cannot_be_mapped_with_one_keystroke(qtbot: QtBot, oxy: Any) -> None:
    dialog = await opened(qtbot, oxy, "P-OXY")
    assert dialog.selected() is None and not dialog.ok.isEnabled()
    assert "Nothing is pre-selected" in dialog.advice.text()
    amox = next(i for i, c in enumerate(dialog.model.rows) if c.code == "MED1009")
    why = dialog.model.index(amox, 5).data()
    assert why == "name only" and int(dialog.model.index(amox, 4).data().rstrip(" %")) < 80
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter with nothing selected
    await dialog.wait_loaded()
    assert dialog.isVisible() and mapping.mapping_of(oxy, "P-OXY") is None
    # Letters typed while the list (or a button) has the focus go to the search box.
    dialog.view.setFocus()
    qtbot.keyClicks(dialog.view, "amox")
    assert dialog.search.text() == "amox" and dialog.focusWidget() is dialog.search
    dialog.remember.setFocus()
    qtbot.keyClicks(dialog.remember, "i")
    assert dialog.search.text() == "amoxi" and dialog.selected() is None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)  # a deliberate choice…
    assert dialog.selected() is not None and dialog.selected().code == "MED1009"  # type: ignore[union-attr]
    await dialog.wait_loaded()
    assert "1 line(s) change" in dialog.preview.text() and dialog.changes.rowCount() == 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # …then Enter maps it
    await dialog.wait_loaded()
    assert dialog.result() == 1 and mapping.mapping_of(oxy, "P-OXY") == ("MED1009", 1)


async def test_the_clear_match_is_preselected_and_esc_closes(qtbot: QtBot, oxy: Any) -> None:
    dialog = await opened(qtbot, oxy, "P-AMOX")
    assert dialog.selected() is not None and dialog.selected().code == "MED1009"  # type: ignore[union-attr]
    assert dialog.model.index(0, 5).data() == "same substance and strength"
    assert dialog.advice.text().startswith("Suggested: MED1009")
    await dialog.wait_loaded()
    assert "2 line(s) change" in dialog.preview.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == 0 and not dialog.isVisible()
    assert mapping.mapping_of(oxy, "P-AMOX") is None
    again = await opened(qtbot, oxy, "P-AMOX")
    qtbot.keyClick(again.focusWidget(), Qt.Key.Key_Return)
    await again.wait_loaded()
    assert mapping.mapping_of(oxy, "P-AMOX") == ("MED1009", 1)


async def test_not_in_my_catalogue_adds_and_maps_with_errors_beside_the_fields(
    qtbot: QtBot, oxy: Any
) -> None:
    dialog = await opened(qtbot, oxy, "P-OXY")
    qtbot.mouseClick(dialog.not_in_catalogue, Qt.MouseButton.LeftButton)
    form = dialog.new_product
    assert form.isVisible() and dialog.focusWidget() is form.code
    assert form.libelle.text() == "OXYTETRACYCLINE 200 LA"
    qtbot.keyClicks(form.code, "MED 1090")  # typing here stays here, not in the search box
    qtbot.keyClicks(form.price, "douze")
    qtbot.keyClick(form.price, Qt.Key.Key_Return)
    assert dialog.search.text() == "" and form.code.text() == "MED 1090"
    assert "no spaces" in form.messages["code"].text()
    assert "price excluding VAT is expected" in form.messages["prix_ht"].text()
    assert "unit is expected" in form.messages["unite"].text()
    assert form.messages["libelle"].text() == "" and mapping.mapping_of(oxy, "P-OXY") is None
    form.code.clear()
    qtbot.keyClicks(form.code, "MED1009")  # taken: the service says so beside the code
    form.price.clear()
    qtbot.keyClicks(form.price, "18,40")
    qtbot.keyClicks(form.unit, "flacon")
    qtbot.keyClick(form.unit, Qt.Key.Key_Return)
    await dialog.wait_loaded()
    assert "already in the catalogue" in form.messages["code"].text() and dialog.isVisible()
    form.code.clear()
    qtbot.keyClicks(form.code, "MED1090")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    await dialog.wait_loaded()
    assert dialog.result() == 1 and mapping.mapping_of(oxy, "P-OXY") == ("MED1090", 1)


async def test_leave_unmapped_on_purpose_from_the_dialog(qtbot: QtBot, oxy: Any) -> None:
    tab = VetelevageTab(oxy)
    qtbot.addWidget(tab)
    tab.show()  # a window stays open when the dialog closes (else the application quits)
    tab.tabs.setCurrentWidget(tab.unmapped)
    tab.unmapped.refresh()
    await tab.wait_loaded()
    tab.unmapped.view.selectRow(
        next(i for i, u in enumerate(tab.unmapped.model.rows) if u.produit_id == "P-OXY")
    )
    dialog = tab.unmapped.open_mapping()
    assert dialog is not None
    await dialog.wait_loaded()
    dialog.show_new_product()
    dialog.new_product.note.setText("fourni par l'éleveur")  # QTest types ASCII only
    qtbot.mouseClick(dialog.new_product.leave_button, Qt.MouseButton.LeftButton)
    await until(lambda: mapping_changes_left(oxy))
    await tab.wait_loaded()
    [left] = [u for u in mapping.unmapped_queue(oxy) if u.produit_id == "P-OXY"]
    assert left.on_purpose and left.note == "fourni par l'éleveur"

    def oxy_row() -> int:
        return next(i for i, u in enumerate(tab.unmapped.model.rows) if u.produit_id == "P-OXY")

    # The panel reloads when the change reaches it (on PostgreSQL through LISTEN, a moment later).
    await until(lambda: oxy_row() == tab.unmapped.model.rowCount() - 1)  # listed last
    row = oxy_row()
    assert tab.unmapped.model.index(row, 5).data() == "left unmapped on purpose: fourni par l'éleveur"


def mapping_changes_left(ctx: Any) -> bool:
    return any(u.on_purpose for u in mapping.unmapped_queue(ctx))


async def test_mappings_view_changes_and_deletes_with_a_preview(qtbot: QtBot, oxy: Any) -> None:
    mapping.save_mapping(oxy, "P-AMOX", "MED1009", who="accueil")
    tab = VetelevageTab(oxy)
    qtbot.addWidget(tab)
    tab.show()  # a window stays open when a dialog closes
    tab.tabs.setCurrentWidget(tab.mappings)
    tab.mappings.refresh()
    await tab.wait_loaded()
    panel = tab.mappings
    assert [r.produit_id for r in panel.model.rows] == ["P-AMOX"]
    assert panel.model.index(0, 5).data() == "accueil" and panel.model.index(0, 4).data()
    qtbot.keyClicks(panel.search, "zzz")
    assert panel.model.rowCount() == 0 and "No mapping matches" in panel.empty.text()
    panel.search.clear()
    qtbot.keyClicks(panel.search, "amox")
    assert panel.model.rowCount() == 1
    # Change: the mapping dialog, the current product said, the lines that change previewed.
    dialog = panel.edit_selected()
    assert dialog is not None
    await dialog.wait_loaded()
    assert "Currently billed as MED1009" in dialog.current_label.text()
    qtbot.keyClicks(dialog.view, "ceftiofur")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    await dialog.wait_loaded()
    assert dialog.changes.rowCount() == 2
    assert {dialog.changes.index(r, 5).data() for r in range(2)} == {
        "MED1003 — Ceftiofur 50 mg/ml fl. 100 ml"
    }
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    await dialog.wait_loaded()
    await tab.wait_loaded()
    assert mapping.mapping_of(oxy, "P-AMOX") == ("MED1003", 2)
    # Delete: a confirmation listing the lines first; nothing changes until confirmed.
    panel.delete_selected()
    await until(lambda: isinstance(panel.dialog, ChangesDialog) and panel.dialog.isVisible())
    confirm = panel.dialog
    assert isinstance(confirm, ChangesDialog) and confirm.model.rowCount() == 2
    assert "2 line(s) change" in confirm.summary.text()
    assert mapping.mapping_of(oxy, "P-AMOX") is not None
    confirm.confirm_button.click()
    await until(lambda: mapping.mapping_of(oxy, "P-AMOX") is None)
    await tab.wait_loaded()
    assert panel.model.rowCount() == 0
    assert evaluation.visit_detail(oxy, "V-2")[0]["state"] == evaluation.NEEDS_MAPPING


async def test_change_mapping_from_a_visit_line_and_set_aside_with_a_reason(qtbot: QtBot, oxy: Any) -> None:
    mapping.save_mapping(oxy, "P-AMOX", "MED1009")
    tab = VetelevageTab(oxy)
    qtbot.addWidget(tab)
    tab.show()
    await tab.wait_loaded()
    panel = tab.visits
    panel.search.setText("V-2")
    await until(lambda: [r["id"] for r in panel.model.rows] == ["V-2"])
    panel.view.selectRow(0)
    await panel.wait_loaded()
    # The visit's lines load after the selection (and a late search reload may select again).
    await until(lambda: any(r.kind == "produit" for r in panel.source_model.rows))
    line = next(i for i, r in enumerate(panel.source_model.rows) if r.kind == "produit")
    assert not panel.change_button.isEnabled()
    panel.source_view.selectRow(line)
    assert panel.change_button.isEnabled()
    dialog = panel.change_mapping()
    assert dialog is not None
    await dialog.wait_loaded()
    assert dialog.remember.isEnabled() and "Currently billed as MED1009" in dialog.current_label.text()
    dialog.reject()
    # Set aside: the button stays off until a reason is typed; the visit shows the reason.
    reason = panel.set_aside_selected()
    assert reason is not None and not reason.ok.isEnabled()
    qtbot.keyClicks(reason.reason, "   ")
    assert not reason.ok.isEnabled()
    qtbot.keyClicks(reason.reason, "Eleveur a rappeler")
    assert reason.ok.isEnabled()
    qtbot.keyClick(reason.reason, Qt.Key.Key_Return)
    await until(lambda: evaluation.visit_detail(oxy, "V-2")[0]["state"] == evaluation.SET_ASIDE)
    await tab.wait_loaded()
    panel.view.selectRow(0)
    await panel.wait_loaded()
    await until(lambda: "Set aside: Eleveur a rappeler" in panel.warnings.text())  # the detail loads after
    assert evaluation.visit_detail(oxy, "V-2")[0]["set_aside_reason"] == "Eleveur a rappeler"
    assert isinstance(reason, QtWidgets.QDialog)
