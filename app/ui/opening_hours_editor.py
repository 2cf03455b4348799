"""The clinic's opening hours as a week to tick: one row per day, named in the UI's language, open
or closed, with one span of time and an optional second one (after a lunch break).

It reads and writes the settings' own text (``mon-fri 08:00-19:00; sat 08:00-12:00``, parsed by
``app.ops.alerts.parse_opening_hours``), so the alerts read what the person ticked; the English day
codes never show. A day with more than two spans (typed in the settings file) keeps the others.
Keyboard: Tab goes day by day through the row's boxes and times, Space ticks, ↑/↓ change a time.
"""

from __future__ import annotations

import datetime as dt

from app.core.qt import QtCore, QtWidgets
from app.core.tr import capitalised
from app.ops.alerts import Hours, parse_opening_hours

# The settings' day codes, Monday first (the format's own words; never shown).
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def format_opening_hours(hours: Hours) -> str:
    """The settings' text of ``hours`` (weekday 0 = Monday → spans), consecutive days with the same
    spans grouped: ``{0..4: [08:00-19:00], 5: [08:00-12:00]}`` → ``mon-fri 08:00-19:00; sat 08:00-12:00``."""
    parts = []
    day = 0
    while day < 7:
        spans = sorted(hours.get(day) or [])
        if not spans:
            day += 1
            continue
        last = day
        while last + 1 < 7 and sorted(hours.get(last + 1) or []) == spans:
            last += 1
        days = DAY_CODES[day] if last == day else f"{DAY_CODES[day]}-{DAY_CODES[last]}"
        parts.append(days + " " + ",".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in spans))
        day = last + 1
    return "; ".join(parts)


def _qtime(value: dt.time) -> QtCore.QTime:
    return QtCore.QTime(value.hour, value.minute)


