"""The scheduler remembers: due, missed and wake logic with a clock the test moves by hand."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import pytest

from app.core.leases import Holder, release, try_acquire
from app.integrations.base import Schedule
from app.ops import scheduler as scheduler_module
from app.ops.schedule_runs import (
    FAILED,
    OK,
    RETRY_AFTER,
    RUNNING,
    ScheduleRun,
    due_at,
    load_run,
    record_outcome,
)
from app.ops.scheduler import BUSY_RETRY, CHECK_EVERY, PROBE_EVERY, Scheduler

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
DAY = 86400.0
HOUR = 3600.0


class FakeClock:
    """Wall and monotonic clocks moved by :meth:`advance`; ``sleep`` ends when enough monotonic
    time has been advanced, or when its event is set."""

    def __init__(self, wall: dt.datetime = T0) -> None:
        self.wall = wall
        self.mono = 1000.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []
        self._changed = asyncio.Condition()

    def now(self) -> dt.datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    async def sleep(self, seconds: float, wake: asyncio.Event) -> None:
        if seconds <= 0 or wake.is_set():
            await asyncio.sleep(0)
            return
        entry = (self.mono + seconds, asyncio.get_running_loop().create_future())
        self._sleepers.append(entry)
        async with self._changed:
            self._changed.notify_all()
        woken = asyncio.ensure_future(wake.wait())
        try:
            await asyncio.wait([entry[1], woken], return_when=asyncio.FIRST_COMPLETED)
        finally:
            woken.cancel()
            self._sleepers.remove(entry)

    def advance(self, seconds: float, *, wall_extra: float = 0.0) -> None:
        """``seconds`` pass on both clocks; the wall clock moves ``wall_extra`` more (a sleep)."""
        self.mono += seconds
        self.wall += dt.timedelta(seconds=seconds + wall_extra)
        for deadline, future in self._sleepers:
            if deadline <= self.mono and not future.done():
                future.set_result(None)

    async def sleeping(self) -> None:
        """Return once the dispatcher waits in a sleep."""

        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: bool(self._sleepers))

        await asyncio.wait_for(wait(), 10)


def _run(**kw: Any) -> ScheduleRun:
    return ScheduleRun(name="x", **kw)


# ---------------------------------------------------------------- due_at (pure)


def test_never_run_is_due_now() -> None:
    assert due_at(None, DAY, T0) == T0


def test_due_one_interval_after_the_last_success() -> None:
    last = T0 - dt.timedelta(hours=3)
    assert due_at(_run(last_success_at=last, last_attempt_at=last, last_outcome=OK), DAY, T0) == last + (
        dt.timedelta(days=1)
    )


def test_missed_periods_are_one_run_now_not_a_pile() -> None:
    last = T0 - dt.timedelta(days=3)
    due = due_at(_run(last_success_at=last, last_attempt_at=last, last_outcome=OK), DAY, T0)
    assert due <= T0  # due once; after that run, the next is one interval later
    after = due_at(_run(last_success_at=T0, last_attempt_at=T0, last_outcome=OK), DAY, T0)
    assert after == T0 + dt.timedelta(days=1)


def test_a_failure_is_tried_again_after_the_shorter_of_interval_and_retry_delay() -> None:
    old = T0 - dt.timedelta(days=2)
    failed = _run(last_success_at=old, last_attempt_at=T0, last_outcome=FAILED)
    assert due_at(failed, DAY, T0) == T0 + dt.timedelta(seconds=RETRY_AFTER)
    assert due_at(failed, 60.0, T0) == T0 + dt.timedelta(seconds=60)
    never_succeeded = _run(last_attempt_at=T0, last_outcome=FAILED)
    assert due_at(never_succeeded, DAY, T0) == T0 + dt.timedelta(seconds=RETRY_AFTER)


def test_an_unfinished_attempt_counts_as_an_attempt() -> None:
    """The app was closed during a run: tried again soon, not at once at every start."""
    started = T0 - dt.timedelta(minutes=2)
    ok = T0 - dt.timedelta(days=2)
    run = _run(last_success_at=ok, last_attempt_at=started, last_outcome=RUNNING)
    assert due_at(run, DAY, T0) == started + dt.timedelta(seconds=RETRY_AFTER)


def test_a_last_run_in_the_future_is_not_trusted() -> None:
    """The clock was wrong (a year ahead) when it ran, then corrected: due now, not in a year."""
    future = T0 + dt.timedelta(days=365)
    assert due_at(_run(last_success_at=future, last_attempt_at=future, last_outcome=OK), DAY, T0) == T0


# ---------------------------------------------------------------- the scheduler


def _recorder(runs: list[dt.datetime], clock: FakeClock) -> Any:
    async def work(_ctx: Any) -> None:
        runs.append(clock.now())

    return work


def _remember_success(ctx: Any, name: str, at: dt.datetime) -> None:
    record_outcome(ctx.db, name, at, None, "DESK-0")


async def test_a_run_two_days_late_runs_once_at_start_then_once_per_interval(ctx: Any) -> None:
    _remember_success(ctx, "toy.backup", T0 - dt.timedelta(days=2))
    clock = FakeClock()
    runs: list[dt.datetime] = []
    schedule = Schedule(name="toy.backup", interval=lambda c: DAY, run=_recorder(runs, clock))
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=30.0)
    scheduler.start()
    try:
        await clock.sleeping()
        assert runs == [] and scheduler.checks == 0  # not before the start delay
        clock.advance(30.0)
        await scheduler.wait_until(lambda: len(runs) == 1 and not scheduler.running)
        await clock.sleeping()
        assert runs == [T0 + dt.timedelta(seconds=30)]  # two missed days: one run
        memory = load_run(ctx.db, "toy.backup")
        assert memory is not None and memory.last_success_at == runs[0] and memory.last_outcome == OK
        checks = scheduler.checks
        clock.advance(12 * HOUR)
        await scheduler.wait_until(lambda: scheduler.checks > checks)
        await clock.sleeping()
        assert len(runs) == 1
        clock.advance(12 * HOUR)
        await scheduler.wait_until(lambda: len(runs) == 2 and not scheduler.running)
        assert runs[1] - runs[0] == dt.timedelta(days=1)
    finally:
        await scheduler.stop()


async def test_the_next_start_remembers_and_does_not_run_again(any_ctx: Any) -> None:
    clock = FakeClock()
    runs: list[dt.datetime] = []
    schedule = Schedule(name="toy.backup", interval=lambda c: DAY, run=_recorder(runs, clock))
    first = Scheduler(any_ctx, [schedule], clock=clock, start_delay=0.0)
    first.start()
    await first.wait_until(lambda: len(runs) == 1 and not first.running)
    await first.stop()
    clock.advance(HOUR)  # the app is closed, then opened again an hour later
    second = Scheduler(any_ctx, [schedule], clock=clock, start_delay=0.0)
    second.start()
    try:
        await second.wait_until(lambda: second.checks == 1)
        assert len(runs) == 1 and not second.running
    finally:
        await second.stop()


async def test_a_wake_from_sleep_triggers_a_due_check(ctx: Any) -> None:
    """Monotonic time stood still while the computer slept; the wall clock did not."""
    _remember_success(ctx, "toy.import", T0 - dt.timedelta(minutes=30))
    clock = FakeClock()
    runs: list[dt.datetime] = []
    schedule = Schedule(name="toy.import", interval=lambda c: HOUR, run=_recorder(runs, clock))
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: scheduler.checks == 1)
        await clock.sleeping()
        assert runs == []
        # Slept eight hours; one probe later (far less than the minute between checks) it is seen.
        clock.advance(PROBE_EVERY, wall_extra=8 * HOUR)
        await scheduler.wait_until(lambda: len(runs) == 1 and not scheduler.running)
        assert scheduler.wakes == 1 and scheduler.checks >= 2
        assert PROBE_EVERY < CHECK_EVERY
    finally:
        await scheduler.stop()


async def test_no_jump_no_early_check(ctx: Any) -> None:
    _remember_success(ctx, "toy.import", T0 - dt.timedelta(minutes=30))
    clock = FakeClock()
    schedule = Schedule(name="toy.import", interval=lambda c: HOUR, run=_recorder([], clock))
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: scheduler.checks == 1)
        await clock.sleeping()
        clock.advance(PROBE_EVERY)
        await clock.sleeping()  # woke for the probe, saw nothing, sleeps again
        assert scheduler.checks == 1 and scheduler.wakes == 0
    finally:
        await scheduler.stop()


async def test_a_failure_is_remembered_with_a_phi_free_sentence_and_retried_later(ctx: Any) -> None:
    clock = FakeClock()
    calls: list[dt.datetime] = []

    async def flaky(_ctx: Any) -> None:
        calls.append(clock.now())
        raise RuntimeError("patient Dupont, NIR 1 85 05 78 006 084 36")

    schedule = Schedule(name="toy.poll", interval=lambda c: DAY, run=flaky)
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: len(calls) == 1 and not scheduler.running)
        memory = load_run(ctx.db, "toy.poll")
        assert memory is not None and memory.last_outcome == FAILED and memory.last_success_at is None
        assert memory.message and "Dupont" not in memory.message and "85" not in memory.message
        assert "RuntimeError" in memory.message  # the kind of failure, in a sentence
        await clock.sleeping()
        checks = scheduler.checks
        clock.advance(RETRY_AFTER - 60)
        await scheduler.wait_until(lambda: scheduler.checks > checks)
        await clock.sleeping()
        assert len(calls) == 1  # not at every check
        clock.advance(60)
        await scheduler.wait_until(lambda: len(calls) == 2 and not scheduler.running)
    finally:
        await scheduler.stop()


async def test_a_long_run_is_never_started_twice_and_missed_periods_do_not_pile_up(ctx: Any) -> None:
    clock = FakeClock()
    release_run = asyncio.Event()
    started = asyncio.Event()
    calls: list[dt.datetime] = []

    async def slow(_ctx: Any) -> None:
        calls.append(clock.now())
        started.set()
        if len(calls) == 1:
            await release_run.wait()

    schedule = Schedule(name="toy.slow", interval=lambda c: 60.0, run=slow)
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    scheduler.start()
    try:
        await asyncio.wait_for(started.wait(), 10)
        for _ in range(5):  # five periods pass while the first run works
            await clock.sleeping()
            checks = scheduler.checks
            clock.advance(60.0)
            await scheduler.wait_until(lambda n=checks: scheduler.checks > n)  # type: ignore[misc]
        assert len(calls) == 1
        release_run.set()
        await scheduler.wait_until(lambda: not scheduler.running and scheduler.checks > checks)
        await clock.sleeping()
        # The first run's attempt began five minutes ago: one run is due now, not five.
        await scheduler.wait_until(lambda: len(calls) == 2 and not scheduler.running)
        await clock.sleeping()
        assert len(calls) == 2
    finally:
        await scheduler.stop()


async def test_skips_while_another_desk_holds_the_lease_and_looks_again_later(ctx: Any) -> None:
    clock = FakeClock()
    runs: list[dt.datetime] = []
    schedule = Schedule(name="toy.import", interval=lambda c: HOUR, run=_recorder(runs, clock))
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    other = Holder.for_desk("DESK-2")
    assert try_acquire(ctx.db, "toy.import", other, ttl=600) is None
    assert await scheduler.run_once(schedule) is False
    assert load_run(ctx.db, "toy.import") is None  # the other desk's run is its own to record
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: scheduler.checks == 1 and not scheduler.running)
        await clock.sleeping()
        assert runs == []
        release(ctx.db, "toy.import", other)
        checks = scheduler.checks
        clock.advance(BUSY_RETRY)
        await scheduler.wait_until(lambda: len(runs) == 1 and not scheduler.running)
        assert scheduler.checks > checks
    finally:
        await scheduler.stop()


async def test_run_at_start_runs_at_the_first_check_even_when_not_due(ctx: Any) -> None:
    _remember_success(ctx, "toy.catch_up", T0 - dt.timedelta(minutes=1))
    clock = FakeClock()
    runs: list[dt.datetime] = []
    schedule = Schedule(
        name="toy.catch_up", interval=lambda c: HOUR, run=_recorder(runs, clock), run_at_start=True
    )
    scheduler = Scheduler(ctx, [schedule], clock=clock, start_delay=0.0)
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: len(runs) == 1 and not scheduler.running)
    finally:
        await scheduler.stop()


async def test_a_schedule_that_is_off_never_runs(ctx: Any) -> None:
    clock = FakeClock()
    runs: list[dt.datetime] = []
    scheduler = Scheduler(
        ctx,
        [Schedule(name="toy.off", interval=lambda c: 0.0, run=_recorder(runs, clock))],
        clock=clock,
        start_delay=0.0,
    )
    scheduler.start()
    try:
        await scheduler.wait_until(lambda: scheduler.checks == 1)
        clock.advance(CHECK_EVERY)
        await scheduler.wait_until(lambda: scheduler.checks == 2)
        assert runs == []
    finally:
        await scheduler.stop()


def test_a_refusal_keeps_its_translatable_sentence_and_redacted_values(any_ctx: Any) -> None:
    from app.core.errors import InputError
    from app.ops.schedule_runs import failure_message

    template, args = failure_message(InputError("NIR 1 85 05 78 006 084 36 refused"))
    record_outcome(any_ctx.db, "toy.push", T0, (template, args), "DESK-0")
    memory = load_run(any_ctx.db, "toy.push")
    assert memory is not None and memory.last_message == template and "{detail}" in template
    assert "006 084" not in memory.message and "refused" in memory.message


def test_the_system_clock_is_aware_utc() -> None:
    clock = scheduler_module.SystemClock()
    assert clock.now().tzinfo is dt.UTC
    assert clock.monotonic() <= clock.monotonic()


async def test_a_stop_that_arrives_as_the_scheduler_is_woken_still_stops_it() -> None:
    """A run ending (which wakes the dispatcher) at the moment of the stop: the cancel is not
    lost (Python 3.11's wait_for swallowed it, and ``passerelle serve`` ignored SIGTERM)."""
    wake = asyncio.Event()
    sleeping = asyncio.get_running_loop().create_task(scheduler_module.SystemClock().sleep(60.0, wake))
    await asyncio.sleep(0)  # the sleep is waiting on the event
    wake.set()
    sleeping.cancel()
    with pytest.raises(asyncio.CancelledError):
        await sleeping


@pytest.mark.parametrize("delay", [scheduler_module.WINDOW_START_DELAY, scheduler_module.SERVE_START_DELAY])
def test_what_is_due_runs_within_a_minute_of_opening(delay: float) -> None:
    assert 0 < delay < 60


async def test_one_broken_schedule_does_not_hold_the_others_back(
    ctx: Any, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    runs: list[dt.datetime] = []

    def broken(_ctx: Any) -> float:
        raise KeyError("setting")

    scheduler = Scheduler(
        ctx,
        [
            Schedule(name="toy.broken", interval=broken, run=_recorder([], clock)),
            Schedule(name="toy.fine", interval=lambda c: HOUR, run=_recorder(runs, clock)),
        ],
        clock=clock,
        start_delay=0.0,
    )
    with caplog.at_level(logging.ERROR, logger="passerelle.scheduler"):  # this one is expected
        scheduler.start()
        try:
            await scheduler.wait_until(lambda: len(runs) == 1 and not scheduler.running)
            assert "the interval of toy.broken cannot be read" in caplog.text
        finally:
            await scheduler.stop()
