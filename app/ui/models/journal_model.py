"""The journal as a table: newest first, more loaded on scroll, read in a worker thread."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.journal import Entry, Narrowing
from app.core.journal_words import CONTEXT, action_words, outcome_words
from app.core.qt import QtCore
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations import title_of
from app.ui.models.table import Column, Page, PagedModel

if TYPE_CHECKING:
    from app.core.journal import Journal


def action_label(action: str) -> str:
    """The journal action in words, translated ("Billing", not "commit")."""
    return action_words(action, QtCore.QCoreApplication.translate)


def integration_title(name: str) -> str:
    """The integration's name as the user knows it ("TOTVS RH", not "totvs_rh"), translated."""
    return QtCore.QCoreApplication.translate("integrations", title_of(name))


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
    return outcome_words(entry.outcome, QtCore.QCoreApplication.translate)


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
