"""Everything a service needs, built once per process (GUI, CLI or tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from app.core.atomic import atomic_path
from app.core.attention import Attention
from app.core.changes import ChangeBus
from app.core.clinic import clinic_id
from app.core.db import Database, sqlite_url
from app.core.http import configure_network
from app.core.jobs import JobManager
from app.core.journal import Journal
from app.core.paths import database_file, ensure_data_dir
from app.core.secrets import SecretStore
from app.core.settings import Settings, load_settings, save_settings


def database_url(settings: Settings, data_dir: Path, secrets: SecretStore) -> str:
    url = settings.database.url.strip()
    if not url:
        return sqlite_url(database_file(data_dir))
    password = secrets.get("database", "password")
    if password and not url.startswith("sqlite"):
        parsed = make_url(url)
        if parsed.password is None:
            return parsed.set(password=password).render_as_string(hide_password=False)
    return url


def _backup_before_upgrade(db: Database, data_dir: Path) -> None:
    """The first start after an upgrade migrates the schema: keep a copy of the database first."""
    import datetime as dt
    import sqlite3

    from app.core.migrations import current_heads, is_up_to_date

    path = database_file(data_dir)
    if db.dialect != "sqlite" or not path.exists() or not current_heads(db) or is_up_to_date(db):
        return
    target = data_dir / "backups" / f"before-upgrade-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    source = sqlite3.connect(path)
    try:
        with atomic_path(target) as partial:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
    finally:
        source.close()


@dataclass
class AppContext:
    data_dir: Path
    settings: Settings
    secrets: SecretStore
    db: Database
    journal: Journal
    attention: Attention
    changes: ChangeBus
    jobs: JobManager = field(default_factory=JobManager)
    demo: bool = False

    @classmethod
    def open(cls, data_dir: Path | None = None, *, migrate: bool = True, demo: bool = False) -> AppContext:
        data_dir = ensure_data_dir(data_dir)
        settings = load_settings(data_dir)
        if demo:  # the demo's store is its own folder's SQLite file, never a configured database
            settings.database.url = ""
        configure_network(settings.network.ca_bundle, settings.network.proxy)
        secrets = SecretStore()
        db = Database(database_url(settings, data_dir, secrets))
        if migrate:
            try:
                _backup_before_upgrade(db, data_dir)
                db.migrate()
                clinic_id(db)
            except Exception as exc:
                damaged = db.damaged(exc)
                if damaged is None:
                    raise
                db.dispose()  # no connection left holding the damaged file (a restore replaces it)
                raise damaged from exc
        journal = Journal(db, settings.app.desk_name)
        return cls(
            data_dir=data_dir,
            settings=settings,
            secrets=secrets,
            db=db,
            journal=journal,
            attention=Attention(db),
            changes=ChangeBus(db, journal.desk),
            demo=demo,
        )

    def save_settings(self) -> None:
        save_settings(self.settings, self.data_dir)
        configure_network(self.settings.network.ca_bundle, self.settings.network.proxy)

    def close(self) -> None:
        self.changes.stop()
        self.db.dispose()
