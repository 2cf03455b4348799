"""Bulk inserts for the import: thousands of rows into one table in one executemany.

On SQLite the statement is compiled once per table and columns and the rows are handed to the
driver as tuples, each value through its column type's bind processor (the same conversion
SQLAlchemy applies), skipping SQLAlchemy's per-row parameter building, which cost more than
SQLite's own work for a 5,000-visit batch. Other engines take the ordinary Core executemany
(PostgreSQL's insertmanyvalues batches the rows itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection


def insert_many(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dictionaries with the same keys, column names of ``table``) at once."""
    if not rows:
        return
    if conn.dialect.paramstyle != "qmark":
        conn.execute(sa.insert(table), list(rows))
        return
    compiled = sa.insert(table).compile(dialect=conn.dialect, column_keys=list(rows[0]))
    columns = list(compiled.positiontup or ())  # the order of the ? marks (the table's)
    assert sorted(columns) == sorted(rows[0]), (columns, list(rows[0]))
    sql = str(compiled)
    processors: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(columns):
        process = table.c[name].type.bind_processor(conn.dialect)
        if process is not None:
            processors.append((i, process))
    params: list[Any] = []
    for row in rows:
        values = [row[name] for name in columns]
        for i, convert in processors:
            values[i] = convert(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)
