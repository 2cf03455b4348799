"""Runs the integrations' periodic work (imports, polls, pushes) while the app or
``passerelle serve`` runs. Each run takes the schedule's lease so several desks sharing one
database never run the same job at once; a failure is journaled and retried next period.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from app.core.jobs import Job, JobContext
from app.core.leases import Holder, LeaseBusy, hold

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.integrations.base import Schedule

log = logging.getLogger("passerelle.scheduler")


class Scheduler:
    """Runs each schedule every period under its lease, until stopped."""

    def __init__(self, ctx: AppContext, schedules: list[Schedule]) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.holder = Holder.for_desk(ctx.journal.desk)
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        for schedule in self.schedules:
            self._tasks.append(loop.create_task(self._loop(schedule), name=f"schedule-{schedule.name}"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    async def run_once(self, schedule: Schedule) -> bool:
        """Run one period now; False when another desk holds the lease."""
        try:
            async with hold(self.ctx.db, schedule.name, self.holder):

                async def work(_job: JobContext) -> object:
                    return await schedule.run(self.ctx)

                job = self.ctx.jobs.start(
                    Job(title=schedule.name, fn=work, integration=schedule.name.split(".")[0])
                )
                await job.wait()
                return True
        except LeaseBusy as busy:
            log.info("%s skipped: %s", schedule.name, busy)
            return False

    async def _loop(self, schedule: Schedule) -> None:
        first = True
        while True:
            interval = schedule.interval(self.ctx)
            if interval <= 0:
                await asyncio.sleep(60)  # off: look at the setting again later
                continue
            if not (first and schedule.run_at_start):
                await asyncio.sleep(interval)
            first = False
            try:
                await self.run_once(schedule)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("scheduled %s failed", schedule.name)


def all_schedules(ctx: AppContext) -> list[Schedule]:
    """Every integration's periodic work, then the app's own upkeep (backups, retries, pruning)."""
    from app.integrations import available
    from app.ops.schedules import schedules as upkeep

    out: list[Schedule] = []
    for integration in available():
        if integration.schedules is not None:
            out.extend(integration.schedules(ctx))
    return [*out, *upkeep(ctx)]
