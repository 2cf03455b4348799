"""The TOTVS RH tab over a loaded sandbox: filters and totals against independent SQL."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from app.integrations.totvs import service_rh
from app.integrations.totvs import tables as t
from app.ui.models.totvs_copart import brl
from app.ui.totvs_rh_tab import TotvsRhTab

pytestmark = pytest.mark.ui


def _independent(
    ctx: Any, where: str, params: dict[str, Any]
) -> tuple[int, dict[str, Decimal], dict[str, Decimal]]:
    """Counts and sums straight from SQL, not through the app's filter code."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.text(f"SELECT employee_code, year_month, value FROM totvs_copart WHERE {where}"), params
        ).all()
    per_employee: dict[str, Decimal] = {}
    per_month: dict[str, Decimal] = {}
    for code, month, value in rows:
        per_employee[code] = per_employee.get(code, Decimal(0)) + Decimal(str(value))
        per_month[month] = per_month.get(month, Decimal(0)) + Decimal(str(value))
    return len(rows), per_employee, per_month


async def test_filters_and_totals_match_sql(qtbot: QtBot, qtmodeltester: Any, totvs_ctx: Any) -> None:
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    await tab.wait_idle()
    assert tab.model.total == 1800
    qtmodeltester.check(tab.model)

    with totvs_ctx.db.read() as conn:
        sample = conn.execute(sa.select(t.copart).limit(1)).mappings().one()
    tab.employee_edit.setText(sample["employee_code"])
    tab.service_combo.setCurrentIndex(tab.service_combo.findData(sample["service_type"]))
    tab.apply_filters()
    await tab.wait_idle()
    count, per_employee, per_month = _independent(
        totvs_ctx,
        "(employee_code = :e OR employee_name LIKE :n) AND service_type = :s",
        {"e": sample["employee_code"], "n": f"%{sample['employee_code']}%", "s": sample["service_type"]},
    )
    assert tab.model.total == count >= 1
    assert {r.employee_code: r.total for r in tab.employee_totals.rows} == per_employee
    assert dict(tab.month_totals.rows) == per_month
    qtmodeltester.check(tab.employee_totals)

    tab.employee_edit.clear()
    tab.service_combo.setCurrentIndex(0)
    tab.month_edit.line.setText(sample["year_month"])
    tab.contract_combo.setCurrentIndex(tab.contract_combo.findData("2"))
    tab.apply_filters()
    await tab.wait_idle()
    count, per_employee, per_month = _independent(
        totvs_ctx, "year_month = :m AND contract_type = '2'", {"m": sample["year_month"]}
    )
    assert tab.model.total == count
    assert {r.employee_code: r.total for r in tab.employee_totals.rows} == per_employee
    assert sum(per_month.values(), Decimal(0)) == sum((r[1] for r in tab.month_totals.rows), Decimal(0))
    assert brl(sum(per_month.values(), Decimal(0))) in tab.total_label.text()


async def test_invalid_cnpj_is_named_and_keeps_the_rows(qtbot: QtBot, totvs_ctx: Any, tmp_path: Path) -> None:
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    await tab.wait_idle()
    tab.cnpj_edit.setText("11.111.111/1111-11")
    tab.apply_filters()
    assert tab.filter_message.isVisibleTo(tab) and "CNPJ" in tab.filter_message.text()
    # The table says the filter is refused: never the rows of the previous filter under it.
    assert tab.model.rowCount() == 0 and "correct the filter" in tab.count_label.text()
    with totvs_ctx.db.read() as conn:
        cnpj = (
            conn.execute(
                sa.select(t.copart.c.provider_cnpj)
                .where(t.copart.c.provider_cnpj.regexp_match("[A-Z]"))
                .limit(1)
            ).scalar()
            if False
            else conn.execute(sa.select(t.copart.c.provider_cnpj).limit(1)).scalar()
        )
    tab.cnpj_edit.setText(cnpj)
    tab.apply_filters()
    await tab.wait_idle()
    count, _e, _m = _independent(totvs_ctx, "provider_cnpj = :c", {"c": cnpj})
    assert not tab.filter_message.isVisibleTo(tab) and tab.model.total == count

    out = tmp_path / "copart.csv"
    job = tab.export_to(out, tab.current_filter())
    await job.wait()
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    lines = text.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Company;Branch;Registration") and len(lines) == count + 1  # the UI's language
    assert "," in lines[1].split(";")[18] and "." not in lines[1].split(";")[18]

    xlsx = tmp_path / "copart.xlsx"
    job = tab.export_to(xlsx, tab.current_filter())
    await job.wait()
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet is not None
    assert sheet.cell(1, 19).value == "Co-participation amount"
    value = sheet.cell(2, 19)
    assert isinstance(value.value, int | float) and value.number_format == "#,##0.00"
    assert sheet.max_row == count + 1


async def test_the_month_filter_reads_what_the_table_shows_and_says_when_it_refuses(
    qtbot: QtBot, totvs_ctx: Any
) -> None:
    from app.core.qt import Qt
    from app.ui.models.totvs_copart import month_text

    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    await tab.wait_idle()
    with totvs_ctx.db.read() as conn:
        month = conn.execute(sa.select(t.copart.c.year_month).limit(1)).scalar_one()
    shown = month_text(month)  # 11/2026, as the table writes it
    qtbot.keyClicks(tab.month_edit.line, shown)
    tab.apply_filters()
    await tab.wait_idle()
    count, _e, _m = _independent(totvs_ctx, "year_month = :m", {"m": month})
    assert not tab.filter_message.isVisibleTo(tab) and tab.model.total == count > 0
    tab.month_edit.line.selectAll()
    qtbot.keyClick(tab.month_edit.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tab.month_edit.line, "13/2026")
    tab.apply_filters()
    await tab.wait_idle()
    assert tab.filter_message.isVisibleTo(tab) and "13/2026" in tab.filter_message.text()
    assert tab.model.rowCount() == 0 and tab.employee_totals.rowCount() == 0  # not the earlier month's rows
    assert "correct the filter" in tab.count_label.text()
