from __future__ import annotations

import asyncio
from typing import Any

from app.core.leases import Holder, try_acquire
from app.integrations.base import Schedule
from app.ops.scheduler import Scheduler


async def test_runs_periodically_and_skips_while_another_desk_holds_the_lease(ctx: Any) -> None:
    runs: list[int] = []

    async def work(_ctx: Any) -> None:
        runs.append(1)

    schedule = Schedule(name="toy.import", interval=lambda c: 0.05, run=work, run_at_start=True)
    scheduler = Scheduler(ctx, [schedule])
    assert await scheduler.run_once(schedule) is True
    other = Holder.for_desk("DESK-2")
    assert try_acquire(ctx.db, "toy.import", other, ttl=60) is None
    assert await scheduler.run_once(schedule) is False
    assert len(runs) == 1
    from app.core.leases import release

    release(ctx.db, "toy.import", other)
    scheduler.start()
    await asyncio.sleep(0.3)
    await scheduler.stop()
    assert len(runs) >= 3


async def test_a_failing_run_does_not_stop_the_schedule(ctx: Any) -> None:
    calls: list[int] = []

    async def flaky(_ctx: Any) -> None:
        calls.append(1)
        raise RuntimeError("remote down")

    scheduler = Scheduler(
        ctx, [Schedule(name="toy.poll", interval=lambda c: 0.05, run=flaky, run_at_start=True)]
    )
    scheduler.start()
    await asyncio.sleep(0.3)
    await scheduler.stop()
    assert len(calls) >= 3
