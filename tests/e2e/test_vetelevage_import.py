from __future__ import annotations

import json
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.errors import InputError
from app.core.http import AuthError, ValidationFailed
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.acts import push_acts, replace_acts
from app.integrations.vetelevage.connection import make_client
from app.integrations.vetelevage.dictionary import dictionary_size, sync_dictionary
from app.integrations.vetelevage.importing import held_visits, import_visits, store_batch
from app.integrations.vetelevage.models import Acte
from app.integrations.vetelevage.sandbox import VetelevageSandbox
from tests.e2e.vetelevage_fixtures import control

pytestmark = pytest.mark.e2e


def visit_count(ctx: Any) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.visits)).scalar_one())


async def test_import_stores_then_acknowledges(vet_ctx: Any, sim: VetelevageSandbox) -> None:
    [result] = await import_visits(vet_ctx)
    assert result.compte == "C123" and result.received == 12 and result.new == 12 and result.acknowledged
    assert visit_count(vet_ctx) == 12
    assert sim.accounts["C123"].acknowledged == [result.lot] and sim.accounts["C123"].frozen is None
    with vet_ctx.db.read() as conn:
        raw = json.loads(conn.execute(sa.select(t.visits.c.raw).limit(1)).scalar_one())
    assert raw["eleveur"]["cheptel"].startswith("FR")
    # The next batch is empty: nothing new, nothing doubled.
    [again] = await import_visits(vet_ctx)
    assert again.received == 0 and again.lot != result.lot and visit_count(vet_ctx) == 12
    entry = next(e for e in vet_ctx.journal.search(result.lot) if e.action == "import")
    assert entry.counts["new"] == 12 and "GAEC" not in entry.summary


async def test_frozen_batch_refetched_after_a_failed_acknowledgement(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox
) -> None:
    client = make_client(vet_ctx)
    lot, raw = await client.get_visites()
    stored = store_batch(vet_ctx, "C123", lot, raw)
    assert stored.new == 12
    control(vet_server, "visits", {"compte": "C123", "count": 3})  # entered meanwhile: next batch
    # The acknowledgement never happened (crash, network): the same frozen batch comes back.
    same, _ = await client.get_visites()
    assert same.lot == lot.lot and len(same.visites) == 12
    # The next run first acknowledges the stored batch, then imports the following one.
    [result] = await import_visits(vet_ctx, client)
    assert sim.accounts["C123"].acknowledged[0] == lot.lot
    assert result.lot != lot.lot and result.new == 3 and result.acknowledged and visit_count(vet_ctx) == 15
    # Re-reading an already stored batch stores nothing twice.
    again = store_batch(vet_ctx, "C123", same, {})
    assert again.new == 0 and again.already_known == 12 and visit_count(vet_ctx) == 15
    await client.aclose()


async def test_stale_lot_409_after_crash_between_delete_and_record(
    vet_ctx: Any, sim: VetelevageSandbox
) -> None:
    client = make_client(vet_ctx)
    lot, raw = await client.get_visites()
    store_batch(vet_ctx, "C123", lot, raw)
    await client.ack_visites(lot.lot)  # the server has it, our record of it was lost
    [result] = await import_visits(vet_ctx, client)
    with vet_ctx.db.read() as conn:
        acked = conn.execute(
            sa.select(t.batches.c.acknowledged_at).where(t.batches.c.lot == lot.lot)
        ).scalar_one()
    assert acked is not None and result.received == 0
    await client.aclose()


async def test_expired_token_is_renewed_once(vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox) -> None:
    client = make_client(vet_ctx)
    await client.get_actes()
    first = client.auth.token.access_token  # type: ignore[union-attr]
    control(vet_server, "expire-tokens")
    assert len(await client.get_actes()) == 10
    assert client.auth.token.access_token != first  # type: ignore[union-attr]
    await client.aclose()


async def test_wrong_password_is_an_auth_error(vet_ctx: Any) -> None:
    vet_ctx.secrets.set("vetelevage", "password", "wrong")
    with pytest.raises(AuthError):
        await import_visits(vet_ctx)
    assert vet_ctx.attention.count("vetelevage") == 1
    assert vet_ctx.journal.last("vetelevage", "import", "error") is not None


