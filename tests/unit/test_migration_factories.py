"""Revisions written with app.core.migration_ops factories go down and up again on both engines."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import command

from app.core.migrations import alembic_config, is_up_to_date, upgrade


def _columns(db: Any, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(db.engine).get_columns(table)}


def _downgrade(db: Any, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def test_adding_column_revisions_drop_their_column_and_add_it_back(any_ctx: Any) -> None:
    """core_0003 and core_0004 (adding_column): downgrade drops the column, upgrade adds it again."""
    db = any_ctx.db
    _downgrade(db, "core_0003")
    assert "summary_i18n" not in _columns(db, "journal")
    assert "reason_args" in _columns(db, "attention")
    _downgrade(db, "core_0002")
    assert "reason_args" not in _columns(db, "attention")
    upgrade(db, "heads")
    assert is_up_to_date(db)
    assert "reason_args" in _columns(db, "attention")
    assert "summary_i18n" in _columns(db, "journal")
