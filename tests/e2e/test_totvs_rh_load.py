"""TOTVS RH co-participation loads against the sandbox over loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.http import ServerError, ValidationFailed
from app.integrations.totvs import service_rh
from app.integrations.totvs import tables as t
from app.integrations.totvs.sandbox import RhSandbox

pytestmark = pytest.mark.e2e


def _stored(ctx: Any) -> dict[str, Decimal]:
    with ctx.db.read() as conn:
        return dict(conn.execute(sa.select(t.copart.c.id, t.copart.c.value)).all())


async def test_full_then_incremental_picks_up_exactly_the_changed_rows(
    totvs_ctx: Any, rh_sim: RhSandbox
) -> None:
    totvs_ctx.settings.totvs_rh.page_size = 700
    first = await service_rh.load(totvs_ctx, mode=service_rh.FULL)
    assert first.received == first.stored == len(rh_sim.rows) >= 5000
    assert first.duplicates == 0
    assert first.total == len(rh_sim.rows)
    assert first.pages == 9  # 3 branches x ceil(1800 / 700)
    stored = _stored(totvs_ctx)
    assert set(stored) == set(rh_sim.rows)
    assert all(stored[i] == Decimal(r["CoparticipationValue"]) for i, r in rh_sim.rows.items())

    # Rows changed 30 minutes before the last load started: within the 60-minute overlap.
    with totvs_ctx.db.read() as conn:
        started = conn.execute(sa.select(sa.func.min(t.loads.c.started_at))).scalar()
    started = dt.datetime.fromisoformat(str(started)) if isinstance(started, str) else started
    before = started.astimezone(dt.UTC) - dt.timedelta(minutes=30)
    late = set(rh_sim.change_rows(changed=4, added=0, when=before))
    changed = set(rh_sim.change_rows(changed=12, added=6))
    rh_sim.requests.clear()

    second = await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL)
    assert all(r.get("datemodified") for r in rh_sim.requests)
    assert second.stored == len(changed | late)  # none missed (overlap), nothing else rewritten
    assert second.received == second.stored + second.duplicates
    stored = _stored(totvs_ctx)
    assert len(stored) == len(rh_sim.rows)  # no duplicates
    for row_id in changed | late:
        assert stored[row_id] == Decimal(rh_sim.rows[row_id]["CoparticipationValue"])

    # Loading the same again: the overlap brings rows back, all recognised as duplicates.
    third = await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL)
    assert third.stored == 0
    assert len(_stored(totvs_ctx)) == len(rh_sim.rows)


async def test_no_records_is_an_empty_result(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T9", branch="D XX 99")
    assert result.received == 0 and result.pages == 0
    with totvs_ctx.db.read() as conn:
        assert conn.execute(sa.select(t.loads.c.state)).scalar() == service_rh.DONE
    since = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=1)
    result = await service_rh.load(
        totvs_ctx, mode=service_rh.SINCE, since=since, company="T1", branch="D MG 01"
    )
    assert result.received == 0


async def test_interrupted_load_resumes_from_the_failed_page(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    totvs_ctx.settings.totvs_rh.page_size = 500
    rh_sim.fail_page = 3
    with pytest.raises(ServerError) as caught:
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    assert "Falha de conexão com o banco de dados" in str(caught.value)
    with totvs_ctx.db.read() as conn:
        load = conn.execute(sa.select(t.loads)).mappings().one()
        count = conn.execute(sa.select(sa.func.count()).select_from(t.copart)).scalar()
    assert load["state"] == service_rh.FAILED and load["next_page"] == 3 and load["pages_done"] == 2
    assert count == 1000  # the two pages before the fault are kept
    assert totvs_ctx.attention.count("totvs_rh") == 1

    rh_sim.fail_page = None
    rh_sim.requests.clear()
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    assert [int(r["page"]) for r in rh_sim.requests] == [3, 4]  # resumed, not restarted
    assert result.received == 1800 and result.stored == 1800 and result.duplicates == 0
    with totvs_ctx.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.copart)).scalar() == 1800
        assert conn.execute(sa.select(t.loads.c.state)).scalar() == service_rh.DONE
    assert totvs_ctx.attention.count("totvs_rh") == 0


async def test_missing_branch_and_wrong_password_are_sentences(totvs_ctx: Any, totvs_server: Any) -> None:
    from app.integrations.totvs.client_rh import RhClient

    async with RhClient(totvs_server.base_url("totvs_rh"), "admin", "protheus-demo") as client:
        with pytest.raises(ValidationFailed) as caught:
            async for _page in client.pages(company_id="T1", branch_id=" "):
                pass
    assert "O parâmetro branchId é obrigatório." in str(caught.value)
    totvs_ctx.secrets.set("totvs_rh", "password", "wrong")
    from app.core.http import AuthError

    with pytest.raises(AuthError):
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
