"""Connections: one page per settings section, generated from the declarations in core/settings.py.

Secrets are typed into password fields and go to the keyring on Save; the field never shows
a stored secret, only that one is stored. Invalid values are refused with the field's name.
"""

from __future__ import annotations

import logging
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr, ValidationError
from pydantic.fields import FieldInfo

from app.core.errors import InputError, describe
from app.core.qt import QtCore, QtWidgets
from app.core.secrets import KeyringUnavailable
from app.core.settings import SECTIONS, Section, Settings, describe_validation_error
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, in_language
from app.ui.common import error_bar_above, run_job
from app.ui.opening_hours_editor import OpeningHoursEditor
from app.ui.store_later import store_later

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.ui.connections")

PageExtra = Callable[["AppContext", QtWidgets.QWidget], QtWidgets.QWidget]
_extras: dict[str, list[PageExtra]] = {}

SECTION_TITLES = {
    "app": QT_TRANSLATE_NOOP("ConnectionsDialog", "General"),
    "vetelevage": QT_TRANSLATE_NOOP("ConnectionsDialog", "Vétélevage"),
    "provet": QT_TRANSLATE_NOOP("ConnectionsDialog", "Provet Cloud"),
    "omnidoc": QT_TRANSLATE_NOOP("ConnectionsDialog", "Omnidoc"),
    "totvs_saude": QT_TRANSLATE_NOOP("ConnectionsDialog", "TOTVS Saúde Planos"),
    "totvs_rh": QT_TRANSLATE_NOOP("ConnectionsDialog", "TOTVS RH"),
    "database": QT_TRANSLATE_NOOP("ConnectionsDialog", "Database"),
    "ops": QT_TRANSLATE_NOOP("ConnectionsDialog", "Operations"),
    "network": QT_TRANSLATE_NOOP("ConnectionsDialog", "Network"),
}


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("ConnectionsDialog", text)


# The words a choice of a settings list shows (the stored value stays the code).
CHOICE_LABELS = {
    "fr": QT_TRANSLATE_NOOP("ConnectionsDialog", "Français"),
    "pt_BR": QT_TRANSLATE_NOOP("ConnectionsDialog", "Português (Brasil)"),
    "en": QT_TRANSLATE_NOOP("ConnectionsDialog", "English"),
    "veterinaire": QT_TRANSLATE_NOOP("ConnectionsDialog", "Veterinary practice (one account)"),
    "saas": QT_TRANSLATE_NOOP("ConnectionsDialog", "Software vendor (SaaS, several accounts)"),
    "client_credentials": QT_TRANSLATE_NOOP("ConnectionsDialog", "Application credentials (no sign-in)"),
    "authorization_code": QT_TRANSLATE_NOOP("ConnectionsDialog", "Sign in with the browser"),
}


def register_page_extra(section: str, factory: PageExtra) -> None:
    """Integrations add widgets to their page (e.g. "Connect with the browser…")."""
    _extras.setdefault(section, []).append(factory)


def _section_model(section: str) -> type[Section]:
    annotation = Settings.model_fields[section].annotation
    assert isinstance(annotation, type) and issubclass(annotation, Section)
    return annotation


def _bound(info: FieldInfo, kind: str) -> int | None:
    for meta in info.metadata:
        value = getattr(meta, kind, None)
        if value is not None:
            return int(value)
    return None


class FieldEditor:
    """One settings field and its widget."""

    def __init__(
        self,
        section: str,
        key: str,
        info: FieldInfo,
        current: Any,
        has_secret: bool | None,
        parent: QtWidgets.QWidget,
    ) -> None:
        self.section, self.key, self.info = section, key, info
        self.secret = info.annotation is SecretStr
        annotation = info.annotation
        self.widget: QtWidgets.QWidget
        if self.secret:
            edit = QtWidgets.QLineEdit(parent)
            edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(
                _tr(QT_TRANSLATE_NOOP("ConnectionsDialog", "The keyring could not be read — type to replace"))
                if has_secret is None
                else _tr(QT_TRANSLATE_NOOP("ConnectionsDialog", "Stored in the keyring — type to replace"))
                if has_secret
                else _tr(QT_TRANSLATE_NOOP("ConnectionsDialog", "Not set"))
            )
            # The whole hint readable (never « tapez pour rempl… »).
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
            self.widget = edit
        elif (section, key) == ("vetelevage", "compte"):
            self.widget = AccountChoice(str(current), parent)
        elif typing.get_origin(annotation) is typing.Literal:
            combo = QtWidgets.QComboBox(parent)
            for choice in typing.get_args(annotation):
                label = CHOICE_LABELS.get(str(choice), str(choice))
                combo.addItem(
                    _tr(label) if choice else _tr(QT_TRANSLATE_NOOP("ConnectionsDialog", "(system default)")),
                    choice,
                )
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.widget = combo
        elif annotation is bool:
            box = QtWidgets.QCheckBox(parent)
            box.setChecked(bool(current))
            self.widget = box
        elif (section, key) == ("ops", "opening_hours") and (week := _week_editor(str(current), parent)):
            self.widget = week
        elif annotation is int:
            spin = QtWidgets.QSpinBox(parent)
            spin.setRange(_bound(info, "ge") or -1_000_000, _bound(info, "le") or 1_000_000)
            spin.setValue(int(current))
            self.widget = spin
        else:
            edit = QtWidgets.QLineEdit(str(current), parent)
            self.widget = edit
        self.widget.setObjectName(f"{section}.{key}")
        if info.description:
            self.widget.setToolTip(QtCore.QCoreApplication.translate("settings", info.description))

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, AccountChoice):
            return w.account()
        if isinstance(w, QtWidgets.QComboBox):
            return w.currentData()
        if isinstance(w, QtWidgets.QCheckBox):
            return w.isChecked()
        if isinstance(w, QtWidgets.QSpinBox):
            return w.value()
        if isinstance(w, OpeningHoursEditor):
            return w.text()
        assert isinstance(w, QtWidgets.QLineEdit)
        return w.text()

    def problem(self) -> str | None:
        """Why the typed value cannot be saved, in the UI's language (None: it can)."""
        return self.widget.problem() if isinstance(self.widget, OpeningHoursEditor) else None


