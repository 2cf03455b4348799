"""The Provet Cloud tab: the Browse, Webhooks and Connection pages."""

from __future__ import annotations

from app.core.context import AppContext
from app.core.qt import QtGui, QtWidgets
from app.ui.layouts import no_margins
from app.ui.provet.browse_page import BrowsePage
from app.ui.provet.connection_page import ConnectionPage
from app.ui.provet.webhooks_page import WebhooksPage


class ProvetTab(QtWidgets.QWidget):
    """The Provet Cloud tab: Browse, Webhooks and Connection."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = no_margins(QtWidgets.QVBoxLayout(self))
        self.tabs = QtWidgets.QTabWidget(self)
        self.browse = BrowsePage(ctx, self)
        self.webhooks = WebhooksPage(ctx, self)
        self.connection = ConnectionPage(ctx, self)
        self.tabs.addTab(self.browse, self.tr("Browse"))
        self.tabs.addTab(self.webhooks, self.tr("Webhooks"))
        self.tabs.addTab(self.connection, self.tr("Connection"))
        layout.addWidget(self.tabs)
        self.browse.connect_requested.connect(self._connect_from_browse)

    def _connect_from_browse(self) -> None:
        """The Browse page's "Connect…": the Connection page, and its sign-in started."""
        self.tabs.setCurrentWidget(self.connection)
        self.connection.connect_provet()

    def refresh(self) -> None:
        """Show the current state: the first search once connected, the inbox, the connection."""
        if self.browse.query is None and not self.browse.needs_connection():
            self.browse.search()  # the first look shows the latest objects of the default endpoint
        self.browse.show_connection_hint()
        self.webhooks.refresh()
        self.connection.refresh()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        for page in (self.browse, self.webhooks, self.connection):
            page.shutdown()
        super().closeEvent(event)
