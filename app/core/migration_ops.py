"""Operations that Alembic revisions repeat, written once.

Revisions stay frozen snapshots: they never import ``tables.py``; these helpers only save the
loops and column lists that several revisions spelled out alike (add or drop columns, fill a new
column for the rows already stored in batches, create a table with its primary key named the usual
way, drop a revision's tables). A helper's behaviour must never change once a shipped revision uses
it: add a new helper instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

BATCH = 2000


def add_columns(table: str, *columns: sa.Column[Any]) -> None:
    """Add each column to ``table`` (outside a batch: ADD COLUMN works on both engines)."""
    for column in columns:
        op.add_column(table, column)


def adding_column(
    table: str, name: str, type_: Any, **options: Any
) -> tuple[Callable[[], None], Callable[[], None]]:
    """``upgrade`` and ``downgrade`` of a revision that only adds one column: add it; drop it.

    The column is built afresh at each upgrade (a column belongs to one table object only).
    """

    def upgrade() -> None:
        add_columns(table, sa.Column(name, type_, **options))

    def downgrade() -> None:
        drop_columns(table, name)

    return upgrade, downgrade


def drop_columns(table: str, *names: str) -> None:
    """Drop the named columns of ``table`` (in a batch, so that SQLite can do it)."""
    with op.batch_alter_table(table) as batch:
        for name in names:
            batch.drop_column(name)


def create_table(name: str, *items: sa.schema.SchemaItem, key: str | tuple[str, ...]) -> None:
    """``op.create_table`` with its primary key on ``key``, named ``pk_<table>`` as every revision names it."""
    columns = (key,) if isinstance(key, str) else key
    op.create_table(name, *items, sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{name}")))


def create_serial_table(name: str, *items: sa.schema.SchemaItem) -> None:
    """A table keyed on ``id``, the integer the database numbers itself, first (see :func:`create_table`)."""
    create_table(name, sa.Column("id", sa.Integer(), autoincrement=True, nullable=False), *items, key="id")


def drop_tables(*names: str) -> None:
    """Drop the tables in the order given (children first); their indexes go with them."""
    for name in names:
        op.drop_table(name)


def backfill(
    table: sa.TableClause,
    read: Sequence[str],
    compute: Callable[[Sequence[Any]], Mapping[str, Any]],
    *,
    key: str = "id",
) -> None:
    """Set columns of every stored row from ``compute(row)``, in batches ordered by ``key``.

    ``row`` holds the key then the ``read`` columns; ``compute`` returns the new values by
    column name. Batches keep millions of rows within memory bounds.
    """
    conn = op.get_bind()
    key_col = table.c[key]
    last: Any = None
    while True:
        query = sa.select(key_col, *(table.c[name] for name in read)).order_by(key_col).limit(BATCH)
        if last is not None:
            query = query.where(key_col > last)
        rows = conn.execute(query).all()
        if not rows:
            break
        values = [compute(row) for row in rows]
        conn.execute(
            sa.update(table)
            .where(key_col == sa.bindparam("b_key"))
            .values({name: sa.bindparam(f"b_{name}") for name in values[0]}),
            [
                {"b_key": row[0], **{f"b_{n}": v for n, v in new.items()}}
                for row, new in zip(rows, values, strict=True)
            ],
        )
        last = rows[-1][0]


def add_search_text(
    table: str,
    key: tuple[str, sa.types.TypeEngine[Any]],
    read: Mapping[str, sa.types.TypeEngine[Any]],
    text: Callable[[Sequence[Any]], str],
) -> None:
    """Add ``search_text`` (folded text the search compares, '' by default) and fill it for stored rows."""
    add_columns(table, sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    clause = sa.table(
        table,
        sa.column(key[0], key[1]),
        *(sa.column(name, type_) for name, type_ in read.items()),
        sa.column("search_text", sa.Text),
    )
    backfill(clause, list(read), lambda row: {"search_text": text(row)}, key=key[0])
