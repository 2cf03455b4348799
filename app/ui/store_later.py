"""Small store writes made from a slot (a journal entry after a save): in a worker thread, never
on the GUI thread, as a task of the widget's window (a dialog closing does not cancel them)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.core.qt import QtWidgets
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext


def store_later(widget: QtWidgets.QWidget, ctx: AppContext, write: Callable[[], Any]) -> asyncio.Task[Any]:
    """Run ``write`` (blocking store work) through ``ctx.db.run``, owned by ``widget``'s window."""
    parent = widget.parentWidget()
    owner = parent.window() if parent is not None else widget
    return tasks_of(owner).start(ctx.db.run(write))
