"""A second asyncio loop on a thread of its own, for network reception that must not run on the
window's loop.

On qasync's loop every socket read of an HTTP answer is a call into Python on the Qt thread (and
waits for the interpreter lock while a worker thread runs Python): a load that receives a hundred
megabyte-sized pages keeps the window's loop busy with them. ``SideIterator`` runs an async
iterator (a client's pages) on the side loop instead and hands each item to the caller's loop;
``call`` awaits one coroutine there. What is raised there is raised here, unchanged (the same
``ApiError``, the same sentence); cancelling the caller cancels the work on the side loop and
waits for it to end, so a client is never left half-used. Everything an object bound to a loop
does (an ``httpx.AsyncClient``: requests, ``aclose``) must then happen through the side loop.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None
_thread: threading.Thread | None = None
STOP_WAIT = 10.0  # seconds a cancelled call waits for the side loop's work to end


def side_loop() -> asyncio.AbstractEventLoop:
    """The side loop (started on first use, for the life of the process)."""
    global _loop, _thread
    with _lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            started = threading.Event()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(started.set)
                loop.run_forever()

            _thread = threading.Thread(target=run, name="passerelle-network", daemon=True)
            _thread.start()
            started.wait()
            _loop = loop
        return _loop


@atexit.register
def _stop() -> None:
    """At exit: stop the side loop and close it (its thread ends with it)."""
    global _loop
    with _lock:
        loop, thread, _loop = _loop, _thread, None
    if loop is None or loop.is_closed():
        return
    loop.call_soon_threadsafe(loop.stop)
    if thread is not None:
        thread.join(timeout=2)
    if not loop.is_running():
        loop.close()


class _Run(Generic[T]):
    """One coroutine running on the side loop, its outcome posted to the caller's loop."""

    def __init__(self, make: Callable[[], Awaitable[T]], caller: asyncio.AbstractEventLoop) -> None:
        self.make = make
        self.caller = caller
        self.outcome: asyncio.Future[T] = caller.create_future()
        self.task: asyncio.Task[Any] | None = None
        self.cancelled = False

    async def body(self) -> None:
        self.task = asyncio.current_task()
        try:
            if self.cancelled:
                raise asyncio.CancelledError
            value = await self.make()
        except BaseException as exc:  # every outcome goes back, a cancel too
            self._post(self._fail, exc)
            if not isinstance(exc, Exception | asyncio.CancelledError):
                raise
        else:
            self._post(self._succeed, value)

    def cancel(self) -> None:
        """On the side loop: cancel the work (or have it not start)."""
        self.cancelled = True
        if self.task is not None:
            self.task.cancel()

    def _post(self, fn: Callable[[Any], None], value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the caller's loop is closed: nobody waits
            self.caller.call_soon_threadsafe(fn, value)

    def _succeed(self, value: T) -> None:
        if not self.outcome.done():
            self.outcome.set_result(value)

    def _fail(self, exc: BaseException) -> None:
        if self.outcome.done():
            return
        if isinstance(exc, asyncio.CancelledError):
            self.outcome.cancel()
        else:
            self.outcome.set_exception(exc)


async def call(make: Callable[[], Awaitable[T]]) -> T:
    """``await make()`` on the side loop, from the caller's loop. Cancelled here: cancelled there
    too, and this waits (up to STOP_WAIT) for it to end before raising ``CancelledError``."""
    side = side_loop()
    run: _Run[T] = _Run(make, asyncio.get_running_loop())
    asyncio.run_coroutine_threadsafe(run.body(), side)
    try:
        return await asyncio.shield(run.outcome)
    except asyncio.CancelledError:
        if not run.outcome.done():
            with contextlib.suppress(RuntimeError):  # the side loop is closed: nothing runs there
                side.call_soon_threadsafe(run.cancel)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(STOP_WAIT):
                    await asyncio.wait([run.outcome])
        if run.outcome.done() and not run.outcome.cancelled():
            run.outcome.exception()  # retrieved (never "exception was never retrieved"): the cancel wins
        raise


class SideIterator(Generic[T]):
    """An async iterator run on the side loop and consumed from the caller's loop, one item at a
    time (the next is asked for when the caller wants it). ``aclose`` closes it there."""

    def __init__(self, iterator: AsyncIterator[T]) -> None:
        self._iterator = iterator

    def __aiter__(self) -> SideIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await call(self._iterator.__anext__)

    async def aclose(self) -> None:
        """Close the iterator on the side loop (an async generator's ``finally`` runs there)."""
        close = getattr(self._iterator, "aclose", None)
        if close is not None:
            await call(close)
