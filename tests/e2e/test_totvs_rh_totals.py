"""The co-participation totals summed by the database are the exact Decimal sums, on both
engines; an amount whole cents cannot hold sends SQLite back to summing in Python."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from app.integrations.totvs import rh_queries, service_rh
from app.integrations.totvs import tables as t
from app.integrations.totvs.sandbox import RhSandbox
from app.integrations.totvs.service_rh import CopartFilter

pytestmark = pytest.mark.e2e


def _in_python(ctx: Any, f: CopartFilter) -> rh_queries.CopartTotals:
    with ctx.db.read() as conn:
        return rh_queries.totals_in_python(conn, f.where())


@pytest.mark.parametrize("money", ["string", "mixed"])
async def test_the_databases_sums_are_the_exact_sums(totvs_ctx: Any, rh_sim: RhSandbox, money: str) -> None:
    rh_sim.money_format = money
    await service_rh.load(totvs_ctx, mode=service_rh.FULL)
    for f in (CopartFilter(), CopartFilter(company="T1", branch="D MG 02"), CopartFilter(service_type="3")):
        got = await totvs_ctx.db.run(rh_queries.totals, totvs_ctx, f)
        expected = _in_python(totvs_ctx, f)
        assert got == expected
        assert [str(t.total) for t in got.employees] == [str(t.total) for t in expected.employees]
        assert got.overall == sum((Decimal(r["CoparticipationValue"]) for r in _kept(rh_sim, f)), Decimal(0))


def _kept(sim: RhSandbox, f: CopartFilter) -> list[dict[str, Any]]:
    rows = list(sim.rows.values())
    if f.company:
        rows = [r for r in rows if r["companyKey"].startswith(f"{f.company}|")]
    if f.branch:
        rows = [r for r in rows if r["branch"].strip() == f.branch]
    if f.service_type:
        rows = [r for r in rows if str(r["ServiceType"]).strip() == f.service_type]
    return rows


async def test_amounts_with_more_than_cents_are_summed_exactly(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    scope = {"company": "T1", "branch": "D MG 01"}
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, **scope)
    with totvs_ctx.db.transaction() as conn:
        first, second = conn.execute(sa.select(t.copart.c.id).order_by(t.copart.c.id).limit(2)).scalars()
        conn.execute(sa.update(t.copart).where(t.copart.c.id == first).values(value=Decimal("0.0005")))
        conn.execute(sa.update(t.copart).where(t.copart.c.id == second).values(value=Decimal("1E+3")))
    got = await totvs_ctx.db.run(rh_queries.totals, totvs_ctx, CopartFilter())
    assert got == _in_python(totvs_ctx, CopartFilter())
    assert got.overall == sum(
        (Decimal(r["CoparticipationValue"]) for i, r in rh_sim.rows.items() if i.startswith("T1|D MG 01")),
        Decimal(0),
    ) - Decimal(rh_sim.rows[first]["CoparticipationValue"]) - Decimal(
        rh_sim.rows[second]["CoparticipationValue"]
    ) + Decimal("1000.0005")