def _time(value: QtCore.QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def day_name(weekday: int) -> str:
    """Monday (0) … Sunday (6) in the UI's language, capitalised ("Lundi", "Segunda-feira")."""
    name = QtCore.QLocale().standaloneDayName(weekday + 1, QtCore.QLocale.FormatType.LongFormat)
    return capitalised(name)


class DayRow:
    """One day's widgets: open or not, its first span, and an optional second one."""

    def __init__(
        self, editor: OpeningHoursEditor, weekday: int, spans: list[tuple[dt.time, dt.time]]
    ) -> None:
        self.weekday = weekday
        translate = QtCore.QCoreApplication.translate
        # Made in the order they are shown, which is the order Tab goes through them.
        self.open = QtWidgets.QCheckBox(day_name(weekday), editor)
        self.open.setObjectName(f"opening.{DAY_CODES[weekday]}")
        opens, closes = self._time_edit(editor), self._time_edit(editor)
        opens.setToolTip(translate("OpeningHoursEditor", "Opens at"))
        closes.setToolTip(translate("OpeningHoursEditor", "Closes at"))
        self.second = QtWidgets.QCheckBox(translate("OpeningHoursEditor", "and"), editor)
        self.second.setToolTip(translate("OpeningHoursEditor", "Open a second time that day (after a break)"))
        again, closes_again = self._time_edit(editor), self._time_edit(editor)
        again.setToolTip(translate("OpeningHoursEditor", "Opens again at"))
        closes_again.setToolTip(translate("OpeningHoursEditor", "Closes at"))
        self.times = [opens, closes, again, closes_again]
        first = spans[0] if spans else (dt.time(8, 0), dt.time(19, 0))
        later = spans[1] if len(spans) > 1 else (dt.time(14, 0), dt.time(19, 0))
        for edit, value in zip(self.times, (*first, *later), strict=True):
            edit.setTime(_qtime(value))
        self.extra = spans[2:]  # kept as they are (the editor shows two)
        self.open.setChecked(bool(spans))
        self.second.setChecked(len(spans) > 1)
        self.open.toggled.connect(lambda _on: self.update())
        self.second.toggled.connect(self._second_ticked)
        self.update()

    def _second_ticked(self, on: bool) -> None:
        """A second span ticked on a day open in one go: split it at lunch (12:00–14:00)."""
        opens, closes = self.times[0].time(), self.times[1].time()
        lunch, back = QtCore.QTime(12, 0), QtCore.QTime(14, 0)
        if on and self.times[2].time() < closes and opens < lunch and back < closes:
            self.times[1].setTime(lunch)
            self.times[2].setTime(back)
            self.times[3].setTime(closes)
        self.update()

    @staticmethod
    def _time_edit(parent: QtWidgets.QWidget) -> QtWidgets.QTimeEdit:
        edit = QtWidgets.QTimeEdit(parent)
        edit.setDisplayFormat(QtCore.QLocale().timeFormat(QtCore.QLocale.FormatType.ShortFormat))
        edit.setKeyboardTracking(False)
        return edit

    def update(self) -> None:
        """Times offered only for an open day (the second span only when it is ticked)."""
        is_open = self.open.isChecked()
        self.second.setEnabled(is_open)
        for n, edit in enumerate(self.times):
            edit.setEnabled(is_open and (n < 2 or self.second.isChecked()))

    def spans(self) -> list[tuple[dt.time, dt.time]]:
        """The day's spans as ticked (none when closed)."""
        if not self.open.isChecked():
            return []
        values = [_time(edit.time()) for edit in self.times]
        out = [(values[0], values[1])]
        if self.second.isChecked():
            out.append((values[2], values[3]))
        return out + self.extra


class OpeningHoursEditor(QtWidgets.QWidget):
    """The week's opening hours, day by day; :meth:`text` is the settings' value."""

    changed = QtCore.Signal()

    def __init__(self, text: str, parent: QtWidgets.QWidget | None = None) -> None:
        hours = parse_opening_hours(text)  # raises InputError on a text it cannot read (no widget made)
        super().__init__(parent)
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rows: list[DayRow] = []
        for weekday in range(7):
            row = DayRow(self, weekday, sorted(hours.get(weekday) or []))
            self.rows.append(row)
            cells: list[QtWidgets.QWidget] = [
                row.open,
                row.times[0],
                self._dash(),
                row.times[1],
                row.second,
                row.times[2],
                self._dash(),
                row.times[3],
            ]
            for column, widget in enumerate(cells):
                grid.addWidget(widget, weekday, column)
            for box in (row.open, row.second):
                box.toggled.connect(lambda _on: self._changed())
            for edit in row.times:
                edit.timeChanged.connect(lambda _time: self._changed())
        grid.setColumnStretch(8, 1)
        self.problem_label = QtWidgets.QLabel(self)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.setWordWrap(True)
        grid.addWidget(self.problem_label, 7, 0, 1, 9)
        self.problem_label.setMinimumHeight(self.problem_label.fontMetrics().height())  # never shifts
        self.setFocusProxy(self.rows[0].open)

    def _dash(self) -> QtWidgets.QLabel:
        return QtWidgets.QLabel("–", self)

    def _changed(self) -> None:
        self.problem_label.setText(self.problem() or "")
        self.changed.emit()

    def hours(self) -> Hours:
        """Weekday (0 = Monday) → its spans, as ticked."""
        return {row.weekday: row.spans() for row in self.rows}

    def text(self) -> str:
        """The settings' value of what is ticked (``mon-fri 08:00-19:00; sat 08:00-12:00``)."""
        return format_opening_hours(self.hours())

    def problem(self) -> str | None:
        """Why the ticked hours cannot be saved (a span that ends before it starts, a second span
        that starts before the first ends), in the UI's language; None when they can."""
        for row in self.rows:
            spans = row.spans()[:2]
            for start, end in spans:
                if end <= start:
                    return self.tr("{day}: the closing time must come after the opening time.").format(
                        day=day_name(row.weekday)
                    )
            if len(spans) == 2 and spans[1][0] < spans[0][1]:
                return self.tr("{day}: the second opening must start after the first one closes.").format(
                    day=day_name(row.weekday)
                )
        return None

    def focus_problem(self) -> None:
        """Put the cursor on the first day whose hours are wrong."""
        for row in self.rows:
            spans = row.spans()[:2]
            if any(end <= start for start, end in spans) or (len(spans) == 2 and spans[1][0] < spans[0][1]):
                row.times[0].setFocus()
                return
