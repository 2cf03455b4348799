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
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from app.core.store_problems import check_findings, missing_file, sqlite_reason
from app.core.tr import QT_TRANSLATE_NOOP

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


# The largest file given SQLite's quick check at start or after a server's first failure
# (about half a second); a larger one is checked by SQLite as it is read.
QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024


class DatabaseError(RuntimeError):
    """The store cannot be opened or migrated; the message says what to do.

    ``advice`` is what the message asks for: ``"restore"`` (the file is damaged: the last good
    backup), ``"settings"`` (fix a setting, e.g. database.url) or ``"retry"`` (a disk or network
    problem that loses nothing: fix it and start again). Only a damaged file advises a restore.
    """

    def __init__(self, message: str, *, advice: str = "restore", damaged: bool = False) -> None:
        super().__init__(message)
        self.advice = advice
        self.damaged = damaged
        self.user_message: Any = None  # errors.UserMessage when the sentence is translatable

    @classmethod
    def said(
        cls, template: str, args: dict[str, str], *, advice: str, damaged: bool = False
    ) -> DatabaseError:
        """An error whose sentence is a translatable template (``QT_TRANSLATE_NOOP("errors", …)``)."""
        from app.core.errors import Action, UserMessage

        message = UserMessage(template, args, Action(advice))
        error = cls(message.text, advice=advice, damaged=damaged)
        error.user_message = message
        return error


_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "The database set in database.url cannot be reached ({detail}). Check that the database server is "
    "running and reachable, or fix database.url (passerelle config set database.url …; empty: this "
    "desk's own file).",
)
_DAMAGED_GOOD = QT_TRANSLATE_NOOP(
    "errors", "{name} is damaged ({found}). Restore the last good backup, {backup} (in {folder})."
)
_DAMAGED_NONE = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is damaged ({found}). No healthy backup was found in {folder}: keep the file and ask for support.",
)
_IO = QT_TRANSLATE_NOOP(
    "errors",
    "Passerelle could not read or write {path} ({detail}). The file is not known to be damaged: check "
    "that the disk is connected, not full and that this user may write to the folder, then start "
    "again. Do not restore a backup: it would lose what was saved since.",
)


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


