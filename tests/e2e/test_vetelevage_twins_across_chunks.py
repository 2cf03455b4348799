"""A batch stored in several chunks flags the same likely duplicates as one stored at once: a visit
sees its same-day twins in the later chunks too, and what the import stores is what the evaluation
reads back afterwards (both engines), also when a first run was interrupted between chunks."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from app.integrations.vetelevage import importing
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import evaluate_many
from app.integrations.vetelevage.models import Lot
from tests.e2e.test_vetelevage_incoming import visit
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = pytest.mark.e2e


def _batch() -> dict[str, Any]:
    visits = [visit(f"V-{n}", breeder=f"E-{n % 3}", day=f"2026-11-2{n % 2}") for n in range(9)]
    visits.append(visit("V-SOLO", breeder="E-9"))
    visits.append(visit("V-BLANK", breeder=""))
    return {"lot": "L-1", "visites": visits}


def _stored_matches_read_back(ctx: Any) -> dict[str, tuple[str, str]]:
    with ctx.db.read() as conn:
        stored = {
            str(i): (str(s), str(w))
            for i, s, w in conn.execute(sa.select(t.visits.c.id, t.visits.c.state, t.visits.c.warnings))
        }
        read_back = evaluate_many(conn, sorted(stored))
    for visit_id, (state, warnings) in stored.items():
        ev = read_back[visit_id]
        assert (state, warnings) == (ev.state, "\n".join(ev.blocking + ev.warnings)), visit_id
    return stored


def test_twins_in_later_chunks_are_seen(any_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = any_ctx
    load_catalogue_and_acts(ctx)
    monkeypatch.setattr(importing, "STORE_CHUNK", 2)
    raw = _batch()
    importing.store_batch(ctx, "C123", Lot.model_validate(raw), raw)
    stored = _stored_matches_read_back(ctx)
    # V-0 (first chunk) and V-6 (fourth) share breeder E-0 and day 2026-11-20.
    assert "V-6" in stored["V-0"][1] and "V-0" in stored["V-6"][1]
    assert "duplicate" not in stored["V-SOLO"][1] and "duplicate" not in stored["V-BLANK"][1]


def test_twins_after_a_run_interrupted_between_chunks(any_ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = any_ctx
    load_catalogue_and_acts(ctx)
    monkeypatch.setattr(importing, "STORE_CHUNK", 2)
    real_finish = importing._finish_batch

    def crash(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("killed before the last chunk")

    monkeypatch.setattr(importing, "_finish_batch", crash)
    raw = _batch()
    with pytest.raises(RuntimeError, match="killed"):
        importing.store_batch(ctx, "C123", Lot.model_validate(raw), raw)
    monkeypatch.setattr(importing, "_finish_batch", real_finish)
    result = importing.store_batch(ctx, "C123", Lot.model_validate(raw), raw)
    assert result.new == 1 and result.already_known == 10  # the last chunk, rolled back, stored now
    _stored_matches_read_back(ctx)
