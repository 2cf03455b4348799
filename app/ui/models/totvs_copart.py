"""Co-participation rows for the TOTVS RH tab: SQL pages (100,000+ rows), filtered in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs import tables as t
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES, label
from app.integrations.totvs.service_rh import CopartFilter
from app.ui.models.sql_table import Column, Count, Fetch

if TYPE_CHECKING:
    from app.core.context import AppContext

CONTEXT = "TotvsCopart"
c = t.copart.c
# (column, title, formatter)
COLUMNS: list[tuple[Any, str]] = [
    (c.employee_code, QT_TRANSLATE_NOOP("TotvsCopart", "Employee")),
    (c.employee_name, QT_TRANSLATE_NOOP("TotvsCopart", "Employee name")),
    (c.dependent_name, QT_TRANSLATE_NOOP("TotvsCopart", "Beneficiary")),
    (c.year_month, QT_TRANSLATE_NOOP("TotvsCopart", "Reference month")),
    (c.occurrency_date, QT_TRANSLATE_NOOP("TotvsCopart", "Occurrence")),
    (c.provider_name, QT_TRANSLATE_NOOP("TotvsCopart", "Provider")),
    (c.provider_cnpj, QT_TRANSLATE_NOOP("TotvsCopart", "Provider CNPJ")),
    (c.service_type, QT_TRANSLATE_NOOP("TotvsCopart", "Service type")),
    (c.contract_type, QT_TRANSLATE_NOOP("TotvsCopart", "Contract type")),
    (c.value, QT_TRANSLATE_NOOP("TotvsCopart", "Co-participation")),
    (c.company_id, QT_TRANSLATE_NOOP("TotvsCopart", "Company")),
    (c.branch, QT_TRANSLATE_NOOP("TotvsCopart", "Branch")),
]


def brl(value: Any) -> str:
    """Brazilian money text: 1.234,56 (exact, from Decimal)."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    text = f"{number:,.2f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def month_text(value: Any) -> str:
    text = str(value or "")
    return f"{text[4:]}/{text[:4]}" if len(text) == 6 else text


def columns(translate: Any) -> list[Column]:
    out: list[Column] = []
    for col, title in COLUMNS:
        name = col.name
        if name == "value":
            out.append(Column(translate(CONTEXT, title), brl, align_right=True))
        elif name == "service_type":
            out.append(Column(translate(CONTEXT, title), lambda v: label(SERVICE_TYPES, v)))
        elif name == "contract_type":
            out.append(Column(translate(CONTEXT, title), lambda v: label(CONTRACT_TYPES, v)))
        elif name == "year_month":
            out.append(Column(translate(CONTEXT, title), month_text))
        elif name == "occurrency_date":
            out.append(Column(translate(CONTEXT, title), lambda v: str(v or "")[:10]))
        else:
            out.append(Column(translate(CONTEXT, title)))
    return out


def query(ctx: AppContext, f: CopartFilter) -> tuple[Fetch, Count]:
    """fetch(offset, limit) and count() for SqlPageModel, both run in a worker thread."""
    where = f.where()  # raises InputError on a bad filter, before any thread starts
    select_cols = [col for col, _title in COLUMNS]

    def fetch(offset: int, limit: int) -> Sequence[Sequence[Any]]:
        with ctx.db.read() as conn:
            stmt = (
                sa.select(*select_cols)
                .where(*where)
                .order_by(c.year_month.desc(), c.employee_code, c.id)
                .offset(offset)
                .limit(limit)
            )
            return [tuple(r) for r in conn.execute(stmt)]

    def count() -> int:
        with ctx.db.read() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(t.copart).where(*where)).scalar() or 0
            )

    return fetch, count
