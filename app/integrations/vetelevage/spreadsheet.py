"""Spreadsheet files a clinic opens (billing lines, mappings): CSV or XLSX, formula-safe, atomic.

Every text cell goes through :func:`app.core.csvsafe.cell`: a value from Vétélevage or from
the clinic's catalogue that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is written with a leading apostrophe, so Excel or LibreOffice shows it instead of running it.
Numbers stay numbers: a quantity of −1 is the number −1 in the CSV text and a number cell in
the XLSX. Files are written beside the target and renamed into place (core/atomic.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core import csvsafe

NUMBER_TYPES = (int, float, Decimal)


def is_number(value: Any) -> bool:
    """Whether the value is written as a number (never a bool, never text that looks like one)."""
    return isinstance(value, NUMBER_TYPES) and not isinstance(value, bool)


class Money(Decimal):
    """An amount: written with two decimals (``110,00``), a number cell shown so in XLSX."""

    __slots__ = ()


MONEY_FORMAT = "#,##0.00"


def number_text(value: int | float | Decimal, french: bool) -> str:
    """A number as a CSV cell: no exponent, no trailing zeros (money: two decimals), a decimal
    comma for French Excel."""
    if isinstance(value, Money):
        text = format(value.quantize(Decimal("0.01")), "f")
    elif isinstance(value, Decimal):
        text = (
            format(value.normalize(), "f") if value == value.to_integral() else format(value, "f").rstrip("0")
        )
    else:
        text = str(value)
    return text.replace(".", ",") if french else text


def csv_cell(value: Any, french: bool = False) -> str:
    """One CSV cell: numbers as numbers, empty for None, any text made formula-safe."""
    if value is None:
        return ""
    if is_number(value):
        return number_text(value, french)
    return str(csvsafe.cell(str(value)))


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *, french: bool = False
) -> None:
    """A CSV file (UTF-8 with BOM; ``;`` and decimal commas for French Excel), formula-safe, atomic."""
    with csvsafe.open_export(path) as handle:
        writer = csv.writer(handle, delimiter=";" if french else ",")
        writer.writerow([csv_cell(h) for h in header])
        for values in rows:
            writer.writerow([csv_cell(v, french) for v in values])


def xlsx_value(value: Any) -> Any:
    """One XLSX cell's value: numbers as number cells, empty for None, any text made formula-safe."""
    if value is None:
        return None
    if is_number(value):
        return value
    return csvsafe.cell(str(value))


def write_xlsx(path: Path, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """An XLSX workbook of one sheet, formula-safe, written beside ``path`` then renamed into place."""
    from openpyxl import Workbook

    with csvsafe.export_path(path) as tmp:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(sheet_name)
        sheet.append([xlsx_value(h) for h in header])
        for values in rows:
            sheet.append([_money_cell(sheet, v) if isinstance(v, Money) else xlsx_value(v) for v in values])
        book.save(tmp)


def _money_cell(sheet: Any, value: Money) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=Decimal(value))
    cell.number_format = MONEY_FORMAT
    return cell
