"""Spreadsheets Excel keeps intact (issue 19 item 5): the co-participation XLSX read back with
openpyxl — codes and CNPJs text, dates dates, quantities and amounts numbers, headings in the UI's
language, id last; CSV as before; the export dialog: XLSX first, the exports folder then the last
one used, the chosen type's extension added, the folder named in the success message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from app.integrations.totvs import rh_export, service_rh
from app.integrations.totvs import tables as t
from app.ui.common import settings_store
from app.ui.totvs_rh_tab import EXPORT_FOLDER_KEY, TotvsRhTab, with_suffix
from tests.ui.totvs_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.ui


@pytest.fixture
def no_last_folder() -> Iterator[None]:
    settings_store().remove(EXPORT_FOLDER_KEY)
    yield
    settings_store().remove(EXPORT_FOLDER_KEY)


def _hostile_row(ctx: Any) -> dict[str, Any]:
    """A stored row with leading zeros everywhere, a 14-digit CNPJ and a formula-looking name."""
    with ctx.db.transaction() as conn:
        row = dict(conn.execute(sa.select(t.copart).limit(1)).mappings().one())
        conn.execute(
            sa.update(t.copart)
            .where(t.copart.c.id == row["id"])
            .values(
                employee_code="0098765",
                dependent_code="01",
                provider="007",
                provider_cnpj="34167200000155",
                employee_name='=HYPERLINK("http://x")',
                amount_use="2",
                occurrency_date="2025-03-04T00:00:00",
                year_month="202503",
                value=Decimal("1234.56"),
            )
        )
    return row


async def _wait(job: Any) -> None:
    await job.wait()
    assert job.error is None, job.error


async def test_xlsx_cells_keep_codes_dates_and_numbers(
    qtbot: QtBot, totvs_ctx: Any, tmp_path: Path, pt_br: None, no_last_folder: None
) -> None:
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    row = _hostile_row(totvs_ctx)
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    await tab.wait_idle()
    tab.employee_edit.setText("0098765")
    f = tab.current_filter()
    out = tmp_path / "copart.xlsx"
    await _wait(tab.export_to(out, f))
    sheet = load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Empresa", "Filial", "Matrícula"] and header[-1] == "Id"
    assert "Valor da coparticipação" in header and "Quantidade" in header
    cells = {title: cell for title, cell in zip(header, sheet[2], strict=True)}
    for title, text in (
        ("Matrícula", "0098765"),
        ("Cód. dependente", "01"),
        ("Prestador", "007"),
        ("CNPJ do prestador", "34167200000155"),
    ):
        assert cells[title].data_type == "s" and cells[title].value == text, (
            title,
            [c.value for c in sheet[2]],
        )
        assert cells[title].number_format == "@", title
    assert cells["Funcionário"].value.startswith("'=") and cells["Funcionário"].data_type == "s"
    assert cells["Data de ocorrência"].is_date and cells["Data de ocorrência"].value == dt.datetime(
        2025, 3, 4
    )
    assert (
        cells["Ano/mês de referência"].is_date and cells["Ano/mês de referência"].number_format == "mm/yyyy"
    )
    assert cells["Quantidade"].data_type == "n" and cells["Quantidade"].value == 2
    assert cells["Valor da coparticipação"].data_type == "n"
    assert cells["Valor da coparticipação"].value == pytest.approx(1234.56)
    assert cells["Id"].value == row["id"]
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)


async def test_csv_stays_as_it_was(qtbot: QtBot, totvs_ctx: Any, tmp_path: Path, pt_br: None) -> None:
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    _hostile_row(totvs_ctx)
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    tab.employee_edit.setText("0098765")
    out = tmp_path / "copart.csv"
    await _wait(tab.export_to(out, tab.current_filter()))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, line = raw.decode("utf-8-sig").splitlines()
    assert header.startswith("Empresa;Filial;Matrícula;") and header.endswith(";Id")
    values = line.split(";")
    assert values[2] == "0098765" and "1234,56" in values and "'=HYPERLINK" in line


async def test_the_dialog_offers_xlsx_first_remembers_the_folder_and_adds_the_extension(
    qtbot: QtBot, totvs_ctx: Any, tmp_path: Path, no_last_folder: None
) -> None:
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")  # rows to export
    tab = TotvsRhTab(totvs_ctx)
    qtbot.addWidget(tab)
    dialog = tab.export()
    assert dialog is not None
    assert dialog.nameFilters()[0].endswith("(*.xlsx)") and dialog.selectedNameFilter().endswith("(*.xlsx)")
    assert Path(dialog.directory().absolutePath()) == totvs_ctx.data_dir / "exports"
    chosen = tmp_path / "reports"
    chosen.mkdir()
    csv_filter = dialog.nameFilters()[1]
    dialog.selectNameFilter(csv_filter)
    dialog.filterSelected.emit(csv_filter)
    dialog.fileSelected.emit(str(chosen / "maio"))  # as the dialog does when the clerk saves
    dialog.reject()
    await _wait(tab.export_job)
    assert str(chosen) in tab.error_bar.label.text()
    assert (chosen / "maio.csv").is_file() and "maio.csv" in tab.error_bar.label.text()
    again = tab.export()
    assert again is not None and Path(again.directory().absolutePath()) == chosen  # the last folder used
    again.reject()
    assert with_suffix(Path("a/b"), "xlsx") == Path("a/b.xlsx")
    assert with_suffix(Path("a/b.CSV"), "xlsx") == Path("a/b.CSV")
    assert with_suffix(Path("a/maio.2025"), "csv") == Path("a/maio.2025.csv")
    assert rh_export.headings()[-1] == "Id"
