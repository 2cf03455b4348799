"""Move a desk's SQLite data into the clinic's shared PostgreSQL database, once.

Every database carries a clinic identity (:mod:`app.core.clinic`, created at first
open). Copying refuses to merge into a database that already holds another clinic's data,
shows the row counts first (``preview``), and copies every table in foreign-key order inside
one transaction, so a failure leaves the target as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from app.core.clinic import clinic_id
from app.core.db import Database, metadata, utcnow
from app.core.migrations import is_up_to_date
from app.core.tables import state

_SKIP = {"leases", "alembic_version"}


class CopyRefused(RuntimeError):
    """A sentence explaining why the copy would be wrong."""


def _tables() -> list[sa.Table]:
    _load_all_tables()
    return [t for t in metadata.sorted_tables if t.name not in _SKIP]


def _load_all_tables() -> None:
    import contextlib
    import importlib
    import pkgutil

    import app.core.tables  # noqa: F401
    import app.integrations as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"app.integrations.{info.name}.tables")


@dataclass(frozen=True)
class Preview:
    """Row counts per table on both sides, and each side's clinic id, before a copy."""

    source_counts: dict[str, int]
    target_counts: dict[str, int]
    source_clinic: str | None
    target_clinic: str | None

    @property
    def total(self) -> int:
        return sum(self.source_counts.values())

    @property
    def target_has_data(self) -> bool:
        return any(n for name, n in self.target_counts.items() if name != "state")


def _counts(db: Database) -> dict[str, int]:
    with db.read() as conn:
        return {
            t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
            for t in _tables()
        }


def preview(source: Database, target: Database) -> Preview:
    """Bring both databases up to date and count what each holds."""
    for db in (source, target):
        if not is_up_to_date(db):
            db.migrate()
    return Preview(
        _counts(source), _counts(target), clinic_id(source, create=False), clinic_id(target, create=False)
    )


def copy(source: Database, target: Database, *, chunk: int = 2000) -> Preview:
    """Copy everything from ``source`` into ``target``; refuse to merge two clinics' data."""
    before = preview(source, target)
    if before.target_has_data:
        if before.target_clinic and before.source_clinic and before.target_clinic != before.source_clinic:
            raise CopyRefused(
                "The shared database already holds another clinic's data. Nothing was copied: "
                "check the database address, or ask IT for an empty database."
            )
        raise CopyRefused(
            "The shared database already holds data (this desk's data was copied before, or another desk "
            "of this clinic uses it). Nothing was copied: this desk can simply use it."
        )
    with source.read() as src, target.transaction() as dst:
        for table in _tables():
            if table.name == "state":
                dst.execute(sa.delete(state))
            rows = src.execute(sa.select(table))
            while batch := rows.fetchmany(chunk):
                dst.execute(sa.insert(table), [dict(r._mapping) for r in batch])
        if target.dialect == "postgresql":
            for table in _tables():
                for column in table.primary_key.columns:
                    if column.autoincrement is True or (
                        isinstance(column.type, sa.Integer) and len(table.primary_key.columns) == 1
                    ):
                        dst.execute(
                            sa.text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false)"
                            )
                        )
        target.set_state("clinic.copied_at", utcnow().isoformat(), dst)
    return preview(source, target)
