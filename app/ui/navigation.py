"""Where "Open" goes: the very object an item is about (a visit selected in the Vétélevage visits,
a product in the products to map, an Omnidoc request in its history), not only its tab.

A widget that can show objects registers itself for (integration, kind) with an
``open_item(kind, ref) -> bool`` method; :func:`open_item` shows the integration's tab (through
the window's hook), then asks the registered widget. A tab built on its first show registers
when it is built: the request waits for it.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterable
from typing import Protocol

from app.core.qt import QtCore, QtWidgets, is_valid


class Opener(Protocol):
    """A widget that can show one object of its integration."""

    def open_item(self, kind: str, ref: str, act: bool = False) -> bool:
        """Show the object (``ref`` of ``kind``), and with ``act`` start its action (the mapping
        dialog of a product); False when it is not there."""
        ...


# Set by the main window (``attention_view.open_integration`` until then): shows a tab by name.
show_tab: Callable[[str], None] | None = None

_openers: dict[tuple[str, str], weakref.ref[QtWidgets.QWidget]] = {}
_pending: dict[str, tuple[str, str, bool, float]] = {}
# An open waits this long for its tab to be built (after that it is forgotten, never delivered late).
PENDING_SECONDS = 10.0


def register(integration: str, kinds: Iterable[str], widget: QtWidgets.QWidget) -> None:
    """``widget`` (an :class:`Opener`) shows the objects of these kinds of ``integration``; an
    open asked for before it existed is delivered now (after the current event)."""
    kinds = tuple(kinds)
    for kind in kinds:
        _openers[(integration, kind)] = weakref.ref(widget)
    waiting = _pending.pop(integration, None)
    if waiting is not None and waiting[0] in kinds and time.monotonic() - waiting[3] < PENDING_SECONDS:
        kind, ref, act, _asked = waiting
        QtCore.QTimer.singleShot(0, widget, lambda: _deliver(widget, kind, ref, act))


def opener(integration: str, kind: str) -> QtWidgets.QWidget | None:
    """The live widget registered for (integration, kind), if any."""
    ref = _openers.get((integration, kind))
    widget = ref() if ref is not None else None
    return widget if widget is not None and is_valid(widget) else None


def open_item(
    integration: str, kind: str, ref: str, *, act: bool = False, show: Callable[[str], None] | None = None
) -> bool:
    """Show ``integration``'s tab and the object ``ref`` of ``kind`` in it (``act``: and start its
    action); False when no widget shows that kind (the tab is shown) or the tab is not built yet
    (it will show it once built). ``show`` shows the tab (else the window's hook)."""
    show = show or show_tab
    if show is None:
        from app.ui import attention_view

        show = attention_view.open_integration
    if show is not None:
        show(integration)
    widget = opener(integration, kind)
    if widget is None:
        _pending[integration] = (kind, ref, act, time.monotonic())
        return False
    _pending.pop(integration, None)
    return _deliver(widget, kind, ref, act)


def _deliver(widget: QtWidgets.QWidget, kind: str, ref: str, act: bool) -> bool:
    if not is_valid(widget):
        return False
    reveal(widget)
    handler = getattr(widget, "open_item", None)
    return bool(handler(kind, ref, act)) if callable(handler) else False


def reveal(widget: QtWidgets.QWidget) -> None:
    """Make ``widget`` the current page of every tab widget it sits in (inner and outer)."""
    child: QtWidgets.QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        if isinstance(parent, QtWidgets.QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QtWidgets.QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
        child = parent
