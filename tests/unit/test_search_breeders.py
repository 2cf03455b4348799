"""The Vétélevage breeder search ignores accents and case (issue 19 item 4), on both engines."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from app.core.search import fold_all
from app.integrations.vetelevage import tables as vt
from app.integrations.vetelevage import views


def _visit(vid: str, breeder: str, vet: str) -> dict[str, Any]:
    return {
        "id": vid,
        "compte_id": "C1",
        "batch_id": 1,
        "visit_date": "2026-01-10",
        "vet_name": vet,
        "breeder_name": breeder,
        "cheptel": "FR123",
        "raw": "{}",
        "imported_at": dt.datetime.now(dt.UTC),
        "search_text": fold_all(vid, breeder, vet, "FR123"),
    }


def test_breeder_search_ignores_accents_and_case(any_ctx: Any) -> None:
    with any_ctx.db.transaction() as conn:
        conn.execute(
            sa.insert(vt.batches).values(id=1, compte_id="C1", lot="L1", stored_at=dt.datetime.now(dt.UTC))
        )
        conn.execute(
            sa.insert(vt.visits),
            [_visit("V1", "GAEC JOAO", "Dr Hélène Martin"), _visit("V2", "EARL Léon", "Dr Paul")],
        )
    found = [r["id"] for r in views.read_visits(any_ctx, None, "joão", "", "")]
    assert found == ["V1"]
    assert [r["id"] for r in views.read_visits(any_ctx, None, "LEON", "", "")] == ["V2"]
    assert [r["id"] for r in views.read_visits(any_ctx, None, "helene", "", "")] == ["V1"]


async def test_imported_visits_are_found_by_a_folded_breeder_name(vet_ctx: Any) -> None:
    from app.core.search import fold
    from app.integrations.vetelevage.importing import import_visits

    await import_visits(vet_ctx)
    everything = views.read_visits(vet_ctx, None, "", "", "")
    assert everything
    breeder = everything[0]["breeder_name"]
    typed = fold(breeder).upper()  # what a person may type: no accents, other case
    found = {r["id"] for r in views.read_visits(vet_ctx, None, typed, "", "")}
    assert everything[0]["id"] in found
