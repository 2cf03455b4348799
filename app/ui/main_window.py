"""The main window: Dashboard, one tab per integration, Activity; jobs in the status bar.

Window first: the window (menu, tab bar, each tab's place, status bar) is built from Qt alone,
so it is painted before SQLAlchemy, Alembic, pydantic or any service is imported. While the
store opens in a worker thread it says so ("Opening the database…"); :meth:`MainWindow.attach`
then gives it the context, and each tab builds its content the first time it is shown.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from app.core.qt import QtCore, QtGui, QtWidgets
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import Integration

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.ui.activity_view import ActivityView
    from app.ui.attention_view import AttentionView
    from app.ui.dashboard import Dashboard
    from app.ui.db_wait_label import DatabaseWaitLabel
    from app.ui.job_status import JobStatus

log = logging.getLogger("passerelle.ui.main")

OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening the database…")
DEFAULT_SIZE = QtCore.QSize(1280, 820)
SCREEN_SHARE = 0.92  # at most this share of the screen's available area, the first time


def load_class(path: str) -> type[Any]:
    module_name, _, class_name = path.partition(":")
    cls: type[Any] = getattr(importlib.import_module(module_name), class_name)
    return cls


class _Placeholder(QtWidgets.QWidget):
    """A tab's place until its content is built: quiet, saying the store is opening."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        # Centred by stretches (an alignment flag would build the whole Qt namespace before the paint).
        row = QtWidgets.QHBoxLayout()
        self.label = QtWidgets.QLabel(QtCore.QCoreApplication.translate("MainWindow", OPENING), self)
        self.label.setObjectName("opening")
        self.label.setEnabled(False)  # greyed: a state, not a message to act on
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class MainWindow(QtWidgets.QMainWindow):
    """The window. ``ctx`` None: the skeleton, shown while the store opens; :meth:`attach` follows."""

    closed = QtCore.Signal()  # the user closed the window: the app shuts down in order
    opened = QtCore.Signal()  # attach(): the store is open, the current tab built
    tab_built = QtCore.Signal(str)  # a tab's content replaced its placeholder (its key)

    def __init__(
        self,
        ctx: AppContext | None,
        integrations: Iterable[Integration],
        parent: QtWidgets.QWidget | None = None,
        *,
        demo: bool = False,
        restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self.integrations = list(integrations)
        self.setWindowTitle("Passerelle" + (self.tr(" — demo") if demo or (ctx and ctx.demo) else ""))
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_index: dict[str, int] = {}
        self._builders: dict[str, Callable[[], QtWidgets.QWidget]] = {}
        self._built: dict[str, QtWidgets.QWidget] = {}
        self._add_tab("dashboard", self.tr("Dashboard"), self._make_dashboard)
        for integration in self.integrations:
            if integration.tab:
                title = QtCore.QCoreApplication.translate("integrations", integration.title)
                self._add_tab(integration.name, title, partial(self._make_integration_tab, integration))
        self._add_tab("attention", self.tr("Needs attention"), self._make_attention)
        self._add_tab("activity", self.tr("Activity"), self._make_activity)
        self.opening = QtWidgets.QLabel(self.tr("Opening the database…"), self)
        self.statusBar().addWidget(self.opening, 1)
        self._needs_store: list[QtGui.QAction] = []
        self._keyed: list[tuple[QtGui.QAction, Any]] | None = None  # shortcuts to set (add_shortcuts)
        # A restored geometry, clamped again once shown (the frame is known then) unless resized since.
        self._restored: QtCore.QRect | None = None
        self._build_menu()
        self.fit_to_screen()
        if restore:
            self.restore_state()
        self.tabs.currentChanged.connect(self._tab_changed)
        if ctx is not None:
            self.attach(ctx)

    # -- the store arrives --------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The store is open: the status bar's jobs and desk, the menu, the current tab's content."""
        if self._ctx is not None:
            raise RuntimeError("the main window already has its context")
        from app.ui import attention_view, common
        from app.ui.db_wait_label import DatabaseWaitLabel
        from app.ui.job_status import JobStatus

        self._ctx = ctx
        if ctx.demo:
            self.setWindowTitle("Passerelle" + self.tr(" — demo"))
        self.statusBar().removeWidget(self.opening)
        self.opening.deleteLater()
        self.job_status: JobStatus = JobStatus(ctx, self)
        self.statusBar().addWidget(self.job_status, 1)
        self.db_wait: DatabaseWaitLabel = DatabaseWaitLabel(ctx.db, self)
        self.statusBar().addPermanentWidget(self.db_wait)
        self.desk_label = QtWidgets.QLabel(self.tr("Desk: {desk}").format(desk=ctx.journal.desk), self)
        self.statusBar().addPermanentWidget(self.desk_label)
        self.job_status.job_finished.connect(self._job_finished)
        common.reconnect_handler = self.open_connections_on
        attention_view.open_integration = self.show_integration
        for action in self._needs_store:
            action.setEnabled(True)
        self.add_shortcuts()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, _Placeholder):
                page.label.clear()  # never seen again: built when shown
        self._show_tab(self.tabs.currentIndex())
        self._count_attention()
        self.opened.emit()

    # -- tabs -------------------------------------------------------------
    def _add_tab(self, key: str, title: str, builder: Callable[[], QtWidgets.QWidget]) -> None:
        self._builders[key] = builder
        self.tab_index[key] = self.tabs.addTab(_Placeholder(self), title)

    def _store(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the store is not open yet: the tabs are built once it is")
        return self._ctx

    @property
    def ctx(self) -> AppContext:
        """The context, once the store is open (:meth:`attach`)."""
        return self._store()

    @property
    def store_open(self) -> bool:
        """Whether :meth:`attach` has given the window its context."""
        return self._ctx is not None

    def _make_dashboard(self) -> QtWidgets.QWidget:
        from app.ui.dashboard import Dashboard

        widget = Dashboard(self._store(), self.integrations, self)
        widget.open_requested.connect(self.show_integration)
        return widget

    def _make_attention(self) -> QtWidgets.QWidget:
        from app.ui.attention_view import AttentionView

        widget = AttentionView(self._store(), self)
        widget.count_changed.connect(self._attention_badge)
        return widget

    def _make_activity(self) -> QtWidgets.QWidget:
        from app.ui.activity_view import ActivityView

        return ActivityView(self._store(), [(i.name, i.title) for i in self.integrations], self)

    def _make_integration_tab(self, integration: Integration) -> QtWidgets.QWidget:
        widget: QtWidgets.QWidget = load_class(cast(str, integration.tab))(self._store(), self)
        return widget

    def _error_page(self, exc: Exception, key: str) -> QtWidgets.QWidget:
        from app.ui.common import ErrorBar

        widget = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(widget)
        bar = ErrorBar(widget)
        bar.show_error(exc, key)
        layout.addWidget(bar)
        layout.addStretch(1)
        return widget

    def is_built(self, key: str) -> bool:
        """Whether the tab ``key`` has its content (it is built the first time it is shown)."""
        return key in self._built

    def tab(self, key: str) -> QtWidgets.QWidget:
        """The content of the tab ``key``, built now if it was not yet (the store must be open)."""
        built = self._built.get(key)
        if built is not None:
            return built
        self._store()
        index = self.tab_index[key]
        placeholder = self.tabs.widget(index)
        try:
            widget = self._builders[key]()
        except Exception as exc:
            log.exception("the %s tab could not be built", key)
            widget = self._error_page(exc, key)
        self._built[key] = widget
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: no "tab changed"
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setTabToolTip(index, tip)
            if current:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        self.tab_built.emit(key)
        return widget

    @property
    def dashboard(self) -> Dashboard:
        """The Dashboard tab's content (built on first use)."""
        return cast("Dashboard", self.tab("dashboard"))

    @property
    def attention(self) -> AttentionView:
        """The Needs attention tab's content (built on first use)."""
        return cast("AttentionView", self.tab("attention"))

    @property
    def activity(self) -> ActivityView:
        """The Activity tab's content (built on first use)."""
        return cast("ActivityView", self.tab("activity"))

    def _key_at(self, index: int) -> str | None:
        return next((k for k, i in self.tab_index.items() if i == index), None)

    def _attention_badge(self, count: int) -> None:
        title = self.tr("Needs attention")
        self.tabs.setTabText(self.tab_index["attention"], f"{title} ({count})" if count else title)

    def _count_attention(self) -> None:
        """The badge before the Needs attention tab is built (read off the GUI thread)."""
        ctx = self._ctx
        if ctx is None or self.is_built("attention"):
            return

        from app.ui.tasks import tasks_of

        async def count() -> int:
            return int(await ctx.db.run(ctx.attention.count))

        tasks_of(self).start(count(), key="attention-count", then=self._attention_badge)

    def _job_finished(self, _job: Any) -> None:
        self.refresh_dashboard()
        self._count_attention()

    def refresh_dashboard(self) -> None:
        """Re-read the dashboard's cards, when the dashboard has been built."""
        if self.is_built("dashboard"):
            self.dashboard.refresh()

    def show_integration(self, name: str) -> None:
        if name in self.tab_index:
            self.tabs.setCurrentIndex(self.tab_index[name])

    def _tab_changed(self, index: int) -> None:
        """A tab shown: built the first time (once the store is open), and it re-reads what it shows
        (cheap: each refresh loads off the GUI thread)."""
        self._show_tab(index)

    def _show_tab(self, index: int) -> None:
        key = self._key_at(index)
        if key is None or self._ctx is None:
            return  # still opening: attach() builds the current tab
        self.tab(key)
        self.refresh_current()

    def refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    # -- menu and shortcuts ------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        connections = file_menu.addAction(self.tr("&Connections…"))
        connections.triggered.connect(lambda: self.open_connections(""))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.close)
        self._keyed = [(connections, "Ctrl+,"), (quit_action, QtGui.QKeySequence.StandardKey.Quit)]
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        needs_store = [
            connections,
            help_menu.addAction(self.tr("Save a support report…"), self._support_report),
            help_menu.addAction(self.tr("Storage and backups…"), self._storage),
            help_menu.addAction(self.tr("Open the data folder"), self._open_data_folder),
            help_menu.addAction(self.tr("Open the log file"), self._open_log),
        ]
        help_menu.addSeparator()
        needs_store.append(help_menu.addAction(self.tr("&About Passerelle"), self._about))
        for action in needs_store:  # enabled by attach(), once the store is open
            action.setEnabled(self._ctx is not None)
        self._needs_store = needs_store

    def add_shortcuts(self) -> None:
        """Ctrl+, Ctrl+Q, Ctrl+1…9 and F5 (once; attach() adds them too). After the first paint:
        the first key sequence builds the Qt namespace's enums (~20 ms)."""
        if self._keyed is None:
            return
        for action, key in self._keyed:
            action.setShortcut(QtGui.QKeySequence(key))
        self._keyed = None
        for n in range(1, 10):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(
                lambda i=n - 1: self.tabs.setCurrentIndex(i) if i < self.tabs.count() else None
            )
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Refresh, self).activated.connect(self.refresh_current)

    def open_connections_on(self, section: str) -> None:
        self.open_connections(section)

    def open_connections(self, section: str = "") -> QtWidgets.QDialog:
        from app.ui.connections_dialog import ConnectionsDialog

        tests = {i.name: i.test_connection for i in self.integrations if i.test_connection is not None}
        dialog = ConnectionsDialog(self._store(), self, tests=tests)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        if section:
            dialog.open_section(section)
        dialog.saved.connect(self.refresh_dashboard)
        dialog.open()
        return dialog

    def _about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self._store().data_dir, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _support_report(self) -> None:
        import datetime as dt
        from pathlib import Path

        from app.ops.support import build_report
        from app.ui.common import run_job

        ctx = self._store()
        default = str(Path.home() / f"passerelle-support-{dt.date.today():%Y%m%d}.zip")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Support report"), default, "ZIP (*.zip)"
        )
        if not path:
            return

        async def work(_job: Any) -> Path:
            return await ctx.db.run(build_report, ctx, Path(path))

        run_job(
            ctx,
            self.tr("Support report"),
            work,
            on_done=lambda p: self.statusBar().showMessage(
                self.tr("Support report saved: {path}").format(path=p), 10_000
            ),
        )

    def _storage(self) -> None:
        from app.ui.storage_panel import StorageDialog

        dialog = StorageDialog(self._store(), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_data_folder(self) -> None:
        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(self._store().data_dir)))

    def _open_log(self) -> None:
        from app.core.logging_setup import log_file

        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(log_file(self._store().data_dir))))

    # -- size and state -----------------------------------------------------
    def available_area(self) -> QtCore.QRect:
        """The available area (without task bar or dock) of the screen the window is on."""
        screen = self.screen() or QtGui.QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QtCore.QRect(0, 0, 1280, 820)

    def fit_to_screen(self) -> None:
        """The first window's size: 1280×820 when the screen has room, else most of its available
        area; centred on it."""
        area = self.available_area()
        most = QtCore.QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
        size = DEFAULT_SIZE.boundedTo(most)
        self.resize(size)
        self.move(area.center() - QtCore.QPoint(size.width() // 2, size.height() // 2))

    def clamp_to_screen(self) -> None:
        """A remembered geometry from a larger (or another) screen: shrunk and moved into the
        available area, so the whole window, title bar included, can be reached."""
        if self.isMaximized() or self.isFullScreen():
            return
        area = self.available_area()
        frame = self.frameGeometry()
        extra = frame.size() - self.size()  # title bar and borders (none offscreen)
        room = QtCore.QSize(area.width() - extra.width(), area.height() - extra.height())
        size = self.size().boundedTo(room)
        if size != self.size():
            self.resize(size)
        width, height = size.width() + extra.width(), size.height() + extra.height()
        x = min(max(frame.x(), area.left()), area.left() + area.width() - width)
        y = min(max(frame.y(), area.top()), area.top() + area.height() - height)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def restore_state(self) -> None:
        store = QtCore.QSettings()  # where the app put UI state (app.ui.common.settings_store)
        geometry = store.value("window/geometry")
        if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            self.clamp_to_screen()
            self._restored = self.geometry()
        state = store.value("window/state")
        if isinstance(state, QtCore.QByteArray) and not state.isEmpty():
            self.restoreState(state)
        tab = store.value("window/tab")
        if isinstance(tab, str) and tab in self.tab_index:
            self.tabs.setCurrentIndex(self.tab_index[tab])

    def save_state(self) -> None:
        store = QtCore.QSettings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        current = self._key_at(self.tabs.currentIndex()) or "dashboard"
        store.setValue("window/tab", current)
        store.sync()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        restored, self._restored = self._restored, None
        if restored is not None and restored == self.geometry():
            self.clamp_to_screen()  # the frame (title bar, borders) is known once shown

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
