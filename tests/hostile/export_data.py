"""Something for each export to write: exports with nothing new write no file (issue 15 item 14),
so the file-writing tests first store a committed billing line or a co-participation row.

Rows go straight into the tables (test set-up, not the path under test); each column the schema
requires gets a plain value of its type."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

_serial = itertools.count(1)


def _plain(column: sa.Column[Any], n: int) -> Any:
    kind = column.type
    if isinstance(kind, sa.types.TypeDecorator):  # UtcDateTime, Money…: the type it stores
        kind = kind.impl_instance
    python = kind.python_type
    if python is dt.datetime:
        return dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    if python is Decimal:
        return Decimal("12.50")
    if python is int:
        return 1
    return f"{column.name[:6]}-{n}"[: getattr(column.type, "length", None) or 40]


def insert_row(conn: sa.Connection, table: sa.Table, **values: Any) -> None:
    """One row of ``table``: ``values``, and a plain value for every other required column."""
    n = next(_serial)
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or column.server_default is not None:
            continue
        if column.primary_key and column.autoincrement is not False and isinstance(column.type, sa.Integer):
            continue
        row[column.name] = _plain(column, n)
    conn.execute(sa.insert(table), row)


def new_billing_line(ctx: Any) -> None:
    """A committed visit with one billing line not exported yet."""
    from app.integrations.vetelevage import tables as t

    n = next(_serial)
    with ctx.db.transaction() as conn:
        insert_row(conn, t.batches, compte_id="C1", lot=f"L-{n}")
        batch_id = conn.execute(sa.select(sa.func.max(t.batches.c.id))).scalar_one()
        visit_id = f"V-{n:06d}"
        insert_row(conn, t.visits, id=visit_id, compte_id="C1", batch_id=batch_id, state="committed")
        insert_row(
            conn,
            t.ledger,
            visit_id=visit_id,
            revision=1,
            line_no=1,
            line_type="acte",
            quantity=Decimal("1"),
            unit_price=Decimal("45.00"),
            amount=Decimal("45.00"),
            entry="commit",
        )


def copart_row(ctx: Any) -> None:
    """One co-participation row to export."""
    from app.integrations.totvs import tables as t

    n = next(_serial)
    with ctx.db.transaction() as conn:
        insert_row(conn, t.copart, id=f"row-{n}", value=Decimal("99.00"), year_month="202611")
