"""TaskGroup: tasks kept and cancelled with their owner, failures reported, the newest answer wins."""

from __future__ import annotations

import asyncio
import logging

import pytest

from app.core.tasks import TaskGroup, close_every_group
from tests.waiting import wait_until


async def test_a_newer_task_under_a_key_cancels_the_older_and_drops_its_answer() -> None:
    group = TaskGroup("test")
    shown: list[str] = []
    release_old = asyncio.Event()

    async def old() -> str:
        await release_old.wait()
        return "old"

    async def new() -> str:
        return "new"

    first = group.start(old(), key="list", then=shown.append)
    await asyncio.sleep(0)  # the old request is under way
    group.start(new(), key="list", then=shown.append)
    await group.wait()
    assert first.cancelled()
    assert shown == ["new"]


async def test_a_stale_answer_that_ignores_cancellation_is_still_dropped() -> None:
    group = TaskGroup("test")
    shown: list[str] = []
    started = asyncio.Event()
    release = asyncio.Event()

    async def stubborn() -> str:
        started.set()
        while not release.is_set():
            try:
                await release.wait()
            except asyncio.CancelledError:
                continue  # a read in a thread cannot be stopped: its answer still comes
        return "stale"

    group.start(stubborn(), key="list", then=shown.append)
    await started.wait()
    group.start(asyncio.sleep(0, "fresh"), key="list", then=shown.append)
    release.set()
    await group.wait()
    assert shown == ["fresh"]


async def test_a_failure_goes_to_the_owner_and_not_to_the_loop() -> None:
    errors: list[BaseException] = []
    group = TaskGroup("test", on_error=errors.append)

    async def boom() -> None:
        raise ValueError("the database is locked")

    group.start(boom())
    await group.wait()
    assert [str(e) for e in errors] == ["the database is locked"]
    assert len(group) == 0  # not kept after it ended


async def test_a_failure_in_the_result_callback_reaches_the_owner_too() -> None:
    errors: list[BaseException] = []
    group = TaskGroup("test", on_error=errors.append)

    def show(_value: int) -> None:
        raise RuntimeError("cannot show it")

    group.start(asyncio.sleep(0, 1), then=show)
    await group.wait()
    assert [type(e) for e in errors] == [RuntimeError]


async def test_a_failure_without_an_owner_handler_is_logged_as_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    group = TaskGroup("service")

    async def boom() -> None:
        raise ValueError("lost connection")

    # Our own handler on the logger itself, at its own level: whatever an earlier test of the same
    # worker did to the logging set-up (levels, root handlers), the record reaches it.
    # What the record says of its exception, read when it is emitted: the app's redacting filter on
    # a root handler (installed by a test that set up logging) later folds exc_info into exc_text.
    seen: list[str] = []
    handler = logging.Handler(logging.ERROR)
    handler.emit = lambda r: seen.append(repr(r.exc_info[1]) if r.exc_info else "")  # type: ignore[method-assign]
    logger = logging.getLogger("passerelle.tasks")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR)
    try:
        with caplog.at_level(logging.ERROR, logger="passerelle.tasks"):
            group.start(boom())
            await group.wait()
            await wait_until(lambda: seen, what="the failure's log record")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    assert seen == [repr(ValueError("lost connection"))]


async def test_closing_cancels_every_task_and_refuses_new_ones() -> None:
    group = TaskGroup("test")
    forever = group.start(asyncio.Event().wait())
    await asyncio.sleep(0)
    await group.aclose()
    assert forever.cancelled()
    never = asyncio.sleep(0)
    with pytest.raises(RuntimeError):
        group.start(never)


async def test_the_app_closing_closes_every_group() -> None:
    groups = [TaskGroup(f"owner {i}") for i in range(3)]
    tasks = [g.start(asyncio.Event().wait()) for g in groups]
    await asyncio.sleep(0)
    pending = close_every_group()
    assert set(tasks) <= set(pending)
    await asyncio.wait(pending)
    assert all(t.cancelled() for t in tasks) and all(g.closed for g in groups)


async def test_wait_returns_only_once_an_ended_task_s_answer_is_applied() -> None:
    group = TaskGroup("test")
    shown: list[str] = []

    async def quick() -> str:
        return "answer"

    async def follow_up() -> str:
        return "reloaded"

    def then(answer: str) -> None:
        shown.append(answer)
        group.start(follow_up(), then=shown.append)  # an answer that starts a reload

    task = group.start(quick(), then=then)
    await asyncio.sleep(0)  # the task ends on this turn; its answer is applied on the next
    assert task.done() and shown == []
    await group.wait()
    assert shown == ["answer", "reloaded"]
