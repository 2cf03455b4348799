"""Everything a service needs, built once per process (GUI, CLI or tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from app.core.attention import Attention
from app.core.changes import ChangeBus
from app.core.clinic import clinic_id
from app.core.db import QUICK_CHECK_MAX_BYTES, Database, DatabaseError, sqlite_url
from app.core.http import configure_network
from app.core.jobs import JobManager
from app.core.journal import Journal
from app.core.paths import database_file, ensure_data_dir
from app.core.secrets import KeyringUnavailable, SecretStore
from app.core.settings import Settings, SettingsError, load_settings, save_settings
from app.core.sqlite_backup import snapshot, stamped


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


def move_url_password(settings: Settings, secrets: SecretStore) -> None:
    """A password written into database.url (postgresql://user:secret@host/db) is moved to the
    keyring as database.password, so settings.json never holds it; without a usable keyring the
    settings are not saved, and the sentence says how to give it instead."""
    url = settings.database.url.strip()
    if not url or url.startswith("sqlite"):
        return
    try:
        parsed = make_url(url)
    except Exception:  # not a URL at all: Database() says so with the setting's name
        return
    if parsed.password is None:
        return
    password = str(parsed.password)
    try:
        secrets.set("database", "password", password)
    except KeyringUnavailable as exc:
        raise SettingsError(
            "database.url holds a password, and settings.json never stores one, but this computer "
            "has no usable password store. Set database.url without the password "
            "(postgresql://user@host/db) and give the password in the environment as "
            "PASSERELLE_DATABASE__PASSWORD."
        ) from exc
    # (URL.set(password=None) would keep it: None there means "unchanged".)
    settings.database.url = parsed._replace(password=None).render_as_string(hide_password=False)


def _open_store(settings: Settings, data_dir: Path, secrets: SecretStore, *, migrate: bool) -> Database:
    """The store, checked (SQLite's quick check) and migrated; a sentence when it cannot be used."""
    db = Database(database_url(settings, data_dir, secrets))
    if not migrate:
        return db
    try:
        problem = db.check_integrity(max_bytes=QUICK_CHECK_MAX_BYTES)
        if problem is not None:
            raise problem
        _backup_before_upgrade(db, data_dir)
        db.migrate()
        clinic_id(db)
    except DatabaseError as exc:
        db.dispose()
        if exc.damaged or exc.__cause__ is None:
            raise
        better = db.damaged(exc)  # the migration's wrapper says "restore" for any failure
        if better is None:
            raise
        raise better from exc
    except Exception as exc:
        damaged = db.damaged(exc)
        if damaged is None:
            raise
        db.dispose()  # no connection left holding the damaged file (a restore replaces it)
        raise damaged from exc
    return db


def _backup_before_upgrade(db: Database, data_dir: Path) -> None:
    """The first start after an upgrade migrates the schema: keep a copy of the database first."""
    from app.core.migrations import current_heads, is_up_to_date

    path = database_file(data_dir)
    if db.dialect != "sqlite" or not path.exists() or not current_heads(db) or is_up_to_date(db):
        return
    snapshot(path, stamped(data_dir / "backups", "before-upgrade-"))


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

    # Set when the store could not be opened and the command runs without it (config, support).
    db_problem: str = ""

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        *,
        migrate: bool = True,
        demo: bool = False,
        without_store: bool = False,
    ) -> AppContext:
        """Open the data folder, its settings and the store (checked, migrated).

        ``without_store``: a store that cannot be reached or read (not a damaged one) does not stop
        the command: ``config show``/``config set``/``support-report`` still run, with
        ``db_problem`` saying which setting to fix, over an empty in-memory store."""
        data_dir = ensure_data_dir(data_dir)
        settings = load_settings(data_dir)
        if demo:  # the demo's store is its own folder's SQLite file, never a configured database
            settings.database.url = ""
        configure_network(settings.network.ca_bundle, settings.network.proxy)
        secrets = SecretStore()
        try:
            db = _open_store(settings, data_dir, secrets, migrate=migrate)
        except DatabaseError as exc:
            if not without_store or exc.advice == "restore":
                raise
            db = Database("sqlite://")
            problem = str(exc)
        else:
            problem = ""
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
            db_problem=problem,
        )

    def save_settings(self) -> None:
        """Write the settings (a password typed in database.url goes to the keyring first)."""
        move_url_password(self.settings, self.secrets)
        save_settings(self.settings, self.data_dir)
        configure_network(self.settings.network.ca_bundle, self.settings.network.proxy)

    def close(self) -> None:
        self.changes.stop()
        self.db.dispose()
