"""Runs the integrations' periodic work (imports, polls, pushes) and the upkeep (backups, retries,
pruning) while the app or ``passerelle serve`` runs.

Each schedule remembers its last success and last attempt in the database
(:mod:`app.ops.schedule_runs`), so what fell due while the desk was closed runs once, soon after
start, and nothing runs twice because the app was restarted. One dispatcher task looks at what is
due, starts each due run in its own task (never two of one schedule), and waits until the next one
is due — in short slices, comparing the wall clock with the monotonic clock: a jump between them
(the computer slept, or its clock was changed) triggers a due-check at once. Each run takes the
schedule's lease, so several desks sharing one database never run the same job at once; a failure
is remembered with its sentence and tried again (see :func:`app.ops.schedule_runs.due_at`).
docs/scheduling.md says why this is our own loop rather than APScheduler.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from app.core.jobs import Job, JobContext, JobState
from app.core.leases import Holder, LeaseBusy, hold
from app.ops.schedule_runs import due_at, failure_message, load_runs, record_attempt, record_outcome

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.integrations.base import Schedule

log = logging.getLogger("passerelle.scheduler")

# The window is painted and its first refreshes are under way before anything due runs.
WINDOW_START_DELAY = 15.0
# ``passerelle serve`` has no window to paint.
SERVE_START_DELAY = 2.0
# At most this long between due-checks (a schedule switched on in the settings is noticed).
CHECK_EVERY = 60.0
# The wall clock is compared with the monotonic clock this often…
PROBE_EVERY = 5.0
# …and a difference larger than this is a sleep/wake or a clock change.
JUMP = 30.0
# Another desk holds a schedule's lease: look again after this long (or its interval if shorter).
BUSY_RETRY = 60.0


class Clock(Protocol):
    """The scheduler's time: the wall clock (aware, UTC), a monotonic clock, and a sleep that an
    event ends early. Tests pass a clock they move by hand."""

    def now(self) -> dt.datetime: ...

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None: ...


class SystemClock:
    """The computer's clocks."""

    def now(self) -> dt.datetime:
        """The wall clock, in UTC."""
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        """Seconds that only go forward (on most systems they stand still while the computer sleeps)."""
        return time.monotonic()

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None:
        """Wait ``seconds``, or until ``wake`` is set."""
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancel that arrives
        # as ``wake`` is set, and the scheduler would never stop.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(seconds, 0.0)):
                await wake.wait()


