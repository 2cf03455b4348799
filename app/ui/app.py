"""``passerelle`` with no command: the window."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import app as app_pkg
from app.core.qt import QtCore, QtGui, QtWidgets, ensure_application, new_event_loop
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse

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
    box.exec()  # no event loop runs (any more): a plain modal dialog is fine here
    return 1


RESTORE_QUESTION = QT_TRANSLATE_NOOP(
    "App",
    "The database cannot be opened ({why}). Restore the last backup ({name})? The damaged file is kept in the backups folder.",
)


def _offer_restore(args: argparse.Namespace, exc: Exception) -> int:
    """A damaged database at start: say so, and offer the last backup (the loop has ended, so a
    plain modal box is fine); then the window starts again on the restored database."""
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


def _start_failed(args: argparse.Namespace, exc: Exception) -> int:
    """The store could not be opened (settings, a damaged or unreachable database): the sentence,
    or the restore offer; the exit code."""
    from app.core.db import DatabaseError

    if isinstance(exc, DatabaseError) and exc.advice == "restore":
        return _offer_restore(args, exc)
    return _fatal(_said(exc))


def configured_language(data_dir: Path | None) -> str:
    """``app.lang`` as the settings give it (environment, then settings.json), read without the
    settings models (they load with the store, after the window is shown); "" when unset."""
    for key, value in os.environ.items():
        if key.upper() == "PASSERELLE_APP__LANG":
            return value.strip()
    if data_dir is None:
        return ""
    try:
        text = (data_dir / "settings.json").read_text(encoding="utf-8")
    except (OSError, ValueError):
        return ""  # a missing file is the default; an unreadable one is said once the store opens
    import json  # only with a file to read: one module fewer before the first paint (issue 16)

    try:
        data = json.loads(text)
    except ValueError:
        return ""
    section = data.get("app") if isinstance(data, dict) else None
    lang = section.get("lang") if isinstance(section, dict) else None
    return lang if isinstance(lang, str) else ""


def _ui_state_in(data_dir: Path) -> None:
    """UI state (geometry, column widths) in the data folder's ``ui`` folder."""
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(data_dir / "ui")
    )


def open_store(args: argparse.Namespace, data_dir: Path | None) -> tuple[Any, Any]:
    """The context (store opened, checked, migrated) and the demo's sandboxes (or None): the slow,
    heavy part of the start, run in a worker thread while the window shows."""
    if args.demo:
        from app.ops.demo import start_demo

        return start_demo(args.data_dir)
    from app.core.context import AppContext

    return AppContext.open(data_dir), None


class _Session:
    """What one window's run holds: the context, the demo's sandboxes, the scheduler, the tray."""

    def __init__(self) -> None:
        self.ctx: Any = None
        self.server: Any = None
        self.scheduler: Any = None
        self.tray: Any = None
        self.failure: Exception | None = None  # the store could not be opened

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
        if self.server is not None:
            self.server.stop()


def run_gui(args: argparse.Namespace) -> int:
    """The window: painted first (Qt alone, not even asyncio), then the loop starts and the store
    opens in a worker thread."""
    _set_app_user_model_id()
    qt_app = ensure_application(sys.argv[:1])
    qt_app.setOrganizationName("Passerelle")
    qt_app.setApplicationName("Passerelle")
    qt_app.setApplicationVersion(app_pkg.__version__)
    from app.core.paths import ensure_data_dir
    from app.core.resources import resource
    from app.ui.i18n import choose_language, install

    icon = resource("icons", "passerelle.png")
    if icon.exists():
        qt_app.setWindowIcon(QtGui.QIcon(str(icon)))
    # The demo's folder is chosen when it starts (a throwaway one): its logs and UI state then.
    data_dir = None if args.demo else ensure_data_dir(args.data_dir)
    install(qt_app, choose_language(args.lang, configured_language(data_dir)))
    guard = None
    if data_dir is not None:
        _ui_state_in(data_dir)
        from app.ui.single_instance import SingleInstance

        guard = SingleInstance(data_dir)
        if not guard.acquire(listen=False):  # the lock now; listening once painted
            log.info("another window runs on %s: asked it to come forward", data_dir)
            return 0

    from app.integrations import available
    from app.ui.main_window import MainWindow

    window = MainWindow(None, available(), demo=args.demo, restore=data_dir is not None)
    if guard is not None:
        from app.ui.single_instance import bring_forward

        guard.raise_requested.connect(bring_forward(window))
    # Qt must not stop by itself when the window closes: main() below still has to stop the
    # scheduler and the jobs, then return, and only then does the loop end.
    qt_app.setQuitOnLastWindowClosed(False)
    closed_early: list[bool] = []  # closed before the loop ran (while being painted)
    window.closed.connect(lambda: closed_early.append(True))
    _show_and_paint(window, args)
    if guard is not None:
        guard.listen()  # QtNetwork loads after the first paint (issue 16, frozen start-up)
    try:
        failure = _run_loop(qt_app, window, args, data_dir, closed_early=bool(closed_early))
    finally:
        if guard is not None:
            guard.release()
        # Gone now, with its tabs, timers and tray: nothing of it may fire once its loop is closed
        # (a test, or a restart after a restore, runs another window in this process).
        window.hide()
        window.deleteLater()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    if failure is not None:  # said (or the restore offered) with no loop running any more
        return _start_failed(args, failure)
    return 0


