"""Long work with progress, cancel and a result. Services act; the UI only observes jobs.

A job wraps a coroutine function ``fn(ctx: JobContext) -> T``. Listeners (the status bar, a
tab, the CLI's progress printer) subscribe to changes; nothing here knows about Qt.
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

log = logging.getLogger("passerelle.jobs")

T = TypeVar("T")


class JobState(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobCancelled(Exception):
    """Raised inside a job when the user cancelled it."""


@dataclass
class Progress:
    done: int = 0
    total: int | None = None
    text: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


class JobContext:
    """Handed to the job's coroutine: report progress, check for cancellation."""

    def __init__(self, job: Job[Any]) -> None:
        self._job = job

    def progress(self, done: int, total: int | None = None, text: str = "") -> None:
        self._job._set_progress(Progress(done, total, text))

    def check_cancelled(self) -> None:
        if self._job.cancel_requested:
            raise JobCancelled()

    @property
    def cancel_requested(self) -> bool:
        return self._job.cancel_requested


Listener = Callable[["Job[Any]"], None]
_ids = itertools.count(1)


@dataclass(eq=False)
class Job(Generic[T]):
    title: str
    fn: Callable[[JobContext], Awaitable[T]]
    integration: str = ""
    cancellable: bool = True
    id: int = field(default_factory=lambda: next(_ids))
    state: JobState = JobState.PENDING
    progress: Progress = field(default_factory=Progress)
    result: T | None = None
    error: BaseException | None = None
    started_at: float | None = None
    finished_at: float | None = None
    cancel_requested: bool = False
    _listeners: list[Listener] = field(default_factory=list, repr=False)
    _task: asyncio.Task[T | None] | None = field(default=None, repr=False)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener(self)
            except Exception:
                log.exception("job listener failed")

    def _set_progress(self, progress: Progress) -> None:
        self.progress = progress
        self._notify()

    @property
    def finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)

    def cancel(self) -> None:
        if self.finished or not self.cancellable:
            return
        self.cancel_requested = True
        self._notify()
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def run(self) -> T | None:
        self.state = JobState.RUNNING
        self.started_at = time.monotonic()
        self._notify()
        try:
            self.result = await self.fn(JobContext(self))
            self.state = JobState.DONE
        except (JobCancelled, asyncio.CancelledError):
            self.state = JobState.CANCELLED
        except Exception as exc:
            self.error = exc
            self.state = JobState.FAILED
            log.info("job %r failed: %s", self.title, type(exc).__name__)
        finally:
            self.finished_at = time.monotonic()
            self._notify()
        return self.result

    def wait(self) -> asyncio.Task[T | None]:
        assert self._task is not None, "job not started"
        return self._task


class JobManager:
    """Holds every job's task so none is garbage-collected or left running at close."""

    def __init__(self) -> None:
        self.jobs: list[Job[Any]] = []
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self, job: Job[T]) -> Job[T]:
        for listener in self._listeners:
            job.subscribe(listener)
        self.jobs.append(job)
        job._task = asyncio.get_running_loop().create_task(job.run(), name=f"job-{job.id}")
        job._task.add_done_callback(lambda _t: self._forget(job))
        job._notify()
        return job

    def _forget(self, job: Job[Any]) -> None:
        # Keep the last finished jobs visible; drop older ones.
        finished = [j for j in self.jobs if j.finished]
        for old in finished[:-20]:
            self.jobs.remove(old)

    @property
    def running(self) -> list[Job[Any]]:
        return [j for j in self.jobs if not j.finished]

    def find_running(self, title: str) -> Job[Any] | None:
        return next((j for j in self.running if j.title == title), None)

    async def shutdown(self, timeout: float = 5.0) -> None:
        tasks = [j._task for j in self.running if j._task is not None]
        for job in self.running:
            job.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
