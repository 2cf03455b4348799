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
    """Exact sums of the rows ``f`` keeps, per employee (largest first), per month, overall.

    Summed by the database, grouped (a few hundred rows come back, not every row: 100,000 rows
    summed in Python kept a worker busy in Python for a second, and the window with it). SQLite
    has no decimal type: it sums whole cents, exact, when every amount is written with at most
    two decimals (what TOTVS sends); otherwise, and for an amount too large for that, the rows
    are summed in Python (:func:`totals_in_python`)."""
    where = f.where()
    with ctx.db.read() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite and conn.execute(sa.select(sa.func.count()).where(*where, _not_cents())).scalar():
            return totals_in_python(conn, where)
        amount = _cents() if sqlite else _c.value
        places = sa.func.max(_decimals()) if sqlite else sa.literal(0)
        latest = sa.func.max(_latest_name(conn.dialect.name))
        by_employee = conn.execute(
            sa.select(_c.company_id, _c.branch, _c.employee_code, latest, sa.func.sum(amount), places)
            .where(*where)
            .group_by(_c.company_id, _c.branch, _c.employee_code)
        ).all()
        by_month = conn.execute(
            sa.select(_c.year_month, sa.func.sum(amount), places).where(*where).group_by(_c.year_month)
        ).all()
    exact = _from_cents if sqlite else _as_decimal
    employees = [
        EmployeeTotal(company, branch, code, str(latest).split(_SEP, 1)[-1], exact(total, n))
        for company, branch, code, latest, total, n in by_employee
    ]
    employees.sort(key=lambda e: (-e.total, e.company_id, e.branch, e.employee_code))
    months = sorted(((month, exact(total, n)) for month, total, n in by_month), reverse=True)
    return CopartTotals(employees, months, sum((t for _m, t in months), Decimal("0")))


_SEP = "\x1f"  # between a month and a name: below every printable character


def _latest_name(dialect: str) -> sa.ColumnElement[str]:
    """The month and name of a row as one text whose largest is the latest month's name (by
    code point on both engines, as Python compares them)."""
    text = _c.year_month + sa.literal(_SEP) + _c.employee_name
    return text.collate("C") if dialect == "postgresql" else text


_TEXT = sa.type_coerce(_c.value, sa.String)  # an amount as SQLite stores it: its text


def _decimals() -> sa.ColumnElement[int]:
    """How many decimals an amount's text has (SQLite stores them as text)."""
    dot = sa.func.instr(_TEXT, ".")
    return sa.case((dot > 0, sa.func.length(_TEXT) - dot), else_=0)


def _not_cents() -> sa.ColumnElement[bool]:
    """An amount that whole cents cannot sum exactly: not plain digits, more than two decimals,
    or too large for a double to hold its cents."""
    return sa.or_(
        _TEXT.op("GLOB")("*[^0-9.-]*"),
        _decimals() > 2,
        sa.func.abs(sa.cast(_TEXT, sa.Float)) >= 1e12,
    )


def _cents() -> sa.ColumnElement[int]:
    return sa.cast(sa.func.round(sa.cast(_TEXT, sa.Float) * 100), sa.Integer)


def _from_cents(cents: int | None, places: int | None) -> Decimal:
    """Whole cents as the Decimal that adding the amounts gives (as many decimals as the most
    precise of them)."""
    total = Decimal(int(cents or 0)).scaleb(-2)
    return total.quantize(Decimal(1).scaleb(-int(places or 0)))


def _as_decimal(value: object, _places: object) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))


def totals_in_python(conn: sa.Connection, where: list[sa.ColumnElement[bool]]) -> CopartTotals:
    """The same totals, every row read and summed with Decimal."""
    sums: dict[tuple[str, str, str], Decimal] = {}
    names: dict[tuple[str, str, str], tuple[str, str]] = {}  # key → (latest month, name)
    months: dict[str, Decimal] = {}
    overall = Decimal("0")
    stmt = sa.select(_c.company_id, _c.branch, _c.employee_code, _c.employee_name, _c.year_month, _c.value)
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
