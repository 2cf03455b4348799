"""Provet Cloud tab: the seed's query strings from the filter form, paged results, the inbox."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore
from app.core.sandbox import SandboxServer
from app.integrations.provet import inbox, subscriptions
from app.integrations.provet.filters import Query
from app.integrations.provet.sandbox import ProvetSandbox
from app.ui.models.provet_events import events_model
from app.ui.models.provet_results import ProvetResultsModel, Result, results_page
from app.ui.models.table import Page
from app.ui.provet.tab import ProvetTab
from app.ui.tasks import tasks_of
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)
from tests.unit.test_provet_filters import SEED_JOHN, SEED_VACC, seed_example_query
from tests.waiting import wait_until as wait_for

pytestmark = pytest.mark.ui


async def test_filter_form_shows_the_seed_query_strings_exactly(qtbot: QtBot, ctx: Any) -> None:
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    browse = tab.browse
    browse.set_query(seed_example_query())
    assert browse.query_text() == f"consultation/?{SEED_VACC}"
    assert browse.build_query().params() == seed_example_query().params()
    # The same, typed row by row in the form.
    browse.set_query(Query("consultation"))
    first = browse.add_filter()
    first.set_field("client.firstname")
    first.set_method("is")
    first.value.setText("John")
    second = browse.add_filter()
    second.set_field("client.lastname")
    second.set_method("is")
    second.value.setText("Doe")
    assert browse.query_text() == f"consultation/?{SEED_JOHN}"
    # A wrong value is a sentence naming the field, and Search is off until it is fixed.
    second.set_field("status")
    assert "'Status' expects a whole number" in browse.query_text()  # the field in words
    assert not browse.search_button.isEnabled()
    second.set_method("in")
    second.value.setText("1, 2,3")
    assert browse.query_text().endswith("&status__in=1,2,3") and browse.search_button.isEnabled()
    browse.any_of.setChecked(True)
    assert browse.query_text().endswith("&filter_type=or")


async def test_value_editors_follow_the_method(qtbot: QtBot, ctx: Any) -> None:
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    row = tab.browse.add_filter()
    row.set_field("admitted_time")
    row.set_method("range")
    assert row.date.isVisibleTo(row) and row.date2.isVisibleTo(row) and not row.value.isVisibleTo(row)
    row.set_method("is_null")
    assert row.flag.isVisibleTo(row) and not row.date.isVisibleTo(row)
    row.set_field("status")
    row.set_method("not_in_range")
    assert row.value.isVisibleTo(row) and row.value2.isVisibleTo(row)
    # A yes/no field is a yes/no choice, not a text to type.
    row.set_field("client.archived")
    assert row.flag.isVisibleTo(row) and not row.value.isVisibleTo(row)
    assert row.to_filter().value == "true"


async def test_saved_queries_round_trip(qtbot: QtBot, ctx: Any) -> None:
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    tab.browse.set_query(seed_example_query())
    tab.browse.save_name.setText("Vaccinations décembre")
    tab.browse.save_query()
    await wait_for(lambda: tab.browse.saved.findText("Vaccinations décembre") >= 0, what="the saved query")
    tab.browse.set_query(Query("invoice"))
    tab.browse._load_saved(tab.browse.saved.findText("Vaccinations décembre"))
    assert tab.browse.query_text() == f"consultation/?{SEED_VACC}"


async def test_models_pass_the_model_tester(qtmodeltester: Any, ctx: Any) -> None:
    pages = {
        1: {
            "count": 3,
            "next": "x",
            "results": [{"id": 1, "complaint": "a", "client": "https://p/1/api/0.1/client/4/"}],
        },
        2: {"count": 3, "next": None, "results": [{"id": 2}, {"id": 3}]},
    }
    asked: list[int] = []

    async def fetch(page: Any) -> Page[Result]:
        asked.append(page)
        return results_page(pages[page], page)

    model = ProvetResultsModel()
    model.reset(["id", "complaint", "client"])
    model.set_source(fetch, 1)
    await model.wait_idle()
    assert model.data(model.index(0, 2)) == "4" and model.total == 3
    assert model.object_at(0)["client"].endswith("/client/4/")
    qtmodeltester.check(model)
    await model.wait_idle()
    # The tester scrolled: page 2 was asked for once, and not again after the last page.
    model.fetchMore(QtCore.QModelIndex())
    await model.wait_idle()
    assert asked == [1, 2] and model.rowCount() == 3 and not model.canFetchMore(QtCore.QModelIndex())
    model.reset(["id"])
    assert model.rowCount() == 0 and model.columnCount() == 1 and not model.canFetchMore()
    inbox.record_delivery(ctx, {"consultation_id": "1"}, "form")
    events = events_model()
    events.set_rows(inbox.events(ctx))
    qtmodeltester.check(events)


async def test_search_loads_pages_on_scroll_and_shows_detail(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox, provet_server: SandboxServer
) -> None:
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    browse = tab.browse
    browse.endpoint.setCurrentIndex(browse.endpoint.findData("consultationitem"))
    browse.search()
    await wait_for(lambda: browse.model.rowCount() > 0)
    total = len(provet_sim.objects["consultationitem"])
    assert browse.model.total == total and browse.model.rowCount() == min(100, total)
    while browse.model.canFetchMore(QtCore.QModelIndex()):
        before = browse.model.rowCount()
        browse.view.scrollToBottom()
        browse.model.fetchMore(QtCore.QModelIndex())
        await wait_for(lambda b=before: browse.model.rowCount() > b)
    assert browse.model.rowCount() == total
    browse.view.selectRow(0)
    assert browse.detail_model.rowCount() > 3
    assert "Consultation" in browse.readable.toPlainText()
    await tasks_of(browse).wait()  # the related objects' names, fetched in the background
    # The webhook page lists what arrived, with the last event shown.
    inbox.record_delivery(provet_ctx, {"consultation_id": "3"}, "form")
    tab.webhooks.refresh()
    await tab.webhooks.model.wait_loaded()
    assert tab.webhooks.model.rowCount() == 1 and "Last event" in tab.webhooks.summary.text()


async def test_receiver_toggle_receives_and_lists_events(qtbot: QtBot, provet_ctx: Any) -> None:
    import httpx

    from app.core.sandbox import free_port

    provet_ctx.settings.provet.webhook_port = free_port()
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    page = tab.webhooks
    page.receiver_box.setChecked(True)
    assert page.receiver is not None and provet_ctx.settings.provet.webhook_enabled
    token = provet_ctx.secrets.get("provet", "webhook_token")
    async with httpx.AsyncClient() as http:
        answer = await http.post(f"{page.receiver.url}/provet/webhook/{token}", data={"invoice_id": "4"})
    assert answer.status_code == 200
    await wait_for(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).trigger == "invoice_id"
    page.receiver_box.setChecked(False)
    assert page.receiver is None and not provet_ctx.settings.provet.webhook_enabled


def test_subscriptions_saved_and_receiver_address_copied(qtbot: QtBot, provet_ctx: Any) -> None:
    from app.core.qt import QtWidgets

    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    page = tab.webhooks
    for i in range(page.triggers.count()):
        item = page.triggers.item(i)
        if item.data(QtCore.Qt.ItemDataRole.UserRole) in ("consultation_id", "invoice_id"):
            item.setCheckState(QtCore.Qt.CheckState.Checked)
    page.department.setValue(2)
    page.save_subs.click()
    assert subscriptions.subscriptions(provet_ctx) == {
        "triggers": ["consultation_id", "invoice_id"],
        "department": 2,
    }
    page.copy_url.click()
    token = provet_ctx.secrets.get("provet", "webhook_token")
    assert QtWidgets.QApplication.clipboard().text().endswith(f"/provet/webhook/{token}")
    again = ProvetTab(provet_ctx)
    qtbot.addWidget(again)
    assert again.webhooks.department.value() == 2


async def test_every_endpoint_of_the_seed_is_browsable_and_every_parameter_subscribable(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    from app.integrations.provet.schema import ENDPOINTS, PARAM_TO_ENDPOINT

    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    browse = tab.browse
    offered = [browse.endpoint.itemData(i) for i in range(browse.endpoint.count())]
    assert offered == list(ENDPOINTS) and "stock/item" in offered and "appointment" in offered
    browse.endpoint.setCurrentIndex(browse.endpoint.findData("stock/item"))
    browse.search()
    await wait_for(lambda: browse.model.rowCount() > 0)
    assert browse.model.rowCount() == len(provet_sim.objects["stock/item"])
    triggers = [
        tab.webhooks.triggers.item(i).data(QtCore.Qt.ItemDataRole.UserRole)
        for i in range(tab.webhooks.triggers.count())
    ]
    assert sorted(triggers) == sorted(PARAM_TO_ENDPOINT) and "laboratory_referral_id" in triggers


async def test_pages_save_and_read_off_the_gui_thread_while_the_window_runs(qtbot: QtBot, ctx: Any) -> None:
    """Saving a query, the subscriptions and a refused name reach the store in a worker thread
    (the GUI-thread guard fails the test otherwise), and their answers still show."""
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    browse = tab.browse
    browse.set_query(seed_example_query())
    browse.save_name.setText("Vaccinations décembre")
    browse.save_button.click()
    await wait_for(lambda: browse.saved.findText("Vaccinations décembre") >= 0, what="the saved query listed")
    browse.save_name.setText("   ")
    browse.save_button.click()
    await wait_for(lambda: "name" in browse.error_bar.label.text(), what="the refusal shown")
    page = tab.webhooks
    page.triggers.item(0).setCheckState(QtCore.Qt.CheckState.Checked)
    page.save_subs.click()
    first = page.triggers.item(0).data(QtCore.Qt.ItemDataRole.UserRole)
    await wait_for(lambda: subscriptions.subscriptions(ctx)["triggers"] == [first])
