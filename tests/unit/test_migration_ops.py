"""app.core.migration_ops through the revisions that use it, and app.integrations.base.hooks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from app.core import migration_ops
from app.core.migrations import alembic_config
from app.integrations.base import hooks


def _ts(db: Any) -> Any:
    now = dt.datetime.now(dt.UTC)
    return now.isoformat() if db.engine.dialect.name == "sqlite" else now


def test_visit_search_text_is_filled_in_batches_for_stored_visits(
    any_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """vetelevage_0003 (add_search_text) folds every stored visit, across several batches."""
    monkeypatch.setattr(migration_ops, "BATCH", 2)
    db = any_ctx.db
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "vetelevage_0002")
    with db.engine.begin() as conn:
        batch_id = conn.execute(
            sa.text(
                "INSERT INTO vet_batches (compte_id, lot, stored_at) VALUES ('C1', 'L1', :ts) RETURNING id"
            ),
            {"ts": _ts(db)},
        ).scalar_one()
        for i, breeder in enumerate(["GAEC JOÃO", "Élevage Dupré", "Ferme Müller", "", "Mas Nöel"]):
            conn.execute(
                sa.text(
                    "INSERT INTO vet_visits (id, compte_id, batch_id, breeder_name, vet_name, cheptel, raw,"
                    " imported_at) VALUES (:id, 'C1', :b, :breeder, 'Dr Sérieux', :cheptel, '{}', :ts)"
                ),
                {"id": f"V{i}", "b": batch_id, "breeder": breeder, "cheptel": f"FR{i}", "ts": _ts(db)},
            )
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    with db.read() as conn:
        texts = dict(conn.execute(sa.text("SELECT id, search_text FROM vet_visits ORDER BY id")).all())
    assert len(texts) == 5
    assert "gaec joao" in texts["V0"] and "dr serieux" in texts["V0"] and "fr0" in texts["V0"]
    assert "elevage dupre" in texts["V1"]
    assert "fr3" in texts["V3"] and "mas noel" in texts["V4"]


def test_hooks_name_the_usual_modules() -> None:
    """hooks() points each hook at its conventional module; cli=None leaves the commands out."""
    found = hooks("app.integrations.provet", connection="connection")
    assert {k: repr(v) for k, v in found.items()} == {
        "sandbox": "lazy('app.integrations.provet.sandbox:sandbox')",
        "register_cli": "lazy('app.integrations.provet.commands:register')",
        "test_connection": "lazy('app.integrations.provet.connection:test_connection')",
        "status": "lazy('app.integrations.provet.connection:status')",
    }
    rh = hooks("app.integrations.totvs", connection="service_rh", sandbox="rh_sandbox", cli=None)
    assert "register_cli" not in rh
    assert repr(rh["sandbox"]) == "lazy('app.integrations.totvs.sandbox:rh_sandbox')"
