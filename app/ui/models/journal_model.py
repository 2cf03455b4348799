"""The journal as a table: newest first, more loaded on scroll, read in a worker thread."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.journal import Entry, Narrowing
from app.core.qt import QtCore
from app.core.tr import QT_TRANSLATE_NOOP
from app.ui.models.table import Column, Page, PagedModel

if TYPE_CHECKING:
    from app.core.journal import Journal

OUTCOME_LABELS = {
    "ok": QT_TRANSLATE_NOOP("JournalModel", "Succeeded"),
    "partial": QT_TRANSLATE_NOOP("JournalModel", "Partly"),
    "error": QT_TRANSLATE_NOOP("JournalModel", "Failed"),
    "info": QT_TRANSLATE_NOOP("JournalModel", "Information"),
}
ACTION_LABELS = {
    "import": QT_TRANSLATE_NOOP("JournalModel", "Import"),
    "acknowledge": QT_TRANSLATE_NOOP("JournalModel", "Acknowledgement"),
    "push_acts": QT_TRANSLATE_NOOP("JournalModel", "Acts sent"),
    "mapping": QT_TRANSLATE_NOOP("JournalModel", "Mapping"),
    "mapping_import": QT_TRANSLATE_NOOP("JournalModel", "Mappings imported"),
    "catalogue_import": QT_TRANSLATE_NOOP("JournalModel", "Catalogue imported"),
    "dictionary_sync": QT_TRANSLATE_NOOP("JournalModel", "Dictionary update"),
    "commit": QT_TRANSLATE_NOOP("JournalModel", "Billing"),
    "correction": QT_TRANSLATE_NOOP("JournalModel", "Correction"),
    "set_aside": QT_TRANSLATE_NOOP("JournalModel", "Set aside"),
    "export": QT_TRANSLATE_NOOP("JournalModel", "Export"),
    "connect": QT_TRANSLATE_NOOP("JournalModel", "Connection"),
    "disconnect": QT_TRANSLATE_NOOP("JournalModel", "Disconnection"),
    "connection_changed": QT_TRANSLATE_NOOP("JournalModel", "Settings changed"),
    "secret_changed": QT_TRANSLATE_NOOP("JournalModel", "Secret changed"),
    "registration": QT_TRANSLATE_NOOP("JournalModel", "Registration"),
    "pull": QT_TRANSLATE_NOOP("JournalModel", "Download"),
    "webhooks": QT_TRANSLATE_NOOP("JournalModel", "Notifications"),
    "catch_up": QT_TRANSLATE_NOOP("JournalModel", "Catch-up"),
    "load": QT_TRANSLATE_NOOP("JournalModel", "Load"),
    "prescription": QT_TRANSLATE_NOOP("JournalModel", "Prescription"),
    "prefill_url": QT_TRANSLATE_NOOP("JournalModel", "Prefilled request"),
    "draft_created": QT_TRANSLATE_NOOP("JournalModel", "Draft created"),
    "draft_opened": QT_TRANSLATE_NOOP("JournalModel", "Draft opened"),
    "draft_replaced": QT_TRANSLATE_NOOP("JournalModel", "Draft replaced"),
    "files_uploaded": QT_TRANSLATE_NOOP("JournalModel", "Files sent"),
    "purge": QT_TRANSLATE_NOOP("JournalModel", "Purge"),
    "backup": QT_TRANSLATE_NOOP("JournalModel", "Backup"),
    "restore": QT_TRANSLATE_NOOP("JournalModel", "Restore"),
    "prune": QT_TRANSLATE_NOOP("JournalModel", "Pruning"),
    "support_report": QT_TRANSLATE_NOOP("JournalModel", "Support report"),
    "retry": QT_TRANSLATE_NOOP("JournalModel", "Retry"),
    "handled": QT_TRANSLATE_NOOP("JournalModel", "Handled"),
}
_titles: dict[str, str] = {}


def action_label(action: str) -> str:
    """The journal action in words, translated ("Billing", not "commit")."""
    label = ACTION_LABELS.get(action)
    return QtCore.QCoreApplication.translate("JournalModel", label) if label else action.replace("_", " ")


def integration_title(name: str) -> str:
    """The integration's name as the user knows it ("TOTVS RH", not "totvs_rh"), translated."""
    if not _titles:
        from app.integrations import available

        _titles.update({i.name: i.title for i in available()})
        _titles["ops"] = QT_TRANSLATE_NOOP("integrations", "Operations")
    return QtCore.QCoreApplication.translate("integrations", _titles.get(name, name))


CONTEXT = "JournalModel"
_OUTCOME_COLOURS = {"error": "#c62828", "partial": "#ef6c00", "ok": "#2e7d32"}


def _when(entry: Entry) -> str:
    local = QtCore.QDateTime.fromSecsSinceEpoch(int(entry.ts.timestamp()))
    return QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)


def _summary(entry: Entry) -> str:
    return entry.sentence(QtCore.QCoreApplication.translate)


def _summary_tip(entry: Entry) -> str:
    keys = ", ".join(entry.keys)
    return f"{_summary(entry)}\n{keys}" if keys else _summary(entry)


def _outcome(entry: Entry) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, OUTCOME_LABELS.get(entry.outcome, entry.outcome))


COLUMNS: list[Column[Entry]] = [
    Column(QT_TRANSLATE_NOOP("JournalModel", "When"), _when, context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("JournalModel", "Integration"),
        lambda e: integration_title(e.integration),
        context=CONTEXT,
    ),
    Column(QT_TRANSLATE_NOOP("JournalModel", "Action"), lambda e: action_label(e.action), context=CONTEXT),
    Column(
        QT_TRANSLATE_NOOP("JournalModel", "Outcome"),
        _outcome,
        colour=lambda e: _OUTCOME_COLOURS.get(e.outcome),
        context=CONTEXT,
    ),
    Column(QT_TRANSLATE_NOOP("JournalModel", "Summary"), _summary, tooltip=_summary_tip, context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("JournalModel", "Who"), key="who", context=CONTEXT),
    Column(QT_TRANSLATE_NOOP("JournalModel", "Desk"), key="desk", context=CONTEXT),
]


@dataclass(frozen=True)
class JournalQuery:
    """What the Activity view asks the journal for."""

    text: str = ""
    integration: str | None = None
    outcome: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def narrowing(self) -> Narrowing:
        """What :meth:`Journal.search` and :meth:`Journal.count` narrow to, besides the text."""
        return Narrowing(
            integration=self.integration, outcome=self.outcome, since=self.since, until=self.until
        )


class JournalModel(PagedModel[Entry]):
    """The journal entries of a query, ``batch`` at a time (keyset pages on the entry id)."""

    def __init__(self, journal: Journal, *, batch: int = 200, parent: QtCore.QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.journal = journal
        self.batch = batch
        self.query = JournalQuery()

    def set_query(self, query: JournalQuery) -> None:
        """Show the entries of ``query``, newest first."""
        self.query = query
        self.set_source(self._page, None)

    async def _page(self, before: Any) -> Page[Entry]:
        q = self.query
        rows = await asyncio.to_thread(
            self.journal.search, q.text, limit=self.batch, before_id=before, **q.narrowing()
        )
        total = None
        if before is None:  # the first page: how many the query has, for "first N of M"
            total = (
                len(rows)
                if len(rows) < self.batch
                else await asyncio.to_thread(self.journal.count, q.text, **q.narrowing())
            )
        return Page(rows, rows[-1].id if len(rows) >= self.batch else None, total)
