"""The Webhooks page: the inbox (newest first), its last event and poll, retry, process now,
catch up now, the receiver on this computer, and what is subscribed in Provet's settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.core.context import AppContext
from app.core.errors import InputError
from app.core.jobs import JobContext
from app.core.qt import Qt, QtCore, QtWidgets
from app.integrations.provet import (
    inbox,
    polling,
    processing,
    subscriptions,
)
from app.integrations.provet.schema import PARAM_TO_ENDPOINT
from app.ui.common import alive, remember_header
from app.ui.layouts import add_widgets
from app.ui.models.provet_events import events_model
from app.ui.provet import labels
from app.ui.provet.page import ProvetPage, local_time

# The inbox shows the newest events first, at most this many (the summary says how many there are).
INBOX_SHOWN = 2000


class WebhooksPage(ProvetPage):
    """The durable inbox as a table, its actions, the receiver and the subscriptions."""

    # Emitted from any thread (the receiver's, a database worker's); refreshes on the Qt thread.
    event_arrived = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.receiver: Any = None
        layout = self.box
        self.summary = QtWidgets.QLabel(self)
        layout.addWidget(self.summary)
        row = QtWidgets.QHBoxLayout()
        self.receiver_box = QtWidgets.QCheckBox(self.tr("Receive webhooks on this computer"), self)
        self.pending_only = QtWidgets.QCheckBox(self.tr("Pending and failed only"), self)
        self.retry_button = QtWidgets.QPushButton(self.tr("Retry failed"), self)
        self.process_button = QtWidgets.QPushButton(self.tr("Process now"), self)
        self.catch_up_button = QtWidgets.QPushButton(self.tr("Catch up now"), self)
        add_widgets(
            row,
            self.receiver_box,
            self.pending_only,
            self.retry_button,
            self.process_button,
            self.catch_up_button,
        )
        row.addStretch(1)
        layout.addLayout(row)
        subs = QtWidgets.QGroupBox(self.tr("Subscribed in Provet (Settings › Integrations › Webhooks)"), self)
        subs_layout = QtWidgets.QHBoxLayout(subs)
        self.triggers = QtWidgets.QListWidget(subs)
        self.triggers.setMaximumHeight(90)
        self.department = QtWidgets.QSpinBox(subs)
        self.department.setRange(0, 1_000_000)
        self.department.setSpecialValueText(self.tr("whole organisation"))
        whole = self.department.fontMetrics().horizontalAdvance(self.department.specialValueText())
        self.department.setMinimumWidth(whole + 40)  # the words and the arrows, never cut
        self.save_subs = QtWidgets.QPushButton(self.tr("Save"), subs)
        self.copy_url = QtWidgets.QPushButton(self.tr("Copy the receiver address"), subs)
        subs_layout.addWidget(self.triggers, 1)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.save_subs)
        form.addRow(self.copy_url)
        subs_layout.addLayout(form)
        layout.addWidget(subs)
        for param in sorted(PARAM_TO_ENDPOINT, key=lambda p: labels.trigger_label(p).casefold()):
            item = QtWidgets.QListWidgetItem(labels.trigger_label(param), self.triggers)
            item.setData(Qt.ItemDataRole.UserRole, param)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.read(subscriptions.subscriptions, ctx, then=self._show_subscriptions)
        self.save_subs.clicked.connect(self.save_subscriptions)
        self.copy_url.clicked.connect(self.copy_receiver_url)
        self.model = events_model(self)
        self.model.failed.connect(self._error)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.view, 1)
        remember_header(self.view, "provet.events")
        header = self.view.horizontalHeader()  # each column as wide as its content (a time on one line)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the reason takes the spare room
        self.receiver_box.toggled.connect(self.set_receiver)
        self.pending_only.toggled.connect(lambda *_: self.refresh())
        self.retry_button.clicked.connect(self.retry_failed)
        self.process_button.clicked.connect(lambda: self._run("process"))
        self.catch_up_button.clicked.connect(lambda: self._run("catch_up"))
        self.event_arrived.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        ctx.changes.subscribe(inbox.TOPIC_EVENTS, self._changed)
        self.refresh()
        if ctx.settings.provet.webhook_enabled and not ctx.demo:
            self.receiver_box.setChecked(True)

    def _changed(self, *_args: Any) -> None:
        if alive(self):
            self.event_arrived.emit()

    def refresh(self) -> None:
        """Re-read the inbox and its last event/poll times, in a worker thread (the latest read wins)."""
        if not alive(self):
            return
        ctx, pending = self.ctx, self.pending_only.isChecked()
        seen: dict[str, Any] = {}

        def read() -> list[inbox.Event]:
            seen["last_event"] = ctx.db.get_state("provet.last_event_at") or ""
            seen["last_poll"] = ctx.db.get_state("provet.last_poll_at") or ""
            seen["gap"] = polling.gap(ctx)
            found = inbox.events(ctx, pending=pending, limit=INBOX_SHOWN)
            seen["shown"] = len(found)
            seen["total"] = (
                len(found) if len(found) < INBOX_SHOWN else inbox.count_events(ctx, pending=pending)
            )
            return found

        self.model.load(read, then=lambda _rows: self._show_summary(**seen))

    def _show_summary(
        self, last_event: str, last_poll: str, gap: dt.timedelta | None, shown: int = 0, total: int = 0
    ) -> None:
        never = self.tr("never")
        text = self.tr("Last event: %1 · last poll: %2").replace("%1", local_time(last_event) or never)
        text = text.replace("%2", local_time(last_poll) or never)
        if gap is not None and gap > dt.timedelta(
            minutes=max(1, self.ctx.settings.provet.catchup_interval_minutes) * 2
        ):
            text += " · " + self.tr("nothing heard for %1 minutes").replace(
                "%1", str(int(gap.total_seconds() // 60))
            )
        if shown < total:
            text += " · " + self.tr("Showing the first {shown} of {total}.").format(shown=shown, total=total)
        self.summary.setText(text)

    def set_receiver(self, on: bool) -> None:
        from app.integrations.provet.webhook_server import WebhookReceiver

        if on and self.receiver is None:
            s = self.ctx.settings.provet
            if not self.ctx.secrets.get("provet", "webhook_token"):
                self.error_bar.show_message(self.tr("Set a webhook token in Connections first."))
                self.receiver_box.setChecked(False)
                return
            try:
                self.receiver = WebhookReceiver(self.ctx, s.webhook_host, s.webhook_port,
                                                on_stored=lambda _i: self._changed()).start()  # fmt: skip
            except (RuntimeError, InputError) as exc:  # port in use; a token too short
                self.error_bar.show_message(str(exc))
                self.receiver_box.setChecked(False)
        elif not on and self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
        if (
            self.ctx.settings.provet.webhook_enabled != (self.receiver is not None)
            and self.sender() is self.receiver_box
        ):
            self.ctx.settings.provet.webhook_enabled = self.receiver is not None
            self.ctx.save_settings()

    def _show_subscriptions(self, current: dict[str, Any]) -> None:
        for i in range(self.triggers.count()):
            item = self.triggers.item(i)
            chosen = item.data(Qt.ItemDataRole.UserRole) in current["triggers"]
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.department.setValue(int(current["department"] or 0))

    def save_subscriptions(self) -> None:
        """Keep the ticked triggers and the department as set in Provet's webhook settings."""
        chosen = [
            str(self.triggers.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.triggers.count())
            if self.triggers.item(i).checkState() == Qt.CheckState.Checked
        ]

        def saved(_none: None) -> None:
            self.error_bar.show_message(self.tr("Subscriptions saved."), level="info")

        self.read(subscriptions.save_subscriptions, self.ctx, chosen, self.department.value() or None,
                  then=saved, on_error=self._refused)  # fmt: skip

    def copy_receiver_url(self) -> None:
        try:
            url = subscriptions.receiver_url(self.ctx)
        except Exception as exc:
            self.error_bar.show_error(exc, "provet")
            return
        QtWidgets.QApplication.clipboard().setText(url)
        self.error_bar.show_message(
            self.tr("The receiver address is in the clipboard: paste it in Provet's webhook settings."),
            level="info",
        )

    def retry_failed(self) -> None:
        """Queue the selected failed events again (all of them when none is selected), then process."""
        ids = [self.model.record(i.row()).id for i in self.view.selectionModel().selectedRows()]

        def queued(count: int) -> None:
            self.error_bar.show_message(self.tr("%n event(s) queued again.", "", count), level="info")
            self._run("process")

        self.read(processing.retry_failed, self.ctx, ids or None, then=queued)

    def _run(self, what: str) -> None:
        async def work(_job: JobContext) -> Any:
            if what == "catch_up":
                return await polling.catch_up(self.ctx)
            return await processing.process_pending(self.ctx)

        title = (
            self.tr("Provet Cloud: catch up")
            if what == "catch_up"
            else self.tr("Provet Cloud: notifications")
        )
        self.start_job(title, work, on_done=lambda _r: self.refresh())

    def shutdown(self) -> None:
        """Stop listening and reading, and stop the receiver if this page started it."""
        super().shutdown()
        self.ctx.changes.unsubscribe(inbox.TOPIC_EVENTS, self._changed)
        if self.receiver is not None:
            self.receiver.stop()
            self.receiver = None
