"""Co-participation rows for the TOTVS RH tab (100,000+ rows): the columns, and a paged model
over ``rh_queries.CopartQuery`` (filtered and ordered in SQL, read page by page in a thread)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.core.qt import QtCore
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES, label
from app.integrations.totvs.rh_queries import CopartQuery, CopartRow
from app.ui.models.table import Column, PagedModel, offset_pages

CONTEXT = "TotvsCopart"
BATCH = 200
_DISPLAY, _TOOLTIP = int(QtCore.Qt.ItemDataRole.DisplayRole), int(QtCore.Qt.ItemDataRole.ToolTipRole)


def brl(value: Any) -> str:
    """An amount of reais with two decimals, exact (from Decimal), written the UI's way:
    1.234,56 in Portuguese, 1 234,56 in French."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    locale = QtCore.QLocale()
    text = f"{number:,.2f}"
    return (
        text.replace(",", "\x00").replace(".", locale.decimalPoint()).replace("\x00", locale.groupSeparator())
    )


def month_text(value: Any) -> str:
    """A reference month YYYYMM as MM/YYYY."""
    text = str(value or "")
    return f"{text[4:]}/{text[:4]}" if len(text) == 6 else text


def cnpj_text(value: Any) -> str:
    """A CNPJ as 00.000.000/0000-00 (alphanumeric CNPJs too); anything else as it came."""
    text = str(value or "").strip()
    if len(text) != 14 or not text.isalnum():
        return text
    return f"{text[:2]}.{text[2:5]}.{text[5:8]}/{text[8:12]}-{text[12:]}"


def date_text(value: Any) -> str:
    """An ISO date (or date-time) in the UI language's short date, with a four-digit year
    (dd/mm/aaaa in Portuguese and French); anything unreadable as it came."""
    text = str(value or "").strip()
    date = QtCore.QDate.fromString(text[:10], "yyyy-MM-dd")
    if not date.isValid():
        return text
    locale = QtCore.QLocale()
    pattern = locale.dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(date, pattern)


def _column(key: str, title: str, **kwargs: Any) -> Column[CopartRow]:
    return Column(title, key=key, context=CONTEXT, **kwargs)


COLUMNS: list[Column[CopartRow]] = [
    _column("employee_code", QT_TRANSLATE_NOOP("TotvsCopart", "Employee")),
    _column("employee_name", QT_TRANSLATE_NOOP("TotvsCopart", "Employee name")),
    _column("dependent_name", QT_TRANSLATE_NOOP("TotvsCopart", "Beneficiary")),
    # Seed 004 gives no list of RB_GRAUPAR codes: the degree is shown as TOTVS sent it.
    _column("degree", QT_TRANSLATE_NOOP("TotvsCopart", "Degree of dependency")),
    _column("year_month", QT_TRANSLATE_NOOP("TotvsCopart", "Reference month"), format=month_text),
    _column(
        "occurrency_date",
        QT_TRANSLATE_NOOP("TotvsCopart", "Occurrence"),
        format=date_text,
    ),
    _column("provider_name", QT_TRANSLATE_NOOP("TotvsCopart", "Provider")),
    _column("provider_cnpj", QT_TRANSLATE_NOOP("TotvsCopart", "Provider CNPJ"), format=cnpj_text),
    _column(
        "service_type",
        QT_TRANSLATE_NOOP("TotvsCopart", "Service type"),
        format=lambda v: label(SERVICE_TYPES, v),
    ),
    _column(
        "contract_type",
        QT_TRANSLATE_NOOP("TotvsCopart", "Contract type"),
        format=lambda v: label(CONTRACT_TYPES, v),
    ),
    _column("value", QT_TRANSLATE_NOOP("TotvsCopart", "Co-participation"), format=brl, align_right=True),
    _column("company_id", QT_TRANSLATE_NOOP("TotvsCopart", "Company")),
    _column("branch", QT_TRANSLATE_NOOP("TotvsCopart", "Branch")),
]


class CopartModel(PagedModel[CopartRow]):
    """The stored co-participation rows of one filter, 200 at a time as the view scrolls."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def _value(self, row: int, column: int, role: int) -> Any:
        """Every cell's full text on hover too (a column narrower than its text cuts it). Here,
        not in ``data``: a model that overrides ``data`` is painted role by role (``multiData``)."""
        if role == _TOOLTIP:
            return super()._value(row, column, _DISPLAY) or None
        return super()._value(row, column, role)

    def set_query(self, query: CopartQuery) -> None:
        """Show the rows of ``query`` (its count comes with the first page)."""
        self.set_source(offset_pages(query.page, query.count, batch=BATCH), 0)
