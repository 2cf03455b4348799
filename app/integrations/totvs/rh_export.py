"""TOTVS RH co-participation exports: the stored rows of one filter, to a spreadsheet Excel keeps
intact.

XLSX: registrations, dependant and provider codes and CNPJs are text cells (format ``@``: leading
zeros kept, never ``3,41672E+13``), the occurrence date a date cell, the reference month a date
cell shown ``mm/aaaa``, quantities and amounts numbers; the headings in the UI's language
(``translate``; Portuguese, the seed's, without one); the internal id last. CSV as it always was:
UTF-8 with BOM, ``;``, decimal comma. Every text cell goes through :func:`app.core.csvsafe.cell`
(a value starting with ``=``, ``+``, ``@``… is never run as a formula).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa

from app.core import csvsafe
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs import tables as t
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.integrations.totvs.service_rh import CopartFilter

CONTEXT = "TotvsRhExport"
SHEET = "Coparticipações"
TEXT, LABEL, DATE, MONTH, NUMBER, MONEY = "text", "label", "date", "month", "number", "money"


class ExportColumn(NamedTuple):
    """One column of the export: the stored column, its heading (English source and the
    Portuguese used without a translator), and how its cells are written."""

    key: str
    heading: str
    portuguese: str
    kind: str = TEXT
    width: int = 14


COLUMNS: list[ExportColumn] = [
    ExportColumn("company_id", QT_TRANSLATE_NOOP("TotvsRhExport", "Company"), "Empresa", width=9),
    ExportColumn("branch", QT_TRANSLATE_NOOP("TotvsRhExport", "Branch"), "Filial", width=10),
    ExportColumn("employee_code", QT_TRANSLATE_NOOP("TotvsRhExport", "Registration"), "Matrícula", width=11),
    ExportColumn("employee_name", QT_TRANSLATE_NOOP("TotvsRhExport", "Employee"), "Funcionário", width=32),
    ExportColumn(
        "dependent_code", QT_TRANSLATE_NOOP("TotvsRhExport", "Dependant code"), "Cód. dependente", width=10
    ),
    ExportColumn(
        "dependent_name", QT_TRANSLATE_NOOP("TotvsRhExport", "Beneficiary"), "Beneficiário", width=32
    ),
    ExportColumn(
        "degree", QT_TRANSLATE_NOOP("TotvsRhExport", "Degree of dependency"), "Grau de dependência", width=10
    ),
    ExportColumn(
        "occurrency_date",
        QT_TRANSLATE_NOOP("TotvsRhExport", "Occurrence date"),
        "Data de ocorrência",
        DATE,
        12,
    ),
    ExportColumn(
        "year_month",
        QT_TRANSLATE_NOOP("TotvsRhExport", "Reference month"),
        "Ano/mês de referência",
        MONTH,
        10,
    ),
    ExportColumn("provider", QT_TRANSLATE_NOOP("TotvsRhExport", "Provider"), "Prestador", width=10),
    ExportColumn(
        "provider_name", QT_TRANSLATE_NOOP("TotvsRhExport", "Provider name"), "Nome do prestador", width=32
    ),
    ExportColumn(
        "provider_cnpj", QT_TRANSLATE_NOOP("TotvsRhExport", "Provider CNPJ"), "CNPJ do prestador", width=18
    ),
    ExportColumn("provider_contract", QT_TRANSLATE_NOOP("TotvsRhExport", "Contract"), "Contrato", width=12),
    ExportColumn(
        "contract_type", QT_TRANSLATE_NOOP("TotvsRhExport", "Contract type"), "Tipo de contrato", LABEL, 24
    ),
    ExportColumn(
        "service_type", QT_TRANSLATE_NOOP("TotvsRhExport", "Service type"), "Tipo de atendimento", LABEL, 22
    ),
    ExportColumn("specialty", QT_TRANSLATE_NOOP("TotvsRhExport", "Specialty"), "Especialidade", width=12),
    ExportColumn("icd", QT_TRANSLATE_NOOP("TotvsRhExport", "ICD"), "CID", width=8),
    ExportColumn("amount_use", QT_TRANSLATE_NOOP("TotvsRhExport", "Quantity"), "Quantidade", NUMBER, 10),
    ExportColumn(
        "value",
        QT_TRANSLATE_NOOP("TotvsRhExport", "Co-participation amount"),
        "Valor da coparticipação",
        MONEY,
        14,
    ),
    ExportColumn("description", QT_TRANSLATE_NOOP("TotvsRhExport", "Description"), "Descrição", width=24),
    ExportColumn("id", QT_TRANSLATE_NOOP("TotvsRhExport", "Id"), "Id", width=30),  # internal: last
]
# (key, Portuguese heading): what the exports wrote before the headings followed the UI's language.
EXPORT_COLUMNS: list[tuple[str, str]] = [(c.key, c.portuguese) for c in COLUMNS]

Translate = Callable[[str, str], str]


def headings(translate: Translate | None = None) -> list[str]:
    """The headings in the UI's language (``translate``: QCoreApplication.translate), else Portuguese."""
    return [translate(CONTEXT, c.heading) if translate else c.portuguese for c in COLUMNS]


