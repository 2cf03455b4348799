from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import app.core.tables  # noqa: F401
from app.core.db import Database, UtcDateTime, metadata, sqlite_url
from app.core.migrations import all_revisions, is_up_to_date, upgrade


def _import_integration_tables() -> None:
    import contextlib
    import importlib
    import pkgutil

    import app.integrations as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"app.integrations.{info.name}.tables")


def test_fresh_database_migrates_and_pragmas_are_set(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "p.db"))
    db.migrate()
    assert is_up_to_date(db)
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
    db.migrate()  # idempotent
    db.dispose()


def test_migrations_match_the_declared_tables(tmp_path: Path) -> None:
    _import_integration_tables()
    db = Database(sqlite_url(tmp_path / "p.db"))
    db.migrate()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    db.dispose()
    assert diff == [], f"tables.py and migrations disagree: {diff}"


def test_upgrade_from_every_older_revision(tmp_path: Path) -> None:
    probe = Database(sqlite_url(tmp_path / "probe.db"))
    revisions = all_revisions(probe)
    probe.dispose()
    assert revisions[0] == "core_0001"
    for i, revision in enumerate(revisions):
        db = Database(sqlite_url(tmp_path / f"r{i}.db"))
        upgrade(db, revision)
        upgrade(db, "heads")
        assert is_up_to_date(db), revision
        db.dispose()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "p.db"))
    db.migrate()
    with pytest.raises(RuntimeError), db.transaction() as conn:
        db.set_state("k", "v", conn)
        raise RuntimeError("crash mid-transaction")
    assert db.get_state("k") is None
    db.set_state("k", "v")
    assert db.get_state("k") == "v"
    db.dispose()


def test_utc_datetime_round_trip(tmp_path: Path) -> None:
    table = sa.Table(
        "t_dt", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("at", UtcDateTime)
    )
    db = Database(sqlite_url(tmp_path / "p.db"))
    table.create(db.engine)
    paris = dt.timezone(dt.timedelta(hours=1))
    when = dt.datetime(2026, 11, 23, 8, 2, 11, tzinfo=paris)
    with db.transaction() as conn:
        conn.execute(table.insert().values(id=1, at=when))
    with db.read() as conn:
        got = conn.execute(sa.select(table.c.at)).scalar_one()
    assert got == when and got.tzinfo == dt.UTC
    with pytest.raises(sa.exc.StatementError), db.transaction() as conn:
        conn.execute(table.insert().values(id=2, at=dt.datetime(2026, 1, 1)))
    db.dispose()


async def test_run_executes_off_the_loop_thread(tmp_path: Path) -> None:
    import threading

    db = Database(sqlite_url(tmp_path / "p.db"))
    db.migrate()
    main = threading.get_ident()
    assert await db.run(threading.get_ident) != main
    db.dispose()


def test_corrupt_file_is_a_database_error(tmp_path: Path) -> None:
    from app.core.db import DatabaseError

    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database" * 100)
    db = Database(sqlite_url(path))
    with pytest.raises(DatabaseError, match="could not be prepared"):
        db.migrate()
    db.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("select * from sqlite_master").fetchall()


@pytest.mark.postgres
def test_postgres_migrates_and_matches_the_declared_tables(pg_database_url: str) -> None:
    _import_integration_tables()
    db = Database(pg_database_url)
    db.migrate()
    assert is_up_to_date(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    db.dispose()
    assert diff == [], f"tables.py and migrations disagree on PostgreSQL: {diff}"


def test_first_start_after_an_upgrade_keeps_a_backup(tmp_path: Path) -> None:
    from app.core.context import AppContext
    from app.core.paths import database_file, ensure_data_dir

    data = ensure_data_dir(tmp_path / "data")
    old = Database(sqlite_url(database_file(data)))
    upgrade(old, "core_0001")  # an install of an older version
    old.dispose()
    ctx = AppContext.open(data)
    ctx.close()
    backups = list((data / "backups").glob("before-upgrade-*.db"))
    assert len(backups) == 1
    again = AppContext.open(data)  # already up to date: no new copy
    again.close()
    assert len(list((data / "backups").glob("before-upgrade-*.db"))) == 1
