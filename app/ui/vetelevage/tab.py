"""The Vétélevage tab: the import and dictionary buttons, the status line, and the six panels,
kept current by the database's change notices (from this desk or another)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.jobs import JobContext
from app.core.qt import QtCore, QtGui, QtWidgets
from app.integrations.vetelevage import connection, dictionary, evaluation, importing, views
from app.ui.layouts import toolbar
from app.ui.vetelevage.acts_panel import ActsPanel
from app.ui.vetelevage.catalogue_panel import CataloguePanel
from app.ui.vetelevage.export_panel import ExportPanel
from app.ui.vetelevage.mappings_panel import MappingsPanel
from app.ui.vetelevage.unmapped_panel import UnmappedPanel
from app.ui.vetelevage.visits_panel import VisitsPanel
from app.ui.vetelevage.widgets import Panel

if TYPE_CHECKING:
    from app.core.context import AppContext

TOPICS = ("vetelevage.visits", "vetelevage.mappings", "vetelevage.acts")


class VetelevageTab(Panel):
    """Import visits, review and commit them, map products, keep acts and catalogue, export."""

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_button = QtWidgets.QPushButton(self.tr("Import visits now"), self)
        self.import_button.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.dictionary_button = QtWidgets.QPushButton(self.tr("Refresh product dictionary"), self)
        self.link_button = QtWidgets.QPushButton(self.tr("Open my Vétélevage account"), self)
        # SaaS mode: the account whose Vétélevage page the link opens (filled when first needed).
        self.link_account = QtWidgets.QComboBox(self)
        self.link_account.setToolTip(self.tr("The Vétélevage account to open"))
        self.link_account.setVisible(ctx.settings.vetelevage.mode == "saas")
        self.status = QtWidgets.QLabel(self)
        self.box.addLayout(
            toolbar(
                [self.import_button, self.dictionary_button, self.link_account, self.link_button],
                [self.status],
            )
        )
        self.box.addWidget(self.error_bar)
        self.tabs = QtWidgets.QTabWidget(self)
        self.visits = VisitsPanel(ctx, self)
        self.unmapped = UnmappedPanel(ctx, self)
        self.mappings = MappingsPanel(ctx, self)
        self.catalogue = CataloguePanel(ctx, self)
        self.acts = ActsPanel(ctx, self)
        self.exports = ExportPanel(ctx, self)
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.unmapped, self.tr("Products to map"))
        self.tabs.addTab(self.mappings, self.tr("Mappings"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.acts, self.tr("Acts"))
        self.tabs.addTab(self.exports, self.tr("Export and reconciliation"))
        self.box.addWidget(self.tabs, 1)
        for panel in (self.visits, self.unmapped, self.mappings, self.catalogue, self.acts):
            panel.changed.connect(self.refresh)
        self.import_button.clicked.connect(self.import_now)
        self.visits.import_requested.connect(self.import_now)
        self.dictionary_button.clicked.connect(self.refresh_dictionary)
        self.link_button.clicked.connect(self.open_account)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self._live = QtCore.QTimer(self, singleShot=True, interval=300)
        self._live.timeout.connect(self.refresh)
        self._bridge = _ChangeBridge(self)
        self._bridge.changed.connect(self._live.start)
        notify = self._bridge.notify
        for topic in TOPICS:
            ctx.changes.subscribe(topic, notify)
        changes = ctx.changes

        def unsubscribe(*_args: object) -> None:
            for topic in TOPICS:
                changes.unsubscribe(topic, notify)

        self.destroyed.connect(unsubscribe)
        QtCore.QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Read the status line again, then the visit list and the panel on show."""
        self.link_account.setVisible(self.ctx.settings.vetelevage.mode == "saas")
        self.reader.load("summary", views.tab_summary, self.ctx, then=self._show_summary)
        self.visits.refresh()
        self._refresh_current()

    def _show_summary(self, summary: views.TabSummary) -> None:
        counts = summary.counts
        unmapped = counts.get(evaluation.NEEDS_MAPPING, 0)
        self.tabs.setTabText(
            1, self.tr("Products to map") + (f" ({summary.unmapped_products})" if unmapped else "")
        )
        parts = [
            self.tr("{n} to review").format(n=counts.get(evaluation.NEW, 0)),
            self.tr("{n} need a mapping").format(n=unmapped),
            self.tr("{n} ready").format(n=counts.get(evaluation.READY, 0)),
        ]
        if summary.held:
            parts.append(self.tr("{n} unreadable, held").format(n=summary.held))
        self.status.setText(" · ".join(parts))

    def _refresh_current(self) -> None:
        panel = self.tabs.currentWidget()
        if panel is not self.visits and isinstance(panel, Panel):
            panel.refresh()

    async def wait_loaded(self) -> None:
        """Until the status line and every panel show what their last reads returned."""
        for panel in (
            self,
            self.visits,
            self.unmapped,
            self.mappings,
            self.catalogue,
            self.acts,
            self.exports,
        ):
            await panel.reader.wait()

    def import_now(self) -> None:
        """Fetch and store the waiting batch of every account, then say what came in."""

        async def work(job: JobContext) -> list[importing.ImportResult]:
            job.progress(0, None, self.tr("fetching the batch"))
            return await importing.import_visits(self.ctx)

        def done(results: list[importing.ImportResult] | None) -> None:
            lines = [
                self.tr("{compte}: {new} new visit(s), {known} already known{held}.").format(
                    compte=r.compte,
                    new=r.new,
                    known=r.already_known,
                    held=self.tr(", {n} held for review").format(n=r.held) if r.held else "",
                )
                for r in results or []
            ]
            self.error_bar.show_message(" ".join(lines) or self.tr("Nothing to import."), level="info")
            self.refresh()

        self.job(
            self.tr("Importing Vétélevage visits"), work, done, retry=self.import_now, busy=self.import_button
        )

    def refresh_dictionary(self) -> None:
        """Download the SNGTV product dictionary and reference tables again."""

        async def work(_job: JobContext) -> dict[str, int]:
            return await dictionary.sync_dictionary(self.ctx)

        self.job(
            self.tr("Refreshing the product dictionary"),
            work,
            lambda counts: self.error_bar.show_message(
                self.tr("Dictionary up to date ({n} products changed).").format(
                    n=(counts or {}).get("produits", 0)
                ),
                level="info",
            ),
        )

    @staticmethod
    def _open_url(url: str | None) -> None:
        if url:  # the SSO link is opened at once and never kept
            QtGui.QDesktopServices.openUrl(QtCore.QUrl(url))

    def open_account(self) -> None:
        """Open the user's Vétélevage account in the browser through a one-time link (SaaS: the
        account chosen beside the button; the linked accounts are listed the first time)."""
        saas = self.ctx.settings.vetelevage.mode == "saas"
        if saas and self.link_account.count() == 0:
            self.job(self.tr("Listing the Vétélevage accounts"), self._list_accounts, self._show_accounts)
            return
        compte = self.link_account.currentData() if saas else None

        async def work(_job: JobContext) -> str:
            return await connection.direct_link(self.ctx, compte)

        self.job(self.tr("Opening Vétélevage"), work, self._open_url)

    async def _list_accounts(self, _job: JobContext) -> list[tuple[str, str]]:
        return await connection.link_accounts(self.ctx)

    def _show_accounts(self, accounts: list[tuple[str, str]] | None) -> None:
        self.link_account.clear()
        for compte, name in accounts or []:
            self.link_account.addItem(f"{name} ({compte})" if name else compte, compte)
        self.link_account.setVisible(True)
        if self.link_account.count() == 1:
            self.open_account()
        elif self.link_account.count() > 1:
            self.error_bar.show_message(
                self.tr("Choose the account in the list beside the button, then open it."), level="info"
            )
        else:
            self.error_bar.show_message(self.tr("No active Vétélevage account is linked."), level="info")


class _ChangeBridge(QtCore.QObject):
    """Change notices may arrive on the listener thread: hop to the GUI thread with a signal."""

    changed = QtCore.Signal()

    def notify(self, _topic: str, _key: str, _desk: str) -> None:
        self.changed.emit()
