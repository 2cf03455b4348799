"""Bulk inserts for the import: thousands of rows into one table in one executemany.

Rows are built as tuples in the order of the columns named, each value bound as its column binds
(:func:`binder`): on SQLite the statement is compiled once per table and columns and the tuples go
to the driver as they are, skipping SQLAlchemy's per-row parameter building (which cost more than
SQLite's own work for a 5,000-visit batch); a value shared by every row (the batch, the time) is
bound once. Other engines take the ordinary Core executemany with the values as given (the Core
binds them; PostgreSQL's insertmanyvalues batches the rows itself).

While a chunk is built and written the cyclic garbage collector is paused (``no_cyclic_gc``, app/core/gc_pause.py):
the tens of thousands of dictionaries, tuples and sentences a chunk makes hold no cycles and are
freed as soon as the chunk is written, yet counted as allocations they set off a collection every
few hundred, and full ones that walk the whole heap (a third of a 5,000-visit import, measured).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect

from app.core.gc_pause import no_cyclic_gc

__all__ = ["binder", "direct", "insert_many", "insert_rows", "no_cyclic_gc"]


def _same(value: Any) -> Any:
    return value


def direct(conn: Connection) -> bool:
    """Whether rows go to the driver as tuples (SQLite's ``?`` marks), bound by :func:`binder`."""
    return conn.dialect.paramstyle == "qmark"


def binder(conn: Connection, column: sa.Column[Any]) -> Callable[[Any], Any]:
    """What ``column``'s type does to a value before the driver gets it, for rows handed to the
    driver directly (:func:`direct`); elsewhere nothing (the Core executemany binds the values)."""
    if not direct(conn):
        return _same
    return column.type.bind_processor(conn.dialect) or _same


@functools.lru_cache(maxsize=64)
def _insert_sql(dialect: Dialect, table: sa.Table, columns: tuple[str, ...]) -> str:
    quote = dialect.identifier_preparer
    names = ", ".join(quote.quote(table.c[name].name) for name in columns)
    return f"INSERT INTO {quote.format_table(table)} ({names}) VALUES ({', '.join('?' * len(columns))})"


def insert_rows(
    conn: Connection, table: sa.Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> None:
    """Insert ``rows``, tuples of the ``columns`` of ``table`` in that order, each value bound with
    :func:`binder` (one executemany)."""
    if not rows:
        return
    if direct(conn):
        conn.exec_driver_sql(_insert_sql(conn.dialect, table, tuple(columns)), list(rows))
        return
    conn.execute(sa.insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def insert_many(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dictionaries with the same keys, column names of ``table``) at once."""
    if not rows:
        return
    if not direct(conn):
        conn.execute(sa.insert(table), list(rows))
        return
    columns = list(rows[0])
    binds = [binder(conn, table.c[name]) for name in columns]
    converted = [i for i, bind in enumerate(binds) if bind is not _same]
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = [row[name] for name in columns]
        for i in converted:
            values[i] = binds[i](values[i])
        params.append(tuple(values))
    insert_rows(conn, table, columns, params)
