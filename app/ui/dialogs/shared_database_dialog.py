""" "Use a shared clinic database": test a PostgreSQL address, prepare its schema, optionally copy
this desk's data into it once (with a preview, refusing to merge two clinics), then switch."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.qt import QtCore, QtWidgets
from app.ops import shared_database
from app.ui.common import error_bar_above, run_job
from app.ui.layouts import dialog_layout, toolbar
from app.ui.store_later import store_later

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.jobs import Job

T = TypeVar("T")


class SharedDatabaseDialog(QtWidgets.QDialog):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = dialog_layout(self, self.tr("Use a shared clinic database"), (620, 420))
        intro = QtWidgets.QLabel(
            self.tr(
                "Several desks of one clinic share one PostgreSQL database, so that a Vétélevage batch is imported "
                "once and every desk sees the same visits. Never put the SQLite file on a network share."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_bar = error_bar_above(self, layout)
        form = QtWidgets.QFormLayout()
        self.url = QtWidgets.QLineEdit(ctx.settings.database.url, self)
        # An example to follow, never a value to test by mistake.
        self.url.setPlaceholderText(self.tr("e.g. postgresql+psycopg://passerelle@server/clinic"))
        self.password = QtWidgets.QLineEdit(self)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring"))
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.preview = QtWidgets.QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview, 1)
        self.copy = QtWidgets.QCheckBox(self.tr("Copy this desk's data into it (once)"), self)
        layout.addWidget(self.copy)
        self.test_button = QtWidgets.QPushButton(self.tr("Test and preview"), self)
        self.apply_button = QtWidgets.QPushButton(self.tr("Use this database"), self)
        self.apply_button.setEnabled(False)
        close = QtWidgets.QPushButton(self.tr("Close"), self)
        layout.addLayout(toolbar([self.test_button], [self.apply_button, close]))
        self.test_button.clicked.connect(self.test)
        self.apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.reject)

    def test(self) -> Job[shared_database.Probe]:
        """Test the address and preview the copy (a job; the preview fills in when it is done)."""
        self.apply_button.setEnabled(False)
        url, password = self.url.text(), self.password.text()

        async def work(_job: Any) -> shared_database.Probe:
            return await self.ctx.db.run(shared_database.probe, self.ctx.db, url, password)

        def done(probe: shared_database.Probe | None) -> None:
            if probe is None:
                return
            p = probe.preview
            lines = [
                self.tr("Connected to PostgreSQL {v}; the schema is ready.").format(v=probe.server_version),
                self.tr("This desk: {n} rows; shared database: {m} rows.").format(
                    n=p.total, m=probe.shared_rows
                ),
            ]
            if p.target_has_data:
                lines.append(
                    self.tr("The shared database already holds data ({who}): nothing will be copied.").format(
                        who=self.tr("this clinic's") if probe.same_clinic else self.tr("another clinic's")
                    )
                )
                self.copy.setChecked(False)
                self.copy.setEnabled(False)
            else:
                self.copy.setEnabled(True)
            self.preview.setText("<br>".join(lines))
            self.apply_button.setEnabled(True)

        return self._run(self.tr("Testing the shared database"), work, done)

    def apply(self) -> Job[int]:
        """Prepare the shared database (copying once if asked) and save the address (a job)."""
        do_copy = self.copy.isChecked() and self.copy.isEnabled()
        url, password = self.url.text(), self.password.text()

        async def work(_job: Any) -> int:
            return await self.ctx.db.run(
                shared_database.prepare, self.ctx.db, url, password, copy_data=do_copy
            )

        def done(_copied: int | None) -> None:
            self.ctx.settings.database.url = shared_database.saved_url(url)
            if password:
                self.ctx.secrets.set("database", "password", password)
            self.ctx.save_settings()
            journal = self.ctx.journal
            store_later(
                self,
                self.ctx,
                lambda: journal.record(
                    "database", "connection_changed", "info", "shared clinic database configured"
                ),
            )
            self.error_bar.show_message(
                self.tr("Done. Restart Passerelle to work on the shared database."), level="info"
            )

        return self._run(self.tr("Preparing the shared database"), work, done)

    def _run(
        self, title: str, work: Callable[[Any], Awaitable[T]], done: Callable[[T | None], None]
    ) -> Job[T]:
        """One step of the dialog as a job; a failure shows in the dialog's error bar."""
        return run_job(
            self.ctx,
            title,
            work,
            integration="database",
            on_done=done,
            on_error=lambda exc: self.error_bar.show_error(exc, "database"),
        )


def page_button(ctx: AppContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    button = QtWidgets.QPushButton(
        QtCore.QCoreApplication.translate("SharedDatabaseDialog", "Use a shared clinic database…"), parent
    )

    def open_dialog() -> None:
        dialog = SharedDatabaseDialog(ctx, parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    button.clicked.connect(open_dialog)
    return button
