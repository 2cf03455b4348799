"""Reading the stored TOTVS RH co-participation rows for the tab's table: one filter, page by
page in a stable order, its count, and its totals per employee (company/branch + registration)
and per month. Plain data out (``CopartRow``, ``CopartTotals``); the UI builds no SQL.

Every read blocks: run it in a worker thread (the table's pager does).
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
    degree: str
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


class EmployeeTotal(NamedTuple):
    """The co-participation of one employee: a registration is unique within its company/branch
    only, so the key is all three; the name is the one of the employee's latest row."""

    company_id: str
    branch: str
    employee_code: str
    employee_name: str
    total: Decimal


class CopartTotals(NamedTuple):
    """Totals of one filter: per employee (largest first), per month (newest first), overall."""

    employees: list[EmployeeTotal]
    months: list[tuple[str, Decimal]]
    overall: Decimal


def totals(ctx: AppContext, f: CopartFilter) -> CopartTotals:
    """Exact sums (Decimal, in Python: SQLite has no decimal type) of the rows ``f`` keeps."""
    where = f.where()
    sums: dict[tuple[str, str, str], Decimal] = {}
    names: dict[tuple[str, str, str], tuple[str, str]] = {}  # key → (latest month, name)
    months: dict[str, Decimal] = {}
    overall = Decimal("0")
    stmt = sa.select(_c.company_id, _c.branch, _c.employee_code, _c.employee_name, _c.year_month, _c.value)
    with ctx.db.read() as conn:
        for company, branch, code, name, month, value in conn.execute(stmt.where(*where)):
            key = (company, branch, code)
            sums[key] = sums.get(key, Decimal("0")) + value
            seen = names.get(key)
            if seen is None or (month, name) > seen:
                names[key] = (month, name)
            months[month] = months.get(month, Decimal("0")) + value
            overall += value
    employees = [EmployeeTotal(*key, names[key][1], total) for key, total in sums.items()]
    employees.sort(key=lambda e: (-e.total, e.company_id, e.branch, e.employee_code))
    return CopartTotals(employees, sorted(months.items(), reverse=True), overall)
