"""The Omnidoc tab: a teleexpertise request form that checks itself as you type, two ways to
send it (prefilled URL, or API draft with attachments), and the history of requests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from app.core.qt import QtCore, QtGui, QtWidgets
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.omnidoc import service
from app.integrations.omnidoc.models import URL_FIELDS, OmnidocForm
from app.integrations.omnidoc.validation import errors as form_errors
from app.integrations.omnidoc.validation import warnings as form_warnings
from app.ops import omnidoc_prefill as prefill
from app.ui import navigation
from app.ui.common import alive, error_bar_above, remember_header, run_job
from app.ui.empty_state import EmptyState, empty_state
from app.ui.layouts import MessageLine, add_widgets, kept_room
from app.ui.models.table import Column, TableModel
from app.ui.tasks import tasks_of

if TYPE_CHECKING:
    from app.core.context import AppContext

T = TypeVar("T")

# A request's state in words (the history's State column).
STATE_LABELS = {
    service.NEW: QT_TRANSLATE_NOOP("OmnidocTab", "Being prepared"),
    service.CREATED: QT_TRANSLATE_NOOP("OmnidocTab", "Draft created, files to send"),
    service.UPLOADED: QT_TRANSLATE_NOOP("OmnidocTab", "Ready to open"),
    service.OPENED: QT_TRANSLATE_NOOP("OmnidocTab", "Opened in Omnidoc"),
    service.FAILED: QT_TRANSLATE_NOOP("OmnidocTab", "Not sent"),
    service.URL_OPENED: QT_TRANSLATE_NOOP("OmnidocTab", "Opened as a prefilled link"),
    service.RESTART: QT_TRANSLATE_NOOP("OmnidocTab", "To send again on a new draft"),
}


def state_label(state: str) -> str:
    """A request state in the UI's language."""
    source = STATE_LABELS.get(state)
    return QtCore.QCoreApplication.translate("OmnidocTab", source) if source else state


# The attention items about one request ("Open" selects it in the history).
REQUEST_KINDS = ("draft_ready", "uploads_missing")


def human_size(size: int) -> str:
    return QtCore.QLocale().formattedDataSize(size)


class AttachmentList(QtWidgets.QTableView):
    """Files dropped onto the form: name, size, type, upload progress."""

    files_dropped = QtCore.Signal(list)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QtWidgets.QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


