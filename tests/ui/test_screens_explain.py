"""Screens that explain (issue 15 item 14): an empty list says the next step with its button, a
failed search never leaves a count that disagrees with the table, Omnidoc says the link is ready
(with Copy) when no browser can be confirmed, an export with nothing new says so and writes no
file, the export period is the current month, and a validation message never moves the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.http import ConnectionFailed
from app.core.qt import Qt, QtGui
from app.integrations.totvs import service_saude
from app.ui.omnidoc_tab import OmnidocTab
from app.ui.totvs_rh_tab import TotvsRhTab
from app.ui.totvs_saude_tab import TotvsSaudeTab
from app.ui.vetelevage.catalogue_panel import CataloguePanel
from app.ui.vetelevage.export_panel import ExportPanel, current_month
from app.ui.vetelevage.visits_panel import VisitsPanel
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


async def test_an_empty_visit_list_says_to_import_and_the_button_does(qtbot: QtBot, ctx: Any) -> None:
    panel = VisitsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.refresh()
    await panel.wait_loaded()
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible() and "import" in panel.empty.label.text().lower()
    asked: list[bool] = []
    panel.import_requested.connect(lambda: asked.append(True))
    qtbot.mouseClick(panel.empty.button, Qt.MouseButton.LeftButton)
    assert asked == [True]

    qtbot.keyClicks(panel.search, "nobody")
    await wait_until(lambda: "filters" in panel.empty.label.text(), what="the filtered empty state")
    await panel.wait_loaded()
    assert panel.empty.isVisible() and panel.empty.button.text() == "Show every visit"
    qtbot.mouseClick(panel.empty.button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == ""


async def test_an_empty_catalogue_offers_its_import(qtbot: QtBot, ctx: Any) -> None:
    panel = CataloguePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    await panel.wait_loaded()
    empty = panel.view.viewport().findChild(type(panel.view.viewport()), "emptyState")
    assert empty is not None and empty.isVisible()


async def test_omnidoc_says_the_link_is_ready_with_copy_when_no_browser_opens(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def no_browser(url: Any) -> bool:
        opened.append(url.toString())
        return False

    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", staticmethod(no_browser))
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.keyClicks(tab.inputs["patient_last_name"], "Dupuis")
    qtbot.mouseClick(tab.url_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: bool(opened) and tab.error_bar.isVisible(), what="the link handed over")
    assert (
        "link is ready" in tab.error_bar.label.text()
        and "open in your browser" not in tab.error_bar.label.text()
    )
    assert tab.error_bar.action_button.isVisible() and tab.error_bar.action_button.text() == "Copy the link"
    qtbot.mouseClick(tab.error_bar.action_button, Qt.MouseButton.LeftButton)
    clipboard = QtGui.QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == opened[0] and "Dupuis" in opened[0]


async def test_a_validation_message_does_not_move_the_form(qtbot: QtBot, ctx: Any) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 800)
    tab.show()
    below = tab.inputs["patient_gender"]
    before = below.mapTo(tab, below.rect().topLeft())
    qtbot.keyClicks(tab.inputs["patient_birth_date"], "31/02/1990")
    assert tab.messages["patient_birth_date"].isVisibleTo(tab)
    qtbot.wait(0)  # the layout settles
    assert below.mapTo(tab, below.rect().topLeft()) == before


async def test_an_export_with_nothing_new_says_so_and_the_period_is_this_month(
    qtbot: QtBot, ctx: Any, tmp_path: Path
) -> None:
    first, last = current_month(dt.date(2026, 2, 10))
    assert (first, last) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    assert (panel.since.value(), panel.until.value()) == current_month()
    out = tmp_path / "billing.csv"
    panel.export_to(out)
    await wait_until(lambda: panel.error_bar.isVisibleTo(panel), what="the export's answer")
    assert "Nothing new to export" in panel.error_bar.label.text() and not out.exists()


async def test_a_co_participation_export_of_no_row_says_so(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    tab = TotvsRhTab(ctx)
    qtbot.addWidget(tab)
    out = tmp_path / "copart.xlsx"
    job = tab.export_to(out, tab.current_filter())
    await job.wait()
    await wait_until(lambda: tab.error_bar.isVisibleTo(tab))
    assert "no file was written" in tab.error_bar.label.text() and not out.exists()


async def test_a_failed_search_leaves_no_stale_count(
    qtbot: QtBot, totvs_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER

    tab = TotvsSaudeTab(totvs_ctx)
    qtbot.addWidget(tab)
    tab.subscriber_edit.setText(DEMO_SUBSCRIBER)
    tab.search()
    await tab.wait_idle()
    assert tab.model.rowCount() > 0 and "shown" in tab.status_label.text()

    async def down(*_args: Any, **_kwargs: Any) -> Any:
        raise ConnectionFailed("Cannot reach TOTVS Saúde Planos.", service="TOTVS Saúde Planos")

    monkeypatch.setattr(service_saude, "list_page", down)
    tab.search()
    await tab.wait_idle()
    assert tab.model.rowCount() == 0
    assert tab.status_label.text() == "No prescription shown: the search failed."
    assert tab.error_bar.isVisibleTo(tab)


def _empty_state(view: Any) -> Any:
    from app.ui.empty_state import EmptyState

    found = view.viewport().findChild(EmptyState, "emptyState")
    assert found is not None
    return found


async def test_the_acts_list_and_needs_attention_say_what_to_do_when_empty(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.attention_view import AttentionView
    from app.ui.vetelevage.acts_panel import ActsPanel

    acts = ActsPanel(ctx)
    qtbot.addWidget(acts)
    acts.show()
    acts.refresh()
    await acts.wait_loaded()
    state = _empty_state(acts.view)
    assert state.isVisible() and "import" in state.label.text() and state.button.isVisible()

    view = AttentionView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    await view.model.wait_loaded()
    state = _empty_state(view.view)
    assert state.isVisible() and "Nothing waits" in state.label.text()
    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "2 files not uploaded", action="retry")
    view.refresh()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 1 and not state.isVisible()  # rows: the sentence goes


async def test_a_refused_date_is_said_under_the_filters_without_moving_the_list(
    qtbot: QtBot, ctx: Any
) -> None:
    panel = VisitsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    panel.refresh()
    await panel.wait_loaded()
    before = panel.view.mapTo(panel, panel.view.rect().topLeft())
    panel.since.line.selectAll()
    qtbot.keyClicks(panel.since.line, "31/02/2026")
    qtbot.wait(0)
    assert panel.period_message.isVisibleTo(panel) and panel.period_message.text()
    assert panel.view.mapTo(panel, panel.view.rect().topLeft()) == before
    assert "period" in panel.empty.label.text()  # the list says why it is empty


async def test_the_omnidoc_attachments_say_how_to_add_files(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    state = _empty_state(tab.files_view)
    assert state.isVisible() and "drop" in state.label.text() and state.button.text() == "Add files…"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4" + bytes(100))
    tab.add_files([str(scan)])
    assert not state.isVisible()
