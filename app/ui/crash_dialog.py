"""The unexpected: a dialog with a sentence, a copyable redacted report and the log's location.

Installed as ``sys.excepthook`` and as the asyncio loop's exception handler; the app keeps
running after it.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from app import __version__
from app.core.qt import QtCore, QtGui, QtWidgets
from app.core.redact import redact

log = logging.getLogger("passerelle.crash")


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_file: Path
) -> str:
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    lines = [
        f"Passerelle {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {QtCore.qVersion()}",
        f"Log file: {log_file}",
        "",
        trace,
    ]
    return redact("\n".join(lines))


class CrashDialog(QtWidgets.QDialog):
    def __init__(self, report: str, log_file: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passerelle — unexpected problem"))
        self.resize(640, 420)
        self.report = report
        layout = QtWidgets.QVBoxLayout(self)
        sentence = QtWidgets.QLabel(
            self.tr(
                "Something unexpected happened. Your data is safe and Passerelle keeps running. "
                "If it happens again, copy the report below and send it to support."
            ),
            self,
        )
        sentence.setWordWrap(True)
        layout.addWidget(sentence)
        self.text = QtWidgets.QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        location = QtWidgets.QLabel(self.tr("Log file: {path}").format(path=log_file), self)
        location.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(location)
        buttons = QtWidgets.QDialogButtonBox(self)
        copy = buttons.addButton(self.tr("Copy report"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        open_logs = buttons.addButton(
            self.tr("Open log folder"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        copy.clicked.connect(lambda: QtGui.QGuiApplication.clipboard().setText(self.report))
        open_logs.clicked.connect(
            lambda: QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(log_file.parent)))
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CrashHandler(QtCore.QObject):
    """Shows at most one crash dialog at a time; further errors are only logged meanwhile."""

    def __init__(self, log_file: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self.closing = False  # the app is shutting down: log, never open a window

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self.excepthook
        if loop is not None:
            loop.set_exception_handler(self.loop_exception)

    def uninstall(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.closing = True
        sys.excepthook = self._previous_hook
        if loop is not None and not loop.is_closed():
            loop.set_exception_handler(None)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QtWidgets.QApplication.quit()
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        self.show(build_report(exc_type, exc, tb, self.log_file))

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, asyncio.CancelledError):
            return
        if exc is None:
            log.error("event loop: %s", redact(str(context.get("message"))))
            return
        self.excepthook(type(exc), exc, exc.__traceback__)

    def show(self, report: str) -> None:
        if self.closing or QtWidgets.QApplication.instance() is None:
            return  # already logged; no window can be built any more
        if self.dialog is not None and self.dialog.isVisible():
            return
        parent = QtWidgets.QApplication.activeWindow()
        self.dialog = CrashDialog(report, self.log_file, parent)
        self.dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.open()
