from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.errors import InputError
from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.vetelevage import acts, evaluation, importing, ledger, mapping
from app.integrations.vetelevage.views import read_visits
from app.ui.vetelevage import VetelevageTab
from app.ui.vetelevage.mapping_dialog import MappingDialog
from app.ui.vetelevage.widgets import Reader
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts
from tests.waiting import wait_until as wait_for

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


@pytest.fixture
async def loaded(vet_ctx: Any) -> Any:
    load_catalogue_and_acts(vet_ctx)
    await importing.import_visits(vet_ctx)
    return vet_ctx


async def test_mapping_dialog_by_keyboard(qtbot: QtBot, loaded: Any) -> None:
    product = next(u for u in mapping.unmapped_queue(loaded) if u.gtin)
    dialog = MappingDialog(loaded, product.produit_id, product.libelle)
    qtbot.addWidget(dialog)
    dialog.show()
    await dialog.wait_loaded()
    assert dialog.remember.isChecked()
    found = mapping.proposals(loaded, product.produit_id)
    suggested = dialog.selected()
    assert (suggested.code if suggested else None) == found.suggested  # only a clear match is selected
    # The arrows move in the list from the search box.
    assert dialog.model.rowCount() >= 2
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    first = dialog.selected()
    assert first is not None
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.view.currentIndex().row() == dialog.model.rows.index(first) + 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.selected() == first
    # Type to search the catalogue (from the list: the letters go to the search box), arrow, Enter.
    qtbot.keyClicks(dialog.view, "gants")
    assert dialog.search.text() == "gants" and dialog.model.rowCount() >= 1
    assert all("gants" in c.libelle.lower() or "gants" in c.code.lower() for c in dialog.model.rows)
    assert dialog.selected() is None  # typing selects nothing: Enter cannot map by accident
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    chosen = dialog.selected()
    assert chosen is not None and "Gants" in chosen.libelle
    await dialog.wait_loaded()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # pressed twice: saved once
    await dialog.wait_loaded()
    assert dialog.result() == 1
    assert mapping.mapping_of(loaded, product.produit_id) == (chosen.code, 1)


async def test_review_commit_and_unmapped_count_updates(
    qtbot: QtBot, loaded: Any, qtmodeltester: Any
) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    tab.refresh()
    await tab.wait_loaded()
    qtmodeltester.check(tab.visits.model)
    before = len(mapping.unmapped_queue(loaded))
    assert f"({before})" in tab.tabs.tabText(1)
    # Map one product from the queue: the count on the tab goes down.
    tab.tabs.setCurrentWidget(tab.unmapped)
    tab.unmapped.refresh()
    await tab.wait_loaded()
    assert tab.unmapped.model.rowCount() == before
    dialog = tab.unmapped.open_mapping()
    assert dialog is not None
    await dialog.wait_loaded()
    if dialog.selected() is None:  # nothing clearly the same: choose with the arrows
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    await dialog.wait_loaded()
    tab.refresh()
    await tab.wait_loaded()
    after = len(mapping.unmapped_queue(loaded))
    assert after == before - 1
    assert (f"({after})" in tab.tabs.tabText(1)) if after else tab.tabs.tabText(1) == "Products to map"
    # Commit a ready visit from the review panel.
    tab.tabs.setCurrentWidget(tab.visits)
    index = tab.visits.state.findData(evaluation.READY)
    tab.visits.state.setCurrentIndex(index)
    await tab.visits.wait_loaded()
    assert tab.visits.model.rowCount() > 0
    tab.visits.view.selectRow(0)
    await tab.visits.wait_loaded()
    visit_id = tab.visits.current["id"]  # type: ignore[index]
    assert tab.visits.commit_button.isEnabled()
    qtbot.mouseClick(tab.visits.commit_button, QtCore.Qt.MouseButton.LeftButton)
    assert not tab.visits.commit_button.isEnabled()  # while the commit is written
    await tab.visits.wait_loaded()
    assert visit_id not in {r["id"] for r in tab.visits.model.rows}  # no longer ready
    assert evaluation.visit_detail(loaded, visit_id)[0]["state"] == evaluation.COMMITTED
    assert len(ledger.committed_lines(loaded, visit_id)) >= 1
    # Committing twice is impossible: the button is off and the service refuses.
    await tab.visits.wait_loaded()
    with pytest.raises(ledger.AlreadyCommitted):
        ledger.commit_visit(loaded, visit_id)


