"""The local store: SQLAlchemy 2 Core over SQLite (one desk) or PostgreSQL (several desks).

Alembic migrations run at start (``Database.migrate``). Every table is declared on the one
``metadata`` below (core tables in core/tables.py, each integration's in its tables.py);
every schema change is an Alembic revision. SQL goes through SQLAlchemy Core so both engines
work; dialect-specific parts live behind one function each (see ``Database.dialect``).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import errno
import logging
import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger("passerelle.db")

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

P = ParamSpec("P")
T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
INTEGRATIONS_DIR = Path(__file__).resolve().parent.parent / "integrations"


class UtcDateTime(sa.types.TypeDecorator[dt.datetime]):
    """Timezone-aware datetimes, stored in UTC on both engines."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Money(sa.types.TypeDecorator[Decimal]):
    """Exact decimals on both engines: NUMERIC on PostgreSQL, text on SQLite (which has no
    decimal type and would round through floats). Sum them in Python with Decimal."""

    impl = sa.String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: sa.Dialect) -> sa.types.TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sa.String(40))
        return dialect.type_descriptor(sa.Numeric(18, 4))

    def process_bind_param(self, value: Decimal | int | str | None, dialect: sa.Dialect) -> Any:
        if value is None:
            return None
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        return str(number) if dialect.name == "sqlite" else number

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> Decimal | None:
        if value is None:
            return None
        return value if isinstance(value, Decimal) else Decimal(str(value))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DatabaseError(RuntimeError):
    """The store cannot be opened or migrated; the message says what to do."""


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error under an exception (SQLAlchemy wraps it; ours chain it)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
    return None


def is_disk_full(exc: BaseException) -> bool:
    """SQLite could not grow the file, or the OS could not write: the disk (or quota) is full."""
    error = _sqlite_error(exc)
    if error is not None:
        return getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"
    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


def is_damaged(exc: BaseException) -> bool:
    """The SQLite file is not a database, or its pages are corrupt or cut short."""
    error = _sqlite_error(exc)
    name = str(getattr(error, "sqlite_errorname", "")) if error is not None else ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ")) or (
        error is not None and str(error) in ("file is not a database", "database disk image is malformed")
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy drive transactions (pysqlite's own BEGIN handling is not usable).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        # Effective on a new file (before any table): lets retention give space back little by little.
        cur.execute("PRAGMA auto_vacuum=INCREMENTAL")
        cur.execute("PRAGMA busy_timeout=15000")
        # Purged personal data (NIR…) is overwritten, not left in free pages: Windows' SQLite
        # is not compiled with SECURE_DELETE on, unlike Debian's.
        cur.execute("PRAGMA secure_delete=ON")
        mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() not in {"wal", "memory"}:
            log.warning("SQLite journal mode is %s, not WAL", mode[0])
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


class Database:
    """One engine per process; connections come from its pool, one per thread at a time."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = sa.create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise DatabaseError(f"Cannot use the database address: {type(exc).__name__}: {exc}") from exc
        if self.dialect == "sqlite":
            _install_sqlite_hooks(self.engine)
            self._make_private()

    def _make_private(self) -> None:
        """A new SQLite file is created readable by its owner only (its -wal and -shm follow)."""
        from app.core.paths import private_file

        name = self.engine.url.database
        if name and name != ":memory:" and not name.startswith("file:"):
            path = Path(name)
            if path.parent.is_dir() and not path.exists():
                private_file(path)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite, so writers queue instead of failing)."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run blocking database work in a worker thread, off the Qt/asyncio thread."""
        return await asyncio.to_thread(fn, *args, **kwargs)

    def migrate(self) -> None:
        from app.core.migrations import upgrade

        upgrade(self)

    def dispose(self) -> None:
        self.engine.dispose()

    def damaged(self, exc: BaseException) -> DatabaseError | None:
        """The sentence for an SQLite file that cannot be used at all (or None: another failure)."""
        if self.dialect != "sqlite" or not is_damaged(exc):
            return None
        path = Path(self.engine.url.database or "passerelle.db")
        return DatabaseError(
            f"{path.name} is damaged: {_sqlite_error(exc)}. Restore the last backup from {path.parent / 'backups'}."
        )

    def scrub(self) -> None:
        """After deleting personal data: copy the (zeroed) pages back into the file and empty the
        WAL, so neither still holds the old bytes. Best effort: readers may delay part of it."""
        if self.dialect != "sqlite":
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def get_state(self, key: str, default: str | None = None) -> str | None:
        from app.core.tables import state

        with self.read() as conn:
            value = conn.execute(sa.select(state.c.value).where(state.c.key == key)).scalar_one_or_none()
        return default if value is None else value

    def set_state(self, key: str, value: str, conn: Connection | None = None) -> None:
        from app.core.tables import state

        if conn is None:
            with self.transaction() as c:
                self.set_state(key, value, c)
            return
        updated = conn.execute(
            sa.update(state).where(state.c.key == key).values(value=value, updated_at=utcnow())
        )
        if updated.rowcount == 0:
            conn.execute(sa.insert(state).values(key=key, value=value, updated_at=utcnow()))
