"""Exports a clerk can trust (issue 15 item 14): an export with nothing new writes no file and says
so (Vétélevage billing lines, TOTVS RH co-participation); money has two decimals in every format."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from app.integrations.totvs import rh_export
from app.integrations.totvs.service_rh import CopartFilter
from app.integrations.vetelevage.export import export_new
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.ledger import commit_ready
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = pytest.mark.e2e


async def test_billing_export_has_cents_and_a_second_one_writes_no_file(vet_ctx: Any, tmp_path: Path) -> None:
    load_catalogue_and_acts(vet_ctx)
    await import_visits(vet_ctx)
    done, _skipped = commit_ready(vet_ctx)
    assert done
    first = export_new(vet_ctx, tmp_path / "billing.csv", "csv", excel_fr=True)
    assert first.export_id is not None and first.lines > 0
    with (tmp_path / "billing.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == first.lines
    for row in rows:
        for column in ("unit_price", "amount"):
            whole, _, cents = row[column].partition(",")
            assert whole.lstrip("-").isdigit() and len(cents) == 2, row[column]

    again = export_new(vet_ctx, tmp_path / "again.csv", "csv")
    assert again.export_id is None and again.lines == 0
    assert not (tmp_path / "again.csv").exists(), "nothing new: no file"


async def test_billing_export_xlsx_shows_money_with_two_decimals(vet_ctx: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    load_catalogue_and_acts(vet_ctx)
    await import_visits(vet_ctx)
    commit_ready(vet_ctx)
    result = export_new(vet_ctx, tmp_path / "billing.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "billing.xlsx").active
    assert sheet is not None
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    amount = header.index("amount") + 1
    cells = [sheet.cell(row=r, column=amount) for r in range(2, result.lines + 2)]
    assert cells and all(isinstance(c.value, int | float) for c in cells)
    assert {c.number_format for c in cells} == {"#,##0.00"}


def test_a_co_participation_export_of_no_row_writes_no_file(ctx: Any, tmp_path: Path) -> None:
    for name in ("copart.xlsx", "copart.csv"):
        assert rh_export.export(ctx, CopartFilter(employee="nobody"), tmp_path / name) == 0
        assert not (tmp_path / name).exists()
