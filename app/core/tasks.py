"""Tasks with an owner: every asyncio task a widget or a service starts is kept here, cancelled
with its owner, and its failure reported to the owner (never lost in the loop's log).

The loop keeps only a weak reference to a task: one started and forgotten may be collected
mid-flight, and its exception is printed (if ever) far from whoever started it. A ``TaskGroup``
holds each task until it ends, cancels them all when its owner goes, and hands a failure to the
owner's ``on_error`` (the UI's error bar) or, with none given, logs it as an error.

Per key, the newest task wins: starting a task under a key cancels the one running under that
key, and a result that arrives after a newer request is dropped.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

log = logging.getLogger("passerelle.tasks")

T = TypeVar("T")

ErrorHandler = Callable[[BaseException], None]

_groups: weakref.WeakSet[TaskGroup] = weakref.WeakSet()


def _loop() -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # called from a Qt slot: qasync's loop is the thread's loop
        return asyncio.get_event_loop()


class TaskGroup:
    """The tasks of one owner (a widget, a service): kept, cancelled together, failures reported."""

    def __init__(self, name: str, on_error: ErrorHandler | None = None) -> None:
        self.name = name
        self.on_error = on_error
        self.closed = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._latest: dict[str, asyncio.Task[Any]] = {}
        _groups.add(self)

    def __iter__(self) -> Iterator[asyncio.Task[Any]]:
        return iter(list(self._tasks))

    def __len__(self) -> int:
        return len(self._tasks)

    def start(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        key: str | None = None,
        then: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
        name: str | None = None,
    ) -> asyncio.Task[T]:
        """Run ``coro`` as a task of this owner; ``then(result)`` runs when it succeeds, a failure
        goes to ``on_error`` (else the group's). Under a ``key``, a newer start cancels this one
        and drops its result."""
        if self.closed:
            coro.close()  # never started: no "never awaited" warning
            raise RuntimeError(f"{self.name} is closed: no task can start")
        if key is not None and (older := self._latest.get(key)) is not None:
            older.cancel()
        task = _loop().create_task(
            coro, name=name or f"{self.name}:{key or getattr(coro, '__qualname__', 'task')}"
        )
        self._tasks.add(task)
        if key is not None:
            self._latest[key] = task

        def done(t: asyncio.Task[T]) -> None:
            self._tasks.discard(t)
            latest = key is None or self._latest.get(key) is t
            if key is not None and latest:
                del self._latest[key]
            if t.cancelled():
                return
            error = t.exception()
            if not latest or self.closed:
                if error is not None and not isinstance(error, Exception):
                    self._report(error, None)  # KeyboardInterrupt and the like are never dropped
                return  # a newer request replaced this one (or the owner is gone): drop it
            if error is not None:
                self._report(error, on_error)
            elif then is not None:
                try:
                    then(t.result())
                except Exception as exc:  # the callback failed: the owner still hears of it
                    self._report(exc, on_error)

        task.add_done_callback(done)
        return task

    def _report(self, error: BaseException, on_error: ErrorHandler | None) -> None:
        handler = on_error or self.on_error
        if handler is not None and not self.closed:
            try:
                handler(error)
                return
            except Exception:
                log.exception("%s could not show a failure", self.name)
        log.error("a task of %s failed", self.name, exc_info=error)

    def forget(self, key: str) -> None:
        """Drop (and cancel) the task under way under ``key``, if any."""
        task = self._latest.pop(key, None)
        if task is not None:
            task.cancel()

    def running(self, key: str | None = None) -> bool:
        """Whether a task (under ``key``, if given) is still under way."""
        if key is not None:
            return key in self._latest
        return bool(self._tasks)

    def cancel(self) -> None:
        """Cancel every task of this owner (it stays usable)."""
        for task in list(self._tasks):
            task.cancel()
        self._latest.clear()

    def close(self) -> None:
        """The owner is gone: cancel every task, start no more, and drop late results."""
        self.closed = True
        self.cancel()

    async def wait(self, timeout: float | None = None) -> None:
        """Until every task started so far, and any those start, has ended (results applied)."""
        while self._tasks:
            pending = [t for t in self._tasks if not t.done()]
            if not pending:
                # Ended but not applied yet: a task's done callbacks (its ``then``) run on a later
                # turn of the loop, and ``then`` may start another task.
                await asyncio.sleep(0)
                continue
            done, _ = await asyncio.wait(pending, timeout=timeout)
            if not done:
                return

    async def aclose(self, timeout: float = 5.0) -> None:
        """Close the group and wait (up to ``timeout``) for its tasks to end."""
        pending = [t for t in self._tasks if not t.done()]
        self.close()
        if pending:
            await asyncio.wait(pending, timeout=timeout)


def close_every_group() -> list[asyncio.Task[Any]]:
    """The app is closing: close every group still alive; the tasks they were running."""
    tasks: list[asyncio.Task[Any]] = []
    for group in list(_groups):
        tasks.extend(t for t in group if not t.done())
        group.close()
    return tasks
