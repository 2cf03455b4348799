"""Screens that agree (issue 15 item 12): on the demo data, what each dashboard card counts as
waiting is what Needs attention lists for that integration, and "Open" lands on the very object
(a visit blocked by an unknown act among the visits, the Omnidoc request waiting in its history);
"Test connection" shows its result on the card."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtCore, QtWidgets
from app.core.sandbox import SandboxServer
from app.integrations import available
from app.integrations.vetelevage import sample_data
from app.integrations.vetelevage.acts import replace_acts
from app.integrations.vetelevage.evaluation import REVIEW
from app.integrations.vetelevage.models import Acte
from app.ops.demo import seed_demo
from app.ui.attention_view import AttentionView
from app.ui.dashboard import Dashboard
from app.ui.main_window import MainWindow
from app.ui.omnidoc_tab import OmnidocTab
from app.ui.tasks import tasks_of
from app.ui.vetelevage import VetelevageTab
from tests.waiting import wait_until

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

NAMES = ("vetelevage", "omnidoc")


@pytest.fixture
def demo(ctx: Any) -> Iterator[tuple[Any, SandboxServer]]:
    from app.integrations.omnidoc.sandbox import sandbox as omnidoc_sandbox
    from app.integrations.vetelevage.sandbox import sandbox as vetelevage_sandbox

    with SandboxServer({"vetelevage": vetelevage_sandbox(0), "omnidoc": omnidoc_sandbox(0)}) as server:
        for name, spec in server.specs.items():
            assert spec.configure_demo is not None
            spec.configure_demo(ctx, server.base_url(name))
        ctx.save_settings()
        yield ctx, server


def _seed(ctx: Any, server: SandboxServer) -> None:
    """The demo's data, then an act the clinic's list forgets: the visits using it wait for a review
    (in a thread with its own loop: the seeding is a script, not the window's work)."""
    asyncio.run(seed_demo(ctx, server))
    forgotten = sample_data.DEFAULT_ACTS[0][0]
    replace_acts(
        ctx,
        [
            Acte(code=c, libelle=lib, unite=u, prix_ht=Decimal(p))
            for c, lib, u, p in sample_data.DEFAULT_ACTS
            if c != forgotten
        ],
    )


@pytest.fixture
async def window(qtbot: QtBot, demo: tuple[Any, SandboxServer]) -> MainWindow:
    ctx, server = demo
    await asyncio.to_thread(_seed, ctx, server)
    integrations = [i for i in available() if i.name in NAMES]
    win = MainWindow(ctx, integrations)
    qtbot.addWidget(win)
    win.show()
    return win


def _tab(win: MainWindow, key: str) -> Any:
    """The content of the tab ``key`` (shown, so built)."""
    return win.tabs.widget(win.tab_index[key])


def _attention(win: MainWindow) -> AttentionView:
    win.show_integration("attention")
    view = win.attention
    assert isinstance(view, AttentionView)
    return view


async def _listed(view: AttentionView) -> None:
    view.refresh()
    await view.model.wait_loaded()


def _row_of(view: AttentionView, integration: str, kind: str) -> int:
    return next(
        n for n, item in enumerate(view.model.rows) if item.integration == integration and item.kind == kind
    )


def _click_row(qtbot: QtBot, table: QtWidgets.QTableView, row: int) -> None:
    table.scrollTo(table.model().index(row, 0))
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def test_each_card_counts_what_needs_attention_lists(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.dashboard
    assert isinstance(dashboard, Dashboard)
    dashboard.refresh()
    await dashboard.refreshed.wait()
    await tasks_of(dashboard).wait()
    view = _attention(window)
    await _listed(view)
    listed = {name: sum(1 for i in view.model.rows if i.integration == name) for name in NAMES}
    assert listed["vetelevage"] > 0 and listed["omnidoc"] > 0  # a visit to review, a draft to open
    assert any(i.kind == REVIEW for i in view.model.rows)
    assert any(i.kind == "draft_ready" for i in view.model.rows)
    for name in NAMES:
        card = dashboard.cards[name]
        assert card.waiting_count == listed[name], name
        assert str(listed[name]) in card.waiting.text()
    total = sum(listed.values())
    assert str(total) in view.summary.text() and str(total) in dashboard.summary.text()

    # The count is a link to them.
    window.show_integration("dashboard")
    label = dashboard.cards["omnidoc"].waiting
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, label.height() // 2))
    assert window.tabs.currentWidget() is view


async def test_open_lands_on_the_visit_and_on_the_omnidoc_request(qtbot: QtBot, window: MainWindow) -> None:
    view = _attention(window)
    await _listed(view)

    # A visit blocked by an unknown act: the row clicked, then Open.
    row = _row_of(view, "vetelevage", REVIEW)
    visit_id = view.model.rows[row].ref
    _click_row(qtbot, view.view, row)
    assert [i.ref for i in view.selected()] == [visit_id]
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    tab = _tab(window, "vetelevage")
    assert isinstance(tab, VetelevageTab)
    assert window.tabs.currentWidget() is tab and tab.tabs.currentWidget() is tab.visits

    def on_visit() -> bool:
        index = tab.visits.view.currentIndex()
        return index.isValid() and tab.visits.model.record(index.row())["id"] == visit_id

    await wait_until(on_visit, what="the visit selected")
    await wait_until(lambda: tab.visits.current is not None and tab.visits.current["id"] == visit_id)
    assert "⚠" in tab.visits.warnings.text()  # its reason is there to read

    # The Omnidoc request waiting: chosen with the keyboard, then Open.
    view = _attention(window)
    await _listed(view)
    row = _row_of(view, "omnidoc", "draft_ready")
    request_id = view.model.rows[row].ref
    view.view.setFocus()
    view.view.setCurrentIndex(view.model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(view.view, Qt.Key.Key_Down)
    assert [i.ref for i in view.selected()] == [request_id]
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    omnidoc = _tab(window, "omnidoc")
    assert isinstance(omnidoc, OmnidocTab)
    assert window.tabs.currentWidget() is omnidoc

    def on_request() -> bool:
        index = omnidoc.history_view.currentIndex()
        return index.isValid() and omnidoc.history_model.record(index.row()).id == request_id

    await wait_until(on_request, what="the request selected in the history")
    current = omnidoc.history_view.currentIndex().row()
    assert omnidoc.history_model.index(current, 4).data() == "Ready to open"  # its state in words
    assert omnidoc.tabs.currentIndex() == 1
    await wait_until(lambda: tasks_of(window).running() is False and not window.ctx.jobs.running)


async def test_the_cards_open_button_lands_on_its_first_waiting_item(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A card's own Open goes where Needs attention's Open goes for the first item of that
    integration (the visit, the request); with nothing waiting, to the tab."""
    ctx = window.ctx
    dashboard = window.dashboard
    assert isinstance(dashboard, Dashboard)
    dashboard.refresh()
    await dashboard.refreshed.wait()
    await tasks_of(dashboard).wait()

    [first] = await ctx.db.run(ctx.attention.items, "vetelevage", limit=1)
    assert first.kind in (REVIEW, "changed_after_commit", "unmapped_product"), first.kind
    qtbot.mouseClick(dashboard.cards["vetelevage"].open_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: window.tabs.currentIndex() == window.tab_index["vetelevage"], what="its tab")
    tab = _tab(window, "vetelevage")
    assert isinstance(tab, VetelevageTab)
    if first.kind == "unmapped_product":
        panel: Any = tab.unmapped

        def landed() -> bool:
            index = panel.view.currentIndex()
            return index.isValid() and panel.model.record(index.row()).produit_id == first.ref
    else:
        panel = tab.visits

        def landed() -> bool:
            index = panel.view.currentIndex()
            return index.isValid() and panel.model.record(index.row())["id"] == first.ref

    await wait_until(landed, what="the first waiting item selected")
    assert tab.tabs.currentWidget() is panel

    # Omnidoc: the request waiting, selected in its history.
    window.show_integration("dashboard")
    [request] = await ctx.db.run(ctx.attention.items, "omnidoc", limit=1)
    qtbot.mouseClick(dashboard.cards["omnidoc"].open_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: window.tabs.currentIndex() == window.tab_index["omnidoc"], what="its tab")
    omnidoc = _tab(window, "omnidoc")
    assert isinstance(omnidoc, OmnidocTab)

    def on_request() -> bool:
        index = omnidoc.history_view.currentIndex()
        return index.isValid() and str(omnidoc.history_model.record(index.row()).id) == request.ref

    await wait_until(on_request, what="the request selected in the history")

    # Nothing waiting for Omnidoc any more: Open shows its tab, nothing selected for it.
    for item in await ctx.db.run(ctx.attention.items, "omnidoc"):
        await ctx.db.run(ctx.attention.handle, item.id, "test")
    window.show_integration("dashboard")
    omnidoc.history_view.clearSelection()
    omnidoc.history_view.setCurrentIndex(QtCore.QModelIndex())
    qtbot.mouseClick(dashboard.cards["omnidoc"].open_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: window.tabs.currentWidget() is omnidoc, what="the Omnidoc tab, nothing to land on"
    )
    await tasks_of(dashboard).wait()
    assert not omnidoc.history_view.currentIndex().isValid()
    await wait_until(lambda: tasks_of(window).running() is False and not ctx.jobs.running)


async def test_test_connection_shows_its_result_on_the_card(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = window.dashboard
    assert isinstance(dashboard, Dashboard)
    card = dashboard.cards["omnidoc"]
    qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    assert card.test_result.isVisibleTo(card)
    await wait_until(lambda: card.test_button.isEnabled(), what="the test ends")
    assert "OK" in card.test_result.text() and "Omnidoc" in card.test_result.text()
    await dashboard.refreshed.wait()
    await tasks_of(dashboard).wait()
    assert "OK" in card.test_result.text()  # still there once the card is read again

    # The service unreachable: the card says why, in a sentence.
    ctx = window.ctx
    assert ctx is not None
    ctx.settings.omnidoc.base_url = "http://127.0.0.1:9"  # nothing listens there
    qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: card.test_button.isEnabled(), timeout=30, what="the failed test ends")
    text = card.test_result.text()
    assert "failed" in text and "OK" not in text
    assert len(text.split(":", 1)[1].strip()) > 10  # the sentence that says why
    await wait_until(lambda: tasks_of(window).running() is False and not ctx.jobs.running)
    await tasks_of(dashboard).wait()


def test_a_visit_waiting_for_review_reads_in_french(ctx: Any) -> None:
    """What stops the visit is translated line by line (stored as English lines of its reasons)."""
    from app.core.attention import Wanted, keep_only
    from app.core.tr import fill
    from app.integrations.vetelevage.evaluation import DUPLICATE, UNKNOWN_ACT
    from app.ui.i18n import install
    from app.ui.models.attention_model import sentence

    reasons = "\n".join([fill(UNKNOWN_ACT, {"code": "V99"}), fill(DUPLICATE, {"visits": "V-2"})])
    with ctx.db.transaction() as conn:
        keep_only(
            conn,
            "vetelevage",
            REVIEW,
            {
                "V-1": Wanted(
                    "Visit {visit} waits for your review: {reason}", {"visit": "V-1", "reason": reasons}
                )
            },
        )
    [item] = ctx.attention.items("vetelevage")
    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, "fr")
    try:
        text = sentence(item)
    finally:
        install(app, "en")
    assert text.startswith("La visite V-1 attend votre vérification") and "V99" in text and "V-2" in text
    assert "Unknown act" not in text and "duplicate" not in text and "\n" not in text


async def test_a_test_of_an_integration_not_set_up_says_what_is_missing(qtbot: QtBot, ctx: Any) -> None:
    """Omnidoc without its address: the card says the test failed and why, and no older "OK"
    comes back once the card is read again."""
    from app.ops import health

    omnidoc = next(i for i in available() if i.name == "omnidoc")
    health.record(ctx, "omnidoc", health.answered("Omnidoc answered."), test=True)  # from before
    dashboard = Dashboard(ctx, [omnidoc])
    qtbot.addWidget(dashboard)
    card = dashboard.cards["omnidoc"]
    dashboard.refresh()
    await dashboard.refreshed.wait()
    await tasks_of(dashboard).wait()
    assert not card.test_result.isVisibleTo(card)  # not set up: an old OK is not its state
    qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: card.test_button.isEnabled(), what="the test ends")
    assert "failed" in card.test_result.text() and "OK" not in card.test_result.text()
    await wait_until(lambda: not ctx.jobs.running)
    await tasks_of(dashboard).wait()
    dashboard.refresh()
    await dashboard.refreshed.wait()
    await tasks_of(dashboard).wait()
    assert card.test_result.isVisibleTo(card) and "failed" in card.test_result.text()  # it stays
