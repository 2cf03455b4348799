from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtCore
from app.integrations.vetelevage import service
from app.integrations.vetelevage.views import read_visits
from app.ui.vetelevage import VetelevageTab
from app.ui.vetelevage.mapping_dialog import MappingDialog
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


@pytest.fixture
async def loaded(vet_ctx: Any) -> Any:
    load_catalogue_and_acts(vet_ctx)
    await service.import_visits(vet_ctx)
    return vet_ctx


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0.02)


async def test_mapping_dialog_by_keyboard(qtbot: QtBot, loaded: Any) -> None:
    product = next(u for u in service.unmapped_queue(loaded) if u.gtin)
    dialog = MappingDialog(loaded, product.produit_id, product.libelle)
    qtbot.addWidget(dialog)
    dialog.show()
    await dialog.wait_loaded()
    assert dialog.remember.isChecked()
    first = dialog.selected()
    assert first is not None
    # Type to search the catalogue, arrow down, Enter: no mouse.
    qtbot.keyClicks(dialog.search, "gants")
    assert dialog.selected() is not None and "Gants" in dialog.selected().libelle  # type: ignore[union-attr]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    dialog.search.clear()
    await settle()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert service.mapping_of(loaded, product.produit_id)[0] == first.code  # type: ignore[index]


async def test_review_commit_and_unmapped_count_updates(
    qtbot: QtBot, loaded: Any, qtmodeltester: Any
) -> None:
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    tab.refresh()
    await tab.wait_loaded()
    qtmodeltester.check(tab.visits.model)
    before = len(service.unmapped_queue(loaded))
    assert f"({before})" in tab.tabs.tabText(1)
    # Map one product from the queue: the count on the tab goes down.
    tab.tabs.setCurrentWidget(tab.unmapped)
    tab.unmapped.refresh()
    await tab.wait_loaded()
    assert tab.unmapped.model.rowCount() == before
    dialog = tab.unmapped.open_mapping()
    assert dialog is not None
    await dialog.wait_loaded()
    dialog.confirm()
    tab.refresh()
    await tab.wait_loaded()
    after = len(service.unmapped_queue(loaded))
    assert after == before - 1
    assert (f"({after})" in tab.tabs.tabText(1)) if after else tab.tabs.tabText(1) == "Products to map"
    # Commit a ready visit from the review panel.
    tab.tabs.setCurrentWidget(tab.visits)
    index = tab.visits.state.findData(service.READY)
    tab.visits.state.setCurrentIndex(index)
    await tab.visits.wait_loaded()
    assert tab.visits.model.rowCount() > 0
    tab.visits.view.selectRow(0)
    await tab.visits.wait_loaded()
    visit_id = tab.visits.current["id"]  # type: ignore[index]
    assert tab.visits.commit_button.isEnabled()
    qtbot.mouseClick(tab.visits.commit_button, QtCore.Qt.MouseButton.LeftButton)
    assert service.visit_detail(loaded, visit_id)[0]["state"] == service.COMMITTED
    assert len(service.committed_lines(loaded, visit_id)) >= 1
    # Committing twice is impossible: the button is off and the service refuses.
    await tab.visits.wait_loaded()
    with pytest.raises(service.AlreadyCommitted):
        service.commit_visit(loaded, visit_id)


async def test_account_filter_and_correction_after_commit(qtbot: QtBot, loaded: Any) -> None:
    assert len(read_visits(loaded, None, "", "", "", "C123")) == 12
    assert read_visits(loaded, None, "", "", "", "C456") == []
    for unmapped in service.unmapped_queue(loaded):
        service.save_mapping(
            loaded, unmapped.produit_id, service.candidates(loaded, unmapped.produit_id)[0].code
        )
    service.commit_ready(loaded)
    tab = VetelevageTab(loaded)
    qtbot.addWidget(tab)
    tab.visits.state.setCurrentIndex(tab.visits.state.findData(service.COMMITTED))
    await tab.visits.wait_loaded()
    tab.visits.view.selectRow(0)
    await tab.visits.wait_loaded()
    assert tab.visits.correct_button.isEnabled() and not tab.visits.commit_button.isEnabled()
    tab.visits.correct_selected()
    assert "Nothing to correct" in tab.visits.error_bar.label.text()
