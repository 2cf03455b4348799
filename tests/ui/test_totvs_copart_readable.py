"""A co-participation table a Brazilian clerk can read (issue 19 item 3): CNPJ and dates in their
usual writing, the full text on hover, headers never cut, totals per employee keyed by
company/branch + registration, one progress over every pair, counts with thousands separators,
"already stored" for rows simply known."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore, QtWidgets
from app.integrations.totvs import rh_queries, service_rh
from app.integrations.totvs import tables as t
from app.integrations.totvs.service_rh import CopartFilter
from app.ui.models.totvs_copart import COLUMNS, cnpj_text, date_text
from app.ui.totvs_rh_tab import TotvsRhTab

pytestmark = pytest.mark.ui


@pytest.fixture
def pt_br() -> Iterator[None]:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("pt_BR"))
    yield
    QtCore.QLocale.setDefault(before)


def test_cnpj_and_dates_in_the_clerks_writing(pt_br: None) -> None:
    assert cnpj_text("46942851000154") == "46.942.851/0001-54"
    assert cnpj_text("12ABC34501DE35") == "12.ABC.345/01DE-35"  # alphanumeric CNPJ
    assert cnpj_text("123") == "123"
    assert date_text("2015-11-17T00:00:00") == "17/11/2015"
    assert date_text("") == "" and date_text("garbage") == "garbage"
    titles = [c.title for c in COLUMNS]
    assert "Degree of dependency" in titles


def _row(company: str, branch: str, code: str, name: str, month: str, value: str, n: int) -> dict[str, Any]:
    return {
        "id": f"{company}|{branch}|{code}|{month}|{n}",
        "company_id": company,
        "branch": branch,
        "employee_code": code,
        "employee_name": name,
        "year_month": month,
        "value": Decimal(value),
        "row_hash": "h",
        "stored_at": dt.datetime.now(dt.UTC),
    }


def test_totals_per_employee_are_keyed_by_company_branch_and_registration(any_ctx: Any) -> None:
    rows = [
        _row("T1", "D MG 01", "000006", "JOAO DA SILVA", "202501", "10.00", 1),
        _row("T1", "D MG 01", "000006", "JOÃO DA SILVA", "202502", "5.50", 2),  # renamed later
        _row("T2", "01", "000006", "MARIA SOUZA", "202501", "7.25", 3),  # same registration, other company
    ]
    with any_ctx.db.transaction() as conn:
        conn.execute(sa.insert(t.copart), rows)
    got = rh_queries.totals(any_ctx, CopartFilter())
    assert [(e.company_id, e.branch, e.employee_code, e.employee_name, e.total) for e in got.employees] == [
        ("T1", "D MG 01", "000006", "JOÃO DA SILVA", Decimal("15.50")),
        ("T2", "01", "000006", "MARIA SOUZA", Decimal("7.25")),
    ]
    assert got.months == [("202502", Decimal("5.50")), ("202501", Decimal("17.25"))]
    assert got.overall == Decimal("22.75")


async def test_one_progress_over_every_pair(totvs_ctx: Any) -> None:
    steps: list[service_rh.LoadProgress] = []
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL, on_progress=steps.append)
    pairs = service_rh.scopes(totvs_ctx)
    assert len(pairs) > 1
    assert {s.pairs for s in steps} == {len(pairs)}
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [s.pair for s in steps] == sorted(s.pair for s in steps)
    assert steps[-1].rows == result.received
    assert "of" in steps[0].text() and f"({1} of {len(pairs)})" in steps[0].text()


async def test_the_table_reads_whole_and_counts_in_the_locale(
    qtbot: QtBot, totvs_ctx: Any, pt_br: None
) -> None:
    first = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    await tab.wait_idle()
    assert tab.model.total == first.received == 1800
    assert "1.800" in tab.count_label.text()

    model, header = tab.model, tab.view.horizontalHeader()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        shown = model.data(index, QtCore.Qt.ItemDataRole.DisplayRole)
        assert model.data(index, QtCore.Qt.ItemDataRole.ToolTipRole) == (shown or None)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), COLUMNS[column].title
    cnpj_col = [c.key for c in COLUMNS].index("provider_cnpj")
    date_col = [c.key for c in COLUMNS].index("occurrency_date")
    assert "/" in model.data(model.index(0, cnpj_col)) and "-" in model.data(model.index(0, cnpj_col))
    assert QtCore.QDate.fromString(model.data(model.index(0, date_col)), "dd/MM/yyyy").isValid()
    for view in tab.totals_views:
        totals_header = view.horizontalHeader()
        for column in range(view.model().columnCount()):
            assert totals_header.sectionSize(column) >= totals_header.sectionSizeHint(column)
    keys = [(e.company_id, e.branch, e.employee_code) for e in tab.employee_totals.rows]
    assert len(keys) == len(set(keys))

    again = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    tab._load_done(again)
    text = tab.progress_label.text()
    assert "already stored" in text and "duplicates" not in text and "1.800" in text
    assert isinstance(tab.progress, QtWidgets.QProgressBar)
