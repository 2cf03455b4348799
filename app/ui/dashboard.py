"""The first tab: one card per integration with its connection state, last sync and waiting items.

A card tells the truth (``app.ops.health``): it shows the last connection test and the last
failure, turns red when a call of that integration fails because the service is down and green
again when the service answers; while the window is open a light check (the integration's own
connection test) runs every few minutes for the configured integrations, off the GUI's work
(network on the loop, the store in a thread), as a task the dashboard owns (cancelled with it).
Its "waiting" count is the count of Needs attention for that integration; its Open button lands
on the first of those items (as Needs attention's Open does), or on the tab when none waits."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import logging
import weakref
from typing import TYPE_CHECKING, Any

from app.core.errors import describe
from app.core.http import ConnectionFailed, NotConfigured
from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.core.tr import render
from app.integrations.base import ConnectionState, Integration, Status
from app.ops import health
from app.ops.health import CardData, card_data, record_test_result, test_key
from app.ops.health import status_of as status_of  # re-exported (tests, main window)
from app.ui import navigation
from app.ui.common import alive, error_bar_above, run_job
from app.ui.storage_panel import backup_warning
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.jobs import Job

log = logging.getLogger("passerelle.ui.dashboard")

_COLOURS = {
    ConnectionState.CONNECTED: "#2e7d32",
    ConnectionState.FAILING: "#c62828",
    ConnectionState.NOT_CONFIGURED: "#757575",
    ConnectionState.UNKNOWN: "#f9a825",
}


class Card(QtWidgets.QFrame):
    open_requested = QtCore.Signal(str)  # the card clicked: its tab
    open_first_requested = QtCore.Signal(str)  # its Open button: the first item waiting, else the tab
    test_requested = QtCore.Signal(str)
    waiting_requested = QtCore.Signal()  # the waiting count clicked: Needs attention lists them

    def __init__(self, integration: Integration, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.integration = integration
        self.shown_state = ConnectionState.UNKNOWN
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
        self.last_test = QtWidgets.QLabel(self)  # the last connection test (or light check)
        self.last_failure = QtWidgets.QLabel(self)  # the last failure, even once answered again
        for label in (self.last_test, self.last_failure):
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # may quote a remote answer
            label.setWordWrap(True)
        self.waiting = QtWidgets.QLabel(self)
        self.waiting_count = 0  # what the card counts: the integration's items in Needs attention
        self.waiting.linkActivated.connect(lambda _link: self.waiting_requested.emit())
        # The last "Test connection": when, and its result (OK and what the service said, or why not).
        self.test_result = QtWidgets.QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # may quote a remote answer
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        for label in (
            self.state,
            self.sentence,
            self.last_sync,
            self.last_test,
            self.last_failure,
            self.test_result,
            self.waiting,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        buttons = QtWidgets.QHBoxLayout()
        self.test_button = QtWidgets.QPushButton(self.tr("Test connection"), self)
        self.open_button = QtWidgets.QPushButton(self.tr("Open"), self)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.testing = False  # a test runs: its "Testing…" stays until it ends
        self.test_ok: bool | None = None  # what the result line shows (None: nothing, or it runs)
        self.test_button.clicked.connect(lambda: self.test_requested.emit(integration.name))
        self.open_button.clicked.connect(lambda: self.open_first_requested.emit(integration.name))

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        self.open_requested.emit(self.integration.name)

    @staticmethod
    def _when(at: dt.datetime) -> str:
        when = QtCore.QDateTime.fromSecsSinceEpoch(int(at.timestamp()), QtCore.QTimeZone.utc())
        return QtCore.QLocale().toString(when.toLocalTime(), QtCore.QLocale.FormatType.ShortFormat)

    def show_test_result(self, ok: bool | None, sentence: str = "", at: dt.datetime | None = None) -> None:
        """The result of "Test connection" (``ok`` None: it runs): OK with what the service said,
        or the sentence that says why not."""
        when = self._when(at or dt.datetime.now(dt.UTC))
        self.test_ok = ok
        if ok is None:
            text, colour = self.tr("Testing the connection…"), "#757575"
        elif ok:
            text = (
                self.tr("Connection test ({when}): OK. {sentence}").format(when=when, sentence=sentence)
                if sentence
                else self.tr("Connection test ({when}): OK.").format(when=when)
            )
            colour = "#2e7d32"
        else:
            text = self.tr("Connection test ({when}) failed: {sentence}").format(when=when, sentence=sentence)
            colour = "#c62828"
        self.test_result.setText(text.strip())
        self.test_result.setStyleSheet(f"color: {colour};")
        self.test_result.show()

    def show_health(self, known: health.Health) -> None:
        """The last answer or test, and the last failure with its sentence."""
        translate = QtCore.QCoreApplication.translate
        test = known.last_test
        if self.shown_state is ConnectionState.NOT_CONFIGURED and not self.testing:
            if self.test_ok:  # an answer from before the settings were emptied: not its state
                self.test_result.hide()  # (a failed test of this session stays, saying why)
        elif test is not None and not self.testing:
            self.show_test_result(test.ok, test.translated(translate), test.at)
        answered = known.last_ok
        if answered is not None:
            self.last_test.setText(self.tr("Last answer: {when}").format(when=self._when(answered.at)))
        self.last_test.setVisible(answered is not None)
        failure = known.last_failure
        if failure is not None and known.failing:  # its sentence is the card's sentence above
            self.last_failure.setText(self.tr("Last failure: {when}").format(when=self._when(failure.at)))
        elif failure is not None:  # answered again since: what went wrong last time
            self.last_failure.setText(
                self.tr("Last failure: {when}: {sentence}").format(
                    when=self._when(failure.at), sentence=failure.translated(translate)
                )
            )
            self.last_failure.setStyleSheet("color: #c62828;" if known.failing else "color: #757575;")
        self.last_failure.setVisible(failure is not None)

    def show_status(self, status: Status, known: health.Health | None = None) -> None:
        texts = {
            ConnectionState.CONNECTED: self.tr("Connected"),
            ConnectionState.FAILING: self.tr("Failing"),
            ConnectionState.NOT_CONFIGURED: self.tr("Not configured"),
            ConnectionState.UNKNOWN: self.tr("Not checked yet"),
        }
        self.shown_state = status.state
        self.dot.setStyleSheet(f"color: {_COLOURS[status.state]}; font-size: 16px;")
        self.state.setText(texts[status.state])
        if known is not None and known.failing and known.last_failure is not None:
            # The failure no answer has followed: its sentence, in the UI's language.
            self.sentence.setText(known.last_failure.translated(QtCore.QCoreApplication.translate))
        else:
            self.sentence.setText(
                render(status.sentence, status.args, "status", QtCore.QCoreApplication.translate)
            )
        self.sentence.setVisible(bool(self.sentence.text()))
        if known is not None:
            self.show_health(known)
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
        self.waiting_count = status.waiting
        if status.waiting:
            text = html.escape(self.tr("%n item(s) waiting for you", "", status.waiting))
            self.waiting.setTextFormat(QtCore.Qt.TextFormat.RichText)
            self.waiting.setText(f'<a href="#" style="color: #c62828;">{text}</a>')
            self.waiting.setToolTip(self.tr("Show them in Needs attention"))
            self.waiting.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.waiting.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            self.waiting.setText(self.tr("Nothing waiting"))
            self.waiting.setToolTip("")
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
        self.error_bar = error_bar_above(self, outer)  # the cards could not be read: why, never an empty view
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
            card.open_first_requested.connect(self.open_first)
            card.test_requested.connect(self.test_connection)
            card.waiting_requested.connect(lambda: self.open_requested.emit("attention"))
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
        # The light check: the configured integrations' connection tests, every few minutes.
        self._check_timer = QtCore.QTimer(self)
        self._check_timer.setInterval(int(health.CHECK_INTERVAL * 1000))
        self._check_timer.timeout.connect(self.check_soon)
        self._check_timer.start()
        QtCore.QTimer.singleShot(20_000, self, self.check_soon)  # once shortly after the start
        self.checked = asyncio.Event()
        _watch_jobs(ctx, self)

    def refresh(self) -> None:
        """Read every card again; a refresh asked for while one runs replaces it (what it read
        may predate the change that asked), never skipped."""
        self.refreshed.clear()
        self._refreshing = tasks_of(self, self.error_bar.show_error).start(self._refresh(), key="refresh")

    async def _refresh(self) -> None:
        def read() -> list[CardData]:
            return [card_data(self.ctx, i) for i in self.integrations]

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
            waiting += item.status.waiting
            self.cards[item.integration.name].show_status(item.status, item.health)
        self.summary.setText(
            self.tr("%n item(s) wait for a person across all integrations.", "", waiting)
            if waiting
            else self.tr("Nothing waits for a person.")
        )
        warning = backup_warning(backups)
        self.backup_warning.setText(warning)
        self.backup_warning.setVisible(bool(warning))

    def open_first(self, name: str) -> None:
        """A card's Open: the first item of ``name`` that waits for a person (the first Needs
        attention lists), shown where it lives (the visit, the request); the tab when none waits."""
        tasks_of(self, self.error_bar.show_error).start(self._open_first(name), key="open")

    async def _open_first(self, name: str) -> None:
        items = await self.ctx.db.run(self.ctx.attention.items, name, limit=1)
        if not alive(self):
            return
        if not items:
            self.open_requested.emit(name)
            return
        item = items[0]
        navigation.open_item(item.integration, item.kind, item.ref, show=self.open_requested.emit)

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
        card.testing = True
        card.show_test_result(None)

        async def work(_job: object) -> str:
            return await test(self.ctx)

        def done(sentence: str | None) -> None:
            if not alive(card):
                return
            card.test_button.setEnabled(True)
            card.testing = False
            outcome = health.answered(sentence or "")
            card.show_test_result(True, outcome.translated(QtCore.QCoreApplication.translate), outcome.at)
            self._record(name, outcome, test=True)

        def failed(exc: BaseException) -> None:
            if not alive(card):
                return
            card.test_button.setEnabled(True)
            card.testing = False
            text = describe(exc).translated(QtCore.QCoreApplication.translate)
            card.show_test_result(False, text)
            if isinstance(exc, NotConfigured):

                async def store() -> None:
                    await asyncio.to_thread(
                        record_test_result, self.ctx, name, ConnectionState.NOT_CONFIGURED, text
                    )
                    if alive(self):
                        self.refresh()

                tasks_of(self, self.error_bar.show_error).start(store(), key=f"record:{name}")
                return
            self._record(name, health.failed(exc), test=True)

        run_job(
            self.ctx,
            self.tr("Testing {name}").format(name=integration.title),
            work,
            integration=name,
            on_done=done,
            on_error=failed,
        )

    # -- the truth of each card ------------------------------------------------------
    def _record(self, name: str, outcome: health.Outcome, *, test: bool = False) -> None:
        """Store one piece of evidence (in a thread), then redraw the cards."""

        async def store() -> None:
            await asyncio.to_thread(self._store, name, outcome, test)
            if alive(self):
                self.refresh()

        tasks_of(self, self.error_bar.show_error).start(store(), key=f"record:{name}")

    def _store(self, name: str, outcome: health.Outcome, test: bool) -> None:
        if test:  # a test of a set-up integration replaces an older "not configured" result
            self.ctx.db.set_state(test_key(name), "")
        health.record(self.ctx, name, outcome, test=test)

    def check_soon(self, names: list[str] | None = None) -> None:
        """Start the light check (of ``names``, else of every configured integration) unless one runs."""
        if not alive(self):
            return
        group = tasks_of(self, self.error_bar.show_error)
        if group.running("health"):
            return
        self.checked.clear()
        group.start(self.check_now(names), key="health")

    async def check_now(self, names: list[str] | None = None) -> None:
        """Run the connection test of each configured integration once and record what it says."""
        try:
            chosen = [
                i
                for i in self.integrations
                if i.test_connection is not None and (names is None or i.name in names)
            ]
            states = await asyncio.to_thread(
                lambda: {i.name: card_data(self.ctx, i).status.state for i in chosen}
            )
            for integration in chosen:
                if (
                    states[integration.name] is ConnectionState.NOT_CONFIGURED
                    or integration.test_connection is None
                ):
                    continue
                try:
                    await asyncio.wait_for(integration.test_connection(self.ctx), CHECK_TIMEOUT)
                except NotConfigured:
                    continue
                except TimeoutError:
                    outcome = health.failed(
                        ConnectionFailed(
                            f"{integration.title} did not answer in time.", service=integration.title
                        )
                    )
                except Exception as exc:
                    if not health.says_unreachable(exc):
                        log.info("light check of %s: %s", integration.name, type(exc).__name__)
                        continue  # it answered, but refused the check itself: nothing to say about the line
                    outcome = health.failed(exc)
                else:
                    outcome = health.answered()
                await asyncio.to_thread(health.record, self.ctx, integration.name, outcome)
        finally:
            self.checked.set()
        if alive(self):
            self.refresh()

    def job_finished(self, integration: str, error: BaseException | None) -> None:
        """A job of ``integration`` ended: a failure that says the service is down turns its card
        red; a success while it is red asks the service again now (green once it answers)."""
        card = self.cards.get(integration)
        if card is None:
            return
        if error is not None:
            if health.says_unreachable(error):
                self._record(integration, health.failed(error))
        elif card.shown_state is ConnectionState.FAILING:
            self.check_soon([integration])


CHECK_TIMEOUT = 30.0  # seconds a light check waits for an answer


def _watch_jobs(ctx: AppContext, dashboard: Dashboard) -> None:
    """Tell ``dashboard`` how each job of an integration ends (it may be gone by then)."""
    from app.core.jobs import JobState

    ref = weakref.ref(dashboard)
    told: set[int] = set()

    def changed(job: Job[Any]) -> None:
        target = ref()
        if target is None or not alive(target) or not job.integration or not job.finished:
            return
        if job.id in told:
            return
        told.add(job.id)
        if job.state is JobState.FAILED:
            target.job_finished(job.integration, job.error)
        elif job.state is JobState.DONE:
            target.job_finished(job.integration, None)

    ctx.jobs.subscribe(changed)
