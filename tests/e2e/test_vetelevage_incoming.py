"""The import evaluates visits from their lines in memory (app/integrations/vetelevage/incoming.py):
on a mixed batch — mapped, unmapped, left unmapped on purpose, a per-line override, an unknown act,
zero and absurd quantities, same-day twins within the batch and across batches, a visit with no
line, a changed visit waiting, set aside or billed — what it stores is what the evaluation that
reads the visits back from the store says, on both engines."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import (
    COMMITTED,
    NEEDS_MAPPING,
    NEW,
    READY,
    SET_ASIDE,
    evaluate_many,
)
from app.integrations.vetelevage.importing import _parse, store_batch
from app.integrations.vetelevage.incoming import evaluate_incoming
from app.integrations.vetelevage.ledger import commit_visit, set_aside
from app.integrations.vetelevage.mapping import map_for_visit, save_mapping
from app.integrations.vetelevage.mapping_changes import leave_unmapped
from app.integrations.vetelevage.models import Lot
from app.integrations.vetelevage.visit_rows import incoming_visit, names_folder, visit_values
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = pytest.mark.e2e


def visit(
    visit_id: str, *, breeder: str = "E-1", day: str = "2026-11-20", version: str = "1", **kw: Any
) -> dict[str, Any]:
    return {
        "id": visit_id,
        "compte_id": "C123",
        "date": day,
        "modifiee_le": f"2026-11-20T17:41:0{version}+01:00",
        "veterinaire": {"id": "U-7", "nom": "Dr Claire Martin"},
        "eleveur": {"id": breeder, "nom": "GAEC des Trois Chênes", "cheptel": "FR35123456"},
        "espece": "bovin",
        "actes": kw.get("actes", [{"code": "VIS-EXPL", "quantite": 1}]),
        "produits": kw.get("produits", []),
    }


def product(produit_id: str, quantite: float = 2.0) -> dict[str, Any]:
    return {
        "produit_id": produit_id,
        "libelle": f"Produit {produit_id}",
        "quantite": quantite,
        "unite": "flacon",
    }


def store(ctx: Any, lot: str, visits: list[dict[str, Any]]) -> None:
    raw = {"lot": lot, "visites": visits}
    store_batch(ctx, "C123", Lot.model_validate(raw), raw)


def stored(ctx: Any) -> dict[str, tuple[str, str]]:
    with ctx.db.read() as conn:
        return {
            str(i): (str(s), str(w))
            for i, s, w in conn.execute(sa.select(t.visits.c.id, t.visits.c.state, t.visits.c.warnings))
        }


def test_the_import_stores_what_reading_the_visits_back_evaluates(any_ctx: Any) -> None:
    ctx = any_ctx
    load_catalogue_and_acts(ctx)
    save_mapping(ctx, "P-MAPPED", "MED1000")
    leave_unmapped(ctx, "P-LEFT", "not sold here")
    first = [
        visit("V-1", produits=[product("P-MAPPED")]),  # a twin of V-2 (earlier batch)
        visit("V-WAIT", breeder="E-2", produits=[product("P-FREE")]),
        visit("V-ASIDE", breeder="E-3", produits=[product("P-FREE")]),
        visit("V-BILLED", breeder="E-4", produits=[product("P-MAPPED")]),
    ]
    store(ctx, "L-1", first)
    map_for_visit(ctx, "V-WAIT", "P-FREE", "MED1003")  # an override on line 0, kept when it changes
    set_aside(ctx, "V-ASIDE", "breeder to call back")
    commit_visit(ctx, "V-BILLED")
    second = [
        visit("V-2", produits=[product("P-MAPPED", 1500.12345)]),  # absurd; more decimals than stored
        visit("V-3", breeder="E-9", day="2026-11-21", produits=[product("P-FREE"), product("P-LEFT")]),
        visit("V-4", breeder="E-9", day="2026-11-21", actes=[{"code": "NO-SUCH-ACT", "quantite": 1}]),
        visit("V-5", breeder="", actes=[], produits=[]),  # no line; a blank breeder has no twin
        visit(
            "V-6", breeder="", actes=[{"code": "DEPL-KM", "quantite": 0}], produits=[product("P-MAPPED", 0)]
        ),
        visit("V-7", breeder="E-7", actes=[{"code": "VIS-EXPL"}], produits=[product("P-MAPPED", 0.5)]),
        visit("V-WAIT", breeder="E-2", version="2", produits=[product("P-FREE"), product("P-MAPPED")]),
        visit("V-ASIDE", breeder="E-3", version="2", produits=[product("P-MAPPED")]),
        visit("V-BILLED", breeder="E-4", version="2", produits=[product("P-FREE")]),
    ]
    before = stored(ctx)
    store(ctx, "L-2", second)
    after = stored(ctx)
    with ctx.db.read() as conn:
        read_back = evaluate_many(conn, sorted(after))
    for visit_id, (state, warnings) in after.items():
        ev = read_back[visit_id]
        if state in (SET_ASIDE, COMMITTED) or visit_id not in {v["id"] for v in second}:
            # Left as they were: billed, set aside, or not in this batch (evaluated when imported).
            assert after[visit_id] == before[visit_id], visit_id
            continue
        assert (state, warnings) == (ev.state, "\n".join(ev.blocking + ev.warnings)), visit_id
    states = {visit_id: state for visit_id, (state, _w) in after.items()}
    assert {READY, NEW, NEEDS_MAPPING, SET_ASIDE, COMMITTED} <= set(states.values())
    assert "V-1" in after["V-2"][1] and "V-4" in after["V-3"][1] and "1500.123" in after["V-2"][1]
    assert states["V-WAIT"] == READY, "the override of line 0 still applies, line 1 is mapped"
    # The in-memory evaluation itself, whole (lines, prices, blocking, warnings, unmapped).
    parsed = _parse(second)
    with ctx.db.read() as conn:
        incoming = [
            incoming_visit(
                v,
                states[v["id"]] if v["id"] in before else NEW,
                visit_values("C123", v, raw, names_folder()),
            )
            for v, raw in parsed.visits
            if states[v["id"]] not in (SET_ASIDE, COMMITTED)
        ]
        in_memory = evaluate_incoming(conn, incoming)
    assert in_memory == {i.id: read_back[i.id] for i in incoming}


def test_bulk_inserts_write_what_core_inserts_write(any_ctx: Any) -> None:
    """bulk.insert_many (driver-level on SQLite) stores the same values as a Core insert, whatever the
    order of the keys (the table's order is used) and through each column type's conversion."""
    import datetime as dt
    from decimal import Decimal

    from app.integrations.vetelevage.bulk import insert_many

    now = dt.datetime(2026, 11, 20, 16, 41, 3, tzinfo=dt.UTC)
    with any_ctx.db.transaction() as conn:
        batch = conn.execute(
            sa.insert(t.batches).values(compte_id="C1", lot="L", stored_at=now).returning(t.batches.c.id)
        ).scalar_one()
        rows = [
            {
                "raw": "{}",
                "imported_at": now,
                "id": f"V-{i}",
                "batch_id": batch,
                "compte_id": "C1",
                "state": "new",
            }
            for i in range(3)
        ]
        insert_many(conn, t.visits, rows)
        insert_many(
            conn, t.visit_acts, [{"quantite": Decimal("2.5"), "code": "A", "line_no": 0, "visit_id": "V-1"}]
        )
    with any_ctx.db.read() as conn:
        visits = conn.execute(sa.select(t.visits.c.id, t.visits.c.imported_at, t.visits.c.raw)).all()
        acts = conn.execute(
            sa.select(t.visit_acts.c.visit_id, t.visit_acts.c.code, t.visit_acts.c.quantite)
        ).all()
    assert sorted(tuple(v) for v in visits) == [(f"V-{i}", now, "{}") for i in range(3)]
    assert [tuple(a) for a in acts] == [("V-1", "A", Decimal("2.5"))]
