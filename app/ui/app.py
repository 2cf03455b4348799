"""``passerelle`` with no command: the window."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

import app as app_pkg
from app.core.qt import QtCore, QtGui, QtWidgets, ensure_application, new_event_loop
from app.core.tr import QT_TRANSLATE_NOOP

log = logging.getLogger("passerelle.ui.app")


class _ExposeSpy(QtCore.QObject):
    """Fires once when the window is first exposed (drawn on screen)."""

    exposed = QtCore.Signal()

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Expose and isinstance(obj, QtGui.QWindow) and obj.isExposed():
            obj.removeEventFilter(self)
            self.exposed.emit()
        return False


def _set_app_user_model_id() -> None:
    if sys.platform == "win32":  # taskbar grouping and icon on Windows
        import ctypes

        with contextlib.suppress(Exception):
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("Passerelle.Desktop.1")  # type: ignore[attr-defined]


def _said(exc: Exception) -> str:
    """The error's sentence in the UI's language when it carries a translatable one."""
    from app.core.errors import UserMessage

    own = getattr(exc, "user_message", None)
    return own.translated(QtCore.QCoreApplication.translate) if isinstance(own, UserMessage) else str(exc)


def _fatal(message: str) -> int:
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, "Passerelle", message)
    box.exec()  # no event loop runs yet: a plain modal dialog is fine here
    return 1


RESTORE_QUESTION = QT_TRANSLATE_NOOP(
    "App",
    "The database cannot be opened ({why}). Restore the last backup ({name})? The damaged file is kept in the backups folder.",
)


def _offer_restore(args: argparse.Namespace, exc: Exception) -> int:
    """A damaged database at start: say so, and offer the last backup (nothing runs yet, so a
    plain modal box is fine)."""
    from app.core.paths import default_data_dir
    from app.ops.backup import last_good_backup, restore_file

    data_dir = args.data_dir or default_data_dir()
    latest = last_good_backup(data_dir)  # a damaged newer copy is never offered
    if latest is None:
        return _fatal(str(exc))
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical,
        "Passerelle",
        QtCore.QCoreApplication.translate("App", RESTORE_QUESTION).format(why=_said(exc), name=latest.name),
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
    )
    if box.exec() != QtWidgets.QMessageBox.StandardButton.Yes:
        return 1
    try:
        restore_file(data_dir, latest)
    except Exception as error:
        return _fatal(str(error))
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    _set_app_user_model_id()
    qt_app = ensure_application(sys.argv[:1])
    qt_app.setOrganizationName("Passerelle")
    qt_app.setApplicationName("Passerelle")
    qt_app.setApplicationVersion(app_pkg.__version__)
    from app.core.resources import resource

    icon = resource("icons", "passerelle.png")
    if icon.exists():
        qt_app.setWindowIcon(QtGui.QIcon(str(icon)))

    from app.core.context import AppContext
    from app.core.db import DatabaseError
    from app.core.logging_setup import log_file, setup_logging
    from app.core.settings import SettingsError
    from app.ui.i18n import choose_language, install

    server = None
    try:
        if args.demo:
            from app.ops.demo import start_demo

            ctx, server = start_demo(args.data_dir)
        else:
            ctx = AppContext.open(args.data_dir)
    except SettingsError as exc:
        install(qt_app, choose_language(args.lang))
        return _fatal(_said(exc))
    except DatabaseError as exc:
        install(qt_app, choose_language(args.lang))
        return _offer_restore(args, exc) if exc.advice == "restore" else _fatal(_said(exc))
    setup_logging(ctx.data_dir, console=getattr(args, "verbose", False))
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(ctx.data_dir / "ui")
    )
    install(qt_app, choose_language(args.lang, ctx.settings.app.lang))

    from app.ui.single_instance import SingleInstance, bring_forward

    guard = SingleInstance(ctx.data_dir)
    if not args.demo and not guard.acquire():
        log.info("another window runs on %s: asked it to come forward", ctx.data_dir)
        ctx.close()
        return 0

    loop = new_event_loop(qt_app)
    asyncio.set_event_loop(loop)
    from app.ui.crash_dialog import CrashHandler

    crash = CrashHandler(log_file(ctx.data_dir))
    crash.install(loop)

    from app.core.tasks import close_every_group
    from app.integrations import available
    from app.ui.main_window import MainWindow
    from app.ui.tasks import tasks_of

    integrations = available()
    window = MainWindow(ctx, integrations)
    if server is not None:
        from app.ui.demo_menu import add_demo_menu

        add_demo_menu(window, server)
    guard.raise_requested.connect(bring_forward(window))
    ctx.changes.start()  # other desks' changes (PostgreSQL LISTEN/NOTIFY); nothing to do on SQLite
    spy = _ExposeSpy(window)
    extra: dict[str, Any] = {"scheduler": None}

    def on_exposed() -> None:
        if getattr(args, "print_startup_time", False):
            print(f"startup_ms={(time.perf_counter() - app_pkg.STARTED_AT) * 1000:.1f}", flush=True)
        tasks_of(window).start(_after_show(ctx, window, server, args, extra))  # a failure is logged

    spy.exposed.connect(on_exposed)
    window.show()
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(spy)

    quit_after = getattr(args, "quit_after", None)
    if quit_after is not None:
        QtCore.QTimer.singleShot(int(quit_after * 1000), window.close)

    closing = asyncio.Event()
    # Qt must not stop the loop by itself when the window closes: main() below still has to stop
    # the scheduler and the jobs, then return, and only then does the loop end.
    qt_app.setQuitOnLastWindowClosed(False)
    window.closed.connect(closing.set)
    qt_app.lastWindowClosed.connect(closing.set)

    async def main() -> None:
        await closing.wait()
        window.save_state()
        if extra["scheduler"] is not None:
            await extra["scheduler"].stop()
        await ctx.jobs.shutdown()
        # Nothing may outlive the loop: a task destroyed while pending would report itself to
        # the crash handler after the QApplication is gone (an abort at exit).
        crash.closing = True
        close_every_group()  # every widget's tasks: cancelled, late answers dropped
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=5)

    try:
        loop.run_until_complete(main())
    finally:
        crash.uninstall(loop)
        loop.close()
        guard.release()
        ctx.close()
        if server is not None:
            server.stop()
    return 0


async def _after_show(
    ctx: Any, window: Any, server: Any, args: argparse.Namespace, extra: dict[str, Any]
) -> None:
    """Work that must not delay the first paint: demo data, the scheduler, the first refreshes."""
    if server is not None:
        from app.ops.demo import seed_demo

        await seed_demo(ctx, server)
    window.dashboard.refresh()
    from app.core.resources import resource
    from app.ui.attention_view import AlertsTray

    extra["tray"] = AlertsTray(ctx, window, QtGui.QIcon(str(resource("icons", "tray.png"))))
    if not os.environ.get("PASSERELLE_NO_SCHEDULER"):
        from app.ops.scheduler import Scheduler, all_schedules

        scheduler = Scheduler(ctx, all_schedules(ctx))
        scheduler.start()
        extra["scheduler"] = scheduler
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        await asyncio.sleep(1.0)
        window.dashboard.refresh()
        await asyncio.sleep(0.5)
        await _save_screenshots(window, Path(screenshot))


async def _save_screenshots(window: Any, target: Path) -> None:
    """``--screenshot PATH``: grab every tab (PATH is a folder) or the dashboard (PATH is a .png)."""
    if target.suffix.lower() == ".png":
        window.grab().save(str(target))
        return
    target.mkdir(parents=True, exist_ok=True)
    for key, index in window.tab_index.items():
        window.tabs.setCurrentIndex(index)
        await asyncio.sleep(1.5)  # the tab's refresh loads off the GUI thread
        name = key.split(":")[-1].lower()
        window.grab().save(str(target / f"{index:02d}_{name}.png"))
    await _save_dialog_screenshots(window, target)
    window.tabs.setCurrentIndex(0)


async def _save_dialog_screenshots(window: Any, target: Path) -> None:
    """The TOTVS prescription dialog and the Vétélevage mapping dialog, when their tabs exist."""
    for index in range(window.tabs.count()):
        tab = window.tabs.widget(index)
        opened: Any = None
        if hasattr(tab, "new_prescription"):
            window.tabs.setCurrentIndex(index)
            opened, name = tab.new_prescription(), "totvs_prescription_dialog"
        elif hasattr(tab, "unmapped"):
            window.tabs.setCurrentIndex(index)
            tab.tabs.setCurrentWidget(tab.unmapped)
            await asyncio.sleep(1.0)  # the queue loads off the GUI thread
            opened, name = tab.unmapped.open_mapping(), "vetelevage_mapping_dialog"
        if opened is None:
            continue
        await asyncio.sleep(1.5)  # the dialog's candidates load off the GUI thread
        opened.grab().save(str(target / f"{name}.png"))
        opened.done(0)
