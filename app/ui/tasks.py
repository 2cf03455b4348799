"""Every asyncio task a widget starts belongs to that widget: ``tasks_of(widget)`` gives its
``TaskGroup``, closed (its tasks cancelled, late answers dropped) when the widget is destroyed;
a task's failure goes to the widget's error bar while the widget exists, else to the log."""

from __future__ import annotations

import inspect
import logging
import weakref
from collections.abc import Callable

from app.core.qt import QtCore, is_valid
from app.core.tasks import ErrorHandler, TaskGroup

log = logging.getLogger("passerelle.ui.tasks")

_ATTRIBUTE = "_passerelle_tasks"


def tasks_of(owner: QtCore.QObject, on_error: ErrorHandler | None = None) -> TaskGroup:
    """The task group of ``owner`` (made on first use): closed when ``owner`` is destroyed; a
    failure goes to ``on_error`` (given on first use, e.g. ``error_bar.show_error``) while the
    owner exists."""
    group: TaskGroup | None = getattr(owner, _ATTRIBUTE, None)
    if group is not None:
        if on_error is not None and group.on_error is None:
            group.on_error = _while_alive(owner, on_error)
        return group
    group = TaskGroup(
        f"{type(owner).__name__}:{owner.objectName() or hex(id(owner))}",
        _while_alive(owner, on_error) if on_error is not None else None,
    )
    closing = group  # the slot holds the group, never the (soon deleted) owner
    owner.destroyed.connect(lambda *_: closing.close())
    setattr(owner, _ATTRIBUTE, group)
    return group


def _while_alive(owner: QtCore.QObject, handler: ErrorHandler) -> Callable[[BaseException], None]:
    """``handler``, or a log record once the owner (and its error bar) is gone."""

    # The group must not keep its owner alive (a bound method of the owner would).
    ref = weakref.ref(owner)
    method = weakref.WeakMethod(handler) if inspect.ismethod(handler) else None

    def report(error: BaseException) -> None:
        alive = ref()
        target = method() if method is not None else handler
        if alive is None or not is_valid(alive) or target is None:
            log.error("a task failed after its window closed", exc_info=error)
            return
        target(error)

    return report
