"""What every page of the Provet Cloud tab shares: its error bar, its jobs and its reads.

A page runs the workflows as jobs (the status bar shows them) and reads the store in a worker
thread, applying the answer on the GUI thread while the page exists; failures are sentences
in the page's error bar.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from app.core.context import AppContext
from app.core.errors import InputError
from app.core.jobs import Job, JobContext
from app.core.qt import QtCore, QtWidgets
from app.ui.common import alive, error_bar_above, run_job
from app.ui.provet import labels
from app.ui.tasks import tasks_of

T = TypeVar("T")


class ProvetPage(QtWidgets.QWidget):
    """A page of the tab: ``ctx``, an error bar on top of ``box``, jobs and background reads."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.box = QtWidgets.QVBoxLayout(self)
        self.error_bar = error_bar_above(self, self.box)

    def _error(self, exc: BaseException) -> None:
        if alive(self):
            self.error_bar.show_error(exc, "provet")

    def _refused(self, exc: BaseException) -> None:
        """What a person typed was refused: the sentence alone; anything else as an error."""
        if isinstance(exc, InputError):
            self.error_bar.show_message(str(exc))
        else:
            self._error(exc)

    def start_job(
        self,
        title: str,
        work: Callable[[JobContext], Awaitable[T]],
        on_done: Callable[[T | None], None] | None = None,
    ) -> Job[T]:
        """Run a workflow as a Provet Cloud job; its failure goes to the error bar."""
        return run_job(self.ctx, title, work, integration="provet", on_done=on_done, on_error=self._error)

    def read(
        self,
        fn: Callable[..., T],
        *args: Any,
        then: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> None:
        """``fn(*args)`` in a worker thread, then ``then(result)`` (or ``on_error``, by default the
        error bar) on the GUI thread while the page exists; under a ``key`` the latest read wins.
        Before the event loop runs (the window being built) nothing can freeze: it runs at once."""
        if not _loop_running():
            try:
                result = fn(*args)
            except Exception as exc:
                (on_error or self._error)(exc)
                return
            then(result)
            return
        tasks_of(self, self._error).start(self.ctx.db.run(fn, *args), key=key, then=then, on_error=on_error)

    def shutdown(self) -> None:
        """Stop waiting for the page's reads (the tab closes)."""
        tasks_of(self).cancel()


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # a Qt slot under qasync: the loop runs when Qt's does
        return QtCore.QThread.currentThread().loopLevel() > 0
    return True


def local_time(iso: str) -> str:
    """An ISO time in the desk's zone, the UI locale's short way (as given when it is not one)."""
    return labels.local_time(iso) if iso else ""
