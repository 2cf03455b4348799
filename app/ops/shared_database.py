"""The "Use a shared clinic database" steps, for the dialog: check a PostgreSQL address, test it
and preview what a copy would do, prepare it (copying this desk's data once), and the address to
save in the settings. Plain data out; the dialog builds no URL or SQL. ``probe`` and ``prepare``
block: run them in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from app.core.db import Database
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP
from app.ops.dbcopy import Preview, copy, preview


def target_url(url: str, password: str) -> str:
    """The SQLAlchemy address of the shared database (psycopg driver, with the password if given)."""
    parsed = make_url(url.strip())
    if not parsed.drivername.startswith("postgresql"):
        raise refused(
            QT_TRANSLATE_NOOP("errors", "The address must start with {scheme} (e.g. {example})."),
            "url",
            scheme="postgresql+psycopg://",
            example="postgresql+psycopg://passerelle@server/clinique",
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def saved_url(url: str) -> str:
    """The address as the settings keep it: never a password (that goes to the keyring)."""
    p = make_url(target_url(url, ""))
    bare = URL.create(p.drivername, p.username, None, p.host, p.port, p.database, p.query)
    return bare.render_as_string(hide_password=False)


@dataclass(frozen=True)
class Probe:
    """What testing the shared database found: its server version and the copy preview."""

    server_version: str
    preview: Preview

    @property
    def shared_rows(self) -> int:
        """Rows the shared database already holds (the settings table aside)."""
        return sum(n for name, n in self.preview.target_counts.items() if name != "state")

    @property
    def same_clinic(self) -> bool:
        """Whether the data it holds is this clinic's."""
        return self.preview.target_clinic == self.preview.source_clinic


def probe(source: Database, url: str, password: str) -> Probe:
    """Connect, bring its schema up to date and count what each side holds."""
    target = Database(target_url(url, password))
    try:
        with target.engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar()
        return Probe(str(version), preview(source, target))
    finally:
        target.dispose()


def prepare(source: Database, url: str, password: str, *, copy_data: bool) -> int:
    """Prepare the shared database; with ``copy_data``, copy this desk's rows into it (refused when
    it already holds data). Returns how many rows were copied."""
    target = Database(target_url(url, password))
    try:
        return copy(source, target).total if copy_data else 0
    finally:
        target.dispose()
