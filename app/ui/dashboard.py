"""The first tab: one card per integration with its connection state, last sync and waiting items."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.errors import describe
from app.core.http import NotConfigured
from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.core.tr import render
from app.integrations.base import ConnectionState, Integration, Status
from app.ui.common import ErrorBar, alive, run_job
from app.ui.storage_panel import backup_warning
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.ui.dashboard")

_COLOURS = {
    ConnectionState.CONNECTED: "#2e7d32",
    ConnectionState.FAILING: "#c62828",
    ConnectionState.NOT_CONFIGURED: "#757575",
    ConnectionState.UNKNOWN: "#f9a825",
}


def _test_key(name: str) -> str:
    return f"connection_test.{name}"


def record_test_result(ctx: AppContext, name: str, state: ConnectionState, sentence: str) -> None:
    payload = {"state": state.value, "sentence": sentence, "at": dt.datetime.now(dt.UTC).isoformat()}
    ctx.db.set_state(_test_key(name), json.dumps(payload))


def status_of(ctx: AppContext, integration: Integration) -> Status:
    """The integration's own status if it has one, else the last connection test's result."""
    if integration.status is not None:
        try:
            return integration.status(ctx)
        except Exception as exc:  # a broken status must not break the dashboard
            log.exception("status of %s failed", integration.name)
            return Status(ConnectionState.UNKNOWN, describe(exc).text)
    raw = ctx.db.get_state(_test_key(integration.name))
    waiting = ctx.attention.count(integration.name)
    if raw:
        data = json.loads(raw)
        return Status(ConnectionState(data["state"]), data["sentence"], waiting=waiting)
    return Status(ConnectionState.UNKNOWN, "", waiting=waiting)


@dataclass
class CardData:
    integration: Integration
    status: Status


class Card(QtWidgets.QFrame):
    open_requested = QtCore.Signal(str)
    test_requested = QtCore.Signal(str)

    def __init__(self, integration: Integration, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.integration = integration
        self.setObjectName("card")
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#card { border: 1px solid #d0d0d0; border-radius: 6px; background: palette(base); }"
        )
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(280)
        self.setMaximumWidth(440)
        layout = QtWidgets.QVBoxLayout(self)
        header = QtWidgets.QHBoxLayout()
        self.dot = QtWidgets.QLabel("●", self)
        self.title = QtWidgets.QLabel(
            f"<b>{QtCore.QCoreApplication.translate('integrations', integration.title)}</b>", self
        )
        header.addWidget(self.dot)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.state = QtWidgets.QLabel(self)
        self.sentence = QtWidgets.QLabel(self)
        self.sentence.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # may quote a remote answer
        self.sentence.setWordWrap(True)
        self.last_sync = QtWidgets.QLabel(self)
        self.waiting = QtWidgets.QLabel(self)
        for label in (self.state, self.sentence, self.last_sync, self.waiting):
            layout.addWidget(label)
        layout.addStretch(1)
        buttons = QtWidgets.QHBoxLayout()
        self.test_button = QtWidgets.QPushButton(self.tr("Test connection"), self)
        self.open_button = QtWidgets.QPushButton(self.tr("Open"), self)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(lambda: self.test_requested.emit(integration.name))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(integration.name))

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        self.open_requested.emit(self.integration.name)

    def show_status(self, status: Status) -> None:
        texts = {
            ConnectionState.CONNECTED: self.tr("Connected"),
            ConnectionState.FAILING: self.tr("Failing"),
            ConnectionState.NOT_CONFIGURED: self.tr("Not configured"),
            ConnectionState.UNKNOWN: self.tr("Not checked yet"),
        }
        self.dot.setStyleSheet(f"color: {_COLOURS[status.state]}; font-size: 16px;")
        self.state.setText(texts[status.state])
        self.sentence.setText(
            render(status.sentence, status.args, "status", QtCore.QCoreApplication.translate)
        )
        self.sentence.setVisible(bool(status.sentence))
        if status.last_sync:
            when = QtCore.QDateTime.fromString(status.last_sync[:19], QtCore.Qt.DateFormat.ISODate)
            when.setTimeZone(QtCore.QTimeZone.utc())
            self.last_sync.setText(
                self.tr("Last sync: {when}").format(
                    when=QtCore.QLocale().toString(when.toLocalTime(), QtCore.QLocale.FormatType.ShortFormat)
                )
            )
        else:
            self.last_sync.setText(self.tr("Last sync: never"))
        if status.waiting:
            self.waiting.setText(self.tr("%n item(s) waiting for you", "", status.waiting))
            self.waiting.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.waiting.setText(self.tr("Nothing waiting"))
            self.waiting.setStyleSheet("")


class Dashboard(QtWidgets.QWidget):
    open_requested = QtCore.Signal(str)

    def __init__(
        self, ctx: AppContext, integrations: list[Integration], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.integrations = integrations
        self.cards: dict[str, Card] = {}
        outer = QtWidgets.QVBoxLayout(self)
        heading = QtWidgets.QLabel(self.tr("<h2>Today</h2>"), self)
        outer.addWidget(heading)
        self.summary = QtWidgets.QLabel(self)
        outer.addWidget(self.summary)
        self.error_bar = ErrorBar(self)  # the cards could not be read: why, never an empty view
        outer.addWidget(self.error_bar)
        self.backup_warning = QtWidgets.QLabel(self)  # backups overdue (read with the cards)
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet("color: #c62828; font-weight: bold;")
        self.backup_warning.hide()
        outer.addWidget(self.backup_warning)
        grid = QtWidgets.QGridLayout()
        grid.setSpacing(12)
        for i, integration in enumerate(integrations):
            card = Card(integration, self)
            card.open_requested.connect(self.open_requested)
            card.test_requested.connect(self.test_connection)
            grid.addWidget(card, i // 3, i % 3)
            self.cards[integration.name] = card
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addLayout(grid)
        if not integrations:
            outer.addWidget(QtWidgets.QLabel(self.tr("No integration is installed."), self))
        outer.addStretch(1)
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._refreshing: asyncio.Task[None] | None = None
        self.refreshed = asyncio.Event()

    def refresh(self) -> None:
        if self._refreshing is not None and not self._refreshing.done():
            return
        self.refreshed.clear()
        self._refreshing = tasks_of(self, self.error_bar.show_error).start(self._refresh(), key="refresh")

    async def _refresh(self) -> None:
        def read() -> list[CardData]:
            return [CardData(i, status_of(self.ctx, i)) for i in self.integrations]

        from app.ops.backup import backup_status

        try:
            data = await asyncio.to_thread(read)
            backups = await asyncio.to_thread(backup_status, self.ctx)
        finally:
            self.refreshed.set()  # a failure goes to the error bar (the task's owner)
        if not alive(self):
            return
        self.error_bar.hide()
        waiting = 0
        for item in data:
            if item.status.waiting == 0:
                item.status.waiting = await asyncio.to_thread(self.ctx.attention.count, item.integration.name)
            waiting += item.status.waiting
            self.cards[item.integration.name].show_status(item.status)
        self.summary.setText(
            self.tr("%n item(s) wait for a person across all integrations.", "", waiting)
            if waiting
            else self.tr("Nothing waits for a person.")
        )
        warning = backup_warning(backups)
        self.backup_warning.setText(warning)
        self.backup_warning.setVisible(bool(warning))

    def test_connection(self, name: str) -> None:
        integration = next(i for i in self.integrations if i.name == name)
        card = self.cards[name]
        if integration.test_connection is None:
            card.show_status(
                Status(ConnectionState.UNKNOWN, self.tr("This integration has no connection test."))
            )
            return
        test = integration.test_connection
        card.test_button.setEnabled(False)

        async def work(_job: object) -> str:
            return await test(self.ctx)

        def done(sentence: str | None) -> None:
            card.test_button.setEnabled(True)
            record_test_result(self.ctx, name, ConnectionState.CONNECTED, sentence or "")
            self.refresh()

        def failed(exc: BaseException) -> None:
            card.test_button.setEnabled(True)
            text = describe(exc).translated(QtCore.QCoreApplication.translate)
            state = (
                ConnectionState.NOT_CONFIGURED if isinstance(exc, NotConfigured) else ConnectionState.FAILING
            )
            record_test_result(self.ctx, name, state, text)
            self.refresh()

        run_job(
            self.ctx,
            self.tr("Testing {name}").format(name=integration.title),
            work,
            integration=name,
            on_done=done,
            on_error=failed,
        )
