"""The single place that imports the Qt binding and wires qasync to it.

Import Qt classes from here (``from app.core.qt import QtWidgets``) so the binding and its
environment are set up once, before qasync picks a binding.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

import contextlib

import qasync
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = [
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "ensure_application",
    "new_event_loop",
    "open_dialog",
    "qasync",
]


def ensure_application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """Return the running QApplication, creating it (with high-DPI defaults) if needed."""
    app = QtWidgets.QApplication.instance()
    if app is None:
        QtGui.QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QtWidgets.QApplication(argv if argv is not None else [])
    assert isinstance(app, QtWidgets.QApplication)
    return app


def new_event_loop(app: QtWidgets.QApplication | None = None) -> asyncio.AbstractEventLoop:
    """An asyncio loop that runs on Qt's event loop."""
    return qasync.QEventLoop(app or ensure_application())


async def open_dialog(dialog: QtWidgets.QDialog) -> int:
    """Show ``dialog`` window-modally with ``open()`` and await its result.

    Never call ``exec()`` inside a coroutine: it starts a nested loop under asyncio's feet.
    """
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            dialog.finished.disconnect(done)


def tr(context: str, text: str, *args: Any) -> str:
    """Translate outside a QObject (``QCoreApplication.translate``)."""
    return QtCore.QCoreApplication.translate(context, text)