async def test_saas_mode_imports_every_linked_account(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox
) -> None:
    vet_ctx.settings.vetelevage.mode = "saas"
    results = await import_visits(vet_ctx)
    assert [r.compte for r in results] == ["C123", "C456"]  # C789 is inactive
    assert all(r.new == 12 and r.acknowledged for r in results)
    vet_ctx.settings.vetelevage.compte = "C456"
    control(vet_server, "visits", {"compte": "C456", "count": 2})
    control(vet_server, "visits", {"compte": "C123", "count": 5})
    [only] = await import_visits(vet_ctx)
    assert only.compte == "C456" and only.new == 2
    assert sim.accounts["C123"].pending and len(sim.accounts["C123"].pending) == 5


async def test_saas_request_without_account_header_is_refused(vet_ctx: Any) -> None:
    vet_ctx.settings.vetelevage.mode = "saas"
    client = make_client(vet_ctx)
    with pytest.raises(ValidationFailed, match="X-Vetelevage-Compte"):
        await client.get_visites(None)
    await client.aclose()


async def test_bad_visits_are_held_not_dropped_and_good_ones_stored(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox
) -> None:
    control(vet_server, "raw-visit", {"visit": {"date": "2026-11-20", "actes": []}})  # no id
    control(
        vet_server,
        "raw-visit",
        {"visit": {"id": "V-BAD-1", "produits": [{"produit_id": "P-1", "quantite": -2}]}},
    )
    control(
        vet_server,
        "raw-visit",
        {"visit": {"id": "V-BAD-2", "produits": [{"produit_id": "P-1", "quantite": "deux"}]}},
    )
    [result] = await import_visits(vet_ctx)
    assert result.received == 15 and result.new == 12 and result.held == 3 and result.acknowledged
    held = held_visits(vet_ctx)
    assert len(held) == 3
    reasons = " ".join(h["reason"] for h in held)
    assert "id" in reasons and "negative" in reasons and "quantite" in reasons
    assert json.loads(held[1]["raw"])["id"] == "V-BAD-1"
    kinds = {i.kind for i in vet_ctx.attention.items("vetelevage")}
    assert "held_visit" in kinds


async def test_acts_push_and_diff(vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox) -> None:
    from decimal import Decimal

    acts = [
        Acte(code="VIS-EXPL", libelle="Visite d'exploitation", prix_ht=Decimal("47.50")),
        Acte(code="ECHO-GEST", libelle="Échographie de gestation", unite="animal", prix_ht=Decimal("9")),
    ]
    replace_acts(vet_ctx, acts)
    result = await push_acts(vet_ctx)
    assert "DEPL-KM" in result.before.added and "ECHO-GEST" in result.before.removed
    assert "VIS-EXPL" in result.before.changed
    assert result.after.empty and result.accepted == 2
    assert sorted(a["code"] for a in sim.accounts["C123"].actes) == ["ECHO-GEST", "VIS-EXPL"]
    from app import cli_language

    entry = vet_ctx.journal.last("vetelevage", "push_acts")
    assert entry is not None
    try:  # the Activity view's and journal search's sentence: words in the language, never JSON
        cli_language.set_language("fr")
        said = entry.sentence(cli_language.translate)
    finally:
        cli_language.set_language("en")
    assert said.startswith("Actes envoyés\u00a0: 2, acceptés\u00a0: 2") and "{" not in said, said


async def test_duplicate_act_codes_are_refused_locally_and_remotely(vet_ctx: Any) -> None:
    from decimal import Decimal

    acts = [Acte(code="A", libelle="x", prix_ht=Decimal(1)), Acte(code="A", libelle="y")]
    with pytest.raises(InputError, match="unique"):
        replace_acts(vet_ctx, acts)
    client = make_client(vet_ctx)
    with pytest.raises(ValidationFailed) as info:
        await client.post_actes(acts)
    assert info.value.status == 422 and info.value.details == ["A"]
    await client.aclose()