def _show_and_paint(window: QtWidgets.QMainWindow, args: argparse.Namespace) -> None:
    """Show the window and let Qt paint it (a plain Qt event loop, until it is exposed or
    EXPOSE_WAIT has passed): nothing else is imported or opened before."""
    spy = _ExposeSpy(window)
    painted = QtCore.QEventLoop()

    def on_exposed() -> None:
        if getattr(args, "print_startup_time", False):
            print(f"startup_ms={(time.perf_counter() - app_pkg.STARTED_AT) * 1000:.1f}", flush=True)
        if os.environ.get(MODULES_AT_EXPOSE_ENV):
            _write_modules(Path(os.environ[MODULES_AT_EXPOSE_ENV]))
        painted.quit()

    spy.exposed.connect(on_exposed)
    window.show()
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(spy)
    QtCore.QTimer.singleShot(int(EXPOSE_WAIT * 1000), painted.quit)  # a platform that never says so
    painted.exec()  # no asyncio loop exists yet: nothing runs under its feet


def _run_loop(
    qt_app: QtWidgets.QApplication,
    window: Any,
    args: argparse.Namespace,
    data_dir: Path | None,
    *,
    closed_early: bool,
) -> Exception | None:
    """The asyncio loop (qasync) on Qt's: open the store in a worker, give the window its context,
    run until it closes; shut down in order. Why the store could not be opened, if it could not."""
    import asyncio

    from app.core.logging_setup import log_file, setup_logging
    from app.ui import warm_up
    from app.ui.crash_dialog import CrashHandler
    from app.ui.i18n import choose_language, install
    from app.ui.tasks import tasks_of

    window.add_shortcuts()  # painted: the keys work while the store opens
    loop = new_event_loop(qt_app)
    asyncio.set_event_loop(loop)
    crash = CrashHandler(log_file(data_dir) if data_dir is not None else Path("passerelle.log"))
    crash.install(loop)
    if data_dir is not None:
        setup_logging(data_dir, console=getattr(args, "verbose", False))
    session = _Session()
    closing = asyncio.Event()
    if closed_early:
        closing.set()
    window.closed.connect(closing.set)
    qt_app.lastWindowClosed.connect(closing.set)
    quit_after = getattr(args, "quit_after", None)
    if quit_after is not None:
        QtCore.QTimer.singleShot(int(quit_after * 1000), window.close)

    async def start() -> bool:
        """Open the store in a worker thread (the window says so); False: the start ends."""
        from app.core.db import DatabaseError
        from app.core.settings import SettingsError

        try:
            session.ctx, session.server = await asyncio.to_thread(open_store, args, data_dir)
        except (SettingsError, DatabaseError) as exc:
            session.failure = exc  # said once the loop has ended
            return False
        return True

    def attach() -> None:
        ctx = session.ctx
        if data_dir is None:  # the demo: its own folder for logs and UI state
            _ui_state_in(ctx.data_dir)
            setup_logging(ctx.data_dir, console=getattr(args, "verbose", False))
            crash.log_file = log_file(ctx.data_dir)
        lang = ctx.settings.app.lang
        if args.lang is None and lang and lang != configured_language(data_dir):
            install(qt_app, choose_language(None, lang))  # the tabs built from now on speak it
        window.attach(ctx)
        if session.server is not None:
            from app.ui.demo_menu import add_demo_menu

            add_demo_menu(window, session.server)
        ctx.changes.start()  # other desks' changes (PostgreSQL LISTEN/NOTIFY); nothing to do on SQLite
        # What is alive now (modules, the schema, the window) lives as long as the app: out of the
        # garbage collector's full passes, which otherwise walk it all on whichever thread
        # allocates — the GUI thread's longest stalls during a load (issue 16 item 5, measured).
        gc.freeze()
        warm_up.start(warm_up.tab_modules(window.integrations))  # the tabs' imports, off the GUI thread
        tasks_of(window).start(_after_show(session, window, args))  # a failure is logged

    async def main() -> None:
        closed = asyncio.ensure_future(closing.wait())
        opening = asyncio.ensure_future(start())
        await asyncio.wait({opening, closed}, return_when=asyncio.FIRST_COMPLETED)
        if opening.done() and opening.result() and not closing.is_set():
            attach()
            await closed
        else:
            closed.cancel()
            window.close()
            with contextlib.suppress(Exception):
                await opening  # a store still opening is closed once it is open (a thread runs on)
        window.save_state()
        if session.scheduler is not None:
            await session.scheduler.stop()
        if session.ctx is not None:
            await session.ctx.jobs.shutdown()
        # Nothing may outlive the loop: a task destroyed while pending would report itself to
        # the crash handler after the QApplication is gone (an abort at exit).
        crash.closing = True
        # Every widget's tasks: cancelled, late answers dropped. Only this window's (not every group
        # of the process: a test runs several windows in one), the loop's other tasks just below.
        for owner in [window, *window.findChildren(QtCore.QObject)]:
            if hasattr(owner, "_passerelle_tasks"):
                tasks_of(owner).close()
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=5)

    try:
        loop.run_until_complete(main())
    finally:
        gc.unfreeze()  # what the app held goes back to the collector (tests run several windows)
        crash.uninstall(loop)
        loop.close()
        session.close()
    return session.failure