class AccountChoice(QtWidgets.QComboBox):
    """The SaaS account: every linked account (stored as the settings' ``all``) or one account id
    typed in — the word ``all`` itself is never shown."""

    EVERY = "all"

    def __init__(self, current: str, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self._every = _tr(QT_TRANSLATE_NOOP("ConnectionsDialog", "Every linked account"))
        self.addItem(self._every, self.EVERY)
        if current and current != self.EVERY:
            self.setEditText(current)
        else:
            self.setCurrentIndex(0)

    def account(self) -> str:
        """The value to store: ``all`` for every account (or nothing typed), else the account id."""
        text = self.currentText().strip()
        return self.EVERY if text in ("", self._every) else text


def _week_editor(text: str, parent: QtWidgets.QWidget) -> OpeningHoursEditor | None:
    """The opening hours as days to tick; None (the text itself is edited) when the stored text
    cannot be read, so a hand-edited settings file is never overwritten by a guess."""
    try:
        return OpeningHoursEditor(text, parent)
    except InputError:
        return None


def _shared_database_button(ctx: AppContext, parent: QtWidgets.QWidget) -> QtWidgets.QWidget:
    from app.ui.dialogs.shared_database_dialog import page_button

    return page_button(ctx, parent)


register_page_extra("database", _shared_database_button)


class ConnectionsDialog(QtWidgets.QDialog):
    saved = QtCore.Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QtWidgets.QWidget | None = None,
        tests: dict[str, Callable[[AppContext], typing.Awaitable[str]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tests = tests or {}
        self.setWindowTitle(self.tr("Connections"))
        self.resize(760, 520)
        self.editors: dict[str, list[FieldEditor]] = {}
        layout = QtWidgets.QVBoxLayout(self)
        self.error_bar = error_bar_above(self, layout)
        body = QtWidgets.QHBoxLayout()
        self.pages_list = QtWidgets.QListWidget(self)
        self.pages_list.setMaximumWidth(200)
        self.pages = QtWidgets.QStackedWidget(self)
        body.addWidget(self.pages_list)
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)
        self.test_results: dict[str, QtWidgets.QLabel] = {}
        for section in SECTIONS:
            self.pages_list.addItem(
                QtCore.QCoreApplication.translate("ConnectionsDialog", SECTION_TITLES.get(section, section))
            )
            self.pages.addWidget(self._build_page(section))
        # Wide enough for the longest section name (never « Base de don… »).
        self.pages_list.setMinimumWidth(
            self.pages_list.sizeHintForColumn(0) + 2 * self.pages_list.frameWidth() + 8
        )
        self.pages_list.setMaximumWidth(max(200, self.pages_list.minimumWidth()))
        self.pages_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages_list.setCurrentRow(0)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _build_page(self, section: str) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(self)
        outer = QtWidgets.QVBoxLayout(page)
        model = _section_model(section)
        if model.__doc__:
            doc = QtWidgets.QLabel(
                f"<b>{QtCore.QCoreApplication.translate('settings', model.__doc__.strip())}</b>", page
            )
            outer.addWidget(doc)
        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        current = getattr(self.ctx.settings, section)
        editors = []
        for key, info in model.model_fields.items():
            value = getattr(current, key)
            has_secret = self._has_secret(section, key) if info.annotation is SecretStr else False
            editor = FieldEditor(section, key, info, value, has_secret, page)
            label = QtWidgets.QLabel(QtCore.QCoreApplication.translate("settings", info.title or key), page)
            label.setBuddy(editor.widget)
            form.addRow(label, editor.widget)
            editors.append(editor)
        self.editors[section] = editors
        outer.addLayout(form)
        for factory in _extras.get(section, []):
            try:
                outer.addWidget(factory(self.ctx, page))
            except Exception as exc:  # the page works without it; say why it is missing
                log.warning("extra widget for %s failed: %s", section, type(exc).__name__)
                self.error_bar.show_error(exc, section)
        if section in self.tests:
            row = QtWidgets.QHBoxLayout()
            button = QtWidgets.QPushButton(self.tr("Test connection"), page)
            button.setObjectName(f"test.{section}")
            result = QtWidgets.QLabel(page)
            result.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # the API's own words
            result.setWordWrap(True)
            self.test_results[section] = result
            button.clicked.connect(lambda _=False, s=section: self.test(s))
            row.addWidget(button)
            row.addWidget(result, 1)
            outer.addLayout(row)
        outer.addStretch(1)
        return page

    def _has_secret(self, section: str, key: str) -> bool | None:
        """Whether the keyring holds the secret; None (and the reason in the error bar) when it
        cannot be read: never "Not set" for a secret that may well be stored."""
        try:
            return self.ctx.secrets.has(section, key)
        except Exception as exc:
            self.error_bar.show_error(exc, section)
            return None

    def open_section(self, section: str) -> None:
        if section in SECTIONS:
            self.pages_list.setCurrentRow(SECTIONS.index(section))

    # -- saving -------------------------------------------------------------
    def _collect(self) -> tuple[Settings, dict[tuple[str, str], str]]:
        data: dict[str, dict[str, Any]] = {}
        secrets: dict[tuple[str, str], str] = {}
        for section, editors in self.editors.items():
            values = getattr(self.ctx.settings, section).model_dump()
            for editor in editors:
                if editor.secret:
                    typed = editor.value()
                    if typed:
                        secrets[(section, editor.key)] = typed
                    values.pop(editor.key, None)
                else:
                    values[editor.key] = editor.value()
            data[section] = values
        validated = Settings.model_validate(data)
        return validated, secrets

    def _apply(self) -> bool:
        for section, editors in self.editors.items():
            for editor in editors:
                problem = editor.problem()
                if problem:
                    self.error_bar.show_message(problem)
                    self.open_section(section)
                    if isinstance(editor.widget, OpeningHoursEditor):
                        editor.widget.focus_problem()
                    return False
        try:
            new, secrets = self._collect()
        except ValidationError as exc:
            self.error_bar.show_message(
                in_language(describe_validation_error(exc), QtCore.QCoreApplication.translate)
            )
            first = exc.errors()[0]["loc"]
            if len(first) >= 1 and first[0] in SECTIONS:
                self.open_section(str(first[0]))
            return False
        try:
            for (section, key), value in secrets.items():
                self.ctx.secrets.set(section, key, value)
        except (KeyringUnavailable, ValueError) as exc:
            self.error_bar.show_message(str(exc))
            return False
        changed = [s for s in SECTIONS if getattr(new, s) != getattr(self.ctx.settings, s)]
        changed += sorted({s for s, _k in secrets} - set(changed))
        for section in SECTIONS:
            values = getattr(new, section).model_dump()
            current = getattr(self.ctx.settings, section)
            for key, value in values.items():
                if not isinstance(value, SecretStr):
                    setattr(current, key, value)
        self.ctx.save_settings()
        journal = self.ctx.journal

        def record() -> None:
            for section in changed:
                title = Sentence("ConnectionsDialog", SECTION_TITLES.get(section, section))
                changed_template = QT_TRANSLATE_NOOP("journal", "settings changed: {section}")
                journal.record(
                    section, "connection_changed", "info", changed_template, args={"section": title}
                )

        store_later(self, self.ctx, record)
        return True

    def save(self) -> None:
        if self._apply():
            self.saved.emit()
            self.accept()

    def test(self, section: str) -> None:
        if not self._apply():
            return
        label = self.test_results[section]
        label.setText(self.tr("Testing…"))
        test = self.tests[section]

        async def work(_job: object) -> str:
            return await test(self.ctx)

        def done(sentence: str | None) -> None:
            label.setStyleSheet("color: #2e7d32;")
            label.setText(
                in_language(sentence, QtCore.QCoreApplication.translate)
                if sentence
                else self.tr("Connected.")
            )

        def failed(exc: BaseException) -> None:
            label.setStyleSheet("color: #c62828;")
            label.setText(describe(exc).translated(QtCore.QCoreApplication.translate))

        run_job(
            self.ctx,
            self.tr("Testing the connection"),
            work,
            integration=section,
            on_done=done,
            on_error=failed,
        )