class OmnidocTab(QtWidgets.QWidget):
    LABELS: ClassVar[dict[str, str]] = {
        "patient_first_name": QT_TRANSLATE_NOOP("OmnidocTab", "First name"),
        "patient_last_name": QT_TRANSLATE_NOOP("OmnidocTab", "Last name"),
        "patient_birth_name": QT_TRANSLATE_NOOP("OmnidocTab", "Birth name"),
        "patient_birth_date": QT_TRANSLATE_NOOP("OmnidocTab", "Birth date (DD/MM/YYYY)"),
        "patient_gender": QT_TRANSLATE_NOOP("OmnidocTab", "Gender"),
        "patient_birth_place": QT_TRANSLATE_NOOP("OmnidocTab", "Birth place (INSEE code)"),
        "patient_birth_order": QT_TRANSLATE_NOOP("OmnidocTab", "Birth order"),
        "patient_nir": QT_TRANSLATE_NOOP("OmnidocTab", "NIR of the insured"),
        "patient_nir_cert": QT_TRANSLATE_NOOP("OmnidocTab", "NIR of the patient"),
        "patient_regime": QT_TRANSLATE_NOOP("OmnidocTab", "Regime (2 digits)"),
        "patient_caisse": QT_TRANSLATE_NOOP("OmnidocTab", "Caisse (3 digits)"),
        "patient_centre": QT_TRANSLATE_NOOP("OmnidocTab", "Centre (4 digits)"),
        "patient_gestion": QT_TRANSLATE_NOOP("OmnidocTab", "Gestion (2 digits)"),
        "patient_address": QT_TRANSLATE_NOOP("OmnidocTab", "Address"),
        "patient_phone": QT_TRANSLATE_NOOP("OmnidocTab", "Phone"),
        "patient_email": QT_TRANSLATE_NOOP("OmnidocTab", "E-mail"),
        "recipient_rpps": QT_TRANSLATE_NOOP("OmnidocTab", "Recipient's RPPS"),
        "text": QT_TRANSLATE_NOOP("OmnidocTab", "Request"),
    }
    GROUPS = (
        (
            QT_TRANSLATE_NOOP("OmnidocTab", "Patient"),
            (
                "patient_first_name",
                "patient_last_name",
                "patient_birth_name",
                "patient_birth_date",
                "patient_gender",
                "patient_birth_place",
                "patient_birth_order",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("OmnidocTab", "Insurance"),
            (
                "patient_nir",
                "patient_nir_cert",
                "patient_regime",
                "patient_caisse",
                "patient_centre",
                "patient_gestion",
            ),
        ),
        (QT_TRANSLATE_NOOP("OmnidocTab", "Contact"), ("patient_address", "patient_phone", "patient_email")),
        (QT_TRANSLATE_NOOP("OmnidocTab", "Request"), ("recipient_rpps", "text")),
    )

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAcceptDrops(True)
        outer = QtWidgets.QVBoxLayout(self)
        self.error_bar = error_bar_above(self, outer)
        self.tabs = QtWidgets.QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        form_page = QtWidgets.QWidget(self)
        self.tabs.addTab(form_page, self.tr("New request"))
        form_outer = QtWidgets.QVBoxLayout(form_page)
        prefill = QtWidgets.QHBoxLayout()
        self.provet_kind = QtWidgets.QComboBox(form_page)
        self.provet_kind.addItem(self.tr("Provet client no."), "client")
        self.provet_kind.addItem(self.tr("Provet patient no."), "patient")
        self.provet_id = QtWidgets.QLineEdit(form_page)
        self.provet_id.setValidator(QtGui.QIntValidator(1, 2_000_000_000, self.provet_id))
        self.provet_id.setPlaceholderText(self.tr("e.g. 1042"))
        self.provet_id.setMaximumWidth(140)
        self.provet_button = QtWidgets.QPushButton(self.tr("Fill from Provet"), form_page)
        self.provet_button.setToolTip(
            self.tr("Copy the names, e-mail, phone and address of this Provet Cloud client (or owner).")
        )
        self.provet_id.returnPressed.connect(self.prefill_from_provet)
        self.provet_button.clicked.connect(self.prefill_from_provet)
        add_widgets(prefill, self.provet_kind, self.provet_id, self.provet_button)
        prefill.addStretch(1)
        form_outer.addLayout(prefill)
        page = QtWidgets.QHBoxLayout()
        form_outer.addLayout(page, 1)
        scroll = QtWidgets.QScrollArea(form_page)
        scroll.setWidgetResizable(True)
        fields_widget = QtWidgets.QWidget(scroll)
        columns = QtWidgets.QGridLayout(fields_widget)
        self.inputs: dict[str, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit | QtWidgets.QComboBox] = {}
        self.messages: dict[str, QtWidgets.QLabel] = {}
        for i, (title, names) in enumerate(self.GROUPS):
            box = QtWidgets.QGroupBox(QtCore.QCoreApplication.translate("OmnidocTab", title), fields_widget)
            form = QtWidgets.QFormLayout(box)
            form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop)
            for name in names:
                widget = self._make_input(name, box)
                # Under the field, the row's whole width; its line is kept, shown or not: a message
                # never moves the form under the cursor (plain text: Omnidoc's own words).
                message = MessageLine(box)
                message.setStyleSheet("color: #c62828; font-size: 11px;")
                message.hide()
                label = QtWidgets.QLabel(
                    QtCore.QCoreApplication.translate("OmnidocTab", self.LABELS[name]), box
                )
                label.setBuddy(widget)
                form.addRow(label, widget)
                form.addRow(kept_room(message, box))
                self.inputs[name] = widget
                self.messages[name] = message
            columns.addWidget(box, i // 2, i % 2)
        columns.setRowStretch(len(self.GROUPS) // 2 + 1, 1)  # groups keep their natural height
        scroll.setWidget(fields_widget)
        page.addWidget(scroll, 3)
        side = QtWidgets.QVBoxLayout()
        self.author = QtWidgets.QLabel(form_page)
        side.addWidget(self.author)
        side.addWidget(QtWidgets.QLabel(self.tr("<b>Attachments</b> — drop files here"), form_page))
        self.files_model: TableModel[dict[str, Any]] = TableModel(
            [
                Column(self.tr("File"), key="name"),
                Column(self.tr("Size"), key="size", format=human_size, align_right=True),
                Column(self.tr("Type"), key="mime"),
                Column(self.tr("Upload"), key="status"),
            ],
            self,
        )
        self.files_view = AttachmentList(form_page)
        self.files_view.setModel(self.files_model)
        self.files_view.verticalHeader().hide()
        self.files_view.horizontalHeader().setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.files_view.files_dropped.connect(self.add_files)
        empty_state(
            self.files_view,
            self.tr("No file yet: drop files here, or add them."),
            self.tr("Add files…"),
            self._choose_files,
        )
        side.addWidget(self.files_view, 1)
        file_buttons = QtWidgets.QHBoxLayout()
        add = QtWidgets.QPushButton(self.tr("Add files…"), form_page)
        remove = QtWidgets.QPushButton(self.tr("Remove"), form_page)
        add.clicked.connect(self._choose_files)
        remove.clicked.connect(self._remove_file)
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        side.addLayout(file_buttons)
        self.progress = QtWidgets.QProgressBar(form_page)
        self.progress.hide()
        side.addWidget(self.progress)
        self.url_button = QtWidgets.QPushButton(self.tr("Open prefilled request (no files)"), form_page)
        self.api_button = QtWidgets.QPushButton(self.tr("Create draft with files"), form_page)
        self.api_button.setDefault(True)
        self.clear_button = QtWidgets.QPushButton(self.tr("New empty form"), form_page)
        for b in (self.url_button, self.api_button, self.clear_button):
            side.addWidget(b)
        page.addLayout(side, 2)
        self.history_model: TableModel[service.HistoryEntry] = TableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda h: QtCore.QLocale().toString(
                        QtCore.QDateTime.fromSecsSinceEpoch(int(h.created_at.timestamp())),
                        QtCore.QLocale.FormatType.ShortFormat,
                    ),
                ),
                Column(self.tr("Patient"), lambda h: h.patient or self.tr("(purged)")),
                Column(self.tr("Recipient RPPS"), key="recipient_rpps"),
                Column(self.tr("Sent by"), lambda h: self.tr("URL") if h.method == "url" else self.tr("API")),
                Column(
                    self.tr("State"), lambda h: state_label(h.state), tooltip=lambda h: h.last_error or ""
                ),
                Column(self.tr("Files"), lambda h: ", ".join(h.files)),
            ],
            self,
        )
        history_page = QtWidgets.QWidget(self)
        h = QtWidgets.QVBoxLayout(history_page)
        self.history_view = QtWidgets.QTableView(history_page)
        self.history_view.setModel(self.history_model)
        self.history_model.failed.connect(lambda exc: self.error_bar.show_error(exc, "omnidoc"))
        self.history_view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().hide()
        remember_header(self.history_view, "omnidoc.history")
        history_header = self.history_view.horizontalHeader()  # each column as wide as its content and title
        history_header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        history_header.setStretchLastSection(True)  # the files take the spare room
        self.history_empty = EmptyState(self.history_view)
        h.addWidget(self.history_view, 1)
        hb = QtWidgets.QHBoxLayout()
        reopen = QtWidgets.QPushButton(self.tr("Reuse as a new request"), history_page)
        resume = QtWidgets.QPushButton(self.tr("Finish sending"), history_page)
        purge = QtWidgets.QPushButton(self.tr("Purge old personal data"), history_page)
        reopen.clicked.connect(self._reopen)
        resume.clicked.connect(self._resume)
        purge.clicked.connect(self._purge)
        for b in (reopen, resume):
            hb.addWidget(b)
        hb.addStretch(1)
        hb.addWidget(purge)
        h.addLayout(hb)
        self.tabs.addTab(history_page, self.tr("History"))
        self.paths: list[str] = []
        self._wanted: str | None = None  # a request "Open" asked for: selected once the history holds it
        navigation.register("omnidoc", REQUEST_KINDS, self)
        # A loaded form's API-only fields (a reused request's author and context): kept, not shown.
        self._api_only: dict[str, Any] = {}
        self._draft_lock = asyncio.Lock()  # draft reads and writes run in a thread, in order
        self._draft_tasks: set[asyncio.Task[Any]] = set()
        self._autosave = QtCore.QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        self.url_button.clicked.connect(self.send_url)
        self.api_button.clicked.connect(self.send_api)
        self.clear_button.clicked.connect(self.clear)
        self.tabs.currentChanged.connect(lambda i: self.refresh_history() if i == 1 else None)
        self._restore_draft()
        self._update_prefill()
        self.validate()

    # -- form ---------------------------------------------------------------
    def _make_input(self, name: str, parent: QtWidgets.QWidget) -> Any:
        if name == "patient_gender":
            combo = QtWidgets.QComboBox(parent)
            for value, label in (("", "—"), ("F", self.tr("Female (F)")), ("M", self.tr("Male (M)"))):
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._changed)
            return combo
        if name in ("text", "patient_address"):
            edit = QtWidgets.QPlainTextEdit(parent)
            edit.setMaximumHeight(150 if name == "text" else 70)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._changed)
            return edit
        line = QtWidgets.QLineEdit(parent)
        line.textChanged.connect(self._changed)
        if name in ("patient_nir", "patient_nir_cert"):
            line.setPlaceholderText("1 80 01 75 108 001 92")
        elif name == "recipient_rpps":
            line.setPlaceholderText("10002170750")
        elif name == "patient_birth_date":
            line.setPlaceholderText("12/03/1990")  # sent as 1990-03-12
        return line

    def value(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, QtWidgets.QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QtWidgets.QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def set_value(self, name: str, value: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QtWidgets.QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QtWidgets.QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def form(self) -> OmnidocForm:
        return OmnidocForm(**{name: self.value(name) for name in URL_FIELDS}, **self._api_only)

    def load_form(self, form: OmnidocForm) -> None:
        self._api_only = form.model_dump(include={"author_rpps", "context"})
        for name in URL_FIELDS:
            self.set_value(name, getattr(form, name))
        self.validate()

    def _changed(self) -> None:
        self.validate()
        self._autosave.start()

    def validate(self) -> bool:
        form = self.form()
        problems = form_errors(form, QtCore.QCoreApplication.translate)
        notes = form_warnings(form, QtCore.QCoreApplication.translate)
        for name, label in self.messages.items():
            text = problems.get(name) or notes.get(name)
            label.setStyleSheet(
                "color: #c62828; font-size: 11px;" if name in problems else "color: #b35c00; font-size: 11px;"
            )
            label.setText(text or "")
            label.setVisible(bool(text))
            widget = self.inputs[name]
            widget.setStyleSheet("border: 1px solid #c62828;" if name in problems else "")
        author = form.author_rpps or self.ctx.settings.omnidoc.author_rpps
        self.author.setText(
            self.tr("Author RPPS (from Connections): {rpps}").format(rpps=author or self.tr("not set"))
        )
        ok = not problems and bool(form.filled())
        self.url_button.setEnabled(ok)
        self.api_button.setEnabled(ok)
        return ok

    def _in_turn(self, work: Callable[[], Any]) -> asyncio.Task[Any]:
        """Run a draft read or write in a worker thread, after the ones started before it."""

        async def run() -> Any:
            async with self._draft_lock:
                return await self.ctx.db.run(work)

        return self._keep(tasks_of(self).start(run()))

    def _keep(self, task: asyncio.Task[Any]) -> asyncio.Task[Any]:
        self._draft_tasks.add(task)
        task.add_done_callback(self._draft_tasks.discard)
        return task

    async def draft_settled(self) -> None:
        """Wait until every draft read and write started so far has finished."""
        while self._draft_tasks:
            await asyncio.wait(set(self._draft_tasks))

    def _save_draft(self) -> None:
        form, paths = self.form(), list(self.paths)
        self._in_turn(lambda: service.save_form_draft(self.ctx, form, paths))

    def _restore_draft(self) -> None:
        def apply(saved: tuple[OmnidocForm, list[str]] | None) -> None:
            if saved is None or not alive(self) or self.form().filled():
                return  # nothing kept, or the user started typing meanwhile
            form, paths = saved
            self.load_form(form)
            self.add_files(paths)

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # built before the loop runs (start-up): nothing can freeze yet
            apply(service.load_form_draft(self.ctx))
            return

        async def restore() -> None:
            async with self._draft_lock:
                apply(await self.ctx.db.run(service.load_form_draft, self.ctx))

        self._keep(tasks_of(self).start(restore()))

    def clear(self) -> None:
        self.load_form(OmnidocForm())
        self.paths = []
        self.files_model.set_rows([])
        self._in_turn(lambda: service.clear_form_draft(self.ctx))

    # -- files ------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> None:
        rows = list(self.files_model.rows)
        refused = []
        for path in paths:
            if path in self.paths:
                continue
            try:
                info = service.describe_file(path)
            except service.InputError as exc:
                refused.append(str(exc))
                continue
            self.paths.append(path)
            rows.append(
                {"name": info.path.name, "size": info.size, "mime": info.mime, "path": path, "status": ""}
            )
        self.files_model.set_rows(rows)
        if refused:
            self.error_bar.show_message(" ".join(refused))
        self._autosave.start()

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        self.add_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def _choose_files(self) -> None:
        paths, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self, self.tr("Attachments"), "", self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.txt)")
        )
        self.add_files(paths)

    def _remove_file(self) -> None:
        index = self.files_view.currentIndex()
        if index.isValid():
            row = self.files_model.record(index.row())
            self.paths.remove(row["path"])
            self.files_model.set_rows([r for r in self.files_model.rows if r is not row])
            self._autosave.start()

    # -- sending ------------------------------------------------------------------
    def send_url(self) -> None:
        """Build the prefilled link (recorded in the history, off the GUI thread), then open it."""
        if not self.validate():
            return
        form = self.form()
        self.url_button.setEnabled(False)

        def opened(url: str) -> None:
            self.url_button.setEnabled(True)
            self.open_link(url, self.tr("The prefilled request is open in your browser."))

        def refused(exc: BaseException) -> None:
            self.url_button.setEnabled(True)
            self.error_bar.show_error(exc, "omnidoc")

        tasks_of(self).start(
            self.ctx.db.run(service.prefill_url, self.ctx, form), then=opened, on_error=refused
        )

    def open_link(self, url: str, opened: str) -> bool:
        """Open ``url`` in the browser and say ``opened``; when no browser can be confirmed, say
        the link is ready, with a button that copies it."""
        if QtGui.QDesktopServices.openUrl(QtCore.QUrl(url, QtCore.QUrl.ParsingMode.StrictMode)):
            self.error_bar.show_message(opened, level="info")
            return True
        self.error_bar.show_message(
            self.tr(
                "The link is ready, but no browser could be opened: copy it, then paste it into your browser."
            ),
            level="info",
            button=self.tr("Copy the link"),
            action=lambda: self.copy_link(url),
        )
        return False

    def copy_link(self, url: str) -> None:
        """Put ``url`` on the clipboard and say where to paste it."""
        QtGui.QGuiApplication.clipboard().setText(url)
        self.error_bar.show_message(
            self.tr("Link copied: paste it into your browser's address bar."), level="info"
        )

    def send_api(self) -> None:
        if not self.validate():
            return
        self.api_button.setEnabled(False)  # one request per click, while it is recorded

        def refused(exc: BaseException) -> None:
            self.api_button.setEnabled(True)
            if isinstance(exc, service.FormInvalid):
                self._show_field_errors(exc.fields)
                return
            self.error_bar.show_error(exc, "omnidoc")

        # The request and its files are recorded in the database thread, then sent.
        tasks_of(self).start(
            self.ctx.db.run(service.create_request, self.ctx, self.form(), list(self.paths)),
            then=self._send,
            on_error=refused,
        )

    def _send(self, request_id: str) -> None:
        self.api_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, max(1, len(self.paths)))

        def on_progress(done: int, total: int, name: str) -> None:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)
            for i, row in enumerate(self.files_model.rows):
                row["status"] = self.tr("sent") if i < done else (self.tr("sending…") if i == done else "")
            self.files_model.set_rows(self.files_model.rows)

        async def work(_job: Any) -> str:
            await service.send(self.ctx, request_id, progress=on_progress)
            return await self.ctx.db.run(service.mark_opened, self.ctx, request_id)

        def done(url: str | None) -> None:
            self.progress.hide()
            self.api_button.setEnabled(True)
            if url:
                self.open_link(url, self.tr("The draft was created with its files and opened in Omnidoc."))
            else:
                self.error_bar.show_message(self.tr("The draft was created with its files."), level="info")
            self.clear()

        def failed(exc: BaseException) -> None:
            self.progress.hide()
            self.api_button.setEnabled(True)
            if isinstance(exc, service.FormInvalid):
                self._show_field_errors(exc.fields)
                return
            self.error_bar.show_error(exc, "omnidoc", retry=lambda: self._send(request_id))

        self._run(self.tr("Sending to Omnidoc"), work, done, failed)

    def _run(
        self,
        title: str,
        work: Callable[[Any], Awaitable[T]],
        done: Callable[[T | None], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` as an Omnidoc job (shown under Omnidoc in the jobs list), then ``done`` or ``failed``."""
        run_job(self.ctx, title, work, integration="omnidoc", on_done=done, on_error=failed)

    def _update_prefill(self) -> None:
        connected = prefill.provet_connected(self.ctx)
        for w in (self.provet_kind, self.provet_id, self.provet_button):
            w.setVisible(connected)

    def prefill_from_provet(self) -> None:
        text = self.provet_id.text().strip()
        if not text.isdigit():
            self.error_bar.show_message(self.tr("Type the Provet Cloud number first (digits only)."))
            self.provet_id.setFocus()
            return
        kind = self.provet_kind.currentData()
        number = int(text)
        self.provet_button.setEnabled(False)

        async def work(_job: Any) -> dict[str, str]:
            if kind == "patient":
                return await prefill.from_provet(self.ctx, patient_id=number)
            return await prefill.from_provet(self.ctx, client_id=number)

        def done(values: dict[str, str] | None) -> None:
            if not alive(self):
                return
            self.provet_button.setEnabled(True)
            for name, value in (values or {}).items():
                if name == "text" and self.value("text").strip():
                    value = value + self.value("text")
                self.set_value(name, value)
            self.validate()
            self._autosave.start()
            self.error_bar.show_message(
                self.tr("Filled from Provet Cloud: check the fields, then add the NIR and the request."),
                level="info",
            )

        def failed(exc: BaseException) -> None:
            if alive(self):
                self.provet_button.setEnabled(True)
                self.error_bar.show_error(exc, "provet", retry=self.prefill_from_provet)

        self._run(self.tr("Reading the client from Provet Cloud"), work, done, failed)

    def _show_field_errors(self, fields: dict[str, str]) -> None:
        shown = []
        for name, message in fields.items():
            if name in self.messages:
                self.messages[name].setText(message)
                self.messages[name].show()
                self.inputs[name].setStyleSheet("border: 1px solid #c62828;")
                shown.append(name)
        other = {k: v for k, v in fields.items() if k not in shown}
        text = self.tr("Omnidoc refused the request; see the fields in red.")
        if "author_rpps" in other:
            text += " " + self.tr(
                "The author RPPS ({rpps}) is unknown to Omnidoc: check it in Connections."
            ).format(rpps=self.ctx.settings.omnidoc.author_rpps)
        self.error_bar.show_message(text)

    # -- history ------------------------------------------------------------------------
    def refresh_history(self) -> None:
        """Re-read the history in a worker thread (the latest read wins); the request "Open" asked
        for is selected once it is there."""
        self.history_model.load(service.history, self.ctx, then=self._history_shown)

    def _history_shown(self, rows: Sequence[service.HistoryEntry]) -> None:
        self.history_empty.set_text(
            self.tr("No request yet: fill the form in New request, then open or send it."),
            self.tr("New request"),
            lambda: self.tabs.setCurrentIndex(0),
        )
        wanted, self._wanted = self._wanted, None
        row = next((i for i, h in enumerate(rows) if h.id == wanted), -1)
        if row >= 0:
            self.history_view.selectRow(row)
            self.history_view.scrollTo(self.history_model.index(row, 0))
            self.history_view.setFocus()

    def open_item(self, kind: str, ref: str, act: bool = False) -> bool:
        """Select request ``ref`` in the history (an item of Needs attention); with ``act``,
        finish sending it (the draft opens in the browser once its files are on it)."""
        if kind not in REQUEST_KINDS:
            return False
        self._wanted = ref
        if self.tabs.currentIndex() != 1:
            self.tabs.setCurrentIndex(1)  # reads the history
        else:
            self.refresh_history()
        if act:
            self._send(ref)
        return True

    def refresh(self) -> None:
        self._update_prefill()
        self.validate()
        if self.tabs.currentIndex() == 1:
            self.refresh_history()

    def _selected_history(self) -> service.HistoryEntry | None:
        index = self.history_view.currentIndex()
        return self.history_model.record(index.row()) if index.isValid() else None

    def _reopen(self) -> None:
        entry = self._selected_history()
        if entry is None:
            return

        def reopened(form: OmnidocForm) -> None:
            self.load_form(form)
            self.tabs.setCurrentIndex(0)

        tasks_of(self).start(
            self.ctx.db.run(service.reopen, self.ctx, entry.id),
            then=reopened,
            on_error=lambda exc: self.error_bar.show_error(exc, "omnidoc"),
        )

    def _resume(self) -> None:
        entry = self._selected_history()
        if entry is not None and entry.method == "api" and entry.state != service.OPENED:
            self.tabs.setCurrentIndex(0)
            self._send(entry.id)

    def _purge(self) -> None:
        def purged(n: int) -> None:
            self.error_bar.show_message(
                self.tr("Personal data of %n old request(s) purged.", "", n), level="info"
            )
            self.refresh_history()

        tasks_of(self).start(
            self.ctx.db.run(service.purge_personal_data, self.ctx),
            then=purged,
            on_error=lambda exc: self.error_bar.show_error(exc, "omnidoc"),
        )
