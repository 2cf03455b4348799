"""Alembic, driven programmatically: one core branch plus one branch per integration.

Each integration keeps its revisions in ``app/integrations/<name>/migrations/`` with
``branch_labels = ("<name>",)`` and ``depends_on = "core_0001"`` for its first revision, so
integrations evolve their schema independently; ``upgrade heads`` brings every branch up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.core.db import INTEGRATIONS_DIR, MIGRATIONS_DIR, DatabaseError
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.db import Database


def version_locations() -> list[str]:
    locations = [str(MIGRATIONS_DIR / "versions")]
    for folder in sorted(INTEGRATIONS_DIR.glob("*/migrations")):
        if any(folder.glob("*.py")):
            locations.append(str(folder))
    return locations


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("version_locations", " ".join(version_locations()))
    cfg.set_main_option("path_separator", "space")
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    cfg.attributes["engine"] = db.engine
    return cfg


def upgrade(db: Database, target: str = "heads") -> None:
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config(db)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    except Exception as exc:
        raise DatabaseError.said(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database could not be prepared ({kind}: {detail}). "
                "Restore the last backup or contact support with the log file.",
            ),
            {"kind": type(exc).__name__, "detail": str(exc)},
            advice="restore",
        ) from exc


def current_heads(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def script_heads(db: Database) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(db)).get_heads())


def applied_revisions(db: Database) -> set[str]:
    """Every revision the database has, following down revisions and dependencies."""
    current = current_heads(db)
    if not current:
        return set()
    script = ScriptDirectory.from_config(alembic_config(db))
    return {
        rev.revision
        for rev in script.revision_map.iterate_revisions(tuple(current), "base", select_for_downgrade=True)
    }


def is_up_to_date(db: Database) -> bool:
    return script_heads(db) <= applied_revisions(db)


def all_revisions(db: Database) -> list[str]:
    """Every revision id, oldest first (for migration tests)."""
    script = ScriptDirectory.from_config(alembic_config(db))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