async def test_account_filter_and_correction_after_commit(qtbot: QtBot, loaded: Any) -> None:
    assert len(read_visits(loaded, None, "", "", "", "C123")) == 12
    assert read_visits(loaded, None, "", "", "", "C456") == []
    for unmapped in mapping.unmapped_queue(loaded):
        mapping.save_mapping(
            loaded, unmapped.produit_id, mapping.candidates(loaded, unmapped.produit_id)[0].code
        )
    ledger.commit_ready(loaded)
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    tab.visits.state.setCurrentIndex(tab.visits.state.findData(evaluation.COMMITTED))
    await tab.visits.wait_loaded()
    tab.visits.view.selectRow(0)
    await tab.visits.wait_loaded()
    assert tab.visits.correct_button.isEnabled() and not tab.visits.commit_button.isEnabled()
    tab.visits.correct_selected()
    await tab.visits.wait_loaded()
    assert tab.visits.correct_button.isEnabled()
    assert "Nothing to correct" in tab.visits.error_bar.label.text()


async def test_typing_before_the_choices_are_read_filters_them_once_read(qtbot: QtBot, loaded: Any) -> None:
    product = next(u for u in mapping.unmapped_queue(loaded) if u.gtin)
    dialog = MappingDialog(loaded, product.produit_id, product.libelle)
    qtbot.addWidget(dialog)
    dialog.show()
    # The user types at once: the keys are kept, the list is filtered when the choices arrive.
    qtbot.keyClicks(dialog.search, "gants")
    await dialog.wait_loaded()
    assert dialog.model.rowCount() > 0
    assert all("gants" in c.libelle.lower() or "gants" in c.code.lower() for c in dialog.model.rows)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    await dialog.wait_loaded()
    assert "change in visits not committed yet" in dialog.preview.text()
    assert not dialog.current_label.isVisible()
    # Once mapped, the dialog says how the product is billed now.
    mapping.save_mapping(loaded, product.produit_id, dialog.model.rows[0].code)
    again = MappingDialog(loaded, product.produit_id, product.libelle)
    qtbot.addWidget(again)
    again.show()
    await again.wait_loaded()
    assert again.current_label.isVisible()
    assert dialog.model.rows[0].code in again.current_label.text()
    assert again.expected_version == mapping.mapping_of(loaded, product.produit_id)[1]  # type: ignore[index]


async def test_only_the_latest_filter_is_shown_and_actions_wait_for_the_detail(
    qtbot: QtBot, loaded: Any
) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    await tab.wait_loaded()
    panel = tab.visits
    # Two filters in a row: the answer of the first, even if it comes last, is not shown.
    panel.state.setCurrentIndex(panel.state.findData(evaluation.NEEDS_MAPPING))
    panel.state.setCurrentIndex(panel.state.findData(evaluation.READY))
    await panel.wait_loaded()
    ready = read_visits(loaded, evaluation.READY, "", "", "")
    assert [r["id"] for r in panel.model.rows] == [r["id"] for r in ready]
    assert len(ready) >= 2
    # The detail of the first visit is shown with its actions; another selected: nothing acts
    # on the first one while the second is read.
    panel.view.selectRow(0)
    await panel.wait_loaded()
    assert panel.commit_button.isEnabled()
    panel.view.selectRow(1)
    assert not panel.commit_button.isEnabled()
    await panel.wait_loaded()
    assert panel.current is not None and panel.current["id"] == ready[1]["id"]
    assert panel.commit_button.isEnabled()
    assert panel.lines_model.rowCount() == len(evaluation.visit_detail(loaded, ready[1]["id"])[1].lines)
    # The status line counts what the database holds.
    counts = evaluation.counts_by_state(loaded)
    assert tab.status.text().startswith(f"{counts.get(evaluation.NEW, 0)} to review")


async def test_committed_visit_shows_the_ledger_lines(qtbot: QtBot, loaded: Any) -> None:
    from app.integrations.vetelevage.views import visit_view

    [visit_id, *_] = [r["id"] for r in read_visits(loaded, evaluation.READY, "", "", "")]
    before = visit_view(loaded, visit_id)
    assert not before.committed and before.lines == before.evaluation.lines
    ledger.commit_visit(loaded, visit_id, who="reception")
    after = visit_view(loaded, visit_id)
    written = ledger.committed_lines(loaded, visit_id)
    assert after.committed and after.committed_by == "reception" and after.committed_at is not None
    assert [(line.lgcv_code, line.amount) for line in after.lines] == [
        (r["lgcv_code"], r["amount"]) for r in written
    ]
    assert after.total == sum(r["amount"] for r in written)
    kinds = {s.kind for s in after.sources}
    assert kinds <= {"acte", "produit"} and after.sources


