"""Storage: sizes of the database, logs and backups; the last backup and a warning when backups
are overdue; prune now; back up now; restore a backup.

Sizes, the backup status and every action run off the Qt thread. On a shared PostgreSQL database, backups are the
database server's job (pg_dump): the backup and restore buttons are off and say so."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.qt import Qt, QtCore, QtWidgets
from app.core.tr import render
from app.ui.common import alive, error_bar_above, run_job
from app.ui.layouts import dialog_layout
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.ops.backup import BackupStatus

WARNING_STYLE = "color: #c62828; font-weight: bold;"


def local_time(moment: dt.datetime) -> str:
    """A UTC moment in the desk's time zone, in the UI language's short date and time format."""
    when = QtCore.QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QtCore.QTimeZone.utc())
    return QtCore.QLocale().toString(when.toLocalTime(), QtCore.QLocale.FormatType.ShortFormat)


def backup_warning(status: BackupStatus | None, now: dt.datetime | None = None) -> str:
    """The overdue-backup warning in the UI's language (Storage panel, dashboard); "" when none."""
    if status is None or not status.overdue:
        return ""
    translate = QtCore.QCoreApplication.translate
    if status.last_at is None:
        return translate(
            "StorageDialog",
            "No backup has been made yet and the last attempt failed. Back up now in Storage.",
        )
    days = max(1, ((now or dt.datetime.now(dt.UTC)) - status.last_at).days)
    return translate(
        "StorageDialog",
        "No backup for %n day(s), since {when}; one is due every {hours} h. Back up now in Storage.",
        "",
        days,
    ).format(when=local_time(status.last_at), hours=status.interval_hours)


class StorageDialog(QtWidgets.QDialog):
    refreshed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = dialog_layout(self, self.tr("Storage and backups"), (560, 360))
        self.error_bar = error_bar_above(self, layout)
        self.sizes = QtWidgets.QLabel(self.tr("Measuring…"), self)
        self.sizes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sizes)
        self.retention = QtWidgets.QLabel(
            self.tr(
                "Raw data older than %n day(s) is pruned every day; business records are kept.",
                "",
                ctx.settings.ops.raw_retention_days,
            ),
            self,
        )
        self.retention.setWordWrap(True)
        layout.addWidget(self.retention)
        self.last = QtWidgets.QLabel(self)
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        self.warning = QtWidgets.QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)
        buttons = QtWidgets.QHBoxLayout()
        self.backup_button = QtWidgets.QPushButton(self.tr("&Back up now"), self)
        self.prune_button = QtWidgets.QPushButton(self.tr("&Prune old raw data now"), self)
        self.restore_button = QtWidgets.QPushButton(self.tr("&Restore a backup…"), self)
        for button, slot in (
            (self.backup_button, self.backup_now),
            (self.prune_button, self.prune),
            (self.restore_button, self.restore),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        if ctx.db.dialect != "sqlite":
            why = self.tr(
                "This desk uses the clinic's shared PostgreSQL database: its backups are the database "
                "server's job (pg_dump)."
            )
            for button in (self.backup_button, self.restore_button):
                button.setEnabled(False)
                button.setToolTip(why)
            self.last.setText(why)
        layout.addStretch(1)
        close = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._dialog: QtWidgets.QDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        from app.ops.backup import backup_status, latest_backup
        from app.ops.retention import storage

        async def load() -> None:
            sizes = await asyncio.to_thread(storage, self.ctx)
            latest = await asyncio.to_thread(latest_backup, self.ctx.data_dir)
            status = await asyncio.to_thread(backup_status, self.ctx)
            if not alive(self):
                return
            locale = QtCore.QLocale()
            names = {
                "database": self.tr("Database"),
                "database_wal": self.tr("Database journal (WAL)"),
                "database_free": self.tr("Free space inside the database (given back little by little)"),
                "logs": self.tr("Logs"),
                "backups": self.tr("Backups"),
                "exports": self.tr("Exports"),
            }
            self.sizes.setText(
                "<br>".join(
                    self.tr("{name}: <b>{size}</b>").format(
                        name=names.get(k, k), size=locale.formattedDataSize(v)
                    )
                    for k, v in sizes.items()
                )
            )
            if status is not None:
                self.last.setText(self._last_text(status, latest))
                warning = backup_warning(status)
                self.warning.setText(warning)
                self.warning.setVisible(bool(warning))
            self.refreshed.emit()

        tasks_of(self, self.error_bar.show_error).start(load(), key="refresh")

    def _last_text(self, status: BackupStatus, latest: Path | None) -> str:
        if status.last_at is None:
            text = self.tr("No backup yet.")
        elif latest is not None:
            text = self.tr("Last backup: {when} ({name})").format(
                when=local_time(status.last_at), name=latest.name
            )
        else:
            text = self.tr("Last backup: {when}").format(when=local_time(status.last_at))
        if status.interval_hours <= 0:
            text += " " + self.tr("Scheduled backups are off.")
        if status.last_failure and status.last_attempt_at is not None:
            reason = render(
                status.last_failure, status.last_failure_args, "errors", QtCore.QCoreApplication.translate
            )
            text += "\n" + self.tr("The scheduled backup of {when} failed: {reason}").format(
                when=local_time(status.last_attempt_at), reason=reason
            )
        return text

    def _run(self, title: str, fn: Callable[[], Any], done_text: Callable[[Any], str]) -> None:
        async def work(_job: Any) -> Any:
            return await self.ctx.db.run(fn)

        def done(result: Any) -> None:
            if alive(self):
                self.error_bar.show_message(done_text(result), level="info")
                self.refresh()

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.error_bar.show_error(exc)

        run_job(self.ctx, title, work, on_done=done, on_error=failed)

    def backup_now(self) -> None:
        from app.ops.backup import backup

        self._run(
            self.tr("Backing up"),
            lambda: backup(self.ctx),
            lambda path: self.tr("Backup written: {name}").format(name=Path(path).name),
        )

    def prune(self) -> None:
        from app.ops.retention import prune

        self._run(
            self.tr("Pruning"),
            lambda: prune(self.ctx),
            lambda counts: self.tr("Old raw data pruned: %n record(s).", "", sum((counts or {}).values())),
        )

    def restore(self) -> None:
        dialog = QtWidgets.QFileDialog(
            self, self.tr("Restore a backup"), str(self.ctx.data_dir / "backups"), self.tr("Backups (*.db)")
        )
        dialog.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.confirm_restore(Path(path)))
        self._dialog = dialog
        dialog.open()

    def confirm_restore(self, path: Path) -> None:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the current database with {name}? The current one is kept in the backups "
                "folder first. Restart Passerelle afterwards."
            ).format(name=path.name),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: QtWidgets.QAbstractButton) -> None:
            if box.standardButton(button) == QtWidgets.QMessageBox.StandardButton.Yes:
                self.restore_from(path)

        box.buttonClicked.connect(clicked)
        self._dialog = box
        box.open()

    def restore_from(self, path: Path) -> None:
        from app.ops.backup import restore

        self._run(
            self.tr("Restoring"),
            lambda: restore(self.ctx, path),
            lambda kept: self.tr(
                "Database restored from {name}; the previous one is kept as {kept}. Restart Passerelle."
            ).format(name=path.name, kept=Path(kept).name),
        )
