"""TOTVS RH co-participation loads against the sandbox over loopback (SQLite and PostgreSQL):
pages, resume, payment-date incrementals in the server's own time, pairs, numeric money."""

from __future__ import annotations

import datetime as dt
import functools
import time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from app.core.http import RetryPolicy, ServerError, ValidationFailed
from app.integrations.totvs import service_rh
from app.integrations.totvs import tables as t
from app.integrations.totvs.client_rh import RhClient
from app.integrations.totvs.sandbox import RhSandbox

pytestmark = pytest.mark.e2e

SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def _stored(ctx: Any) -> dict[str, Decimal]:
    with ctx.db.read() as conn:
        return dict(conn.execute(sa.select(t.copart.c.id, t.copart.c.value)).all())


def _last_load_began(ctx: Any, moment: dt.datetime) -> None:
    """As if the last load had started at ``moment`` (an aware datetime)."""
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(t.loads).values(started_at=moment.astimezone(dt.UTC)))


@pytest.fixture
def no_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 500 fails at once instead of after the backoff of three retries."""
    monkeypatch.setattr(service_rh, "RhClient", functools.partial(RhClient, retry=RetryPolicy(max_retries=0)))


async def test_full_then_incremental_picks_up_exactly_the_changed_rows(
    totvs_ctx: Any, rh_sim: RhSandbox
) -> None:
    totvs_ctx.settings.totvs_rh.page_size = 700
    first = await service_rh.load(totvs_ctx, mode=service_rh.FULL)
    assert first.received == first.stored == len(rh_sim.rows) >= 5000
    assert first.duplicates == 0
    assert first.total == len(rh_sim.rows)
    assert first.pages == 9  # 3 pairs x ceil(1800 / 700)
    stored = _stored(totvs_ctx)
    assert set(stored) == set(rh_sim.rows)
    assert all(stored[i] == Decimal(r["CoparticipationValue"]) for i, r in rh_sim.rows.items())

    # Payments dated yesterday but entered after the load, and payments of today.
    late = set(rh_sim.change_rows(changed=4, added=0, paid=rh_sim.today() - dt.timedelta(days=1)))
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

    # Loading the same again: the overlap brings rows back, all recognised by their id.
    third = await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL)
    assert third.stored == 0 and third.duplicates == third.received >= len(changed | late)
    assert len(_stored(totvs_ctx)) == len(rh_sim.rows)


async def test_datemodified_is_the_servers_wall_time_a_day_before_the_last_load(
    totvs_ctx: Any, rh_sim: RhSandbox
) -> None:
    """A load at 22:30 in São Paulo is 01:30 UTC the next day: sent as UTC, the payments of that
    day entered after the load would never come back."""
    scope = {"company": "T1", "branch": "D MG 01"}
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, **scope)
    day = rh_sim.today() - dt.timedelta(days=1)
    _last_load_began(totvs_ctx, dt.datetime.combine(day, dt.time(22, 30), SAO_PAULO))
    entered_later = set(rh_sim.change_rows(changed=0, added=3, paid=day))
    entered_later = {i for i in entered_later if i.startswith("T1|D MG 01")}
    rh_sim.requests.clear()

    result = await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL, **scope)
    sent = {r["datemodified"] for r in rh_sim.requests}
    assert sent == {f"{day - dt.timedelta(days=1):%Y-%m-%d}T00:00:00"}  # one day back, from midnight
    assert entered_later and entered_later <= set(_stored(totvs_ctx))
    assert result.stored == len(entered_later)

    totvs_ctx.settings.totvs_rh.incremental_overlap_days = 3
    _last_load_began(totvs_ctx, dt.datetime.combine(day, dt.time(9, 0), SAO_PAULO))
    rh_sim.requests.clear()
    await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL, **scope)
    assert {r["datemodified"] for r in rh_sim.requests} == {f"{day - dt.timedelta(days=3):%Y-%m-%d}T00:00:00"}


async def test_a_resync_since_a_later_date_does_not_move_the_incremental_start(
    totvs_ctx: Any, rh_sim: RhSandbox
) -> None:
    scope = {"company": "T1", "branch": "D MG 01"}
    await service_rh.load(totvs_ctx, mode=service_rh.FULL, **scope)
    ten_days_ago = rh_sim.today() - dt.timedelta(days=10)
    _last_load_began(totvs_ctx, dt.datetime.combine(ten_days_ago, dt.time(12, 0), SAO_PAULO))
    entered_later = {
        i
        for i in rh_sim.change_rows(changed=0, added=3, paid=rh_sim.today() - dt.timedelta(days=5))
        if i.startswith("T1|D MG 01")
    }
    tomorrow = dt.datetime.combine(rh_sim.today() + dt.timedelta(days=1), dt.time())
    await service_rh.load(totvs_ctx, mode=service_rh.SINCE, since=tomorrow, **scope)  # nothing, done
    rh_sim.requests.clear()
    await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL, **scope)
    assert {r["datemodified"] for r in rh_sim.requests} == {f"{ten_days_ago - dt.timedelta(days=1)}T00:00:00"}
    assert entered_later and entered_later <= set(_stored(totvs_ctx))


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset to change the desktop's zone")
async def test_empty_time_zone_is_the_desktops(
    totvs_ctx: Any, rh_sim: RhSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    try:
        totvs_ctx.settings.totvs_rh.server_timezone = ""
        scope = {"company": "T2", "branch": "D SP 01"}
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, **scope)
        day = dt.date(2026, 3, 10)
        _last_load_began(totvs_ctx, dt.datetime(2026, 3, 11, 1, 30, tzinfo=dt.UTC))  # 10th, 22:30 there
        rh_sim.requests.clear()
        await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL, **scope)
        assert {r["datemodified"] for r in rh_sim.requests} == {f"{day - dt.timedelta(days=1)}T00:00:00"}
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


async def test_since_is_read_in_the_servers_time(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    scope = {"company": "T1", "branch": "D MG 02"}
    for given, sent in (
        ("2026-01-10T08:00:00", "2026-01-10T08:00:00"),  # the server's time, sent as typed
        ("2026-01-10", "2026-01-10T00:00:00"),
        ("2026-01-10T11:00:00Z", "2026-01-10T08:00:00"),  # a UTC moment, as São Paulo's time
        ("2026-01-10T08:00:00-03:00", "2026-01-10T08:00:00"),
    ):
        rh_sim.requests.clear()
        since = service_rh.parse_since(given)
        await service_rh.load(totvs_ctx, mode=service_rh.SINCE, since=since, **scope)
        assert {r["datemodified"] for r in rh_sim.requests} == {sent}, given
    rows = rh_sim.selected("T1", "D MG 02", dt.datetime(2026, 1, 10))
    assert all(rh_sim.paid[r["id"]] >= dt.date(2026, 1, 10) for r in rows)  # by payment date


async def test_pairs_come_from_the_settings_not_a_cross_product(
    totvs_ctx: Any, rh_sim: RhSandbox, no_retry: None
) -> None:
    totvs_ctx.settings.totvs_rh.scopes = "T1:D MG 01, T2:D SP 01"
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL)
    asked = {(r["companyId"], r["branchId"]) for r in rh_sim.requests}
    assert asked == {("T1", "D MG 01"), ("T2", "D SP 01")}
    assert result.received == 3600

    rh_sim.requests.clear()
    only_t1 = await service_rh.load(totvs_ctx, mode=service_rh.INCREMENTAL, company="T1")
    assert {(r["companyId"], r["branchId"]) for r in rh_sim.requests} == {("T1", "D MG 01")}
    assert only_t1.stored == 0

    # A pair Protheus does not have is its 500; the sentence says which pair to check.
    with pytest.raises(ServerError) as caught:
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T2", branch="D MG 01")
    assert "Erro ao preparar o ambiente com a Empresa e Filial" in str(caught.value)
    assert "check that company T2 has branch D MG 01" in str(caught.value)
    from app.core.errors import InputError

    with pytest.raises(InputError, match="No pair with company T9 .* give its branch too"):
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T9")


@pytest.mark.parametrize("money", ["number", "mixed"])
async def test_money_as_json_numbers_is_read_exactly(totvs_ctx: Any, rh_sim: RhSandbox, money: str) -> None:
    rh_sim.money_format = money
    totvs_ctx.settings.totvs_rh.page_size = 600
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    assert result.received == result.stored == 1800
    stored = _stored(totvs_ctx)
    expected = {i: Decimal(r["CoparticipationValue"]) for i, r in rh_sim.rows.items() if i in stored}
    assert len(expected) == 1800 and stored == expected  # to the cent, never through a float

    # The same rows as strings again: recognised as the same, nothing rewritten.
    rh_sim.money_format = "string"
    again = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    assert again.stored == 0 and again.duplicates == 1800


async def test_no_records_is_an_empty_result(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    since = dt.datetime.combine(rh_sim.today() + dt.timedelta(days=1), dt.time())
    result = await service_rh.load(
        totvs_ctx, mode=service_rh.SINCE, since=since, company="T1", branch="D MG 01"
    )
    assert result.received == 0 and result.pages == 0
    with totvs_ctx.db.read() as conn:
        assert conn.execute(sa.select(t.loads.c.state)).scalar() == service_rh.DONE


async def test_interrupted_load_resumes_from_the_failed_page(totvs_ctx: Any, rh_sim: RhSandbox) -> None:
    totvs_ctx.settings.totvs_rh.page_size = 500
    rh_sim.fail_page = 3
    with pytest.raises(ServerError) as caught:
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    assert "Falha de conexão com o banco de dados" in str(caught.value)
    assert "check that company" not in str(caught.value)  # pages came: the pair exists
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
    async with RhClient(totvs_server.base_url("totvs_rh"), "admin", "protheus-demo") as client:
        with pytest.raises(ValidationFailed) as caught:
            async for _page in client.pages(company_id="T1", branch_id=" "):
                pass
    assert "O parâmetro branchId é obrigatório." in str(caught.value)
    totvs_ctx.secrets.set("totvs_rh", "password", "wrong")
    from app.core.http import AuthError

    with pytest.raises(AuthError):
        await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")


async def test_a_cancelled_load_stops_its_pages_on_the_side_loop_and_resumes(
    totvs_ctx: Any, rh_sim: RhSandbox
) -> None:
    """Pages are received on the side loop: a cancel there ends the load cancelled, with every page
    stored before it kept, and the next load asks for the pages after them only."""
    import asyncio

    from app.core.jobs import Job, JobManager, JobState

    totvs_ctx.settings.totvs_rh.page_size = 200
    jobs = JobManager()
    holder: list[Job[Any]] = []

    def cancel_after_two(step: service_rh.LoadProgress) -> None:
        if step.page == 2:
            holder[0].cancel()

    async def work(job: Any) -> service_rh.LoadResult:
        return await service_rh.load(
            totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01", job=job,
            on_progress=cancel_after_two,
        )  # fmt: skip

    holder.append(jobs.start(Job("load", work)))
    await asyncio.wait([holder[0].wait()])
    assert holder[0].state is JobState.CANCELLED
    with totvs_ctx.db.read() as conn:
        load = conn.execute(sa.select(t.loads)).mappings().one()
        count = conn.execute(sa.select(sa.func.count()).select_from(t.copart)).scalar()
    assert load["state"] == service_rh.CANCELLED
    assert load["pages_done"] >= 2 and count == load["pages_done"] * 200
    resume_from = load["next_page"]

    rh_sim.requests.clear()
    result = await service_rh.load(totvs_ctx, mode=service_rh.FULL, company="T1", branch="D MG 01")
    pages = [int(r["page"]) for r in rh_sim.requests]
    assert pages == list(range(resume_from, 10))  # resumed after the stored pages, not restarted
    assert result.received == 1800  # the load's counts, over both of its runs
    with totvs_ctx.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.copart)).scalar() == 1800
