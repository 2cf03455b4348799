"""The Connection page: how the desk is connected, sign-in and sign-out, and the hookup
registration Provet sent (made the connection's credentials when a person accepts it)."""

from __future__ import annotations

from typing import Any

from app.core.context import AppContext
from app.core.jobs import JobContext
from app.core.qt import QtCore, QtGui, QtWidgets
from app.integrations.provet import (
    connection,
    hookup,
)
from app.integrations.provet.auth import TokenStore
from app.ui.common import alive
from app.ui.layouts import add_widgets
from app.ui.provet import labels
from app.ui.provet.page import ProvetPage


class ConnectionPage(ProvetPage):
    """The connection's state, connect and disconnect, and the registration Provet sent."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = self.box
        self.state = QtWidgets.QLabel(self)
        self.registration = QtWidgets.QLabel(self)
        self.registration.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # Provet's client_id, as sent
        self.connect_button = QtWidgets.QPushButton(self.tr("Connect"), self)
        self.disconnect_button = QtWidgets.QPushButton(self.tr("Disconnect"), self)
        self.use_registration = QtWidgets.QPushButton(self.tr("Use this registration"), self)
        add_widgets(
            layout,
            self.state,
            self.connect_button,
            self.disconnect_button,
            self.registration,
            self.use_registration,
        )
        layout.addStretch(1)
        self.connect_button.clicked.connect(self.connect_provet)
        self.disconnect_button.clicked.connect(self.disconnect_provet)
        self.use_registration.clicked.connect(self._use_registration)
        self.refresh()

    def refresh(self) -> None:
        """Show the connection's state now, and the registration once it is read."""
        if not alive(self):
            return
        s = self.ctx.settings.provet
        token = TokenStore(self.ctx.secrets).load()
        grant = (
            self.tr("browser sign-in (PKCE)")
            if s.grant == "authorization_code"
            else self.tr("client credentials")
        )
        if not s.base_url:
            self.state.setText(self.tr("Not set up: enter the API address in Connections."))
        elif token:
            self.state.setText(
                self.tr("Connected to %1 (%2).").replace("%1", s.base_url).replace("%2", grant)
            )
        else:
            self.state.setText(self.tr("Not connected (%1).").replace("%1", grant))
        self.connect_button.setText(
            self.tr("Connect via browser") if s.grant == "authorization_code" else self.tr("Connect")
        )
        self.disconnect_button.setEnabled(bool(token))
        self.read(hookup.registration, self.ctx, then=self._show_registration, key="registration")

    def _show_registration(self, reg: dict[str, Any] | None) -> None:
        if reg:
            when = labels.local_time(reg["registered_at"])
            self.registration.setText(self.tr("Registered by Provet on %1 (client %2).").replace("%1", when)
                                      .replace("%2", str(reg["client_id"])))  # fmt: skip
        else:
            self.registration.setText(self.tr("No registration received from Provet yet."))
        self.use_registration.setVisible(
            reg is not None and reg["client_id"] != self.ctx.settings.provet.client_id
        )

    def connect_provet(self) -> None:
        def open_url(url: str) -> bool:
            return bool(QtGui.QDesktopServices.openUrl(QtCore.QUrl(url)))

        async def work(_job: JobContext) -> str:
            return await connection.connect(self.ctx, open_url=open_url)

        def done(text: str | None) -> None:
            if alive(self):
                self.error_bar.show_message(self.tr("Connected to Provet Cloud."), level="info")
                self.refresh()

        self.start_job(self.tr("Provet Cloud: connect"), work, on_done=done)

    def disconnect_provet(self) -> None:
        async def work(_job: JobContext) -> None:
            await connection.disconnect(self.ctx)

        self.start_job(self.tr("Provet Cloud: disconnect"), work, on_done=lambda _r: self.refresh())

    def _use_registration(self) -> None:
        def use(client_id: str | None) -> None:
            if client_id is not None:
                hookup.use_registration(self.ctx, client_id)

        def latest() -> str | None:
            reg = hookup.registration(self.ctx)
            return str(reg["client_id"]) if reg else None

        self.read(lambda: use(latest()), then=lambda _none: self.refresh())