async def test_dictionary_and_reference_tables_are_cached(vet_ctx: Any) -> None:
    counts = await sync_dictionary(vet_ctx)
    assert counts["produits"] == 33 and counts["voies"] == 5
    again = await sync_dictionary(vet_ctx)
    assert again["produits"] == 0  # incremental: nothing changed since
    assert dictionary_size(vet_ctx) == 33


async def test_a_batch_is_stored_in_statements_per_table_not_per_visit(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox
) -> None:
    await import_visits(vet_ctx)  # the first 12
    control(vet_server, "visits", {"compte": "C123", "count": 500})
    client = make_client(vet_ctx)
    lot, raw = await client.get_visites()
    await client.aclose()
    assert len(lot.visites) == 500
    calls: list[bool] = []

    def count(*args: Any) -> None:
        calls.append(bool(args[-1]))  # executemany

    sa.event.listen(vet_ctx.db.engine, "before_cursor_execute", count)
    try:
        result = store_batch(vet_ctx, "C123", lot, raw)
    finally:
        sa.event.remove(vet_ctx.db.engine, "before_cursor_execute", count)
    assert result.new == 500 and result.held == 0
    # One SELECT of the known ids, one executemany per table, the evaluation set-based: a few
    # dozen statements in all (the per-visit store ran about 11 per visit: 5,500 here).
    assert len(calls) < 80, len(calls)
    assert sum(calls) <= 12, sum(calls)
    # The set-based evaluation stored what the one-visit evaluation says.
    from app.integrations.vetelevage.evaluation import evaluate, evaluate_many

    with vet_ctx.db.read() as conn:
        stored = dict(conn.execute(sa.select(t.visits.c.id, t.visits.c.state)).all())
        ids = sorted(stored)
        many = evaluate_many(conn, ids)
        for visit_id in ids[:40]:
            one = evaluate(conn, visit_id)
            assert one == many[visit_id] and one.state == stored[visit_id]
    assert {e.state for e in many.values()} == set(stored.values())


async def test_a_batch_interrupted_between_chunks_is_never_acknowledged_then_completed(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.integrations.vetelevage import importing

    control(vet_server, "raw-visit", {"visit": {"id": "V-BAD-1", "produits": [{"produit_id": "P-1"}]}})
    monkeypatch.setattr(importing, "STORE_CHUNK", 5)
    real_finish = importing._finish_batch

    def crash(*args: Any) -> None:
        raise RuntimeError("killed before the last chunk")

    monkeypatch.setattr(importing, "_finish_batch", crash)
    with pytest.raises(RuntimeError, match="killed"):
        await import_visits(vet_ctx)
    # The first chunks are stored (their transactions committed), the last one rolled back.
    assert visit_count(vet_ctx) == 10
    assert importing._unacknowledged(vet_ctx, None) == []  # partial: never acknowledged
    assert sim.accounts["C123"].acknowledged == []
    monkeypatch.setattr(importing, "_finish_batch", real_finish)
    [result] = await import_visits(vet_ctx)
    assert result.acknowledged and result.new == 2 and result.already_known == 10 and result.held == 1
    assert visit_count(vet_ctx) == 12 and len(held_visits(vet_ctx)) == 1
    with vet_ctx.db.read() as conn:
        batch = conn.execute(sa.select(t.batches)).mappings().one()
    assert batch["received"] == 13 and batch["new"] == 12 and batch["held"] == 1
    assert batch["acknowledged_at"] is not None


def test_the_sandbox_answers_with_the_latency_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import httpx

    from app.core.sandbox import SandboxServer
    from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET, LATENCY_ENV, sandbox

    monkeypatch.setenv(LATENCY_ENV, "50")
    spec = sandbox(0)
    assert spec.extra["sim"].latency_ms == 50
    with SandboxServer({"vetelevage": spec}) as server:
        base = server.base_url("vetelevage")
        started = time.perf_counter()
        answer = httpx.post(
            f"{base}/auth/token", auth=(EDITOR_ID, EDITOR_SECRET), data={"grant_type": "client_credentials"}
        )
        assert answer.status_code == 200 and time.perf_counter() - started >= 0.05
