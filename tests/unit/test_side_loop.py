"""The side loop: work awaited from the caller's loop runs on another thread's loop; its value and
its errors come back; a cancel reaches it and is waited for; an iterator is consumed item by item."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import pytest

from app.core import side_loop


class Refused(Exception):
    """An error raised on the side loop."""


async def test_the_work_runs_on_the_side_loops_thread_and_its_value_comes_back() -> None:
    async def where() -> tuple[int, asyncio.AbstractEventLoop]:
        await asyncio.sleep(0)
        return threading.get_ident(), asyncio.get_running_loop()

    ident, loop = await side_loop.call(where)
    assert ident != threading.get_ident()
    assert loop is side_loop.side_loop()
    assert loop is not asyncio.get_running_loop()


async def test_an_error_there_is_raised_here_unchanged() -> None:
    error = Refused("TOTVS refused the page")

    async def fail() -> None:
        raise error

    with pytest.raises(Refused) as raised:
        await side_loop.call(fail)
    assert raised.value is error


async def test_a_cancel_here_cancels_the_work_there_and_waits_for_it_to_end() -> None:
    started, ended = threading.Event(), threading.Event()

    async def slow() -> None:
        started.set()
        try:
            await asyncio.sleep(60)
        finally:
            await asyncio.sleep(0.05)  # the clean-up takes a moment: the caller waits for it
            ended.set()

    task = asyncio.ensure_future(side_loop.call(slow))
    while not started.is_set():
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert ended.is_set()


async def test_an_iterator_is_consumed_item_by_item_and_closed_there() -> None:
    asked: list[int] = []
    closed_on: list[int] = []

    async def pages() -> AsyncIterator[int]:
        try:
            for n in range(1, 100):
                asked.append(n)
                yield n
        finally:
            closed_on.append(threading.get_ident())

    got = []
    iterator = side_loop.SideIterator(pages())
    async for n in iterator:
        got.append(n)
        if n == 3:
            break
    assert got == [1, 2, 3]
    assert asked == [1, 2, 3]  # nothing asked ahead of the caller
    await iterator.aclose()
    assert closed_on and closed_on[0] != threading.get_ident()


async def test_an_iterator_ends_and_its_errors_come_back() -> None:
    async def short() -> AsyncIterator[str]:
        yield "a"
        yield "b"

    assert [x async for x in side_loop.SideIterator(short())] == ["a", "b"]

    async def broken() -> AsyncIterator[str]:
        yield "a"
        raise Refused("page 2 failed")

    got = []
    with pytest.raises(Refused, match="page 2 failed"):
        async for x in side_loop.SideIterator(broken()):
            got.append(x)
    assert got == ["a"]
