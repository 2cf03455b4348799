"""The journal as a table: newest first, more loaded on scroll, read in a worker thread."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6

from app.core.journal import Entry
from app.core.qt import Qt, QtCore
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.journal import Journal

log = logging.getLogger("passerelle.ui.journal")

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
    label = ACTION_LABELS.get(action)
    return QtCore.QCoreApplication.translate("JournalModel", label) if label else action.replace("_", " ")


def integration_title(name: str) -> str:
    """The integration's name as the user knows it ("TOTVS RH", not "totvs_rh"), translated."""
    if not _titles:
        from app.integrations import available

        _titles.update({i.name: i.title for i in available()})
        _titles["ops"] = QT_TRANSLATE_NOOP("integrations", "Operations")
    return QtCore.QCoreApplication.translate("integrations", _titles.get(name, name))


COLUMNS = (
    QT_TRANSLATE_NOOP("JournalModel", "When"),
    QT_TRANSLATE_NOOP("JournalModel", "Integration"),
    QT_TRANSLATE_NOOP("JournalModel", "Action"),
    QT_TRANSLATE_NOOP("JournalModel", "Outcome"),
    QT_TRANSLATE_NOOP("JournalModel", "Summary"),
    QT_TRANSLATE_NOOP("JournalModel", "Who"),
    QT_TRANSLATE_NOOP("JournalModel", "Desk"),
)
_OUTCOME_COLOURS = {"error": "#c62828", "partial": "#ef6c00", "ok": "#2e7d32"}


@dataclass(frozen=True)
class JournalQuery:
    text: str = ""
    integration: str | None = None
    outcome: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


class JournalModel(QtCore.QAbstractTableModel):
    loaded = QtCore.Signal()

    def __init__(self, journal: Journal, *, batch: int = 200, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.batch = batch
        self.query = JournalQuery()
        self._rows: list[Entry] = []
        self._exhausted = False
        self._task: asyncio.Task[None] | None = None
        self._generation = 0

    def rowCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QtCore.QCoreApplication.translate("JournalModel", COLUMNS[section])
        return None

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                local = QtCore.QDateTime.fromSecsSinceEpoch(int(entry.ts.timestamp()))
                return QtCore.QLocale().toString(local, QtCore.QLocale.FormatType.ShortFormat)
            return (
                None,
                integration_title(entry.integration),
                action_label(entry.action),
                QtCore.QCoreApplication.translate(
                    "JournalModel", OUTCOME_LABELS.get(entry.outcome, entry.outcome)
                ),
                entry.sentence(QtCore.QCoreApplication.translate),
                entry.who,
                entry.desk,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            keys = ", ".join(entry.keys)
            summary = entry.sentence(QtCore.QCoreApplication.translate)
            return f"{summary}\n{keys}" if keys else summary
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and entry.outcome in _OUTCOME_COLOURS:
            from app.core.qt import QtGui

            return QtGui.QColor(_OUTCOME_COLOURS[entry.outcome])
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    def canFetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> bool:
        return not parent.isValid() and not self._exhausted and (self._task is None or self._task.done())

    def fetchMore(
        self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()
    ) -> None:
        if self.canFetchMore(parent):
            self._task = asyncio.get_event_loop().create_task(self._load(self._generation))

    def set_query(self, query: JournalQuery) -> None:
        self.query = query
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        # Start the load before the reset, so a view reacting to the reset does not start a second one.
        self._task = asyncio.get_event_loop().create_task(self._load(self._generation))
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()

    async def wait_idle(self) -> None:
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def _load(self, generation: int) -> None:
        q = self.query
        before = self._rows[-1].id if self._rows else None
        try:
            rows = await asyncio.to_thread(
                self.journal.search,
                q.text,
                integration=q.integration,
                outcome=q.outcome,
                since=q.since,
                until=q.until,
                limit=self.batch,
                before_id=before,
            )
        except Exception:
            log.exception("journal load failed")
            return
        if generation != self._generation or not shiboken6.isValid(self):
            return
        if rows:
            self.beginInsertRows(QtCore.QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < self.batch
        self.loaded.emit()
