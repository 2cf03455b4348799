"""``--screenshot DIR``: the pages inside the tabs and every dialog a user can open (Connections
page by page, the shared-database dialog, Storage, About, the unexpected-problem dialog on an
example error, the Vétélevage mapping dialog and its "Not in my catalogue" form, set aside,
change mapping, the TOTVS prescription, the retry preview when a retry is offered), each saved
once it has loaded what it shows, as ``NN_name.png`` after the tabs' images."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from app.core.qt import QtCore, QtWidgets
from app.core.settings import SECTIONS

Settle = Callable[[QtWidgets.QWidget | None], Awaitable[None]]


def _slug(text: str) -> str:
    """A file-name part from a class or section name (``VisitsPanel`` → ``visits_panel``)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _dialogs() -> set[QtWidgets.QDialog]:
    return {
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if isinstance(w, QtWidgets.QDialog) and w.isVisible()
    }


def _opened(trigger: Callable[[], object]) -> QtWidgets.QDialog | None:
    """The dialog ``trigger()`` opened (non-modally), if one did."""
    before = _dialogs()
    result = trigger()
    if isinstance(result, QtWidgets.QDialog):
        return result
    new = _dialogs() - before
    return next(iter(new)) if len(new) == 1 else None


class Shots:
    """Saves numbered images into ``target``, each once its widget has settled."""

    def __init__(self, target: Path, settle: Settle, first: int) -> None:
        self.target = target
        self.settle = settle
        self.number = first

    async def save(self, widget: QtWidgets.QWidget, name: str, *, settled: bool = False) -> None:
        """Save ``widget`` as the next image (``settled``: what it shows is loaded already)."""
        if not settled:
            await self.settle(widget)
        widget.grab().save(str(self.target / f"{self.number:02d}_{name}.png"))
        self.number += 1

    async def dialog(self, dialog: QtWidgets.QDialog | None, name: str, *, close: bool = True) -> None:
        """Save ``dialog`` (when it opened), then close it."""
        if dialog is None:
            return
        await self.save(dialog, name)
        if close:
            dialog.done(0)


async def save_sub_pages(window: Any, shots: Shots) -> None:
    """Every page of the tabs inside the tabs (Vétélevage's visits, products to map…), the first
    one excepted (the tab's own image shows it)."""
    for key, index in window.tab_index.items():
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        await shots.settle(tab)
        inner = getattr(tab, "tabs", None)
        if not isinstance(inner, QtWidgets.QTabWidget):
            continue
        for page in range(1, inner.count()):
            inner.setCurrentIndex(page)
            widget = inner.widget(page)
            if widget is None:
                continue
            await shots.settle(widget)
            kind = type(widget).__name__
            part = _slug(widget.objectName() or (kind if kind != "QWidget" else inner.tabText(page)))
            name = f"{key.split(':')[-1].lower()}_{part}"
            await shots.save(window, name, settled=True)
        inner.setCurrentIndex(0)


async def save_dialogs(window: Any, shots: Shots) -> None:
    """Every dialog a user can open, with the demo data."""
    await _menu_dialogs(window, shots)
    for index in range(window.tabs.count()):
        tab = window.tabs.widget(index)
        window.tabs.setCurrentIndex(index)
        await shots.settle(tab)
        if hasattr(tab, "new_prescription"):
            await shots.dialog(tab.new_prescription(), "totvs_prescription_dialog")
        elif hasattr(tab, "unmapped"):
            await _vetelevage_dialogs(tab, shots)
        elif hasattr(tab, "retry_selected"):
            tab.view.selectAll()
            tab.retry_selected()
            await shots.settle(tab)
            preview = getattr(tab, "_dialog", None)
            if isinstance(preview, QtWidgets.QDialog) and preview.isVisible():
                await shots.dialog(preview, "retry_preview_dialog")
    window.tabs.setCurrentIndex(0)


async def _menu_dialogs(window: Any, shots: Shots) -> None:
    connections = window.open_connections("")
    await shots.settle(connections)
    for row, section in enumerate(SECTIONS):
        connections.pages_list.setCurrentRow(row)
        await shots.save(connections, f"connections_{section}")
    connections.open_section("database")
    wanted = QtCore.QCoreApplication.translate("SharedDatabaseDialog", "Use a shared clinic database…")
    for button in connections.findChildren(QtWidgets.QPushButton):
        if button.text() == wanted:
            await shots.dialog(_opened(button.click), "shared_database_dialog")
            break
    connections.done(0)
    await shots.dialog(_opened(window._storage), "storage_dialog")
    await shots.dialog(_opened(window._about), "about_dialog")
    await shots.dialog(_crash_dialog(window), "crash_dialog")


def _crash_dialog(window: Any) -> QtWidgets.QDialog:
    """The dialog of the unexpected, on an example error (its report is for support, as is)."""
    from app.core.logging_setup import log_file
    from app.ui.crash_dialog import CrashDialog, build_report

    where = log_file(window.ctx.data_dir)
    try:
        raise RuntimeError("example for the screenshot")
    except RuntimeError as exc:
        report = build_report(type(exc), exc, exc.__traceback__, where)
    dialog = CrashDialog(report, where, window)
    dialog.open()
    return dialog


async def _vetelevage_dialogs(tab: Any, shots: Shots) -> None:
    tab.tabs.setCurrentWidget(tab.unmapped)
    await shots.settle(tab.unmapped)  # the queue loads off the GUI thread
    mapping = tab.unmapped.open_mapping()
    if mapping is not None:
        await shots.dialog(mapping, "vetelevage_mapping_dialog", close=False)
        mapping.show_new_product()
        await shots.dialog(mapping, "vetelevage_new_product")
    visits = tab.visits
    tab.tabs.setCurrentWidget(visits)
    await shots.settle(visits)
    if visits.model.rowCount():
        visits.view.selectRow(0)
        await shots.settle(visits)
        await shots.dialog(visits.set_aside_selected(), "vetelevage_set_aside_dialog")
    for visit in range(min(visits.model.rowCount(), 30)):  # a visit with a mapped product line
        visits.view.selectRow(visit)
        await shots.settle(visits)
        lines = [r for r in range(visits.source_model.rowCount()) if _enabled_on(visits, r)]
        if lines:
            visits.source_view.selectRow(lines[0])
            await shots.dialog(visits.change_mapping(), "vetelevage_change_mapping_dialog")
            break
    tab.tabs.setCurrentIndex(0)


def _enabled_on(visits: Any, row: int) -> bool:
    """Whether "Change mapping…" is offered on the visit's source line ``row`` (it selects it)."""
    visits.source_view.selectRow(row)
    return bool(visits.change_button.isEnabled())
