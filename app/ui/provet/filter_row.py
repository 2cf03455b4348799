"""One filter of a Provet Cloud query: a field, a method and a value editor fitting both.

The pickers show words ("Creation date", "on or after") and keep Provet's wire names as their
data (``created``, ``gte``); dates are typed the UI locale's way with a calendar; Enter in any
part of the row asks for the search (``submitted``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations.provet.filters import METHODS, Filter, parse_datetime
from app.integrations.provet.schema import ENDPOINTS, Kind
from app.ui.dates import DateEdit
from app.ui.layouts import add_widgets, no_margins
from app.ui.provet import labels


def _field_paths(endpoint: str) -> list[str]:
    ep = ENDPOINTS[endpoint]
    paths = list(ep.fields)
    for name, fld in ep.fields.items():
        if fld.kind == Kind.REF:
            paths.extend(f"{name}.{sub}" for sub in ENDPOINTS[fld.target].fields)
    return paths


def _kind(endpoint: str, path: str) -> Kind:
    fld = labels.field_of(endpoint, path)
    return fld.kind if fld is not None else Kind.STR


class FilterRow(QtWidgets.QWidget):
    """One filter: field, method, and a value editor fitting the method and the field's type."""

    changed = QtCore.Signal()
    remove_requested = QtCore.Signal(object)
    submitted = QtCore.Signal()  # Enter was pressed in the row

    def __init__(self, endpoint: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        layout = no_margins(QtWidgets.QHBoxLayout(self))
        self.field = QtWidgets.QComboBox(self)
        self.field.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        paths = sorted(_field_paths(endpoint), key=lambda p: labels.path_label(endpoint, p).casefold())
        for path in paths:
            self.field.addItem(labels.path_label(endpoint, path), path)
        first = next((c for c in ENDPOINTS[endpoint].columns if c != "id"), "id")
        self.field.setCurrentIndex(max(0, self.field.findData(first)))
        self.method = QtWidgets.QComboBox(self)
        self.method.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value = QtWidgets.QLineEdit(self)
        self.value2 = QtWidgets.QLineEdit(self)
        today = dt.date.today()
        self.date = DateEdit(self, today, with_time=True, show_message=False)
        self.date2 = DateEdit(self, today + dt.timedelta(days=1), with_time=True, show_message=False)
        self.flag = QtWidgets.QComboBox(self)
        self.flag.addItem(labels.yes_no(True), "true")
        self.flag.addItem(labels.yes_no(False), "false")
        self._offset: dt.timedelta | None = None
        remove = QtWidgets.QToolButton(self)
        remove.setText("−")
        remove.setToolTip(self.tr("Remove this filter"))
        add_widgets(
            layout, self.field, self.method, self.value, self.date, self.value2, self.date2, self.flag, remove
        )
        for editor in (self.value, self.date, self.value2, self.date2):
            layout.setStretch(layout.indexOf(editor), 1)
        for picker in (self.field, self.method, self.flag):  # as wide as their words, no wider
            picker.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Fixed)
        layout.insertStretch(layout.indexOf(remove), 0)  # the remove button stays at the right
        self.field.currentIndexChanged.connect(self._field_changed)
        self.method.currentIndexChanged.connect(lambda *_: self._adapt())
        for sig in (self.value.textChanged, self.value2.textChanged, self.flag.currentIndexChanged):
            sig.connect(lambda *_: self.changed.emit())
        for d in (self.date, self.date2):
            d.changed.connect(self.changed.emit)
        editors: tuple[QtWidgets.QWidget, ...] = (
            self.field, self.method, self.value, self.value2, self.date.line, self.date2.line, self.flag,
        )  # fmt: skip
        for watched in editors:
            watched.installEventFilter(self)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_changed()

    # -- Enter runs the search -------------------------------------------------------------

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    # -- the pickers ---------------------------------------------------------------------

    def field_path(self) -> str:
        """The chosen field's wire path (``client.firstname``)."""
        data = self.field.currentData()
        return str(data) if data is not None else self.field.currentText().strip()

    def method_name(self) -> str:
        """The chosen method's wire name (``gte``)."""
        data = self.method.currentData()
        return str(data) if data is not None else ""

    def set_field(self, path: str) -> None:
        """Choose a field by its wire path (one the list lacks is added, named in words)."""
        index = self.field.findData(path)
        if index < 0:
            self.field.addItem(labels.path_label(self.endpoint, path), path)
            index = self.field.count() - 1
        self.field.setCurrentIndex(index)

    def set_method(self, method: str) -> None:
        """Choose a method by its wire name (a synonym such as ``eq`` is kept as written)."""
        index = self.method.findData(method)
        if index < 0:
            self.method.addItem(labels.method_label(method, self._field_kind()), method)
            index = self.method.count() - 1
        self.method.setCurrentIndex(index)

    def _field_kind(self) -> Kind:
        return _kind(self.endpoint, self.field_path())

    def _field_changed(self, *_args: Any) -> None:
        """The methods that fit the field, the current one kept when it still fits."""
        kind = self._field_kind()
        current = self.method_name()
        self.method.blockSignals(True)
        self.method.clear()
        for method in labels.methods_for(kind):
            self.method.addItem(labels.method_label(method, kind), method)
        index = self.method.findData(current)
        self.method.setCurrentIndex(index if index >= 0 else 0)
        self.method.blockSignals(False)
        self._adapt()

    def _adapt(self) -> None:
        family = METHODS.get(self.method_name(), "eq")
        kind = self._field_kind()
        dates = kind in (Kind.DATETIME, Kind.DATE) and family not in ("list", "null")
        flag = family == "null" or kind == Kind.BOOL
        for d in (self.date, self.date2):
            d.with_time = kind == Kind.DATETIME
            d.line.setPlaceholderText(d.order.letters() + (" hh:mm" if d.with_time else ""))
        self.flag.setVisible(flag)
        self.value.setVisible(not flag and not dates)
        self.date.setVisible(dates and not flag)
        self.value2.setVisible(family == "range" and not dates and not flag)
        self.date2.setVisible(family == "range" and dates and not flag)
        if family == "list":
            self.value.setPlaceholderText(self.tr("value1, value2, …"))
        elif kind in (Kind.REF, Kind.REFS):
            self.value.setPlaceholderText(self.tr("number (id)"))
        else:
            self.value.setPlaceholderText(self.tr("value"))
        self.value2.setPlaceholderText(self.tr("to"))
        self.changed.emit()

    # -- values ----------------------------------------------------------------------------

    def _aware(self, edit: DateEdit) -> Any:
        """The typed moment with a zone: the desk's (or the one a saved filter had); a date
        field's day as a date; the text as typed when it is not a date (refused by the builder)."""
        if self._field_kind() == Kind.DATE:
            return edit.value() or edit.text()
        naive = edit.moment()
        if naive is None:
            return edit.text()
        if self._offset is None:
            return naive.astimezone()
        return naive.replace(tzinfo=dt.timezone(self._offset))

    def _number(self, text: str) -> str:
        """A decimal typed the locale's way (``12,50``) as Provet reads it (``12.50``)."""
        if self._field_kind() != Kind.DECIMAL:
            return text
        locale = QtCore.QLocale()
        plain = text.strip().replace(locale.groupSeparator(), "").replace("\u202f", "").replace("\xa0", "")
        plain = plain.replace(locale.decimalPoint(), ".")
        try:
            Decimal(plain)
        except InvalidOperation:
            return text
        return plain

    def problem(self) -> str:
        """Why the typed date cannot be read, in the UI's language with the field in words ("" when
        it can): the date edits' own sentence, before the query builder sees the text."""
        family = METHODS.get(self.method_name(), "eq")
        if self._field_kind() not in (Kind.DATETIME, Kind.DATE) or family in ("list", "null"):
            return ""
        edits = (self.date, self.date2) if family == "range" else (self.date,)
        for edit in edits:
            if why := edit.problem():
                label = labels.path_label(self.endpoint, self.field_path())
                return self.tr("%1: %2").replace("%1", label).replace("%2", why)
        return ""

    def set_filter(self, f: Filter) -> None:
        """Show a filter (a saved or typed one) in the row."""
        self.set_field(f.field)
        self.set_method(f.method)
        kind = _kind(self.endpoint, f.field)
        family = METHODS.get(f.method)
        if isinstance(f.value, list | tuple) and family == "range":
            if kind in (Kind.DATETIME, Kind.DATE):
                ends = [self._moment_of(v) for v in f.value]
                self.date.set_value(ends[0])
                self.date2.set_value(ends[1])
            else:
                self.value.setText(str(f.value[0]))
                self.value2.setText(str(f.value[1]))
        elif isinstance(f.value, list | tuple):
            self.value.setText(",".join(str(v) for v in f.value))
        elif family == "null" or kind == Kind.BOOL:
            truth = f.value if isinstance(f.value, bool) else str(f.value).strip().lower() == "true"
            self.flag.setCurrentIndex(self.flag.findData("true" if truth else "false"))
        elif kind in (Kind.DATETIME, Kind.DATE) and family != "list":
            self.date.set_value(self._moment_of(f.value))
        else:
            self.value.setText(str(f.value))

    def _moment_of(self, value: Any) -> dt.datetime | dt.date | None:
        """A saved value as the edit shows it: the wall time of the value's own zone (kept)."""
        if isinstance(value, dt.datetime):
            moment = value
        elif isinstance(value, dt.date):
            return value
        else:
            text = str(value).strip()
            try:
                moment = parse_datetime(text)
            except ValueError:
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    return None
        if self._offset is None:
            self._offset = moment.utcoffset()
        if self._offset is not None:
            moment = moment.astimezone(dt.timezone(self._offset))
        return moment.replace(tzinfo=None)

    def to_filter(self) -> Filter:
        """The filter as Provet reads it (its value checked later by the query builder)."""
        family = METHODS.get(self.method_name(), "eq")
        field, method = self.field_path(), self.method_name()
        kind = _kind(self.endpoint, field)
        if family == "null" or kind == Kind.BOOL:
            return Filter(field, method, str(self.flag.currentData()))
        if kind in (Kind.DATETIME, Kind.DATE) and family != "list":
            first = self._aware(self.date)
            if family == "range":
                return Filter(field, method, [first, self._aware(self.date2)])
            return Filter(field, method, first)
        if family == "range":
            return Filter(field, method, [self._number(self.value.text()), self._number(self.value2.text())])
        if family == "list":
            return Filter(field, method, self.value.text())
        return Filter(field, method, self._number(self.value.text()))
