"""Consistent copies of the SQLite database (the SQLite backup API), on demand and on a schedule,
and restore from one after checking it is a Passerelle database this version can open."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.atomic import atomic_path
from app.core.errors import InputError
from app.core.paths import database_file
from app.core.sqlite_backup import snapshot, stamped
from app.core.tr import QT_TRANSLATE_NOOP, Sentence

if TYPE_CHECKING:
    from app.core.context import AppContext

PREFIX = "passerelle-"


class BackupError(InputError):
    pass


def _sqlite_path(ctx: AppContext) -> Path:
    if ctx.db.dialect != "sqlite":
        raise BackupError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This desk uses the clinic's shared PostgreSQL database: its backups are the database "
                    "server's job (pg_dump), not this desk's.",
                ),
            ),
            field="database",
        )
    return Path(ctx.db.engine.url.database or database_file(ctx.data_dir))


def backup(ctx: AppContext, out: Path | None = None) -> Path:
    """Write a consistent copy (safe while the app writes: the backup API copies a snapshot)."""
    source_path = _sqlite_path(ctx)
    target = out or stamped(ctx.data_dir / "backups", PREFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    snapshot(source_path, target)
    ctx.journal.record(
        "ops",
        "backup",
        "ok",
        QT_TRANSLATE_NOOP("journal", "backup written to {name}"),
        args={"name": target.name},
        keys=[target.name],
    )
    return target


def prune_backups(ctx: AppContext, keep: int | None = None) -> int:
    keep = keep if keep is not None else ctx.settings.ops.backups_kept
    files = sorted((ctx.data_dir / "backups").glob(f"{PREFIX}*.db"))
    old = files[:-keep] if keep else files
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)


def last_good_backup(data_dir: Path) -> Path | None:
    """The newest backup SQLite's quick check finds healthy: the one a restore should use."""
    from app.core.db import last_good_backup as newest_healthy

    folder = data_dir / "backups"
    return newest_healthy(folder) if folder.is_dir() else None


def latest_backup(data_dir: Path) -> Path | None:
    """The newest backup in the data dir's backups folder (scheduled or "Back up now"), or None."""
    files = sorted((data_dir / "backups").glob(f"{PREFIX}*.db"))
    return files[-1] if files else None


@dataclass(frozen=True)
class BackupStatus:
    """What the Storage panel and the dashboard say about backups (SQLite desks only)."""

    last_at: dt.datetime | None  # the newest backup, UTC (None: none yet)
    interval_hours: int  # the setting; 0: scheduled backups are off
    overdue: bool  # none for twice the interval (or never, and the last attempt failed)
    last_failure: str  # the last scheduled attempt's sentence (English template) if it failed, else ""
    last_failure_args: dict[str, str]  # its values
    last_attempt_at: dt.datetime | None  # the last scheduled attempt, UTC


def backup_status(ctx: AppContext, now: dt.datetime | None = None) -> BackupStatus | None:
    """The last backup and whether one is overdue; None on a shared PostgreSQL database (blocking)."""
    from app.ops.schedule_runs import FAILED, load_run
    from app.ops.schedules import BACKUP

    if ctx.db.dialect != "sqlite":
        return None
    now = now or dt.datetime.now(dt.UTC)
    run = load_run(ctx.db, BACKUP)
    moments = [run.last_success_at] if run is not None and run.last_success_at is not None else []
    newest = latest_backup(ctx.data_dir)
    if newest is not None:
        with contextlib.suppress(OSError):  # pruned meanwhile
            moments.append(dt.datetime.fromtimestamp(newest.stat().st_mtime, dt.UTC))
    last_at = max(moments) if moments else None
    hours = ctx.settings.ops.backup_interval_hours
    failed = run is not None and run.last_outcome == FAILED
    failure = run.last_message if run is not None and failed else ""
    if hours <= 0:
        overdue = False
    elif last_at is None:
        overdue = bool(failure)
    else:
        overdue = now - last_at > dt.timedelta(hours=2 * hours)
    return BackupStatus(
        last_at=last_at,
        interval_hours=hours,
        overdue=overdue,
        last_failure=failure,
        last_failure_args=dict(run.last_message_args) if run is not None and failed else {},
        last_attempt_at=run.last_attempt_at if run is not None else None,
    )


def _said(template: str, path: Path, **values: object) -> Sentence:
    return Sentence("errors", template, file=path.name, **values)


def check_database(path: Path) -> str | None:
    """None when ``path`` is a healthy Passerelle database this version can open, else a sentence."""
    from alembic.script import ScriptDirectory

    from app.core.db import Database, sqlite_url
    from app.core.migrations import alembic_config

    if path.is_dir():
        return _said(QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a backup file."), path)
    if not path.is_file():
        return _said(QT_TRANSLATE_NOOP("errors", "{file} does not exist."), path)
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return _said(QT_TRANSLATE_NOOP("errors", "{file} is not a database file."), path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return _said(QT_TRANSLATE_NOOP("errors", "{file} is damaged."), path)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "journal"} <= tables:
                return _said(QT_TRANSLATE_NOOP("errors", "{file} is not a Passerelle database."), path)
            versions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        from app.core.store_problems import sqlite_reason

        reason = sqlite_reason(exc, exc)
        return _said(QT_TRANSLATE_NOOP("errors", "{file} cannot be read ({detail})."), path, detail=reason)
    probe = Database(sqlite_url(path))
    try:
        known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config(probe)).walk_revisions()}
    finally:
        probe.dispose()
    unknown = versions - known
    if unknown:
        return _said(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} comes from a newer Passerelle (schema {schema}); install that version or newer to restore it.",
            ),
            path,
            schema=", ".join(sorted(unknown)),
        )
    return None


def restore(ctx: AppContext, source: Path) -> Path:
    """Replace the database with ``source`` after checking it; the current one is kept aside first."""
    _check_or_refuse(source)
    current = _sqlite_path(ctx)
    kept = stamped(ctx.data_dir / "backups", "before-restore-")
    if current.exists():
        backup(ctx, kept)
    ctx.db.dispose()
    _put_in_place(source, current)
    ctx.db.adopt_file()  # a running inbox keeps accepting: this new file is meant
    ctx.db.migrate()  # an older backup is brought up to this version's schema
    ctx.journal.record(
        "ops",
        "restore",
        "ok",
        QT_TRANSLATE_NOOP("journal", "database restored from {source}; previous kept as {kept}"),
        args={"source": source.name, "kept": kept.name},
        keys=[source.name],
    )
    return kept


def restore_file(data_dir: Path, source: Path) -> Path:
    """Restore without an open context (the current database may be the damaged one)."""
    _check_or_refuse(source)
    current = database_file(data_dir)
    kept = stamped(data_dir / "backups", "damaged-")
    kept.parent.mkdir(parents=True, exist_ok=True)
    if current.exists():
        shutil.move(str(current), kept)
    _put_in_place(source, current)
    return kept


def _check_or_refuse(source: Path) -> None:
    """Refuse (BackupError) a file :func:`check_database` finds a problem with, before any change."""
    problem = check_database(source)
    if problem:
        said = QT_TRANSLATE_NOOP("errors", "{problem} Nothing was changed.")
        raise BackupError(Sentence("errors", said, problem=problem), field="file")


def _put_in_place(source: Path, current: Path) -> None:
    """Make ``current`` a copy of ``source`` (whole or not at all), without the old file's WAL."""
    for suffix in ("-wal", "-shm"):
        Path(str(current) + suffix).unlink(missing_ok=True)
    with atomic_path(current) as staging:
        shutil.copyfile(source, staging)
