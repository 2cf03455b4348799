"""Tray notifications for the alert conditions of ``app.ops.alerts``, never a popup storm: one
notification per condition until it clears (flood control persisted in the database), or one
daily digest when ``ops.daily_digest`` is on."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from app.core.qt import QtCore, QtGui, QtWidgets
from app.core.tr import render
from app.ops import alerts
from app.ui.common import alive
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext


def alert_text(alert: alerts.Alert) -> str:
    """The alert in the UI's language (plural forms included)."""
    return render(alert.template, alert.args, "alerts", QtCore.QCoreApplication.translate)


class AlertsTray(QtCore.QObject):
    """Polls the conditions every minute (in a thread); ``active_changed`` gives the badge count."""

    active_changed = QtCore.Signal(int)
    notified = QtCore.Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        window: QtWidgets.QWidget,
        icon: QtGui.QIcon,
        *,
        interval_ms: int = 60_000,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.tray = QtWidgets.QSystemTrayIcon(icon, self)
        self.tray.setToolTip("Passerelle")
        from app.ui.single_instance import bring_forward

        forward = bring_forward(window)
        self.tray.activated.connect(lambda _reason: forward())
        self.tray.messageClicked.connect(forward)
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.shown: list[str] = []
        self.active: list[alerts.Alert] = []
        self._running = False
        self._timer = QtCore.QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _evaluate(self) -> tuple[list[alerts.Alert], list[alerts.Alert]]:
        current = alerts.evaluate(self.ctx)
        fresh = alerts.due(self.ctx, current)  # always, so turning the digest off does not flood
        if self.ctx.settings.ops.daily_digest:
            return current, alerts.digest_due(self.ctx, current)
        return current, fresh

    def check(self) -> None:
        if self._running:
            return
        self._running = True

        async def run() -> None:
            try:
                current, to_show = await asyncio.to_thread(self._evaluate)
            finally:
                self._running = False
            if not alive(self):
                return
            self.active = current
            self.active_changed.emit(len(current))
            self.tray.setToolTip(
                "Passerelle\n" + "\n".join(alert_text(a) for a in current) if current else "Passerelle"
            )
            if not to_show:
                return
            message = "\n".join(alert_text(a) for a in to_show)
            self.shown.append(message)
            self.notified.emit(message)
            self.tray.showMessage(
                "Passerelle", message, QtWidgets.QSystemTrayIcon.MessageIcon.Warning, 15_000
            )

        tasks_of(self).start(run(), key="check")  # a failure is logged: a tray has no error bar
