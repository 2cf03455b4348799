""" "Use a shared clinic database": test a PostgreSQL address, prepare its schema, optionally copy
this desk's data into it once (with a preview, refusing to merge two clinics), then switch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from app.core.qt import QtCore, QtWidgets
from app.ui.common import ErrorBar, run_job

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.core.db import Database


def target_url(url: str, password: str) -> str:
    parsed = make_url(url.strip())
    if not parsed.drivername.startswith("postgresql"):
        raise ValueError(
            "The address must start with postgresql+psycopg:// (e.g. postgresql+psycopg://passerelle@server/clinique)."
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


class SharedDatabaseDialog(QtWidgets.QDialog):
    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Use a shared clinic database"))
        self.resize(620, 420)
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Several desks of one clinic share one PostgreSQL database, so that a Vétélevage batch is imported "
                "once and every desk sees the same visits. Never put the SQLite file on a network share."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_bar = ErrorBar(self)
        layout.addWidget(self.error_bar)
        form = QtWidgets.QFormLayout()
        self.url = QtWidgets.QLineEdit(
            ctx.settings.database.url or "postgresql+psycopg://passerelle@serveur/clinique", self
        )
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
        buttons = QtWidgets.QHBoxLayout()
        self.test_button = QtWidgets.QPushButton(self.tr("Test and preview"), self)
        self.apply_button = QtWidgets.QPushButton(self.tr("Use this database"), self)
        self.apply_button.setEnabled(False)
        close = QtWidgets.QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.test_button.clicked.connect(self.test)
        self.apply_button.clicked.connect(self.apply)
        close.clicked.connect(self.reject)

    def _target(self) -> Database:
        from app.core.db import Database

        return Database(target_url(self.url.text(), self.password.text()))

    def test(self) -> None:
        from app.ops.dbcopy import preview

        self.apply_button.setEnabled(False)

        def work_sync() -> Any:
            target = self._target()
            try:
                with target.engine.connect() as conn:
                    version = conn.exec_driver_sql("SHOW server_version").scalar()
                return version, preview(self.ctx.db, target)
            finally:
                target.dispose()

        async def work(_job: Any) -> Any:
            return await self.ctx.db.run(work_sync)

        def done(result: Any) -> None:
            version, p = result
            lines = [
                self.tr("Connected to PostgreSQL {v}; the schema is ready.").format(v=version),
                self.tr("This desk: {n} rows; shared database: {m} rows.").format(
                    n=p.total, m=sum(v for k, v in p.target_counts.items() if k != "state")
                ),
            ]
            if p.target_has_data:
                same = p.target_clinic == p.source_clinic
                lines.append(
                    self.tr("The shared database already holds data ({who}): nothing will be copied.").format(
                        who=self.tr("this clinic's") if same else self.tr("another clinic's")
                    )
                )
                self.copy.setChecked(False)
                self.copy.setEnabled(False)
            else:
                self.copy.setEnabled(True)
            self.preview.setText("<br>".join(lines))
            self.apply_button.setEnabled(True)

        run_job(
            self.ctx,
            self.tr("Testing the shared database"),
            work,
            integration="database",
            on_done=done,
            on_error=lambda exc: self.error_bar.show_error(exc, "database"),
        )

    def apply(self) -> None:
        from app.ops.dbcopy import copy

        do_copy = self.copy.isChecked() and self.copy.isEnabled()

        def work_sync() -> int:
            target = self._target()
            try:
                return copy(self.ctx.db, target).total if do_copy else 0
            finally:
                target.dispose()

        async def work(_job: Any) -> int:
            return await self.ctx.db.run(work_sync)

        def done(_copied: int | None) -> None:
            url = make_url(target_url(self.url.text(), ""))
            self.ctx.settings.database.url = url.render_as_string(hide_password=True).replace("***@", "@")
            if self.password.text():
                self.ctx.secrets.set("database", "password", self.password.text())
            self.ctx.save_settings()
            self.ctx.journal.record(
                "database", "connection_changed", "info", "shared clinic database configured"
            )
            self.error_bar.show_message(
                self.tr("Done. Restart Passerelle to work on the shared database."), level="info"
            )

        run_job(
            self.ctx,
            self.tr("Preparing the shared database"),
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