def _in_chain(exc: BaseException, types: tuple[type[BaseException], ...]) -> BaseException | None:
    """The first exception of one of ``types`` in ``exc``'s cause/context chain."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, types):
            return current
        current = current.__cause__ or current.__context__
    return None


def is_disk_full(exc: BaseException) -> bool:
    """SQLite could not grow the file, or the OS could not write: the disk (or quota) is full."""
    error = _sqlite_error(exc)
    if error is not None:
        return getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"
    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


def is_damaged(exc: BaseException) -> bool:
    """The SQLite file is not a database, or its pages are corrupt or cut short."""
    if isinstance(exc, DatabaseError) and (exc.damaged or exc.advice != "restore"):
        return exc.damaged
    error = _sqlite_error(exc)
    name = str(getattr(error, "sqlite_errorname", "")) if error is not None else ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR_SHORT_READ")) or (
        error is not None and str(error) in ("file is not a database", "database disk image is malformed")
    )


def last_good_backup(folder: Path) -> Path | None:
    """The newest backup in ``folder`` that SQLite's quick check finds healthy."""
    candidates = sorted(folder.glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates[:20]:
        if quick_check(path) is None:
            return path
    return None


def quick_check(path: Path) -> str | None:
    """None when SQLite's ``PRAGMA quick_check`` finds ``path`` healthy, else what it found."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return "not a database file"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def is_io_failure(exc: BaseException) -> bool:
    """The OS refused a read or write (disk error, file gone, no permission, locked): nothing
    says the file is damaged, and a restore would lose what it holds."""
    error = _sqlite_error(exc)
    name = str(getattr(error, "sqlite_errorname", "")) if error is not None else ""
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        return True
    return isinstance(exc, OSError) and not is_disk_full(exc)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


BUSY_TIMEOUT_MS = 15000  # how long SQLite waits for another connection's lock before failing


class LockWaits:
    """How many store calls wait now for a lock another connection holds (another desk, a backup);
    each listener hears every change, from the waiting worker thread (the window shows
    "waiting for the database…" meanwhile, instead of freezing)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self.count = 0
        self._listeners: list[Callable[[int], None]] = []

    def subscribe(self, listener: Callable[[int], None]) -> None:
        """Hear the number of waiting calls each time it changes (called from any thread)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[int], None]) -> None:
        """Stop hearing the changes."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _change(self, step: int) -> None:
        with self._guard:
            self.count += step
            count = self.count
        for listener in list(self._listeners):
            try:
                listener(count)
            except Exception:
                log.exception("lock-wait listener failed")

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        """Count the enclosed (blocking) wait."""
        self._change(1)
        try:
            yield
        finally:
            self._change(-1)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _install_sqlite_hooks(engine: Engine, waits: LockWaits) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy drive transactions (pysqlite's own BEGIN handling is not usable).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        # Effective on a new file (before any table): lets retention give space back little by little.
        cur.execute("PRAGMA auto_vacuum=INCREMENTAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
        begin = f"BEGIN {mode}".strip()
        if not mode:  # a deferred (read) transaction takes no lock here
            conn.exec_driver_sql(begin)
            return
        # A writer first tries without waiting: when another connection holds the lock, the wait
        # is counted (the window says so) and then waited for as usual, up to the busy timeout.
        cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute("PRAGMA busy_timeout=0")
            try:
                cur.execute(begin)
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
        finally:
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.close()
        with waits.waiting():
            conn.exec_driver_sql(begin)


# Test-only: when set, called before every statement and connection checkout of a store opened
# afterwards (the GUI-thread guard, app/core/sql_guard.py, set by tests/conftest.py). None at run time.
access_hook: Callable[[], None] | None = None


def _before_access(*_args: Any) -> None:
    hook = access_hook
    if hook is not None:
        hook()


class Database:
    """One engine per process; connections come from its pool, one per thread at a time."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
        else:
            kwargs["pool_pre_ping"] = True
            if url.startswith("postgresql"):  # an unreachable server is a sentence in seconds, not minutes
                kwargs["connect_args"] = {"connect_timeout": 10}
        try:
            self.engine: Engine = sa.create_engine(url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise DatabaseError.said(
                QT_TRANSLATE_NOOP(
                    "errors", "Cannot use the database address in database.url: {kind}: {detail}"
                ),
                {"kind": type(exc).__name__, "detail": str(exc)},
                advice="settings",
            ) from exc
        if access_hook is not None:
            event.listen(self.engine, "checkout", _before_access)
            event.listen(self.engine, "before_cursor_execute", _before_access)
        self._identity: tuple[int, int] | None = None
        self._failing = False
        self._last_failure = ""
        self.lock_waits = LockWaits()  # SQLite writers waiting for another connection's lock
        if self.dialect == "sqlite":
            _install_sqlite_hooks(self.engine, self.lock_waits)
            self._make_private()
            self.adopt_file()

    def adopt_file(self) -> None:
        """The SQLite file now in place is this store's (after a restore replaced it on purpose),
        so :meth:`healthy` does not take the new file for a vanished one."""
        path = self.path
        if path is not None:
            with contextlib.suppress(OSError):
                info = path.stat()
                self._identity = (info.st_dev, info.st_ino)

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

    @property
    def path(self) -> Path | None:
        """The SQLite file (None for PostgreSQL or an in-memory database)."""
        name = self.engine.url.database if self.dialect == "sqlite" else None
        return Path(name) if name and name != ":memory:" and not name.startswith("file:") else None

    def damaged(self, exc: BaseException) -> DatabaseError | None:
        """The sentence for a store that cannot be used (None: a failure of another kind).

        A damaged SQLite file (confirmed by a quick check) names the last good backup; a disk or
        permission error, a missing file or an unreachable server says so and never advises a
        restore, which would lose what the file holds."""
        from app.core.redact import redact

        path = self.path
        if self.dialect != "sqlite":
            cause = _in_chain(exc, (sa.exc.OperationalError, sa.exc.InterfaceError, OSError))
            if cause is not None:
                detail = redact(str(getattr(cause, "orig", None) or cause)).strip().splitlines() or ["?"]
                return DatabaseError.said(_UNREACHABLE, {"detail": detail[0]}, advice="settings")
            return None
        if path is None:
            return None
        if is_damaged(exc):
            if not path.exists():
                return self._io_sentence(path, missing_file())
            checked = self.check_integrity()
            return (
                checked
                if checked is not None
                else self._io_sentence(path, sqlite_reason(_sqlite_error(exc), exc))
            )
        if is_io_failure(exc):
            return self._io_sentence(path, sqlite_reason(_sqlite_error(exc), exc))
        return None

    def _damaged_sentence(self, path: Path, found: str) -> DatabaseError:
        backups = path.parent / "backups"
        good = last_good_backup(backups) if backups.is_dir() else None
        args = {"name": path.name, "found": found, "folder": str(backups)}
        if good is None:
            return DatabaseError.said(_DAMAGED_NONE, args, advice="restore", damaged=True)
        return DatabaseError.said(
            _DAMAGED_GOOD, {**args, "backup": good.name}, advice="restore", damaged=True
        )

    def _io_sentence(self, path: Path, detail: str) -> DatabaseError:
        return DatabaseError.said(_IO, {"path": str(path), "detail": detail}, advice="retry")

    def check_integrity(self, max_bytes: int | None = None) -> DatabaseError | None:
        """SQLite's quick check (at start, and after a running server's first failure): None when
        healthy (or larger than ``max_bytes``), else the sentence (damaged: the last good backup;
        unreadable: no restore)."""
        path = self.path
        if path is None or not path.exists() or path.stat().st_size == 0:
            return None
        if max_bytes is not None and path.stat().st_size > max_bytes:
            return None
        try:
            with self.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
        except Exception as exc:
            detail = sqlite_reason(_sqlite_error(exc), exc)
            if is_damaged(exc) and not is_io_failure(exc):
                return self._damaged_sentence(path, detail)
            return self._io_sentence(path, detail)
        finally:
            self.engine.dispose()  # nothing left holding the file (a restore may replace it)
        return None if rows == ["ok"] else self._damaged_sentence(path, check_findings(rows))

    def healthy(self) -> bool:
        """Cheap check before a server answers "stored": the SQLite file is still the one opened
        (not deleted or replaced) and not cut shorter than its own header says."""
        path = self.path
        if path is None:
            return True
        try:
            info = path.stat()
            with path.open("rb") as handle:
                header = handle.read(100)
        except OSError:
            return False
        if self._identity is None:
            self._identity = (info.st_dev, info.st_ino)
        if (info.st_dev, info.st_ino) != self._identity:
            return False
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return False
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        return info.st_size >= pages * page_size

    def ensure_healthy(self) -> None:
        """After a commit, before a server answers "stored": raise when the file it went into is
        gone or cut short (the caller answers 503 and the sender retries); else reset failures."""
        if self.healthy():
            self.storage_ok()
            return
        path = self.path
        raise DatabaseError(
            f"{path} disappeared or was cut short while Passerelle was running: nothing more is "
            "accepted until Passerelle is restarted (what could not be stored will be sent again).",
            advice="retry",
        )

    def storage_failed(self, exc: BaseException, what: str) -> str:
        """A long-running server could not store something: the sentence to log, once per run of
        failures (a full disk must not write thousands of tracebacks), after a quick integrity
        check on the first failure."""
        problem = self.damaged(exc)
        if problem is None and is_disk_full(exc):
            problem = DatabaseError(
                "The disk is full: nothing more can be stored until some space is freed.", advice="retry"
            )
        if not self._failing:
            self._failing = True
            checked = (
                self.check_integrity(max_bytes=QUICK_CHECK_MAX_BYTES)
                if self.dialect == "sqlite" and not is_disk_full(exc)
                else None
            )
            sentence = str(checked or problem or f"{type(exc).__name__}: {exc}")
            log.error("%s could not be stored: %s", what, sentence)
            self._last_failure = sentence
        return self._last_failure

    def storage_ok(self) -> None:
        """A write succeeded again: the next failure is reported again."""
        if self._failing:
            self._failing = False
            log.info("storing works again")

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
