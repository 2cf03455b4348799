"""Storage: sizes of the database, logs and backups; prune now; back up now; restore a backup.

Sizes and every action run off the Qt thread. On a shared PostgreSQL database, backups are the
database server's job (pg_dump): the backup and restore buttons are off and say so."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.qt import Qt, QtCore, QtWidgets
from app.ui.common import ErrorBar, alive, run_job

if TYPE_CHECKING:
    from app.core.context import AppContext


class StorageDialog(QtWidgets.QDialog):
    refreshed = QtCore.Signal()

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Storage and backups"))
        self.resize(560, 360)
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
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
        layout.addWidget(self.last)
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
        from app.ops.backup import latest_backup
        from app.ops.retention import storage

        async def load() -> None:
            sizes = await asyncio.to_thread(storage, self.ctx)
            latest = await asyncio.to_thread(latest_backup, self.ctx.data_dir)
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
                    f"{names.get(k, k)}: <b>{locale.formattedDataSize(v)}</b>" for k, v in sizes.items()
                )
            )
            if self.ctx.db.dialect == "sqlite":
                self.last.setText(
                    self.tr("Last backup: {name}").format(name=latest.name)
                    if latest
                    else self.tr("No backup yet.")
                )
            self.refreshed.emit()

        asyncio.get_event_loop().create_task(load())

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
