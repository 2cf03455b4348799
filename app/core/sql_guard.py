"""Test-only guard: database access from the GUI thread while the loop runs fails the test.

The window must never wait on the database (a busy SQLite file waits up to its busy timeout,
a PostgreSQL server up to its network): every read and write reached from a Qt slot or a
coroutine goes through ``ctx.db.run``/a job, in a worker thread. Enabled for the whole test
suite (tests/conftest.py) through :data:`app.core.db.access_hook`, which the store calls
before every statement and every connection checkout; off (``None``) at run time.

Which accesses are violations. On the main thread, while a loop runs there (an asyncio loop —
qasync's, set for the whole of ``app.exec()`` — or a nested Qt loop, e.g. pytest-qt's
``wait``), the stack is walked outward from the access:

- a frame of ``app/ui/`` → violation: UI code runs on the GUI thread;
- a *coroutine* frame of ``app/`` → violation: app async code runs on the loop, whoever
  awaits it (a job, a tab, or a test);
- a loop's dispatch frame (asyncio's ``Handle._run``, qasync, pytest-qt) → violation: the
  code was called back by the loop (a timer, a signal, a task), not by a test;
- a frame of ``tests/`` reached first → allowed: the test's own setup and asserts, and plain
  (synchronous) app functions it calls, like ``service.counts_by_state()`` in an assert.

So tests never need to wrap their own reads, yet a test that drives the app through the UI,
a job or a service coroutine still catches every access that would freeze the window. Code
that must be exempt says so with :func:`allow_main_thread_db`.

Start-up before the loop runs and shutdown after it stops are allowed: no event is processed
then, so nothing can be frozen (the window is not shown yet, or no longer answers); opening
and migrating the store happen there, as does the final close.

Every violation is both raised (:class:`GuiThreadDatabaseAccess`, with the stack) and recorded,
so a violation that app code catches and turns into a message still fails the test.
A survey run (``PASSERELLE_SQL_GUARD_REPORT=<file>``, tests/conftest.py) records every
violation of the run in that file instead of failing, to list them all at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from inspect import CO_COROUTINE, CO_ITERABLE_COROUTINE
from pathlib import Path
from types import FrameType

_APP = str(Path(__file__).resolve().parent.parent) + "/"
_UI = _APP + "ui/"
_TESTS = str(Path(_APP).parent / "tests") + "/"
_OWN = (_APP + "core/db.py", _APP + "core/sql_guard.py")
_DISPATCH = ("/asyncio/events.py", "/qasync/", "/pytestqt/")
_COROUTINE = CO_COROUTINE | CO_ITERABLE_COROUTINE


class GuiThreadDatabaseAccess(RuntimeError):
    """Database access on the GUI thread while the loop runs (a test-only failure)."""


_allowed = threading.local()


@contextlib.contextmanager
def allow_main_thread_db() -> Iterator[None]:
    """Exempt the enclosed code from the guard (say why at the call site)."""
    _allowed.depth = getattr(_allowed, "depth", 0) + 1
    try:
        yield
    finally:
        _allowed.depth -= 1


def _normalise(filename: str) -> str:
    return filename.replace("\\", "/")


def culprit(frame: FrameType | None) -> str | None:
    """Why the access made from ``frame`` is a violation, or None when it is test code's own."""
    while frame is not None:
        name = _normalise(frame.f_code.co_filename)
        if name.startswith(_TESTS):
            return None
        if name.startswith(_APP) and name not in _OWN:
            where = f"{name[len(_APP) - 4 :]}:{frame.f_lineno} {frame.f_code.co_name}"
            if name.startswith(_UI):
                return f"UI code ({where})"
            if frame.f_code.co_flags & _COROUTINE:
                return f"a coroutine on the loop ({where})"
        elif any(part in name for part in _DISPATCH):
            return "a callback of the loop"
        frame = frame.f_back
    return "code outside the tests"


class MainThreadDatabaseGuard:
    """The check :data:`app.core.db.access_hook` runs; ``qt_loop_running`` tells a nested Qt loop."""

    def __init__(self, qt_loop_running: Callable[[], bool] = lambda: False, *, raising: bool = True) -> None:
        self._qt_loop_running = qt_loop_running
        self.raising = raising  # False: only record (to list every violation of a run at once)
        self.violations: list[str] = []

    def loop_running(self) -> bool:
        """Whether a loop processes events on this (main) thread now."""
        return asyncio._get_running_loop() is not None or self._qt_loop_running()

    def __call__(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if getattr(_allowed, "depth", 0) or not self.loop_running():
            return
        frame = sys._getframe(1)
        reason = culprit(frame)
        if reason is None:
            return
        stack = "".join(traceback.format_stack(frame, limit=25))
        message = f"database access on the GUI thread while the loop runs, from {reason}:\n{stack}"
        self.violations.append(message)
        if self.raising:
            raise GuiThreadDatabaseAccess(message)

    def take(self) -> list[str]:
        """The violations recorded since the last call (and forget them)."""
        found, self.violations = self.violations, []
        return found
