"""Reading the stored TOTVS RH co-participation rows for the tab's table: one filter, page by
page in a stable order, and its count. Plain data out (``CopartRow``); the UI builds no SQL.

Both reads block: run them in a worker thread (the table's pager does).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import sqlalchemy as sa

from app.integrations.totvs import tables as t

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.integrations.totvs.service_rh import CopartFilter


class CopartRow(NamedTuple):
    """One co-participation row as the table shows it."""

    employee_code: str
    employee_name: str
    dependent_name: str
    year_month: str
    occurrency_date: str
    provider_name: str
    provider_cnpj: str
    service_type: str
    contract_type: str
    value: Decimal | None
    company_id: str
    branch: str


_c = t.copart.c
_SELECTED = [getattr(_c, name) for name in CopartRow._fields]


class CopartQuery:
    """The stored rows matching a filter; a bad filter raises InputError here, before any thread."""

    def __init__(self, ctx: AppContext, f: CopartFilter) -> None:
        self._ctx = ctx
        self._where = f.where()

    def page(self, offset: int, limit: int) -> list[CopartRow]:
        """Rows ``offset`` to ``offset + limit``, newest month first (then employee, then id)."""
        stmt = (
            sa.select(*_SELECTED)
            .where(*self._where)
            .order_by(_c.year_month.desc(), _c.employee_code, _c.id)
            .offset(offset)
            .limit(limit)
        )
        with self._ctx.db.read() as conn:
            return [CopartRow(*r) for r in conn.execute(stmt)]

    def count(self) -> int:
        """How many rows match."""
        stmt = sa.select(sa.func.count()).select_from(t.copart).where(*self._where)
        with self._ctx.db.read() as conn:
            return int(conn.execute(stmt).scalar() or 0)