def _rows(ctx: AppContext, f: CopartFilter) -> Iterable[dict[str, Any]]:
    c = t.copart.c
    with ctx.db.read() as conn:
        query = sa.select(t.copart).where(*f.where()).order_by(c.year_month, c.employee_code, c.id)
        for row in conn.execute(query).mappings():
            yield dict(row)


def _text(column: ExportColumn, value: Any) -> Any:
    if column.kind == LABEL:
        table = CONTRACT_TYPES if column.key == "contract_type" else SERVICE_TYPES
        return f"{value} - {table[value]}" if value in table else value
    return value


def _date(text: str) -> dt.date | dt.datetime | None:
    """A Protheus timestamp (YYYY-MM-DDThh:mm:ss) as a date, or a date and time when it has one."""
    try:
        moment = dt.datetime.fromisoformat(str(text).strip())
    except ValueError:
        return None
    return moment.date() if moment.time() == dt.time() else moment


def _month(text: str) -> dt.date | None:
    text = str(text).strip()
    if len(text) == 6 and text.isdigit() and 1 <= int(text[4:]) <= 12:
        return dt.date(int(text[:4]), int(text[4:]), 1)
    return None


def _number(text: Any) -> int | Decimal | None:
    raw = str(text).strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except ArithmeticError:
        return None
    if not value.is_finite():
        return None
    return int(value) if value == value.to_integral_value() else value


def _xlsx_cell(sheet: Any, column: ExportColumn, value: Any) -> Any:
    """One cell: typed (date, number) where the value reads as one, else formula-safe text."""
    from openpyxl.cell import WriteOnlyCell

    typed: Any = None
    number_format = "@"
    if column.kind == DATE:
        typed = _date(value)
        number_format = "dd/mm/yyyy hh:mm" if isinstance(typed, dt.datetime) else "dd/mm/yyyy"
    elif column.kind == MONTH:
        typed, number_format = _month(value), "mm/yyyy"
    elif column.kind == NUMBER:
        typed, number_format = _number(value), "0"
    elif column.kind == MONEY:
        typed, number_format = value, "#,##0.00"
    if typed is None:  # text, or a value that does not read as its kind: kept as text
        typed, number_format = csvsafe.cell(str(_text(column, value) or "")), "@"
    cell = WriteOnlyCell(sheet, value=typed)
    cell.number_format = number_format
    return cell


def _write_xlsx(tmp: Path, rows: Iterable[dict[str, Any]], titles: list[str]) -> int:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([csvsafe.cell(title) for title in titles])
    written = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, column, row[column.key]) for column in COLUMNS])
        written += 1
    book.save(tmp)
    return written


def _write_csv(tmp: Path, rows: Iterable[dict[str, Any]], titles: list[str]) -> int:
    written = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([csvsafe.cell(title) for title in titles])
        for row in rows:
            writer.writerow(
                [
                    f"{row[c.key]:.2f}".replace(".", ",")
                    if c.kind == MONEY
                    else csvsafe.cell(_text(c, row[c.key]))
                    for c in COLUMNS
                ]
            )
            written += 1
    return written


def export(ctx: AppContext, f: CopartFilter, path: Path, translate: Translate | None = None) -> int:
    """Write the filtered rows to .xlsx (typed cells) or .csv (';', decimal comma, UTF-8 BOM),
    headings in the UI's language with ``translate``; return the rows written (0: no row matches,
    no file written). Blocks: run it in a worker thread."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise refused(QT_TRANSLATE_NOOP("errors", "The export file must end in .csv or .xlsx."), "out")
    titles = headings(translate)
    rows = iter(_rows(ctx, f))
    first = next(rows, None)
    if first is None:  # nothing to export: no file (an empty sheet would look like an export)
        return 0
    every = itertools.chain([first], rows)
    with csvsafe.export_path(path) as tmp:
        if suffix == ".csv":
            return _write_csv(tmp, every, titles)
        return _write_xlsx(tmp, every, titles)
