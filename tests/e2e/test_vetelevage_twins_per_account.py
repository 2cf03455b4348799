"""A likely duplicate is a visit of the same account, breeder and day (SaaS mode: two clinics of a
group may see the same farm on the same day and each bills its own visit), the same whether the
import evaluates it in memory or the evaluation reads it back from the store."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import evaluate_many
from app.integrations.vetelevage.importing import store_batch
from app.integrations.vetelevage.models import Lot
from tests.e2e.test_vetelevage_incoming import visit
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = pytest.mark.e2e


def _store(ctx: Any, compte: str, lot: str, visits: list[dict[str, Any]]) -> None:
    raw = {"lot": lot, "visites": [{**v, "compte_id": compte} for v in visits]}
    store_batch(ctx, compte, Lot.model_validate(raw), raw)


def _warnings(ctx: Any) -> dict[str, str]:
    with ctx.db.read() as conn:
        return {str(i): str(w) for i, w in conn.execute(sa.select(t.visits.c.id, t.visits.c.warnings))}


def test_a_twin_is_one_accounts_visit_of_the_same_breeder_and_day(any_ctx: Any) -> None:
    ctx = any_ctx
    load_catalogue_and_acts(ctx)
    _store(ctx, "C-A", "L-A1", [visit("A-1")])
    _store(ctx, "C-B", "L-B1", [visit("B-1"), visit("B-2")])  # same breeder, same day, other account
    _store(ctx, "C-A", "L-A2", [visit("A-2")])  # a later batch of the first account
    stored = _warnings(ctx)
    assert "A-1" in stored["A-2"]  # an earlier batch's visit (itself evaluated when it came)
    assert "B-2" in stored["B-1"] and "B-1" in stored["B-2"]
    assert not any(other in stored["A-1"] + stored["A-2"] for other in ("B-1", "B-2"))
    assert not any(other in stored["B-1"] + stored["B-2"] for other in ("A-1", "A-2"))
    with ctx.db.read() as conn:
        read_back = evaluate_many(conn, sorted(stored))
    for visit_id, warnings in stored.items():
        if visit_id == "A-1":  # stored before its twin came; reading it back now sees A-2
            continue
        twins = {w for w in ("A-1", "A-2", "B-1", "B-2") if w in warnings}
        again = {w for w in ("A-1", "A-2", "B-1", "B-2") if w in str(read_back[visit_id].warnings)}
        assert twins == again, visit_id