class Scheduler:
    """Runs each schedule when it is due, under its lease, until stopped (see the module)."""

    def __init__(
        self,
        ctx: AppContext,
        schedules: list[Schedule],
        *,
        clock: Clock | None = None,
        start_delay: float = WINDOW_START_DELAY,
    ) -> None:
        self.ctx = ctx
        self.schedules = schedules
        self.holder = Holder.for_desk(ctx.journal.desk)
        self.clock: Clock = clock or SystemClock()
        self.start_delay = start_delay
        self.checks = 0  # due-checks done (tests wait on it)
        self.wakes = 0  # clock jumps noticed
        self._running: dict[str, asyncio.Task[None]] = {}
        self._busy_until: dict[str, float] = {}
        self._wake = asyncio.Event()
        self._changed = asyncio.Condition()
        self._dispatcher: asyncio.Task[None] | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start the dispatcher: the first due-check comes ``start_delay`` seconds from now."""
        if self._dispatcher is None:
            self._dispatcher = asyncio.get_running_loop().create_task(self._dispatch(), name="scheduler")

    async def stop(self) -> None:
        """Cancel the dispatcher and every run in progress, and wait for them."""
        tasks = [t for t in (self._dispatcher, *self._running.values()) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._dispatcher = None
        self._running.clear()

    @property
    def running(self) -> list[str]:
        """The schedules running now."""
        return list(self._running)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Return once ``condition()`` holds (looked at after every due-check and every run)."""

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        await asyncio.wait_for(wait(), timeout)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------ one run

    async def run_once(self, schedule: Schedule) -> bool:
        """Run one period now and remember it; False when another desk holds the lease."""
        db = self.ctx.db
        desk = self.ctx.journal.desk
        try:
            async with hold(db, schedule.name, self.holder):
                started = self.clock.now()
                await db.run(record_attempt, db, schedule.name, started, desk)

                async def work(_job: JobContext) -> object:
                    return await schedule.run(self.ctx)

                job = self.ctx.jobs.start(
                    Job(title=schedule.name, fn=work, integration=schedule.name.split(".")[0])
                )
                await job.wait()
                if job.state is JobState.CANCELLED:
                    return True  # the attempt stays "running": tried again after a short while
                failure = failure_message(job.error) if job.error is not None else None
                await db.run(record_outcome, db, schedule.name, started, failure, desk)
                outcome = f"failed ({type(job.error).__name__})" if job.error is not None else "ok"
                log.info("scheduled %s: %s", schedule.name, outcome)
                return True
        except LeaseBusy as busy:
            log.info("%s skipped: %s", schedule.name, busy)
            return False

    async def _run(self, schedule: Schedule, interval: float) -> None:
        try:
            if not await self.run_once(schedule):
                self._busy_until[schedule.name] = self.clock.monotonic() + min(interval, BUSY_RETRY)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("scheduled %s could not run", schedule.name)
            self._busy_until[schedule.name] = self.clock.monotonic() + min(interval, BUSY_RETRY)
        finally:
            self._running.pop(schedule.name, None)
            self._wake.set()  # its next due time changed: look again
            await self._notify()

    # ------------------------------------------------------------ dispatching

    async def due_check(self) -> float:
        """Start every schedule that is due and not running; return the seconds until the next."""
        runs = await self.ctx.db.run(load_runs, self.ctx.db)
        now = self.clock.now()
        mono = self.clock.monotonic()
        waits = [CHECK_EVERY]
        due: list[str] = []
        for schedule in self.schedules:
            if schedule.name in self._running:
                continue
            try:
                interval = schedule.interval(self.ctx)
            except Exception:  # one schedule's broken setting does not hold the others back
                log.exception("the interval of %s cannot be read", schedule.name)
                continue
            if interval <= 0:
                continue  # off; the setting is looked at again at the next check
            busy_until = self._busy_until.get(schedule.name, 0.0)
            if busy_until > mono:
                waits.append(busy_until - mono)
                continue
            first = self.checks == 0 and schedule.run_at_start
            at = now if first else due_at(runs.get(schedule.name), interval, now)
            if at <= now:
                due.append(schedule.name)
                self._running[schedule.name] = asyncio.get_running_loop().create_task(
                    self._run(schedule, interval), name=f"schedule-{schedule.name}"
                )
            else:
                waits.append((at - now).total_seconds())
        if self.checks == 0:
            log.info("schedules checked at start: due now: %s", ", ".join(due) or "none")
        elif due:
            log.info("schedules due: %s", ", ".join(due))
        self.checks += 1
        await self._notify()
        return max(min(waits), 0.05)

    async def _dispatch(self) -> None:
        await self.clock.sleep(self.start_delay, asyncio.Event())
        while True:
            self._wake.clear()  # a run that ends from here on asks for the next check
            try:
                wait = await self.due_check()
            except Exception:  # the database is busy or away: the runs are not lost, look again
                log.exception("the due-check failed")
                wait = CHECK_EVERY
            check_at = self.clock.monotonic() + wait
            while True:
                wall, mono = self.clock.now(), self.clock.monotonic()
                await self.clock.sleep(min(PROBE_EVERY, max(check_at - mono, 0.0)), self._wake)
                drift = (self.clock.now() - wall).total_seconds() - (self.clock.monotonic() - mono)
                if abs(drift) > JUMP:
                    self.wakes += 1
                    log.info("the clock jumped %+.0f s (sleep and wake, or a change): checking", drift)
                    break
                if self._wake.is_set() or self.clock.monotonic() >= check_at:
                    break


def all_schedules(ctx: AppContext) -> list[Schedule]:
    """Every integration's periodic work, then the app's own upkeep (backups, retries, pruning)."""
    from app.integrations import available
    from app.ops.schedules import schedules as upkeep

    out: list[Schedule] = []
    for integration in available():
        if integration.schedules is not None:
            out.extend(integration.schedules(ctx))
    return [*out, *upkeep(ctx)]
