"""The main window: Dashboard, one tab per integration, Activity; jobs in the status bar."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from app.core.qt import QtCore, QtGui, QtWidgets
from app.integrations.base import Integration
from app.ui import common
from app.ui.activity_view import ActivityView
from app.ui.common import ErrorBar, settings_store
from app.ui.dashboard import Dashboard
from app.ui.db_wait_label import DatabaseWaitLabel
from app.ui.job_status import JobStatus

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.ui.main")


def load_class(path: str) -> type[Any]:
    module_name, _, class_name = path.partition(":")
    cls: type[Any] = getattr(importlib.import_module(module_name), class_name)
    return cls


class MainWindow(QtWidgets.QMainWindow):
    closed = QtCore.Signal()  # the user closed the window: the app shuts down in order

    def __init__(
        self, ctx: AppContext, integrations: list[Integration], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.integrations = integrations
        self.setWindowTitle("Passerelle" + (self.tr(" — demo") if ctx.demo else ""))
        self.resize(1280, 820)
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_index: dict[str, int] = {}
        self.dashboard = Dashboard(ctx, integrations, self)
        self.dashboard.open_requested.connect(self.show_integration)
        self._add_tab("dashboard", self.dashboard, self.tr("Dashboard"))
        for integration in integrations:
            self._add_integration_tab(integration)
        from app.ui import attention_view

        self.attention = attention_view.AttentionView(ctx, self)
        self._add_tab("attention", self.attention, self.tr("Needs attention"))
        self.attention.count_changed.connect(self._attention_badge)
        attention_view.open_integration = self.show_integration
        self.activity = ActivityView(ctx, [(i.name, i.title) for i in integrations], self)
        self._add_tab("activity", self.activity, self.tr("Activity"))
        self.job_status = JobStatus(ctx, self)
        self.statusBar().addWidget(self.job_status, 1)
        self.db_wait = DatabaseWaitLabel(ctx.db, self)
        self.statusBar().addPermanentWidget(self.db_wait)
        self.desk_label = QtWidgets.QLabel(self.tr("Desk: {desk}").format(desk=ctx.journal.desk), self)
        self.statusBar().addPermanentWidget(self.desk_label)
        self.job_status.job_finished.connect(lambda _job: self.dashboard.refresh())
        self._build_menu()
        self._build_shortcuts()
        common.reconnect_handler = self.open_connections_on
        self.restore_state()
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- tabs -------------------------------------------------------------
    def _add_tab(self, key: str, widget: QtWidgets.QWidget, title: str) -> None:
        self.tab_index[key] = self.tabs.addTab(widget, title)

    def _add_integration_tab(self, integration: Integration) -> None:
        if not integration.tab:
            return
        title = QtCore.QCoreApplication.translate("integrations", integration.title)
        try:
            widget = load_class(integration.tab)(self.ctx, self)
        except Exception as exc:
            log.exception("the %s tab could not be built", integration.name)
            widget = QtWidgets.QWidget(self)
            layout = QtWidgets.QVBoxLayout(widget)
            bar = ErrorBar(widget)
            bar.show_error(exc, integration.name)
            layout.addWidget(bar)
            layout.addStretch(1)
        self._add_tab(integration.name, widget, title)

    def _attention_badge(self, count: int) -> None:
        title = self.tr("Needs attention")
        self.tabs.setTabText(self.tab_index["attention"], f"{title} ({count})" if count else title)

    def show_integration(self, name: str) -> None:
        if name in self.tab_index:
            self.tabs.setCurrentIndex(self.tab_index[name])

    def _tab_changed(self, index: int) -> None:
        """A tab shown again re-reads what it shows (cheap: each refresh loads off the GUI thread)."""
        if self.tabs.widget(index) is not None:
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
        connections.setShortcut(QtGui.QKeySequence("Ctrl+,"))
        connections.triggered.connect(lambda: self.open_connections(""))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Save a support report…"), self._support_report)
        help_menu.addAction(self.tr("Storage and backups…"), self._storage)
        help_menu.addAction(self.tr("Open the data folder"), self._open_data_folder)
        help_menu.addAction(self.tr("Open the log file"), self._open_log)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About Passerelle"), self._about)

    def _build_shortcuts(self) -> None:
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
        dialog = ConnectionsDialog(self.ctx, self, tests=tests)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        if section:
            dialog.open_section(section)
        dialog.saved.connect(self.dashboard.refresh)
        dialog.open()
        return dialog

    def _about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx.data_dir, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _support_report(self) -> None:
        import datetime as dt
        from pathlib import Path

        from app.ops.support import build_report
        from app.ui.common import run_job

        default = str(Path.home() / f"passerelle-support-{dt.date.today():%Y%m%d}.zip")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Support report"), default, "ZIP (*.zip)"
        )
        if not path:
            return

        async def work(_job: Any) -> Path:
            return await self.ctx.db.run(build_report, self.ctx, Path(path))

        run_job(
            self.ctx,
            self.tr("Support report"),
            work,
            on_done=lambda p: self.statusBar().showMessage(
                self.tr("Support report saved: {path}").format(path=p), 10_000
            ),
        )

    def _storage(self) -> None:
        from app.ui.storage_panel import StorageDialog

        dialog = StorageDialog(self.ctx, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_data_folder(self) -> None:
        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def _open_log(self) -> None:
        from app.core.logging_setup import log_file

        QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(log_file(self.ctx.data_dir))))

    # -- state ------------------------------------------------------------
    def restore_state(self) -> None:
        store = settings_store()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QtCore.QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if isinstance(state, QtCore.QByteArray) and not state.isEmpty():
            self.restoreState(state)
        tab = store.value("window/tab")
        if isinstance(tab, str) and tab in self.tab_index:
            self.tabs.setCurrentIndex(self.tab_index[tab])

    def save_state(self) -> None:
        store = settings_store()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        current = next((k for k, i in self.tab_index.items() if i == self.tabs.currentIndex()), "dashboard")
        store.setValue("window/tab", current)
        store.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
