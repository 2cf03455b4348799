"""Provet for a receptionist (issue 15 item 13): fields, methods and statuses as words, related
objects by name with the id on hover, local times, Enter runs the search, "expose" changes the
details pane, and empty or failed searches say what to do. The sandbox is the oracle."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.provet.filters import METHODS, Filter, Query
from app.integrations.provet.sandbox import ProvetSandbox
from app.integrations.provet.schema import ENDPOINTS
from app.ui.dates import DateOrder
from app.ui.models.provet_results import ProvetResultsModel, results_page
from app.ui.models.table import Page
from app.ui.provet.browse_page import BrowsePage
from app.ui.provet.tab import ProvetTab
from app.ui.tasks import tasks_of
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)
from tests.waiting import wait_until as wait_for

pytestmark = pytest.mark.ui


def _install(lang: str) -> Iterator[None]:
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, lang)
    try:
        yield
    finally:
        install(app, "en")


@pytest.fixture
def fr() -> Iterator[None]:
    """The UI in French for the test."""
    yield from _install("fr")


@pytest.fixture
def pt_br() -> Iterator[None]:
    """The UI in Brazilian Portuguese for the test."""
    yield from _install("pt_BR")


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk's time zone is Paris (UTC+1 in March), whatever the machine's."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _cell(browse: BrowsePage, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = browse.model
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return str(model.data(model.index(row, column), role) or "")


def _items(combo: QtWidgets.QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


async def test_filter_pickers_speak_french(qtbot: QtBot, ctx: Any, fr: None) -> None:
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    browse = tab.browse
    endpoints = _items(browse.endpoint)
    assert "Consultations" in endpoints and "Factures" in endpoints and "Articles en stock" in endpoints
    assert not set(endpoints) & set(ENDPOINTS) and not any("_" in e or "/" in e for e in endpoints)
    row = browse.add_filter()
    fields = _items(row.field)
    assert "Date de création" in fields and "Dernière modification" in fields
    assert "Client › Prénom" in fields and "Vétérinaire" in fields
    assert not {"created", "modified", "admitted_time", "client.firstname"} & set(fields)
    row.set_field("created")
    assert row.field.currentText() == "Date de création"
    methods = _items(row.method)
    assert {"après", "avant", "à partir du", "entre", "est vide"} <= set(methods)
    assert not set(methods) & set(METHODS) and not any("__" in m for m in methods)
    row.set_field("complaint")
    assert {"contient", "ne contient pas", "est"} <= set(_items(row.method))
    # The wire names stay what Provet reads.
    row.set_method("icontains")
    row.value.setText("vacc")
    assert row.to_filter() == Filter("complaint", "icontains", "vacc")
    # Dates are typed the French way, with the desk's zone sent to Provet.
    row.set_field("admitted_time")
    row.set_method("gte")
    assert row.date.isVisibleTo(row) and row.date.line.placeholderText().startswith("jj/mm/aaaa")
    row.date.line.setText("24/12/2017 15:30")
    sent = row.to_filter()
    assert sent.method == "gte" and sent.value == dt.datetime(2017, 12, 24, 15, 30).astimezone()
    # A number typed with a French decimal comma is read as Provet's 12.50.
    invoice = BrowsePage(ctx)
    qtbot.addWidget(invoice)
    invoice.set_query(Query("invoice"))
    total = invoice.add_filter()
    total.set_field("total")
    total.set_method("gte")
    total.value.setText("12,50")
    assert invoice.build_query().params() == [("total__gte", "12.50")]
    # Invoice statuses as words, the code on hover.
    from app.ui.provet import labels

    nb = "\u00a0"
    assert labels.status_word("invoice", {"status": 99}) == ("Annulée", f"Code de statut Provet{nb}: 99")
    assert [labels.status_word("invoice", {"status": c})[0] for c in (0, 1, 2, 3, 4)] == [
        "Brouillon", "Envoyée", "Ouverte", "Finalisée", "En facturation",
    ]  # fmt: skip


async def test_enter_in_a_filter_field_runs_the_search(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.show()
    browse = tab.browse
    row = browse.add_filter()
    row.set_field("complaint")
    row.set_method("icontains")
    row.value.setFocus()
    qtbot.keyClicks(row.value, "vacc")
    assert browse.query is None  # typing alone searches nothing
    qtbot.keyClick(row.value, Qt.Key.Key_Return)
    await wait_for(lambda: browse.model.total is not None, what="the search Enter started")
    expected = [c for c in provet_sim.objects["consultation"].values() if "vacc" in c["complaint"].lower()]
    assert browse.query is not None and browse.query.filters == (Filter("complaint", "icontains", "vacc"),)
    assert browse.model.total == len(expected) > 0
    # Enter in a date typed the locale's way, in another row.
    since = browse.add_filter()
    since.set_field("admitted_time")
    since.set_method("gte")
    since.date.line.clear()
    day = (provet_sim.now - dt.timedelta(days=20)).date()
    qtbot.keyClicks(since.date.line, DateOrder.of().show(day))
    generation = browse.model.generation
    qtbot.keyClick(since.date.line, Qt.Key.Key_Enter)
    await wait_for(lambda: browse.model.generation > generation and browse.model.total is not None)
    start = dt.datetime.combine(day, dt.time()).astimezone()
    recent = [c for c in expected if c["admitted_time"] >= start]
    assert browse.model.total == len(recent)
    # Enter on a picker runs it too.
    generation = browse.model.generation
    row.method.setFocus()
    qtbot.keyClick(row.method, Qt.Key.Key_Return)
    await wait_for(lambda: browse.model.generation > generation)
    await browse.model.wait_idle()
    await tasks_of(browse).wait()


async def test_table_names_local_times_and_statuses_in_french(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox, fr: None, paris: None
) -> None:
    cons = provet_sim.objects["consultation"][1]
    cons["admitted_time"] = dt.datetime(2026, 3, 10, 14, 5, tzinfo=dt.UTC)  # 15:05 in Paris
    client = provet_sim.objects["client"][cons["client"]]
    vet = provet_sim.objects["user"][cons["supervising_veterinarian"]]
    patient = provet_sim.objects["patient"][cons["patients"][0]]
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    browse = tab.browse
    browse.set_query(Query("consultation", (Filter("id", "is", "1"),)))
    browse.search()
    await wait_for(lambda: browse.model.rowCount() == 1, what="consultation 1")
    client_name = f"{client['firstname']} {client['lastname']}"
    await wait_for(lambda: _cell(browse, 0, "client") == client_name, what="the client's name fetched")
    assert _cell(browse, 0, "client", Qt.ItemDataRole.ToolTipRole) == f"Client n°\u00a0{cons['client']}"
    assert _cell(browse, 0, "supervising_veterinarian") == f"{vet['first_name']} {vet['last_name']}"
    assert patient["name"] in _cell(browse, 0, "patients")
    assert _cell(browse, 0, "admitted_time") == "10/03/2026 15:05"
    assert not any(_cell(browse, 0, k).endswith("Z") for k in ("admitted_time", "modified"))
    assert _cell(browse, 0, "status") == ("Clôturée" if cons["ended"] else "En cours")
    assert (
        _cell(browse, 0, "status", Qt.ItemDataRole.ToolTipRole)
        == f"Code de statut Provet\u00a0: {cons['status']}"
    )
    headers = [
        browse.model.headerData(i, Qt.Orientation.Horizontal) for i in range(browse.model.columnCount())
    ]
    assert "Heure d’admission" in headers and "Vétérinaire" in headers and "Motif de consultation" in headers
    header = browse.view.horizontalHeader()
    for i, title in enumerate(headers):  # no clipped header
        assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(title)
    # The details pane: labels in words, the same names and local times.
    browse.view.selectRow(0)
    details = browse.readable.toPlainText()
    assert "Heure d’admission" in details and "10/03/2026 15:05" in details and client_name in details
    assert client["email"] not in details
    # Exposing the client fetches the consultation again with it, and the details show it whole.
    item = next(
        browse.expose.item(i)
        for i in range(browse.expose.count())
        if browse.expose.item(i).text() == "Client"
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert browse.query is not None and browse.query.expose == ("client",)
    await wait_for(
        lambda: client["email"] in browse.readable.toPlainText(), what="the exposed client's details"
    )
    assert "Ville" in browse.readable.toPlainText() and client["city"] in browse.readable.toPlainText()
    assert _cell(browse, 0, "client") == client_name
    await tasks_of(browse).wait()


async def test_invoice_statuses_in_portuguese(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox, pt_br: None
) -> None:
    words = {0: "Rascunho", 1: "Enviada", 2: "Em aberto", 3: "Finalizada", 4: "Em faturamento", 99: "Anulada"}
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    browse = tab.browse
    browse.set_query(Query("invoice", (Filter("status", "in", "0,3,99"),)))
    browse.search()
    await wait_for(lambda: browse.model.total is not None)
    await browse.model.wait_idle()
    assert browse.model.rowCount() > 0
    for row in range(browse.model.rowCount()):
        status = browse.model.object_at(row)["status"]
        assert _cell(browse, row, "status") == words[status]
        assert "€" in _cell(browse, row, "total") and "," in _cell(browse, row, "total")
    await tasks_of(browse).wait()


async def test_before_any_connection_the_page_says_to_connect(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import common

    ctx.settings.provet.base_url = ""
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    empty = tab.browse.empty
    assert empty.isVisible() and "not connected yet" in empty.label.text()
    assert empty.button.isVisible() and empty.button.text() == "Connections…"
    opened: list[str] = []
    monkeypatch.setattr(common, "reconnect_handler", opened.append)
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert opened == ["provet"]


async def test_empty_and_failed_searches_say_what_to_do(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    from app.core.sandbox import free_port

    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.show()
    browse = tab.browse
    # Nothing found: widen the filters.
    browse.set_query(Query("consultation", (Filter("complaint", "icontains", "zzz-nothing"),)))
    browse.search()
    await wait_for(lambda: browse.model.total is not None)
    assert browse.model.rowCount() == 0 and "Widen" in browse.empty.label.text() and browse.empty.isVisible()
    # A search that works, then one that fails: the results and their count go together.
    browse.set_query(Query("consultation"))
    browse.search()
    await wait_for(lambda: browse.model.rowCount() > 0)
    assert not browse.empty.isVisible() and "found" in browse.count_label.text()
    provet_ctx.settings.provet.base_url = f"http://127.0.0.1:{free_port()}/1234/api/0.1/"
    browse.search()
    await wait_for(lambda: not browse.error_bar.isHidden(), what="the failure shown", timeout=60)
    assert browse.model.rowCount() == 0 and browse.count_label.text() == ""
    assert "search again" in browse.empty.label.text() and browse.empty.isVisible()
    await tasks_of(browse).wait()


async def test_results_model_with_names_passes_the_model_tester(qtmodeltester: Any) -> None:
    body = {
        "count": 2,
        "next": None,
        "results": [
            {"id": 1, "client": "https://p/1/api/0.1/client/4/", "status": 3, "total": "110.00",
             "currency": "EUR", "invoice_date": "2026-03-10T14:05:00Z"},
            {"id": 2, "client": {"id": 5, "firstname": "Léa", "lastname": "Morel"}, "status": 99},
        ],
    }  # fmt: skip

    async def fetch(page: Any) -> Page[Any]:
        return results_page(body, page)

    model = ProvetResultsModel()
    model.reset(["id", "number", "invoice_date", "status", "total", "client"], "invoice")
    model.set_source(fetch, 1)
    await model.wait_idle()
    assert model.data(model.index(0, 5)) == "no. 4"  # the id until the name arrives
    assert model.data(model.index(1, 5)) == "Léa Morel"  # exposed: named at once
    changed: list[Any] = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    model.add_names({("client", 4): "Marie Dubois"})
    assert model.data(model.index(0, 5)) == "Marie Dubois" and len(changed) == 1
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == "Client no. 4"
    assert model.data(model.index(0, 3)) == "Finalized" and model.data(model.index(1, 3)) == "Voided"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Invoice date"
    assert "Z" not in model.data(model.index(0, 2))
    qtmodeltester.check(model)
    model.add_names({("client", 4): "Marie Dubois"})  # nothing new: no signal
    assert len(changed) == 1
    QtCore.QCoreApplication.processEvents()


async def test_webhooks_page_names_events_in_words(qtbot: QtBot, ctx: Any, fr: None) -> None:
    from app.integrations.provet import inbox
    from app.ui.provet import labels

    inbox.record_delivery(ctx, {"consultation_id": "1"}, "form")
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    page = tab.webhooks
    shown = [page.triggers.item(i).text() for i in range(page.triggers.count())]
    assert "Consultation" in shown and "Facture" in shown and not any(s.endswith("_id") for s in shown)
    page.refresh()
    await page.model.wait_loaded()
    model = page.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Consultation"
    assert not model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)  # no wire name, even on hover
    assert model.data(model.index(0, 4)) == "En attente"
    received = model.data(model.index(0, 0))
    assert received == labels.local_time(model.record(0).received_at) and "T" not in received


async def test_a_refused_value_is_a_french_sentence_naming_the_field(
    qtbot: QtBot, ctx: Any, fr: None
) -> None:
    tab = ProvetTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    browse = tab.browse
    row = browse.add_filter()
    row.set_field("status")
    row.set_method("is")
    row.value.setFocus()
    qtbot.keyClicks(row.value, "abc")
    nb = "\u00a0"
    assert browse.query_text() == f"«{nb}Statut{nb}» attend un nombre entier, pas «{nb}abc{nb}»."
    assert not browse.search_button.isEnabled()
    qtbot.keyClick(row.value, Qt.Key.Key_Return)  # Enter says why instead of searching
    assert browse.query is None and browse.error_bar.label.text() == browse.query_text()
    # A day that does not exist: the date field's own sentence, after the field's name.
    row.set_field("admitted_time")
    row.set_method("gte")
    row.date.line.setText("31/02/2026")
    assert browse.query_text().startswith(f"Heure d’admission{nb}: ") and "février" in browse.query_text()
    assert not browse.search_button.isEnabled()
    row.date.line.setText("28/02/2026 08:30")
    assert browse.search_button.isEnabled() and "admitted_time__gte=2026-02-28 08:30" in browse.query_text()


async def test_browser_sign_in_not_done_yet_asks_to_connect_instead_of_failing(
    qtbot: QtBot, provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    from app.integrations.provet.auth import TokenStore

    provet_ctx.settings.provet.grant = "authorization_code"
    TokenStore(provet_ctx.secrets).clear()
    tab = ProvetTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.show()
    started: list[bool] = []
    tab.connection.connect_provet = lambda: started.append(True)  # type: ignore[method-assign]
    tab.refresh()
    browse = tab.browse
    assert browse.query is None and provet_sim.hits["consultation"] == 0  # no search that must fail
    assert browse.empty.isVisible() and browse.empty.button.text() == "Connect…"
    qtbot.mouseClick(browse.empty.button, Qt.MouseButton.LeftButton)
    assert tab.tabs.currentWidget() is tab.connection and started == [True]
    await tasks_of(tab.webhooks).wait()
    await tasks_of(tab.connection).wait()
