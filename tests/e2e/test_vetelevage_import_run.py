"""One import run over several accounts (app/integrations/vetelevage/import_run.py): the leases
taken and released once, the attention items of the products stored brought up to date once at
the end, and still there after a run that stopped before that end."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from app.core.tables import leases
from app.integrations.vetelevage import import_run
from app.integrations.vetelevage.import_run import ATTENTION_DUE, DeferredAttention
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.sandbox import VetelevageSandbox

pytestmark = pytest.mark.e2e


def unmapped_items(ctx: Any) -> set[str]:
    return {i.ref for i in ctx.attention.items("vetelevage") if i.kind == "unmapped_product"}


def saas(ctx: Any) -> None:
    ctx.settings.vetelevage.mode = "saas"
    ctx.settings.vetelevage.compte = "all"


async def test_a_run_takes_every_lease_once_and_raises_items_once(
    vet_ctx: Any, sim: VetelevageSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    saas(vet_ctx)
    calls: list[list[str]] = []
    real = import_run.try_acquire_many

    def counted(db: Any, names: list[str], *args: Any) -> Any:
        calls.append(sorted(names))
        return real(db, names, *args)

    monkeypatch.setattr(import_run, "try_acquire_many", counted)
    results = await import_visits(vet_ctx)
    assert {r.compte for r in results} == {"C123", "C456"} and all(r.acknowledged for r in results)
    assert calls == [["vetelevage.import.C123", "vetelevage.import.C456"]]
    with vet_ctx.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(leases)).scalar_one() == 0
    items = unmapped_items(vet_ctx)
    assert items, "the products no clinic product is mapped to wait in Needs attention"
    assert all(i.attempts == 1 for i in vet_ctx.attention.items("vetelevage") if i.kind == "unmapped_product")
    assert vet_ctx.db.get_state(ATTENTION_DUE.format(desk=vet_ctx.journal.desk)) == ""


async def test_items_left_by_a_run_that_stopped_are_raised_by_the_next(
    vet_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = DeferredAttention.sync

    def stopped(self: DeferredAttention, ctx: Any, conn: Any, everything: bool) -> None:
        raise RuntimeError("stopped before the end of the run")

    monkeypatch.setattr(DeferredAttention, "sync", stopped)
    with pytest.raises(RuntimeError, match="stopped"):
        await import_visits(vet_ctx)
    assert unmapped_items(vet_ctx) == set()
    marker = ATTENTION_DUE.format(desk=vet_ctx.journal.desk)
    assert vet_ctx.db.get_state(marker) == "1", "the stored batch says its items are due"
    monkeypatch.setattr(DeferredAttention, "sync", real)
    [again] = await import_visits(vet_ctx)  # nothing new to store: the items come from the marker
    assert again.new == 0
    assert unmapped_items(vet_ctx), "every unmapped product's item raised by the next run"
    assert vet_ctx.db.get_state(marker) == ""


async def test_batches_written_together_fall_back_to_one_at_a_time(any_ctx: Any) -> None:
    """Two accounts' batches queued for the same round are stored set-based together; when they
    cannot be (here both hold the same visit id), each is stored alone and both succeed."""
    import asyncio

    from app.integrations.vetelevage.import_run import GroupedWrites
    from app.integrations.vetelevage.importing import _store_many
    from app.integrations.vetelevage.models import Lot
    from app.integrations.vetelevage.tables import visits

    def lot(name: str, *ids: str) -> tuple[Lot, dict[str, Any]]:
        raw = {"lot": name, "visites": [{"id": i, "date": "2026-11-20"} for i in ids]}
        return Lot.model_validate(raw), raw

    writes = GroupedWrites(any_ctx)
    jobs = [
        ("A", *lot("L-A", "V-A1", "V-SAME")),
        ("B", *lot("L-B", "V-B1", "V-SAME")),
        ("C", *lot("L-C", "V-C1")),
    ]
    results = await asyncio.gather(
        *(writes.write_together(_store_many, any_ctx, compte, lt, raw, None) for compte, lt, raw in jobs)
    )
    await writes.close()
    assert [(r.compte, r.new, r.already_known) for r in results] == [("A", 2, 0), ("B", 1, 1), ("C", 1, 0)]
    with any_ctx.db.read() as conn:
        stored = sorted(conn.execute(sa.select(visits.c.id)).scalars())
    assert stored == ["V-A1", "V-B1", "V-C1", "V-SAME"]