async def test_edits_made_while_the_acts_are_read_are_kept(qtbot: QtBot, loaded: Any) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    await tab.wait_loaded()
    panel = tab.acts
    tab.tabs.setCurrentWidget(panel)  # shown: read
    await tab.wait_loaded()
    assert panel.model.rowCount() == len(acts.list_acts(loaded)) > 0
    panel.refresh()
    panel.add()  # edited before the read comes back
    await tab.wait_loaded()
    assert panel.dirty and panel.model.rows[-1]["code"] == ""
    assert panel.model.rowCount() == len(acts.list_acts(loaded)) + 1


async def test_a_failed_job_gives_its_button_back_and_says_why(qtbot: QtBot, loaded: Any) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    await tab.wait_loaded()

    async def work(_job: Any) -> None:
        raise InputError("The file has no header line.", field="path")

    done: list[object] = []
    tab.job("Failing", work, done.append, busy=tab.import_button)
    assert not tab.import_button.isEnabled()
    await wait_for(lambda: tab.import_button.isEnabled())
    assert done == [] and "no header line" in tab.error_bar.label.text()


async def test_reader_shows_only_the_latest_answer_of_a_slot(qtbot: QtBot, ctx: Any) -> None:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    shown: list[str] = []
    errors: list[BaseException] = []
    reader = Reader(widget, ctx, errors.append)
    gate = threading.Event()

    def slow() -> str:
        gate.wait(10)
        return "old"

    reader.load("list", slow, then=shown.append)
    reader.load("list", lambda: "new", then=shown.append)
    await wait_for(lambda: shown == ["new"])
    gate.set()  # the first read answers last: dropped
    await reader.wait()
    assert shown == ["new"]

    def broken() -> str:
        raise InputError("No visit V1.", field="visit_id")

    reader.load("detail", broken, then=shown.append)
    await reader.wait()
    assert [str(e) for e in errors] == ["No visit V1."] and shown == ["new"]
    reader.load("detail", lambda: "late", then=shown.append)
    reader.forget("detail")
    await reader.wait()
    assert shown == ["new"]


async def test_send_acts_saves_the_edits_first(qtbot: QtBot, loaded: Any) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    tab.tabs.setCurrentWidget(tab.acts)
    await tab.wait_loaded()
    panel = tab.acts
    code = panel.model.rows[0]["code"]
    assert panel.model.setData(panel.model.index(0, 1), "Visite d'élevage (revue)")
    assert panel.dirty
    panel.push_button.click()
    assert not panel.push_button.isEnabled() and not panel.save_button.isEnabled()
    await wait_for(lambda: "acts sent" in panel.result.text())
    await tab.wait_loaded()
    assert not panel.dirty and panel.push_button.isEnabled() and panel.save_button.isEnabled()
    assert next(a for a in acts.list_acts(loaded) if a.code == code).libelle == "Visite d'élevage (revue)"
    assert "exactly this list" in panel.result.text()


async def test_every_panel_model_is_a_sound_qt_model(qtbot: QtBot, loaded: Any, qtmodeltester: Any) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    for panel in (tab.unmapped, tab.mappings, tab.catalogue, tab.acts, tab.exports, tab.visits):
        tab.tabs.setCurrentWidget(panel)  # a panel is read when shown
        await tab.wait_loaded()
    tab.visits.view.selectRow(0)
    await tab.wait_loaded()
    models = [
        tab.visits.model,
        tab.visits.source_model,
        tab.visits.lines_model,
        tab.unmapped.model,
        tab.catalogue.model,
        tab.acts.model,
        tab.exports.model,
    ]
    assert all(m.rowCount() > 0 for m in models[:-1])
    for model in [*models, tab.mappings.model]:
        qtmodeltester.check(model)
    dialog = tab.unmapped.open_mapping()
    assert dialog is not None
    await dialog.wait_loaded()
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)
    dialog.reject()
