"""No clipped headers (issue 15 item 14): in French, with real data, every column of the Vétélevage
tables is at least as wide as its title ("Éleveur" was cut), and the mapping dialog's candidates fit
the dialog instead of running off its side."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtWidgets
from app.integrations.vetelevage import importing, mapping
from app.ui.vetelevage import VetelevageTab
from app.ui.vetelevage.mapping_dialog import MappingDialog
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


@pytest.fixture
def french() -> Iterator[None]:
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, "fr")
    try:
        yield
    finally:
        install(app, "en")


def clipped(view: QtWidgets.QTableView) -> list[str]:
    """The titles of the visible columns narrower than their title."""
    header = view.horizontalHeader()
    model = view.model()
    out = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        if header.sectionSize(column) < header.sectionSizeHint(column):
            out.append(str(model.headerData(column, header.orientation())))
    return out


async def test_vetelevage_tables_show_every_title_whole(qtbot: QtBot, vet_ctx: Any, french: None) -> None:
    load_catalogue_and_acts(vet_ctx)
    await importing.import_visits(vet_ctx)
    tab = VetelevageTab(vet_ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    for index in range(tab.tabs.count()):
        tab.tabs.setCurrentIndex(index)
        tab.refresh()
        await tab.wait_loaded()
        qtbot.wait(0)
        page = tab.tabs.widget(index)
        for view in page.findChildren(QtWidgets.QTableView):
            if view.isVisible():
                assert not clipped(view), (tab.tabs.tabText(index), clipped(view))


@pytest.mark.parametrize("lang", ["fr", "pt_BR"])
async def test_the_mapping_dialog_candidates_fit_the_dialog(qtbot: QtBot, vet_ctx: Any, lang: str) -> None:
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, lang)
    try:
        await _mapping_dialog_fits(qtbot, vet_ctx)
    finally:
        install(app, "en")


async def _mapping_dialog_fits(qtbot: QtBot, vet_ctx: Any) -> None:
    load_catalogue_and_acts(vet_ctx)
    await importing.import_visits(vet_ctx)
    product = next(u for u in mapping.unmapped_queue(vet_ctx) if u.gtin)
    dialog = MappingDialog(vet_ctx, product.produit_id, product.libelle)
    qtbot.addWidget(dialog)
    dialog.show()
    await dialog.wait_loaded()
    qtbot.wait(0)
    header = dialog.view.horizontalHeader()
    assert dialog.model.rowCount() > 0
    assert header.length() <= dialog.view.viewport().width(), "the columns run off the dialog"
    assert not clipped(dialog.view)


async def test_the_co_participation_columns_follow_their_content(
    qtbot: QtBot, totvs_ctx: Any, french: None
) -> None:
    from app.integrations.totvs import service_rh
    from app.ui.common import settings_store
    from app.ui.totvs_rh_tab import TotvsRhTab

    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    old = TotvsRhTab(totvs_ctx)  # widths saved by an earlier session, far wider than the content
    qtbot.addWidget(old)
    await old.wait_idle()
    for column in range(old.model.columnCount()):
        old.view.horizontalHeader().resizeSection(column, 420)
    settings_store().setValue("headers/totvs_rh/copart", old.view.horizontalHeader().saveState())
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    await tab.wait_idle()
    qtbot.wait(0)
    header = tab.view.horizontalHeader()
    assert tab.model.rowCount() > 0 and not clipped(tab.view)
    for column in range(tab.model.columnCount()):
        wanted = max(header.sectionSizeHint(column), min(tab.view.sizeHintForColumn(column), 320))
        assert header.sectionSize(column) <= wanted + 2, tab.model.headerData(column, header.orientation())
