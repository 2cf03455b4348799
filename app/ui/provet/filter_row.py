"""One filter of a Provet Cloud query: a field, a method and a value editor fitting both."""

from __future__ import annotations

import datetime as dt

from app.core.qt import QtCore, QtWidgets
from app.integrations.provet.filters import (
    METHOD_NAMES,
    METHODS,
    Filter,
    parse_datetime,
)
from app.integrations.provet.schema import ENDPOINTS, Kind
from app.ui.layouts import add_widgets


def _field_paths(endpoint: str) -> list[str]:
    ep = ENDPOINTS[endpoint]
    paths = sorted(ep.fields)
    for name, fld in sorted(ep.fields.items()):
        if fld.kind == Kind.REF:
            paths.extend(f"{name}.{sub}" for sub in sorted(ENDPOINTS[fld.target].fields))
    return paths


def _qdatetime(value: dt.datetime) -> QtCore.QDateTime:
    return QtCore.QDateTime(
        QtCore.QDate(value.year, value.month, value.day), QtCore.QTime(value.hour, value.minute)
    )


def _kind(endpoint: str, path: str) -> Kind:
    ep = ENDPOINTS[endpoint]
    parts = path.split(".")
    fld = ep.fields.get(parts[0])
    if fld is None:
        return Kind.STR
    if len(parts) == 2 and fld.is_relation:
        sub = ENDPOINTS[fld.target].fields.get(parts[1])
        return sub.kind if sub else Kind.STR
    return fld.kind


class FilterRow(QtWidgets.QWidget):
    """One filter: field, method, and a value editor fitting the method and the field's type."""

    changed = QtCore.Signal()
    remove_requested = QtCore.Signal(object)

    def __init__(self, endpoint: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QtWidgets.QComboBox(self)
        self.field.setEditable(True)
        self.field.addItems(_field_paths(endpoint))
        self.method = QtWidgets.QComboBox(self)
        self.method.addItems(list(METHOD_NAMES))
        self.value = QtWidgets.QLineEdit(self)
        self.value.setPlaceholderText(self.tr("value"))
        self.value2 = QtWidgets.QLineEdit(self)
        self.value2.setPlaceholderText(self.tr("to"))
        self.date, self.date2 = self._date_edit(), self._date_edit()
        self.flag = QtWidgets.QComboBox(self)
        self.flag.addItems(["true", "false"])
        self._offset: dt.timedelta | None = None
        remove = QtWidgets.QToolButton(self)
        remove.setText("−")
        remove.setToolTip(self.tr("Remove this filter"))
        add_widgets(
            layout, self.field, self.method, self.value, self.date, self.value2, self.date2, self.flag, remove
        )
        layout.setStretch(2, 1)
        self.field.currentTextChanged.connect(self._adapt)
        self.method.currentTextChanged.connect(self._adapt)
        for sig in (self.value.textChanged, self.value2.textChanged, self.flag.currentTextChanged):
            sig.connect(lambda *_: self.changed.emit())
        for d in (self.date, self.date2):
            d.dateTimeChanged.connect(lambda *_: self.changed.emit())
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._adapt()

    def _date_edit(self) -> QtWidgets.QDateTimeEdit:
        edit = QtWidgets.QDateTimeEdit(QtCore.QDateTime.currentDateTime(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _aware(self, edit: QtWidgets.QDateTimeEdit) -> dt.datetime:
        d, t = edit.date(), edit.time()
        naive = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        if self._offset is None:
            return naive.astimezone()
        return naive.replace(tzinfo=dt.timezone(self._offset))

    def _adapt(self) -> None:
        family = METHODS.get(self.method.currentText(), "eq")
        kind = _kind(self.endpoint, self.field.currentText())
        dates = kind == Kind.DATETIME and family not in ("list", "null")
        self.flag.setVisible(family == "null")
        self.value.setVisible(family != "null" and not dates)
        self.date.setVisible(dates)
        self.value2.setVisible(family == "range" and not dates)
        self.date2.setVisible(family == "range" and dates)
        self.value.setPlaceholderText(self.tr("value1, value2, …") if family == "list" else self.tr("value"))
        self.changed.emit()

    def set_filter(self, f: Filter) -> None:
        self.field.setCurrentText(f.field)
        self.method.setCurrentText(f.method)
        if isinstance(f.value, list | tuple) and METHODS.get(f.method) == "range":
            if _kind(self.endpoint, f.field) == Kind.DATETIME:
                ends = [v if isinstance(v, dt.datetime) else parse_datetime(str(v)) for v in f.value]
                self._offset = ends[0].utcoffset()
                self.date.setDateTime(_qdatetime(ends[0]))
                self.date2.setDateTime(_qdatetime(ends[1].astimezone(ends[0].tzinfo)))
            else:
                self.value.setText(str(f.value[0]))
                self.value2.setText(str(f.value[1]))
        elif isinstance(f.value, list | tuple):
            self.value.setText(",".join(str(v) for v in f.value))
        elif isinstance(f.value, bool):
            self.flag.setCurrentText("true" if f.value else "false")
        elif isinstance(f.value, dt.datetime) or (
            _kind(self.endpoint, f.field) == Kind.DATETIME and isinstance(f.value, str)
        ):
            value = f.value if isinstance(f.value, dt.datetime) else parse_datetime(str(f.value))
            # The edit shows the wall time of the value's own zone, kept in _offset.
            self._offset = value.utcoffset()
            self.date.setDateTime(_qdatetime(value))
        else:
            self.value.setText(str(f.value))

    def to_filter(self) -> Filter:
        family = METHODS.get(self.method.currentText(), "eq")
        field, method = self.field.currentText().strip(), self.method.currentText()
        if family == "null":
            return Filter(field, method, self.flag.currentText())
        if _kind(self.endpoint, field) == Kind.DATETIME and family != "list":
            first = self._aware(self.date)
            if family == "range":
                return Filter(field, method, [first, self._aware(self.date2)])
            return Filter(field, method, first)
        if family == "range":
            return Filter(field, method, [self.value.text(), self.value2.text()])
        return Filter(field, method, self.value.text())