EXPOSE_WAIT = 2.0  # seconds: the store opens at the latest this long after the window is shown
MODULES_AT_EXPOSE_ENV = "PASSERELLE_MODULES_AT_EXPOSE"  # tests, benchmarks: the modules loaded at first paint


def _write_modules(path: Path) -> None:
    """Write the names of the modules imported when the window is first exposed, one a line."""
    path.write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")


async def _after_show(session: _Session, window: Any, args: argparse.Namespace) -> None:
    """Work that must not delay the first paint: demo data, the scheduler, the first refreshes."""
    ctx = session.ctx
    if session.server is not None:
        from app.ops.demo import seed_demo

        await seed_demo(ctx, session.server)
    window.refresh_dashboard()
    from app.core.resources import resource
    from app.ui.attention_view import AlertsTray

    session.tray = AlertsTray(ctx, window, QtGui.QIcon(str(resource("icons", "tray.png"))))
    if not os.environ.get("PASSERELLE_NO_SCHEDULER"):
        from app.ops.scheduler import Scheduler, all_schedules

        scheduler = Scheduler(ctx, all_schedules(ctx))
        scheduler.start()
        session.scheduler = scheduler
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        window.refresh_current()
        await settled(window.tabs.currentWidget())
        await _save_screenshots(window, Path(screenshot))


SETTLE_TIMEOUT = 15.0  # seconds a tab may take to load what it shows, for a screenshot


async def settled(widget: QtWidgets.QWidget | None, timeout: float = SETTLE_TIMEOUT) -> None:
    """Until the tasks of ``widget`` and of every widget inside it have ended (what it loads is
    shown), then one more turn for the paint; at most ``timeout`` seconds."""
    if widget is None:
        return
    import asyncio

    from app.ui.tasks import tasks_of

    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        owners = [widget, *widget.findChildren(QtCore.QObject)]
        pending = [t for o in owners if hasattr(o, "_passerelle_tasks") for t in tasks_of(o) if not t.done()]
        if not pending:
            break
        await asyncio.wait(pending, timeout=left)
    await asyncio.sleep(0.2)  # the layout and paint of what just arrived


async def _save_screenshots(window: Any, target: Path) -> None:
    """``--screenshot PATH``: grab every tab, the pages inside them and every dialog (PATH is a
    folder; :mod:`app.ui.screenshots`) or the dashboard (PATH is a .png), each once it is built and
    has loaded what it shows."""
    if target.suffix.lower() == ".png":
        window.grab().save(str(target))
        return
    target.mkdir(parents=True, exist_ok=True)
    for key, index in window.tab_index.items():
        window.tabs.setCurrentIndex(index)  # built on first show, then refreshed
        await settled(window.tabs.widget(index))
        name = key.split(":")[-1].lower()
        window.grab().save(str(target / f"{index:02d}_{name}.png"))
    from app.ui.screenshots import Shots, save_dialogs, save_sub_pages

    shots = Shots(target, settled, first=len(window.tab_index))
    await save_sub_pages(window, shots)
    await save_dialogs(window, shots)
    window.tabs.setCurrentIndex(0)
